"""Extraction on a Dask cluster: `kg ingest --dask ADDRESS` (issue 14).

Dask's workers parse and extract; this process resolves, maps and writes, as it does with
`--workers N`. Resolution stays here on purpose: one node per real person and event needs
one Resolver that has seen every earlier article, in input order, and what it has seen
includes articles not yet written. Workers that resolved and wrote for themselves gave
another graph for each fan-out (a worker's resolver cannot see another worker's unwritten
articles); with one resolver the graph is the one a plain `kg ingest` writes.

- `local:N` starts a LocalCluster of N worker processes (one thread each) on loopback, and
  stops it at the end; any other ADDRESS (`tcp://host:8786`, `host:8786`) is a running
  scheduler whose workers have kg and the same spaCy model installed.
- Each worker loads the pipeline once, in its main thread: a WorkerPlugin whose setup runs
  there (a task runs in a thread of the worker's pool, where spaCy loads too, but what
  installs a signal handler cannot). kg.nlp.load keeps it per process; tasks look it up.
- One task per `batch_size` articles, at most IN_FLIGHT per worker submitted and not yet
  taken: memory stays bounded on a large corpus and the workers seldom wait for work.
  Results are taken strictly in input order.
- A task whose worker dies is run again on another worker by the scheduler (and `retries`
  more times if it raises); each task's result is read once, so each article is written
  once.

Dask is imported by this module only, and only when --dask is given.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from kg.errors import KgError, ModelError

CONNECT_TIMEOUT = 5.0  # seconds to reach a scheduler before saying it cannot be reached
WORKERS_TIMEOUT = 60.0  # seconds to wait for a scheduler's first worker
IN_FLIGHT = 4  # tasks submitted and not yet taken, per worker: one slow batch at the head
# of the line leaves the others work to do (workers busy 93% of the time with 2, 97% with 4)
RETRIES = 1  # more runs of a task that raised (a lost worker's task is rerun anyway)
INSTALL = "pip install 'kg-news[dask]'"  # (or `pip install '.[dask]'` in a checkout)

# Local workers are kg's alone: glibc's own malloc thresholds from the start (see
# _sliding_malloc_thresholds), and no statistical profiler interrupting spaCy 100 times a
# second for the dashboard's profile page (3-7 ms of 130 ms per article, measured)
LOCAL_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                "distributed.worker.profile.enabled": False}

_LOCAL = re.compile(r"local(?::(\d+))?", re.I)


def _require_dask() -> None:
    if importlib.util.find_spec("distributed") is None:
        raise KgError(f"--dask needs Dask's distributed scheduler, which is not installed: "
                      f"`{INSTALL}` (or `pip install '.[dask]'` in a checkout of kg)")


def local_workers(address: str) -> int | None:
    """N for `local:N` (the number of cores for `local`), None for a scheduler's address."""
    match = _LOCAL.fullmatch(address.strip())
    if not match:
        if address.strip().lower().startswith("local"):
            raise KgError(f"--dask {address!r}: write local:N with N a number of workers, "
                          "e.g. local:2")
        return None
    n = int(match.group(1)) if match.group(1) else (os.cpu_count() or 1)
    if not 1 <= n <= 256:
        raise KgError(f"--dask {address!r}: the number of local workers must be 1 to 256, "
                      "e.g. local:2")
    return n


def _plugin_class() -> type:
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelineLoader(WorkerPlugin):
        """Loads kg's pipeline when a worker joins: in its main thread, once per process."""

        idempotent = True  # another ingest with the same model: no second load

        def __init__(self, model: str | None, local: bool) -> None:
            from kg import EXTRACTOR_VERSION

            self.model = model
            self.local = local
            self.version = EXTRACTOR_VERSION
            self.name = f"kg-pipeline-{model or 'default'}-v{EXTRACTOR_VERSION}"

        def setup(self, worker: Any) -> None:
            import signal
            import threading

            from kg import EXTRACTOR_VERSION
            from kg import nlp as nlp_stage

            if self.local and threading.current_thread() is threading.main_thread():
                # Ctrl-C (the terminal's whole process group) and SIGTERM are kg's to
                # handle: it writes what was extracted, then its LocalCluster stops this
                # worker (which also exits when kg's process is gone)
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
            _sliding_malloc_thresholds()
            if EXTRACTOR_VERSION != self.version:
                raise RuntimeError(f"this worker has kg's extractor version "
                                   f"{EXTRACTOR_VERSION}, the client {self.version}: "
                                   "install the same kg on both")
            nlp_stage.load(self.model)

    return PipelineLoader


def _sliding_malloc_thresholds() -> None:
    """Undo, in this worker, what Dask's nanny sets to return memory to the system sooner:
    MALLOC_TRIM_THRESHOLD_=65536 also stops glibc from raising its mmap threshold, so every
    block of 128 KiB or more that spaCy allocates is a fresh mmap, zeroed and faulted in
    again: 6,400 page faults and 18 ms of system time per article, against 1,600 and 6 ms
    (bench corpus). The values set are those glibc's sliding thresholds reach."""
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-3, 32 << 20)  # M_MMAP_THRESHOLD: glibc's upper bound for it
        libc.mallopt(-1, 64 << 20)  # M_TRIM_THRESHOLD: twice that, as glibc keeps it
    except (OSError, AttributeError):  # not glibc: nothing to undo
        pass


def extract_batch(model: str | None, batch: list[tuple[str, Any]]) -> list[object]:
    """The task: Facts of each (prepared text, Article), in order. Runs on a worker."""
    from kg import nlp as nlp_stage
    from kg.extract import extract

    pipeline = nlp_stage.load(model)  # loaded by the plugin when the worker joined
    return [extract(doc, article)
            for doc, article in nlp_stage.parse(pipeline, batch, len(batch) or 1)]


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while local workers are spawned: they inherit it (a Ctrl-C meant for
    kg then reaches no worker, whose tracebacks would bury kg's summary)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class DaskCluster:
    """A client of a Dask scheduler (and the LocalCluster behind it, for `local:N`)."""

    def __init__(self, address: str, *, timeout: float = CONNECT_TIMEOUT) -> None:
        _require_dask()
        self.address = address
        self.local = local_workers(address)
        self._cluster: Any = None
        self.client: Any = None
        self._plugins: set[str] = set()
        try:
            self._start(timeout)
        except BaseException:
            self.close()
            raise

    def _start(self, timeout: float) -> None:
        from distributed import Client

        if self.local is not None:
            import dask
            from distributed import LocalCluster

            with _sigint_ignored(), dask.config.set(LOCAL_CONFIG):  # Ctrl-C: see setup
                self._cluster = LocalCluster(n_workers=self.local, threads_per_worker=1,
                                             processes=True, host="127.0.0.1",
                                             dashboard_address="127.0.0.1:0")  # a free port
            self.client = Client(self._cluster)
            return
        try:
            self.client = Client(self.address, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise KgError(f"cannot reach the Dask scheduler at {self.address} within "
                          f"{timeout:g} s ({str(exc).splitlines()[0][:200]}); start one with "
                          "`dask scheduler` and workers with `dask worker ADDRESS`, or use "
                          "--dask local:N") from None
        try:
            self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise KgError(f"the Dask scheduler at {self.address} has no worker (waited "
                          f"{WORKERS_TIMEOUT:g} s): start some with `dask worker "
                          f"{self.address}`") from exc

    @property
    def workers(self) -> int:
        return len(self.client.nthreads())

    @property
    def dashboard(self) -> str | None:
        """The scheduler's dashboard link, when it serves one."""
        services = self.client.scheduler_info().get("services", {})
        return self.client.dashboard_link if "dashboard" in services else None

    def describe(self) -> str:
        where = "a local cluster" if self.local is not None else self.address
        n = self.workers
        text = f"Dask: {n} worker{'' if n == 1 else 's'} at {where}"
        link = self.dashboard
        if link and self.local is not None and importlib.util.find_spec("bokeh") is None:
            link += " (its pages need bokeh: pip install bokeh)"
        return text + (f"; dashboard {link}" if link else "")

    def load_pipeline(self, model: str | None) -> None:
        """Every worker, now and joining later, loads the pipeline (once per process)."""
        plugin = _plugin_class()(model, self.local is not None)
        if plugin.name in self._plugins:
            return
        answers = self.client.register_plugin(plugin) or {}
        for worker, answer in answers.items():
            if isinstance(answer, dict) and answer.get("status") == "error":
                text = str(answer.get("exception_text") or answer.get("exception") or answer)
                raise ModelError(f"the Dask worker {worker} could not load kg's pipeline: "
                                 f"{text.splitlines()[0][:300] if text else 'no reason given'}")
        self._plugins.add(plugin.name)

    def extract(self, items: Iterable[tuple[str, tuple[Any, str, str | None]]],
                model: str | None, batch_size: int,
                in_flight: int | None = None) -> Iterator[tuple[Any, str, str | None, object]]:
        """(article, graph, old hash, Facts) for each (prepared text, (article, graph, old
        hash)), in input order; the parsing and extraction run on the workers."""
        self.load_pipeline(model)
        window = in_flight or IN_FLIGHT * max(1, self.workers)
        iterator = iter(items)
        pending: deque[tuple[Any, list[tuple[Any, str, str | None]]]] = deque()

        def submit() -> bool:
            chunk = list(islice(iterator, batch_size))
            if not chunk:
                return False
            future = self.client.submit(extract_batch, model,
                                        [(text, context[0]) for text, context in chunk],
                                        pure=False, retries=RETRIES)
            pending.append((future, [context for _, context in chunk]))
            return True

        try:
            while len(pending) < window and submit():
                pass
            while pending:
                future, contexts = pending.popleft()
                facts = future.result()
                future.release()
                submit()  # keep the workers busy while this process resolves and writes
                for (article, graph, existing), found in zip(contexts, facts, strict=True):
                    yield article, graph, existing, found
        finally:
            for future, _ in pending:  # Ctrl-C, or an error: nothing more is computed
                future.cancel()

    def close(self) -> None:
        client, cluster = self.client, self._cluster
        self.client = self._cluster = None
        try:
            if client is not None:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()

    def __enter__(self) -> DaskCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extract_on_dask(items: Iterable[tuple[str, tuple[Any, str, str | None]]],
                    model: str | None, batch_size: int, dask: str | DaskCluster,
                    ) -> Iterator[tuple[Any, str, str | None, object]]:
    """kg.ingest's third producer: a cluster given as an address is started (or reached)
    here and closed at the end; a DaskCluster given is the caller's to close."""
    if isinstance(dask, DaskCluster):
        yield from dask.extract(items, model, batch_size)
        return
    with DaskCluster(dask) as cluster:
        yield from cluster.extract(items, model, batch_size)
