#!/usr/bin/env bash
# Start to ready (issue « performance », target 6): the bare minimal API of ../shared/ceiling, Parcours' development
# build (what `dotnet run` starts) and its published build (dotnet publish -r linux-x64, ReadyToRun), each on an
# existing database, alternated ROUNDS times in one run. Then the memory of the published build under the read
# load (bench/run.sh's list, 32 connections). Loopback only.
#   bench/start.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
PORT="${BENCH_PORT:-5085}"
BENCH_BUILD=publish
. bench/common.sh
BUILT="src/Parcours.Api/bin/Release/net10.0/Parcours.Api.dll"
dotnet build src/Parcours.Api -c Release -nologo -v q >/dev/null

# The ceiling, built beside, on a database it seeded once.
cp -r ../shared/ceiling "$WORK/ceiling-src"
dotnet build "$WORK/ceiling-src" -c Release -nologo -v q -o "$WORK/ceiling" >/dev/null
CPORT=$(( PORT + 1 ))
ceiling() { CEILING_DB="$WORK/ceiling.db" CEILING_SKIP_SEED=${1:-1} dotnet "$WORK/ceiling/L.dll" --urls "http://127.0.0.1:$CPORT" >/dev/null 2>&1 & CPID=$!; }
ceiling_ready() { for _ in $(seq 1 1000); do curl -sf "http://127.0.0.1:$CPORT/plain" >/dev/null && return 0; sleep 0.005; done; return 1; }
ceiling 0; ceiling_ready; kill $CPID; wait $CPID 2>/dev/null || true

# Each build once on a new database (migrations, administrator), so that every timed start finds an existing one.
DLL="$BUILT"; start_server; wait_ready; kill $PID; wait $PID 2>/dev/null || true

c=(); b=(); p=()
for _ in $(seq 1 "$ROUNDS"); do
  t0=$(now_ms); ceiling; ceiling_ready; c+=($(( $(now_ms) - t0 ))); kill $CPID; wait $CPID 2>/dev/null || true
  DLL="$BUILT"; t0=$(now_ms); start_server; wait_ready; b+=($(( $(now_ms) - t0 ))); kill $PID; wait $PID 2>/dev/null || true
  DLL="$WORK/publish/Parcours.Api.dll"; t0=$(now_ms); start_server; wait_ready; p+=($(( $(now_ms) - t0 ))); kill $PID; wait $PID 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mc=$(median "${c[@]}"); mb=$(median "${b[@]}"); mp=$(median "${p[@]}")
echo "ceiling (bare minimal API): ${c[*]} ms"
echo "Parcours, development build: ${b[*]} ms"
echo "Parcours, published (ReadyToRun): ${p[*]} ms"
echo "RESULT start to ready, medians: ceiling ${mc} ms; build ${mb} ms ($(python3 -c "print(round($mb/$mc,2))")x); published ${mp} ms ($(python3 -c "print(round($mp/$mc,2))")x)"

# Memory of the published build under the read load: a 1,000-territory cohort's list at 32 connections.
DLL="$WORK/publish/Parcours.Api.dll"; start_server; wait_ready
TOKEN=$(coordinator_token); AUTH="Authorization: Bearer $TOKEN"
COHORT=$(seed_list_cohort 1000)
URL="$BASE/api/cohorts/$COHORT/territories?page=7&pageSize=20"
wrk -t2 -c32 -d15s -H "$AUTH" "$URL" >/dev/null
wrk -t2 -c32 -d15s --latency -H "$AUTH" "$URL" > "$WORK/wrk.txt"
echo "RESULT published build under the read load: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") requests/s, RSS $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
