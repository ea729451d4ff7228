"""Our ontology's terms as a closed namespace: a misspelt term fails, it never mints an IRI.

The term list mirrors ontology/kg.ttl; a test checks that the two agree.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology#"
DEFAULT_BASE = "https://w3id.org/kg-news/id/"


class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace(ONTOLOGY_IRI)

    # classes
    Article: URIRef
    Agent: URIRef
    Person: URIRef
    Organisation: URIRef
    Place: URIRef
    Country: URIRef
    Role: URIRef
    Tenure: URIRef
    OfficeTerm: URIRef
    Event: URIRef
    Meeting: URIRef
    Summit: URIRef
    Visit: URIRef
    Call: URIRef
    Commitment: URIRef
    Agreement: URIRef
    Pledge: URIRef
    Threat: URIRef
    Demand: URIRef
    Goal: URIRef
    Statement: URIRef
    Evidence: URIRef
    Status: URIRef
    # status individuals
    occurred: URIRef
    planned: URIRef
    hypothetical: URIRef
    denied: URIRef
    # properties
    participant: URIRef
    place: URIRef
    date: URIRef
    datePrecision: URIRef
    organiser: URIRef
    status: URIRef
    partOf: URIRef
    metWith: URIRef
    actor: URIRef
    target: URIRef
    content: URIRef
    condition: URIRef
    madeAt: URIRef
    holdsRole: URIRef
    heldRole: URIRef
    roleOf: URIRef
    holder: URIRef
    post: URIRef
    asOf: URIRef
    endedBefore: URIRef
    knownUntil: URIRef
    roleTitle: URIRef
    memberOf: URIRef
    locatedIn: URIRef
    mentionedIn: URIRef
    evidence: URIRef
    confidence: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    speaker: URIRef
    text: URIRef
    title: URIRef
    published: URIRef
    url: URIRef
    source: URIRef
    contentHash: URIRef
    extractorVersion: URIRef
    isoCode: URIRef
    geonamesId: URIRef
    cameoCode: URIRef
    ploverCategory: URIRef


PREFIXES = {
    "kg": ONTOLOGY_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "org": "http://www.w3.org/ns/org#",
}
