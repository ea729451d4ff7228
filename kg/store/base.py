"""The interface every store keeps, with its capabilities said plainly."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox


def ntriples(quads: list[ox.Quad]) -> str:
    """The triples of one graph's quads as N-Triples text."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def update_text(batch: list[tuple[str, str]]) -> str:
    """One SPARQL update that replaces each named graph with its N-Triples body."""
    parts = []
    for graph, body in batch:
        iri = ox.NamedNode(graph)
        parts.append(f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n{body}}} }}")
    return " ;\n".join(parts)


def triples_of(quads: Iterator[ox.Quad]) -> set[ox.Triple]:
    return {q.triple for q in quads}


@dataclass(frozen=True)
class Capabilities:
    named_graphs: bool = True
    transactions: bool = True
    read_only: bool = False
    lateral: bool = False  # SPARQL LATERAL joins (SEP-0006), beyond SPARQL 1.1
    values: bool = True  # parameters bound by a VALUES block (else BIND)
    ordered: bool = True  # ORDER BY sorts plain strings in character order (else kg sorts)


class Store:
    """A quad store: article graphs in, SPARQL answers and quads out."""

    capabilities = Capabilities()
    location: str = ""

    def article_hash(self, graph: str) -> str | None:
        """The content hash stored for an article graph, or None when it is not there."""
        raise NotImplementedError

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        """Replace a named graph with the given quads, all or nothing."""
        raise NotImplementedError

    def replace_graphs(self, batch: list[tuple[str, list[ox.Quad]]]) -> None:
        """Replace many graphs in one transaction (one request to an endpoint)."""
        self.replace_graphs_text([(graph, ntriples(quads)) for graph, quads in batch])

    def replace_graphs_text(self, batch: list[tuple[str, str]]) -> None:
        """The same, with each graph given as N-Triples text (what ingest workers send)."""
        raise NotImplementedError

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        """The quads of one named graph."""
        raise NotImplementedError

    def select(self, sparql: str, bindings: Mapping[str, ox.Literal | ox.NamedNode] | None = None
               ) -> tuple[list[str], Iterator[dict[str, ox.NamedNode | ox.Literal | None]]]:
        """Run a SELECT over the default graph (the embedded store's merge of the article
        graphs; an endpoint's union of its graphs), with variables bound to RDF terms."""
        raise NotImplementedError

    def ask(self, sparql: str) -> bool:
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        """The quads of the article graphs."""
        raise NotImplementedError

    def count(self) -> int:
        """How many quads the article graphs hold (a triple two articles state counts twice)."""
        raise NotImplementedError

    def triples(self) -> Iterator[ox.Triple]:
        """The merge of the article graphs: each triple once (what the default graph holds
        in the embedded store, and what triple exports write)."""
        return iter(triples_of(self.quads()))

    def triple_count(self) -> int:
        return sum(1 for _ in self.triples())

    def graphs(self) -> list[str]:
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
