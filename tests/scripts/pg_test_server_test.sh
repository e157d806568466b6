#!/usr/bin/env bash
# scripts/pg-test-server.sh: `run` gives its command a working server and stops it after;
# a server that cannot start is a skip outside CI and a failure with KG_REQUIRE_PG.
set -u
root=$1
script="$root/scripts/pg-test-server.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# No PostgreSQL programs: outside CI a message and no URL, exit 0, nothing left in TMPDIR.
mkdir "$work/tmp"
env -u CI -u KG_REQUIRE_PG PG_BINDIR=/nonexistent TMPDIR="$work/tmp" "$script" start "$work/state" 2>"$work/err" \
  || fail "start without a server failed outside CI"
[ -z "$(ls "$work/tmp")" ] || fail "start left $(ls "$work/tmp") behind"
grep -q "the PostgreSQL tests will be skipped" "$work/err" || fail "no skip message: $(cat "$work/err")"
[ ! -e "$work/state/url" ] || fail "a URL was written without a server"
# In CI: a failure.
if env -u CI KG_REQUIRE_PG=1 PG_BINDIR=/nonexistent "$script" start "$work/state2" 2>"$work/err"; then
  fail "start without a server succeeded with KG_REQUIRE_PG set"
fi
grep -q "this is a failure" "$work/err" || fail "no failure message: $(cat "$work/err")"

# With the server installed: the command sees it, and it is gone afterwards.
if ! command -v psql >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  [ -z "${CI:-}${KG_REQUIRE_PG:-}" ] || fail "PostgreSQL is not installed (CI must install it: scripts/setup.sh)"
  echo "PostgreSQL not installed: the running-server half is skipped"
  exit 0
fi
"$script" run sh -c 'echo "$KG_TEST_PG_URL" > "$0"; psql "$KG_TEST_PG_URL" -tAc "SELECT 6 * 7"' "$work/url" \
  >"$work/out" 2>"$work/err" || fail "run failed: $(cat "$work/err")"
[ "$(cat "$work/out")" = "42" ] || fail "the command did not reach the server: $(cat "$work/out" "$work/err")"
if psql "$(cat "$work/url")" -tAc "SELECT 1" >/dev/null 2>&1; then fail "the server still runs after run"; fi
echo "ok"
