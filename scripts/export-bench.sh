#!/usr/bin/env bash
# Exports a generated study of RESPONSES (1,000,000 by default) responses with ten answers each, invited
# from a frame, in a Java heap of HEAP (128m): export.csv, export.sav and the codebook, each with its time,
# size and the server's largest resident memory while it ran. The point: the exports stream, so the heap
# does not grow with the study. Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), psql, curl.
# DB (stemmen_export_bench) is dropped and made again.
set -euo pipefail
cd "$(dirname "$0")/.."
RESPONSES=${RESPONSES:-1000000}
HEAP=${HEAP:-128m}
DB=${DB:-stemmen_export_bench}
PORT=${PORT:-8094}
BASE=http://localhost:$PORT
AUTH=admin:bench-password-1234
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB"
./mvnw -B -q package -DskipTests
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_HTTP_PORT=$PORT STEMMEN_ADMIN_PASSWORD=${AUTH#admin:} \
    STEMMEN_INVITATIONS_KEY=bench-key-bench-key-bench-key-bench-key
java -Xmx"$HEAP" -jar target/quarkus-app/quarkus-run.jar > target/export-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
for _ in $(seq 90); do curl -s -o /dev/null "$BASE/" && break; sleep 1; done

study=$(curl -s -u "$AUTH" -H 'Content-Type: application/json' "$BASE/api/studies" -d '{"name":"Export bench",
    "organisation":"Bench","questionnaire":"thuis-in-de-stad","start":"2026-11-01","end":"2026-12-31",
    "dimensions":[{"name":"gender"},{"name":"age_band"}]}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d "$DB" -q -v study="$study" -v responses="$RESPONSES" -f scripts/generate-export-data.sql
echo "generated $RESPONSES responses in $(( $(date +%s) - start )) s"

peak() { # the server's largest resident memory (MB) while the command in "$@" runs
    local max=0 rss
    "$@" & local job=$!
    while kill -0 $job 2>/dev/null; do
        rss=$(ps -o rss= -p $APP | tr -d ' '); (( rss > max )) && max=$rss; sleep 0.5
    done
    wait $job
    echo "$(( max / 1024 ))"
}
printf '%-12s %-10s %-10s %-12s %-8s\n' file seconds MB lines peak_rss_MB
for file in export.csv export.sav codebook; do
    start=$(date +%s.%N)
    rss=$(peak curl -s -f -u "$AUTH" -o "target/bench-$file" "$BASE/api/studies/$study/$file")
    printf '%-12s %-10.1f %-10s %-12s %-8s\n' "$file" "$(echo "$(date +%s.%N) - $start" | bc)" \
        "$(( $(stat -c %s "target/bench-$file") / 1048576 ))" "$(wc -l < "target/bench-$file")" "$rss"
done
grep -E 'export\.(csv|sav) of study' target/export-bench.log
