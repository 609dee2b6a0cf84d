#!/usr/bin/env bash
# Runs the packaged application the quick and small way (docs/adr/0070):
#
#   - from the jar extracted into target/app (class data sharing needs plain jars on the class path);
#   - with a class archive made by a training run the first time and after every new build: an
#     AOT cache (JEP 483/514) on Java 25 or later, an application class data sharing archive on
#     Java 17 to 24. The training run starts the application on a throw-away data directory (the
#     embedded database, whatever the environment says) and stops once the Spring context is
#     refreshed (spring.context.exit=onRefresh, which halts the JVM; its PostgreSQL is then
#     stopped here);
#   - with the serial garbage collector and a heap that starts small and grows to 512 MB, instead
#     of the JVM's defaults for this machine (G1, a quarter of its memory), and the native memory
#     the JVM frees given back to the system.
#
# Usage: scripts/run.sh [application arguments]     e.g. scripts/run.sh --server.port=8080
#        scripts/run.sh --prepare                   only extract the jar and make the class archive
# Environment:
#   JAVA            the java to run (default: java on the PATH)
#   JAVA_OPTS       more JVM options, after this script's, so they win (e.g. -Xmx2g)
#   STRENGTHS_CDS   false to run without the class archive
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
JAR=target/strengths-0.1.0-SNAPSHOT.jar
APP=target/app
MEMORY_OPTS=(-XX:+UseSerialGC -Xms32m -Xmx512m)
# shellcheck disable=SC2206 # JAVA_OPTS is a list of options, split on spaces
EXTRA_OPTS=(${JAVA_OPTS:-})

if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "Building $JAR ..." >&2
  ./mvnw -q -DskipTests package
fi

if [[ ! -f "$APP/$(basename "$JAR")" ]] || [[ "$JAR" -nt "$APP/$(basename "$JAR")" ]]; then
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >&2
fi

# Give memory that the JVM's own code (the JIT compilers above all) has freed back to the system
# every 5 s, where the JVM has the option (Java 17.0.11 and later).
TRIM_OPTS=(-XX:TrimNativeHeapInterval=5000)
if ! settings=$("$JAVA" "${TRIM_OPTS[@]}" -XshowSettings:properties -version 2>&1); then
  TRIM_OPTS=()
  settings=$("$JAVA" -XshowSettings:properties -version 2>&1)
fi
MEMORY_OPTS+=("${TRIM_OPTS[@]}")
version=$(awk -F' = ' '/java.specification.version/ { print $2 }' <<<"$settings")
if ((${version%%.*} >= 25)); then
  ARCHIVE="$APP/strengths-java$version.aot"
  TRAIN_OPTS=(-XX:AOTCacheOutput="$ARCHIVE")
  USE_OPTS=(-XX:AOTCache="$ARCHIVE")
else
  ARCHIVE="$APP/strengths-java$version.jsa"
  TRAIN_OPTS=(-XX:ArchiveClassesAtExit="$ARCHIVE")
  USE_OPTS=(-XX:SharedArchiveFile="$ARCHIVE")
fi

if [[ "${STRENGTHS_CDS:-true}" == false ]]; then
  USE_OPTS=()
elif [[ ! -f "$ARCHIVE" ]]; then
  echo "Making the class archive $ARCHIVE (a training start, once per build) ..." >&2
  training=$(mktemp -d "${TMPDIR:-/tmp}/strengths-training.XXXXXX")
  # Only the options given here: not a production profile or database from the environment.
  if ! env -i PATH="$PATH" HOME="$HOME" "$JAVA" "${MEMORY_OPTS[@]}" "${EXTRA_OPTS[@]}" "${TRAIN_OPTS[@]}" \
    -Dspring.context.exit=onRefresh -jar "$APP/$(basename "$JAR")" \
    --server.port=0 --strengths.data-dir="$training/data" >"$APP/training.log" 2>&1 ||
    [[ ! -f "$ARCHIVE" ]]; then
    echo "The training start failed (see $APP/training.log); running without the archive" >&2
    rm -f "$ARCHIVE"
    USE_OPTS=()
  fi
  # spring.context.exit halts the JVM without closing the context, so the training PostgreSQL is
  # still running: stop it (SIGTERM, PostgreSQL's clean shutdown) before its directory goes.
  postmaster=$(head -n 1 "$training/data/postgres/postmaster.pid" 2>/dev/null || true)
  if [[ "$postmaster" =~ ^[0-9]+$ ]] && kill "$postmaster" 2>/dev/null; then
    for _ in $(seq 1 300); do
      kill -0 "$postmaster" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -rf "$training"
fi

if [[ "${1:-}" == --prepare ]]; then
  exit 0
fi
exec "$JAVA" "${MEMORY_OPTS[@]}" "${USE_OPTS[@]}" "${EXTRA_OPTS[@]}" \
  -jar "$APP/$(basename "$JAR")" "$@"
