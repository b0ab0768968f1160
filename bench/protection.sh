#!/usr/bin/env bash
# Benchmarks (issue 4), each on a throwaway server started from the built EAR (see server.sh):
#  1. overhead: token-authenticated GET /api/v1/api-tokens/current with audit log and rate limiting on, against
#     the same with both off (two server runs, same wrk settings); target ratio >= 0.85.
#  2. isolation: a well-behaved client (4 connections, each pausing 100 ms between requests, ~40 req/s, under its
#     limit of 50 req/s) alone, then while another token floods as fast as wrk can (far above 10x its limit);
#     target: its throughput drops by less than 10 %.
# Usage: bench/protection.sh [seconds]     (after `mvn package`; needs wrk)
source "$(dirname "$0")/server.sh"
need_wrk
SECONDS_PER_RUN=${1:-20}
URL_PATH=/api/v1/api-tokens/current

measure_overhead() { # prints req/s for the current server
    local secret; secret=$(create_token "overhead $1" api.api-tokens.read)
    wrk -t2 -c16 -d30s -H "Authorization: Bearer $secret" "$BENCH_URL$URL_PATH" > /dev/null
    requests_per_second -t2 -c16 -d"${SECONDS_PER_RUN}s" -H "Authorization: Bearer $secret" "$BENCH_URL$URL_PATH"
}

restart_with() {
    stop_server
    BENCH_DIR=$(mktemp -d -t assay-bench-XXXXXX)
    start_server "$@"
}

# the caller limit is lifted for the overhead runs so that no request is throttled in either run
start_server -Dassay.rate-limit.caller.limit=100000000
on=$(measure_overhead on)
restart_with -Dassay.rate-limit.enabled=false -Dassay.audit.enabled=false
off=$(measure_overhead off)
echo "== overhead, 16 connections, ${SECONDS_PER_RUN}s"
echo "audit + rate limiting on:  $on req/s"
echo "audit + rate limiting off: $off req/s"
awk -v a="$on" -v b="$off" 'BEGIN {printf "ratio on/off: %.2f (target >= 0.85)\n", a / b}'

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
