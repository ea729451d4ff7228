"""Properties, not examples: the readers, date normalisation, IRI minting and parameter
binding hold for any input hypothesis can think of."""

from __future__ import annotations

import datetime as dt
import re

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import queries
from kg.dates import normalise
from kg.errors import SourceError
from kg.gazetteer import slug
from kg.rdf import entity_iri, normal_base
from kg.sources import Article, article_id, decode, read_data

SUFFIXES = st.sampled_from([".txt", ".md", ".jsonl"])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_properties_decode_gives_text_or_a_clear_error(data):
    try:
        assert isinstance(decode(data, "f.txt"), str)
    except SourceError as err:
        assert err.origin == "f.txt" and err.reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000), SUFFIXES)
def test_properties_readers_never_crash(text, suffix):
    for item in read_data(text, "f" + suffix, suffix):
        assert isinstance(item, Article | SourceError)
        if isinstance(item, Article):
            assert item.text.strip() and re.fullmatch(r"[0-9a-f]{16}", item.id)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.dates(min_value=dt.date(1900, 1, 1),
                                      max_value=dt.date(2100, 1, 1)),
       st.sampled_from([None, "DMY", "MDY"]), st.booleans())
def test_properties_dates_never_crash_and_keep_their_shape(text, published, order, future):
    value = normalise(text, published, order, future=future)
    if value is not None:
        pattern = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}
        assert re.fullmatch(pattern[value.precision], value.value)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["person", "org", "place", "country"]))
def test_properties_minted_iris_are_always_valid(name, kind):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*|x", slug(name))
    iri = entity_iri(f"{kind}:{name}", normal_base(None))
    ox.NamedNode(iri)  # raises on an invalid IRI
    assert iri == entity_iri(f"{kind}:{name}", normal_base(None))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=50)),
       st.one_of(st.none(), st.text(max_size=50)))
def test_properties_article_ids_are_stable(text, title, url):
    one = article_id(text, title, None, url)
    assert one == article_id(text, title, None, url)
    assert re.fullmatch(r"[0-9a-f]{16}", one)


STORE = ox.Store()
STORE.add(ox.Quad(ox.NamedNode("http://x/p"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                  ox.Literal("Someone"), ox.NamedNode("http://x/g")))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=100))
def test_properties_any_parameter_value_is_bound_as_a_literal(value):
    q = queries.parse("SELECT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name }",
                      "t")
    text = queries.bind(q, {"name": value})
    rows = list(STORE.query(text, use_default_graph_as_union=True))
    assert len(rows) == (1 if value == "Someone" else 0)
    assert len(STORE) == 1
