"""Stage 6, export: the store as Turtle, N-Triples, N-Quads, TriG or JSON-LD.

Triple formats (Turtle, N-Triples, JSON-LD) hold the union of all article graphs, each
triple once; quad formats (N-Quads, TriG) keep one named graph per article.
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
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}
SUFFIX = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


def export(store, fmt: str, out: IO[bytes], base: str | None = None) -> int:
    """Write the store in the given format; return how many triples or quads were written."""
    rdf_format, quads = FORMATS[fmt]
    prefixes = dict(PREFIXES)
    prefixes["id"] = base or DEFAULT_BASE
    if quads:
        items: list = sorted(store.quads(), key=str)
    else:
        items = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()},
                       key=str)
    kwargs = {} if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else {
        "prefixes": prefixes}
    ox.serialize(items, out, rdf_format, **kwargs)
    return len(items)
