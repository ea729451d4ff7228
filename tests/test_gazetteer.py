from __future__ import annotations

import pycountry
import pytest

from kg import gazetteer


def test_gazetteer_has_every_un_member_and_observer_with_a_real_iso_code():
    gaz = gazetteer.load()
    assert len(gaz.countries) == 197  # 193 members, 2 observers, Taiwan and Kosovo
    for iso3 in set(gaz.countries) - {"XKX"}:  # (Kosovo: the user-assigned XKX)
        assert pycountry.countries.get(alpha_3=iso3) is not None, iso3
    assert {"VAT", "PSE", "TWN", "XKX"} <= set(gaz.countries)


@pytest.mark.parametrize("text, target", [
    ("Kevin McCarthy pledged to support Taiwan.", "Taiwan"),
    ("The European Union called on Kosovo to lower tensions.", "Kosovo"),
])
def test_states_with_limited_recognition_are_countries(read, text, target):
    """Taiwan and Kosovo act in the news as states: asked and promised as countries."""
    facts = read(text, published="2023-04-05")
    assert [[facts.entities[t].name for t in c.targets] for c in facts.commitments] == [
        [target]]
    assert all(facts.entities[t].kind == "country" for c in facts.commitments
               for t in c.targets)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("U.S.", "USA"), ("Britain", "GBR"), ("UK", "GBR"), ("Russia", "RUS"),
     ("Russian Federation", "RUS"), ("Ivory Coast", "CIV"), ("Türkiye", "TUR"),
     ("the Netherlands", "NLD"), ("Czechia", "CZE")],
)
def test_gazetteer_short_forms(name, iso3):
    assert gazetteer.load().country_by_name(name).iso3 == iso3


def test_gazetteer_organisations_cover_the_usual_acronyms():
    gaz = gazetteer.load()
    assert len(gaz.organisations) >= 50
    names = {a for o in gaz.organisations.values() for a in (o.name, *o.aliases)}
    for acronym in ("NATO", "EU", "UN", "SCO", "BRICS", "G7", "G20", "ASEAN", "AU", "OPEC"):
        assert acronym in names, acronym


def test_gazetteer_capitals_and_seats():
    gaz = gazetteer.load()
    capitals = {c.name: c.country for c in gaz.capitals.values()}
    assert capitals["Moscow"] == "RUS" and capitals["Beijing"] == "CHN"
    assert gaz.seat_names["kremlin"] == "RUS"
    assert gaz.seat_names["white house"] == "USA"


@pytest.mark.parametrize(
    ("text", "label", "ent_id"),
    [("Russian", "NORP", "country:RUS"), ("the Kremlin", "ORG", "seat:RUS"),
     ("NATO", "ORG", "org:NATO"), ("Tianjin", "GPE", None), ("1/9", "DATE", None)],
)
def test_gazetteer_entity_ruler_tags(nlp, text, label, ent_id):
    doc = nlp(f"Officials said {text} was mentioned.")
    ents = [(e.label_, e.ent_id_) for e in doc.ents if e.text == text]
    assert ents and ents[0][0] == label
    if ent_id:
        assert ents[0][1] == ent_id


def test_gazetteer_slug_is_iri_safe():
    assert gazetteer.slug("Ursula von der Leyen") == "ursula-von-der-leyen"
    assert gazetteer.slug("Zürich <x> \"y\"") == "zurich-x-y"
    assert gazetteer.slug("!!!") == "x"
