from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys

import pytest

from kg.errors import Skipped, SourceError
from kg.sources import READS, Article, read_sources


def read_all(*paths, **kw):
    items = list(read_sources([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if
                                                          isinstance(i, SourceError)]


def test_sources_markdown_front_matter(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Talks\npublished: 2025-09-01\nurl: https://x.org/a\n"
                 "source: Wire\ndate_order: dmy\n---\nBody text here.\n", encoding="utf-8")
    [a], errors = read_all(f)
    assert not errors
    assert (a.title, a.published, a.url, a.source, a.date_order) == (
        "Talks", dt.date(2025, 9, 1), "https://x.org/a", "Wire", "DMY")
    assert a.text == "Body text here.\n"


def test_sources_text_first_line_is_title(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("A headline\nThe body. It goes on.\n", encoding="utf-8")
    [a], _ = read_all(f)
    assert a.title == "A headline"
    assert a.text.startswith("The body.")


def test_sources_cli_values_override_front_matter(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\npublished: 2025-09-01\ndate_order: DMY\n---\nBody.\n")
    [a], _ = read_all(f, published=dt.date(2024, 1, 2), date_order="MDY")
    assert (a.published, a.date_order) == (dt.date(2024, 1, 2), "MDY")


def test_sources_jsonl_reports_bad_lines_and_keeps_the_rest(tmp_path):
    f = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"text": "First article.", "title": "One", "published": "2025-01-02"}),
        "{broken",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps([1, 2]),
        json.dumps({"text": "Second.", "published": "2025-02-30"}),
        json.dumps({"text": "Third article.", "url": "https://x.org/3"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = read_all(f)
    assert [a.title for a in articles] == ["One", None]
    assert [e.origin for e in errors] == [f"{f}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in errors[0].reason
    assert "missing the \"text\" field" in errors[1].reason
    assert "text must be a string" in errors[2].reason
    assert "published '2025-02-30' is not a date" in errors[4].reason


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "no text"),
        ("blank.md", b"   \n\n", "no text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image)"),
        ("archive.md", b"PK\x03\x04rest", "binary file (a zip archive)"),
        ("page.txt", b"<!DOCTYPE html><html><body>x</body></html>", "no article text found"),
        ("notes.docx", b"hello", "cannot read the Word document"),
        ("notes.odt", b"hello", "unknown extension '.odt'"),
        ("bad.md", b"---\ntitle: [unclosed\n---\nBody\n", "front matter is not valid YAML"),
        ("date.md", b"---\npublished: 2025-13-45\n---\nBody\n", "is not a date"),
    ],
)
def test_sources_bad_input_names_the_problem(tmp_path, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    articles, [error] = read_all(f)
    assert not articles
    assert error.origin == str(f)
    assert reason in error.reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café talks in Zürich.".encode("utf-16"), "Café talks in Zürich."),
        ("Café talks in Zürich.".encode("latin-1"), "Café talks in Zürich."),
        ("\ufeffCafé talks.".encode(), "Café talks."),
    ],
)
def test_sources_decodes_honest_encodings(tmp_path, data, expected):
    f = tmp_path / "enc.txt"
    f.write_bytes(data)
    [a], errors = read_all(f)
    assert not errors
    assert a.text.strip() == expected


def test_sources_missing_path_is_reported(tmp_path):
    _, [error] = read_all(tmp_path / "nope.md")
    assert error.reason == "no such file or folder"


def test_sources_folder_is_read_recursively_and_skips_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("Title\nBody.\n")
    (tmp_path / "y.md").write_text("Body two.\n")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("secret")
    articles, errors = read_all(tmp_path)
    assert [(e.origin, type(e).__name__) for e in errors] == [
        (str(tmp_path / "picture.png"), "Skipped")]
    assert f"not read: kg reads {READS}, not .png" == errors[0].reason
    assert sorted(a.origin for a in articles) == [str(tmp_path / "sub" / "x.txt"),
                                                  str(tmp_path / "y.md")]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_sources_symlink_loop_is_reported_once(tmp_path):
    (tmp_path / "a.txt").write_text("Body.\n")
    os.symlink(tmp_path, tmp_path / "loop")
    articles, errors = read_all(tmp_path)
    assert len(articles) == 1
    assert len(errors) == 1 and "symlink loop" in errors[0].reason


def test_sources_stdin(monkeypatch):
    data = json.dumps({"text": "From stdin.", "title": "S"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    [a], _ = read_all("-")
    assert a.title == "S" and a.origin == "-:1"


@pytest.mark.parametrize("data, what", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "cannot read the PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe",
     "cannot read the Word document"),
])
def test_sources_binary_on_stdin_is_a_named_error_not_a_traceback(monkeypatch, data, what):
    """Issue 12 item 9: a PDF or a .docx (a zip) piped to `kg ingest -`: read as one (issue
    13), and a broken one is a named error."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, errors = read_all("-")
    assert not articles and len(errors) == 1
    assert errors[0].origin == "-" and what in errors[0].reason


def test_sources_id_is_stable_and_content_hash_tracks_changes(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: T\nurl: https://x.org/a\n---\nVersion one.\n")
    [one], _ = read_all(f)
    [again], _ = read_all(f)
    f.write_text("---\ntitle: T (updated)\nurl: https://x.org/a\n---\nVersion two.\n")
    [two], _ = read_all(f)
    assert one.id == again.id == two.id
    assert one.content_hash == again.content_hash != two.content_hash


def test_sources_a_folders_readme_is_skipped_and_said_but_read_when_named(tmp_path):
    """Issue 12 item 13: a folder's README.md was ingested as an article ("Notes")."""
    (tmp_path / "README.md").write_text("# Notes\nThese are the articles of June.\n")
    (tmp_path / "a.md").write_text("---\ntitle: Talks\n---\nPutin met Xi.\n")
    items = list(read_sources([str(tmp_path)]))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [a.title for a in articles] == ["Talks"]
    assert len(skipped) == 1 and "README" in skipped[0].reason
    [named], _ = read_all(tmp_path / "README.md")
    assert named.title == "Notes"


@pytest.mark.parametrize("text, language", [
    ("Le président Emmanuel Macron a rencontré Xi Jinping à Pékin mardi pour discuter du "
     "commerce et de la guerre en Ukraine, a indiqué l'Élysée.", "French (fr)"),
    ("Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten "
     "Emmanuel Macron empfangen und über die Lage in der Ukraine gesprochen.", "German (de)"),
    ("中国国家主席习近平周二在北京会见了法国总统马克龙，双方就中法关系和共同关心的国际问题深入交换意见。",
     "Chinese (zh)"),
    ("Президент России Владимир Путин во вторник провёл переговоры с председателем КНР "
     "Си Цзиньпином в Москве.", "Russian (ru)"),
])
def test_sources_text_not_in_english_is_a_named_failure(tmp_path, text, language):
    """Issue 12 item 7: French, German or Chinese articles gave "new 55 triples", zero facts
    and exit 0; kg's extractor reads English, so it says so."""
    f = tmp_path / "a.txt"
    f.write_text("Title\n" + text + "\n")
    articles, [error] = read_all(f)
    assert not articles and f"not English: the text reads as {language}" in error.reason


@pytest.mark.parametrize("text", [
    "Putin met Xi in Beijing.",  # too short to tell: read
    "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in "
    "Beijing on Tuesday, and the two leaders agreed to deepen cooperation on trade.",
    "Le Drian and Kuleba met in Kyiv: « Nous sommes avec l'Ukraine », Le Drian said in French, "
    "before the two ministers discussed the ceasefire, sanctions and aid for the winter.",
])
def test_sources_english_with_names_and_quotes_from_elsewhere_is_read(tmp_path, text):
    f = tmp_path / "a.txt"
    f.write_text("Title\n" + text + "\n")
    articles, errors = read_all(f)
    assert len(articles) == 1 and not errors


def test_plain_english_needs_no_language_model():
    """A fifth or more of the words English function words: English, without loading the
    language model (half a second at start-up); French and German text has almost none of
    them and still goes to the model (above)."""
    from kg.language import _identifier, not_english

    _identifier.cache_clear()
    text = ("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in "
            "Beijing on Tuesday, and the two leaders agreed to deepen cooperation on trade "
            "and investment, the foreign ministry said in a statement.")
    assert not_english(text) is None and _identifier.cache_info().currsize == 0
