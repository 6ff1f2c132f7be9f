#!/usr/bin/env bash
# Screenshots of a questionnaire's first page in every language, and of the short-code page, on a 360×740
# phone screen, taken in headless Chromium, into ./screenshots/. Needs a running Stemmen (./run.sh), Debian's
# chromium, and the admin password (a preview is started as staff, then shown as a respondent sees it):
#   STEMMEN_ADMIN_PASSWORD=… scripts/screenshots.sh [base-url] [questionnaire-id]
set -euo pipefail
base=${1:-http://localhost:8080}
id=${2:-thuis-in-de-stad}
out=screenshots
mkdir -p "$out"
command -v chromium >/dev/null || { echo "install chromium first: apt-get install -y chromium" >&2; exit 1; }
[ -n "${STEMMEN_ADMIN_PASSWORD:-}" ] || { echo "set STEMMEN_ADMIN_PASSWORD (previews need sign-in)" >&2; exit 1; }
shoot() {
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=360,740 --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$out/$1.png  $2"
}
for lang in nl en ar tr fa ti; do
  link=$(curl -s -u "admin:$STEMMEN_ADMIN_PASSWORD" -o /dev/null -w '%{redirect_url}' "$base/preview/$id?lang=$lang")
  [ -n "$link" ] || { echo "no preview of $id in $lang: is Stemmen running at $base, and the password right?" >&2; exit 1; }
  shoot "$id-$lang" "$(curl -s -o /dev/null -w '%{redirect_url}' "$link")"
  shoot "code-$lang" "$base/code?lang=$lang"
done
