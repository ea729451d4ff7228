"""Canned queries: their headers, their contract columns, and safe parameter binding."""

from __future__ import annotations

import re

import pytest

from kg import queries
from kg.errors import QueryError

CONTRACT = {
    "who-met-whom": ["person_a", "person_b", "place", "date", "event", "article", "kind"],
    "summits": ["summit", "place", "date", "participants", "article"],
    "commitments": ["actor", "type", "content", "target", "condition", "date", "article"],
    "roles": ["person", "role", "country"],
    "statements": ["speaker", "text", "date", "article"],
    "timeline": ["date", "kind", "description", "article"],
    "places": ["place", "country", "lat", "long", "event", "kind", "date", "participants",
               "article"],
}


def test_queries_canned_set_with_headers():
    canned = queries.canned()
    assert set(canned) == set(CONTRACT)
    for q in canned.values():
        assert q.title and q.description and q.example, q.name
        assert q.params, q.name


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_queries_columns_keep_the_contract(seed_store, name):
    columns, rows = queries.run(seed_store, queries.find(name))
    assert columns == CONTRACT[name]
    assert rows, f"{name} gave no rows on the seeds"
    assert all(isinstance(v, str) and not v.startswith("http") for r in rows for v in r.values())


def test_queries_dates_are_plain(seed_store):
    _, rows = queries.run(seed_store, queries.find("who-met-whom"), {"status": "all"})
    import re

    assert all(re.fullmatch(r"(\d{4}(-\d\d(-\d\d)?)?)?", r["date"]) for r in rows)


@pytest.mark.parametrize(
    "hostile",
    ['Putin" } ; DROP ALL ; { "', "x\\\" ) } UNION { ?s ?p ?o", "\u202eevil\u0000", "'''"],
)
def test_queries_parameters_are_bound_as_literals(seed_store, hostile):
    before = seed_store.count()
    _, rows = queries.run(seed_store, queries.find("who-met-whom"), {"person": hostile})
    assert rows == []
    assert seed_store.count() == before


def test_queries_alias_matches(seed_store):
    _, rows = queries.run(seed_store, queries.find("who-met-whom"), {"person": "Xi"})
    assert rows and all(r["person_a"] == "Xi Jinping" for r in rows)


def test_queries_unknown_parameter_is_an_error():
    with pytest.raises(QueryError, match="has no parameter 'persn'; it takes: person, status"):
        queries.bind(queries.find("who-met-whom"), {"persn": "x"})


def test_queries_unknown_name_is_an_error():
    with pytest.raises(QueryError, match="no canned query named 'who-met'"):
        queries.find("who-met")


@pytest.mark.parametrize("text", ["DROP ALL", "PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }",
                                  "CLEAR GRAPH <http://x>", "delete where { ?s ?p ?o }"])
def test_queries_updates_are_recognised(text):
    assert queries.is_update(text)


def test_queries_paging(seed_store):
    _, everything = queries.run(seed_store, queries.find("roles"))
    _, page = queries.run(seed_store, queries.find("roles"), limit=2, offset=1)
    assert page == everything[1:3]


def test_queries_who_met_whom_leaves_calls_out_unless_asked(seed_store):
    def kinds(params):
        return {r["kind"] for r in queries.run(seed_store, queries.find("who-met-whom"),
                                                params)[1]}

    assert "call" not in kinds({})  # a phone call is not a meeting
    assert kinds({"kind": "call"}) == {"call"}
    assert {"call", "meeting", "summit"} <= kinds({"kind": "all"})


@pytest.mark.parametrize("name, param, value, says", [
    ("who-met-whom", "status", "happened", "is not one of: occurred, planned, hypothetical, "
                                           "denied, all"),
    ("commitments", "type", "threats", "did you mean 'threat'?"),
    ("who-met-whom", "kind", "calls", "did you mean 'call'?"),
    ("roles", "date", "July", "is not a date as YYYY-MM-DD"),
    ("roles", "date", "2025-13-01", "is not a date as YYYY-MM-DD"),
    ("summits", "status", "Planned!", "is not one of"),
])
def test_queries_values_with_a_fixed_set_or_format_are_checked(name, param, value, says):
    """Issue 12 item 8: a value outside the set, or not a date, is an error naming what the
    parameter takes, not 0 rows."""
    with pytest.raises(QueryError, match=re.escape(says)):
        queries.bind(queries.find(name), {param: value})


def test_queries_a_choice_is_read_in_any_case(seed_store):
    q = queries.find("commitments")
    assert queries.run(seed_store, q, {"type": "Threat"})[1] == \
        queries.run(seed_store, q, {"type": "threat"})[1] != []



def test_a_users_query_may_use_kgs_prefixes_without_declaring_them(seed_store):
    """`kg query "SELECT ... { ?p a kg:Person ; rdfs:label ?name }"` runs as written: kg's
    prefixes are declared for it (a prefix the query declares itself is left as it is)."""
    from kg import queries

    text = "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?p a kg:Person ; rdfs:label ?name } }"
    _, rows = queries.run(seed_store, queries.find(text))
    assert {"name": "Vladimir Putin"} in rows
    own = "PREFIX kg: <http://example.org/other#>\nSELECT ?s WHERE { ?s a kg:Person }"
    assert queries.with_prefixes(own).count("PREFIX kg:") == 1
    assert "PREFIX rdfs:" not in queries.with_prefixes("SELECT ?s WHERE { ?s <x:rdfs:y> ?o }")
