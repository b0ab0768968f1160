#!/usr/bin/env bash
# Benchmark (issue 5): general-ledger ingestion through the real server, next to H2's own bulk load.
#  - generates two ledgers with the test kit (seed 42): N lines and N/10 lines;
#  - on a throwaway server (see server.sh), uploads each (POST /file-manager/import), adds it as an analysis source
#    and times the ANALYSIS_SOURCE_INGESTION job from its creationDate to its lastModifiedDate (decrypting the
#    stored file, parsing, mapping, writing every line into the embedded H2 file database, the balance check);
#  - samples the server JVM's used heap with jstat every 100 ms while each job runs: the peak for N lines against
#    the peak for N/10 lines shows whether memory stays flat in the size of the file (target ratio <= 1.5);
#  - loads the same N-line file into a table of the same shape with H2's CSVREAD (same H2 jar as the server,
#    file database, typed columns, amounts converted to cents): our time against it (target <= 3x).
# Usage: bench/ingestion.sh [lines]   (default 1000000; after `mvn package`)
source "$(dirname "$0")/server.sh"
LINES=${1:-1000000}
SMALL=$((LINES / 10))
TESTKIT=$(ls "$ROOT"/testkit/target/testkit-*.jar 2>/dev/null | head -1)
H2JAR=$(ls "$WILDFLY"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -1)
[ -n "$TESTKIT" ] && [ -n "$H2JAR" ] || { echo "Build first: mvn package" >&2; exit 1; }
DATA="$BENCH_DIR/ledgers"
mkdir -p "$DATA"
trap 'rm -rf "$BENCH_DIR"' EXIT

for n in "$SMALL" "$LINES"; do
    java -cp "$TESTKIT" org.assay.testkit.ledger.GeneralLedgerGenerator --lines "$n" --seed 42 \
        --from 2025-01-01 --to 2025-12-31 --out "$DATA/gl-$n.csv" --labels "$DATA/labels-$n.csv" > /dev/null 2>&1
done

# H2's bulk load first, while nothing else runs
CSV="$DATA/gl-$LINES.csv"
bulk_start=$(date +%s%3N)
java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/bulk" -user sa -password sa -sql "
create table journal_line (sourceId varchar(24) not null, rowId bigint not null, transactionId varchar(100) not null,
  entryNo integer not null, account varchar(100) not null, accountDescription varchar(255), effectiveDay integer not null,
  enteredDay integer not null, userName varchar(255), sourceCode varchar(100), memo varchar(1000),
  companyCode varchar(100), debitCents bigint not null, creditCents bigint not null, primary key (sourceId, rowId));
insert into journal_line select 'bulk', rownum(), transaction_id, cast(entry_id as integer), account,
  account_description, datediff('DAY', date '1970-01-01', cast(effective_date as date)),
  coalesce(datediff('DAY', date '1970-01-01', cast(nullif(entered_date, '') as date)), -1), user_id,
  transaction_type, memo, company_code, cast(coalesce(cast(nullif(debit, '') as decimal(20, 2)), 0) * 100 as bigint),
  cast(coalesce(cast(nullif(credit, '') as decimal(20, 2)), 0) * 100 as bigint) from csvread('$CSV');" > "$DATA/bulk.out"
bulk_ms=$(( $(date +%s%3N) - bulk_start ))
if grep -qi 'error\|exception' "$DATA/bulk.out"; then cat "$DATA/bulk.out" >&2; exit 1; fi

start_server
PID=$(server_jvm_pid)
TOKEN=$(create_token "ingestion bench" api.organizations.write api.organizations.read api.engagements.write \
    api.analyses.write api.analyses.read api.analysis-sources.write api.analysis-sources.read \
    api.file-manager.write api.file-manager.read)
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

ORG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/organizations" -d '{"name":"Ingestion bench"}')" id)
ENG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/engagements" -d "{\"organizationId\":\"$ORG\",\
\"name\":\"Ingestion bench\",\"libraryId\":\"5cc9076887f13cb8a7a1926b\"}")" id)

# ingest N : prints "<milliseconds> <peak used heap in MiB> <peak old generation in MiB>"
ingest() {
    local n=$1 analysis file job status
    analysis=$(create_analysis "$TOKEN" "$ENG" "Bench $n")
    file=$(upload_file "$TOKEN" "$ENG" "$DATA/gl-$n.csv" "gl-$n-$RANDOM$RANDOM")
    sample_heap "$PID" "$DATA/jstat-$n.txt"
    job=$(add_source "$TOKEN" "$ENG" "$analysis" "$(json_field "$file" id)")
    status=$(await_job "$TOKEN" "$(json_field "$job" id)")
    local peaks; peaks=$(heap_peaks "$DATA/jstat-$n.txt")
    local ms; ms=$(job_millis "$status")
    echo "$ms $peaks"
}

# a first, unmeasured run warms the server up (JIT, class loading, G1's heap sizing), as in production
ingest "$SMALL" > /dev/null
read -r small_ms small_heap small_old < <(ingest "$SMALL")
read -r large_ms large_heap large_old < <(ingest "$LINES")


echo "== ingestion of generated ledgers (seed 42), through the server"
printf '%9d lines: %6d ms  %8.0f lines/s  peak used heap %5d MiB (old generation %d MiB)\n' "$SMALL" "$small_ms" \
    "$(awk -v n="$SMALL" -v t="$small_ms" 'BEGIN {print n * 1000 / t}')" "$small_heap" "$small_old"
printf '%9d lines: %6d ms  %8.0f lines/s  peak used heap %5d MiB (old generation %d MiB)\n' "$LINES" "$large_ms" \
    "$(awk -v n="$LINES" -v t="$large_ms" 'BEGIN {print n * 1000 / t}')" "$large_heap" "$large_old"
echo "== H2 CSVREAD bulk load of the same $LINES-line file (same H2, file database, typed columns)"
printf '%9d lines: %6d ms  %8.0f lines/s\n' "$LINES" "$bulk_ms" "$(awk -v n="$LINES" -v t="$bulk_ms" 'BEGIN {print n * 1000 / t}')"
awk -v a="$large_ms" -v b="$bulk_ms" 'BEGIN {printf "our time / bulk load: %.2f (target <= 3)\n", a / b}'
awk -v a="$large_heap" -v b="$small_heap" 'BEGIN {printf "peak heap %s / %s lines: %.2f (target <= 1.5)\n", "'"$LINES"'", "'"$SMALL"'", a / b}'
