"""Document context every rule may read: who publishes the article, and whom its headline
names by title.

The headline is not a body sentence (it often has no verb, or a subject only implied), so it
is never parsed for facts; it only tells which name stands behind a title that the body
then uses bare: "Readout of President Biden's Meeting with Prime Minister Kishida" makes
"The President met today with ..." President Biden. The publisher (from the URL's host, the
`source`, or a `country:` front-matter key) owns the offices its own texts leave unnamed.
"""

from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.sources import Article

_HEADLINE_STOP = {"readout", "statement", "remarks", "joint", "meeting", "meets", "met", "talks",
                  "call", "calls", "holds", "visit", "visits", "on", "with", "and", "of", "in",
                  "at", "to", "for", "the", "a", "an", "says", "said", "press", "conference"}


@cache
def _title_pattern() -> re.Pattern[str]:
    titles = sorted(lexicon.load().titles, key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    return re.compile(rf"\b((?i:{alternatives}))\s+((?:[A-Z][\w.'’-]*\s*){{1,4}})")


def headline_titles(title: str | None) -> dict[str, str]:
    """Title -> the name the headline gives it: {"president": "Biden"}."""
    out: dict[str, str] = {}
    for m in _title_pattern().finditer(title or ""):
        words = []
        for word in m.group(2).split():
            clean = re.sub(r"(?:'s|’s)$", "", word)
            if clean.lower() in _HEADLINE_STOP or clean.lower() in lexicon.load().titles or \
                    _a_verb_in_the_present(clean):
                break
            words.append(clean)
            if clean != word:
                break  # "Biden's Meeting": the name ends at the possessive
        if words and m.group(1)[:1].isupper():
            out.setdefault(" ".join(m.group(1).lower().split()), " ".join(words))
    return out


def _a_verb_in_the_present(word: str) -> bool:
    """"Assures", "Urges", "Pledges", "Receives": a headline's verb (a trigger word of the
    lexicon with a verb ending), never part of the name before it ("Foreign Affairs Minister
    Assures AU Of Host Agreement")."""
    low = word.lower()
    return low.endswith("s") and word[:1].isupper() and word[1:].islower() and \
        low in lexicon.load().verb_forms


_AUTHORED = re.compile(r"\b(?:statement|remarks|speech|address|message|letter|op-ed|"
                       r"declaration)\s+(?:by|of|from)\s+(?:the\s+)?", re.I)


def headline_author(title: str | None) -> tuple[str, str] | None:
    """"Press statement by President Charles Michel following ...", "Remarks by President
    Biden on ...": the one author's title and name, who is the "I" of the text outside
    quotes. None when the headline names several ("Remarks by President Biden and Prime
    Minister Kishida"): a transcript's speakers say "I" in turn."""
    m = _AUTHORED.search(title or "")
    if m is None:
        return None
    rest = title[m.end():]  # type: ignore[index]
    found = _title_pattern().match(rest)
    if found is None or not found.group(1)[:1].isupper():
        return None
    names = headline_titles(rest[:found.end()])
    name = names.get(" ".join(found.group(1).lower().split()))
    after = rest[found.start(2) + len(name or ""):].lstrip()
    if not name or re.match(r"(?:and|&|,)\s", after):
        return None
    return " ".join(found.group(1).lower().split()), name


_NAME = r"((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3})"
_HEADLINE_PLACE = re.compile(rf"\b(?:in|at)\s+{_NAME}")
_AND_NAME = re.compile(rf"\s*(?:,|and|&)\s+{_NAME}")


def headline_places(title: str | None) -> list[str]:
    """Names after "in"/"at" in a headline, and those conjoined with them ("Talks in the
    Normandy format in Berlin" -> ["Berlin"]; "in Berlin and Paris" -> both), longest first
    within each: the caller keeps the ones its gazetteer knows."""
    out: list[str] = []
    title = title or ""
    for m in _HEADLINE_PLACE.finditer(title):
        names, end = [m.group(1)], m.end()
        while (more := _AND_NAME.match(title, end)) is not None:
            names.append(more.group(1))
            end = more.end()
        for name in names:
            words = re.sub(r"(?:'s|’s)$", "", name).split()
            out += [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    return out


def publisher(article: Article) -> str | None:
    return lexicon.publisher_holder(article.url, article.source, article.meta.get("country"))


def publisher_office(article: Article) -> str | None:
    """The office whose activities the publisher's site reports ("president" on kremlin.ru),
    unless the article's `country` key names another government's."""
    if article.meta.get("country"):
        return None
    return lexicon.publisher_office(article.url, article.source)
