#!/usr/bin/env bash
# Big cohorts (issue « performance », target 3): attendance rates and the progress report of one cohort
# of N territories (2 catalysts each, 4 sessions dated and recorded), one call at a time, timed by curl
# end to end after warm-up calls.   bench/bigcohort.sh [territories]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
PORT="${BENCH_PORT:-5085}"
. bench/common.sh
start_server; wait_ready
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"
t0=$(date +%s)
COHORT=$(python3 bench/seed_cohort.py "$BASE" "$TOKEN" "$N")
echo "seeded $N territories, $(( N * 2 )) catalysts, 4 sessions, $(( N * 8 )) attendance entries in $(( $(date +%s) - t0 )) s"

timed() { # label url
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null "$2" -H "$AUTH"; done
  for _ in $(seq 1 20); do curl -sf -o /dev/null -w '%{time_total}\n' "$2" -H "$AUTH"; done \
    | sort -n | awk -v l="$1" '{t[NR]=$1*1000} END {printf "RESULT %s: p50 %.1f ms, p90 %.1f ms, max %.1f ms over %d calls", l, t[int(NR/2)], t[int(NR*0.9)], t[NR], NR}'
  echo ", $(curl -sf "$2" -H "$AUTH" | wc -c) bytes"
}
timed "attendance rates" "$BASE/api/cohorts/$COHORT/attendance/rates"
timed "progress report" "$BASE/api/cohorts/$COHORT/report"
echo "server RSS $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
