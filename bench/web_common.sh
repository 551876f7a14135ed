# Shared by the web benchmarks (web.sh, coordination.sh): the ceiling app started beside us, a browser's
# sign-in as curl, and the timing of a page. Source it after bench/common.sh, with CEILING_PORT set.

# The ceiling (../shared/ceiling): a minimal app doing a paged SQLite read, built and started beside us.
start_ceiling() {
  cp -r ../shared/ceiling "$WORK/ceiling-src"; chmod -R u+w "$WORK/ceiling-src"
  dotnet build "$WORK/ceiling-src" -c Release -o "$WORK/ceiling" -nologo -v q >/dev/null
  CEILING_DB="$WORK/ceiling.db" dotnet "$WORK/ceiling/L.dll" --urls "http://127.0.0.1:$CEILING_PORT" > "$WORK/ceiling.log" 2>&1 &
  CEILING_PID=$!
  trap 'kill $CEILING_PID 2>/dev/null || true; cleanup' EXIT
}
wait_ceiling() { for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$CEILING_PORT/plain" >/dev/null && break; sleep 0.1; done; }

# A signed-in browser, as curl: the login page's token, then the form.
web_login() { # jar email password
  local token
  token=$(curl -sf -c "$1" -b "$1" "$BASE/connexion" | grep -o 'name="__jeton" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -sf -o /dev/null -c "$1" -b "$1" -X POST "$BASE/connexion" --data-urlencode "__jeton=$token" \
    --data-urlencode "Email=$2" --data-urlencode "Password=$3"
}
# p50 / p95 / max of CALLS sequential GETs after 10 warm-up calls (loopback: time_total is the server's time), and the size.
measure() { # label url [jar]
  local jar="${3:-}"
  for _ in $(seq 1 10); do curl -sf -o /dev/null ${jar:+-b "$jar"} "$2"; done
  for _ in $(seq 1 "$CALLS"); do curl -sf -o /dev/null ${jar:+-b "$jar"} -w '%{time_total} %{size_download}\n' "$2"; done \
    | sort -n | awk -v label="$1" '{t[NR]=$1*1000; s=$2} END {printf "RESULT %-44s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  %7d bytes\n", label, t[int(NR/2)], t[int(NR*0.95)], t[NR], s}'
}
ceiling() { measure "ceiling /compiled?page=3" "http://127.0.0.1:$CEILING_PORT/compiled?page=3"; }
