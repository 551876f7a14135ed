#!/usr/bin/env bash
# Foundation benchmark: start-to-ready time, then the paged territory list of a cohort of 1,000
# territories under wrk (32 connections, bearer token). Loopback only; bounded in time.
#   bench/run.sh [duration-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PORT="${BENCH_PORT:-5081}"
. bench/common.sh

# 1. Start to ready, on an empty database (migrations included), then on an existing one.
t0=$(now_ms); start_server; wait_ready; first=$(( $(now_ms) - t0 ))
kill $PID; wait $PID 2>/dev/null || true
t0=$(now_ms); start_server; wait_ready; second=$(( $(now_ms) - t0 ))
echo "start to ready: ${first} ms (new database), ${second} ms (existing database)"

# 2. A coordinator, a cohort, and 1,000 territories imported from CSV.
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"
COHORT=$(seed_list_cohort 1000)
TOTAL=$(curl -sf "$BASE/api/cohorts/$COHORT/territories?pageSize=1" -H "$AUTH" | json '["total"]')
echo "territories in the cohort: $TOTAL"

# 3. The paged list under load: warm up, then measure.
URL="$BASE/api/cohorts/$COHORT/territories?page=7&pageSize=20"
# Warm up long enough for tiered JIT and PGO to settle: the first seconds run unoptimised code.
wrk -t2 -c32 -d20s -H "$AUTH" "$URL" >/dev/null
wrk -t2 -c32 -d"${DURATION}s" --latency -H "$AUTH" "$URL" | tee "$WORK/wrk.txt"
URL2="$BASE/api/cohorts/$COHORT/territories?status=Solicited&region=Bretagne&page=2&pageSize=20"
wrk -t2 -c32 -d5s -H "$AUTH" "$URL2" >/dev/null
echo "--- filtered (status + region):"
wrk -t2 -c32 -d"${DURATION}s" --latency -H "$AUTH" "$URL2" | grep -E "Requests/sec|50%|99%|Non-2xx" || true
rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
rss=$(( $(ps -o rss= -p "$PID") / 1024 ))
echo "RESULT list: ${rps} requests/s, p50 ${p50}, p99 ${p99} at 32 connections; start-to-ready ${first}/${second} ms; server RSS after the load ${rss} MB"
