#!/usr/bin/env bash
# Benchmark (issue 7): exporting scored lines as CSV through the server, next to H2's own CSVWRITE of the same rows.
#  - generates a ledger with the test kit (seed 42, N lines), ingests it and runs the analysis on a throwaway server;
#  - exports every column of gl_journal_lines (POST /data-tables/{id}/export, sorted by rowid) and times the
#    DATA_TABLE_EXPORT job from its creationDate to its lastModifiedDate, sampling the server's used heap (jstat),
#    next to an export of a tenth of the rows (limit) to show memory stays flat; downloads the file and counts it;
#  - starts the same export again, kills the server JVM (SIGKILL) a second into it, starts the server again and
#    shows that the file result is never downloadable half-written: 423 until the job ends, then the whole file
#    (COMPLETE) or nothing (ERROR);
#  - stops the server and lets H2 write the same rows (same join, order and columns, dates formatted) with
#    CSVWRITE on the server's own database file: our time against it (target <= 1.5x).
# Usage: bench/export.sh [lines]   (default 1000000; after `mvn package`)
source "$(dirname "$0")/server.sh"
LINES=${1:-1000000}
TESTKIT=$(ls "$ROOT"/testkit/target/testkit-*.jar 2>/dev/null | head -1)
H2JAR=$(ls "$WILDFLY"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -1)
[ -n "$TESTKIT" ] && [ -n "$H2JAR" ] || { echo "Build first: mvn package" >&2; exit 1; }
DATA="$BENCH_DIR/ledgers"
mkdir -p "$DATA"
java -cp "$TESTKIT" org.assay.testkit.ledger.GeneralLedgerGenerator --lines "$LINES" --seed 42 \
    --from 2025-01-01 --to 2025-12-31 --out "$DATA/gl.csv" --labels "$DATA/labels.csv" > /dev/null 2>&1

start_server
PID=$(server_jvm_pid)
TOKEN=$(create_token "export bench" api.organizations.write api.organizations.read api.engagements.write \
    api.analyses.write api.analyses.read api.analyses.run api.analysis-sources.write api.analysis-sources.read \
    api.file-manager.write api.file-manager.read api.data-tables.read)
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
ORG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/organizations" -d '{"name":"Export bench"}')" id)
ENG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/engagements" -d "{\"organizationId\":\"$ORG\",\
\"name\":\"Export bench\",\"libraryId\":\"5cc9076887f13cb8a7a1926b\"}")" id)
ANALYSIS=$(create_analysis "$TOKEN" "$ENG" "Export bench")
FILE=$(upload_file "$TOKEN" "$ENG" "$DATA/gl.csv" "gl-export-bench")
await_job "$TOKEN" "$(json_field "$(add_source "$TOKEN" "$ENG" "$ANALYSIS" "$(json_field "$FILE" id)")" id)" > /dev/null
RUN=$(api -X POST "$BENCH_URL/api/v1/analyses/$(json_field "$ANALYSIS" id)/run" -d '{}')
await_job "$TOKEN" "$(json_field "$RUN" id)" > /dev/null
RESULT=$(json_field "$RUN" entityId)
TABLE=$(json_field "$(api -X POST "$BENCH_URL/api/v1/data-tables/query" -d "{\"analysisResultId\":{\"\$eq\":\"$RESULT\"},\
\"logicalName\":{\"\$eq\":\"gl_journal_lines\"}}")" content.0.id)
EXPORT_BODY='{"query":{},"sort":{"field":"rowid","direction":"ASC"}}'

# export_lines [LIMIT] : prints "<ms> <peak used heap MiB> <file-result id>"
export_lines() {
    local body=$EXPORT_BODY
    [ -n "${1:-}" ] && body="${EXPORT_BODY%\}},\"limit\":$1}"
    sample_heap "$PID" "$DATA/jstat-export.txt"
    local job; job=$(api -X POST "$BENCH_URL/api/v1/data-tables/$TABLE/export" -d "$body")
    local done; done=$(await_job "$TOKEN" "$(json_field "$job" id)")
    local peaks; peaks=$(heap_peaks "$DATA/jstat-export.txt")
    echo "$(job_millis "$done") ${peaks%% *} $(json_field "$done" entityId)"
}
export_lines > /dev/null   # warm-up
read -r small_ms small_heap _ < <(export_lines $((LINES / 10)))
read -r ms heap file_id < <(export_lines)
curl -sf -H "Authorization: Bearer $TOKEN" -o "$DATA/export.csv" "$BENCH_URL/api/v1/file-results/$file_id/export"
rows=$(( $(wc -l < "$DATA/export.csv") - 1 ))

echo "== kill during an export"
job=$(api -X POST "$BENCH_URL/api/v1/data-tables/$TABLE/export" -d "$EXPORT_BODY")
killed_file=$(json_field "$job" entityId)
sleep 1
echo "before the kill: job $(json_field "$(api "$BENCH_URL/api/v1/async-results/$(json_field "$job" id)")" status), download answers $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BENCH_URL/api/v1/file-results/$killed_file/export")"
kill -9 "$PID"; wait "$SERVER_PID" 2>/dev/null || true
launch_server
PID=$(server_jvm_pid)
echo "after the restart: download answers $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BENCH_URL/api/v1/file-results/$killed_file/export")"
for _ in $(seq 1 600); do
    status=$(json_field "$(api "$BENCH_URL/api/v1/async-results/$(json_field "$job" id)")" status)
    [ "$status" != IN_PROGRESS ] && break
    sleep 0.5
done
code=$(curl -s -o "$DATA/after-kill.csv" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BENCH_URL/api/v1/file-results/$killed_file/export")
echo "finally: job $status, download answers $code with $(( $(wc -l < "$DATA/after-kill.csv") - 1 )) rows (the full export has $rows)"

# H2's CSVWRITE of the same rows, on the server's database file once the server is down
pkill -TERM -P "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true
cps="unbalanced_tx weekend_holiday period_end_timing round_amount high_value manual_entry memo_keyword duplicate reversal unusual_amount rare_flow unusual_user benford_2d outlier_anomaly"
scores=""; failed=""
for cp in $cps; do scores="$scores, r.cp_$cp"; failed="$failed, r.cp_$cp >= 5000"; done
day="DATEADD(DAY, %s, DATE ''1970-01-01'')"
select="SELECT r.rowid, r.txid, j.transactionId, j.entryNo, j.account, j.accountDescription, $(printf "$day" j.effectiveDay), \
CASE WHEN j.enteredDay < 0 THEN NULL ELSE $(printf "$day" j.enteredDay) END, j.userName, j.sourceCode, j.memo, \
j.companyCode, j.debitCents, j.creditCents, j.debitCents - j.creditCents, r.risk, r.riskLevel$scores$failed \
FROM result_line r JOIN journal_line j ON j.sourceId = r.sourceId AND j.rowId = r.sourceRowId \
WHERE r.resultId = ''$RESULT'' ORDER BY r.rowid"
bulk_start=$(date +%s%3N)
java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$BENCH_DIR/standalone/data/assay/assay-db" -user sa -password sa \
    -sql "CALL CSVWRITE('$DATA/csvwrite.csv', '$select');" > "$DATA/csvwrite.out"
bulk_ms=$(( $(date +%s%3N) - bulk_start ))
if grep -qi 'error\|exception' "$DATA/csvwrite.out"; then cat "$DATA/csvwrite.out" >&2; exit 1; fi

echo "== export of gl_journal_lines (every column, sorted by rowid), through the server"
printf '%9d rows: %6d ms  %8.0f rows/s  peak used heap %d MiB  file %d MiB\n' "$rows" "$ms" \
    "$(awk -v n="$rows" -v t="$ms" 'BEGIN {print n * 1000 / t}')" "$heap" "$(( $(stat -c %s "$DATA/export.csv") >> 20 ))"
echo "== H2 CSVWRITE of the same rows (same database file, same join and order)"
printf '%9d rows: %6d ms  %8.0f rows/s  file %d MiB\n' "$(( $(wc -l < "$DATA/csvwrite.csv") - 1 ))" "$bulk_ms" \
    "$(awk -v n="$rows" -v t="$bulk_ms" 'BEGIN {print n * 1000 / t}')" "$(( $(stat -c %s "$DATA/csvwrite.csv") >> 20 ))"
awk -v a="$ms" -v b="$bulk_ms" 'BEGIN {printf "our time / CSVWRITE: %.2f (target <= 1.5)\n", a / b}'
printf 'peak used heap: %d MiB exporting %d rows (limit), %d MiB exporting %d: ratio %.2f (flat: about 1)\n' \
    "$small_heap" "$((LINES / 10))" "$heap" "$rows" "$(awk -v a="$heap" -v b="$small_heap" 'BEGIN {print a / b}')"
