#!/usr/bin/env bash
# Drives the study API as a municipality's script would, with curl only, on a generated frame
# (65,000 people as Excel's Dutch export: semicolons, byte-order mark, CRLF), and checks Stemmen's
# figures against a count made apart from Stemmen's code (Python's csv module). Prints times.
# Needs a running Stemmen and the admin password:
#   STEMMEN_ADMIN_PASSWORD=… scripts/try-api.sh [base-url] [rows]
set -euo pipefail
cd "$(dirname "$0")"
base=${1:-http://localhost:8080}
rows=${2:-65000}
admin="admin:${STEMMEN_ADMIN_PASSWORD:?set STEMMEN_ADMIN_PASSWORD}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lead="lead-$RANDOM$RANDOM"
pass="een lang wachtwoord voor het script"
now() { date +%s.%N; }
took() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" "$1" "$(now)"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }

echo "== frame of $rows people, as Excel's export"
python3 generate-frame.py --rows "$rows" --excel -o "$work/frame.csv"
ls -l "$work/frame.csv" | awk '{print $5 " bytes"}'

echo "== a lead account and a study (401 without sign-in first)"
test "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/studies")" = 401
curl -sf -u "$admin" -H 'Content-Type: application/json' \
  -d "{\"username\": \"$lead\", \"password\": \"$pass\", \"role\": \"lead\"}" "$base/api/accounts" >/dev/null
study=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{
  "name": "Thuis in de regio 2026", "organisation": "Gemeente Voorbeeld", "questionnaire": "thuis-in-de-stad",
  "start": "2026-12-01", "end": "2026-12-21",
  "dimensions": [{"name": "gender"}, {"name": "age_band"}, {"name": "country_of_birth"}, {"name": "learning_route"}]}' \
  "$base/api/studies" | json "d['id']")
echo "study $study"

echo "== the frame: preview, import, import again"
start=$(now)
curl -sf -u "$lead:$pass" -H 'Content-Type: text/csv' --data-binary "@$work/frame.csv" \
  "$base/api/studies/$study/frame?preview=true" > "$work/preview.json"
echo "preview: $(took "$start")"
start=$(now)
curl -sf -u "$lead:$pass" -H 'Content-Type: text/csv' --data-binary "@$work/frame.csv" \
  "$base/api/studies/$study/frame" > "$work/import.json"
echo "import: $(took "$start")"
start=$(now)
curl -sf -u "$lead:$pass" -H 'Content-Type: text/csv' --data-binary "@$work/frame.csv" \
  "$base/api/studies/$study/frame" > "$work/again.json"
echo "import again: $(took "$start")"

echo "== invitations and the mailing file"
start=$(now)
curl -sf -u "$lead:$pass" -X POST "$base/api/studies/$study/invitations" > "$work/invitations.json"
echo "invitations: $(took "$start")"
start=$(now)
curl -sf -u "$lead:$pass" "$base/api/studies/$study/invitations.csv" > "$work/mailing.csv"
echo "mailing file: $(took "$start")"

echo "== Stemmen's figures against a count of our own"
python3 - "$work" <<'EOF'
import csv, json, sys, collections
work = sys.argv[1]
with open(f"{work}/frame.csv", encoding="utf-8-sig", newline="") as f:
    people = list(csv.DictReader(f, delimiter=";"))
preview, imported, again = (json.load(open(f"{work}/{n}.json")) for n in ("preview", "import", "again"))
created = json.load(open(f"{work}/invitations.json"))["created"]
with open(f"{work}/mailing.csv", encoding="utf-8", newline="") as f:
    mailing = list(csv.DictReader(f))
checks = {
    "preview counts everyone as new": preview["added"] == len(people),
    "import added everyone": imported["added"] == len(people) and imported["updated"] == 0,
    "importing again adds nobody": again["added"] == 0 and again["unchanged"] == len(people),
    "one invitation per person": created == len(people) == len(mailing),
    "every ref of the frame in the mailing file": {p["ref"] for p in people} == {m["ref"] for m in mailing},
    "links all different": len({m["link"] for m in mailing}) == len(mailing),
    "codes all different": len({m["code"] for m in mailing}) == len(mailing),
    "letter languages as in the frame": all(m["language"] == p["letter_language"].lower()
        for p, m in zip(sorted(people, key=lambda p: p["ref"]), sorted(mailing, key=lambda m: m["ref"]))),
}
counted = collections.Counter(p["gender"] for p in people)
previewed = next(a for a in preview["preview"]["attributes"] if a["column"] == "gender")
checks["gender counts in the preview"] = (dict(counted) == {**previewed["counts"], "": previewed["empty"]}
                                          if counted[""] else dict(counted) == previewed["counts"])
for name, ok in checks.items():
    print(("ok   " if ok else "FAIL ") + name)
sys.exit(0 if all(checks.values()) else 1)
EOF

echo "== a personal link and a typed code open the right response"
link=$(sed -n 2p "$work/mailing.csv" | cut -d, -f2)
code=$(sed -n 3p "$work/mailing.csv" | cut -d, -f3)
test "$(curl -s -o /dev/null -w '%{http_code}' "$link")" = 303
test "$(curl -s -o /dev/null -w '%{http_code}' -d "code=$(echo "$code" | tr 'A-Z' 'a-z')&lang=nl" "$base/code")" = 303
curl -sf -u "$lead:$pass" "$base/api/studies/$study/invitations.csv" | sed -n 2,3p | cut -d, -f5 | tr '\n' ' '
echo "(the two just opened)"
echo "all checks passed"
