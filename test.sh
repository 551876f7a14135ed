#!/usr/bin/env bash
# The test command: installs the Debian packages the tests use when they are missing, then runs
# every test once. Safe to run again; needs root (or sudo) only when something must be installed.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests rely on: python3-icalendar reads the calendar feeds back (a parser we did not write),
# python3-aiosmtpd is the SMTP server the reminder tests start on 127.0.0.1;
# poppler-utils (pdftotext) reads the PDFs back and qpdf checks their structure; chromium is the
# browser the web interface's tests drive (Playwright's own driver, Debian's browser: nothing downloaded);
# postgresql gives initdb and pg_ctl: the PostgreSQL tests start a throwaway cluster of their own on loopback.
PACKAGES=(python3-icalendar python3-aiosmtpd poppler-utils qpdf chromium postgresql)

missing=()
for p in ${PACKAGES[@]+"${PACKAGES[@]}"}; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Spectral (npm) lints the OpenAPI document in the contract test: installed in tools/spectral when missing.
if [ ! -x tools/spectral/node_modules/.bin/spectral ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  command -v npm >/dev/null || { $SUDO apt-get update -qq; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null; }
  echo "Installing: @stoplight/spectral-cli (tools/spectral)"
  (cd tools/spectral && npm install --no-audit --no-fund --no-package-lock --silent)
fi

# One build, then the suite twice without rebuilding: on SQLite (every test), then on PostgreSQL 15 — every app of
# the suite on a throwaway cluster the tests start on loopback and stop at the end (PARCOURS_TEST_PROVIDER). The
# second pass leaves out the tests marked Database=Fixed: they test SQLite itself or start their own PostgreSQL,
# and ran in the first. PARCOURS_TEST_PASSES chooses the passes (e.g. PARCOURS_TEST_PASSES=Sqlite ./test.sh
# --filter FullyQualifiedName~Roadmap for a quick look); a 2-core machine runs one test assembly at a time.
dotnet build Parcours.sln -c Release -nologo -v q
status=0
# Each pass's output is also kept in a log, so that the failures can be told again at the very end: a CI that shows
# only the last lines of a long run then shows which test failed and why.
logs=$(mktemp -d)
for pass in ${PARCOURS_TEST_PASSES:-Sqlite PostgreSql}; do
  echo "== Tests on $pass"
  case "$pass" in
    Sqlite)
      dotnet test Parcours.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@" \
        | tee "$logs/$pass.log" || status=1 ;;
    PostgreSql)
      # A --filter given on the command line is kept, joined to this pass's own.
      args=(); filter="Database!=Fixed"; take=0
      for a in "$@"; do
        if [ $take = 1 ]; then filter="($a)&Database!=Fixed"; take=0
        elif [ "$a" = "--filter" ]; then take=1
        else args+=("$a"); fi
      done
      PARCOURS_TEST_PROVIDER=PostgreSql dotnet test Parcours.sln -c Release --no-build -nologo \
        --logger "console;verbosity=normal" --filter "$filter" ${args[@]+"${args[@]}"} | tee "$logs/$pass.log" || status=1 ;;
    *) echo "Unknown pass: $pass (Sqlite or PostgreSql)"; status=1 ;;
  esac
done

# The suite's PostgreSQL clusters are stopped when the test process exits; when the test runner ends that process
# first, a cluster outlives the run: stop what is left, so that nothing keeps running (or listening) after the tests.
PG_CTL=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1 || true)
for data in "${TMPDIR:-/tmp}"/parcours-pg/*/data; do
  [ -n "$PG_CTL" ] && [ -f "$data/postmaster.pid" ] || continue
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$PG_CTL" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  else "$PG_CTL" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true; fi
done
# The failures again, last: each failed test with its message and the first lines of its stack.
for log in "$logs"/*.log; do
  [ -f "$log" ] || continue
  tr -d '\000' < "$log" | awk -v pass="$(basename "$log" .log)" '
    /^  Failed / { on = 1; n = 0; print "== Failed on " pass ":"; }
    on && /^  (Passed|Skipped) / { on = 0 }
    on && /^[^ ]/ { on = 0 }
    on && n++ < 40 { print }'
done
rm -rf "$logs"
exit $status
