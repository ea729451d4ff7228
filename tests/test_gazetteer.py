from __future__ import annotations

import pycountry
import pytest

from kg import gazetteer


def test_gazetteer_has_every_un_member_and_observer_with_a_real_iso_code():
    gaz = gazetteer.load()
    assert len(gaz.countries) == 195
    for iso3 in gaz.countries:
        assert pycountry.countries.get(alpha_3=iso3) is not None, iso3
    assert {"VAT", "PSE"} <= set(gaz.countries)


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
