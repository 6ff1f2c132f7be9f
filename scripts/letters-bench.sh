#!/usr/bin/env bash
# Times the letters of one letter mailing for a generated frame (65,000 people by default) as a lead's script
# takes them: letters.zip (PDFs of 500 letters, written as they are sent). Prints wall time, the server's CPU
# time (user + system, from /proc, so a busy machine shows as wall time but not as CPU), size, PDFs and pages.
# Needs a running Stemmen, its process id and the admin password:
#   STEMMEN_ADMIN_PASSWORD=… scripts/letters-bench.sh <server-pid> [base-url] [rows]
set -euo pipefail
cd "$(dirname "$0")"
pid=${1:?the process id of the running Stemmen}
base=${2:-http://localhost:8080}
rows=${3:-65000}
admin="admin:${STEMMEN_ADMIN_PASSWORD:?set STEMMEN_ADMIN_PASSWORD}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lead="lead-$RANDOM$RANDOM"
pass="een lang wachtwoord voor de brieven"
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }

python3 generate-frame.py --rows "$rows" -o "$work/frame.csv"
curl -sf -u "$admin" -H 'Content-Type: application/json' \
  -d "{\"username\": \"$lead\", \"password\": \"$pass\", \"role\": \"lead\"}" "$base/api/accounts" >/dev/null
study=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{
  "name": "Brieven", "organisation": "Gemeente Voorbeeld", "questionnaire": "thuis-in-de-stad",
  "start": "2026-12-01", "end": "2026-12-21", "contact_email": "onderzoek@voorbeeld.nl",
  "dimensions": [{"name": "gender"}]}' "$base/api/studies" | json "d['id']")
curl -sf -u "$lead:$pass" -H 'Content-Type: text/csv' --data-binary "@$work/frame.csv" "$base/api/studies/$study/frame" >/dev/null
curl -sf -u "$lead:$pass" -X POST "$base/api/studies/$study/invitations" >/dev/null
mailing=$(curl -sf -u "$lead:$pass" -H 'Content-Type: application/json' -d '{"channel": "letter", "reminder": false}' \
  "$base/api/studies/$study/mailings" | json "d['id']")
ticks=$(getconf CLK_TCK)
before=$(cpu); start=$(date +%s.%N)
curl -sf -u "$lead:$pass" -o "$work/letters.zip" "$base/api/studies/$study/mailings/$mailing/letters.zip"
end=$(date +%s.%N); after=$(cpu)
mkdir "$work/pdf" && (cd "$work/pdf" && unzip -q ../letters.zip)
pages=0
for f in "$work"/pdf/*.pdf; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
python3 - "$rows" "$start" "$end" "$before" "$after" "$ticks" "$(stat -c %s "$work/letters.zip")" \
  "$(ls "$work"/pdf/*.pdf | wc -l)" "$pages" <<'PY'
import sys
rows, start, end, before, after, ticks, size, pdfs, pages = sys.argv[1:]
wall = float(end) - float(start); cpu = (float(after) - float(before)) / float(ticks)
print(f"{int(rows):,} letters: {wall:.0f} s wall, {cpu:.0f} s server CPU, {int(size) / 1e6:.1f} MB zip, "
      f"{pdfs} PDFs, {pages} pages; {1000 * wall / int(rows):.1f} ms wall and {1000 * cpu / int(rows):.1f} ms CPU per letter")
PY
