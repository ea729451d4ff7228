"""Our own sample articles (seeds/): the facts in tests/data/seed_facts.json, through the
canned queries, on a store that holds all the seeds at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.names import canon

FACTS = json.loads((Path(__file__).parent / "data" / "seed_facts.json").read_text())


def pair(row):
    return tuple(sorted((row["person_a"], row["person_b"])))


@pytest.mark.parametrize("meeting", FACTS["meetings"], ids=lambda m: f"{m['a']}-{m['b']}")
def test_seeds_meetings(query, meeting):
    kind = meeting.get("kind", "meeting")  # a call is listed only when asked for
    rows = [r for r in query("who-met-whom", **({"kind": kind} if kind == "call" else {}))
            if pair(r) == tuple(canon([meeting["a"], meeting["b"]]))]
    assert rows, f"no meeting {meeting}"
    if kind == "call":
        assert not [r for r in query("who-met-whom") if pair(r) == pair(rows[0])]
    assert any(r["place"] == meeting["place"] and r["date"] == meeting["date"] for r in rows), rows


@pytest.mark.parametrize("meeting", FACTS["not_meetings"], ids=lambda m: f"{m['a']}-{m['b']}")
def test_seeds_not_meetings(query, meeting):
    wanted = tuple(sorted((meeting["a"], meeting["b"])))
    assert not [r for r in query("who-met-whom") if pair(r) == wanted]
    statuses = [r for r in query("who-met-whom", status="all") if pair(r) == wanted]
    assert statuses, "the denied or hypothetical meeting is still in the graph, with its status"


@pytest.mark.parametrize("summit", FACTS["summits"], ids=lambda s: s["summit"])
def test_seeds_summits(query, summit):
    rows = [r for r in query("summits") if r["summit"] == summit["summit"] and
            r["date"] == summit["date"]]
    assert rows, query("summits")
    assert rows[0]["place"] == summit["place"]
    for person in summit["participants"]:
        assert person in rows[0]["participants"].split("; ")


@pytest.mark.parametrize("commitment", FACTS["commitments"],
                         ids=lambda c: f"{c['actor']}-{c['type']}")
def test_seeds_commitments(query, commitment):
    actors = set(commitment["actor"].split("; "))
    rows = [r for r in query("commitments", type=commitment["type"])
            if set(r["actor"].split("; ")) == actors]
    assert rows, query("commitments", type=commitment["type"])
    for key in ("target", "condition", "date"):
        if key in commitment:
            assert any(r[key] == commitment[key] for r in rows), rows


@pytest.mark.parametrize("role", FACTS["roles"], ids=lambda r: r["person"])
def test_seeds_roles(query, role):
    assert role in query("roles", person=role["person"])


@pytest.mark.parametrize("statement", FACTS["statements"], ids=lambda s: s["speaker"])
def test_seeds_statements(query, statement):
    rows = query("statements", speaker=statement["speaker"])
    assert any(r["text"].startswith(statement["starts"]) for r in rows), rows
