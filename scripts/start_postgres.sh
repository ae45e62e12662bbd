#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for khabar's storage tests, and print
# its URL on stdout (the only thing printed there; progress goes to stderr).
#
#   export KHABAR_TEST_PG_URL="$(scripts/start_postgres.sh)"
#
# 1. If no PostgreSQL server binaries are found, install the Debian package (apt-get update,
#    then apt-get install postgresql): needs root, as on a fresh Debian 12 machine or CI.
# 2. If a server already answers on $KHABAR_PG_PORT, reuse it; else initialise a private
#    cluster in $KHABAR_PG_DIR (owned by the `postgres` system user, since initdb refuses to
#    run as root) and start it, listening on 127.0.0.1 only.
# 3. Create the test role and database when missing, and print the URL.
#
# Idempotent: run it as often as you like. Settings (environment):
#   KHABAR_PG_PORT   port (default 55432, away from a system cluster's 5432)
#   KHABAR_PG_DIR    cluster directory (default /tmp/khabar-pg-$KHABAR_PG_PORT)
#   KHABAR_PG_USER / KHABAR_PG_PASSWORD / KHABAR_PG_DB   (default khabar / khabar / khabar_test)
set -euo pipefail

PORT="${KHABAR_PG_PORT:-55432}"
DIR="${KHABAR_PG_DIR:-/tmp/khabar-pg-$PORT}"
PGUSER_="${KHABAR_PG_USER:-khabar}"
PGPASS_="${KHABAR_PG_PASSWORD:-khabar}"
PGDB_="${KHABAR_PG_DB:-khabar_test}"
HOST=127.0.0.1

log() { echo "start_postgres: $*" >&2; }

find_bindir() {
    # Debian installs server binaries under /usr/lib/postgresql/<version>/bin; take the newest.
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
}

BIN="$(find_bindir)"
if [ -z "$BIN" ]; then
    if [ "$(id -u)" != 0 ]; then
        log "PostgreSQL is not installed and this is not root: run 'sudo apt-get install postgresql' first"
        exit 1
    fi
    log "installing PostgreSQL from the Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql postgresql-contrib >&2
    BIN="$(find_bindir)"
    [ -n "$BIN" ] || { log "apt-get installed postgresql but no initdb was found"; exit 1; }
fi

# Run the server as an unprivileged user: `postgres` when we are root, else ourselves.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    as_pg() { runuser -u postgres -- "$@"; }
    SUPER=postgres
else
    as_pg() { "$@"; }
    SUPER="$(id -un)"
fi

if "$BIN/pg_isready" -q -h "$HOST" -p "$PORT"; then
    log "a server already answers on $HOST:$PORT"
else
    if [ ! -s "$DIR/PG_VERSION" ]; then
        log "initialising a cluster in $DIR"
        mkdir -p "$DIR"
        [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
        chmod 700 "$DIR"
        as_pg "$BIN/initdb" -D "$DIR" -U "$SUPER" --auth-local=trust --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >&2 || \
        as_pg "$BIN/initdb" -D "$DIR" -U "$SUPER" --auth-local=trust --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C >&2
    fi
    log "starting the server on $HOST:$PORT"
    # Socket in the cluster directory: /var/run/postgresql may not exist or be writable.
    as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
        -o "-h $HOST -p $PORT -k $DIR -c fsync=off -c full_page_writes=off" start >&2
fi

# Connect over the cluster's Unix socket as the superuser (trust) when it is ours, else TCP.
if [ -S "$DIR/.s.PGSQL.$PORT" ]; then SOCK=(-h "$DIR"); else SOCK=(-h "$HOST"); fi
psql_super() { as_pg "$BIN/psql" "${SOCK[@]}" -p "$PORT" -U "$SUPER" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_super -c "SELECT 1 FROM pg_roles WHERE rolname = '$PGUSER_'")" != 1 ]; then
    log "creating role $PGUSER_"
    psql_super -c "CREATE ROLE \"$PGUSER_\" LOGIN PASSWORD '$PGPASS_'" >&2
fi
if [ "$(psql_super -c "SELECT 1 FROM pg_database WHERE datname = '$PGDB_'")" != 1 ]; then
    log "creating database $PGDB_"
    psql_super -c "CREATE DATABASE \"$PGDB_\" OWNER \"$PGUSER_\" ENCODING 'UTF8' TEMPLATE template0" >&2
fi

echo "postgresql://$PGUSER_:$PGPASS_@$HOST:$PORT/$PGDB_"
