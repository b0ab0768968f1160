#!/usr/bin/env bash
# Benchmarks (issue 4), each on a throwaway server started from the built EAR (see server.sh):
#  1. overhead: token-authenticated GET /api/v1/api-tokens/current with audit log and rate limiting on, against
#     the same with both off; target ratio >= 0.85. Each configuration runs on a fresh server, measured once the
#     JIT has settled (see warm_up in server.sh; at most WARMUP seconds); the configurations alternate for ROUNDS
#     rounds and the ratio is that of the medians. Besides requests per second it reports the server JVM's CPU time
#     per request (all its threads: GC, compilers, the audit writer), which the CPU that wrk takes on the same cores
#     disturbs far less; on a CPU-bound server the inverse ratio of CPU per request is the capacity ratio.
#  2. isolation: a well-behaved client (4 connections, each pausing 100 ms between requests, ~40 req/s, under its
#     limit of 50 req/s) alone, then while another token floods as fast as wrk can (far above 10x its limit);
#     target: its throughput drops by less than 10 %.
# Usage: bench/protection.sh [seconds] [rounds] [max warm-up seconds]     (after `mvn package`; needs wrk)
# The servers get a fixed 1 GiB heap (BENCH_HEAP overrides it): WildFly's default, -Xms64m -Xmx512m, is a
# development setting under which G1 keeps the young generation so small that audit records queued for a fraction of
# a second are promoted, and the benchmark would then measure that sizing rather than the audit log.
BENCH_HEAP=${BENCH_HEAP:--Xms1g -Xmx1g}
source "$(dirname "$0")/server.sh"
need_wrk
SECONDS_PER_RUN=${1:-20}
ROUNDS=${2:-2}
WARMUP=${3:-300}
URL_PATH=/api/v1/api-tokens/current

restart_with() {
    if [ -n "${SERVER_PID:-}" ]; then
        stop_server
        BENCH_DIR=$(mktemp -d -t assay-bench-XXXXXX)
    fi
    start_server "$@"
}

# overhead_run SYSTEM-PROPERTIES... : sets RATE (req/s) and CPU (µs of server CPU per request) of a fresh server in
# that configuration, after the warm-up (not run in a subshell: the server it starts must outlive the call)
overhead_run() {
    restart_with "$@"
    local secret; secret=$(create_token overhead api.api-tokens.read)
    warm_up "$WARMUP" -t2 -c16 -H "Authorization: Bearer $secret" "$BENCH_URL$URL_PATH"
    local before; before=$(cpu_ticks)
    local out; out=$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" -H "Authorization: Bearer $secret" "$BENCH_URL$URL_PATH")
    local ticks=$(($(cpu_ticks) - before))
    RATE=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    CPU=$(echo "$out" | awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.0f", t * 1e6 / hz / $1}')
}

median() {
    sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# the caller limit is lifted for the overhead runs so that no request is throttled in either configuration
on_runs=()
off_runs=()
on_cpu=()
off_cpu=()
for round in $(seq 1 "$ROUNDS"); do
    overhead_run -Dassay.rate-limit.caller.limit=100000000
    on_runs+=("$RATE")
    on_cpu+=("$CPU")
    overhead_run -Dassay.rate-limit.enabled=false -Dassay.audit.enabled=false
    off_runs+=("$RATE")
    off_cpu+=("$CPU")
    echo "round $round: on ${on_runs[-1]} req/s ${on_cpu[-1]} µs/request, off ${off_runs[-1]} req/s ${off_cpu[-1]} µs/request" >&2
done
on=$(printf '%s\n' "${on_runs[@]}" | median)
off=$(printf '%s\n' "${off_runs[@]}" | median)
on_c=$(printf '%s\n' "${on_cpu[@]}" | median)
off_c=$(printf '%s\n' "${off_cpu[@]}" | median)
echo "== overhead, 16 connections, ${SECONDS_PER_RUN}s once the JIT settled, $ROUNDS alternating rounds, heap $BENCH_HEAP"
echo "audit + rate limiting on:  ${on_runs[*]} req/s (median $on); server CPU ${on_cpu[*]} µs/request (median $on_c)"
echo "audit + rate limiting off: ${off_runs[*]} req/s (median $off); server CPU ${off_cpu[*]} µs/request (median $off_c)"
awk -v a="$on" -v b="$off" 'BEGIN {printf "throughput, ratio of medians on/off: %.2f (target >= 0.85)\n", a / b}'
awk -v a="$on_c" -v b="$off_c" 'BEGIN {printf "capacity (inverse CPU per request), ratio of medians on/off: %.2f\n", b / a}'

restart_with -Dassay.rate-limit.caller.limit=3000 -Dassay.rate-limit.caller.window=PT1M
good=$(create_token "well behaved" api.api-tokens.read)
bad=$(create_token "flooder" api.api-tokens.read)
PACED="$BENCH_DIR/paced.lua"
echo 'function delay() return 100 end' > "$PACED"
wrk -t2 -c4 -d10s -s "$PACED" -H "Authorization: Bearer $good" "$BENCH_URL$URL_PATH" > /dev/null
sleep 5 # let the well-behaved bucket refill
alone=$(wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" -s "$PACED" --latency -H "Authorization: Bearer $good" "$BENCH_URL$URL_PATH")
sleep 5
wrk -t1 -c16 -d"$((SECONDS_PER_RUN + 10))s" -H "Authorization: Bearer $bad" "$BENCH_URL$URL_PATH" > "$BENCH_DIR/flood.txt" &
FLOOD=$!
sleep 5
flooded=$(wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" -s "$PACED" --latency -H "Authorization: Bearer $good" "$BENCH_URL$URL_PATH")
wait $FLOOD
flood_rate=$(awk '/Requests\/sec/ {print $2}' "$BENCH_DIR/flood.txt")
flood_non2xx=$(awk '/Non-2xx/ {print $5}' "$BENCH_DIR/flood.txt")
a=$(echo "$alone" | awk '/Requests\/sec/ {print $2}')
f=$(echo "$flooded" | awk '/Requests\/sec/ {print $2}')
echo "== isolation, well-behaved client paced at ~40 req/s, limit 50 req/s per token"
echo "well-behaved alone:          $a req/s, p99 $(echo "$alone" | awk '$1 == "99%" {print $2}')"
echo "well-behaved during a flood: $f req/s, p99 $(echo "$flooded" | awk '$1 == "99%" {print $2}')"
echo "flooder offered $flood_rate req/s ($(awk -v r="$flood_rate" 'BEGIN {printf "%.0f", r / 50}')x its limit), refused: ${flood_non2xx:-0}"
awk -v a="$a" -v f="$f" 'BEGIN {printf "throughput drop: %.1f %% (target < 10 %%)\n", (a - f) * 100 / a}'
