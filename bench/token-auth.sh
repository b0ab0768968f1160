#!/usr/bin/env bash
# Benchmark (issue 3): throughput of a token-authenticated GET /api/v1/api-tokens/current against an
# unauthenticated trivial endpoint (GET /auth/jwks) on the same server, same wrk settings, same run.
# Usage: bench/token-auth.sh [seconds] [connection counts...]   (after `mvn package`; needs wrk)
# Default: 20 s per run at 4 connections (the server has CPU to spare) and at 16 (both cores saturated,
# shared with wrk itself), so that the ratio is seen both where latency and where CPU cost decides it.
source "$(dirname "$0")/server.sh"
need_wrk
SECONDS_PER_RUN=${1:-20}
shift || true
LEVELS=("${@:-4 16}")
read -r -a LEVELS <<< "${LEVELS[*]}"

start_server
SECRET=$(create_token "bench token" api.api-tokens.read)
[ -n "$SECRET" ] || { echo "could not create a token" >&2; exit 1; }

# warm up both paths (JIT, caches, connection pools) until the JIT has settled
warm_up 120 -t2 -c16 "$BENCH_URL/auth/jwks"
warm_up 300 -t2 -c16 -H "Authorization: Bearer $SECRET" "$BENCH_URL/api/v1/api-tokens/current"

for connections in "${LEVELS[@]}"; do
    WRK=(-t2 -c"$connections" -d"${SECONDS_PER_RUN}s")
    baseline=$(requests_per_second "${WRK[@]}" "$BENCH_URL/auth/jwks")
    token=$(requests_per_second "${WRK[@]}" -H "Authorization: Bearer $SECRET" "$BENCH_URL/api/v1/api-tokens/current")
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SECRET" "$BENCH_URL/api/v1/api-tokens/current")
    echo "== $connections connections, ${SECONDS_PER_RUN}s each"
    echo "unauthenticated GET /auth/jwks:                      $baseline req/s"
    echo "token-authenticated GET /api/v1/api-tokens/current: $token req/s (last status $status)"
    awk -v t="$token" -v b="$baseline" 'BEGIN {printf "ratio token/unauthenticated: %.2f (target >= 0.85)\n", t / b}'
done
