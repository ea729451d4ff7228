"""The article this project started from (../shared/seeds), checked against the facts a
careful reader takes from it (seed-facts.json). Skips where ../shared is absent."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED_SEED

pytestmark = pytest.mark.skipif(not SHARED_SEED.exists(), reason="../shared/seeds is absent")
ARTICLE = "Putin: West tried to pull Ukraine into its orbit before NATO bid"


def rows_of(query, name, **params):
    return [r for r in query(name, **params) if ARTICLE in r.get("article", ARTICLE)]


def test_seed_article_meetings(query):
    rows = rows_of(query, "who-met-whom", person="Vladimir Putin")
    got = {(r["person_b"], r["place"], r["date"]) for r in rows}
    assert ("Donald Trump", "Alaska", "2025-08") in got
    assert ("Xi Jinping", "Tianjin", "2025-09-01") in got
    assert not [r for r in rows if "Ukrain" in r["person_b"] or "Zelensk" in r["person_b"]]
    assert len(rows) == 2


def test_seed_article_summits(query):
    rows = {(r["summit"], r["place"], r["date"]) for r in rows_of(query, "summits")}
    assert ("SCO summit", "Tianjin", "2025-09-01") in rows
    assert ("Alaska summit", "Alaska", "2025-08") in rows
    assert any(s.startswith("NATO summit") and d == "2008" for s, _, d in rows)
    assert not any("Russia-Ukraine" in s for s, _, _ in rows)  # only supposed


def test_seed_article_commitments(query):
    facts = json.loads((SHARED_SEED.parent / "seed-facts.json").read_text())
    rows = rows_of(query, "commitments")
    got = {(tuple(sorted(r["actor"].split("; "))), r["type"]) for r in rows}
    aliases = {"NATO": "North Atlantic Treaty Organization"}
    hits = 0
    for c in facts["commitments"]:
        actors = c["actor"] if isinstance(c["actor"], list) else [c["actor"]]
        key = (tuple(sorted(aliases.get(a, a) for a in actors)), c["type"])
        hits += key in got
    assert hits >= 5, (hits, got)
    threat = [r for r in rows if r["type"] == "threat"][0]
    assert threat["target"] == "Russia" and threat["condition"].startswith("if Putin")
    assert threat["date"] == "2025-09-29"


def test_seed_article_roles(query):
    rows = query("roles")
    assert {"person": "Vladimir Putin", "role": "President", "country": "Russia"} in rows
    assert {"person": "Xi Jinping", "role": "President", "country": "China"} in rows
    assert {"person": "Donald Trump", "role": "former President",
            "country": "United States"} in rows


def test_seed_article_byline_and_credit_are_not_actors(query):
    people = {r["person_a"] for r in query("who-met-whom", status="all")} | {
        r["speaker"] for r in query("statements")} | {
        a for r in query("commitments", status="all") for a in r["actor"].split("; ")}
    assert "Pham Giang" not in people
    assert "Associated Press" not in people and "AP" not in people


def test_seed_article_repeated_caption_adds_no_duplicates(query):
    rows = rows_of(query, "summits")
    assert len([r for r in rows if r["summit"] == "SCO summit"]) == 1


def test_seed_article_statements(query):
    rows = rows_of(query, "statements")
    got = {(r["speaker"], r["text"][:30]) for r in rows}
    facts = json.loads((SHARED_SEED.parent / "seed-facts.json").read_text())
    for s in facts["statements"]:
        assert (s["speaker"], s["starts"][:30]) in got, got
