"""The predicate lexicon (kg/data/*.tsv) and the real-text phenomena it serves (issue 10)."""

from __future__ import annotations

import pytest

from kg import lexicon


def test_lexicon_rows_are_valid():
    lex = lexicon.load()
    assert lex.events("verb")["meet"].cls == "meeting"
    assert lex.commitments("verb")["urge"].cls == "demand"
    for p in lex.predicates:
        for need in p.needs:
            kind = need.split(":", 1)[0]
            assert kind in ("aux", "prep", "dep", "left", "notleft", "object", "clause", "money", "frame",
                            "head"), p
        if p.cameo:
            assert p.cameo.isdigit() and p.plover, p
    assert lex.titles["external affairs minister"][0] == "IND"
    assert lexicon.publisher_holder("https://www.whitehouse.gov/briefing-room/x", None) == "USA"
    assert lexicon.publisher_holder("https://news.example.org/x", None) is None


def _kinds(facts):
    names = {k: e.name for k, e in facts.entities.items()}
    return {(c.kind, tuple(sorted(names.get(a, a) for a in c.actors)),
             tuple(sorted(names.get(t, t) for t in c.targets))) for c in facts.commitments}


@pytest.mark.parametrize("text, expected", [
    ("The United States will continue to support Ukraine.",
     ("pledge", ("United States",), ("Ukraine",))),
    ("Germany pledged 500 million euros to Ukraine on Monday.",
     ("pledge", ("Germany",), ("Ukraine",))),
    ("Japan is committed to the reconstruction of Ukraine.",
     ("pledge", ("Japan",), ("Ukraine",))),
    ("The European Union announced $50 million in humanitarian aid for Sudan.",
     ("pledge", ("European Union",), ("Sudan",))),
    ("Britain urged China to press Russia to end the war.",
     ("demand", ("United Kingdom",), ("China",))),
    ("France encouraged Serbia to resume the dialogue.",
     ("demand", ("France",), ("Serbia",))),
    ("India intends to double its trade with Africa.", ("goal", ("India",), ())),
    ("France and Germany agreed to deepen cooperation on defence.",
     ("agreement", ("France", "Germany"), ())),
])
def test_lexicon_commitment_language_of_real_texts(read, text, expected):
    assert expected in _kinds(read(text))


@pytest.mark.parametrize("second", [
    "The two leaders reaffirmed their commitment to free trade.",
    "Both leaders reaffirmed their commitment to free trade.",
    "They agreed to expand cooperation on clean energy.",
])
def test_lexicon_collective_reference_is_a_joint_agreement(read, second):
    facts = read("Prime Minister Narendra Modi of India met Japanese Prime Minister Fumio "
                 "Kishida in Tokyo on Monday. " + second)
    assert any(kind == "agreement" and set(actors) == {"Fumio Kishida", "Narendra Modi"}
               for kind, actors, _t in _kinds(facts))


@pytest.mark.parametrize("text, name", [
    ("Vladimir Putin held talks with President of Kazakhstan Kassym-Jomart Tokayev in Moscow.",
     "Kassym-Jomart Tokayev"),
    ("Secretary Antony J. Blinken met Foreign Minister Wang Yi in Beijing.", "Antony Blinken"),
])
def test_lexicon_names_after_titles_and_initials(read, text, name):
    facts = read(text)
    names = {e.name for e in facts.entities.values() if e.kind == "person"}
    assert name in names
    assert any(len(e.participants) == 2 for e in facts.events)


@pytest.mark.parametrize("published, president", [
    ("2016-09-03", "Barack Obama"),  # the office-holder directory knows the holder then
    ("2026-12-01", "President of the United States"),  # past what its sources know
])
def test_lexicon_bare_title_is_the_publishers_office(nlp, published, president):
    import datetime as dt

    from kg.extract import extract
    from kg.sources import Article

    text = "The President met today with President Xi Jinping of China in Hangzhou."
    article = Article("x", text, "x", title="Readout", published=dt.date.fromisoformat(published),
                      url="https://obamawhitehouse.archives.gov/x")
    facts = extract(nlp(text), article)
    [event] = facts.events
    assert {facts.entities[p].name for p in event.participants} == {president, "Xi Jinping"}


def test_lexicon_spoke_with_and_no_place_is_a_call(read):
    facts = read("The Prime Minister of Italy spoke with Chancellor Olaf Scholz on Tuesday.")
    assert all(e.kind == "call" for e in facts.events)


_MET = "Foreign Minister Taro Kono met Secretary of State Mike Pompeo in Washington. "


@pytest.mark.parametrize("text, expected", [
    ("President Joe Biden underscored his support for the Good Friday Agreement.",
     ("pledge", ("Joe Biden",), ())),
    ("Germany stressed its support for Ukraine.", ("pledge", ("Germany",), ("Ukraine",))),
    ("France emphasised its commitment to the security of Estonia.",
     ("pledge", ("France",), ("Estonia",))),
    ("Prime Minister Shinzo Abe expressed his intention to strengthen relations with Israel.",
     ("goal", ("Shinzo Abe",), ())),
    ("India expressed its intention to join the alliance.", ("goal", ("India",), ())),
    (_MET + "The two foreign ministers confirmed the necessity for North Korea to dismantle "
     "all weapons of mass destruction.", ("demand", ("Mike Pompeo", "Taro Kono"),
                                          ("North Korea",))),
    ("Britain stressed the need for Iran to return to the talks.",
     ("demand", ("United Kingdom",), ("Iran",))),
    (_MET + "The two foreign ministers reconfirmed that Japan and the United States will "
     "coordinate closely.", ("agreement", ("Mike Pompeo", "Taro Kono"), ())),
    (_MET + "The ministers confirmed that both countries will continue to work together.",
     ("agreement", ("Mike Pompeo", "Taro Kono"), ())),
])
def test_lexicon_stated_support_intentions_needs_and_confirmations(read, text, expected):
    """Issue 10 item 5, more of it: "underscored his support", "expressed his intention to",
    "the necessity for X to", "confirmed that ... will"."""
    assert expected in _kinds(read(text, published="2018-06-01"))


@pytest.mark.parametrize("text", [
    _MET + "The two foreign ministers reconfirmed that Japan and the United States will "
    "coordinate closely.",
    "Prime Minister Narendra Modi met Prime Minister Fumio Kishida in Tokyo. The two leaders "
    "confirmed that their countries will continue to cooperate on energy.",
])
def test_lexicon_a_commitment_worded_inside_another_is_one(read, text):
    """The clause the ministers confirmed is their commitment's content, not a second one
    made by the countries it names."""
    assert len(read(text, published="2018-06-01").commitments) == 1


def test_lexicon_a_need_with_nobody_to_do_it_is_no_demand(read):
    facts = read("The leaders discussed the need to work together against terrorism.")
    assert not [c for c in facts.commitments if c.kind == "demand"]


@pytest.mark.parametrize("text, expected", [
    ("A statement from the United States and the European Union said Iran must undertake a "
     "full suspension of its enrichment program.",
     ("demand", ("European Union", "United States"), ("Iran",))),
    ("Condoleezza Rice has said she will make it clear that North Korea must meet its "
     "obligations.", ("demand", ("Condoleezza Rice",), ("North Korea",))),
    ("Britain said Russia should withdraw its troops from the border.",
     ("demand", ("United Kingdom",), ("Russia",))),
])
def test_lexicon_what_a_speaker_says_another_must_do_is_a_demand(read, text, expected):
    assert expected in _kinds(read(text, published="2008-06-11"))


@pytest.mark.parametrize("text", [
    "Iran must undertake a full suspension of its enrichment program.",  # no one's pledge
    "The Spanish leader Pedro Sanchez said Europe and China should deepen trade ties.",
    '"We were blunt with each other, and that is how it should be," Joe Biden said.',
])
def test_lexicon_a_must_is_no_pledge_and_a_joint_should_no_demand(read, text):
    assert not read(text, published="2008-06-11").commitments


@pytest.mark.parametrize("source, holder", [
    ("United Nations, Department of Public Information", "UN"),
    ("United Nations, Office of the Secretary-General", "UN"),
    ("The White House, Office of the Press Secretary", "USA"),
    ("The Kremlin", "RUS"),
    ("Reuters, with reference to the United Nations", None),  # (a publisher named first)
])
def test_lexicon_a_source_names_its_publisher_first(source, holder):
    assert lexicon.publisher_holder("https://www.globalsecurity.org/x", source) == holder


def test_lexicon_a_mirror_of_a_governments_releases_is_that_government(read):
    """Wired-Gov republishes UK government press releases whole: "The Prime Minister" there is
    the UK's, as on gov.uk."""
    facts = read("The Prime Minister met President Biden at the White House yesterday evening.",
                 published="2024-07-11",
                 url="https://www.wired-gov.net/wg/news.nsf/articles/pm+meeting?open")
    assert sorted(e.name for e in facts.entities.values() if e.kind == "person") == [
        "Joe Biden", "Keir Starmer"]


def test_lexicon_the_secretary_general_of_a_un_source_is_its_holder(read):
    facts = read("The Secretary-General also met with President Nursultan Nazarbayev.",
                 published="2015-06-10", source="United Nations, Department of Public "
                 "Information", url="https://www.globalsecurity.org/x")
    people = sorted(e.name for e in facts.entities.values() if e.kind == "person")
    assert people == ["Ban Ki-moon", "Nursultan Nazarbayev"]
