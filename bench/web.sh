#!/usr/bin/env bash
# Web interface benchmark (issue « Web interface, part 1 »): server time of the catalyst's pages,
# signed in with the session cookie, on the demo data (the 2018 pilot) and for a catalyst of a
# 1,000-territory cohort; the ceiling app's compiled EF read measured the same way in the same run;
# and what a first visit downloads, compressed. Loopback only; bounded.   bench/web.sh [calls]
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS="${1:-60}"
PORT="${BENCH_PORT:-5083}"
CEILING_PORT="${CEILING_PORT:-5093}"
export Demo__Seed=true Demo__Password=Bench-Demo-Password-1
. bench/common.sh
. bench/web_common.sh
start_ceiling
start_server; wait_ready; wait_ceiling

pages() { # jar cohort territory session
  local r="/feuilles-de-route/$2/$3"
  for p in "/" "/parcours/$2" "/sessions/$4" "/parcours/$2/vote" "/agenda" "$r" "$r/sections/enjeux" "$r/actions" \
           "$r/commentaires" "$r/versions" "/suivi/$2" "/notifications"; do
    measure "$p" "$BASE$p" "$1" | sed "s|$2|{c}|; s|$3|{t}|; s|$4|{s}|"
  done
}

# 1. The demo catalyst.
JAR="$WORK/demo.jar"; web_login "$JAR" catalyseur@parcours.demo "$Demo__Password"
TOKEN=$(login catalyseur@parcours.demo "$Demo__Password")
ME=$(curl -sf "$BASE/api/me" -H "Authorization: Bearer $TOKEN")
C=$(echo "$ME" | json '["pairs"][0]["cohortId"]'); T=$(echo "$ME" | json '["pairs"][0]["territoryId"]')
S=$(curl -sf "$BASE/api/cohorts/$C/sessions" -H "Authorization: Bearer $TOKEN" | json '[0]["id"]')
echo "== demo data (2018 pilot, 13 territories)"; ceiling; pages "$JAR" "$C" "$T" "$S"; ceiling

# 2. A catalyst of a 1,000-territory cohort (2,000 catalysts, every attendance recorded).
COORD=$(coordinator_token)
t0=$(date +%s); BIG=$(python3 bench/seed_cohort.py "$BASE" "$COORD" 1000); echo "seeded 1,000 territories in $(( $(date +%s) - t0 )) s"
PAIR=$(curl -sf "$BASE/api/cohorts/$BIG/pairs?pageSize=1&page=500" -H "Authorization: Bearer $COORD")
PERSON=$(echo "$PAIR" | json '["items"][0]["members"][0]["personId"]'); BT=$(echo "$PAIR" | json '["items"][0]["territoryId"]')
ADMIN=$(login admin@bench.local Bench-Admin-Password-1)
curl -sf -o /dev/null -X POST "$BASE/api/admin/accounts" -H "Authorization: Bearer $ADMIN" -H 'content-type: application/json' \
  -d "{\"email\":\"cat@bench.local\",\"password\":\"Bench-Cat-Password-1\",\"roles\":[\"Catalyst\"],\"personId\":\"$PERSON\"}"
BJAR="$WORK/big.jar"; web_login "$BJAR" cat@bench.local Bench-Cat-Password-1
BS=$(curl -sf "$BASE/api/cohorts/$BIG/sessions" -H "Authorization: Bearer $COORD" | json '[0]["id"]')
echo "== 1,000-territory cohort"; ceiling; pages "$BJAR" "$BIG" "$BT" "$BS"; ceiling

# 3. What a first visit downloads, compressed: the login page, then « Mon espace » and its assets.
total=$(curl -sf --compressed -o /dev/null -w '%{size_download}' "$BASE/connexion"); echo "  /connexion (signed out): $total bytes"
for u in "/" $(curl -sf -b "$JAR" "$BASE/" | grep -o '/static/[^"]*' | sort -u); do
  size=$(curl -sf --compressed -o /dev/null -b "$JAR" -w '%{size_download}' "$BASE$u"); total=$((total + size))
  echo "  $u: $size bytes"
done
echo "RESULT first visit (login page + Mon espace + CSS + JS, compressed): $total bytes"
