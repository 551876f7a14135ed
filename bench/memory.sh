#!/usr/bin/env bash
# Memory under the read load (issue « performance », target 6: ≤ 200 MB): the published build started with each
# runtime setting given, alternated ROUNDS times on one database, each under the list's read load (a 1,000-territory
# cohort, page 7, 32 connections, 10 s warm-up, 10 s measured); prints req/s and the resident memory after the load.
#   bench/memory.sh [rounds] ["NAME=VALUE ..." ...]    (an empty string is the default settings)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-2}"; shift || true
[ $# -gt 0 ] || set -- "" "DOTNET_TieredPGO=0" "DOTNET_GCgen0size=0x400000" "DOTNET_TieredPGO=0 DOTNET_GCgen0size=0x400000"
PORT="${BENCH_PORT:-5087}"
BENCH_BUILD=publish
. bench/common.sh

# One cohort of 1,000 territories, seeded once with the default settings.
start_server; wait_ready
TOKEN=$(coordinator_token); AUTH="Authorization: Bearer $TOKEN"
COHORT=$(seed_list_cohort 1000)
kill $PID; wait $PID 2>/dev/null || true
URL="$BASE/api/cohorts/$COHORT/territories?page=7&pageSize=20"

for round in $(seq 1 "$ROUNDS"); do
  for settings in "$@"; do
    env $settings dotnet "$DLL" > "$WORK/server.log" 2>&1 & PID=$!
    wait_ready
    AUTH="Authorization: Bearer $(login coord@bench.local Bench-Coord-Password-1)"
    wrk -t2 -c32 -d10s -H "$AUTH" "$URL" >/dev/null
    wrk -t2 -c32 -d10s -H "$AUTH" "$URL" > "$WORK/wrk.txt"
    echo "RESULT round $round [${settings:-default}]: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") req/s, RSS $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
    kill $PID; wait $PID 2>/dev/null || true
  done
done
