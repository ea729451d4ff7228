#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/test_browser.py) and `make screenshots`:
# installed with apt-get when it is missing and this runs as root (as CI does). Without it
# the browser tests skip and say why; nothing else needs it. Never a browser download of a
# test tool's own (`playwright install`): the tests drive this Chromium.
set -u
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: Debian's chromium is not installed and cannot be installed here (needs root" \
         "and apt-get): the browser tests will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
echo "installing Debian's chromium for the browser tests (apt-get) ..." >&2
if ! apt-get install -y --no-install-recommends chromium >"$log" 2>&1; then
    apt-get update -qq >>"$log" 2>&1
    apt-get install -y --no-install-recommends chromium >>"$log" 2>&1 || {
        tail -5 "$log" >&2
        echo "note: apt-get could not install chromium: the browser tests will be skipped" >&2
    }
fi
rm -f "$log"
exit 0
