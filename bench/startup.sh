#!/usr/bin/env bash
# Measures the jar's cold start (first run: empty data directory, and the PostgreSQL binaries not
# yet unpacked, as on a fresh machine), warm start (same directories again),
# the JVM's resident memory after start and, separately, the embedded PostgreSQL processes'.
# Builds nothing: run `./mvnw -B -DskipTests package` first. Talks only to 127.0.0.1.
#
#   bench/startup.sh [extra JVM options...]     e.g. bench/startup.sh -XX:TieredStopAtLevel=1
#
# Environment: JAVA_HOME (JDK 21+), BENCH_PORT (default 18080), BENCH_TIMEOUT seconds (default 180),
# BENCH_WARM_RUNS (default 3), BENCH_JAR (default target/perhekeskus.jar). Start times depend heavily on other load: the load average is printed.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-target/perhekeskus.jar}
PORT=${BENCH_PORT:-18080}
TIMEOUT=${BENCH_TIMEOUT:-180}
WARM_RUNS=${BENCH_WARM_RUNS:-3}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JVM_OPTS=("$@")

[[ -f $JAR ]] || { echo "No $JAR: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
if (echo > "/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "Port $PORT is in use; set BENCH_PORT" >&2; exit 1
fi

WORK=$(mktemp -d /tmp/perhekeskus-bench.XXXXXX)
DATA_DIR=$WORK/data
# zonky unpacks the PostgreSQL binaries once per machine into its working directory; a fresh one
# makes the cold start a true first run.
PG_BINARIES=$WORK/embedded-pg
LOG_DIR=bench/results
mkdir -p "$LOG_DIR"
APP_PID=

cleanup() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# CPU seconds (user + system) a process has used: unlike wall time, barely affected by other load.
cpu_s() {
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$1/stat"
}
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

# The postmaster's pid is the first line of postmaster.pid; its children are the backends,
# checkpointer, WAL writer etc. The RSS sum over-counts the shared buffers they all map;
# the PSS sum (proportional set size) divides shared pages among them and does not.
postgres_rss_kb() {
    local pidfile=$DATA_DIR/postgres/postmaster.pid master total=0 pid ppid
    [[ -f $pidfile ]] || { echo "0 0 0"; return; }
    master=$(head -n1 "$pidfile")
    local count=0 pss=0
    for stat in /proc/[0-9]*/stat; do
        pid=${stat#/proc/}; pid=${pid%/stat}
        ppid=$(awk '{ print $4 }' "$stat" 2>/dev/null) || continue
        if [[ $pid == "$master" || $ppid == "$master" ]]; then
            total=$(( total + $(rss_kb "$pid") )); pss=$(( pss + $(pss_kb "$pid") )); count=$((count + 1))
        fi
    done
    echo "$total $count $pss"
}

run_once() {
    local label=$1 log=$LOG_DIR/$1.log start end
    start=$(now_ms)
    PERHEKESKUS_DATA_DIR=$DATA_DIR PORT=$PORT "$JAVA" "${JVM_OPTS[@]}" -Dot.epg.working-dir="$PG_BINARIES" -jar "$JAR" > "$log" 2>&1 &
    APP_PID=$!
    local deadline=$(( start + TIMEOUT * 1000 ))
    until curl -fsS --max-time 2 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "$label: the app exited; see $log" >&2; exit 1
        fi
        if (( $(now_ms) > deadline )); then
            echo "$label: not UP within ${TIMEOUT}s; see $log" >&2; exit 1
        fi
        sleep 0.1
    done
    end=$(now_ms)
    local cpu; cpu=$(cpu_s "$APP_PID")
    sleep 2 # let start-up work (demo data, JIT) settle before reading memory
    local jvm_kb pg_kb pg_n pg_pss
    jvm_kb=$(rss_kb "$APP_PID")
    read -r pg_kb pg_n pg_pss < <(postgres_rss_kb)
    local spring_s pg_ms
    spring_s=$(grep -o 'Started PerhekeskusApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -n1 || true)
    pg_ms=$(grep -o 'Embedded PostgreSQL on port .* ([0-9]* ms)' "$log" | grep -o '([0-9]* ms)' | tr -d '()' || true)
    printf '%-6s start %6.2f s (Spring says %s s, of which embedded PostgreSQL %s; JVM CPU %s s)  JVM RSS %4d MB  embedded PostgreSQL RSS %4d MB (PSS %d MB) in %d processes\n' \
        "$label" "$(awk -v ms=$((end - start)) 'BEGIN { print ms / 1000 }')" "${spring_s:-?}" "${pg_ms:-?}" "$cpu" \
        $(( jvm_kb / 1024 )) $(( pg_kb / 1024 )) $(( pg_pss / 1024 )) "$pg_n"
    local stop_start; stop_start=$(now_ms)
    kill -TERM "$APP_PID"
    local stop_deadline=$(( stop_start + 60000 ))
    while kill -0 "$APP_PID" 2>/dev/null; do
        (( $(now_ms) > stop_deadline )) && { echo "$label: did not stop within 60 s" >&2; exit 1; }
        sleep 0.1
    done
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    printf '%-6s graceful stop %.2f s; postmaster.pid left behind: %s\n' "$label" \
        "$(awk -v ms=$(( $(now_ms) - stop_start )) 'BEGIN { print ms / 1000 }')" \
        "$([[ -f $DATA_DIR/postgres/postmaster.pid ]] && echo yes || echo no)"
}

echo "java: $("$JAVA" -version 2>&1 | head -n1); JVM options: ${JVM_OPTS[*]:-(none)};" \
     "$(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run_once cold
for ((i = 1; i <= WARM_RUNS; i++)); do
    run_once "warm$i"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
