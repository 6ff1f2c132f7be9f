#!/usr/bin/env bash
# Time and heap of reading a generated sample frame (default 65,000 people, the size of DUO's national mailing),
# as a comma file and as Excel's semicolon export with byte-order mark, in a heap of MAX_HEAP (default 48m: 40m is too little).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-65000}
MAX_HEAP=${MAX_HEAP:-48m}
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/frame-classpath.txt >/dev/null
for kind in comma excel; do
    file=target/frame-$ROWS-$kind.csv
    python3 scripts/generate-frame.py --rows "$ROWS" $([ "$kind" = excel ] && echo --excel) -o "$file"
    java -Xmx"$MAX_HEAP" -cp "target/classes:target/test-classes:$(cat target/frame-classpath.txt)" \
        nl.stemmen.study.frame.SampleFrameMeasurement "$file" "$ROWS"
done
