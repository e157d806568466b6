#!/usr/bin/env bash
# `make demo` builds the kg target only (not every test and benchmark) and then runs
# the demo; checked on make's dry run, so nothing is built.
# Usage: make_demo_test.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: make_demo_test.sh SOURCE_DIR}
build=$(mktemp -d)/build  # absent: make would configure it first
plan=$(make -n -C "$src" demo BUILD="$build" JOBS=2)
fail() { echo "make_demo_test: $*" >&2; echo "$plan" >&2; exit 1; }
grep -q "cmake --build $build --target kg -j 2" <<<"$plan" || fail "does not build the kg target"
[ "$(grep -c 'cmake --build' <<<"$plan")" -eq 1 ] || fail "builds more than the kg target"
grep -q "scripts/demo.sh $build" <<<"$plan" || fail "does not run the demo"
echo "make_demo_test: make demo builds kg only"
