#!/usr/bin/env bash
# Reminders benchmark: 10,000 reminders falling due at once (a session's J-1 for 5,000 binômes),
# delivered by the scheduler to a local SMTP server. Counts what arrives (none twice, none lost),
# the time from the due moment to the last message, and the server's memory while it sends.
#   bench/reminders.sh [territories]      (default 5,000 → 10,000 catalysts)
set -euo pipefail
cd "$(dirname "$0")/.."
TERRITORIES="${1:-5000}"
PORT="${BENCH_PORT:-5083}"
SMTP_PORT="${BENCH_SMTP_PORT:-2583}"
dpkg -s python3-aiosmtpd >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null; }
export Smtp__Host=127.0.0.1 Smtp__Port="$SMTP_PORT" Smtp__From=parcours@bench.local Reminders__PollSeconds=5
. bench/common.sh
/usr/bin/python3 bench/smtp_count.py "$SMTP_PORT" "$WORK/received.txt" & SMTP_PID=$!
trap 'kill $PID $SMTP_PID 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"' EXIT
start_server; wait_ready
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"

t0=$(date +%s)
COHORT=$(python3 bench/seed_cohort.py "$BASE" "$TOKEN" "$TERRITORIES")
echo "seeded $TERRITORIES territories, $((TERRITORIES * 2)) catalysts in $(( $(date +%s) - t0 )) s"

# Only the J-1 rule, then S4 dated so that its J-1 falls due 40 s from now.
curl -sf -X PUT "$BASE/api/cohorts/$COHORT/reminder-settings" -H "$AUTH" -H 'content-type: application/json' -d \
  '{"sessionEarlyDays":null,"sessionEveDays":1,"roadmapDeadline":null,"roadmapNearDays":null,"roadmapMissedDays":null,"nextStepDays":null,"committeeMeetingDays":null,"twoAbsencesAlert":false}' >/dev/null
S4=$(curl -sf "$BASE/api/cohorts/$COHORT/sessions" -H "$AUTH" | json '[3]["id"]')
DUE=$(( $(date +%s) + 40 ))
STARTS=$(TZ=Europe/Paris date -d "@$(( DUE + 86400 ))" +%Y-%m-%dT%H:%M:%S)
t1=$(now_ms)
curl -sf -X PUT "$BASE/api/sessions/$S4/schedule" -H "$AUTH" -H 'content-type: application/json' \
  -d "{\"startsAt\":\"$STARTS\",\"durationMinutes\":240,\"outsidePhaseReason\":\"Banc d'essai\"}" >/dev/null
echo "S4 dated: $(( $(now_ms) - t1 )) ms to plan its reminders"
SCHEDULED=$(curl -sf "$BASE/api/reminders?cohortId=$COHORT&status=Scheduled&pageSize=1" -H "$AUTH" | json '["total"]')
echo "scheduled: $SCHEDULED reminders, due at $(date -d "@$DUE" +%T)"

# Wait for the due moment, then sample memory every second until everything has arrived (or 300 s).
while [ "$(date +%s)" -lt "$DUE" ]; do sleep 0.2; done
: > "$WORK/rss.txt"
for _ in $(seq 1 300); do
  ps -o rss= -p "$PID" >> "$WORK/rss.txt"
  [ "$(wc -l < "$WORK/received.txt")" -ge "$SCHEDULED" ] && break
  sleep 1
done
sleep 2
RECEIVED=$(wc -l < "$WORK/received.txt")
DISTINCT=$(cut -d' ' -f2- "$WORK/received.txt" | sort -u | wc -l)
LAST=$(tail -1 "$WORK/received.txt" | cut -d' ' -f1)
FIRST=$(head -1 "$WORK/received.txt" | cut -d' ' -f1)
python3 - "$DUE" "$FIRST" "$LAST" "$RECEIVED" "$DISTINCT" "$SCHEDULED" "$WORK/rss.txt" <<'PY'
import sys
due, first, last, received, distinct, scheduled, rss = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
mem = [int(x) / 1024 for x in open(rss) if x.strip()]
print(f"RESULT reminders: {received} received ({distinct} distinct recipients) of {scheduled} scheduled; "
      f"first {first - due:.1f} s after the due moment, last {last - due:.1f} s after it ({received / max(last - first, 0.001):.0f} messages/s while sending)")
print(f"RESULT memory while sending: {min(mem):.0f}–{max(mem):.0f} MB RSS over {len(mem)} samples (first {mem[0]:.0f}, last {mem[-1]:.0f})")
PY
curl -sf "$BASE/api/reminders?cohortId=$COHORT&pageSize=1" -H "$AUTH" | json '["countsByStatus"]'
