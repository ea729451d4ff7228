"""SHACL validation of the store with pySHACL, against ontology/shapes.ttl and kg.ttl."""

from __future__ import annotations

from rdflib import Graph

from kg.resources import ontology_file


def store_graph(store) -> Graph:
    """The union of the store's graphs as an rdflib Graph."""
    import pyoxigraph as ox

    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()}
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def validate_graph(graph: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ontology = Graph().parse(ontology_file("kg.ttl"))
    conforms, _, text = validate(graph, shacl_graph=shapes, ont_graph=ontology,
                                 inference="none", advanced=True)
    return bool(conforms), str(text)


def validate_store(store) -> tuple[bool, str]:
    return validate_graph(store_graph(store))
