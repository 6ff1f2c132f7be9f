#!/usr/bin/env bash
# Screenshots of a questionnaire's language choice and its first page in every language on a 360×740
# phone screen, taken in headless Chromium, into ./screenshots/. Needs a running Stemmen (./run.sh) and Debian's chromium:
#   scripts/screenshots.sh [base-url] [questionnaire-id] [page-suffix]
set -euo pipefail
base=${1:-http://localhost:8080}
id=${2:-thuis-in-de-stad}
out=screenshots
mkdir -p "$out"
command -v chromium >/dev/null || { echo "install chromium first: apt-get install -y chromium" >&2; exit 1; }
shoot() {
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=360,740 --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$out/$1.png  $2"
}
shoot "$id-choice" "$base/preview/$id"
for lang in nl en ar tr fa ti; do
  link=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/preview/$id?lang=$lang")
  shoot "$id-$lang" "$(curl -s -o /dev/null -w '%{redirect_url}' "$link")"
done
