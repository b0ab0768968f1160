#!/usr/bin/env bash
# Shows what happens to an ingestion job when the server is killed in the middle of it (issue 5):
# uploads a generated ledger, starts its ingestion, kills the server JVM with SIGKILL while the job runs, starts the
# server again on the same data and prints the job and the source until the job has ended. Expected: the job is
# taken up again and ends COMPLETE (or, after assay.jobs.max-attempts interruptions, ERROR with the reason); it
# never stays IN_PROGRESS, and the source shows no lines from the interrupted run.
# Usage: bench/kill-during-ingestion.sh [lines] [seconds before the kill] [max attempts after the restart]
#        (after `mvn package`; a third argument of 1 shows the ERROR ending: the restarted server may not retry)
source "$(dirname "$0")/server.sh"
LINES=${1:-1000000}
KILL_AFTER=${2:-3}
RESTART_OPTIONS=()
[ -n "${3:-}" ] && RESTART_OPTIONS=("-Dassay.jobs.max-attempts=$3")
TESTKIT=$(ls "$ROOT"/testkit/target/testkit-*.jar 2>/dev/null | head -1)
[ -n "$TESTKIT" ] || { echo "Build first: mvn package" >&2; exit 1; }
mkdir -p "$BENCH_DIR/ledger"
LEDGER="$BENCH_DIR/ledger/gl.csv"
java -cp "$TESTKIT" org.assay.testkit.ledger.GeneralLedgerGenerator --lines "$LINES" --seed 7 \
    --out "$LEDGER" --labels "$BENCH_DIR/ledger/labels.csv" > /dev/null 2>&1

start_server
TOKEN=$(create_token "kill test" api.organizations.write api.engagements.write api.analyses.write \
    api.analyses.read api.analysis-sources.write api.analysis-sources.read api.file-manager.write)
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
ORG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/organizations" -d '{"name":"Kill test"}')" id)
ENG=$(json_field "$(api -X POST "$BENCH_URL/api/v1/engagements" -d "{\"organizationId\":\"$ORG\",\
\"name\":\"Kill test\",\"libraryId\":\"5cc9076887f13cb8a7a1926b\"}")" id)
ANALYSIS=$(api -X POST "$BENCH_URL/api/v1/analyses" -d "{\"engagementId\":\"$ENG\",\
\"analysisTypeId\":\"4b8360d00000000000000000\",\"name\":\"Kill test\",\"interim\":false,\"periodic\":false,\
\"analysisPeriods\":[{\"startDate\":\"2025-01-01\",\"endDate\":\"2025-12-31\"}]}")
FILE=$(upload_file "$TOKEN" "$ENG" "$LEDGER")
JOB=$(api -X POST "$BENCH_URL/api/v1/analysis-sources" -d "{\"engagementId\":\"$ENG\",\
\"analysisId\":\"$(json_field "$ANALYSIS" id)\",\"analysisSourceTypeId\":\"4b8361d00000000000000000\",\
\"fileManagerFileId\":\"$(json_field "$FILE" id)\",\"warningsIgnored\":true}")
JOB_ID=$(json_field "$JOB" id)
SOURCE_ID=$(json_field "$JOB" entityId)

show() {
    local job source
    job=$(api "$BENCH_URL/api/v1/async-results/$JOB_ID")
    source=$(api "$BENCH_URL/api/v1/analysis-sources/$SOURCE_ID")
    printf '%s  job %s %s | source %s, %s lines kept %s\n' "$1" "$(json_field "$job" status)" \
        "$(json_field "$job" error)" "$(json_field "$source" workflowState)" "$(json_field "$source" lineCount)" \
        "$(json_field "$source" errors.0.code)"
}

sleep "$KILL_AFTER"
show "before the kill:"
kill -9 "$(server_jvm_pid)"
wait "$SERVER_PID" 2>/dev/null || true
echo "killed the server JVM (SIGKILL) $KILL_AFTER s into the ingestion; starting it again on the same data"
launch_server "${RESTART_OPTIONS[@]}"
show "after the restart:"
for _ in $(seq 1 300); do
    status=$(json_field "$(api "$BENCH_URL/api/v1/async-results/$JOB_ID")" status)
    [ "$status" != IN_PROGRESS ] && break
    sleep 1
done
show "finally:"
[ "$status" != IN_PROGRESS ] || { echo "the job is still IN_PROGRESS after 5 minutes" >&2; exit 1; }
