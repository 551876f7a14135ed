# Shared by the bench scripts: build Release, start the API on loopback with a fresh SQLite file (or PostgreSQL),
# sign in. Source it after setting PORT; it sets BASE, WORK, PID, and cleans up on exit.
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
# BENCH_BUILD=publish: the build a deployment runs (README « Deploying »: dotnet publish, ReadyToRun), not the
# development build that `dotnet run` uses.
if [ "${BENCH_BUILD:-build}" = "publish" ]; then
  dotnet publish src/Parcours.Api -c Release -r linux-x64 --self-contained false -nologo -v q -o "$WORK/publish" >/dev/null
  DLL="$WORK/publish/Parcours.Api.dll"
else
  dotnet build src/Parcours.Api -c Release -nologo -v q >/dev/null
  DLL="src/Parcours.Api/bin/Release/net10.0/Parcours.Api.dll"
fi

export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" App__PublicUrl="$BASE" ConnectionStrings__Parcours="Data Source=$WORK/bench.db"
export DataProtection__KeysPath="$WORK/keys" Bootstrap__AdminEmail=admin@bench.local Bootstrap__AdminPassword=Bench-Admin-Password-1
export Logging__LogLevel__Default=Warning Logging__Console__FormatterName=simple

# BENCH_PROVIDER=PostgreSql: the same run on a throwaway PostgreSQL cluster in $WORK (Debian's postgresql package;
# run as the postgres user when root, durability off as in the tests), stopped at exit.
PG_BIN=""
if [ "${BENCH_PROVIDER:-Sqlite}" = "PostgreSql" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_PORT=$(( PORT + 1000 ))
  AS_PG=""; [ "$(id -u)" -eq 0 ] && { chown postgres:postgres "$WORK"; AS_PG="runuser -u postgres --"; }
  $AS_PG "$PG_BIN/initdb" -D "$WORK/pg" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  $AS_PG "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w start -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" >/dev/null
  $AS_PG "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U bench parcours
  export Database__Provider=PostgreSql ConnectionStrings__Parcours="Host=127.0.0.1;Port=$PG_PORT;Database=parcours;Username=bench;Maximum Pool Size=100"
fi

PID=""
cleanup() {
  kill $PID 2>/dev/null || true
  [ -z "$PG_BIN" ] || $AS_PG "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
start_server() { dotnet "$DLL" > "$WORK/server.log" 2>&1 & PID=$!; }
wait_ready() { for _ in $(seq 1 500); do curl -sf "$BASE/health/ready" >/dev/null && return 0; sleep 0.01; done; return 1; }
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
login() { curl -sf -X POST "$BASE/api/auth/login" -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" | json '["accessToken"]'; }

# A coordinator account opened by the bootstrap administrator; prints its bearer token.
coordinator_token() {
  local admin
  admin=$(login admin@bench.local Bench-Admin-Password-1)
  curl -sf -X POST "$BASE/api/admin/accounts" -H "Authorization: Bearer $admin" -H 'content-type: application/json' \
    -d '{"email":"coord@bench.local","password":"Bench-Coord-Password-1","roles":["Coordinator"]}' >/dev/null
  login coord@bench.local Bench-Coord-Password-1
}

# A cohort of N territories (default 1,000) imported from CSV, regions, kinds and carriers varied; prints its id.
# Needs AUTH (a coordinator's bearer header).
seed_list_cohort() {
  local n="${1:-1000}" prog cohort
  prog=$(curl -sf -X POST "$BASE/api/programmes" -H "$AUTH" -H 'content-type: application/json' -d '{"name":"Parcours bench"}' | json '["id"]')
  cohort=$(curl -sf -X POST "$BASE/api/cohorts" -H "$AUTH" -H 'content-type: application/json' -d "{\"programmeId\":\"$prog\",\"title\":\"Promotion nationale\",\"startDate\":\"2025-01-01\",\"endDate\":\"2026-12-31\",\"targetTerritoryCount\":$n,\"phases\":[{\"kind\":\"ConceptionLaunch\",\"startDate\":\"2025-01-01\",\"endDate\":\"2025-06-30\"},{\"kind\":\"Realisation\",\"startDate\":\"2025-07-01\",\"endDate\":\"2026-06-30\"},{\"kind\":\"EvaluationDeployment\",\"startDate\":\"2026-07-01\",\"endDate\":\"2026-12-31\"}]}" | json '["id"]')
  python3 - "$WORK/territories.csv" "$n" <<'PY'
import sys
regions = ["Bretagne", "Occitanie", "Grand Est", "Île-de-France", "Hauts-de-France", "Normandie", "Corse", "La Réunion"]
kinds = ["Commune", "Intercommunalité", "Département", "Pays / PETR", "Quartier"]
carriers = ["Collectivité", "Association", "Entreprise", "Fondation", "Réseau"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("nom;type;région;structure;code\n")
    for i in range(int(sys.argv[2])):
        f.write(f"Territoire {i:04d};{kinds[i % 5]};{regions[i % 8]};{carriers[i % 5]};B{i:05d}\n")
PY
  curl -sf -X POST "$BASE/api/cohorts/$cohort/territories/import" -H "$AUTH" -H 'content-type: text/csv' --data-binary @"$WORK/territories.csv" >/dev/null
  echo "$cohort"
}
