"""Stage 2, nlp: long articles are parsed in parts (issue 12 item 11)."""

from __future__ import annotations

import pytest

from kg import nlp as nlp_stage

PARAGRAPH = ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in "
             "Tokyo on Friday. The two leaders agreed to deepen cooperation on trade.")


@pytest.mark.parametrize("text", [
    "\n\n".join([PARAGRAPH] * 300),
    "\n".join([PARAGRAPH] * 300),  # lines, no paragraphs
    " ".join([PARAGRAPH] * 300),  # one paragraph
    "x" * 25_000,  # no break at all
])
def test_nlp_parts_join_back_into_the_text_and_end_at_breaks(text):
    parts = nlp_stage.parts(text)
    assert "".join(parts) == text
    assert len(parts) > 1 and all(len(p) <= nlp_stage.PART for p in parts)
    if "\n\n" in text:
        assert all(p.endswith("\n\n") for p in parts[:-1])


def test_nlp_a_long_article_parsed_in_parts_is_one_doc_with_its_text(nlp):
    text = "\n\n".join(f"{PARAGRAPH} Paragraph {i}." for i in range(250))
    assert len(text) > nlp_stage.LONG_TEXT
    [(doc, context)] = list(nlp_stage.parse(nlp, [(text, "ctx")]))
    assert context == "ctx" and doc.text == text
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Shigeru Ishiba" in people
    last = list(doc.sents)[-1]
    assert last.text.startswith("Paragraph 249") or "249" in last.text


def test_nlp_short_and_long_texts_keep_their_order(nlp):
    long_text = "\n\n".join([PARAGRAPH] * 200)
    items = [("Putin met Xi.", 1), (long_text, 2), ("Modi met Ishiba.", 3)]
    got = [(doc.text, context) for doc, context in nlp_stage.parse(nlp, items, batch_size=2)]
    assert got == [(t, c) for t, c in items]


def test_nlp_a_parsed_doc_keeps_the_text_it_was_parsed_from(nlp):
    """The rules read a Doc's text through kg.extract.tokens.text_of; parse keeps the text it
    was given, which is the Doc's own text, short or parsed in parts."""
    long_text = "\n\n".join([PARAGRAPH] * 200)
    items = [("Putin met Xi.\n\nThey  spoke.", 1), (long_text, 2)]
    for doc, _ in nlp_stage.parse(nlp, items, batch_size=2):
        assert doc.user_data["kg_text"] == doc.text
