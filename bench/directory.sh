#!/usr/bin/env bash
# Key person finder and coverage matrix under load (issue 5). Starts the app on a random port of
# 127.0.0.1 with an ephemeral embedded PostgreSQL and the demo data, generates 20 000 professionals
# and 5 000 key person assignments in 22 regions in SQL, logs in as koordinaattori and drives the
# finder page, the key persons API, the coverage API and a region's coverage page at a fixed
# concurrency. Writes bench/results/directory.md. Stops by itself.
#
#   bench/directory.sh                                   # 20 000 / 5 000, concurrency 8
#   BENCH_MEASURE=5 BENCH_WARMUP=2 bench/directory.sh    # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
exec ./mvnw -q -B test -Dtest=DirectoryBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.professionals="${BENCH_PROFESSIONALS:-20000}" \
  -Dbench.assignments="${BENCH_ASSIGNMENTS:-5000}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-8}" \
  -Dbench.warmupSeconds="${BENCH_WARMUP:-5}" \
  -Dbench.measureSeconds="${BENCH_MEASURE:-20}"
