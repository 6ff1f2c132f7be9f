#!/usr/bin/env bash
# Load on a running Stemmen (./run.sh or production), from this machine only: a questionnaire page
# (GET, read from the database and rendered), a page submit (POST, locked, validated, saved) and the
# static stylesheet as the baseline of what the HTTP stack does with no work. Prints wrk's figures
# and each as a ratio of the baseline, measured in one run on one machine.
#   scripts/bench.sh [base-url] [seconds] [connections]
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-10}
connections=${3:-16}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }
case "$base" in http://localhost*|http://127.*) ;; *) echo "load tests only against this machine" >&2; exit 1;; esac

link=$(curl -s -u "admin:${STEMMEN_ADMIN_PASSWORD:?set STEMMEN_ADMIN_PASSWORD: previews need sign-in}" -o /dev/null -w '%{redirect_url}' "$base/preview/thuis-in-de-stad?lang=ar")
page=$(curl -s -o /dev/null -w '%{redirect_url}' "$link")
lua=$(mktemp --suffix=.lua)
cat > "$lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "_shown=status+geslacht+leeftijd+geboorteland+aankomstjaar+leerroute&_action=next&status=asiel&geslacht=vrouw&leeftijd=30_39&aankomstjaar=%D9%A2%D9%A0%D9%A2%D9%A1"
LUA

# prints wrk's report and sets $rps
run() {
  local title=$1; shift
  local report; report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@")
  printf '== %s\n%s\n' "$title" "$report"
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$report")
}
stylesheet=$(curl -s "$page" | grep -o '/static/stemmen.css[^"]*')
run "static stylesheet (baseline)" "$base$stylesheet"; css=$rps
run "questionnaire page (GET, gzip)" -H 'Accept-Encoding: gzip' "$page"; gzip=$rps
run "questionnaire page (GET, uncompressed)" "$page"; plain=$rps
run "page submit (POST; one response, so serialised by its row lock)" -s "$lua" "$page"; post=$rps
rm -f "$lua"
printf '\nrequests/s  baseline %s  page gzip %s  page plain %s  submit %s\n' "$css" "$gzip" "$plain" "$post"
awk -v c="$css" -v g="$gzip" -v u="$plain" -v p="$post" \
  'BEGIN { printf "ratio to baseline  page gzip %.3f  page plain %.3f  submit %.3f\n", g/c, u/c, p/c }'
