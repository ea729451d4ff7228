"""Stage 1, sources (web): a saved or fetched HTML page becomes an `Article`.

trafilatura finds the article in the page (no navigation, menus, scripts, comments or
asides) and its metadata: title, publication date (htmldate, from the page's own metadata
only: no guessing from copyright lines), canonical URL and site name. kg keeps the text
with its paragraphs one blank line apart, as in a .txt article, and the title as the
article's title (not its first line).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from kg.errors import SourceError
from kg.sources import Article, make_article

MIN_WORDS = 8  # fewer words than this is a page's menu or a link, not an article
_DATE_PARAMS = {"extensive_search": False, "original_date": True}  # metadata only
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$", re.I)


def normalise_url(url: str) -> str:
    """One spelling per page: scheme and host in lower case, no fragment, no tracking
    parameters (utm_*, fbclid, ...), no trailing slash on a path, so that the same article
    found in a feed and as a page (or fetched twice) is one article."""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def page_text(html: str, url: str | None = None):
    """trafilatura's reading of a page: its Document (text and metadata), or None."""
    import trafilatura

    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, date_extraction_params=_DATE_PARAMS)


def paragraphs(text: str, title: str | None) -> str:
    """trafilatura's lines as paragraphs one blank line apart, without a first line that
    only repeats the title (the page's heading)."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold() == " ".join(title.split()).casefold():
        lines = lines[1:]
    return "\n\n".join(lines) + ("\n" if lines else "")


def read_html(html: str, origin: str, *, url: str | None = None, **overrides) -> Article:
    """The article in an HTML page. `url` is where it was fetched from; the page's own
    canonical URL wins, so that the page has one id wherever it was found."""
    try:
        doc = page_text(html, url)
    except Exception as exc:  # noqa: BLE001 - a page trafilatura cannot parse is one bad input
        raise SourceError(origin, f"cannot read the HTML page ({exc})") from None
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        raise SourceError(origin, "no article text found in the HTML page (only navigation, "
                          "or an empty page)")
    title = doc.title or None
    page_url = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else url
    meta: dict[str, object] = {"title": title}
    if page_url:
        meta["url"] = normalise_url(page_url)
    if doc.date:
        meta["published"] = doc.date
    if doc.sitename:
        meta["source"] = doc.sitename
    return make_article(paragraphs(doc.text, title), meta, origin, **overrides)


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed item's content or summary): paragraphs one blank
    line apart, no tags, entities decoded."""
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - fall back to the bare text
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    blocks = root.xpath(".//p|.//li|.//h1|.//h2|.//h3|.//h4|.//blockquote")
    if not blocks:
        return " ".join(root.text_content().split())
    return "\n\n".join(t for b in blocks for t in [" ".join(b.text_content().split())] if t)
