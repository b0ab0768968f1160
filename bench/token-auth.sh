#!/usr/bin/env bash
# Benchmark (issue 3): throughput of a token-authenticated GET /api/v1/api-tokens/current against an
# unauthenticated trivial endpoint (GET /auth/jwks) on the same server, same wrk settings, same run.
# Usage: bench/token-auth.sh [seconds] [connections]     (after `mvn package`; needs wrk)
source "$(dirname "$0")/server.sh"
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-16}
WRK=(-t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency)

start_server
SECRET=$(create_token "bench token" api.api-tokens.read)
[ -n "$SECRET" ] || { echo "could not create a token" >&2; exit 1; }

# warm up both paths (JIT, caches, connection pools)
wrk -t2 -c"$CONNECTIONS" -d10s "$BENCH_URL/auth/jwks" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $SECRET" "$BENCH_URL/api/v1/api-tokens/current" > /dev/null

baseline=$(requests_per_second "${WRK[@]}" "$BENCH_URL/auth/jwks")
token=$(requests_per_second "${WRK[@]}" -H "Authorization: Bearer $SECRET" "$BENCH_URL/api/v1/api-tokens/current")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SECRET" "$BENCH_URL/api/v1/api-tokens/current")

echo "unauthenticated GET /auth/jwks:                 $baseline req/s"
echo "token-authenticated GET /api/v1/api-tokens/current: $token req/s (last status $status)"
awk -v t="$token" -v b="$baseline" 'BEGIN {printf "ratio token/unauthenticated: %.2f (target >= 0.85)\n", t / b}'
