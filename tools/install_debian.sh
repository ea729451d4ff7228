#!/usr/bin/env bash
# Debian's package for a group of tests, installed with apt-get when it is missing and this
# runs as root (as CI does); without it those tests skip and say why. Never a download of
# a test tool's own. The package's service, if it has one, is not started.
#   tools/install_debian.sh PACKAGE "WHAT IT IS FOR" COMMAND...   (present when all COMMANDs are)
set -u
package=$1 purpose=$2
shift 2
missing=0
for command in "$@"; do
    command -v "$command" >/dev/null 2>&1 || missing=1
done
[ "$missing" = 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: Debian's $package is not installed and cannot be installed here (needs root" \
         "and apt-get): $purpose will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
echo "installing Debian's $package for $purpose (apt-get) ..." >&2
policy=/usr/sbin/policy-rc.d  # exit 101: the package may not start a service
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1
fi
if ! apt-get install -y --no-install-recommends "$package" >"$log" 2>&1; then
    apt-get update -qq >>"$log" 2>&1
    apt-get install -y --no-install-recommends "$package" >>"$log" 2>&1 || {
        tail -5 "$log" >&2
        echo "note: apt-get could not install $package: $purpose will be skipped" >&2
    }
fi
[ "$made_policy" = 1 ] && rm -f "$policy"
rm -f "$log"
exit 0
