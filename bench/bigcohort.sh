#!/usr/bin/env bash
# Big cohorts (issue « performance », target 3): attendance rates and the progress report of one cohort
# of N territories (2 catalysts each, 4 sessions dated and recorded), one call at a time, timed by curl
# end to end after warm-up calls; then the first read after each change of a sheet.   bench/bigcohort.sh [territories]
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

# The figures are kept while the cohort's version stands (decision record 0029): the first read after a change tallies
# them again. One line of a sheet changed, then one read timed, ten times over, for each of the two.
SESSION=$(curl -sf "$BASE/api/cohorts/$COHORT/sessions" -H "$AUTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
PERSON=$(curl -sf "$BASE/api/cohorts/$COHORT/attendance/rates" -H "$AUTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["people"][0]["personId"])')
after_change() { # label url
  for i in $(seq 1 10); do
    status=$([ $((i % 2)) = 0 ] && echo Present || echo Absent)
    curl -sf -o /dev/null -X PUT "$BASE/api/sessions/$SESSION/attendance" -H "$AUTH" -H 'Content-Type: application/json' \
      -d "{\"entries\":[{\"personId\":\"$PERSON\",\"status\":\"$status\"}]}"
    curl -sf -o /dev/null -w '%{time_total}\n' "$2" -H "$AUTH"
  done | sort -n | awk -v l="$1" '{t[NR]=$1*1000} END {printf "RESULT %s, first read after a sheet changed: p50 %.1f ms, p90 %.1f ms, max %.1f ms over %d changes\n", l, t[int(NR/2)], t[int(NR*0.9)], t[NR], NR}'
}
after_change "attendance rates" "$BASE/api/cohorts/$COHORT/attendance/rates"
after_change "progress report" "$BASE/api/cohorts/$COHORT/report"
echo "server RSS $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
