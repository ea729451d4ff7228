"""Oxigraph's own HTTP server (the `oxigraph` package on PyPI), started on loopback."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kg.errors import KgError, StoreError


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise KgError("the `oxigraph` command is not installed; `pip install oxigraph` gives it")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    probe = url + "?query=" + urllib.request.quote("ASK {}")
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise KgError(f"oxigraph exited with code {proc.returncode} before it answered")
        try:
            with urllib.request.urlopen(probe, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise KgError(f"oxigraph did not answer at {url} within {seconds:.0f} s")


def start(location: str | None, port: int, *, read_only: bool = False,
          union: bool = True) -> tuple[subprocess.Popen, str]:
    """Start oxigraph on 127.0.0.1:PORT and wait for it; return the process and query URL.
    `union`: the default graph is the union of the named graphs (what kg asks of a server it
    writes to); an embedded kg store has its own default graph, the merge."""
    port = port or free_port()
    command = [oxigraph_binary(), "serve-read-only" if read_only else "serve",
               "--bind", f"127.0.0.1:{port}"] + (["--union-default-graph"] if union else [])
    if location:
        command += ["--location", location]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_until_up(url, proc)
    except KgError:
        proc.kill()
        err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
        raise KgError(f"could not start oxigraph on port {port}: {err.splitlines()[-1] if err else 'no answer'}") from None
    return proc, url


def serve_read_only(store_path: str, port: int, announce: Callable[[str], None],
                    page_port: int | None = None) -> None:
    """The store as a read-only SPARQL endpoint (oxigraph) on PORT and, unless PAGE_PORT is
    None, kg's web page (kg.webapp) on PAGE_PORT, until Ctrl-C or SIGTERM."""
    if not os.path.isdir(store_path):
        raise StoreError(f"no store at {store_path!r}; run `kg ingest` first or pass --store")
    import signal

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # SIGTERM too: never leave the oxigraph child behind

    from kg.store.local import LocalStore

    store = LocalStore(store_path, read_only=True)  # the merge is its default graph, unless
    union = store.union  # it was written before kg kept one
    previous = signal.signal(signal.SIGTERM, stop)
    proc, url = start(store_path, port, read_only=True, union=union)
    httpd = None
    try:
        announce(f"SPARQL endpoint: {url}")
        if page_port is not None:
            from kg import webapp

            httpd, page = webapp.start(store, page_port)
            announce(f"Web page: {page}")
        proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if httpd is not None:
            httpd.shutdown()
        store.close()
        proc.terminate()
        proc.wait(timeout=10)
        signal.signal(signal.SIGTERM, previous)
