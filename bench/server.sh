# Shared by the benchmark scripts (sourced, not run): starts a throwaway Assay server from the built
# WildFly + EAR with its own data dir, a known admin password and port offset 200 (HTTP 8280), and stops it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WILDFLY=$(ls -d "$ROOT"/ear/target/wildfly-*/ 2>/dev/null | head -1)
EAR="$ROOT/ear/target/assay.ear"
BENCH_PORT=8280
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BENCH_ADMIN=admin@bench.test
BENCH_PASSWORD=bench-admin-password
BENCH_DIR=$(mktemp -d -t assay-bench-XXXXXX)
# BENCH_HEAP (e.g. "-Xms1g -Xmx1g") replaces WildFly's default heap sizing (-Xms64m -Xmx512m)
if [ -n "${BENCH_HEAP:-}" ]; then
    export JBOSS_JAVA_SIZING=$BENCH_HEAP
fi

start_server() {
    if [ -z "$WILDFLY" ] || [ ! -f "$EAR" ]; then
        echo "Build first: mvn package (from the repository root)" >&2
        exit 1
    fi
    cp -r "$WILDFLY/standalone" "$BENCH_DIR/standalone"
    rm -rf "$BENCH_DIR"/standalone/{data,log,tmp,it-*} "$BENCH_DIR"/standalone/deployments/*
    cp "$EAR" "$BENCH_DIR/standalone/deployments/"
    trap stop_server EXIT
    launch_server "$@"
}

# launch_server [SYSTEM-PROPERTIES...] : (re)starts the server on the prepared base dir, keeping its data
launch_server() {
    "$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$BENCH_DIR/standalone" \
        -Djboss.socket.binding.port-offset=200 --read-only-server-config=standalone.xml \
        -Dassay.admin.email=$BENCH_ADMIN -Dassay.admin.password=$BENCH_PASSWORD "$@" \
        >> "$BENCH_DIR/server.out" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        if curl -sf -o /dev/null "$BENCH_URL/auth/jwks"; then
            return 0
        fi
        sleep 1
    done
    echo "the server did not start; see $BENCH_DIR/server.out" >&2
    exit 1
}

stop_server() {
    # standalone.sh runs the JVM as a child: stop the whole process group
    pkill -TERM -P "$SERVER_PID" 2>/dev/null || true
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    rm -rf "$BENCH_DIR"
}

admin_jwt() {
    curl -sf -X POST "$BENCH_URL/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$BENCH_ADMIN\",\"password\":\"$BENCH_PASSWORD\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# create_token NAME PERMISSION... : prints the secret of a new 30-day token
create_token() {
    local name=$1; shift
    local perms; perms=$(printf '"%s",' "$@"); perms=${perms%,}
    local expiry; expiry=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
    curl -sf -X POST "$BENCH_URL/api/v1/api-tokens" -H "Authorization: Bearer $(admin_jwt)" \
        -H 'Content-Type: application/json' \
        -d "{\"name\":\"$name\",\"expiry\":\"$expiry\",\"permissions\":[$perms]}" \
        | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

need_wrk() {
    command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
}

# server_jvm_pid : the pid of the server's JVM (standalone.sh's child)
server_jvm_pid() {
    pgrep -f "jboss.server.base.dir=$BENCH_DIR/standalone" | grep -v "^$SERVER_PID\$" | head -1
}

# json_field JSON PATH : the value at PATH (dot-separated keys and list indexes, e.g. analysisPeriods.0.id)
json_field() {
    python3 -c 'import json, sys
value = json.loads(sys.argv[1])
for key in sys.argv[2].split("."):
    value = value[int(key)] if isinstance(value, list) else value.get(key)
print("" if value is None else value)' "$1" "$2"
}

# upload_file TOKEN ENGAGEMENT-ID FILE [NAME] : uploads as the official client does (files over 50 MiB in 50 MiB chunks:
# POST /chunked-files, one multipart part each, then /file-manager/import-from-chunked); prints the file entry
upload_file() {
    local token=$1 engagement=$2 file=$3 stem; stem=$(basename "$3"); stem=${4:-${stem%.*}}
    local size; size=$(stat -c %s "$file")
    local chunk=52428800
    if [ "$size" -le "$chunk" ]; then
        curl -sf -H "Authorization: Bearer $token" \
            -F "fileManagerFile={\"engagementId\":\"$engagement\",\"name\":\"$stem\"};type=application/json" \
            -F "file=@$file;type=text/csv" "$BENCH_URL/api/v1/file-manager/import"
        return
    fi
    local chunked; chunked=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -X POST "$BENCH_URL/api/v1/chunked-files" -d "{\"name\":\"$stem.csv\",\"size\":$size}")
    local id; id=$(json_field "$chunked" id)
    local parts="$BENCH_DIR/parts-$id"
    mkdir -p "$parts"
    split -b "$chunk" -d -a 4 "$file" "$parts/part-"
    local offset=0 part length
    for part in "$parts"/part-*; do
        length=$(stat -c %s "$part")
        curl -sf -o /dev/null -H "Authorization: Bearer $token" \
            -F "chunkedFilePart={\"offset\":$offset,\"size\":$length};type=application/json" \
            -F "fileChunk=@$part;filename=$stem.csv;type=text/csv" "$BENCH_URL/api/v1/chunked-files/$id/part"
        offset=$((offset + length))
    done
    rm -rf "$parts"
    curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -X POST \
        "$BENCH_URL/api/v1/file-manager/import-from-chunked/$id" -d "{\"engagementId\":\"$engagement\",\"name\":\"$stem\"}"
}

# requests_per_second WRK-ARGS... : runs wrk and prints its Requests/sec figure
requests_per_second() {
    wrk "$@" | awk '/Requests\/sec/ {print $2}'
}

# await_job TOKEN JOB-ID : polls the async result until it is no longer IN_PROGRESS; prints it (fails unless COMPLETE)
await_job() {
    local status
    while :; do
        status=$(curl -sf -H "Authorization: Bearer $1" "$BENCH_URL/api/v1/async-results/$2")
        [ "$(json_field "$status" status)" != IN_PROGRESS ] && break
        sleep 0.2
    done
    [ "$(json_field "$status" status)" = COMPLETE ] || { echo "job $2 failed: $status" >&2; exit 1; }
    echo "$status"
}

# job_millis ASYNC-RESULT-JSON : how long the job ran, from its creationDate to its lastModifiedDate
job_millis() {
    echo $(( $(date -d "$(json_field "$1" lastModifiedDate)" +%s%3N) - $(date -d "$(json_field "$1" creationDate)" +%s%3N) ))
}

# sample_heap PID FILE : starts sampling the JVM's heap with jstat every 100 ms into FILE (after a full GC); sets SAMPLER
sample_heap() {
    jcmd "$1" GC.run > /dev/null
    jstat -gc "$1" 100 > "$2" &
    SAMPLER=$!
}

# heap_peaks FILE : stops the sampler; prints "<peak used heap MiB> <peak old generation MiB>" (S0U + S1U + EU + OU)
heap_peaks() {
    kill "$SAMPLER"; wait "$SAMPLER" 2>/dev/null || true
    awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u; if ($8 > o) o = $8}
        END {printf "%.0f %.0f", m / 1024, o / 1024}' "$1"
}

# create_analysis TOKEN ENGAGEMENT-ID NAME : a general-ledger analysis of calendar 2025; prints it
create_analysis() {
    curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -X POST "$BENCH_URL/api/v1/analyses" \
        -d "{\"engagementId\":\"$2\",\"analysisTypeId\":\"4b8360d00000000000000000\",\"name\":\"$3\",\
\"interim\":false,\"periodic\":false,\"analysisPeriods\":[{\"startDate\":\"2025-01-01\",\"endDate\":\"2025-12-31\"}]}"
}

# add_source TOKEN ENGAGEMENT-ID ANALYSIS-JSON FILE-ID : adds the file as the general-ledger source; prints the job
add_source() {
    curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -X POST \
        "$BENCH_URL/api/v1/analysis-sources" -d "{\"engagementId\":\"$2\",\"analysisId\":\"$(json_field "$3" id)\",\
\"analysisPeriodId\":\"$(json_field "$3" analysisPeriods.0.id)\",\"analysisSourceTypeId\":\"4b8361d00000000000000000\",\
\"fileManagerFileId\":\"$4\",\"targetWorkflowState\":\"COMPLETED\",\"warningsIgnored\":true}"
}

# cpu_ticks : CPU time (clock ticks) the server JVM has used so far, all threads (GC and compilers included)
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$(server_jvm_pid)/stat"
}

# compiler_ticks : CPU time (clock ticks) the server JVM's JIT compiler threads have used so far
compiler_ticks() {
    local pid; pid=$(server_jvm_pid)
    python3 -c 'import glob, sys
ticks = 0
for task in glob.glob("/proc/%s/task/*" % sys.argv[1]):
    try:
        if open(task + "/comm").read().startswith(("C1 ", "C2 ")):
            fields = open(task + "/stat").read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
    except OSError:
        pass
print(ticks)' "$pid"
}

# warm_up MAX-SECONDS WRK-ARGS... : loads the server in 10 s steps until the JIT compilers used under 5 % of a core
# in each of two steps in a row (or MAX-SECONDS have passed). On 2 cores a fresh server keeps compiling for two to
# three minutes under load, its throughput rising sixfold meanwhile: a measurement taken before that compares
# warm-up speeds, not configurations.
warm_up() {
    local max=$1; shift
    local waited=0 quiet=0 before
    while [ "$waited" -lt "$max" ] && [ "$quiet" -lt 2 ]; do
        before=$(compiler_ticks)
        wrk -d10s "$@" > /dev/null
        waited=$((waited + 10))
        if [ $(($(compiler_ticks) - before)) -lt $((10 * $(getconf CLK_TCK) / 20)) ]; then
            quiet=$((quiet + 1))
        else
            quiet=0
        fi
    done
    echo "warmed up in ${waited}s" >&2
}
