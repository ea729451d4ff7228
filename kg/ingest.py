"""The main job: sources -> nlp -> extract -> rdf -> store, with a summary.

An article whose content hash is already in the store is left alone (no NLP); a changed one
has its named graph replaced in one transaction; a bad input is reported and the rest goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.errors import KgError, Skipped, SourceError
from kg.feeds import SUMMARY_ONLY
from kg.sources import Article, read_sources
from kg.store.base import Store
from kg.writer import Payload, Writer, failure


@dataclass
class Summary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[SourceError] = field(default_factory=list)
    skipped: list[SourceError] = field(default_factory=list)
    warnings: list[SourceError] = field(default_factory=list)  # ingested, but check this
    triples: int = 0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        text = (f"{self.new} new, {self.unchanged} unchanged, {self.replaced} replaced, "
                f"{len(self.failed)} failed; {self.triples} triples written")
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"  # (not articles, or read already)
        if self.warnings:
            text += f"; {len(self.warnings)} warning{'' if len(self.warnings) == 1 else 's'}"
        return text + (" (interrupted: the rest was not read)" if self.interrupted else "")


def ingest(paths: Iterable[str], store: Store, *, published: dt.date | None = None,
           date_order: str | None = None, model: str | None = None, base: str | None = None,
           on_error: Callable[[SourceError], None] | None = None,
           on_article: Callable[[Article, str, int], None] | None = None,
           on_warning: Callable[[SourceError], None] | None = None,
           batch_size: int = 16, workers: int = 1, fetcher: object | None = None,
           url_lists: Iterable[str] = (), dask: object | None = None) -> Summary:
    """Ingest every article under `paths` (files, folders, URLs, `-`) into `store` and say
    what happened. `fetcher` (a kg.fetch.Fetcher) fetches the URLs. `dask` (an address,
    `local:N`, or a kg.cluster.DaskCluster) runs extraction on a Dask cluster."""
    from kg.rdf import article_iri

    summary = Summary()
    read_in_full: dict[str, tuple[str, bool]] = {}  # article id -> (origin, full text?)

    def skip(item: SourceError) -> None:
        summary.skipped.append(item)
        if on_error:
            on_error(item)

    def todo() -> Iterator[tuple[str, tuple[Article, str, str | None]]]:
        for item in read_sources(paths, published=published, date_order=date_order,
                                 fetcher=fetcher, url_lists=url_lists):
            if isinstance(item, SourceError):
                (summary.skipped if isinstance(item, Skipped) else summary.failed).append(item)
                if on_error:
                    on_error(item)
                continue
            # The same article twice in one run (a page and its feed item, a URL given
            # twice) is one article: read once, or again only to replace a feed's summary
            # with the full text.
            partial = item.meta.get("summary_only") == "yes"
            first = read_in_full.get(item.id)
            if first is not None and (first[1] or partial):
                skip(Skipped(item.origin, f"not read again: the same article as {first[0]}"))
                continue
            read_in_full[item.id] = (item.origin, not partial)
            graph = article_iri(item, base)
            try:
                existing = store.article_hash(graph)
            except KgError as err:  # an endpoint that is down: this article fails, go on
                failure = SourceError(item.origin, f"not written: {err}")
                summary.failed.append(failure)
                if on_error:
                    on_error(failure)
                continue
            if existing == item.content_hash or (partial and existing is not None):
                # (a feed's summary never replaces the article the store holds already)
                summary.unchanged += 1
                if on_article:
                    on_article(item, "unchanged", 0)
                continue
            if partial:
                warning = SourceError(item.origin, SUMMARY_ONLY)
                summary.warnings.append(warning)
                if on_warning:
                    on_warning(warning)
            yield _prepared(item), (item, graph, existing)

    try:
        _run(todo(), summary, model, base, batch_size, store, on_article, on_error, workers,
             on_warning, dask)
    except KeyboardInterrupt:
        summary.interrupted = True  # what was written is whole; rerun to finish
    return summary


def _run(items: Iterator[tuple[str, tuple[Article, str, str | None]]], summary: Summary,
         model: str | None, base: str | None, batch_size: int, store: Store,
         on_article: Callable[[Article, str, int], None] | None,
         on_error: Callable[[SourceError], None] | None, workers: int = 1,
         on_warning: Callable[[SourceError], None] | None = None,
         dask: object | None = None) -> None:
    first = next(items, None)
    if first is None:
        return
    from kg.rdf import to_quads
    from kg.resolve import Resolver
    from kg.store.base import ntriples

    resolver = Resolver(store, base)

    def chained() -> Iterator[tuple[str, tuple[Article, str, str | None]]]:
        yield first
        yield from items

    def written(payload: Payload) -> None:
        article, _, existing, _, count = payload
        summary.triples += count
        if existing:
            summary.replaced += 1
        else:
            summary.new += 1
        if on_article:
            on_article(article, "replaced" if existing else "new", count)

    def failed(payload: Payload, err: KgError) -> None:  # the endpoint failed: not written
        problem = failure(payload, err)
        summary.failed.append(problem)
        if on_error:
            on_error(problem)

    writer = Writer(store, written, failed)  # one transaction (request) per batch
    pending: list[Payload] = []
    if dask is not None:  # Dask's workers extract; resolving stays here (see kg/cluster.py)
        from kg.cluster import extract_on_dask

        produced = extract_on_dask(chained(), model, batch_size, dask)  # type: ignore[arg-type]
    elif workers > 1:
        produced = _extract_in_workers(chained(), model, batch_size, workers)
    else:
        produced = _extract_here(chained(), model, batch_size)
    try:
        for article, graph, existing, facts in produced:
            for text in facts.warnings:  # type: ignore[attr-defined]
                warning = SourceError(article.origin, text)
                summary.warnings.append(warning)
                if on_warning:
                    on_warning(warning)
            try:  # one node per real person, event (asks the store: an endpoint may be down)
                quads = to_quads(resolver.resolve(facts), base)
            except KgError as err:  # this article is not written; the rest goes on
                failed((article, graph, existing, "", 0), err)
                continue
            pending.append((article, graph, existing, ntriples(quads), len(quads)))
            if len(pending) >= batch_size:
                writer.submit(pending)
                pending = []
    finally:
        try:
            writer.submit(pending)  # on Ctrl-C too: what was extracted is written whole
        finally:
            try:
                writer.close()
            finally:
                produced.close()  # workers and clusters stop now, not when collected


Extracted = tuple[Article, str, "str | None", object]  # article, graph, old hash, Facts


def _extract_here(items: Iterable[tuple[str, tuple[Article, str, str | None]]],
                  model: str | None, batch_size: int) -> Iterator[Extracted]:
    from kg import nlp as nlp_stage
    from kg.extract import extract

    pipeline = nlp_stage.load(model)
    for doc, (article, graph, existing) in nlp_stage.parse(pipeline, items, batch_size):
        yield article, graph, existing, extract(doc, article)


# -- workers: extraction in N processes; this process resolves, maps and owns the store --

_WORKER: dict[str, object] = {}


def _worker_init(model: str | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from kg import nlp as nlp_stage

    _WORKER["nlp"] = nlp_stage.load(model)


def _worker_batch(batch: list[tuple[str, tuple[Article, str, str | None]]]) -> list[Extracted]:
    from kg import nlp as nlp_stage
    from kg.extract import extract

    pipeline = _WORKER["nlp"]
    return [(article, graph, existing, extract(doc, article))
            for doc, (article, graph, existing) in nlp_stage.parse(pipeline, batch,  # type: ignore[arg-type]
                                                                   len(batch) or 1)]


def _extract_in_workers(items: Iterable[tuple[str, tuple[Article, str, str | None]]],
                        model: str | None, batch_size: int, workers: int) -> Iterator[Extracted]:
    import multiprocessing as mp
    from itertools import islice

    from kg import nlp as nlp_stage

    nlp_stage.load(model)  # load (and fail) here, once; forked workers share its memory
    iterator = iter(items)

    def batches() -> Iterator[list]:
        while chunk := list(islice(iterator, batch_size)):
            yield chunk

    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(model,)) as pool:
        for done in pool.imap(_worker_batch, batches()):
            yield from done


def _prepared(article: Article) -> str:
    from kg.textprep import prepare

    return prepare(article.text, article.title)[0]
