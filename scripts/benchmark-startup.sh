#!/usr/bin/env bash
# Start time and memory of the application (docs/adr/0070).
#
# Builds the jar if it is missing or older than the sources, then starts the application twice on
# a free port and a new temporary data directory:
#   1. first start: PostgreSQL initialised, migrated and filled with demo data from nothing;
#   2. second start: the same data directory, demo data already there.
# For each it prints:
#   - seconds until /actuator/health reports UP (which it does only once the application is ready,
#     so with the demo data loaded), and the CPU seconds the Java process had used by then (less
#     sensitive than the wall clock to other work on the machine);
#   - resident memory at rest, 10 s after health is UP: VmRSS of the Java process, and the
#     proportional set size (Pss, which counts shared memory once) of its embedded PostgreSQL;
#   - the load average of the machine.
# Then it stops the application and removes the data directory.
#
# Usage: scripts/benchmark-startup.sh           the documented way, scripts/run.sh (makes the class
#                                               archive first if the build is new)
#        scripts/benchmark-startup.sh --plain   plain java -jar with the JVM's defaults
# Environment: PORT=NNNN to choose the port; JAVA and JAVA_OPTS as for scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/strengths-0.1.0-SNAPSHOT.jar
if [[ "${1:-}" == --plain ]]; then
  MODE="java -jar (JVM defaults)"
  START_COMMAND=("${JAVA:-java}" -jar "$JAR")
else
  MODE="scripts/run.sh"
  START_COMMAND=(scripts/run.sh)
fi
if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "Building $JAR ..."
  ./mvnw -q -DskipTests package
fi
if [[ "$MODE" == scripts/run.sh ]]; then
  scripts/run.sh --prepare # extracts the jar and makes the class archive, outside the measurement
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
stop() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  PID=
}
cleanup() {
  stop
  rm -rf "$DATA"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
ticks=$(getconf CLK_TCK)

measure() {
  local start up cpu java_rss postgres_pss postmaster pss
  start=$(now)
  "${START_COMMAND[@]}" --server.port="$PORT" --strengths.data-dir="$DATA/data" >>"$LOG" 2>&1 &
  PID=$!
  up=
  for _ in $(seq 1 1800); do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "The application stopped while starting; its log:" >&2
      tail -n 40 "$LOG" >&2
      exit 1
    fi
    if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      up=$(now)
      cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$PID/stat")
      break
    fi
    sleep 0.1
  done
  if [[ -z "$up" ]]; then
    echo "Gave up waiting after 3 minutes; its log:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  if [[ "$2" == demo ]] && ! grep -q "Added the demo council's people" "$LOG"; then
    echo "Health was UP before the demo data was loaded" >&2
    exit 1
  fi
  sleep 10 # at rest

  java_rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$PID/status")
  postgres_pss=0
  postmaster=$(pgrep -f -- "-D $DATA/data/postgres" | head -n 1 || true)
  if [[ -n "$postmaster" ]]; then
    for pg in "$postmaster" $(pgrep -P "$postmaster" || true); do
      pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pg/smaps_rollup" 2>/dev/null || true)
      postgres_pss=$((postgres_pss + ${pss:-0}))
    done
  fi
  echo "$1"
  echo "  Seconds until /actuator/health is UP:  $(elapsed "$start" "$up") (Java CPU seconds: $cpu)"
  echo "  Java VmRSS at rest (MB):               $((java_rss / 1024))"
  echo "  Embedded PostgreSQL Pss at rest (MB):  $((postgres_pss / 1024))"
  echo "  Total (MB):                            $(((java_rss + postgres_pss) / 1024))"
  echo "  Load average:                          $(cut -d' ' -f1-3 /proc/loadavg)"
  stop
}

echo "Started with: $MODE; port $PORT; $(nproc) CPUs"
measure "First start (empty data directory, demo data loaded before UP)" demo
measure "Second start (same data directory)" again
