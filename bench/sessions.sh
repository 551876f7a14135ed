#!/usr/bin/env bash
# Sessions benchmark: attendance rates of a cohort of 1,000 territories (2,000 catalysts, 4 sessions),
# and the session list under load. Loopback only; bounded in time.   bench/sessions.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-15}"
PORT="${BENCH_PORT:-5082}"
. bench/common.sh
start_server; wait_ready
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"

t0=$(date +%s)
COHORT=$(python3 bench/seed_cohort.py "$BASE" "$TOKEN" 1000)
echo "seeded 1,000 territories, 2,000 catalysts, 4 sessions, 8,000 attendance entries in $(( $(date +%s) - t0 )) s"

# Attendance rates: 5 warm-up calls, then 30 timed ones, one at a time.
for _ in 1 2 3 4 5; do curl -sf -o /dev/null "$BASE/api/cohorts/$COHORT/attendance/rates" -H "$AUTH"; done
for _ in $(seq 1 30); do curl -sf -o /dev/null -w '%{time_total}\n' "$BASE/api/cohorts/$COHORT/attendance/rates" -H "$AUTH"; done \
  | sort -n | awk '{t[NR]=$1*1000} END {printf "RESULT rates: p50 %.1f ms, p90 %.1f ms, max %.1f ms over %d calls\n", t[int(NR/2)], t[int(NR*0.9)], t[NR], NR}'
SIZE=$(curl -sf "$BASE/api/cohorts/$COHORT/attendance/rates" -H "$AUTH" | wc -c)
echo "rates response: $SIZE bytes"

URL="$BASE/api/cohorts/$COHORT/sessions"
wrk -t2 -c32 -d20s -H "$AUTH" "$URL" >/dev/null
wrk -t2 -c32 -d"${DURATION}s" --latency -H "$AUTH" "$URL" | tee "$WORK/wrk.txt" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "RESULT sessions list: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") requests/s, p99 $(awk '$1=="99%" {print $2}' "$WORK/wrk.txt") at 32 connections"
