#!/usr/bin/env python3
"""Adds individual follow-up to a seeded cohort through the API (loopback only): ENTRIES entries
spread over the past year across its territories; one territory in ten has had no contact for
three months. Usage: seed_followups.py BASE_URL BEARER_TOKEN COHORT_ID [ENTRIES]"""
import datetime, http.client, json, sys, urllib.parse

base, token, cohort = sys.argv[1], sys.argv[2], sys.argv[3]
count = int(sys.argv[4]) if len(sys.argv) > 4 else 20000
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)

def call(method, path, body=None):
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    conn.request(method, path, body=None if body is None else json.dumps(body).encode(), headers=headers)
    response = conn.getresponse()
    payload = response.read()
    if response.status not in (200, 201):
        sys.exit(f"{method} {path}: {response.status} {payload[:300]!r}")
    return json.loads(payload)

territories, page = [], 1
while True:
    chunk = call("GET", f"/api/cohorts/{cohort}/territories?pageSize=100&page={page}")
    territories += [t["territory"]["id"] for t in chunk["items"]]
    if len(territories) >= chunk["total"]:
        break
    page += 1
today = datetime.date.today()
kinds = ["EntretienTelephonique", "Visioconference", "Rencontre", "VisiteTerrain"]
for i in range(count):
    t = i % len(territories)
    quiet = t % 10 == 0
    age = 95 + (i * 7) % 270 if quiet else (i * 13) % 365
    date = today - datetime.timedelta(days=age)
    call("POST", f"/api/cohorts/{cohort}/follow-ups", {
        "territoryId": territories[t], "date": date.isoformat(), "kind": kinds[i % 4],
        "visibility": "SharedWithPair" if i % 3 == 0 else "Internal",
        "notes": f"Échange n° {i} : avancement du plan d'action, freins rencontrés, prochaines étapes.", "durationMinutes": 45,
        "nextSteps": [{"title": "Relancer les partenaires", "owner": "Le binôme", "dueDate": (date + datetime.timedelta(days=14)).isoformat()}] if i % 5 == 0 else []})
