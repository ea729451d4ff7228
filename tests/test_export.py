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


def test_export_jsonld_is_compact_with_a_context_and_the_union(seed_store):
    """Issue 12 item 4: JSON-LD was the per-article graphs, expanded, with no @context."""
    import json

    from rdflib.compare import isomorphic

    buf = io.BytesIO()
    n = export(seed_store, "jsonld", buf)
    doc = json.loads(buf.getvalue())
    assert doc["@context"]["kg"] == "https://w3id.org/kg-news/ontology#"
    assert any("kg:participant" in node for node in doc["@graph"])
    as_jsonld = rdflib.Graph().parse(data=buf.getvalue().decode("utf-8"), format="json-ld")
    ttl = io.BytesIO()
    export(seed_store, "turtle", ttl)
    as_turtle = rdflib.Graph().parse(data=ttl.getvalue().decode("utf-8"), format="turtle")
    assert n == union_size(seed_store) == len(as_jsonld)
    assert isomorphic(as_jsonld, as_turtle)


def test_export_with_ontology_answers_class_queries_with_subclasses(seed_store):
    """Issue 12 item 4: with ontology/kg.ttl in the export, `?e a/rdfs:subClassOf* kg:Meeting`
    finds summits (and visits) too, and no call (a call is not a meeting)."""
    buf = io.BytesIO()
    n = export(seed_store, "turtle", buf, with_ontology=True)
    graph = rdflib.Graph().parse(data=buf.getvalue().decode("utf-8"), format="turtle")
    assert n == len(graph) > union_size(seed_store)
    rows = graph.query("""PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?class WHERE { ?e a ?class . ?class rdfs:subClassOf* kg:Meeting }""")
    classes = {str(r[0]).rsplit("#", 1)[1] for r in rows}
    assert {"Meeting", "Summit"} <= classes and "Call" not in classes
    assert list(graph.query("ASK { ?c a <https://w3id.org/kg-news/ontology#Call> }"))[0]
