"""The ontology declares what the data uses, and ingested data conforms to the shapes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.namespace import KG, ONTOLOGY_IRI
from kg.resources import ontology_file
from kg.validate import store_graph, validate_graph


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ontology_file("kg.ttl"))


def declared(ontology):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    return {s for k in kinds for s in ontology.subjects(RDF.type, k)
            if str(s).startswith(ONTOLOGY_IRI)}


def test_ontology_namespace_and_file_agree(ontology):
    in_code = {URIRef(ONTOLOGY_IRI + name) for name in KG.__annotations__}
    assert in_code == declared(ontology)


def test_ontology_closed_namespace_fails_on_a_misspelt_term():
    with pytest.raises(AttributeError):
        KG.partcipant  # noqa: B018


def test_ontology_every_term_has_label_and_comment(ontology):
    for term in declared(ontology):
        assert ontology.value(term, RDFS.label), term
        assert ontology.value(term, RDFS.comment), term


def test_ontology_is_aligned_with_known_vocabularies(ontology):
    supers = {str(o) for s in declared(ontology) for o in ontology.objects(s, RDFS.subClassOf)}
    supers |= {str(o) for s in declared(ontology) for o in ontology.objects(s,
                                                                             RDFS.subPropertyOf)}
    for vocabulary in ("https://schema.org/", "http://xmlns.com/foaf/0.1/",
                       "http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/ns/prov#"):
        assert any(s.startswith(vocabulary) for s in supers), vocabulary


def test_ontology_data_uses_only_declared_terms(seed_store, ontology):
    known = declared(ontology)
    used = set()
    for q in seed_store.quads():
        used.add(q.predicate.value)
        if q.predicate.value == str(RDF.type) or isinstance(q.object, ox.NamedNode):
            used.add(q.object.value)
    ours = {u for u in used if u.startswith(ONTOLOGY_IRI)}
    assert ours, "no data"
    assert {URIRef(u) for u in ours} <= known, {u for u in ours if URIRef(u) not in known}


def test_ontology_ingested_data_conforms_to_the_shapes(seed_store):
    conforms, report = validate_graph(store_graph(seed_store))
    assert conforms, report


def test_ontology_shapes_catch_broken_data():
    graph = Graph()
    node = URIRef("https://example.org/c")
    graph.add((node, RDF.type, URIRef(KG.Threat)))  # no actor, content, status or evidence
    conforms, report = validate_graph(graph)
    assert not conforms
    assert "actor" in report


def test_ontology_events_and_commitments_carry_cameo_and_plover_codes(seed_store):
    from kg import queries

    q = queries.parse("""PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT ?class ?cameo ?plover WHERE { ?x a ?class ; kg:cameoCode ?cameo ;
        kg:ploverCategory ?plover }""", "codes")
    _, rows = queries.run(seed_store, q)
    got = {(r["class"].rsplit("#", 1)[1], r["cameo"], r["plover"]) for r in rows}
    assert ("Call", "041", "CONSULT") in got
    assert ("Threat", "1312", "THREATEN") in got  # "impose tariffs on the United States"
    assert ("Agreement", "057", "AGREE") in got
    assert ("Demand", "100", "REQUEST") in got
