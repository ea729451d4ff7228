"""Stage 3, extract: a spaCy Doc and its Article -> Facts (plain dataclasses, no RDF).

Order matters: mentions and names first, then roles (which nominal mentions such as "the
Russian leader" resolve through), then events, then commitments (which point at the events
they were made at), then statements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.dates import infer_date_order
from kg.extract.clauses import in_quote
from kg.extract.commitments import read_commitments
from kg.extract.context import (
    headline_author,
    headline_places,
    headline_titles,
    publisher,
    publisher_office,
)
from kg.extract.events import EventReader
from kg.extract.known_people import canonical_people, rename
from kg.extract.mentions import Mentions, evidence_for
from kg.extract.model import Commitment, Entity, Event, Facts, Role, Statement
from kg.extract.roles import more_specific, read_roles
from kg.extract.statements import read_statements
from kg.extract.tokens import text_of
from kg.sources import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract", "Facts", "Entity", "Role", "Event", "Commitment", "Statement"]


def extract(doc: Doc, article: Article) -> Facts:
    order = article.date_order or infer_date_order(text_of(doc))  # None: a guess, MDY
    mentions = Mentions(doc, article.published)  # (the date: who held which office)
    mentions.publisher = publisher(article)
    mentions.publisher_office = publisher_office(article)
    mentions.headline_titles = headline_titles(article.title)
    mentions.headline_author = headline_author(article.title)
    mentions.headline = article.title or ""
    mentions.headline_place = mentions.one_place(  # ("at Obama dinner": no town in Japan)
        [n for n in headline_places(article.title) if not mentions.names_a_person(n)])
    roles = read_roles(mentions)
    mentions.title_acronyms()  # "EAM" after "External Affairs Minister Jaishankar"
    if _first_person_quoted(doc):  # "I had a bilateral meeting with ...," Anwar said: the
        # quote's speaker met them; the speakers are read again once the events are known
        mentions.early_quote_speakers = _speakers(read_statements(mentions, article.published))
    reader = EventReader(mentions, article.published, order)
    events = reader.read()
    mentions.events = events  # "the two leaders", "they" resolve to their participants
    statements = read_statements(mentions, article.published)
    mentions.quote_speakers = _speakers(statements)
    commitments = read_commitments(mentions, article.published, order, reader.by_token)
    # "The President of Russia congratulated ...": every bare title a sentence is about
    # states its holder's office, whatever else the sentence tells
    mentions.resolve_subject_titles()
    # a person named only in the headline ("President Biden") holds the title it gives;
    # an unnamed office holder's node is its own role, with no role row of its own
    stated = {(r.person, r.title.lower(), r.holder) for r in roles if not r.former}
    roles += [Role(person, title, holder, False, evidence_for(token, 0.6))
              for person, title, holder, token in mentions.offices
              if not mentions.entities[person].name.startswith(title + " of ")
              and (person, title.lower(), holder) not in stated]
    # the people the office-holder directory knows: one name and a Wikidata id each
    renamed = canonical_people(mentions.entities, article.published, roles)
    rename(renamed, roles, events, commitments, statements)
    roles = more_specific(roles)  # ("SECRETARY KERRY:" was "Kerry" until the directory
    # named him: his "Secretary" beside John Kerry's "Secretary of State")
    for event in events:
        event.label = event_label(event, mentions.entities)
    kept = set(map(id, events))
    for c in commitments:
        if c.made_at is not None and id(c.made_at) not in kept:
            c.made_at = None
    for e in events:
        if e.part_of is not None and id(e.part_of) not in kept:
            e.part_of = None
    warnings = ([] if order else _order_guessed(mentions)) + (
        [] if article.published else _relative_undated(mentions))
    return Facts(article, dict(mentions.entities), roles, events, commitments, statements,
                 warnings)


def _relative_undated(mentions: Mentions) -> list[str]:
    """One warning when a date needs the article's date ("on Thursday") and it has none."""
    import datetime as dt

    from kg.dates import normalise

    for span in mentions.dates:
        if normalise(span.text, None) is None and normalise(span.text, dt.date(2000, 1, 3)):
            return [f"relative date {span.text.strip()!r} left undated: the article has no "
                    "publication date (set published in the front matter or --published)"]
    return []


def _order_guessed(mentions: Mentions) -> list[str]:
    """One warning when a numeric date reads both ways ("1/9") and nothing says which."""
    from kg.dates import ambiguous_numeric

    for span in mentions.dates:
        if ambiguous_numeric(span.text):
            return [f"numeric date {span.text.strip()!r} read as month/day (or day/month where "
                    "that keeps a past event before the article); nothing gives the order: "
                    "set date_order in the front matter or --date-order"]
    return []


def _name(entities: dict[str, Entity], key: str | None) -> str:
    if key is None:
        return ""
    e = entities.get(key)
    if e is None:
        return key.split(":", 1)[-1]
    return e.acronym or e.name


def event_label(event: Event, entities: dict[str, Entity]) -> str:
    """"SCO summit", "Alaska summit", "NATO summit 2008", "Meeting of Putin and Xi"."""
    if event.kind == "summit":
        if event.organiser:
            base = f"{_name(entities, event.organiser)} summit"
        elif event.place:
            base = f"{_name(entities, event.place)} summit"
        elif event.participants:
            base = "-".join(_name(entities, p) for p in event.participants) + " summit"
        else:
            base = "Summit"
        if event.date and event.date.precision == "year":
            base += f" {event.date.value}"
        return base
    names = [_name(entities, p) for p in event.participants]
    noun = {"call": "Call", "visit": "Visit"}.get(event.kind, "Meeting")
    joined = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
    return f"{noun} of {joined}"


def _speakers(statements: list[Statement]) -> list[tuple[int, int, str]]:
    """Where each quote (with its sentences) stands, and who said it."""
    return [(s.evidence.start, s.evidence.end, s.speaker) for s in statements]


def _first_person_quoted(doc: Doc) -> bool:
    """Whether "I" (or "me", "my") stands inside a quote: "I met ...", "my talks with"."""
    return any(t.lower_ in ("i", "me", "my") and t.pos_ == "PRON" and in_quote(t) for t in doc)
