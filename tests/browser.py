"""Headless Chromium for the browser tests and `make screenshots`: Debian's chromium
(tools/install_browser.sh puts it there), driven by Playwright; Playwright never downloads
a browser of its own here."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

# What this machine's closed network needs: no background connections, no QUIC, no sync.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    """The Chromium to drive: $KG_CHROMIUM, else `chromium` on PATH."""
    return os.environ.get("KG_CHROMIUM") or shutil.which("chromium")


def missing() -> str | None:
    """Why the browser tests cannot run, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]' installs it)"
    if not chromium():
        return ("Debian's chromium is not installed: `make test` installs it with "
                "tools/install_browser.sh when run as root")
    return None


@contextmanager
def browser() -> Iterator[object]:
    """A headless Chromium; pages from `.new_page()`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium(), args=FLAGS, headless=True)
        try:
            yield b
        finally:
            b.close()
