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


def test_every_states_official_name_is_that_state():
    """Official texts name states formally ("the Republic of Kenya", "the Federal Republic
    of Germany"): every ISO 3166 official name pycountry gives (Taiwan's excepted) finds its
    state."""
    for iso3 in set(gazetteer.load().countries) - {"XKX", "TWN"}:
        official = getattr(pycountry.countries.get(alpha_3=iso3), "official_name", None)
        if official:
            found = gazetteer.load().country_by_name(official)
            assert found is not None and found.iso3 == iso3, (iso3, official)


@pytest.mark.parametrize("text, person, country", [
    ("President William Ruto of the Republic of Kenya met Prime Minister Fumio Kishida.",
     "William Ruto", "Kenya"),
    ("Prime Minister Anthony Albanese of the Commonwealth of Australia met Fumio Kishida.",
     "Anthony Albanese", "Australia"),
    ("President Emmanuel Macron of the French Republic met Chancellor Olaf Scholz.",
     "Emmanuel Macron", "France"),
])
def test_a_states_formal_name_gives_a_post_its_country(read, text, person, country):
    facts = read(text, published="2023-05-03")
    name = {k: e.name for k, e in facts.entities.items()}
    assert any(name[r.person] == person and r.holder and name[r.holder] == country
               for r in facts.roles)


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


@pytest.mark.parametrize("name, country", [
    ("Arizona", "US"), ("Virginia", "US"), ("Florida", "US"), ("Ontario", "CA"), ("Bali", "ID"),
    ("Goa", "IN"), ("New Brunswick", "CA"),
    # a town of over 500,000 keeps its name; the provinces of Spain and Argentina are not read
    ("Kochi", "IN"), ("Gaza", "PS"), ("San Juan", "PR"), ("Texas", "US"), ("London", "GB"),
])
def test_a_state_named_like_a_small_town_abroad_is_the_state(name, country):
    """"Arizona" was a town in Honduras, "Virginia" one in South Africa, "Bali" Bāli in India:
    a state or province of a country whose units the news names (ISO 3166-2 via pycountry)
    wins over a smaller town of the same name elsewhere."""
    from kg.gazetteer import normalise, places_index

    assert places_index()[normalise(name)][4] == country


def test_a_meeting_in_a_state_is_placed_in_its_country(read):
    found = read("Joko Widodo met Xi Jinping in Bali on Monday.", published="2022-11-15")
    place = found.entities[found.events[0].place]
    assert (place.name, place.country, place.geonames) == ("Bali", "IDN", None)
