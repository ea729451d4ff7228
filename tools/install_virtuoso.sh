#!/usr/bin/env bash
# Debian's Virtuoso 7.2 (virtuoso-opensource) for the endpoint suite (tests/test_endpoint.py
# runs against Oxigraph and Virtuoso, each started by the tests on loopback ports): installed
# with apt-get when it is missing and this runs as root (as CI does). Without it the Virtuoso
# half of the suite skips and says why. The package's own service is never started: the
# tests run `virtuoso-t` over data folders of their own.
set -u
if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: Debian's virtuoso-opensource is not installed and cannot be installed here" \
         "(needs root and apt-get): the Virtuoso endpoint tests will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
echo "installing Debian's virtuoso-opensource for the endpoint tests (apt-get) ..." >&2
# policy-rc.d 101: the package may not start its service (the tests start their own)
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1
fi
if ! apt-get install -y --no-install-recommends virtuoso-opensource >"$log" 2>&1; then
    apt-get update -qq >>"$log" 2>&1
    apt-get install -y --no-install-recommends virtuoso-opensource >>"$log" 2>&1 || {
        tail -5 "$log" >&2
        echo "note: apt-get could not install virtuoso-opensource: the Virtuoso endpoint" \
             "tests will be skipped" >&2
    }
fi
[ "$made_policy" = 1 ] && rm -f "$policy"
rm -f "$log"
exit 0
