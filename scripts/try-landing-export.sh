#!/usr/bin/env bash
# Drives a study with a landing page as an outside script would, with curl only: publishes a filter questionnaire
# and two routed ones, lets N people through the landing and the real pages (respondent.py, which takes the first
# option: everyone is routed to 'try-statushouders'), then checks the per-questionnaire exports against its own
# count and the monitor's landing routes. Needs a running Stemmen and the admin password:
#   STEMMEN_ADMIN_PASSWORD=… scripts/try-landing-export.sh [base-url] [people]
set -euo pipefail
cd "$(dirname "$0")"
base=${1:-http://localhost:8080}
people=${2:-7}
admin="admin:${STEMMEN_ADMIN_PASSWORD:?set STEMMEN_ADMIN_PASSWORD}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
publish() {
  local code
  code=$(curl -s -o "$work/out" -w '%{http_code}' -u "$admin" -H 'Content-Type: application/yaml' --data-binary @- \
    "$base/api/questionnaires")
  case "$code" in 200|201) echo "$code $(cat "$work/out")" ;; *) echo "publishing refused ($code): $(cat "$work/out")" >&2; exit 1 ;; esac
}
echo "== three questionnaires published (201, or 200 when this ran before)"
publish <<'YAML'
id: try-filter
version: 1
language: nl
title: Welke vragenlijst past bij u?
pages:
  - name: wie
    questions:
      - {name: doelgroep, type: select_one doelgroep, label: 'Hoe kwam u naar Nederland?', required: true}
choices:
  doelgroep:
    - {name: statushouder, label: Als vluchteling}
    - {name: gezinsmigrant, label: Bij mijn familie}
YAML
for routed in statushouders gezinsmigranten; do
  publish <<YAML
id: try-$routed
version: 1
language: nl
title: Vragenlijst $routed
pages:
  - name: een
    questions:
      - {name: werk_$routed, type: select_one ja_nee, label: 'Heeft u werk?', required: true}
choices:
  ja_nee:
    - {name: ja, label: Ja}
    - {name: nee, label: Nee}
YAML
done
study=$(curl -sf -u "$admin" -H 'Content-Type: application/json' -d '{"name": "Landing proef", "organisation": "Gemeente Proef",
  "questionnaire": "thuis-in-de-stad", "start": "2026-12-01", "end": "2026-12-21", "languages": ["nl"],
  "contact_email": "vragen@proef.nl", "landing": {"questionnaire": "try-filter", "routes": [
    {"when": "${doelgroep} = '"'statushouder'"'", "questionnaire": "try-statushouders"},
    {"when": "${doelgroep} = '"'gezinsmigrant'"'", "questionnaire": "try-gezinsmigranten"}]}}' "$base/api/studies" | json "d['id']")
echo "study $study"
echo "== $people people through the landing and the real pages"
for _ in $(seq "$people"); do
  curl -s -o /dev/null -w '%{redirect_url}\n' -d lang=nl "$base/l/$study"
done | python3 respondent.py
echo "== the exports against our own count"
rows() { curl -sf -u "$admin" "$base/api/studies/$study/export.csv$1" | python3 -c "import csv,sys; print(sum(1 for _ in csv.DictReader(sys.stdin)))"; }
routed=$(rows "?questionnaire=try-statushouders")
header=$(curl -sf -u "$admin" "$base/api/studies/$study/export.csv?questionnaire=try-statushouders" | head -1)
test "$routed" = "$people" || { echo "export of try-statushouders holds $routed responses, not $people" >&2; exit 1; }
case "$header" in *werk_statushouders*) ;; *) echo "its columns lack werk_statushouders: $header" >&2; exit 1 ;; esac
test "$(rows "?questionnaire=try-gezinsmigranten")" = 0
test "$(rows "")" = "$people"
completed=$(curl -sf -u "$admin" "$base/api/studies/$study/monitor" | json "d['landing']['routes'][0]['completed']")
test "$completed" = "$people" || { echo "the monitor counts $completed completes on route 0, not $people" >&2; exit 1; }
code=$(curl -s -o "$work/out" -w '%{http_code}' -u "$admin" "$base/api/studies/$study/export.csv?questionnaire=try-filter")
test "$code" = 400 && json "d['problems'][0]" < "$work/out"
echo "exports agree: $people routed responses, with their own columns; the monitor's route 0 completed $completed"
