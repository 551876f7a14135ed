#!/usr/bin/env python3
"""Seeds a national-size cohort through the public API (loopback only): 1,000 territories imported
and accepted, 2,000 catalysts in 1,000 binômes, the 4 sessions dated, and every attendance recorded.
Prints the cohort id. Usage: seed_cohort.py BASE_URL BEARER_TOKEN [TERRITORIES]"""
import http.client, json, sys, urllib.parse

base, token = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)

def call(method, path, body=None, content_type="application/json", expect=(200, 201)):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    headers = {"Authorization": f"Bearer {token}"}
    if data is not None:
        headers["Content-Type"] = content_type
    conn.request(method, path, body=data, headers=headers)
    response = conn.getresponse()
    payload = response.read()
    if response.status not in expect:
        sys.exit(f"{method} {path}: {response.status} {payload[:300]!r}")
    return json.loads(payload) if payload and response.getheader("Content-Type", "").startswith("application/") else None

programme = call("POST", "/api/programmes", {"name": "Parcours national (bench)"})
cohort = call("POST", "/api/cohorts", {
    "programmeId": programme["id"], "title": "Promotion nationale", "startDate": "2025-01-01", "endDate": "2026-12-31",
    "targetTerritoryCount": count, "phases": [
        {"kind": "ConceptionLaunch", "startDate": "2025-01-01", "endDate": "2025-04-30"},
        {"kind": "Realisation", "startDate": "2025-05-01", "endDate": "2025-11-30"},
        {"kind": "EvaluationDeployment", "startDate": "2025-12-01", "endDate": "2026-12-31"}]})
cid = cohort["id"]
regions = ["Bretagne", "Occitanie", "Grand Est", "Île-de-France", "Hauts-de-France", "Normandie", "Corse", "La Réunion"]
kinds = ["Commune", "Intercommunalité", "Département", "Pays / PETR", "Quartier"]
carriers = ["Collectivité", "Association", "Entreprise", "Fondation", "Réseau"]
# The import takes 5,000 lines a file at most.
for start in range(0, count, 5000):
    csv = "nom;type;région;structure;code\n" + "".join(
        f"Territoire {i:05d};{kinds[i % 5]};{regions[i % 8]};{carriers[i % 5]};N{cid[:4]}{i:05d}\n" for i in range(start, min(start + 5000, count)))
    call("POST", f"/api/cohorts/{cid}/territories/import?date=2025-02-01", csv.encode(), "text/csv")
territories, page = [], 1
while True:
    chunk = call("GET", f"/api/cohorts/{cid}/territories?pageSize=100&page={page}")
    territories += [t["territory"]["id"] for t in chunk["items"]]
    if len(territories) >= chunk["total"]:
        break
    page += 1
people = []
for n, tid in enumerate(territories):
    call("POST", f"/api/cohorts/{cid}/territories/{tid}/accept", {"date": "2025-03-01"})
    pair = [call("POST", "/api/people", {"firstName": f"Prénom{n}{k}", "lastName": f"Nom{n:04d}", "email": f"c{n}-{k}-{cid[:8]}@bench.local"})["id"] for k in (0, 1)]
    call("POST", f"/api/cohorts/{cid}/pairs", {"territoryId": tid, "memberIds": pair, "fromDate": "2025-04-01"})
    people += pair
sessions = call("GET", f"/api/cohorts/{cid}/sessions")
for i, (session, day) in enumerate(zip(sessions, ["2025-05-15", "2025-06-26", "2025-09-25", "2025-11-06"])):
    call("PUT", f"/api/sessions/{session['id']}/schedule", {"startsAt": f"{day}T09:30:00", "durationMinutes": 390})
    statuses = ["Present", "Present", "Present", "Excused", "Absent"]
    entries = [{"personId": p, "status": statuses[(j + i) % 5]} for j, p in enumerate(people)]
    # A sheet takes 10,000 lines a request at most: a national cohort's is sent in parts.
    for start in range(0, len(entries), 5000):
        call("PUT", f"/api/sessions/{session['id']}/attendance", {"entries": entries[start:start + 5000]})
print(cid)
