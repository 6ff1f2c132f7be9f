#!/usr/bin/env bash
# Builds Stemmen and starts it on the embedded database (an H2 file in ./data, kept across
# restarts) with the questionnaires in ./questionnaires; it prints the address to open.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests -Dquarkus.profile=demo
exec java -Dquarkus.profile=demo -jar target/quarkus-app/quarkus-run.jar
