"""The interface every store keeps, with its capabilities said plainly."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Capabilities:
    named_graphs: bool = True
    transactions: bool = True
    read_only: bool = False


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

    def select(self, sparql: str, bindings: Mapping[str, ox.Literal | ox.NamedNode] | None = None
               ) -> tuple[list[str], Iterator[dict[str, ox.NamedNode | ox.Literal | None]]]:
        """Run a SELECT over the union of all graphs, with variables bound to RDF terms."""
        raise NotImplementedError

    def ask(self, sparql: str) -> bool:
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

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
