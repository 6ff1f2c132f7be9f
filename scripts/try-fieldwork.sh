#!/usr/bin/env bash
# Drives the paths added for mailings, batches and fieldwork with curl only, as a municipality's script would, and
# checks the monitor's figures for a bound batch and typed-in population against a computation of its own (python).
# Needs a running Stemmen and the admin password:  STEMMEN_ADMIN_PASSWORD=… scripts/try-fieldwork.sh [base-url]
set -euo pipefail
base=${1:-http://localhost:8080}
admin="admin:${STEMMEN_ADMIN_PASSWORD:?set STEMMEN_ADMIN_PASSWORD}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
lead="lead-$RANDOM$RANDOM"; pass="een lang wachtwoord voor het script"
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
code() { curl -s -o "$work/out" -w '%{http_code}' -u "$lead:$pass" "$@"; }
curl -sf -u "$admin" -H 'Content-Type: application/json' \
  -d "{\"username\": \"$lead\", \"password\": \"$pass\", \"role\": \"lead\"}" "$base/api/accounts" >/dev/null
study=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{"name": "Proef", "organisation": "Gemeente Proef",
  "questionnaire": "thuis-in-de-stad", "start": "2026-12-01", "end": "2026-12-21", "contact_email": "vragen@proef.nl",
  "dimensions": [{"name": "gender", "question": "geslacht", "categories": ["man", "vrouw", "x"]}]}' "$base/api/studies" | json "d['id']")
echo "study $study"
echo "== bad input answers with a reason"
test "$(code -X PUT -H 'Content-Type: application/json' -d '{"gender": {"man": -1}}' "$base/api/studies/$study/population")" = 422 && json "d['problems'][0]" < "$work/out"
test "$(code -X PUT -H 'Content-Type: text/x-gettext-translation; charset=UTF-8' --data-binary 'msgid "x' "$base/api/studies/$study/letter-texts/nl.po")" = 422 && json "d['problems'][0]" < "$work/out"
echo "== a batch of 40 bound to the organisation's attribute file (BOM, semicolons), 25 women"
curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -H 'Accept: text/csv' -d '{"count": 40}' "$base/api/studies/$study/batches" > "$work/codes.csv"
batch=$(curl -sf -u "$lead:$pass" "$base/api/studies/$study/batches" | json "d[-1]['id']")
python3 - "$work" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1] + "/codes.csv")))
with open(sys.argv[1] + "/attributes.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write("ref;code;gender\r\n")
    for i, r in enumerate(rows):
        f.write(f"D{i+1};{r['code']};{'vrouw' if i < 25 else 'man'}\r\n")
PY
test "$(code -H 'Content-Type: text/csv' --data-binary "@$work/attributes.csv" "$base/api/studies/$study/batches/$batch/attributes")" = 200 && cat "$work/out"; echo
printf 'ref,code,email\nD1,X,a@b.nl\n' > "$work/contact.csv"
test "$(code -H 'Content-Type: text/csv' --data-binary "@$work/contact.csv" "$base/api/studies/$study/batches/$batch/attributes")" = 422 && json "d['problems'][0]" < "$work/out"
echo "== five complete (3 women, 2 men) by their links, through the real pages (respondent.py)"
python3 -c "import csv,sys; rows=list(csv.DictReader(open(sys.argv[1]))); print('\\n'.join(rows[i]['link']+'?lang=nl' for i in [0,1,2,30,31]))" \
  "$work/codes.csv" | python3 "$(dirname "$0")/respondent.py"
echo "== the monitor against our own count"
curl -sf -u "$lead:$pass" "$base/api/studies/$study/monitor" > "$work/monitor.json"
python3 - "$work" <<'PY'
import json, sys
m = json.load(open(sys.argv[1] + "/monitor.json"))
g = m["dimensions"]["gender"]
expect = {"vrouw": (25, 3), "man": (15, 2)}
for cat, (pop, done) in expect.items():
    f = g[cat]
    assert f["population"] == pop and f["completed"] == done, (cat, f)
    assert abs(f["response_rate"] - round(done / f["invited"] if f["invited"] else done / pop, 4)) < 1e-9, f
    assert abs(f["population_share"] - round(pop / 40, 4)) < 1e-9, f
    assert abs(f["difference_pp"] - round(100 * (done / 5 - pop / 40), 1)) < 0.051, f
print("monitor agrees:", {c: (g[c]["population"], g[c]["completed"], g[c]["response_rate"], g[c]["difference_pp"]) for c in expect})
PY
echo "== an organisation reminder for the lagging women, its list, a flyer and its PDF"
wave=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{"channel": "organisation", "reminder": true, "cells": {"gender": ["vrouw"]}}' "$base/api/studies/$study/mailings")
echo "$wave"; test "$(echo "$wave" | json "d['count']")" = 22
curl -sf -u "$lead:$pass" "$base/api/studies/$study/mailings/$(echo "$wave" | json "d['id']")/organisation.csv" | head -2
flyer=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{"label": "Taalschool"}' "$base/api/studies/$study/flyers" | json "d['code']")
curl -sf -u "$lead:$pass" -o "$work/flyer.pdf" "$base/api/studies/$study/flyers/$flyer/flyer.pdf?size=a6"; pdfinfo "$work/flyer.pdf" | grep -E "Pages|Page size"
test "$(code "$base/api/studies/$study/flyers/$flyer/flyer.pdf?size=a3")" = 400 && json "d['problems'][0]" < "$work/out"
echo "== an e-mail mailing starts, and waits for a mail server"
m=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{"channel": "email", "reminder": false}' "$base/api/studies/$study/mailings" | json "d['id']")
test "$(code -X POST "$base/api/studies/$study/mailings/$m/sending")" = 202 && cat "$work/out"; echo
echo "all checks passed"
