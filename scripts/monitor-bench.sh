#!/usr/bin/env bash
# Times the monitor on generated studies of 10,000, 100,000 and 1,000,000 invitations (SIZES to
# change) with about 30% of them answering, six dimensions, on the local PostgreSQL: the JSON API
# and the dashboard page, median and slowest of 20 requests after 3 to warm up, and each size's
# median as a ratio to the smallest. Also how long the invitations (and the cell refresh) took.
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), psql, curl. Uses the database stemmen_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000 1000000"}
DB=stemmen_bench
PORT=${PORT:-8093}
BASE=http://localhost:$PORT
AUTH=admin:bench-password-1234
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB"
./mvnw -B -q package -DskipTests
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_HTTP_PORT=$PORT STEMMEN_ADMIN_PASSWORD=${AUTH#admin:} \
    STEMMEN_INVITATIONS_KEY=bench-key-bench-key-bench-key-bench-key
java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/monitor-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null' EXIT
for _ in $(seq 90); do curl -s -o /dev/null "$BASE/" && break; sleep 1; done

dimension() { printf '{"name":"%s"}' "$1"; }
times() { # url → median and max of 20 timed requests, in ms
    for _ in 1 2 3; do curl -s -o /dev/null -u "$AUTH" "$1"; done
    for _ in $(seq 20); do curl -s -o /dev/null -u "$AUTH" -w '%{time_total}\n' "$1"; done \
        | sort -n | awk '{t[NR]=$1*1000} END {printf "%.0f %.0f", (t[10]+t[11])/2, t[NR]}'
}
printf '%-12s %-10s %-14s %-14s %-14s %-8s\n' invitations responses invite+cells_s api_median/max page_median/max ratio
first=""
for n in $SIZES; do
    study=$(curl -s -u "$AUTH" -H 'Content-Type: application/json' "$BASE/api/studies" -d '{"name":"Bench '"$n"'",
        "organisation":"Bench","questionnaire":"thuis-in-de-stad","start":"2026-11-01","end":"2026-12-31",
        "dimensions":['"$(dimension gender),$(dimension age_band),$(dimension country_of_birth),$(dimension status),$(dimension learning_route),$(dimension municipality)"'],
        "quotas":{"gender":{"vrouw":'"$((n / 10))"'}}}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
    psql -h 127.0.0.1 -U postgres -d $DB -q -v study="$study" -v people="$n" -v frame=1 -f scripts/generate-monitor-data.sql
    start=$(date +%s.%N)
    curl -s -o /dev/null -u "$AUTH" -X POST "$BASE/api/studies/$study/invitations"
    invite=$(echo "$(date +%s.%N) - $start" | bc)
    psql -h 127.0.0.1 -U postgres -d $DB -q -v study="$study" -v people="$n" -v responses=1 -f scripts/generate-monitor-data.sql
    answered=$(psql -h 127.0.0.1 -U postgres -d $DB -tAc "select count(*) from response where study_id = '$study'")
    read -r api_median api_max <<< "$(times "$BASE/api/studies/$study/monitor")"
    read -r page_median page_max <<< "$(times "$BASE/studies/$study/monitor")"
    first=${first:-$api_median}
    printf '%-12s %-10s %-14.1f %-14s %-14s %-8s\n' "$n" "$answered" "$invite" "$api_median/$api_max" \
        "$page_median/$page_max" "$(echo "scale=2; $api_median / $first" | bc)"
done
