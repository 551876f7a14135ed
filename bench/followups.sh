#!/usr/bin/env bash
# Follow-up and report benchmark: « territories without contact for more than N days », then the
# progress report (JSON and PDF), for a cohort of 1,000 territories with a year of data (4 sessions,
# 8,000 attendance entries, 20,000 follow-up entries). Loopback only; bounded.   bench/followups.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-5083}"
. bench/common.sh
start_server; wait_ready
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"

t0=$(date +%s)
COHORT=$(python3 bench/seed_cohort.py "$BASE" "$TOKEN" 1000)
python3 bench/seed_followups.py "$BASE" "$TOKEN" "$COHORT" 20000
echo "seeded 1,000 territories and 20,000 follow-up entries in $(( $(date +%s) - t0 )) s"

timed() {
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null "$1" -H "$AUTH"; done
  for _ in $(seq 1 30); do curl -sf -o /dev/null -w '%{time_total}\n' "$1" -H "$AUTH"; done \
    | sort -n | awk -v what="$2" '{t[NR]=$1*1000} END {printf "RESULT %s: p50 %.1f ms, p90 %.1f ms, max %.1f ms over %d calls\n", what, t[int(NR/2)], t[int(NR*0.9)], t[NR], NR}'
}
echo "territories without contact for 90 days: $(curl -sf "$BASE/api/cohorts/$COHORT/follow-up/without-contact?days=90" -H "$AUTH" | json '["territories"].__len__()')"
timed "$BASE/api/cohorts/$COHORT/follow-up/without-contact?days=90" "without contact (90 days)"
timed "$BASE/api/cohorts/$COHORT/follow-up/overdue-steps" "overdue next steps"
timed "$BASE/api/cohorts/$COHORT/follow-up/activity" "activity counts"
timed "$BASE/api/cohorts/$COHORT/follow-ups?page=50&pageSize=20" "entries list, page 50"
timed "$BASE/api/cohorts/$COHORT/report" "progress report (JSON)"
timed "$BASE/api/cohorts/$COHORT/report.pdf" "progress report (PDF)"
echo "report PDF: $(curl -sf "$BASE/api/cohorts/$COHORT/report.pdf" -H "$AUTH" -o "$WORK/report.pdf" -w '%{size_download}') bytes, $(pdfinfo "$WORK/report.pdf" 2>/dev/null | awk '/Pages/ {print $2}') pages"
