#!/usr/bin/env bash
# A throwaway PostgreSQL server for kg's tests: initdb into a temporary directory as an
# unprivileged user, pg_ctl start on a free local port (socket in the same directory),
# trust authentication for local connections only, fsync off (the data is thrown away).
#
#   scripts/pg-test-server.sh run COMMAND...   # start, run COMMAND with KG_TEST_PG_URL set, stop
#   scripts/pg-test-server.sh start STATE_DIR  # start; the URL goes to STATE_DIR/url (CTest fixture)
#   scripts/pg-test-server.sh stop STATE_DIR   # stop what `start STATE_DIR` started, remove its data
#
# When the server cannot start (no PostgreSQL installed, no unprivileged user), `start`
# says why and exits 0 without writing STATE_DIR/url, so the tests that need it say they
# are skipped -- unless CI or KG_REQUIRE_PG is set: then it exits 1 and the tests fail.
# The URL names the database "postgres"; each test creates and drops its own database.
set -uo pipefail

required() { [ -n "${CI:-}" ] || [ -n "${KG_REQUIRE_PG:-}" ]; }

# Where Debian keeps the server programs (initdb and pg_ctl are not on PATH there);
# PG_BINDIR, when set, is the only place looked at.
find_bin() {
  local d
  if [ -n "${PG_BINDIR:-}" ]; then
    [ -x "$PG_BINDIR/initdb" ] && [ -x "$PG_BINDIR/pg_ctl" ] && echo "$PG_BINDIR" && return 0
    return 1
  fi
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
  return 1
}

# A TCP port nothing listens on now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

cannot_start() {  # cannot_start REASON: skip outside CI, fail inside
  if required; then
    echo "pg-test-server: cannot start a PostgreSQL server: $1 (CI or KG_REQUIRE_PG is set: this is a failure)" >&2
    return 1
  fi
  echo "pg-test-server: cannot start a PostgreSQL server: $1; the PostgreSQL tests will be skipped" >&2
  return 0
}

# start_server DATA_DIR: initdb + pg_ctl start; prints the URL. Runs the server as
# `nobody` when this is root (PostgreSQL refuses to run as root).
start_server() {
  local data=$1 bin port as=() log
  bin=$(find_bin) || { echo "no initdb/pg_ctl found (Debian: apt-get install postgresql)"; return 1; }
  if [ "$(id -u)" -eq 0 ]; then
    command -v runuser >/dev/null 2>&1 || { echo "running as root and runuser is missing"; return 1; }
    id nobody >/dev/null 2>&1 || { echo "running as root and there is no user 'nobody'"; return 1; }
    chown nobody "$data" || { echo "cannot give $data to nobody"; return 1; }
    as=(runuser -u nobody --)
  fi
  log="$data/server.log"
  if ! "${as[@]}" "$bin/initdb" -D "$data/db" -U kgtest --auth=trust -E UTF8 --locale=C --no-sync \
      >"$data/initdb.log" 2>&1; then
    echo "initdb failed: $(tail -n 3 "$data/initdb.log" | tr '\n' ' ')"
    return 1
  fi
  for _ in 1 2 3; do
    port=$(free_port) || { echo "cannot find a free port (python3 missing?)"; return 1; }
    if "${as[@]}" "$bin/pg_ctl" -D "$data/db" -l "$log" -w -t 30 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
        start >/dev/null 2>&1; then
      echo "postgresql://kgtest@127.0.0.1:$port/postgres"
      return 0
    fi
  done
  echo "pg_ctl start failed: $(tail -n 3 "$log" 2>/dev/null | tr '\n' ' ')"
  return 1
}

stop_server() {  # stop_server DATA_DIR: stops its server, if one runs, and removes it
  local data=$1 bin as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u nobody --)
  if [ -f "$data/db/postmaster.pid" ] && bin=$(find_bin); then
    "${as[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1
  fi
  rm -rf "$data"
}

# The socket directory must be short (about 100 bytes): the data lives under /tmp.
new_data_dir() { mktemp -d "${TMPDIR:-/tmp}/kg-pg-test.XXXXXX"; }

case "${1:-}" in
  run)
    shift
    [ $# -gt 0 ] || { echo "usage: $0 run COMMAND..." >&2; exit 2; }
    data=$(new_data_dir) || exit 1
    trap 'stop_server "$data"' EXIT
    if url=$(start_server "$data"); then
      export KG_TEST_PG_URL="$url"
      echo "pg-test-server: PostgreSQL at $url" >&2
    else
      cannot_start "$url" || exit 1
    fi
    "$@"
    ;;
  start)
    state=${2:?usage: $0 start STATE_DIR}
    # A server an interrupted run left behind is stopped first.
    [ -f "$state/data" ] && stop_server "$(cat "$state/data")"
    mkdir -p "$state" && rm -f "$state/url" "$state/data"
    data=$(new_data_dir) || exit 1
    echo "$data" >"$state/data"
    if url=$(start_server "$data"); then
      echo "$url" >"$state/url"
      echo "pg-test-server: PostgreSQL at $url" >&2
    else
      stop_server "$data"
      cannot_start "$url"
    fi
    ;;
  stop)
    state=${2:?usage: $0 stop STATE_DIR}
    [ -f "$state/data" ] && stop_server "$(cat "$state/data")"
    rm -f "$state/url" "$state/data"
    ;;
  *)
    echo "usage: $0 run COMMAND... | start STATE_DIR | stop STATE_DIR" >&2
    exit 2
    ;;
esac
