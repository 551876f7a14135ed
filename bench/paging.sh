#!/usr/bin/env bash
# « A page costs the page »: the paged territory list of a 100-territory cohort beside that of a
# 100,000-territory cohort, same server, same run, alternated rounds (issue « performance », target 1).
#   bench/paging.sh [seconds-per-round] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
ROUNDS="${2:-3}"
PORT="${BENCH_PORT:-5083}"
. bench/common.sh

start_server; wait_ready
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"
PROG=$(curl -sf -X POST "$BASE/api/programmes" -H "$AUTH" -H 'content-type: application/json' -d '{"name":"Parcours bench"}' | json '["id"]')
cohort() {
  curl -sf -X POST "$BASE/api/cohorts" -H "$AUTH" -H 'content-type: application/json' -d "{\"programmeId\":\"$PROG\",\"title\":\"$1\",\"startDate\":\"2025-01-01\",\"endDate\":\"2026-12-31\",\"targetTerritoryCount\":$2,\"phases\":[{\"kind\":\"ConceptionLaunch\",\"startDate\":\"2025-01-01\",\"endDate\":\"2025-06-30\"},{\"kind\":\"Realisation\",\"startDate\":\"2025-07-01\",\"endDate\":\"2026-06-30\"},{\"kind\":\"EvaluationDeployment\",\"startDate\":\"2026-07-01\",\"endDate\":\"2026-12-31\"}]}" | json '["id"]'
}
# Territories imported by CSV in files of 5,000 lines (the import takes 5,000 lines at most).
fill() {
  local id=$1 total=$2 prefix=$3 from=0
  while [ "$from" -lt "$total" ]; do
    python3 - "$WORK/chunk.csv" "$from" "$(( from + 5000 < total ? from + 5000 : total ))" "$prefix" <<'PY'
import sys
regions = ["Bretagne", "Occitanie", "Grand Est", "Île-de-France", "Hauts-de-France", "Normandie", "Corse", "La Réunion"]
kinds = ["Commune", "Intercommunalité", "Département", "Pays / PETR", "Quartier"]
carriers = ["Collectivité", "Association", "Entreprise", "Fondation", "Réseau"]
path, start, end, prefix = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with open(path, "w", encoding="utf-8") as f:
    f.write("nom;type;région;structure;code\n")
    for i in range(start, end):
        f.write(f"Territoire {i:06d};{kinds[i % 5]};{regions[i % 8]};{carriers[i % 5]};{prefix}{i:06d}\n")
PY
    curl -sf -X POST "$BASE/api/cohorts/$id/territories/import" -H "$AUTH" -H 'content-type: text/csv' --data-binary @"$WORK/chunk.csv" >/dev/null
    from=$(( from + 5000 ))
  done
}
SMALL=$(cohort "Petite promotion" 100); fill "$SMALL" 100 S
# The cohort's target is capped at 10,000 territories; the cohort itself may hold more.
t0=$(now_ms); BIG=$(cohort "Promotion nationale" 10000); fill "$BIG" 100000 N
echo "imported 100,000 territories in $(( ($(now_ms) - t0) / 1000 )) s"
for c in "$SMALL" "$BIG"; do echo "cohort $c: $(curl -sf "$BASE/api/cohorts/$c/territories?pageSize=1" -H "$AUTH" | json '["total"]') territories"; done

measure() { # url → "req/s p50"
  wrk -t2 -c32 -d"${DURATION}s" --latency -H "$AUTH" "$1" > "$WORK/wrk.txt"
  echo "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") $(awk '$1=="50%" {print $2}' "$WORK/wrk.txt") $(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")"
}
for path in "territories?page=7&pageSize=20" "territories?status=Solicited&page=7&pageSize=20" "territories?region=Bretagne&page=7&pageSize=20"; do
  wrk -t2 -c32 -d10s -H "$AUTH" "$BASE/api/cohorts/$SMALL/$path" >/dev/null
  wrk -t2 -c32 -d10s -H "$AUTH" "$BASE/api/cohorts/$BIG/$path" >/dev/null
  for r in $(seq 1 "$ROUNDS"); do
    echo "RESULT $path round $r: 100 → $(measure "$BASE/api/cohorts/$SMALL/$path") | 100,000 → $(measure "$BASE/api/cohorts/$BIG/$path")  (req/s p50 p99)"
  done
done
echo "server RSS $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
