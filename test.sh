#!/usr/bin/env bash
# Runs the whole test suite against PostgreSQL: STEMMEN_TEST_DB_URL (default
# jdbc:postgresql://localhost:5432/test) as STEMMEN_TEST_DB_USER (default postgres).
# Starts the local PostgreSQL server first if it is down, and installs pspp and poppler-utils if they are missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${STEMMEN_TEST_DB_URL:-}" ] && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
# The SPSS export tests read their files back with GNU PSPP; they fail without it.
if ! command -v pspp >/dev/null; then
  apt-get install -y -q pspp || { apt-get update -q && apt-get install -y -q pspp; }
fi
# The letter tests render PDFs to PNG and text with poppler (pdftoppm, pdftotext); they fail without it.
if ! command -v pdftoppm >/dev/null; then
  apt-get install -y -q poppler-utils || { apt-get update -q && apt-get install -y -q poppler-utils; }
fi
./mvnw -B verify
