from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib

from kg.export import FORMATS, export


def union_size(store):
    return len({ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()})


def test_export_turtle_parses_with_rdflib_and_pyoxigraph(seed_store):
    buf = io.BytesIO()
    n = export(seed_store, "turtle", buf)
    data = buf.getvalue()
    graph = rdflib.Graph().parse(data=data.decode("utf-8"), format="turtle")
    parsed = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert n == len(graph) == len(parsed) == union_size(seed_store)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_every_format_round_trips(seed_store, fmt):
    buf = io.BytesIO()
    export(seed_store, fmt, buf)
    rdf_format, is_dataset = FORMATS[fmt]
    parsed = list(ox.parse(buf.getvalue(), format=rdf_format))
    expected = seed_store.count() if is_dataset else union_size(seed_store)
    assert len(parsed) == expected


def test_export_turtle_is_isomorphic_to_the_store(seed_store):
    buf = io.BytesIO()
    export(seed_store, "turtle", buf)
    exported = rdflib.Graph().parse(data=buf.getvalue().decode("utf-8"), format="turtle")
    nt = ox.serialize({ox.Triple(q.subject, q.predicate, q.object) for q in seed_store.quads()},
                      format=ox.RdfFormat.N_TRIPLES)
    direct = rdflib.Graph().parse(data=nt.decode("utf-8"), format="nt")
    from rdflib.compare import isomorphic

    assert isomorphic(exported, direct)
