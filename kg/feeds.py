"""Stage 1, sources (feeds): an RSS 2.0 or Atom feed becomes one `Article` per item.

feedparser reads the feed (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, and their common faults). Each
item is an article: its link is its id (normalised as a page's URL is, so that the item and
the page it links to are one article), its date its `published`, its full content its
text; an item that holds only a summary is read too, with a warning saying so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kg.errors import Skipped, SourceError
from kg.sources import Article, make_article
from kg.webpages import fragment_text, normalise_url

SUMMARY_ONLY = "the feed item holds only a summary, not the article's full text"


def looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf:rdf" in head) \
        or head.startswith(("<rss", "<feed"))


def read_feed(data: str | bytes, origin: str, **overrides) -> Iterator[Article | SourceError]:
    """Every item of a feed, in the feed's order; a bad item is one error, the rest go on."""
    import feedparser

    parsed = feedparser.parse(data)
    version = parsed.get("version") or ""
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        if not version:
            yield SourceError(origin, "not an RSS or Atom feed" + (
                f" ({reason})" if reason else ""))
        else:
            yield SourceError(origin, "the feed has no items")
        return
    site = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        where = f"{origin} item {number}" + (f" ({link})" if link else "")
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        html = max(contents, key=len) if contents else entry.get("summary", "")
        text = fragment_text(html or "")
        if not text:  # (a picture gallery, a video): said, not a failure
            yield Skipped(where, "not read: the feed item has no text (neither content nor "
                          "summary)")
            continue
        meta: dict[str, object] = {"title": entry.get("title")}
        if link:
            meta["url"] = normalise_url(link)
        elif entry.get("id"):
            meta["id"] = entry.get("id")
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        if when:
            meta["published"] = dt.date(when.tm_year, when.tm_mon, when.tm_mday)
        if site:
            meta["source"] = site
        try:
            article = make_article(text + "\n", meta, where, **overrides)
        except SourceError as err:
            yield err
            continue
        if not contents:
            article.meta["summary_only"] = "yes"
        yield article
