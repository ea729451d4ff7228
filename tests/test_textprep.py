from __future__ import annotations

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
