#!/usr/bin/env bash
# Screenshots of a questionnaire's first page in every language on a 360×740 phone screen, taken in
# headless Chromium, into ./screenshots/. Needs a running Stemmen (./run.sh) and Debian's chromium:
#   scripts/screenshots.sh [base-url] [questionnaire-id] [page-suffix]
set -euo pipefail
base=${1:-http://localhost:8080}
id=${2:-thuis-in-de-stad}
out=screenshots
mkdir -p "$out"
command -v chromium >/dev/null || { echo "install chromium first: apt-get install -y chromium" >&2; exit 1; }
for lang in nl en ar tr fa ti; do
  link=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/preview/$id?lang=$lang")
  page=$(curl -s -o /dev/null -w '%{redirect_url}' "$link")
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=360,740 --screenshot="$out/$id-$lang.png" "$page" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$out/$id-$lang.png  $page"
done
