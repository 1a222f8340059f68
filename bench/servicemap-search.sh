#!/usr/bin/env bash
# Service map search under load (issue 3). Starts the app on a random port of 127.0.0.1 with an
# ephemeral embedded PostgreSQL, generates services with channels across 22 regions through the
# app's own repositories and search indexer, then drives GET /api/v1/services and the /services
# page at a fixed concurrency. Writes bench/results/servicemap-search.md. Stops by itself.
#
#   bench/servicemap-search.sh                      # 10 000 then 100 000 services, concurrency 8
#   BENCH_SCALES=2000 BENCH_MEASURE=10 bench/servicemap-search.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
exec ./mvnw -q -B test -Dtest=ServiceMapSearchBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dperhekeskus.servicemap.search-cache.size="${BENCH_CACHE_SIZE:-2000}" \
  -Dperhekeskus.servicemap.search-cache.query-size="${BENCH_QUERY_CACHE_SIZE:-10000}" \
  -Dbench.mixes="${BENCH_MIXES:-fixed,varied}" \
  -Dbench.scales="${BENCH_SCALES:-10000,100000}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-8}" \
  -Dbench.warmupSeconds="${BENCH_WARMUP:-10}" \
  -Dbench.measureSeconds="${BENCH_MEASURE:-30}" \
  -Dbench.inProcess="${BENCH_IN_PROCESS:-true}" \
  -Dbench.holdSeconds="${BENCH_HOLD:-0}"
