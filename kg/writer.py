"""Stage 5, writing: batches of article graphs go to the store from a thread of their own.

spaCy keeps one core busy; the store's write (pyoxigraph parses the update and writes
RocksDB without holding the GIL; an endpoint answers over the network) runs beside it on
the other core instead of after it. Batches are written one at a time, in the order they
were given; at most one waits while another is written, so memory stays flat.

Measured on 200 bench articles, one process: the write took 5% of the bare spaCy time in
line with NLP; in its own thread it overlaps NLP (see BENCHMARKS.md for the ratio).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from kg.errors import KgError, SourceError
from kg.store.base import Store

# article, graph IRI, old content hash (None: new), N-Triples body, triple count
Payload = tuple[object, str, "str | None", str, int]


class Writer:
    """Writes batches in order from one thread; `close()` waits for the last one.

    A batch the store refuses (an endpoint down: KgError) is reported article by article
    through `failed` and the rest goes on; any other error stops the writer and is raised
    again in the caller's thread at its next `submit` or `close`.
    """

    def __init__(self, store: Store, written: Callable[[Payload], None],
                 failed: Callable[[Payload, KgError], None]) -> None:
        self.store = store
        self.written = written
        self.failed = failed
        self._queue: queue.Queue[list[Payload] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._reported = False
        self._thread = threading.Thread(target=self._loop, name="kg-writer", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue  # stopped by an error: drain the queue, write nothing more
            try:
                try:
                    self.store.replace_graphs_text(
                        [(graph, body) for _, graph, _, body, _ in batch])
                except KgError as err:
                    for payload in batch:
                        self.failed(payload, err)
                    continue
                for payload in batch:
                    self.written(payload)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                self._error = exc  # the callbacks' errors too: a dead thread would hang submit

    def _raise(self) -> None:
        if self._error is not None and not self._reported:
            self._reported = True
            raise self._error

    def submit(self, batch: list[Payload]) -> None:
        """Queue a batch (waits while another batch is queued)."""
        self._raise()
        if batch:
            self._queue.put(list(batch))

    def close(self) -> None:
        """Write what is queued, stop the thread, and raise what stopped it, if anything."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._raise()


def failure(payload: Payload, err: KgError) -> SourceError:
    article = payload[0]
    return SourceError(article.origin, f"not written: {err}")  # type: ignore[attr-defined]
