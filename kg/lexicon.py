"""The vocabulary the extraction rules read: triggers, status cues, role titles, publishers.

What words mean lives in `kg/data/*.tsv` (one row per word, a header that says what each
column means); how a parse is read lives in `kg/extract/`. Adding a trigger verb is a row in
predicates.tsv and a test, not a branch in the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

EVENT_CLASSES = ("summit", "meeting", "visit", "call")
COMMITMENT_CLASSES = ("agreement", "pledge", "threat", "demand", "goal")
STATUSES = ("planned", "hypothetical", "denied", "condition")


@dataclass(frozen=True)
class Predicate:
    """One row of predicates.tsv."""

    lemma: str
    pos: str  # verb | noun | adj
    cls: str  # an event class or a commitment class
    needs: tuple[str, ...]  # any one of these must hold ("aux:will", "prep:on", "money" ...)
    target: tuple[str, ...]
    content: tuple[str, ...]
    cameo: str | None
    plover: str | None

    @property
    def is_event(self) -> bool:
        return self.cls in EVENT_CLASSES

    def needs_of(self, kind: str) -> set[str]:
        """The values of one kind of need: needs_of("prep") -> {"on", "upon"}."""
        return {n.split(":", 1)[1] for n in self.needs if n.startswith(kind + ":")}

    def slots(self, field: str, kind: str) -> set[str]:
        """Prepositions of a target/content column: slots("target", "prep") -> {"to"}."""
        values = self.target if field == "target" else self.content
        return {v.split(":", 1)[1] for v in values if v.startswith(kind + ":")}

    @property
    def frame(self) -> str | None:
        return next(iter(self.needs_of("frame")), None)


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("kg").joinpath("data", filename).read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def _multi(cell: str) -> tuple[str, ...]:
    return () if cell in ("", "-") else tuple(v.strip() for v in cell.split("|"))


@dataclass(frozen=True)
class Lexicon:
    predicates: tuple[Predicate, ...]
    status_cues: dict[tuple[str, str], str]  # (word, where) -> status
    titles: dict[str, tuple[str | None, int]]  # title -> (implied holder, rank)
    publishers: dict[str, str]  # host suffix or source name -> ISO3 or organisation key
    heads: dict[str, tuple[str, ...]]  # ISO3 -> the head-of-state/government titles it
    # has, the one that leads first (Germany: chancellor)
    offices: dict[str, str] = field(default_factory=dict)  # publisher -> the office whose
    # activities its site reports ("kremlin.ru" -> "president")

    def own_post(self, country: str, title: str) -> bool:
        """Whether a country can hold a title: any title below rank 1; a head's title only
        where heads.tsv lists it (or the country is not listed there)."""
        title = title.lower()
        if self.titles.get(title, (None, 2))[1] != 1 or country not in self.heads:
            return True
        return title in self.heads[country]

    @cached_property
    def verb_forms(self) -> frozenset[str]:
        """Every trigger word with its verb endings ("meets", "talk", "pledged", "assures"):
        in a headline in title case, such a word is a verb, never part of a name."""
        return frozenset(form for p in self.predicates for w in [p.lemma.lower()]
                         for form in (w, w + "s", w + "es", w + "ed", w + "d"))

    def events(self, pos: str) -> dict[str, Predicate]:
        return {p.lemma: p for p in self.predicates if p.is_event and p.pos == pos}

    def commitments(self, pos: str) -> dict[str, Predicate]:
        return {p.lemma: p for p in self.predicates if not p.is_event and p.pos == pos}

    def cues(self, where: str, status: str | None = None) -> set[str]:
        return {w for (w, wh), st in self.status_cues.items()
                if wh == where and (status is None or st == status)}


@cache
def load() -> Lexicon:
    predicates = []
    for row in _rows("predicates.tsv"):
        row += ["-"] * (8 - len(row))
        lemma, pos, cls, needs, target, content, cameo, plover = row[:8]
        if pos not in ("verb", "noun", "adj") or cls not in EVENT_CLASSES + COMMITMENT_CLASSES:
            raise ValueError(f"kg/data/predicates.tsv: bad row {row!r}")
        predicates.append(Predicate(lemma, pos, cls, _multi(needs), _multi(target),
                                    _multi(content), None if cameo == "-" else cameo,
                                    None if plover == "-" else plover))
    cues = {}
    for word, where, status in (r[:3] for r in _rows("status_cues.tsv")):
        if status not in STATUSES:
            raise ValueError(f"kg/data/status_cues.tsv: bad status {status!r} for {word!r}")
        cues[(word, where)] = status
    titles = {r[0]: (None if r[1] == "-" else r[1], int(r[2])) for r in _rows("titles.tsv")}
    rows = _rows("publishers.tsv")
    publishers = {r[0]: r[1] for r in rows}
    offices = {r[0]: r[2] for r in rows if len(r) > 2 and r[2] != "-"}
    heads = {r[0]: tuple(r[1].split("|")) for r in _rows("heads.tsv")}
    return Lexicon(tuple(predicates), cues, titles, publishers, heads, offices)


_GOVERNMENT_LABELS = {"gov", "go", "gouv", "gob", "govt", "gv"}


def publisher_holder(url: str | None, source: str | None, country: str | None = None
                     ) -> str | None:
    """The country (ISO3) or organisation key an article's own office belongs to, from its
    `country` front-matter key, its URL's host name or its `source`; None when unknown."""
    if country:
        return country.upper()
    key = _publisher_key(url, source)
    if key in load().publishers:
        return load().publishers[key]
    labels = _host(url).split(".")
    if len(labels) >= 3 and labels[-2] in _GOVERNMENT_LABELS and len(labels[-1]) == 2:
        # "mofa.gov.pk", "presidency.gov.gh", "mre.gob.ar": a host under a country's
        # government domain is that government's
        from kg import gazetteer

        found = gazetteer.iso3_from_iso2(labels[-1].upper())
        if found:
            return found
    key = _publisher_key(None, source)
    return load().publishers[key] if key else None


def _host(url: str | None) -> str:
    """A URL's host name, lower-case, without "www."."""
    if not url:
        return ""
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def publisher_office(url: str | None, source: str | None) -> str | None:
    """The office whose activities a publisher's site reports ("president" on kremlin.ru,
    "secretary of state" on state.gov): its headings' "Meeting with X" are that holder's."""
    return load().offices.get(_publisher_key(url, source) or "")


def _publisher_key(url: str | None, source: str | None) -> str | None:
    """The publishers.tsv row an article's URL host (its longest matching suffix) or its
    `source` (whole, or the publisher it names first) matches."""
    pubs = load().publishers
    if url:
        host = _host(url)
        best = max((k for k in pubs if host == k or host.endswith("." + k)), key=len,
                   default=None)
        if best:
            return best
        labels = host.split(".")
        if len(labels) >= 3 and labels[-2] in _GOVERNMENT_LABELS and len(labels[-1]) == 2:
            return None  # (a government's host: its country, no office of ours)
    if source:
        # the whole source, or the publisher it names first ("United Nations, Department of
        # Public Information", "The White House, Office of the Press Secretary")
        name = " ".join(source.lower().split())
        first = name.split(",")[0].strip()
        return name if name in pubs else first if first in pubs else None
    return None
