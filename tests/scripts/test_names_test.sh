#!/usr/bin/env bash
# CTest registers each doctest case under its name, and a ';' in the name splits it (CMake
# lists): the case registered under the cut name then runs nothing and always passes. This
# check fails on any test case whose name holds a ';'.
set -euo pipefail
root="${1:?usage: test_names_test.sh SOURCE_DIR}"
if grep -rn --include='*.cpp' -E 'TEST_CASE\("[^"]*;' "$root/tests"; then
  echo "test_names: the test cases above have ';' in their names; CTest would never run them" >&2
  exit 1
fi
echo "test_names: no test case name holds a ';'"
