#!/usr/bin/env bash
# Writes at 32 concurrent writers (issue « performance », target 4): POST /api/people (a coordinator adds
# a person: validation, unique e-mail check, insert, in one transaction) beside the ceiling's raw ADO.NET
# insert, same machine, alternated rounds; prints both and their ratio.
#   bench/writes.sh [seconds-per-round] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
ROUNDS="${2:-3}"
PORT="${BENCH_PORT:-5084}"
CEILING_PORT=$(( PORT + 100 ))
. bench/common.sh

# The ceiling (../shared/ceiling), built apart, on its own database file.
cp -r ../shared/ceiling "$WORK/ceiling-src"
dotnet build "$WORK/ceiling-src" -c Release -nologo -v q -o "$WORK/ceiling" >/dev/null
CEILING_DB="$WORK/ceiling.db" dotnet "$WORK/ceiling/L.dll" --urls "http://127.0.0.1:$CEILING_PORT" > "$WORK/ceiling.log" 2>&1 &
CEILING_PID=$!
trap 'kill $CEILING_PID 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 1 500); do curl -sf "http://127.0.0.1:$CEILING_PORT/ready" >/dev/null && break; sleep 0.02; done

start_server; wait_ready
TOKEN=$(coordinator_token)

# Each wrk thread numbers its own requests: every e-mail is new, as a real import of people would be.
cat > "$WORK/people.lua" <<LUA
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
function init(args) n = 0; math.randomseed(os.time() * 100 + tid) end
request = function()
  n = n + 1
  local body = string.format('{"firstName":"Claire","lastName":"Banc","email":"w%d-%d-%d@bench.local","organisation":"Mairie"}', tid, n, math.random(1, 1000000000))
  return wrk.format("POST", "/api/people", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer $TOKEN" }, body)
end
LUA
cat > "$WORK/raw.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Territoire","region":"Bretagne","status":"accepted"}'
LUA
measure() { # script url → "req/s p50 p99 non2xx"
  wrk -t2 -c32 -d"${DURATION}s" --latency -s "$1" "$2" > "$WORK/wrk.txt"
  echo "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") $(awk '$1=="50%" {print $2}' "$WORK/wrk.txt") $(awk '$1=="99%" {print $2}' "$WORK/wrk.txt") non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt")"
}
wrk -t2 -c32 -d10s -s "$WORK/people.lua" "$BASE/api/people" >/dev/null
wrk -t2 -c32 -d10s -s "$WORK/raw.lua" "http://127.0.0.1:$CEILING_PORT/rawinsert" >/dev/null
for r in $(seq 1 "$ROUNDS"); do
  p=$(measure "$WORK/people.lua" "$BASE/api/people")
  c=$(measure "$WORK/raw.lua" "http://127.0.0.1:$CEILING_PORT/rawinsert")
  echo "RESULT round $r: Parcours POST /api/people $p | ceiling raw insert $c | ratio $(python3 -c "print(f'{float(\"${p%% *}\") / float(\"${c%% *}\"):.2f}')")  (req/s p50 p99)"
done
curl -s -X POST "$BASE/api/people" -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"firstName":"Claire","lastName":"Banc","email":"once@bench.local"}' -o /dev/null -w "one more person: %{http_code}\n"
echo "people in the directory: $(curl -sf "$BASE/api/people?pageSize=1" -H "Authorization: Bearer $TOKEN" | json '["total"]')"
