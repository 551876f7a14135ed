#!/usr/bin/env bash
# Coordination pages benchmark (issue « Web interface, part 2 »): server time of the cohort's
# dashboard and of a 2,000-person attendance sheet, signed in with the coordinator's session cookie,
# on a 1,000-territory cohort with a year of follow-up and four sessions of attendance; the ceiling
# app's compiled EF read measured the same way in the same run. Loopback only; bounded.
#   bench/coordination.sh [calls] [follow-up entries]
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS="${1:-60}"
ENTRIES="${2:-12000}"
PORT="${BENCH_PORT:-5084}"
CEILING_PORT="${CEILING_PORT:-5094}"
. bench/common.sh
. bench/web_common.sh
start_ceiling
start_server; wait_ready; wait_ceiling

COORD=$(coordinator_token)
t0=$(date +%s); BIG=$(python3 bench/seed_cohort.py "$BASE" "$COORD" 1000); echo "seeded 1,000 territories in $(( $(date +%s) - t0 )) s"
t0=$(date +%s); python3 bench/seed_followups.py "$BASE" "$COORD" "$BIG" "$ENTRIES" >/dev/null; echo "seeded $ENTRIES follow-up entries in $(( $(date +%s) - t0 )) s"
JAR="$WORK/coord.jar"; web_login "$JAR" coord@bench.local Bench-Coord-Password-1
S1=$(curl -sf "$BASE/api/cohorts/$BIG/sessions" -H "Authorization: Bearer $COORD" | json '[0]["id"]')
D="$BASE/promotions/$BIG"
echo "== 1,000-territory cohort, $ENTRIES follow-up entries, 4 sessions × 2,000 attendances"
ceiling
measure "dashboard, page 1 of 20 (50 rows)" "$D" "$JAR"
measure "dashboard, sorted by silence, page 10" "$D?tri=LastContact&page=10" "$JAR"
measure "dashboard, filtered (accepted, 30 days, search)" "$D?statut=Accepted&silence=30&q=territoire%201" "$JAR"
measure "dashboard CSV, 1,000 rows" "$D?handler=csv" "$JAR"
measure "émargement S1 (2,000 people)" "$D/seances/$S1/emargement" "$JAR"
measure "territories list (100 rows)" "$D/territoires" "$JAR"
measure "binômes (1,000)" "$D/binomes" "$JAR"
measure "progress report page, charts + tables" "$BASE/comites/rapport/$BIG" "$JAR"
measure "coach-and-coordination journal (12 entries)" "$BASE/journal/$BIG/$(curl -sf "$BASE/api/cohorts/$BIG/territories?pageSize=1" -H "Authorization: Bearer $COORD" | json '["items"][0]["territory"]["id"]')" "$JAR"
ceiling
