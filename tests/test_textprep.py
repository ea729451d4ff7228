from __future__ import annotations

import pytest

from kg.textprep import prepare

PAGE = """Leaders met in Tianjin on Monday, officials said.
![](https://img) |
Xi Jinping greets Vladimir Putin at the summit in Tianjin. Photo: AP |
Xi Jinping greets Vladimir Putin at the summit in Tianjin. Photo: AP
The talks lasted two hours.
Pham Giang (Reuters)"""


def test_textprep_keeps_offsets():
    text, _ = prepare(PAGE)
    assert len(text) == len(PAGE)
    assert text.index("The talks") == PAGE.index("The talks")


def test_textprep_hides_furniture_and_repeated_caption():
    text, removed = prepare(PAGE)
    assert "Photo" not in text and "AP" not in text and "![]" not in text and "|" not in text
    assert text.count("Xi Jinping greets") == 1
    assert "Pham Giang" not in text
    assert {r.why for r in removed} >= {"image", "photo credit", "repeated line", "byline"}


def test_textprep_leaves_story_sentences_alone():
    story = "Putin met Xi in Tianjin.\nThe two leaders signed a deal.\n"
    assert prepare(story)[0] == story


@pytest.mark.parametrize("text, dateline", [
    ("By MARK HOLLIS and ANNA PETRENKO\nAssociated Press\n\nWASHINGTON (AP) — Obama met "
     "Poroshenko.", "WASHINGTON (AP)"),
    ("By John Smith, Jane Doe and Max Muster\nReuters staff writers\n\nBERLIN - Scholz met "
     "Tusk.", "BERLIN - "),
    ("By The Associated Press February 17, 2017 4:33 am\n\nBONN (AP) — Tillerson met Lavrov.",
     "BONN (AP)"),
])
def test_an_opening_byline_of_several_reporters_and_its_agency_line_are_hidden(text, dateline):
    """AP and Reuters stories open with the reporters' names and the agency on its own line;
    neither is story text, and the dateline must start the story."""
    out, removed = prepare(text)
    assert out.strip().startswith(dateline) and len(out) == len(text)
    assert {r.why for r in removed} == {"byline"}


def test_a_sentence_opening_with_by_is_no_byline():
    text = "By agreement, the two sides met in Geneva.\nThey talked for hours."
    assert prepare(text)[0] == text
