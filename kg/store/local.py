"""The embedded store: pyoxigraph on disk (RocksDB), no server needed.

It holds one named graph per article (what the article said, replaced whole when the article
is ingested again) and, in the default graph, their merge: each triple once, however many
articles state it. kg keeps the merge with every write, in the same transaction: an
article's triples are added to it, and a replaced article's old triples that no other
article graph holds are taken out. Queries read the default graph, so a SPARQL user sees each
triple once (SPARQL 1.1's default graph is an RDF merge, a set); `GRAPH ?g { }` still reaches
the article graphs for provenance. A store written before the merge existed (article graphs,
empty default graph) gets it built the first time it is opened for writing, and is read as
the union of its graphs until then.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.namespace import KG
from kg.store.base import Capabilities, Store, triples_of, update_text

MERGE = ox.DefaultGraph()
REBUILD_MERGE = "DROP SILENT DEFAULT ;\nINSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


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
        self.union = False  # read the union of the article graphs (a store with no merge yet)
        if self._without_merge():
            if read_only:
                self.union = True
            else:
                self.rebuild_merge()

    def _without_merge(self) -> bool:
        return next(iter(self._store.quads_for_pattern(None, None, None, MERGE)), None) is None \
            and next(iter(self._store.named_graphs()), None) is not None

    def rebuild_merge(self) -> None:
        """The default graph made again from the article graphs."""
        self._store.update(REBUILD_MERGE)
        self.union = False

    def article_hash(self, graph: str) -> str | None:
        node = ox.NamedNode(graph)
        for quad in self._store.quads_for_pattern(node, ox.NamedNode(KG.contentHash), None, node):
            return quad.object.value
        return None

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        self.replace_graphs([(graph, quads)])

    FLUSH_EVERY = 50_000  # triples

    def replace_graphs_text(self, batch: list[tuple[str, str]]) -> None:
        """Each graph and its triples in the merge, in one transaction, so every article is
        wholly there or not at all: new graphs with one `extend` (the faster path), else DROP
        and INSERT DATA for each graph, INSERT DATA and DELETE DATA for the merge, in one
        SPARQL update."""
        if not batch:
            return
        stale = self._stale(batch)
        try:
            if stale is None:  # new articles only: their quads and the merge's, at once
                self._store.extend([quad for graph, body in batch for q in ox.parse(
                    body, format=ox.RdfFormat.N_TRIPLES) for quad in (
                        ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(graph)), q)])
            else:
                text = update_text(batch) + " ;\nINSERT DATA {\n" + "".join(
                    b for _, b in batch) + "}"
                if stale:
                    body = ox.serialize(stale, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
                    text += f" ;\nDELETE DATA {{\n{body}}}"
                self._store.update(text)
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

    def _stale(self, batch: list[tuple[str, str]]) -> list[ox.Triple] | None:
        """Triples of the merge that only these graphs held and that they hold no longer;
        None when none of the graphs is in the store yet."""
        names = {ox.NamedNode(graph) for graph, _ in batch}
        old = triples_of(q for g in names for q in self._store.quads_for_pattern(None, None,
                                                                                 None, g))
        if not old:
            return None
        old -= {q.triple for q in ox.parse("".join(b for _, b in batch),
                                           format=ox.RdfFormat.N_TRIPLES)}
        return sorted((t for t in old if not any(
            isinstance(q.graph_name, ox.NamedNode) and q.graph_name not in names
            for q in self._store.quads_for_pattern(t.subject, t.predicate, t.object, None))),
            key=str)

    def bulk_add(self, quads: list[ox.Quad]) -> None:
        """The bulk path for graphs that are not in the store yet: fast, not transactional."""
        self._store.bulk_extend(quads + [ox.Quad(q.subject, q.predicate, q.object, MERGE)
                                         for q in quads])

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        return list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def select(self, sparql: str, bindings: Mapping[str, ox.Literal | ox.NamedNode] | None = None):
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(sparql, use_default_graph_as_union=self.union,
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
        return bool(self._store.query(sparql, use_default_graph_as_union=self.union))

    def update(self, sparql: str) -> None:
        """A user's update, then the merge made again from all the article graphs."""
        self._store.update(sparql)
        self.rebuild_merge()

    def quads(self) -> Iterator[ox.Quad]:
        for graph in self._store.named_graphs():
            yield from self._store.quads_for_pattern(None, None, None, graph)

    def _count(self, pattern: str) -> int:
        result = self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
        return int(next(iter(result))[0].value)  # (counted by the store: faster than Python)

    def count(self) -> int:
        return self._count("GRAPH ?g { ?s ?p ?o }")

    def triple_count(self) -> int:
        if self.union:
            return len(triples_of(self.quads()))
        return self._count("?s ?p ?o")

    def triples(self) -> Iterator[ox.Triple]:
        if self.union:
            return iter(triples_of(self.quads()))
        return (ox.Triple(q.subject, q.predicate, q.object)
                for q in self._store.quads_for_pattern(None, None, None, MERGE))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and not self.capabilities.read_only:
            store.flush()
        self._store = None  # type: ignore[assignment]
