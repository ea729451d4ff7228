"""Stage 6, export: the store as Turtle, N-Triples, N-Quads, TriG or JSON-LD.

Triple formats (Turtle, N-Triples, JSON-LD) hold the merge of all article graphs, each
triple once (the embedded store's default graph); quad formats (N-Quads, TriG) keep one named
graph per article. JSON-LD is a
compact document with an @context for kg's prefixes.
"""

from __future__ import annotations

from typing import IO

import pyoxigraph as ox

from kg.namespace import DEFAULT_BASE, PREFIXES

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, False),  # written by rdflib, compact, with @context
}
SUFFIX = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


ONTOLOGY_GRAPH = "https://w3id.org/kg-news/ontology"


def export(store, fmt: str, out: IO[bytes], base: str | None = None,
           with_ontology: bool = False) -> int:
    """Write the store in the given format; return how many triples or quads were written.

    With `with_ontology`, ontology/kg.ttl goes along (in the union, or as its own named
    graph in N-Quads and TriG), so a reasoner or a SPARQL user with RDFS inference finds
    `?e a kg:Meeting` for visits too."""
    rdf_format, quads = FORMATS[fmt]
    prefixes = dict(PREFIXES)
    prefixes["id"] = base or DEFAULT_BASE
    extra: list[ox.Quad] = []
    if with_ontology:
        from kg.resources import ontology_file

        with open(ontology_file("kg.ttl"), "rb") as fh:
            extra = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_GRAPH))
                     for t in ox.parse(fh, ox.RdfFormat.TURTLE)]
    if quads:
        items: list = sorted(list(store.quads()) + extra, key=str)
    else:
        items = sorted(set(store.triples()) | {q.triple for q in extra}, key=str)
    if fmt == "jsonld":
        _jsonld(items, out, prefixes)
        return len(items)
    kwargs = {} if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else {
        "prefixes": prefixes}
    ox.serialize(items, out, rdf_format, **kwargs)
    return len(items)


def _jsonld(triples: list, out: IO[bytes], prefixes: dict[str, str]) -> None:
    """A compact JSON-LD document whose @context names kg's prefixes ("kg:participant",
    "rdfs:label"): pyoxigraph writes JSON-LD only expanded, so rdflib writes this one."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"),
                format="nt")
    text = graph.serialize(format="json-ld", context=prefixes, auto_compact=True, indent=1)
    out.write(text.encode("utf-8"))
