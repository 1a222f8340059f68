#!/usr/bin/env bash
# Casework at scale (issue 6). Starts the app on a random port of 127.0.0.1 with an ephemeral embedded
# PostgreSQL and the demo data, generates 50 000 cases and 400 000 network memberships (plans for 40 %)
# with bench/casework-generate.sql, logs in as workers of the generated pool (one session per client)
# and measures at concurrency 2 and 8: a worker's case list and opening a case page with its plan; then,
# over JDBC, the case page's read queries with and without the audit insert (2 000 iterations each, at
# concurrency 1 and 8), to see whether the audit chain's advisory lock becomes the bottleneck.
# Writes bench/results/casework.md. Stops by itself.
#
#   bench/casework.sh                                  # list /cases, case page /cases/{id}
#   bench/casework.sh /cases/follow-up /cases/{id}     # the follow-up dashboard instead
#   BENCH_CASES=5000 BENCH_MEASURE=5 bench/casework.sh # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
exec ./mvnw -q -B test -Dtest=CaseworkBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.listPath="${1:-/cases}" \
  -Dbench.casePath="${2:-/cases/{id\}}" \
  -Dbench.cases="${BENCH_CASES:-50000}" \
  -Dbench.membersPerCase="${BENCH_MEMBERS_PER_CASE:-8}" \
  -Dbench.workers="${BENCH_WORKERS:-2000}" \
  -Dbench.planPercent="${BENCH_PLAN_PERCENT:-40}" \
  -Dbench.concurrencies="${BENCH_CONCURRENCIES:-2,8}" \
  -Dbench.iterations="${BENCH_ITERATIONS:-2000}" \
  -Dbench.warmupSeconds="${BENCH_WARMUP:-5}" \
  -Dbench.measureSeconds="${BENCH_MEASURE:-15}"
