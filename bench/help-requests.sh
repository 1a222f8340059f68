#!/usr/bin/env bash
# "Pyydä apua" under load and through a crash (issue 4): starts target/perhekeskus.jar as its own JVM on
# 127.0.0.1 with a fresh data directory and the rate limit raised, then measures submission latency at
# concurrency 16, sends 1000 submissions at once, and twice kills the app with SIGKILL in the middle of
# another 1000 (the JVM only; then the JVM and its PostgreSQL together), restarts on the same data
# directory and retries: every acknowledged request stored exactly once.
# Writes bench/results/help-requests.md. Talks only to 127.0.0.1 and stops by itself.
#
#   bench/help-requests.sh                 # builds the jar first (BENCH_SKIP_BUILD=1 uses the one there)
#   BENCH_MEASURED=500 bench/help-requests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
[[ ${BENCH_SKIP_BUILD:-0} == 1 && -f target/perhekeskus.jar ]] || ./mvnw -q -B -DskipTests package
status=0
./mvnw -q -B test -Dtest=HelpRequestBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.phases="${BENCH_PHASES:-latency,burst,crash,crash-all}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-16}" \
  -Dbench.warmup="${BENCH_WARMUP:-2000}" \
  -Dbench.measured="${BENCH_MEASURED:-2000}" \
  -Dbench.burst="${BENCH_BURST:-1000}" \
  -Dbench.crashRun="${BENCH_CRASH_RUN:-1000}" \
  -Dbench.killAfter="${BENCH_KILL_AFTER:-300}" || status=$?
cat bench/results/help-requests.md
exit $status
