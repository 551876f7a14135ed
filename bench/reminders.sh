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
trap 'kill $SMTP_PID 2>/dev/null || true; cleanup' EXIT
start_server; wait_ready
TOKEN=$(coordinator_token)
AUTH="Authorization: Bearer $TOKEN"

t0=$(date +%s)
COHORT=$(python3 bench/seed_cohort.py "$BASE" "$TOKEN" "$TERRITORIES")
echo "seeded $TERRITORIES territories, $((TERRITORIES * 2)) catalysts in $(( $(date +%s) - t0 )) s"

# Only the J-1 rule; then two waves in the same process: S4 dated so that its J-1 falls due 40 s
# later, everything delivered, then S4 moved (its sent reminders stay sent, 10,000 new ones are
# planned) for a second wave. The server's memory at the end of each wave says whether it is flat.
curl -sf -X PUT "$BASE/api/cohorts/$COHORT/reminder-settings" -H "$AUTH" -H 'content-type: application/json' -d \
  '{"sessionEarlyDays":null,"sessionEveDays":1,"roadmapDeadline":null,"roadmapNearDays":null,"roadmapMissedDays":null,"nextStepDays":null,"committeeMeetingDays":null,"twoAbsencesAlert":false}' >/dev/null
S4=$(curl -sf "$BASE/api/cohorts/$COHORT/sessions" -H "$AUTH" | json '[3]["id"]')
: > "$WORK/received.txt"
EXPECTED=0
for WAVE in 1 2; do
  DUE=$(( $(date +%s) + 40 ))
  STARTS=$(TZ=Europe/Paris date -d "@$(( DUE + 86400 ))" +%Y-%m-%dT%H:%M:%S)
  t1=$(now_ms)
  curl -sf -X PUT "$BASE/api/sessions/$S4/schedule" -H "$AUTH" -H 'content-type: application/json' \
    -d "{\"startsAt\":\"$STARTS\",\"durationMinutes\":240,\"outsidePhaseReason\":\"Banc d'essai\",\"reason\":\"vague $WAVE\"}" >/dev/null
  PLAN_MS=$(( $(now_ms) - t1 ))
  SCHEDULED=$(curl -sf "$BASE/api/reminders?cohortId=$COHORT&status=Scheduled&pageSize=1" -H "$AUTH" | json '["total"]')
  EXPECTED=$(( EXPECTED + SCHEDULED ))
  echo "wave $WAVE: S4 dated in $PLAN_MS ms, $SCHEDULED reminders scheduled, due at $(date -d "@$DUE" +%T)"
  while [ "$(date +%s)" -lt "$DUE" ]; do sleep 0.2; done
  : > "$WORK/rss.txt"
  for _ in $(seq 1 300); do
    ps -o rss= -p "$PID" >> "$WORK/rss.txt"
    [ "$(wc -l < "$WORK/received.txt")" -ge "$EXPECTED" ] && break
    sleep 1
  done
  sleep 2
  grep -v '^$' "$WORK/received.txt" | awk -v due="$DUE" '$1 >= due' > "$WORK/wave.txt"
  python3 - "$DUE" "$WORK/wave.txt" "$SCHEDULED" "$WORK/rss.txt" "$WAVE" <<'PY'
import sys
due, wave, scheduled, rss, n = float(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
lines = [l.split(" ", 1) for l in open(wave) if l.strip()]
times = [float(t) for t, _ in lines]
recipients = [r.strip() for _, r in lines]
mem = [int(x) / 1024 for x in open(rss) if x.strip()]
quarters = [mem[min(len(mem) - 1, int(len(mem) * q))] for q in (0, 0.25, 0.5, 0.75)] + [mem[-1]]
print(f"RESULT wave {n}: {len(lines)} received ({len(set(recipients))} distinct recipients) of {scheduled} scheduled; "
      f"first {min(times) - due:.1f} s after the due moment, last {max(times) - due:.1f} s after it "
      f"({len(lines) / max(max(times) - min(times), 0.001):.0f} messages/s while sending)")
print(f"RESULT wave {n} memory: {min(mem):.0f}–{max(mem):.0f} MB RSS over {len(mem)} samples; at 0/25/50/75/100 %: "
      + " / ".join(f"{m:.0f}" for m in quarters) + " MB")
PY
done
echo "total received: $(grep -c . "$WORK/received.txt"), distinct (recipient, wave): $(cut -d' ' -f2- "$WORK/received.txt" | sort | uniq -c | awk '$1 != 2' | wc -l) recipients not received exactly twice"
curl -sf "$BASE/api/reminders?cohortId=$COHORT&pageSize=1" -H "$AUTH" | json '["countsByStatus"]'
