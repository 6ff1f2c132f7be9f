#!/usr/bin/env bash
# Builds the demo and starts it: the embedded database (an H2 file in ./data, kept across restarts)
# and the questionnaires in ./questionnaires. It holds the terminal until Ctrl+C stops it; run the
# tests in another terminal. The build's full log goes to target/run-build.log.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
log=target/run-build.log

# Maven's output, reduced to one line per step a person can follow
progress() {
  local downloading=""
  while IFS= read -r line; do
    case "$line" in
      *"Downloading from"*) [ -n "$downloading" ] || { echo "  downloading the libraries Stemmen uses (first time only)…"; downloading=1; } ;;
      *"--- resources:"*":resources "*) echo "  copying questionnaire templates and texts" ;;
      *"--- compiler:"*":compile "*) echo "  compiling the Java code" ;;
      *"--- quarkus:"*":build "*) echo "  packaging the application (the longest step)" ;;
    esac
  done
}

echo "Building Stemmen for the demo (the first time takes about a minute)…"
if ! ./mvnw -B package -DskipTests -Dquarkus.profile=demo 2>&1 | tee "$log" | progress; then
  tail -n 40 "$log"
  echo "The build failed; the full log is in $log." >&2
  exit 1
fi
echo "Starting Stemmen on the embedded database. This terminal stays busy: stop Stemmen with Ctrl+C."
exec java -Dquarkus.profile=demo -jar target/quarkus-app-demo/quarkus-run.jar
