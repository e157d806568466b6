#!/usr/bin/env bash
# scripts/setup.sh without a real package manager: stub id, dpkg-query, apt-get and
# sudo on a PATH that holds nothing else, and check whom it asks to install what.
# Usage: setup_test.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: setup_test.sh SOURCE_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "setup_test: $*" >&2; exit 1; }

# make_path UID INSTALLED SUDO: a bin directory where `id -u` prints UID, dpkg-query
# reports every package installed (INSTALLED=all) or none, apt-get and (SUDO=yes)
# sudo log their arguments to $work/calls.
make_path() {
  local bin=$work/bin-$1-$2-$3
  mkdir -p "$bin"
  for tool in bash env grep cat; do ln -sf "$(command -v "$tool")" "$bin/$tool"; done
  printf '#!%s\necho %s\n' "$(command -v bash)" "$1" > "$bin/id"
  if [ "$2" = all ]; then
    printf '#!%s\necho "install ok installed"\n' "$(command -v bash)" > "$bin/dpkg-query"
  else
    printf '#!%s\nexit 1\n' "$(command -v bash)" > "$bin/dpkg-query"
  fi
  printf '#!%s\necho "apt-get $*" >> %s/calls\n' "$(command -v bash)" "$work" > "$bin/apt-get"
  if [ "$3" = yes ]; then
    printf '#!%s\necho "sudo $1" >> %s/calls\nexec "$@"\n' "$(command -v bash)" "$work" > "$bin/sudo"
  fi
  chmod +x "$bin"/*
  echo "$bin"
}

run_setup() {  # run_setup PATH: runs setup.sh, leaves its stderr in $work/err and status in $status
  rm -f "$work/calls"
  set +e
  PATH=$1 "$1/bash" "$src/scripts/setup.sh" 2> "$work/err"
  status=$?
  set -e
}

# Everything installed: nothing to do, whoever runs it.
run_setup "$(make_path 1000 all no)"
[ "$status" -eq 0 ] || fail "nothing missing: exit $status"
[ ! -e "$work/calls" ] || fail "nothing missing: apt-get ran"

# Root without sudo (a container, a fresh debootstrap): apt-get directly.
run_setup "$(make_path 0 none no)"
[ "$status" -eq 0 ] || fail "root: exit $status: $(cat "$work/err")"
grep -q '^apt-get update' "$work/calls" || fail "root: no apt-get update"
grep -q '^apt-get install -y -qq --no-install-recommends .*cmake' "$work/calls" || fail "root: no apt-get install"
! grep -q '^sudo' "$work/calls" || fail "root: used sudo"

# Not root, sudo available: through sudo.
run_setup "$(make_path 1000 none yes)"
[ "$status" -eq 0 ] || fail "sudo: exit $status"
grep -q '^sudo apt-get' "$work/calls" || fail "sudo: apt-get not run through sudo"

# Neither root nor sudo: nothing run, a message naming the packages and the command.
run_setup "$(make_path 1000 none no)"
[ "$status" -eq 1 ] || fail "no root, no sudo: exit $status"
[ ! -e "$work/calls" ] || fail "no root, no sudo: apt-get ran"
grep -q 'sudo is not available' "$work/err" || fail "no root, no sudo: no explanation: $(cat "$work/err")"
grep -q '^  apt-get update && apt-get install -y --no-install-recommends .*libsqlite3-dev' "$work/err" ||
  fail "no root, no sudo: no command to run"
echo "setup_test: 4 cases passed"
