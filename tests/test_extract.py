"""Extraction rules on small texts of our own."""

from __future__ import annotations

import pytest


def names(facts, keys):
    return sorted(facts.entities[k].name if k in facts.entities else k for k in keys)


def test_extract_role_from_title_before_name(read):
    facts = read("Russian President Vladimir Putin arrived. Former U.S. President Donald Trump "
                 "spoke. NATO Secretary General Mark Rutte listened.")
    roles = {(r.person, r.title, r.holder, r.former) for r in facts.roles}
    assert ("person:vladimir-putin", "President", "country:RUS", False) in roles
    assert ("person:donald-trump", "President", "country:USA", True) in roles
    assert ("person:mark-rutte", "Secretary General", "org:NATO", False) in roles


def test_extract_role_from_apposition(read):
    facts = read("Emmanuel Macron, the French president, arrived in Rome.")
    assert [(r.title, r.holder) for r in facts.roles] == [("President", "country:FRA")]


def test_extract_short_name_joins_full_name(read):
    facts = read("Chinese President Xi Jinping met Vladimir Putin. Xi said Putin was a friend.")
    people = sorted(e.name for e in facts.entities.values() if e.kind == "person")
    assert people == ["Vladimir Putin", "Xi Jinping"]
    assert "Xi" in facts.entities["person:xi-jinping"].aliases


def test_extract_two_people_sharing_a_surname_stay_apart(read):
    facts = read("Joe Kennedy met Anna Kennedy in Boston. Kennedy said the talks went well.")
    people = sorted(e.name for e in facts.entities.values() if e.kind == "person")
    assert "Joe Kennedy" in people and "Anna Kennedy" in people


def test_extract_meeting_verb_with_place_and_date(read):
    facts = read("Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba "
                 "in Tokyo on Friday.", published="2025-08-30")
    [event] = facts.events
    assert names(facts, event.participants) == ["Narendra Modi", "Shigeru Ishiba"]
    assert facts.entities[event.place].name == "Tokyo"
    assert event.date.value == "2025-08-29" and event.status == "occurred"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Putin did not meet Zelensky in Istanbul.", "denied"),
        ("Putin refused to meet Zelensky in Istanbul.", "denied"),
        ("Putin could meet Zelensky in Istanbul next month.", "hypothetical"),
        ("Putin will meet Zelensky in Istanbul next month.", "planned"),
        ("If Putin meets Zelensky, the war could end.", "hypothetical"),
        ("Putin met Zelensky in Istanbul.", "occurred"),
    ],
)
def test_extract_meeting_modality(read, sentence, status):
    facts = read("Russian President Vladimir Putin spoke. Ukrainian President Volodymyr Zelensky "
                 "spoke. " + sentence)
    [event] = facts.events
    assert event.status == status


def test_extract_summit_with_organiser_place_date_and_participant(read):
    facts = read("Speaking at the G20 summit in Johannesburg on 22/11, South African President "
                 "Cyril Ramaphosa called for debt relief.", published="2025-11-23")
    [summit] = [e for e in facts.events if e.kind == "summit"]
    assert summit.organiser == "org:G20"
    assert facts.entities[summit.place].name == "Johannesburg"
    assert summit.date.value == "2025-11-22"
    assert names(facts, summit.participants) == ["Cyril Ramaphosa"]


def test_extract_phone_call(read):
    facts = read("Turkish President Recep Tayyip Erdogan spoke with U.S. President Donald Trump "
                 "by phone on Tuesday.", published="2025-03-14")
    [event] = facts.events
    assert event.kind == "call" and event.date.value == "2025-03-11"


@pytest.mark.parametrize(
    ("text", "kind", "actors", "targets"),
    [
        ("Japan pledged $2 billion in aid to Ukraine.", "pledge", ["Japan"], ["Ukraine"]),
        ("The European Union threatened to impose sanctions on Iran if it resumed enrichment.",
         "threat", ["European Union"], ["Iran"]),
        ("Germany demanded that Russia withdraw its troops.", "demand", ["Germany"], ["Russia"]),
        ("India and Brazil signed a trade agreement.", "agreement", ["Brazil", "India"], []),
        ("France agreed with Italy on a new migration plan.", "agreement", ["France", "Italy"], []),
        ("Sweden's goal is to join NATO.", "goal", ["Sweden"], []),
    ],
)
def test_extract_commitment_kinds(read, text, kind, actors, targets):
    facts = read(text)
    found = [c for c in facts.commitments if c.kind == kind]
    assert found, [(c.kind, c.actors) for c in facts.commitments]
    assert names(facts, found[0].actors) == actors
    assert names(facts, found[0].targets) == targets


def test_extract_commitment_condition_is_separate_from_content(read):
    facts = read("The European Union threatened to impose sanctions on Iran if it resumed "
                 "enrichment.")
    [threat] = facts.commitments
    assert threat.condition == "if it resumed enrichment"
    assert "if" not in threat.content


def test_extract_wish_is_not_a_commitment(read):
    facts = read("Ukraine wanted Turkey to guarantee the safety of grain ships.")
    assert not [c for c in facts.commitments if c.kind == "pledge"]


def test_extract_statements_with_speaker(read):
    facts = read('"We will never accept this," German Chancellor Friedrich Merz said.\n'
                 'The Kremlin said it would "respond to any provocation with force".')
    said = {(s.speaker, s.text) for s in facts.statements}
    assert ("person:friedrich-merz", "We will never accept this") in said
    assert ("org:kremlin", "respond to any provocation with force") in said


def test_extract_scare_quotes_are_not_statements(read):
    facts = read('Putin discussed the "ongoing" efforts with Xi.')
    assert facts.statements == []


def test_extract_evidence_points_into_the_article(read):
    text = "Some intro.\nRussian President Vladimir Putin met Chinese President Xi Jinping in Beijing."
    facts = read(text)
    [event] = facts.events
    ev = event.evidence[0]
    assert text[ev.start:ev.end] == ev.sentence
    assert 0 < ev.confidence <= 1


def test_extract_title_before_a_name_the_model_took_for_an_organisation(read):
    facts = read("German Chancellor Olaf Scholz spoke with Turkish President Recep Tayyip "
                 "Erdogan by phone on Thursday about the war in Gaza.", published="2024-10-18")
    [call] = facts.events
    assert call.kind == "call" and call.place is None and call.date.value == "2024-10-17"
    # (the office-holder directory spells him as Wikidata does)
    assert names(facts, call.participants) == ["Olaf Scholz", "Recep Tayyip Erdoğan"]


def test_extract_denied_meeting_at_a_summit_adds_no_participants(read):
    facts = read("Indian Prime Minister Narendra Modi did not meet Pakistani Prime Minister "
                 "Shehbaz Sharif at the SCO summit in Astana on 4/7.", order="DMY",
                 published="2024-07-05")
    summit = next(e for e in facts.events if e.kind == "summit")
    assert summit.participants == []
    assert [e.status for e in facts.events if e.kind == "meeting"] == ["denied"]


def test_extract_sidelines_meeting_takes_the_summit_place_and_date(read):
    facts = read("South African President Cyril Ramaphosa opened the G20 summit in Johannesburg "
                 "on Saturday.\nOn the sidelines of the summit, Ramaphosa met Indian Prime "
                 "Minister Narendra Modi.", published="2025-11-23")
    meeting = next(e for e in facts.events if e.kind == "meeting")
    assert facts.entities[meeting.place].name == "Johannesburg"
    assert meeting.date.value == "2025-11-22" and meeting.part_of.kind == "summit"


def test_extract_seat_of_government_places_a_meeting_in_the_capital(read):
    facts = read("U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida at the "
                 "White House on Wednesday.", published="2024-04-11")
    [meeting] = facts.events
    assert facts.entities[meeting.place].name == "Washington"


def test_extract_the_two_leaders(read):
    facts = read("French President Emmanuel Macron and Indian Prime Minister Narendra Modi met "
                 "in Marseille on Wednesday.\nIn a joint statement, the two leaders pledged to "
                 "double bilateral trade by 2030.")
    [pledge] = facts.commitments
    assert names(facts, pledge.actors) == ["Emmanuel Macron", "Narendra Modi"]


def test_extract_short_name_from_the_middle_of_a_full_name(read):
    facts = read("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva."
                 "\nPresident Xi and Lula signed 37 agreements on trade.")
    [deal] = facts.commitments
    assert names(facts, deal.actors) == ["Luiz Inácio Lula da Silva", "Xi Jinping"]


def test_extract_rules_start_from_the_tokens_they_name(nlp):
    from kg.extract.tokens import text_of, tokens_with

    doc = nlp("Leaders met in Paris. The Summit was held after two meetings and a call.")
    found = [(t.i, t.text) for t in tokens_with(doc, {"meet", "summit", "meeting", "call"})]
    # by lowercased word ("Summit") or lowercased lemma ("met" -> meet, "meetings" -> meeting),
    # in document order
    assert [text for _, text in found] == ["met", "Summit", "meetings", "call"]
    assert [i for i, _ in found] == sorted(i for i, _ in found)
    every = [t.i for t in doc if t.lower_ in {"meet", "summit", "meeting", "call"}
             or t.lemma_.lower() in {"meet", "summit", "meeting", "call"}]
    assert [i for i, _ in found] == every
    assert tokens_with(doc, {"treaty"}) == []
    assert tokens_with(nlp(""), {"meet"}) == []
    assert text_of(doc) == doc.text and text_of(doc) is text_of(doc)
