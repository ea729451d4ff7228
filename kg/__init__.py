"""kg: a geopolitical knowledge-graph ingester.

News articles in; people, roles, summits, meetings, commitments and statements out, as RDF
in a local store or a SPARQL endpoint. The pipeline runs one way, one module per stage:
sources -> nlp -> extract -> rdf -> store -> queries / export.
"""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "4"
