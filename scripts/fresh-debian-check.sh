#!/usr/bin/env bash
# The fresh-machine check: a minimal Debian 12 (debootstrap --variant=minbase) with only git
# and make added, a clone of this repository with nothing beside it, then `make demo` and
# `make test`, each timed. Needs root (debootstrap, chroot, mounts) and Debian's archive.
#   scripts/fresh-debian-check.sh CHROOT_DIR [LOG]   e.g. /var/tmp/kg-fresh
set -u
root="${1:?usage: scripts/fresh-debian-check.sh CHROOT_DIR [LOG]}"
log="${2:-$root.log}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
: > "$log"
if [ ! -x "$root/bin/bash" ]; then
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >> "$log" 2>&1 ||
    { echo "fresh check: debootstrap failed (see $log)" >&2; exit 1; }
fi
cleanup() { umount "$root/tmp" "$root/dev/pts" "$root/dev" "$root/proc" 2>/dev/null; }
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/tmp"
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git make ca-certificates' >> "$log" 2>&1
rm -rf "$root/home/kg"
git clone -q "$repo" "$root/home/kg" >> "$log" 2>&1
status=0
for target in demo test; do
  start=$(date +%s)
  chroot "$root" bash -c "cd /home/kg && make $target" >> "$log" 2>&1; rc=$?
  echo "fresh check: make $target exit $rc in $(( $(date +%s) - start )) s" | tee -a "$log"
  [ $rc -eq 0 ] || status=1
done
exit $status
