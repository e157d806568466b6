#!/usr/bin/env bash
# Installs the Debian packages kg needs to build and test, when any is missing.
# Safe to run repeatedly. Runs apt-get directly as root, through sudo otherwise;
# without either it names the packages and the command to run as root, and fails.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz doctest-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql libssl-dev libcli11-dev libicu-dev iso-codes
  libxml2-utils libxml2-dev python3 python3-networkx python3-igraph wamerican
  libmecab-dev mecab-ipadic-utf8 fonts-ipafont-gothic
  libjs-d3 chromium
)
# Only for fuzzing (make fuzz, CI): clang and its sanitizer/libFuzzer runtimes.
fuzz_packages=(clang-14 libclang-rt-14-dev llvm-14)
if [ "${1:-}" = "--fuzz" ]; then packages+=("${fuzz_packages[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

# As root, apt-get runs directly (a container or a fresh debootstrap has no sudo);
# otherwise through sudo when there is one; otherwise say what to run and stop.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    {
      echo "kg setup: these Debian packages are missing: ${missing[*]}"
      echo "kg setup: installing them needs root, and sudo is not available. As root, run:"
      echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
      echo "then run make again."
    } >&2
    exit 1
  fi
fi
echo "kg setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
