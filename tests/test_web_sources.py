"""Issue 13, inputs: saved pages, feeds, URLs (from a server on 127.0.0.1 the tests start),
PDF and Word statements: the same story gives the same facts whatever form it comes in,
and a broken page, feed or URL is one error while the rest goes on."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import Skipped, SourceError
from kg.extract import extract
from kg.fetch import Fetcher
from kg.sources import read_sources
from kg.textprep import prepare

WEB = Path(__file__).parent / "data" / "web"
STORY_URL = "https://news.example.org/2024/05/06/scholz-macron-defence"
PUBLISHED = dt.date(2024, 5, 6)


def read_all(paths, **kw):
    items = list(read_sources([str(p) for p in paths], **kw))
    return ([i for i in items if not isinstance(i, SourceError)],
            [i for i in items if isinstance(i, SourceError) and not isinstance(i, Skipped)],
            [i for i in items if isinstance(i, Skipped)])


def facts_of(nlp, article):
    facts = extract(nlp(prepare(article.text)[0]), article)
    name = {k: e.name for k, e in facts.entities.items()}
    events = sorted((e.kind, tuple(sorted(name[p] for p in e.participants)),
                     name.get(e.place, "") if e.place else "", e.date.value if e.date else "")
                    for e in facts.events)
    commitments = sorted((c.kind, tuple(sorted(name[a] for a in c.actors)),
                          tuple(sorted(name[t] for t in c.targets))) for c in facts.commitments)
    roles = sorted((name[r.person], r.title, name.get(r.holder, "") if r.holder else "")
                   for r in facts.roles)
    return events, commitments, roles


# -- a small web server on 127.0.0.1 -----------------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self):  # noqa: N802 - the standard library's name
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/story")
            self.end_headers()
            return
        status, ctype, body = self.routes.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="module")
def site():
    _Handler.routes = {
        "/story": (200, "text/html; charset=utf-8", (WEB / "story.html").read_bytes()),
        "/feed": (200, "application/rss+xml", (WEB / "feed.rss").read_bytes()),
        "/slow": (200, "text/html", (WEB / "story.html").read_bytes()),
        "/data.json": (200, "application/json", b'{"not": "a page"}'),
        "/menu-only": (200, "text/html", b"<!DOCTYPE html><html><body><nav><a href='/'>Home"
                                         b"</a></nav></body></html>"),
        "/error": (503, "text/html", b"<h1>Unavailable</h1>"),
    }
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetcher():
    return Fetcher(timeout=1.0, retries=0, delay=0.0)


# -- the same story in every form ----------------------------------------------------------------

def test_a_saved_page_is_its_article_without_the_pages_furniture():
    [page], errors, _ = read_all([WEB / "story.html"])
    assert not errors
    assert page.title == "Scholz and Macron agree to step up defence cooperation"
    assert page.published == PUBLISHED and page.source == "Example News"
    assert page.url == STORY_URL  # the canonical address, without its tracking parameters
    assert page.text.startswith("PARIS, May 6 (kg wire) - German Chancellor Olaf Scholz")
    for furniture in ("Most read", "Putin met Biden", "Copyright", "Privacy", "analytics",
                      "Business", "Scholz and Macron agree"):  # menus, asides, comments, title
        assert furniture not in page.text


def test_a_feed_is_one_article_an_item_and_an_item_without_text_is_skipped():
    articles, errors, skipped = read_all([WEB / "feed.rss"])
    assert not errors
    assert [a.title for a in articles] == ["Scholz and Macron agree to step up defence "
                                           "cooperation", "Tusk visits Kyiv"]
    assert [a.published for a in articles] == [PUBLISHED, dt.date(2024, 5, 7)]
    assert articles[0].url == STORY_URL and articles[0].source == "Example News - Europe"
    assert articles[0].meta.get("summary_only") is None  # the full content, not the summary
    assert articles[1].meta.get("summary_only") == "yes"
    assert len(skipped) == 1 and "no text" in skipped[0].reason


def test_the_same_story_as_page_feed_items_url_and_text_gives_the_same_facts(nlp, site):
    [page], _, _ = read_all([WEB / "story.html"])
    [rss, _], _, _ = read_all([WEB / "feed.rss"])
    [atom], _, _ = read_all([WEB / "feed.atom"])
    [fetched], errors, _ = read_all([f"{site}/story"], fetcher=fetcher())
    [text], _, _ = read_all([WEB / "story.txt"], published=PUBLISHED)
    assert not errors
    assert page.id == rss.id == atom.id == fetched.id  # one article wherever it was found
    expected = facts_of(nlp, text)
    events, commitments, roles = expected
    assert ("meeting", ("Emmanuel Macron", "Olaf Scholz"), "Paris", "2024-05-06") in events
    assert ("demand", ("Emmanuel Macron",), ("Russia",)) in commitments
    assert ("Olaf Scholz", "Chancellor", "Germany") in roles
    for other in (page, rss, atom, fetched):
        assert facts_of(nlp, other) == expected, other.origin


# -- URLs ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, reason", [
    ("/missing", "HTTP 404"),
    ("/error", "HTTP 503"),
    ("/slow", "timed out: no answer within 1 s"),
    ("/data.json", "not a web page, feed or PDF (the server sent application/json)"),
    ("/menu-only", "no article text found"),
])
def test_a_url_that_gives_no_article_is_one_error_naming_it(site, path, reason):
    articles, errors, _ = read_all([f"{site}{path}", f"{site}/story"], fetcher=fetcher())
    assert [a.title for a in articles] == ["Scholz and Macron agree to step up defence "
                                           "cooperation"]  # the rest goes on
    assert [(e.origin, reason in e.reason) for e in errors] == [(f"{site}{path}", True)]


def test_a_redirect_is_followed_and_a_feed_url_gives_its_items(site):
    articles, errors, _ = read_all([f"{site}/old-address", f"{site}/feed"], fetcher=fetcher())
    assert not errors
    assert [a.url for a in articles] == [STORY_URL, STORY_URL,
                                         "https://news.example.org/2024/05/07/tusk-kyiv"]


def test_a_closed_port_cannot_be_reached(site):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _, [error], _ = read_all([f"http://127.0.0.1:{port}/story"], fetcher=fetcher())
    assert "cannot be reached" in error.reason


def test_requests_to_one_host_are_spaced_by_the_delay(site):
    slow = Fetcher(timeout=2.0, retries=0, delay=0.4)
    start = time.monotonic()
    articles, errors, _ = read_all([f"{site}/story", f"{site}/story"], fetcher=slow)
    assert len(articles) == 2 and not errors
    assert time.monotonic() - start >= 0.4


def test_ingest_urls_from_a_list_and_the_same_article_as_page_and_feed_is_one(site, tmp_path):
    urls = tmp_path / "reading-list.txt"
    urls.write_text(f"# this week\n{site}/story\n{site}/missing\nnot-a-url\n")
    store = tmp_path / "st"
    result = CliRunner().invoke(cli, ["ingest", "--urls", str(urls), str(WEB / "feed.rss"),
                                      "--store", str(store), "--delay", "0", "--timeout", "2"])
    assert result.exit_code == 1, result.output  # two inputs failed, the rest was ingested
    assert "2 new, 0 unchanged, 0 replaced, 2 failed" in result.output
    assert f"{site}/missing: HTTP 404" in result.output
    assert f"{urls}:4: not a URL" in result.output
    assert "not read again: the same article as " + f"{site}/story" in result.output
    assert "holds only a summary" in result.output  # the Tusk item: said
    rows = CliRunner().invoke(cli, ["query", "who-met-whom", "--store", str(store),
                                    "--format", "csv"]).output.strip().split("\n")[1:]
    assert sorted(r.split(",")[:2] for r in rows) == [["Donald Tusk", "Volodymyr Zelenskyy"],
                                                      ["Emmanuel Macron", "Olaf Scholz"]]
    again = CliRunner().invoke(cli, ["ingest", str(WEB / "feed.rss"), "--store", str(store)])
    assert "0 new, 1 unchanged, 1 replaced, 0 failed" in again.output  # no second article:
    # the item replaces the page it links to (its site name differs), the summary stays


def test_ingest_needs_a_path_or_a_list_of_urls(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", "--store", str(tmp_path / "st")])
    assert result.exit_code == 2 and "give a PATH" in result.output


# -- PDF and Word statements, and HTML on standard input ------------------------------------------

STATEMENT = ("Joint statement\n\nPrime Minister Narendra Modi met President Joe Biden at the "
             "White House in Washington on Thursday.\n\nThe two leaders agreed to deepen "
             "defence cooperation.")


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds the lines (the PDF format written by hand)."""
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "({}) '".format(line.replace("(", r"\(").replace(")", r"\)")) for line in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               "<< /Title (Joint statement) /CreationDate (D:20230622120000Z) >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_a_pdf_statement_is_read_from_its_text_layer(nlp, tmp_path):
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(_pdf(STATEMENT.replace("\n\n", "\n").split("\n")[1:]))
    [article], errors, _ = read_all([pdf])
    assert not errors
    assert article.title == "Joint statement" and article.published == dt.date(2023, 6, 22)
    events, commitments, _ = facts_of(nlp, article)
    assert ("meeting", ("Joe Biden", "Narendra Modi"), "Washington", "2023-06-22") in events
    assert ("agreement", ("Joe Biden", "Narendra Modi"), ()) in commitments


def test_a_word_statement_is_read_from_its_paragraphs(nlp, tmp_path):
    import docx

    document = docx.Document()
    for paragraph in STATEMENT.split("\n\n"):
        document.add_paragraph(paragraph)
    path = tmp_path / "statement.docx"
    document.save(path)
    [article], errors, _ = read_all([path], published=dt.date(2023, 6, 22))
    assert not errors and article.title == "Joint statement"
    events, _, _ = facts_of(nlp, article)
    assert ("meeting", ("Joe Biden", "Narendra Modi"), "Washington", "2023-06-22") in events


@pytest.mark.parametrize("name, data, reason", [
    ("scan.pdf", _pdf([]), "no text layer"),
    ("broken.pdf", b"%PDF-1.4\nnot really\n", "cannot read the PDF"),
    ("notes.docx", b"PK\x03\x04 not a word file", "cannot read the Word document"),
    ("sitemap.xml", b"<?xml version='1.0'?><urlset><url><loc>x</loc></url></urlset>",
     "not an RSS or Atom feed"),
    ("empty.rss", b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
                  b"</channel></rss>", "the feed has no items"),
])
def test_a_broken_document_or_feed_is_one_error(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(STATEMENT)
    articles, errors, _ = read_all([tmp_path / name, tmp_path / "good.txt"])
    assert len(articles) == 1  # the rest goes on
    assert [(e.origin, reason in e.reason) for e in errors] == [(str(tmp_path / name), True)]


def test_html_on_standard_input_is_read_as_a_page(monkeypatch):
    data = (WEB / "story.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [article], errors, _ = read_all(["-"])
    assert not errors and article.url == STORY_URL and article.published == PUBLISHED
