#!/usr/bin/env bash
# Benchmark (issue 6): analysis runs through the real server, next to the ingestion of the same file.
#  - generates two ledgers with the test kit (seed 42): N lines and N/10 lines;
#  - on a throwaway server (see server.sh), uploads and ingests each, then runs the analysis
#    (POST /analyses/{id}/run) and times both jobs from their creationDate to their lastModifiedDate;
#  - reads the run's own split from the server log: reading the journal lines, the engine (the fourteen control
#    points and the risk combination, target >= 200,000 lines/s) and writing the scored rows;
#  - samples the server JVM's used heap with jstat every 100 ms during each run: the peak for N lines against the
#    peak for N/10 lines (the engine holds the ledger in compact columns, so this grows with the ledger; reported).
# Targets: engine >= 200,000 lines/s; whole run <= 3x the ingestion of the same file.
# Usage: bench/scoring.sh [lines]   (default 1000000; after `mvn package`)
source "$(dirname "$0")/server.sh"
LINES=${1:-1000000}
SMALL=$((LINES / 10))
TESTKIT=$(ls "$ROOT"/testkit/target/testkit-*.jar 2>/dev/null | head -1)
[ -n "$TESTKIT" ] || { echo "Build first: mvn package" >&2; exit 1; }
DATA="$BENCH_DIR/ledgers"
mkdir -p "$DATA"

for n in "$SMALL" "$LINES"; do
    java -cp "$TESTKIT" org.assay.testkit.ledger.GeneralLedgerGenerator --lines "$n" --seed 42 \
        --from 2025-01-01 --to 2025-12-31 --out "$DATA/gl-$n.csv" --labels "$DATA/labels-$n.csv" > /dev/null 2>&1
done

start_server
PID=$(server_jvm_pid)
TOKEN=$(create_token "scoring bench" api.organizations.write api.organizations.read api.engagements.write \
    api.analyses.write api.analyses.read api.analyses.run api.analysis-sources.write api.analysis-sources.read \
    api.file-manager.write api.file-manager.read)
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

ORG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/organizations" -d '{"name":"Scoring bench"}')" id)
ENG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/engagements" -d "{\"organizationId\":\"$ORG\",\
\"name\":\"Scoring bench\",\"libraryId\":\"5cc9076887f13cb8a7a1926b\"}")" id)

# measure N : prints "<ingestion ms> <run ms> <read ms> <engine ms> <engine lines/s> <write ms> <peak heap MiB>"
measure() {
    local n=$1 analysis file ingestion run result
    analysis=$(create_analysis "$TOKEN" "$ENG" "Bench $n")
    file=$(upload_file "$TOKEN" "$ENG" "$DATA/gl-$n.csv" "gl-$n-$RANDOM$RANDOM")
    ingestion=$(await_job "$TOKEN" "$(json_field "$(add_source "$TOKEN" "$ENG" "$analysis" "$(json_field "$file" id)")" id)")
    sample_heap "$PID" "$DATA/jstat-$n.txt"
    run=$(api -X POST "$BENCH_URL/api/v1/analyses/$(json_field "$analysis" id)/run" -d '{}')
    result=$(await_job "$TOKEN" "$(json_field "$run" id)")
    local peaks; peaks=$(heap_peaks "$DATA/jstat-$n.txt")
    # "Analysis run <id>: N lines, M transactions; read R ms, scored S ms (L lines/s), written W ms"
    local split; split=$(grep "Analysis run $(json_field "$run" entityId):" "$BENCH_DIR/standalone/log/server.log" \
        | sed -n 's/.*read \([0-9]*\) ms, scored \([0-9]*\) ms (\([0-9]*\) lines\/s), written \([0-9]*\) ms.*/\1 \2 \3 \4/p')
    read -r read_ms engine_ms engine_rate write_ms <<< "$split"
    echo "$(job_millis "$ingestion") $(job_millis "$result") $read_ms $engine_ms $engine_rate $write_ms ${peaks%% *}"
}

# a first, unmeasured round warms the server up (JIT, class loading, G1's heap sizing), as in production
measure "$SMALL" > /dev/null
read -r s_ingest s_run s_read s_engine s_rate s_write s_heap < <(measure "$SMALL")
read -r l_ingest l_run l_read l_engine l_rate l_write l_heap < <(measure "$LINES")

echo "== analysis runs over generated ledgers (seed 42), through the server (H2 file database)"
for size in small large; do
    if [ $size = small ]; then set -- "$SMALL" "$s_ingest" "$s_run" "$s_read" "$s_engine" "$s_rate" "$s_write" "$s_heap"
    else set -- "$LINES" "$l_ingest" "$l_run" "$l_read" "$l_engine" "$l_rate" "$l_write" "$l_heap"; fi
    printf '%9d lines: ingestion %6d ms | run %6d ms (read %d, engine %d = %d lines/s, write %d) | run/ingestion %.2f | peak heap %d MiB\n' \
        "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$(awk -v a="$3" -v b="$2" 'BEGIN {print a / b}')" "$8"
done
awk -v r="$l_rate" 'BEGIN {printf "engine throughput: %d lines/s (target >= 200000)\n", r}'
awk -v a="$l_run" -v b="$l_ingest" 'BEGIN {printf "whole run / ingestion: %.2f (target <= 3)\n", a / b}'
awk -v a="$l_heap" -v b="$s_heap" 'BEGIN {printf "peak heap %s / %s lines: %.2f\n", "'"$LINES"'", "'"$SMALL"'", a / b}'
