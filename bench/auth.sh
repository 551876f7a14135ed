#!/usr/bin/env bash
# What an authenticated request costs before its work (issue « performance », target 2): wrk on an anonymous
# endpoint, on a bearer request that reads three rows, and on the paged territory list (1,000 territories), each
# 8 s of warm-up then the measure; then the ceiling's raw SQLite read and plain JSON, started beside it, and the
# ratios.   bench/auth.sh [duration-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
PORT="${BENCH_PORT:-5086}"
CEILING_PORT=$(( PORT + 100 ))
. bench/common.sh
. bench/web_common.sh
start_ceiling
start_server; wait_ready; wait_ceiling
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"
COHORT=$(seed_list_cohort 1000)
under_load() { # label url [header]
  local args=(-t2 -c32)
  [ -n "${3:-}" ] && args+=(-H "$3")
  wrk "${args[@]}" -d8s "$2" >/dev/null
  wrk "${args[@]}" -d"${DURATION}s" --latency "$2" > "$WORK/wrk.txt"
  echo "RESULT $1: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") req/s, p50 $(awk '$1=="50%" {print $2}' "$WORK/wrk.txt"), non-2xx $(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt")"
}
under_load "anonymous /health/live" "$BASE/health/live"
under_load "bearer, three rows (territories/counts)" "$BASE/api/cohorts/$COHORT/territories/counts" "$AUTH"
under_load "bearer, the list (page 7 of 1,000)" "$BASE/api/cohorts/$COHORT/territories?page=7&pageSize=20" "$AUTH"
LIST=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
under_load "ceiling, plain JSON" "http://127.0.0.1:$CEILING_PORT/plain"
under_load "ceiling, raw SQLite page of 20" "http://127.0.0.1:$CEILING_PORT/raw?page=3"
RAW=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
echo "RESULT ratio list / raw read: $(awk -v a="$LIST" -v b="$RAW" 'BEGIN {printf "%.3f", a / b}')"
