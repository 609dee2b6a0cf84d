#!/usr/bin/env bash
# Issue 11's load test: the packaged application, a generated council, Gatling.
#
#   scripts/load-test.sh                         # 200,000 people, 100 staff, 5 minutes, 1 instance
#   PEOPLE=20000 USERS=20 DURATION=30 scripts/load-test.sh          # a short run while developing
#   INSTANCES=2 scripts/load-test.sh             # two instances sharing one database (ADR 0040)
#
# What it does:
#   1. builds the jar if it is missing or older than the sources;
#   2. generates the council once (java -jar … --generate-council=$PEOPLE --years=2 --seed=$SEED)
#      in target/load/council-$PEOPLE, kept for later runs (delete the folder to make it again);
#   3. starts the application on it (port $PORT); with INSTANCES=2 a second one on $PORT+1 that
#      uses the first one's PostgreSQL as an external database, as two instances of a council
#      would share one;
#   4. runs the Gatling simulations in src/load/java (./mvnw -Pload gatling:test): SignInStorm (the
#      9 am storm: $USERS staff sign in within $STORM_SECONDS s), then StaffAtWork ($USERS staff
#      sign in over $RAMP_SECONDS s and work for $WARM_UP_SECONDS s of warm-up, reported as one row
#      of its own, then for the measured $DURATION s; think time $THINK_MS ms, one iteration in ten records a
#      conversation through the form, and afterwards every acknowledged one is looked for in the
#      database);
#   5. samples the machine's load average every 5 s, stops what it started, and prints a table
#      per request kind (p50/p95/p99 ms, throughput, errors) to the screen and to
#      target/load/report-*.md. Gatling's own HTML reports are in target/gatling/.
#
# Settings (environment): PEOPLE (200000), USERS (100), DURATION (300 seconds), RAMP_SECONDS (30),
# WARM_UP_SECONDS (60),
# THINK_MS (1000), STORM_SECONDS (10), INSTANCES (1 or 2), PORT (8081), SEED (20261205),
# SIMULATIONS ("SignInStorm StaffAtWork"), SETTLE_SECONDS (150: how long after the start to wait, at
# least, for the jobs that follow a start before measuring; 0 to start at once), JAVA (the java that
# runs the application; default: java on the PATH), JAVA_OPTS (for the application), NICE (e.g. -10: run
# the application and Gatling at a higher priority than other work on a shared machine, to measure
# them as if they had it to themselves; needs root).
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${PEOPLE:-200000}
USERS=${USERS:-100}
RUN_SECONDS=${DURATION:-300}
RAMP_SECONDS=${RAMP_SECONDS:-30}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-60}
THINK_MS=${THINK_MS:-1000}
STORM_SECONDS=${STORM_SECONDS:-10}
INSTANCES=${INSTANCES:-1}
PORT=${PORT:-8081}
SEED=${SEED:-20261205}
SIMULATIONS=${SIMULATIONS:-SignInStorm StaffAtWork}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
NICE=${NICE:-0}
SETTLE_SECONDS=${SETTLE_SECONDS:-150}
RUN=(nice -n "$NICE")

JAR=target/strengths-0.1.0-SNAPSHOT.jar
LOAD=target/load
DATA=$LOAD/council-$PEOPLE
mkdir -p "$LOAD"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

PIDS=()
SAMPLER=
cleanup() {
  [[ -n "$SAMPLER" ]] && kill "$SAMPLER" 2>/dev/null || true
  # The second instance first: it uses the first one's database.
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    if kill -0 "${PIDS[i]}" 2>/dev/null; then
      kill "${PIDS[i]}"
      wait "${PIDS[i]}" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT

if [[ ! -f "$JAR" ]] || [[ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]]; then
  echo "Building $JAR ..."
  ./mvnw -q -DskipTests -Dspotless.check.skip=true package
fi

if [[ ! -f "$DATA/generated" ]]; then
  echo "Generating a council of $PEOPLE people in $DATA (once) ..."
  rm -rf "$DATA"
  mkdir -p "$DATA"
  started=$(date +%s)
  # shellcheck disable=SC2086
  STRENGTHS_DATA_DIR="$DATA" "$JAVA" $JAVA_OPTS -jar "$JAR" --generate-council="$PEOPLE" \
    --years=2 --seed="$SEED" >"$DATA/generate.log" 2>&1
  grep "Generated council" "$DATA/generate.log" | sed 's/.*CouncilGenerator *: /  /'
  echo "  (command took $(($(date +%s) - started)) s)"
  touch "$DATA/generated"
fi

wait_until_up() {
  for _ in $(seq 1 300); do
    if curl -sf "http://localhost:$1/actuator/health" >/dev/null; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then echo "The application on port $1 stopped; see $3"; exit 1; fi
    sleep 1
  done
  echo "The application on port $1 did not start; see $3"
  exit 1
}

echo "Starting the application on port $PORT ..."
STARTED=$(date +%s)
# shellcheck disable=SC2086
STRENGTHS_DATA_DIR="$DATA" SERVER_PORT=$PORT "${RUN[@]}" "$JAVA" $JAVA_OPTS -jar "$JAR" >"$LOAD/app-1.log" 2>&1 &
PIDS+=($!)
wait_until_up "$PORT" "${PIDS[0]}" "$LOAD/app-1.log"
PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/postgres"
BASE_URLS="http://localhost:$PORT"

if [[ "$INSTANCES" == "2" ]]; then
  SECOND=$((PORT + 1))
  echo "Starting a second instance on port $SECOND, on the first one's database ..."
  mkdir -p "$LOAD/instance-2"
  # shellcheck disable=SC2086
  STRENGTHS_DATA_DIR="$LOAD/instance-2" STRENGTHS_DATABASE_EMBEDDED=false \
    SPRING_DATASOURCE_URL="$JDBC_URL" SPRING_DATASOURCE_USERNAME=postgres \
    SERVER_PORT=$SECOND "${RUN[@]}" "$JAVA" $JAVA_OPTS -jar "$JAR" >"$LOAD/app-2.log" 2>&1 &
  PIDS+=($!)
  wait_until_up "$SECOND" "${PIDS[1]}" "$LOAD/app-2.log"
  BASE_URLS="$BASE_URLS,http://localhost:$SECOND"
fi

# Processor time (user + system, in clock ticks) used so far by the application(s) and by the
# embedded PostgreSQL: the postmaster and its backends, with the ones that have already exited.
cpu_ticks() {
  local total=0 pid
  local pids=("${PIDS[@]}")
  local postmaster
  postmaster=$(sed -n 1p "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
  if [[ -n "$postmaster" ]]; then
    pids+=("$postmaster")
    for pid in $(pgrep -P "$postmaster"); do pids+=("$pid"); done
  fi
  for pid in "${pids[@]}"; do
    # fields 14-17: utime stime cutime cstime (after the command name, which may hold spaces)
    total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13 + $14 + $15} END {if (NR == 0) print 0}')))
  done
  echo "$total"
}
cpu_of() { # the application(s) alone
  local total=0 pid
  for pid in "${PIDS[@]}"; do
    total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}
TICKS=$(getconf CLK_TCK)

# At 9 am the service has been running: before the simulations, wait until the work that follows a
# start is done, so that they measure the service as staff meet it rather than its first minutes.
# After a start the flow and practice-quality figures are refreshed again one minute later and the
# waiting list is escalated two minutes later; with 200,000 people that is tens of seconds of
# processor time (mostly PostgreSQL's), and a storm that met it queued behind it (docs/adr/0080).
# So: at least $SETTLE_SECONDS s after the start, then until the application(s) and their
# database use less than 5% of one core for 10 s (at most 5 minutes more). SETTLE_SECONDS=0 skips.
if ((SETTLE_SECONDS > 0)); then
  echo "Waiting until the work after the start is done (at least $SETTLE_SECONDS s after it) ..."
  sleep $((SETTLE_SECONDS - ($(date +%s) - STARTED) > 0 ? SETTLE_SECONDS - ($(date +%s) - STARTED) : 0))
  for _ in $(seq 1 30); do
    before=$(cpu_ticks)
    sleep 10
    used=$(($(cpu_ticks) - before))
    if ((used * 20 < TICKS * 10)); then break; fi
  done
  echo "  quiet after $(($(date +%s) - STARTED)) s (last 10 s: $((used * 1000 / TICKS)) ms of processor time)"
fi

LOADAVG=$LOAD/loadavg-$STAMP.txt
(while true; do cut -d' ' -f1 /proc/loadavg >>"$LOADAVG"; sleep 5; done) &
SAMPLER=$!

REPORT=$LOAD/report-$STAMP.md
{
  echo "# Load test $STAMP"
  echo
  echo "$PEOPLE people, $USERS staff, $INSTANCES instance(s), think time $THINK_MS ms;"
  echo "work for $RUN_SECONDS s after a $RAMP_SECONDS s ramp and $WARM_UP_SECONDS s of warm-up;"
  echo "storm of $USERS sign-ins in $STORM_SECONDS s."
  echo "Machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "priority (nice) $NICE; application options: ${JAVA_OPTS:-none};"
  echo "Java: $("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ { print $2 }')."
} >"$REPORT"

for simulation in $SIMULATIONS; do
  echo "Running $simulation ..."
  rm -f target/gatling/write-check.txt
  : >"$LOADAVG"
  cpu_all_before=$(cpu_ticks)
  cpu_app_before=$(cpu_of)
  gatling_cpu=$LOAD/gatling-cpu-$simulation-$STAMP.txt
  # /usr/bin/time: the processor time of Gatling (and the Maven that starts it), for the total
  /usr/bin/time -f "%U %S" -o "$gatling_cpu" "${RUN[@]}" ./mvnw -q -Pload -DskipTests -Dspotless.check.skip=true test-compile gatling:test \
    -Dgatling.simulationClass="org.strengths.load.$simulation" \
    -Dload.baseUrls="$BASE_URLS" -Dload.jdbcUrl="$JDBC_URL" -Dload.users="$USERS" \
    -Dload.seconds="$RUN_SECONDS" -Dload.rampSeconds="$RAMP_SECONDS" -Dload.warmUpSeconds="$WARM_UP_SECONDS" \
    -Dload.thinkMillis="$THINK_MS" -Dload.stormSeconds="$STORM_SECONDS" \
    -Dload.run="$STAMP" >"$LOAD/gatling-$simulation-$STAMP.log" 2>&1 || true
  cpu_all=$(($(cpu_ticks) - cpu_all_before))
  cpu_app=$(($(cpu_of) - cpu_app_before))
  results=$(ls -td target/gatling/"${simulation,,}"-* 2>/dev/null | head -1)
  if [[ -z "$results" ]]; then
    echo "Gatling did not finish; see $LOAD/gatling-$simulation-$STAMP.log"
    exit 1
  fi
  python3 - "$results/index.html" "$simulation" "$LOADAVG" "$cpu_app" "$((cpu_all - cpu_app))" \
    "$TICKS" "$gatling_cpu" >>"$REPORT" <<'PY'
import re, sys
html, simulation, loadavg = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
app_ticks, db_ticks, ticks = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
try:
    gatling_s = sum(float(x) for x in open(sys.argv[7]).read().split()[-2:])
except (OSError, ValueError):
    gatling_s = None
rows = re.findall(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', html, re.S)
print()
print(f"## {simulation}")
print()
print("| Request | count | errors | per second | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, cells in rows:
    v = dict(re.findall(r'col-(\d+)">([^<]*)</td>', cells))
    print(f"| {name} | {v['2']} | {v['4']} | {v['6']} | {v['8']} | {v['10']} | {v['11']} | {v['12']} |")
total = sum(int(dict(re.findall(r'col-(\d+)">([^<]*)</td>', cells))['2'].replace(',', ''))
            for name, cells in rows[:1])
if total:
    app_s, db_s = app_ticks / ticks, db_ticks / ticks
    line = (f"Processor time over the simulation: application {app_s:.1f} s, PostgreSQL {db_s:.1f} s"
            f" = {1000 * (app_s + db_s) / total:.1f} ms a request ({1000 * app_s / total:.1f} + "
            f"{1000 * db_s / total:.1f}) for {total} requests")
    if gatling_s is not None:
        line += (f"; Gatling (with the Maven that starts it) {gatling_s:.1f} s, "
                 f"{1000 * gatling_s / total:.1f} ms a request")
    print()
    print(line + ".")
loads = [float(x) for x in open(loadavg).read().split() if x]
if loads:
    print()
    print(f"Load average (1 min) during the run: mean {sum(loads)/len(loads):.1f}, max {max(loads):.1f} "
          f"({len(loads)} samples, 5 s apart).")
PY
  if [[ -f target/gatling/write-check.txt ]]; then
    { echo; cat target/gatling/write-check.txt; } >>"$REPORT"
  fi
done

echo
cat "$REPORT"
echo
echo "Report: $REPORT; Gatling's reports: target/gatling/"
