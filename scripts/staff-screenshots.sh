#!/usr/bin/env bash
# Screenshots (360×740, headless Chromium) of the staff pages: studies, the study form (empty and refused),
# a study, the frame upload, its preview and a refused file, the monitor and the outreach page. Needs a running Stemmen (./run.sh) and the
# admin's password; makes a study of the demo questionnaire as admin. Into ./screenshots/staff-*.png.
#   STEMMEN_ADMIN_PASSWORD=… scripts/staff-screenshots.sh [base-url]
set -euo pipefail
base=${1:-http://localhost:8080}
password=${STEMMEN_ADMIN_PASSWORD:?set STEMMEN_ADMIN_PASSWORD}
out=screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
command -v chromium >/dev/null || { echo "install chromium first: apt-get install -y chromium" >&2; exit 1; }
jar="$work/cookies"
curl -s -c "$jar" -o /dev/null -d "j_username=admin&j_password=$password" "$base/j_security_check"
browse() { curl -s -b "$jar" -c "$jar" "$@"; }
token() { grep -o 'name="form_token" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"$//'; }
# a saved page, shown with the server's stylesheet (Chromium cannot sign in by itself)
shoot() {
  sed "s|<head>|<head><base href=\"$base/\">|" "$2" > "$work/$1.html"
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=360,740 --screenshot="$out/staff-$1.png" "file://$work/$1.html" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$out/staff-$1.png"
}
frame="ref,name,postcode,email,letter_language,gender,age_band
P001,Amal Haddad,6211 AB,amal@example.nl,ar,vrouw,30_39
P002,\"Tesfay, Yonas\",6212CD,,ti,man,18_29
P003,Ayşe Yılmaz,6213 EF,ayse@example.nl,,vrouw,40_49"
browse "$base/studies/new" > "$work/new"
shoot new "$work/new"
browse -D "$work/headers" -o "$work/refused" --data-urlencode "form_token=$(token "$work/new")" -d "name=&organisation=Gemeente+Maastricht" \
  -d "questionnaire=thuis-in-de-stad&start=2026-12-10&end=2026-12-01&languages=nl&threshold_pp=veel" \
  -d "dimension_name=Gender&dimension_question=aankomstjaar&dimension_categories=man,vrouw" \
  -d "quota_dimension=gender&quota_category=vrouw&quota_number=zestig" "$base/studies/new"
shoot new-refused "$work/refused"
browse -D "$work/headers" -o /dev/null --data-urlencode "form_token=$(token "$work/new")" -d "name=Thuis+in+Maastricht+2026" \
  -d "organisation=Gemeente+Maastricht&questionnaire=thuis-in-de-stad&start=2026-12-01&end=2026-12-21&languages=nl" \
  -d "dimension_name=gender&dimension_question=geslacht&dimension_categories=man,vrouw,x&dimension_name=age_band" \
  -d "dimension_question=&dimension_categories=&quota_dimension=gender&quota_category=vrouw&quota_number=60" "$base/studies/new"
study=$(grep -i '^location:' "$work/headers" | sed 's|.*/studies/||' | tr -d '\r')
browse "$base/studies/$study/frame" > "$work/upload"
shoot upload "$work/upload"
printf '%s\nP004,Yonas,bad postcode,x@,zz,man,18_29\n' "$frame" > "$work/bad.csv"
browse -o "$work/upload-refused" -F "form_token=$(token "$work/upload")" -F "file=@$work/bad.csv;type=text/csv" "$base/studies/$study/frame"
shoot upload-refused "$work/upload-refused"
printf '%s\n' "$frame" > "$work/frame.csv"
browse -L -o "$work/preview" -F "form_token=$(token "$work/upload")" -F "file=@$work/frame.csv;type=text/csv" "$base/studies/$study/frame"
shoot preview "$work/preview"
action=$(grep -o 'action="/studies/[^"]*/frame/[^"]*"' "$work/preview" | sed 's/action="//;s/"$//')
browse -L -o "$work/imported" --data-urlencode "form_token=$(token "$work/preview")" "$base$action"
shoot study-imported "$work/imported"
browse -L -o "$work/invited" --data-urlencode "form_token=$(token "$work/imported")" "$base/studies/$study/invitations"
shoot study-invited "$work/invited"
browse "$base/studies" > "$work/list"
shoot list "$work/list"
browse "$base/studies/$study/edit" > "$work/edit"
shoot edit "$work/edit"
browse "$base/" > "$work/overview"
shoot overview "$work/overview"
browse "$base/studies/$study/monitor" > "$work/monitor"
shoot monitor "$work/monitor"
browse "$base/studies/$study/outreach" > "$work/outreach"
shoot outreach "$work/outreach"
