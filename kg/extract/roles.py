"""Roles from titles: "Russian President Vladimir Putin" -> President of Russia.

Three shapes are read: a title before the name ("former U.S. President Donald Trump",
"NATO Secretary-General Mark Rutte"), an apposition after it ("Xi Jinping, China's
president,"), and a title with "of" ("the President of France, Emmanuel Macron").
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from kg import directory, gazetteer, lexicon
from kg.extract.mentions import HONORIFICS, Mentions, evidence_for
from kg.extract.model import Role

if TYPE_CHECKING:
    from spacy.tokens import Token

HEAD_TITLES = set(lexicon.load().titles)  # kg/data/titles.tsv
_TITLE_TOKENS = {w for t in HEAD_TITLES for w in t.replace("-", " - ").split()} | {"-", "of"}


def _title_case(words: list[str]) -> str:
    text = " ".join(words).replace(" - ", "-")
    out = []
    for w in text.split():
        out.append(w if w == "of" else "-".join(p[:1].upper() + p[1:].lower()
                                               for p in w.split("-")))
    return " ".join(out)


def _normal_title(words: list[str]) -> str | None:
    text = " ".join(w.lower() for w in words).replace(" - ", "-").strip()
    while text and text not in HEAD_TITLES:
        # drop leading modifiers we do not keep ("acting", "new") one at a time
        if " " not in text:
            return None
        text = text.split(" ", 1)[1]
    return _title_case(text.split()) if text else None


def read_roles(mentions: Mentions) -> list[Role]:
    doc = mentions.doc
    roles: list[Role] = []
    seen: set[tuple[str, str, str, bool]] = set()

    def add(person: str, title: str | None, holder: str | None, former: bool, tok: Token,
            confidence: float) -> None:
        if not title:
            return
        holder = holder or _implied_holder(title)  # "External Affairs Minister": India's
        if holder and holder.startswith("country:"):
            holder = mentions.country_key(holder.split(":", 1)[1])  # named by a demonym only
        k = (person, title, holder, former)
        if k in seen:
            return
        seen.add(k)
        roles.append(Role(person, title, holder, former, evidence_for(tok, confidence)))
        if not former:
            if holder:
                mentions.roles_by_holder.setdefault(holder, set()).add(person)
            first = mentions.roles_by_title.setdefault(title.lower(), {})
            first[person] = min(first.get(person, tok.i), tok.i)

    # every name of a person: the model's and those kg found after titles ("Foreign Minister
    # of Kazakhstan Murat Nurtleu", which the model did not tag)
    spans = sorted({(s.start, s.end): s for s, _ in mentions.person_spans()}.values(),
                   key=lambda s: s.start)
    for ent in spans:
        key = mentions.token_key.get(ent.start)
        if mentions.kind(key) != "person":
            continue
        assert key is not None
        # 1. Title before the name: walk left over title words, a country or organisation,
        #    and "former". The model sometimes puts the title inside the name's span
        #    ("State Antony Blinken"): start left of the name itself.
        start = ent.start
        while start > 0 and mentions.token_key.get(start - 1) == key:
            start -= 1  # the name reaches left of the model's span ("Antony" + "J. Blinken")
        while start < ent.end - 1 and doc[start].lower_ in _TITLE_TOKENS:
            start += 1
        i = start - 1
        words: list[str] = []
        holder = None
        holder_after_of = False
        former = False
        while i >= 0:
            tok = doc[i]
            low = tok.lower_
            found = mentions.token_key.get(i)
            country = mentions.demonym.get(i) or (
                found if mentions.kind(found) in ("country", "organisation")
                and mentions.known(found) else None)
            if country and holder is None:
                holder = country
                # skip the rest of that entity and a possessive 's
                while i - 1 >= 0 and (mentions.demonym.get(i - 1) == country or
                                      mentions.token_key.get(i - 1) == country):
                    i -= 1
                if i - 2 >= 0 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in \
                        _TITLE_TOKENS and not words:
                    i -= 1  # "President of Kazakhstan Kassym-Jomart Tokayev"
                    holder_after_of = True
            elif low in ("'s", "’s") and holder is None:
                pass
            elif low in HONORIFICS and not words:
                pass  # "Minister Dr. S. Jaishankar", "Prime Minister Shri Narendra Modi"
            elif low in _TITLE_TOKENS and (holder is None or holder_after_of) and (
                    low != "of" or (words and i > 0 and doc[i - 1].lower_ in _TITLE_TOKENS)):
                words.insert(0, tok.text)
            elif low in ("former", "ex", "ex-", "then", "late"):
                former = former or low != "then"
            else:
                break
            i -= 1
        title = _normal_title(words) if words else None
        if title and holder is None and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
            after = mentions.token_key.get(ent.end + 1)  # "Prime Minister Kishida of Japan"
            if mentions.kind(after) in ("country", "organisation") and mentions.known(after):
                holder = after
        add(key, title, holder, former, ent[0], 0.85)

        # 2. Apposition after the name: "Xi Jinping, China's president," / "..., the French
        #    president,".
        root = ent.root
        for child in root.children:
            if child.dep_ != "appos" or mentions.kind(mentions.token_key.get(child.i)) == \
                    "person":
                continue  # "A of Australia, B of India": a list of names, not a title
            app_words = [t.text for t in child.subtree
                         if t.lower_ in _TITLE_TOKENS and t.i <= child.i]
            app_holder = None
            app_former = False
            for t in child.subtree:
                cand = mentions.demonym.get(t.i) or mentions.token_key.get(t.i)
                if cand and mentions.kind(cand) in ("country", "organisation") or (
                        cand and cand.startswith("country:")):
                    app_holder = app_holder or cand
                if t.lower_ in ("former", "ex"):
                    app_former = True
            add(key, _normal_title(app_words) if app_words else None, app_holder, app_former,
                child, 0.8)

        # 3. "the president of France, Emmanuel Macron": the name is an apposition of a title.
        if root.dep_ == "appos" and root.head.lower_ in _TITLE_TOKENS:
            head = root.head
            t_words = [t.text for t in head.lefts if t.lower_ in _TITLE_TOKENS] + [head.text]
            holder3 = None
            for obj in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for p in obj.children:
                    holder3 = holder3 or mentions.token_key.get(p.i) or next(
                        (mentions.demonym[t.i] for t in p.subtree if t.i in mentions.demonym),
                        None)  # "the President of the French Republic"
            for t in head.lefts:
                holder3 = holder3 or mentions.demonym.get(t.i) or mentions.token_key.get(t.i)
            add(key, _normal_title(t_words), holder3, False, head, 0.75)
    # A post stated with its country and again without one is one post.
    placed = {(r.person, r.title, r.former) for r in roles if r.holder}
    roles = [r for r in roles if r.holder or (r.person, r.title, r.former) not in placed]
    _publishers_posts(mentions, roles)
    return roles


def _publishers_posts(mentions: Mentions, roles: list[Role]) -> None:
    """A government's own text names its own people without their country: "President Biden"
    on whitehouse.gov, "Foreign Secretary David Cameron" on gov.uk. A post with no country,
    held by someone the text gives no country at all, is the publisher's; at lower
    confidence, since a foreign guest named without one is then misplaced."""
    publisher = mentions.publisher
    if not publisher or publisher not in gazetteer.load().countries:
        return
    placed = {r.person for r in roles if r.holder}
    known = directory.load()

    def elsewhere(person: str) -> bool:  # a guest the directory knows: "Ferdinand Marcos Jr"
        entity = mentions.entities.get(person)
        term = known.person(entity.name, mentions.published) if entity else None
        return term is not None and all(t.holder != publisher for t in known.offices_of(term))

    for role in roles:
        if role.holder is None and not role.former and role.person not in placed and \
                lexicon.load().own_post(publisher, role.title) and not elsewhere(role.person):
            role.holder = mentions.country_key(publisher)
            role.evidence = dataclasses.replace(role.evidence,
                                                confidence=min(role.evidence.confidence, 0.6))
            mentions.roles_by_holder.setdefault(role.holder, set()).add(role.person)


def _implied_holder(title: str) -> str | None:
    implied = lexicon.load().titles.get(title.lower(), (None, 0))[0]
    if not implied:
        return None
    return f"country:{implied}" if implied in gazetteer.load().countries else f"org:{implied}"
