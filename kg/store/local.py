"""The embedded store: pyoxigraph on disk (RocksDB), no server needed."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.namespace import KG
from kg.store.base import Capabilities, Store, update_text


def _looks_like_store(path: Path) -> bool:
    return (path / "CURRENT").exists() or (path / "IDENTITY").exists()


class LocalStore(Store):
    capabilities = Capabilities(lateral=True)
    def __init__(self, path: str, *, read_only: bool = False, create: bool = True) -> None:
        self.location = path
        self._unflushed = 0
        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"store {path!r} is a file, not a store folder; "
                             "pass --store with another path")
        if folder.is_dir() and any(folder.iterdir()) and not _looks_like_store(folder):
            raise StoreError(f"store folder {path!r} holds files that are not a kg store; "
                             "nothing was changed; pass --store with an empty or new folder")
        if not folder.exists():
            if read_only or not create:
                raise StoreError(f"no store at {path!r}; run `kg ingest` first "
                                 "or pass --store PATH (or set KG_STORE)")
        try:
            if read_only:
                self._store = ox.Store.read_only(path)
                self.capabilities = Capabilities(read_only=True, lateral=True)
            else:
                if not folder.exists():
                    folder.mkdir(parents=True)
                if not os.access(folder, os.W_OK):
                    raise StoreError(f"store folder {path!r} is not writable; "
                                     "fix its permissions or pass --store with another path")
                self._store = ox.Store(path)
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreError(
                    f"store {path!r} is busy: another kg process (an ingest?) has it open "
                    "for writing; wait for it to finish, or query a copy") from None
            raise StoreError(f"cannot open store {path!r}: {message.splitlines()[0][:200]}") \
                from None

    def article_hash(self, graph: str) -> str | None:
        node = ox.NamedNode(graph)
        for quad in self._store.quads_for_pattern(node, ox.NamedNode(KG.contentHash), None, node):
            return quad.object.value
        return None

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        self.replace_graphs([(graph, quads)])

    FLUSH_EVERY = 50_000  # triples

    def replace_graphs_text(self, batch: list[tuple[str, str]]) -> None:
        """DROP and INSERT DATA for each graph in one SPARQL update: Oxigraph applies it in
        one transaction, so every article is wholly there or not at all."""
        if not batch:
            return
        try:
            self._store.update(update_text(batch))
        except OSError as exc:  # a full disk, a store folder removed under us
            raise StoreError(f"cannot write to store {self.location!r}: "
                             f"{str(exc).splitlines()[0][:200]}") from None
        # RocksDB keeps written data in memory tables until they fill: flushing them every
        # 50k triples keeps a long ingest's memory flat (measured: 780 MiB -> 203 MiB after
        # 3,000 article graphs) instead of growing with the store.
        self._unflushed += sum(body.count("\n") for _, body in batch)
        if self._unflushed >= self.FLUSH_EVERY:
            self._store.flush()
            self._unflushed = 0

    def bulk_add(self, quads: list[ox.Quad]) -> None:
        """The bulk path for graphs that are not in the store yet: fast, not transactional."""
        self._store.bulk_extend(quads)

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        return list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def select(self, sparql: str, bindings: Mapping[str, ox.Literal | ox.NamedNode] | None = None):
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True,
                                       substitutions=subs or None)
        except SyntaxError as exc:
            from kg.errors import QueryError

            raise QueryError(f"the query is not valid SPARQL: {exc}") from None
        if not isinstance(result, ox.QuerySolutions):
            from kg.errors import QueryError

            raise QueryError("only SELECT queries give tables; this query is an ASK, "
                             "CONSTRUCT or DESCRIBE")
        names = [v.value for v in result.variables]

        def rows() -> Iterator[dict]:
            for solution in result:  # values come in the order of the variables
                yield dict(zip(names, solution, strict=True))

        return names, rows()

    def ask(self, sparql: str) -> bool:
        return bool(self._store.query(sparql, use_default_graph_as_union=True))

    def update(self, sparql: str) -> None:
        self._store.update(sparql)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)

    def count(self) -> int:
        return len(self._store)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and not self.capabilities.read_only:
            store.flush()
        self._store = None  # type: ignore[assignment]
