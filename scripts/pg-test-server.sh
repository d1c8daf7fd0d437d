#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store contract tests, from Debian's package.
#   eval "$(scripts/pg-test-server.sh start)"   # prints: export CHRONIQUE_TEST_PG_URL=...; export PG_TEST_DIR=...
#   scripts/pg-test-server.sh stop "$PG_TEST_DIR"
# The cluster lives in a temporary folder owned by the `postgres` user (initdb refuses to run as
# root), listens on 127.0.0.1 only, and is removed on stop. Prints nothing and exits 0 when
# PostgreSQL is not installed, so that the PG tests skip instead of failing the run.
set -euo pipefail
# A free port unless one is given (another server, or a developer's, may hold the usual ones).
PORT="${CHRONIQUE_TEST_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)}"

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

as_pg() {  # run a command as the postgres user when we are root, else as ourselves
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    BIN=$(bindir) || { echo "pg-test-server: PostgreSQL not installed; PG tests will skip" >&2; exit 0; }
    DIR=$(mktemp -d /tmp/chronique-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 >"$DIR/initdb.log" 2>&1
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -c "CREATE ROLE chronique LOGIN PASSWORD 'chronique'" >/dev/null
    as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -c "CREATE DATABASE chronique_test OWNER chronique" >/dev/null
    echo "export PG_TEST_DIR=$DIR"
    echo "export CHRONIQUE_TEST_PG_URL=postgresql://chronique:chronique@127.0.0.1:$PORT/chronique_test"
    ;;
  stop)
    DIR="${2:-${PG_TEST_DIR:-}}"
    [ -n "$DIR" ] && [ -d "$DIR/data" ] || exit 0
    BIN=$(bindir) || exit 0
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
