#!/usr/bin/env bash
# Cold backup of the embedded PostgreSQL: a file-level copy of <data-dir>/postgres, taken
# only while the platform (and so its PostgreSQL) is stopped, which makes the copy consistent.
# The bundled PostgreSQL 17 binaries have no pg_dump, and an older distribution pg_dump
# refuses a newer server, so this is the dependable way for the embedded database.
#
#   scripts/backup-embedded.sh [data-dir] [backup-dir]
#
# data-dir defaults to $PERHEKESKUS_DATA_DIR or ./data; backup-dir to $PERHEKESKUS_BACKUP_DIR
# or ./backups. Writes perhekeskus-embedded-<UTC timestamp>.tar.gz and prints its path.
set -euo pipefail

DATA_DIR=${1:-${PERHEKESKUS_DATA_DIR:-./data}}
BACKUP_DIR=${2:-${PERHEKESKUS_BACKUP_DIR:-./backups}}
PG_DIR=$DATA_DIR/postgres

fail() { echo "backup-embedded: $*" >&2; exit "${2:-1}"; }

[[ -f $PG_DIR/PG_VERSION ]] || fail "no embedded database in $PG_DIR (is the data directory right?)"

# A running server's files change under tar: refuse. Its postmaster.pid names the pid.
if [[ -f $PG_DIR/postmaster.pid ]]; then
    pid=$(head -n1 "$PG_DIR/postmaster.pid")
    if [[ $pid =~ ^[0-9]+$ ]] && [[ -d /proc/$pid ]] && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
        fail "the embedded PostgreSQL is running (pid $pid) on $PG_DIR: stop Perhekeskus first" 3
    fi
    echo "backup-embedded: stale postmaster.pid (pid $pid is not running): the last stop was not clean;" \
         "PostgreSQL will recover from its WAL when the copy is started" >&2
fi

mkdir -p "$BACKUP_DIR"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target=$BACKUP_DIR/perhekeskus-embedded-$stamp.tar.gz
partial=$target.partial
trap 'rm -f "$partial"' EXIT
tar -C "$DATA_DIR" --exclude=postgres/postmaster.pid --exclude=postgres/epg-lock -czf "$partial" postgres
mv "$partial" "$target"
trap - EXIT
echo "$target"
