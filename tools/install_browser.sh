#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/test_browser.py) and `make screenshots`.
# The tests drive this Chromium through Playwright; never `playwright install`.
exec "$(dirname "$0")/install_debian.sh" chromium "the browser tests" chromium
