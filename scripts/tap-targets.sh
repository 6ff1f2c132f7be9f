#!/usr/bin/env bash
# Checks that every tap target on the respondent pages is at least 44×44 px on a 360×740 screen.
# Needs a running Stemmen (./run.sh), Debian's chromium and Node (npm installs playwright-core once), and the
# admin password, since previews are for staff:
#   STEMMEN_ADMIN_PASSWORD=… scripts/tap-targets.sh [base-url] [questionnaire-id] [languages, comma-separated]
set -euo pipefail
cd "$(dirname "$0")"
command -v chromium >/dev/null || { echo "install chromium first: apt-get install -y chromium" >&2; exit 1; }
[ -n "${STEMMEN_ADMIN_PASSWORD:-}" ] || { echo "set STEMMEN_ADMIN_PASSWORD (previews need sign-in)" >&2; exit 1; }
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --silent
exec node tap-targets.mjs "$@"
