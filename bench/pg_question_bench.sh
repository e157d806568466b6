#!/usr/bin/env bash
# Questions against a PostgreSQL knowledge base of N generated releases (issue 12): what a
# question costs when kg copies the whole base into a scratch file for it (before: what
# every question did until the local copies; forced here by a cache directory kg cannot
# make) and with the local copy brought up to date (after): the first question, one with
# nothing changed, and the one after adding 1,000 releases, then after forgetting one.
#
#   bench/pg_question_bench.sh BUILD_DIR SERVER_URL [N] [WORKDIR]
#
# SERVER_URL names a database on a server kg may create databases on (e.g. the URL of
# scripts/pg-test-server.sh); the bench makes and drops its own database kg_question_bench.
# The releases are query_bench's (N, then N + 1,000 of which the last 1,000 are moved in
# with `kg copy --append`).
set -euo pipefail
build=$1 server=$2 n=${3:-100000} work=${4:-/tmp/kg-pg-question-bench}
kg=$build/app/kg qb=$build/bench/query_bench
mkdir -p "$work"
"$qb" "$n" "$work/base.db" "$kg" --generate-only
if [ ! -s "$work/more.db" ]; then
  "$qb" $((n + 1000)) "$work/more-all.db" "$kg" --generate-only
  cp "$work/more-all.db" "$work/more.db"
  sqlite3 "$work/more.db" "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id < printf('release-%09d.txt', $n); VACUUM;"
  rm -f "$work/more-all.db"
fi
db=${server%/*}/kg_question_bench
psql -q "$server" -c "DROP DATABASE IF EXISTS kg_question_bench WITH (FORCE)" -c "CREATE DATABASE kg_question_bench"
cache=$work/cache
rm -rf "$cache"
person="Kara Kakaka"
t() { local what=$1; shift; /usr/bin/time -f "$what: %e s wall, %U s user + %S s sys CPU, %M KB peak" "$@" > /dev/null; }
before() { XDG_CACHE_HOME=/proc/kg-no-cache t "$1" "$kg" --db "$db" met "$person"; }
after() { XDG_CACHE_HOME=$cache KG_DEBUG_MIRROR=1 t "$1" "$kg" --db "$db" met "$person"; }

t "kg copy of $n releases into PostgreSQL" "$kg" copy --from "$work/base.db" --to "$db"
before "before: a question (whole base copied to a scratch file)"
after "after: first question (local copy made, snapshot built)"
after "after: next question, nothing changed"
t "kg copy --append of 1,000 more releases" "$kg" copy --from "$work/more.db" --to "$db" --append
after "after: question after adding 1,000 releases"
before "before: the same question, whole base copied"
"$kg" --db "$db" forget "release-$(printf %09d 7).txt" > /dev/null
after "after: question after forgetting one release"
psql -q "$server" -c "DROP DATABASE kg_question_bench WITH (FORCE)"
