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

cp -r ../shared/ceiling "$WORK/ceiling-src"; chmod -R u+w "$WORK/ceiling-src"
dotnet build "$WORK/ceiling-src" -c Release -o "$WORK/ceiling" -nologo -v q >/dev/null
CEILING_DB="$WORK/ceiling.db" dotnet "$WORK/ceiling/L.dll" --urls "http://127.0.0.1:$CEILING_PORT" > "$WORK/ceiling.log" 2>&1 &
CEILING_PID=$!
trap 'kill $PID $CEILING_PID 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"' EXIT

start_server; wait_ready
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$CEILING_PORT/plain" >/dev/null && break; sleep 0.1; done

web_login() { # jar email password
  local token
  token=$(curl -sf -c "$1" -b "$1" "$BASE/connexion" | grep -o 'name="__jeton" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -sf -o /dev/null -c "$1" -b "$1" -X POST "$BASE/connexion" --data-urlencode "__jeton=$token" \
    --data-urlencode "Email=$2" --data-urlencode "Password=$3"
}
measure() { # label url [jar]
  local jar="${3:-}"
  for _ in $(seq 1 10); do curl -sf -o /dev/null ${jar:+-b "$jar"} "$2"; done
  for _ in $(seq 1 "$CALLS"); do curl -sf -o /dev/null ${jar:+-b "$jar"} -w '%{time_total} %{size_download}\n' "$2"; done \
    | sort -n | awk -v label="$1" '{t[NR]=$1*1000; s=$2} END {printf "RESULT %-44s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  %7d bytes\n", label, t[int(NR/2)], t[int(NR*0.95)], t[NR], s}'
}
ceiling() { measure "ceiling /compiled?page=3" "http://127.0.0.1:$CEILING_PORT/compiled?page=3"; }

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
