"""How an ingest reports as it goes: one live line on a terminal, plain lines elsewhere.

On a terminal (and not in CI) a long ingest shows one line that tqdm keeps up to date:
articles done of the total (when the inputs can be counted up front), articles/s, words/s,
time left and failures so far; errors, warnings and skipped files print above it. Piped or
in CI, each article is one plain line as before; `-q` keeps only problems and the summary.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from kg.sources import FEED_SUFFIXES, JSONL_SUFFIXES, KNOWN_SUFFIXES, walk


def live_wanted(stream: IO[str], quiet: bool) -> bool:
    """A live line only for a person watching: a terminal, not CI, not a dumb terminal."""
    return not quiet and stream.isatty() and not os.environ.get("CI") and \
        os.environ.get("TERM") != "dumb"


def count_articles(paths: Iterable[str], url_lists: Iterable[str] = ()) -> int | None:
    """How many articles the inputs hold, when that is known without reading them: files
    (one article each) and JSON lines (one a line); None when a feed, a URL or standard
    input is among them."""
    if list(url_lists):
        return None
    total = 0
    for raw in paths:
        if raw == "-" or raw.startswith(("http://", "https://")):
            return None
        path = Path(raw)
        files = [p for p in walk(path) if isinstance(p, Path)] if path.is_dir() else [path]
        for f in files:
            suffix = f.suffix.lower()
            if suffix in FEED_SUFFIXES:
                return None
            if suffix in JSONL_SUFFIXES:
                try:
                    with f.open("rb") as fh:
                        total += sum(chunk.count(b"\n") for chunk in iter(
                            lambda fh=fh: fh.read(1 << 20), b""))
                except OSError:
                    pass
            elif suffix in KNOWN_SUFFIXES:
                total += 1
    return total


def silence_stdout() -> None:
    """Send what is left for standard output to /dev/null once its reader has gone (a pipe
    to `head`), so neither a later line nor the flush at exit raises BrokenPipeError."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test's capture): nothing to redirect
        pass
    finally:
        os.close(devnull)


class Progress:
    """Reports articles as they are ingested: live (tqdm) or one plain line each."""

    def __init__(self, out: IO[str], err: IO[str], *, live: bool, quiet: bool,
                 total: int | None = None) -> None:
        self.out: IO[str] | None = out  # plain article lines (None: its reader went away)
        self.stream = err  # problems, and the live line
        self.live = live
        self.quiet = quiet
        self.words = 0
        self.failures = 0
        self.started = time.monotonic()
        self.bar: Any = None
        if live:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" articles", file=err, dynamic_ncols=True,
                            smoothing=0.1, mininterval=0.5,
                            bar_format="{n_fmt}/{total_fmt} articles {bar:20} "
                                       "{rate_noinv_fmt}{postfix} [{elapsed}, {remaining} left]"
                            if total else "{n_fmt} articles, {rate_noinv_fmt}{postfix} "
                                          "[{elapsed}]")
            self._postfix()

    def _postfix(self) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s, "
                                 f"{self.failures} failed", refresh=False)

    def article(self, article: Any, state: str, triples: int) -> None:
        if state != "unchanged":
            self.words += len(article.text.split())
        if self.bar is not None:
            self.bar.update(1)
            self._postfix()
        elif not self.quiet and self.out is not None:
            try:
                print(f"{state:<9} {triples:>5} triples  {article.origin}", file=self.out,
                      flush=True)
            except BrokenPipeError:  # the reader went away (`| head`): the ingest goes on
                self.out = None
                silence_stdout()

    def problem(self, line: str, failed: bool) -> None:
        """An error, warning or skipped file: above the live line, or a plain line."""
        if failed:
            self.failures += 1
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
            self._postfix()
            self.bar.refresh()
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
