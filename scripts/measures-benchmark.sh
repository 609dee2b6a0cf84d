#!/usr/bin/env bash
# Times every national measures table (issue 12 item 3) on a generated council:
#   1. builds the jar if the sources are newer;
#   2. generates the council once (--generate-council=$PEOPLE --years=2 --seed=$SEED) in
#      target/load/council-$PEOPLE, kept for later runs (the same folder load-test.sh uses);
#   3. runs --cld-measures for the period $FROM..$TO and prints the command's own timings
#      (reading the events through the one path, then each table), and the wall time.
# Usage: PEOPLE=200000 FROM=2026-07-01 TO=2026-09-30 scripts/measures-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${PEOPLE:-200000}
SEED=${SEED:-20261205}
FROM=${FROM:-2026-07-01}
TO=${TO:-2026-09-30}
JAVA_OPTS=${JAVA_OPTS:-}

JAR=target/strengths-0.1.0-SNAPSHOT.jar
DATA=target/load/council-$PEOPLE
OUT=target/load/measures-$PEOPLE-$FROM-$TO

if [[ ! -f "$JAR" ]] || [[ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "Building $JAR ..."
  ./mvnw -q -o -DskipTests -Dspotless.check.skip=true package
fi

if [[ ! -f "$DATA/generated" ]]; then
  echo "Generating a council of $PEOPLE people in $DATA (once) ..."
  rm -rf "$DATA"
  mkdir -p "$DATA"
  started=$(date +%s)
  # shellcheck disable=SC2086
  STRENGTHS_DATA_DIR="$DATA" java $JAVA_OPTS -jar "$JAR" --generate-council="$PEOPLE" \
    --years=2 --seed="$SEED" >"$DATA/generate.log" 2>&1
  touch "$DATA/generated"
  echo "  (took $(($(date +%s) - started)) s)"
fi

echo "National measures for $FROM to $TO on $PEOPLE people ..."
started=$(date +%s)
# shellcheck disable=SC2086
STRENGTHS_DATA_DIR="$DATA" java $JAVA_OPTS -jar "$JAR" --cld-measures="$OUT" \
  --from="$FROM" --to="$TO" | grep -v '^[0-9-]*T[0-9:.]*' || true
echo "  (command took $(($(date +%s) - started)) s with the start; tables in $OUT)"
