#!/usr/bin/env bash
# Debian's Virtuoso 7.2 for the endpoint suite (tests/test_endpoint.py runs against Oxigraph
# and Virtuoso, each started by the tests on loopback ports over data folders of their own).
exec "$(dirname "$0")/install_debian.sh" virtuoso-opensource "the Virtuoso endpoint tests" \
    virtuoso-t isql-vt
