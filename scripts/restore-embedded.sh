#!/usr/bin/env bash
# Restores a backup made by backup-embedded.sh into <data-dir>/postgres. The platform must be
# stopped. An existing database there is not overwritten but moved aside to
# <data-dir>/postgres.before-restore-<UTC timestamp> (delete it yourself once happy).
#
#   scripts/restore-embedded.sh <backup.tar.gz> [data-dir]
#
# data-dir defaults to $PERHEKESKUS_DATA_DIR or ./data. Start Perhekeskus afterwards as usual.
set -euo pipefail

fail() { echo "restore-embedded: $*" >&2; exit "${2:-1}"; }

[[ $# -ge 1 ]] || fail "usage: $0 <backup.tar.gz> [data-dir]"
BACKUP=$1
DATA_DIR=${2:-${PERHEKESKUS_DATA_DIR:-./data}}
PG_DIR=$DATA_DIR/postgres

[[ -f $BACKUP ]] || fail "no such backup: $BACKUP"

if [[ -f $PG_DIR/postmaster.pid ]]; then
    pid=$(head -n1 "$PG_DIR/postmaster.pid")
    if [[ $pid =~ ^[0-9]+$ ]] && [[ -d /proc/$pid ]] && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
        fail "the embedded PostgreSQL is running (pid $pid) on $PG_DIR: stop Perhekeskus first" 3
    fi
fi

mkdir -p "$DATA_DIR"
staging=$(mktemp -d "$DATA_DIR/.restore.XXXXXX")
trap 'rm -rf "$staging"' EXIT
tar -C "$staging" -xzf "$BACKUP"
[[ -f $staging/postgres/PG_VERSION ]] || fail "$BACKUP does not hold an embedded database (no postgres/PG_VERSION)"
version=$(cat "$staging/postgres/PG_VERSION")
[[ $version == 17 ]] || fail "$BACKUP is PostgreSQL $version; this Perhekeskus runs PostgreSQL 17"

if [[ -e $PG_DIR ]] && [[ -n $(ls -A "$PG_DIR" 2>/dev/null) ]]; then
    aside=$PG_DIR.before-restore-$(date -u +%Y%m%dT%H%M%SZ)
    mv "$PG_DIR" "$aside"
    echo "restore-embedded: the previous database was moved to $aside" >&2
else
    rm -rf "$PG_DIR"
fi
chmod 700 "$staging/postgres"
mv "$staging/postgres" "$PG_DIR"
echo "restore-embedded: restored $BACKUP into $PG_DIR" >&2
