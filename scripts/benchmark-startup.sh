#!/usr/bin/env bash
# Start time and memory of the application on a fresh machine state.
#
# Builds the jar if it is missing or older than the sources, starts it on a free port with a new
# temporary data directory (so PostgreSQL is initialised, migrated and filled with demo data from
# nothing), and prints:
#   - seconds until /actuator/health reports UP, and until the demo people are loaded;
#   - resident memory once the demo data is loaded: VmRSS of the Java process, and the
#     proportional set size (Pss, which counts shared memory once) of its embedded PostgreSQL.
# Then it stops the application and removes the data directory.
#
# Usage: scripts/benchmark-startup.sh            (PORT=NNNN to choose the port)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/strengths-0.1.0-SNAPSHOT.jar
if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "Building $JAR ..."
  ./mvnw -q -DskipTests package
fi

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${PORT:-}
if [[ -z "$PORT" ]]; then
  for candidate in $(seq 20000 20 29999 | shuf); do
    if port_is_free "$candidate"; then PORT=$candidate; break; fi
  done
fi

DATA=$(mktemp -d "${TMPDIR:-/tmp}/strengths-startup.XXXXXX")
LOG="$DATA/app.log"
PID=
cleanup() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

START=$(now)
java -jar "$JAR" --server.port="$PORT" --strengths.data-dir="$DATA/data" >"$LOG" 2>&1 &
PID=$!

UP=
DEMO=
for _ in $(seq 1 1800); do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "The application stopped while starting; its log:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  if [[ -z "$UP" ]] && curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
    UP=$(now)
  fi
  if [[ -z "$DEMO" ]] && grep -qE "Added [0-9]+ demo people" "$LOG"; then
    DEMO=$(now)
  fi
  if [[ -n "$UP" && -n "$DEMO" ]]; then break; fi
  sleep 0.1
done
if [[ -z "$UP" || -z "$DEMO" ]]; then
  echo "Gave up waiting after 3 minutes; its log:" >&2
  tail -n 40 "$LOG" >&2
  exit 1
fi
sleep 1 # let the last allocations of start-up settle

java_rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$PID/status")
postgres_pss=0
postmaster=$(pgrep -f -- "-D $DATA/data/postgres" | head -n 1 || true)
if [[ -n "$postmaster" ]]; then
  for pg in "$postmaster" $(pgrep -P "$postmaster" || true); do
    pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pg/smaps_rollup" 2>/dev/null || true)
    postgres_pss=$((postgres_pss + ${pss:-0}))
  done
fi

echo "Port:                                  $PORT"
echo "Seconds until /actuator/health is UP:  $(elapsed "$START" "$UP")"
echo "Seconds until demo data is loaded:     $(elapsed "$START" "$DEMO")"
echo "Java VmRSS with demo data (MB):        $((java_rss / 1024))"
echo "Embedded PostgreSQL Pss (MB):          $((postgres_pss / 1024))"
echo "Total (MB):                            $(((java_rss + postgres_pss) / 1024))"
