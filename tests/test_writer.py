"""The writer thread (kg/writer.py): batches land whole and in order, a store that cannot
write fails only its batch, and an unexpected error stops ingest instead of vanishing."""

from __future__ import annotations

import pytest

from kg.ingest import ingest
from kg.store import open_store
from tests.test_robustness import corpus_jsonl


class FailingWrites:
    """The real pyoxigraph store, except that write call number `at` (an update, or an
    extend of new graphs) raises `error`."""

    def __init__(self, inner, at: int, error: BaseException) -> None:
        self.inner, self.at, self.error, self.calls = inner, at, error, 0

    def _write(self, how: str, data) -> None:
        self.calls += 1
        if self.calls == self.at:
            raise self.error
        getattr(self.inner, how)(data)

    def update(self, text: str) -> None:
        self._write("update", text)

    def extend(self, quads) -> None:
        self._write("extend", quads)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def graph_count(store) -> int:
    return len(store.graphs())


def test_writer_keeps_the_order_of_the_articles(tmp_path, nlp):
    corpus_jsonl(tmp_path / "c.jsonl", 20)
    seen: list[str] = []
    with open_store(str(tmp_path / "db")) as store:
        summary = ingest([str(tmp_path / "c.jsonl")], store, batch_size=3,
                         on_article=lambda article, status, n: seen.append(article.title))
        assert summary.new == 20 and graph_count(store) == 20
    assert seen == [f"Round {i}" for i in range(20)]


def test_writer_a_failed_write_fails_that_batch_only(tmp_path, nlp):
    corpus_jsonl(tmp_path / "c.jsonl", 20)
    errors = []
    with open_store(str(tmp_path / "db")) as store:
        store._store = FailingWrites(store._store, 2, OSError("No space left on device"))
        summary = ingest([str(tmp_path / "c.jsonl")], store, batch_size=5,
                         on_error=errors.append)
        assert (summary.new, len(summary.failed)) == (15, 5)
        assert graph_count(store) == 15
    assert all("not written: cannot write to store" in str(e) and "No space left" in str(e)
               for e in errors)
    assert [e.origin for e in errors] == [f"{tmp_path / 'c.jsonl'}:{i}" for i in range(6, 11)]


def test_writer_an_unexpected_error_stops_ingest_and_what_was_written_is_whole(tmp_path, nlp):
    corpus_jsonl(tmp_path / "c.jsonl", 20)
    with open_store(str(tmp_path / "db")) as store:
        store._store = FailingWrites(store._store, 2, RuntimeError("a bug in the store"))
        with pytest.raises(RuntimeError, match="a bug in the store"):
            ingest([str(tmp_path / "c.jsonl")], store, batch_size=5)
        assert graph_count(store) == 5  # the first batch; nothing after the error
        for graph in store.graphs():
            assert store.article_hash(graph)  # each article graph is whole
