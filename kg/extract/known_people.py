"""People the office-holder directory knows (issue 11): one name and one Wikidata id for each.

Run last, over the article's facts: a person whose name (or, for a one-word name, whose name
on the article's date) the directory knows takes the directory's name, so "Zelensky",
"Zelenskiy" and "Volodymyr Zelenskyy" are one node across articles, and carries its Wikidata
id (owl:sameAs in the graph). The article's own spelling stays an alias. A person the
directory does not know is left as the article names them.
"""

from __future__ import annotations

import datetime as dt

from kg import directory
from kg.extract.model import Commitment, Entity, Event, Role, Statement
from kg.gazetteer import slug


def canonical_people(entities: dict[str, Entity], published: dt.date | None,
                     roles: list[Role] = ()) -> dict[str, str]:
    """Rename the known people in `entities` (in place); return old key -> new key."""
    known = directory.load()
    renamed: dict[str, str] = {}
    terms = {key: known.person(e.name, published) for key, e in entities.items()
             if e.kind == "person"}
    found = [t for t in terms.values() if t is not None]
    for key, entity in list(entities.items()):
        if entity.kind != "person":
            continue
        if terms[key] is not None and not _titles_fit(terms[key], entity, roles):
            terms[key] = None
        term = terms[key] or _spelled_otherwise(entity, found) or _holder_spelled_otherwise(
            entity, [r for r in roles if r.person == key], entities, published)
        if term is None:
            continue
        new_key = "person:" + slug(term.name)
        target = entities.get(new_key)
        if target is None or target is entity:
            target = Entity(new_key, "person", term.name, set(entity.aliases),
                            entity.country, entity.geonames, entity.acronym, entity.evidence)
        else:
            target.aliases |= entity.aliases
        if entity.name != term.name:
            target.aliases.add(entity.name)
        # spellings, not bare surnames; and each long form's first and last name
        # ("Joseph Robinette Biden Jr." -> "Joseph Biden")
        spellings = {a for a in term.aliases if " " in a}
        target.aliases |= spellings | {directory.first_last(a) for a in spellings | {term.name}}
        target.aliases.discard(term.name)
        target.wikidata = term.wikidata or None
        del entities[key]
        entities[new_key] = target
        if new_key != key:
            renamed[key] = new_key
    return renamed


# a sovereign's (or a church's) title: borne with a regnal name, for life or till
# abdication, never by a minister the directory knows by the same name. (An elected
# office's title is no such test: the directory may not know a later or an
# organisation's post, as "Secretary General de Hoop Scheffer", Dutch foreign minister
# in it, of NATO in 2004.)
SOVEREIGNS = {"pope", "emperor", "empress", "sultan", "emir", "crown prince", "king", "queen",
              "grand duke"}


def _titles_fit(term: directory.Term, entity: Entity, roles: list[Role]) -> bool:
    """Whether a name found only in part or alone ("Pope Francis", "King Charles") may be
    the directory's person: not when the article gives it a sovereign's title ("Pope",
    "King") the person never held in the directory (David J. Francis, a foreign minister;
    Pierre Charles, a prime minister). A full name the directory knows stands whatever its
    title."""
    known = directory.load()
    if " " in entity.name.strip() and directory.fold(entity.name) in known.by_name:
        return True
    titles = {directory.office_key(r.title) for r in roles if r.person == entity.key}
    ranks = titles & SOVEREIGNS
    if not ranks:
        return True
    offices = known.offices_of(term)
    return any(directory.same_office(t, o.office) for t in ranks for o in offices)


def _spelled_otherwise(entity: Entity, found: list[directory.Term]) -> directory.Term | None:
    """"Serge Sargisian" beside the directory's "Serzh Sargsian", whom the same article names
    ("the presidents of Armenia and Azerbaijan"): a name the directory does not know, with the
    initial of a known person's name in the article and a family name a letter or two apart,
    is that person spelled otherwise (a transliteration both of whose names differ)."""
    alike = {t.wikidata or t.name: t for t in found if _a_letter_off(t.name, entity.name)}
    return next(iter(alike.values())) if len(alike) == 1 else None


def _a_letter_off(theirs: str, ours: str) -> bool:
    """The same initial and a family name a letter or two apart, not the same one (two with
    the same first name)."""
    a, b = directory.fold(theirs).split(), directory.fold(ours).split()
    return len(a) >= 2 and len(b) >= 2 and a[0][0] == b[0][0] and a[-1] != b[-1] and (
        directory.one_slip(a[-1], b[-1]) or (a[0] == b[0] and directory.spelled_alike(
            theirs, ours)))  # ("Michel Suleiman" for "Michel Sulayman": one first name, a
    # transliteration two letters off, in the post the directory gives him that day)


def _holder_spelled_otherwise(entity: Entity, roles: list[Role], entities: dict[str, Entity],
                              published: dt.date | None) -> directory.Term | None:
    """"Serge Sargisian", President of Armenia in a 2010 article, is the directory's Serzh
    Sargsian, President of Armenia then: a post the article gives someone, held that day by a
    person of the same initial whose family name is a letter apart, is that person's."""
    if published is None:
        return None
    known = directory.load()
    for role in roles:
        country = entities.get(role.holder or "")
        code = country.country if country is not None and country.kind == "country" else None
        term = known.holder(role.title, code, published) if code and not role.former else None
        if term is not None and _a_letter_off(term.name, entity.name):
            return term
    return None


def rename(mapping: dict[str, str], roles: list[Role], events: list[Event],
           commitments: list[Commitment], statements: list[Statement]) -> None:
    """Point every fact at the people's new keys."""
    if not mapping:
        return

    def one(key: str | None) -> str | None:
        return mapping.get(key, key) if key else key

    def many(keys: list[str]) -> list[str]:
        return list(dict.fromkeys(mapping.get(k, k) for k in keys))

    for r in roles:
        r.person = one(r.person) or r.person
        r.holder = one(r.holder)
    for e in events:
        e.participants = many(e.participants)
    for c in commitments:
        c.actors = many(c.actors)
        c.targets = many(c.targets)
    for s in statements:
        s.speaker = one(s.speaker) or s.speaker



def disagreements(facts) -> list[str]:
    """Posts an article gives someone that the directory says someone else held on the
    article's date. The article wins for that article (its facts stand as it states them);
    `kg eval` lists these so a reader can tell a stale directory from a wrong extraction."""
    known = directory.load()
    published = facts.article.published
    out: list[str] = []
    for role in facts.roles:
        if role.former or not role.holder or published is None:
            continue
        holder = role.holder.split(":", 1)[1]
        term = known.holder(role.title.lower(), holder, published)
        person = facts.entities.get(role.person)
        if term is None or person is None:
            continue
        same = (term.wikidata and term.wikidata == person.wikidata) or \
            directory.spelled_alike(term.name, person.name)  # Shehbaz, Shahbaz
        if not same:
            out.append(f"{person.name} is {role.title} of {holder} on {published} in the "
                       f"article; the directory says {term.name} ({term.source})")
    return out
