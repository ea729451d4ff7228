"""Roles from titles: "Russian President Vladimir Putin" -> President of Russia.

Three shapes are read: a title before the name ("former U.S. President Donald Trump",
"NATO Secretary-General Mark Rutte"), an apposition after it ("Xi Jinping, China's
president,"), and a title with "of" ("the President of France, Emmanuel Macron").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from kg import directory, gazetteer, lexicon
from kg.extract.clauses import INCLUDED, delegation_of, governing_verb, subjects
from kg.extract.mentions import (
    HONORIFICS,
    HONOURED,
    PORTFOLIOS,
    Mentions,
    conjuncts,
    evidence_for,
)
from kg.extract.model import Role
from kg.extract.tokens import text_of, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Token

HEAD_TITLES = set(lexicon.load().titles)  # kg/data/titles.tsv
_STAFF = {"administration", "office", "staff", "chancellery", "secretariat", "cabinet"}
# (the bodies that serve someone else's post: "Head of the Administration of the President")
_TITLE_ENDS = {t.split()[-1] for t in HEAD_TITLES} - {"of", "state", "leader"}  # a title's head
_HEAD_WORDS = {"chief", "head", "boss"}  # "UN chief": the organisation's head (gazetteer)
_STAND_IN = {"acting", "interim"}  # a stand-in's post: "Acting President", "Interim Premier"
_TITLE_TOKENS = ({w for t in HEAD_TITLES for w in t.replace("-", " - ").split()} | {
    "-", "of"} | _STAND_IN) - {
    "and"}  # ("Minister of Foreign Affairs and Trade" is read whole by _title_after; a bare
# "and" joins two titled names: "President Aliyev of Azerbaijan and Prime Minister ...")
_PLURAL_TITLE_TOKENS = {w + "s" for w in _TITLE_TOKENS}  # "presidents", "ministers"


_ROYAL_STYLES = {"prince", "princess", "sheikh", "sheikha", "shaikh", "sheik"}


_WRITTEN_SHORT = {"pm": "prime minister"}  # "NZ PM Christopher Luxon"


def _title_case(words: list[str]) -> str:
    text = " ".join(_WRITTEN_SHORT.get(w.lower(), w) for w in words).replace(" - ", "-")
    out = []
    for w in text.split():  # "Minister for Foreign Affairs": small words stay small
        out.append(w.lower() if w.lower() in _SMALL_WORDS and out else "-".join(
            p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


_SMALL_WORDS = {"of", "for", "to", "and", "the"}


# the fields of ministries: "Home Affairs Minister", "Foreign Trade Minister" are titles
# whole, though titles.tsv lists neither
_FIELDS = PORTFOLIOS | {"home", "foreign", "economic", "islamic", "religious", "water", "mines",
                        "petroleum", "oil", "communications", "sports", "youth", "women",
                        "social", "science", "technology", "fisheries", "lands", "housing",
                        "works", "immigration", "infrastructure", "digital", "development"}
_TITLE_TOKENS |= _FIELDS  # ("Minister of Culture Vaclav Riedlbauch": read from the name left)


# "Minister of Culture", "Minister for Home Affairs", "Deputy Minister of Interior": a
# ministry's own title, whole, though titles.tsv lists only the foreign ministers' so
_MINISTRY_TITLE = re.compile(r"(?:(?:deputy|vice) )?minister (?:of|for) (?:the )?"
                             r"(?P<fields>[a-z]+(?: (?:and|&)? ?[a-z]+){0,3})")


def _ministry(text: str) -> bool:
    ministry = _MINISTRY_TITLE.fullmatch(text)
    fields = ministry["fields"].split() if ministry else []
    return bool(fields) and fields[-1] in _FIELDS and all(w in _FIELDS | {"and", "&"}
                                                          for w in fields)


def _normal_title(words: list[str]) -> str | None:
    text = " ".join(w.lower() for w in words).replace(" - ", "-").strip()
    if text not in HEAD_TITLES and _ministry(text):
        return _title_case(text.split())
    fields = text.split()[:-1]
    if text not in HEAD_TITLES and text.endswith("minister") and 1 <= len(fields) <= 3 and \
            all(w in _FIELDS for w in fields):
        return _title_case(text.split())  # ("foreign minister" alone is known)
    stand_in = ""
    while text and text not in HEAD_TITLES:
        # drop leading modifiers we do not keep ("new", "senior") one at a time; a stand-in's
        # ("Acting President", "Interim Prime Minister") is another post than the holder's
        if " " not in text:
            return None
        first, text = text.split(" ", 1)
        stand_in = first if first in _STAND_IN else ""
    if not text:
        return None
    return _title_case(([stand_in] if stand_in else []) + text.split())


def _title_after(mentions: Mentions, head: Token) -> list[str]:
    """The longest known title that starts at `head` and runs right over title words:
    "Secretary of State (of the United States)", "Minister of Foreign Affairs (and Trade)"."""
    doc = head.doc
    words: list[str] = []
    best: list[str] = []
    for t in doc[head.i:min(len(doc), head.i + 9)]:
        key = mentions.token_key.get(t.i)
        if t.lower_ == "the" and words and words[-1].lower() == "for":
            continue  # "Secretary of State for the Foreign and Commonwealth Affairs"
        if t.lower_ not in _TITLE_TOKENS | {"and"} or (
                key and mentions.kind(key) == "country") or (
                key and mentions.kind(key) == "organisation" and mentions.known(key)):
            break
        words.append(t.text)
        text = " ".join(w.lower() for w in words).replace(" - ", "-")
        if text in HEAD_TITLES or _ministry(text):
            best = list(words)
    return best if len(best) > 1 else []


def read_roles(mentions: Mentions) -> list[Role]:
    doc = mentions.doc
    roles: list[Role] = []
    seen: set[tuple[str, str, str, bool]] = set()
    in_plural: set[tuple[str | None, str]] = set()  # (person, title) read from a plural title

    def add(person: str, title: str | None, holder: str | None, former: bool, tok: Token,
            confidence: float) -> None:
        if not title:
            return
        holder = holder or _implied_holder(title) or (  # "External Affairs Minister": India's
            _body_just_named(mentions, tok) if title.lower() in _BODY_POSTS and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) else None)
        # ("Director-General of the Asian and Oceanian Affairs Bureau": a bureau's, of its own)
        if holder and holder.startswith("country:"):
            holder = mentions.country_key(holder.split(":", 1)[1])  # named by a demonym only
        elif holder and holder.startswith("org:"):
            holder = mentions.organisation_key(holder)  # (implied by the title alone)
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
    listed: set[int] = set()  # the last token of each name with a title right before it
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
        former = then = plural = False
        portfolio: list[str] = []  # "Information Minister": a portfolio titles.tsv does not
        # list
        while i >= 0:
            tok = doc[i]
            low = tok.lower_
            found = mentions.token_key.get(i)
            country = _holder_at(mentions, i)
            if country and holder is None:
                holder = country
                i = _start_of(mentions, i, country)  # skip the rest of that entity
                the = 1 if i - 3 >= 0 and doc[i - 1].lower_ == "the" else 0
                if i - 2 - the >= 0 and doc[i - 1 - the].lower_ == "of" and \
                        doc[i - 2 - the].lower_ in _TITLE_TOKENS and not words:
                    i -= 1 + the  # "President of Kazakhstan Kassym-Jomart Tokayev", "Prime
                    # Minister of the United Kingdom Keir Starmer"
                    holder_after_of = True
            elif low in ("'s", "’s") and holder is None:
                pass
            elif low in ("its", "their", "his", "her") and tok.dep_ == "poss" and \
                    holder is None and words:
                holder = _owner(mentions, tok)  # "its Director-General Tedros"; "his Foreign
                # Affairs Minister X": the country of the one whose minister it is
                break
            elif low in HONORIFICS and not words:
                pass  # "Minister Dr. S. Jaishankar", "Prime Minister Shri Narendra Modi"
            elif low in _ROYAL_STYLES and not words and i > 0 and \
                    doc[i - 1].lower_ in _TITLE_TOKENS and \
                    f"{doc[i - 1].lower_} {low}" not in HEAD_TITLES:
                pass  # "Saudi Foreign Minister Prince Faisal bin Farhan": a royal style
                # between the post and the name (not "Crown Prince Mohammed": a title)
            elif not words and low.endswith("s") and low[:-1] in _TITLE_TOKENS and \
                    _names_listed(ent):
                words.insert(0, tok.text[:-1])  # "Foreign Ministers Lavrov and Wang Yi"
                plural = True
            elif low in _HEAD_WORDS and not words and holder is None:
                words.insert(0, tok.text)  # "UN chief", "IMF boss": see below
            elif low in _TITLE_TOKENS and (holder is None or holder_after_of) and (
                    low != "of" or (words and i > 0 and doc[i - 1].lower_ in _TITLE_TOKENS)) \
                    and not (low == "-" and (tok.whitespace_ or i == 0 or doc[i - 1].whitespace_)):
                # (a spaced dash is no title's: "MONTERREY, Mexico - President Bush")
                words.insert(0, tok.text)
            elif low == "-" and i > 0 and doc[i - 1].lower_ in ("then", "ex", "former"):
                pass  # "then-Japanese prime minister"
            elif len(portfolio) < 3 and words and words[-1].lower() == "minister" and all(
                    w.lower() == "affairs" for w in words[:-1]) and \
                    tok.dep_ == "compound" and \
                    tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN") and not found \
                    and i not in mentions.demonym and holder is None:
                portfolio.insert(0, tok.text)  # (of up to three words: "Moroccan Islamic
                # Affairs Minister X", "Foreign Trade Minister")
            elif low in ("former", "ex", "ex-", "late"):
                former = True
            elif low == "then":
                then = True
            elif low in _NOT_YET:
                words = []  # "incoming US president Barack Obama" holds no post yet
                break
            else:
                break
            i -= 1
        title = _normal_title(words) if words else None
        if len(words) == 1 and words[0].lower() in _HEAD_WORDS:
            # wire style for an organisation's head: "UN chief", "IAEA head", "IMF boss" hold
            # its head's post; an army's or a mission's chief holds none we know
            title = gazetteer.head_title(holder)
        if portfolio and title in ("Minister", "Affairs Minister"):
            title = _title_case(portfolio + words)
        stacked = None
        if title and holder is None and i >= 1 and doc[i].lower_ in ("and", "&"):
            # stacked titles: "(Chinese) State Councilor and Foreign Minister Wang Yi",
            # "Vice Premier and Finance Minister NAME": the person holds both, and a country
            # before the first is the country of both
            stacked, holder, i = _stacked_title(mentions, i - 1)
            if stacked == title:
                stacked = holder = None  # "the U.S. President and President Xi": two people
        if title and then and not former:  # "then-Japanese prime minister Yasuo Fukuda"
            former = not _holds(mentions, key, title, holder)
        if title and i >= 1 and doc[i].lower_ in ("the", "a") and doc[i - 1].lower_ in (
                "to", "for"):
            title = None  # "Aide to the President Yuri Ushakov": the president is another
        if title and i >= 2 and doc[i].lower_ == "the" and doc[i - 1].lower_ == "of" and \
                doc[i - 2].lower_ in _STAFF:
            title = None  # "Head of the Administration of the President of the Republic of
            # Kazakhstan Adilbek Dzhaksybekov": the name is the head of the staff, not the
            # president
        if title and holder is None:
            holder = _of_after(mentions, ent.end)  # "Prime Minister Kishida of Japan"
        add(key, title, holder, former, ent[0], 0.85)
        if title:
            listed.add(ent.end - 1)
        if title and plural:  # the title in the plural is every listed name's
            names = [o for o in _names_listed(ent)
                     if mentions.kind(mentions.token_key.get(o.i)) == "person"]
            holders = [holder] * len(names)
            if holder and i >= 1 and doc[i].lower_ in ("and", ","):
                # "Chinese and Russian Presidents Xi Jinping and Vladimir Putin": respectively
                more = _holders_listed(mentions, i - 1)
                holders = more + [holder] if len(more) + 1 == len(names) else [None] * len(
                    names)  # (not paired: the directory may still know each one's)
                if holders[0] != holder:
                    roles[:] = [r for r in roles if not (r.person == key and r.title == title
                                                         and r.holder == holder)]
                    seen.discard((key, title, holder, former))
            for other, its in zip(names, holders, strict=True):
                k = mentions.token_key.get(other.i)
                end = other.i + 1
                while end < len(doc) and mentions.token_key.get(end) == k:
                    end += 1
                its = _of_after(mentions, end) or its  # "Presidents Lula of Brazil, Lagos
                # of Chile and Chirac of France": each name's own country
                if k and (k != key or its != holder):
                    add(k, title, its, former, other, 0.8)
            in_plural.update((mentions.token_key.get(o.i), title) for o in names)
        if stacked and stacked != title:
            add(key, stacked, holder, former, ent[0], 0.8)

        # 2. Apposition after the name: "Xi Jinping, China's president," / "..., the French
        #    president,".
        root = ent.root
        for child in root.children:
            if child.dep_ != "appos" or mentions.kind(mentions.token_key.get(child.i)) == \
                    "person":
                continue  # "A of Australia, B of India": a list of names, not a title
            if title and _introduces_next_name(mentions, child):
                continue  # "President of the European Council Charles Michel, President of
                # the European Commission, Ursula von der Leyen and ...": a list of titled
                # names; the title after the comma is the next name's
            if _titles_another(mentions, child, key):
                continue
            app_words = [t.text for t in child.subtree
                         if t.lower_ in _TITLE_TOKENS and t.i <= child.i]
            # "Hillary Clinton, Secretary of State of the United States": the title goes on
            # right of its head word; "State" is part of it, not the holder
            first = child  # "Deputy Minister of Foreign Affairs": from its first word
            while first.i > child.left_edge.i and \
                    child.doc[first.i - 1].lower_ in _TITLE_TOKENS - {"of", "-"}:
                first = child.doc[first.i - 1]
            longer = _title_after(mentions, first) or _title_after(mentions, child)
            app_words = longer or app_words
            start = first.i if longer and longer[0] == first.text else child.i
            in_title = set(range(start, start + len(longer)))
            app_holder = None
            app_former = False
            for t in child.subtree:
                cand = mentions.demonym.get(t.i) or mentions.token_key.get(t.i)
                if t.i in in_title or (cand and mentions.kind(cand) == "organisation"
                                       and not mentions.known(cand)):
                    continue
                if cand and mentions.kind(cand) in ("country", "organisation") or (
                        cand and cand.startswith("country:")):
                    app_holder = app_holder or cand
                if t.lower_ in ("former", "ex"):
                    app_former = True
            add(key, _normal_title(app_words) if app_words else None, app_holder, app_former,
                child, 0.8)

        # 3. "the president of France, Emmanuel Macron": the name is an apposition of a title.
        head = root.head
        if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "for" and \
                head.head.head.lower_ in _TITLE_TOKENS and doc[ent.start - 1].text == ",":
            head = head.head.head  # "The EU Special Representative for the Dialogue, NAME,":
            # the parse hangs the name on the "for" phrase's noun
        before = ent.start - 1
        while before > 0 and doc[before].lower_ in HONOURED | HONORIFICS:
            before -= 1  # ("Foreign Minister, H.E. Demeke Mekonnen")
        set_off = doc[before].text == ","
        also = [t for t in doc[head.i + 1:ent.start] if t.dep_ == "conj" and
                t.head.i == head.i and t.lower_ in _TITLE_TOKENS]
        if set_off and also and any(c.dep_ == "det" for c in also[-1].children):
            head, also = also[-1], []  # "The Prime Minister and the President of Pakistan,
            # Asif Ali Zardari": two people, each with an article; the name is the last one's
        if root.dep_ == "appos" and head.lower_ in _TITLE_TOKENS and (set_off or not also):
            # (not across a second title: "the Prime Minister of the United Kingdom Keir
            # Starmer and the President of ... António Costa", where the parse hangs the
            # second name on the first title; but "Deputy Prime Minister and Foreign
            # Minister, H.E. Demeke Mekonnen": both titles set off before one name)
            for second in also if set_off else []:
                add(key, _normal_title([t.text for t in second.lefts if t.lower_ in
                                        _TITLE_TOKENS] + [second.text]),
                    None, False, second, 0.75)
            t_words = [t.text for t in head.lefts if t.lower_ in _TITLE_TOKENS] + (
                _title_after(mentions, head) or [head.text])  # "the US secretary of state,"
            holder3 = None
            for obj in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for p in obj.children:
                    holder3 = holder3 or mentions.token_key.get(p.i) or next(
                        (mentions.demonym[t.i] for t in p.subtree if t.i in mentions.demonym),
                        None)  # "the President of the French Republic"
            for t in head.lefts:
                holder3 = holder3 or mentions.demonym.get(t.i) or mentions.token_key.get(t.i)
                if t.lower_ in ("its", "their") and t.dep_ == "poss":  # "its Director General,"
                    holder3 = holder3 or _owner(mentions, t)
            add(key, _normal_title(t_words), holder3, False, head, 0.75)
        # 4. "received the President of the French Republic, François Hollande, the
        #    President of ...": a title phrase with its article, then a comma and the name.
        title4 = _title_before_comma(mentions, ent.start, listed=listed)
        if title4:
            add(key, *title4, doc[ent.start - 1], 0.75)
    # 5. "His German counterpart Sigmar Gabriel", "their Chinese counterpart, Yang Jiechi":
    #    the post of the one whose counterpart they are, in the demonym's country.
    for ent in spans:
        key = mentions.token_key.get(ent.start)
        before = ent.start - 1
        if before > 0 and doc[before].text == ",":
            before -= 1
        if key is None or before < 0 or doc[before].lemma_.lower() != "counterpart":
            continue
        word = doc[before]
        holder = next((c for t in word.children if t.dep_ in ("amod", "compound")
                       for c in [mentions.demonym.get(t.i) or mentions.token_key.get(t.i)]
                       if c and c.startswith("country:")), None)
        owners = {k for t in word.children if t.dep_ == "poss" for k in mentions.resolve(t)}
        if not owners and word.dep_ == "conj" and any(t.lower_ == "their"
                                                      for t in word.children):
            # "Yu Myung-hwan, Katsuya Okada and their Chinese counterpart": those listed
            first = word
            while first.dep_ == "conj":
                first = first.head
            owners = {k for t in conjuncts(first) if t.i != word.i
                      for k in [mentions.token_key.get(t.i)] if mentions.kind(k) == "person"}
        titles = {r.title for r in roles if r.person in owners and not r.former}
        if holder and len(titles) == 1:
            title = titles.pop()
            # "his UK counterpart Gordon Brown" of a president, "his German counterpart Olaf
            # Scholz": the head's post the directory says the counterpart held there that
            # day; else the same post, where the country has it
            title = _post_there(mentions, key, holder) or (
                title if lexicon.load().own_post(holder.split(":", 1)[1], title) else None)
            iso3 = holder.split(":", 1)[1]
            if title and _anothers_foreign_minister(iso3, title):
                title = _title_case(_OWN_FOREIGN_TITLE[iso3].split())  # "Chinese Foreign
                # Minister Yang Jiechi and his U.S. counterpart Hillary Clinton": the United
                # States' Secretary of State
            add(key, title, holder, False, word, 0.7)
    # 6. "John Kerry / Secretary of State" (a remarks page's speaker block): a line that is
    #    a name alone, and the next line a title alone.
    for ent in spans:
        key = mentions.token_key.get(ent.start)
        title, holder = _title_line_after(mentions, ent) if key else (None, None)
        if title:
            add(key, title, holder, False, doc[ent.start], 0.7)
    for person, title, holder, tok in _set_off_after_title(mentions):
        add(person, title, holder, False, tok, 0.75)
    for person, title, holder, tok in _respective_posts(mentions):
        add(person, title, holder, False, tok, 0.8)
    for person, title, holder, tok in _as_title(mentions):
        add(person, title, holder, False, tok, 0.75)
    for person, title, holder, tok in _titles_after_acronyms(mentions):
        add(person, title, holder, False, tok, 0.75)
    # A post stated with its country and again without one is one post.
    placed = {(r.person, r.title, r.former) for r in roles if r.holder}
    roles = [r for r in roles if r.holder or (r.person, r.title, r.former) not in placed]
    roles = [r for r in roles if r.holder or not any(  # ("Minister of Foreign Affairs of
        # Ethiopia, NAME ... as Foreign Minister, he": one office, written two ways)
        o.holder and o.person == r.person and o.former == r.former and
        directory.same_office(r.title, o.title) for o in roles)]
    roles = more_specific(roles)
    _seats_are_states(mentions, roles)
    _served_persons_country(mentions, roles)
    _directory_posts(mentions, roles)
    _ended_posts(mentions, roles)
    _delegations_posts(mentions, roles)
    _companions_posts(mentions, roles)
    _listed_posts(mentions, roles)
    _publishers_posts(mentions, roles)
    _publishers_secretary(mentions, roles)
    # "former Foreign Ministers A and B", "South and North Korean leaders A and B": a title in
    # the plural whose holders neither the text nor the directory gives is left unsaid
    return [r for r in roles if r.holder or (r.person, r.title) not in in_plural]


def _set_off_after_title(mentions: Mentions) -> list[tuple[str, str, str | None, Token]]:
    """"received the United Kingdom (UK) Secretary of State for Foreign and Commonwealth
    Affairs, the Right Honorable Philip Hammond": a name set off after a long title that the
    parse hung on the verb (`Mentions.name_set_off_after`) holds it, for the country or
    organisation right before it."""
    doc = mentions.doc
    out = []
    for tok in tokens_with(doc, _TITLE_ENDS):
        if tok.lower_ not in _TITLE_ENDS or tok.dep_ not in ("dobj", "nsubj", "pobj") or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for", "of")):
            continue  # ("The Senior Special Assistant to the Acting President on Media,
            # Mr. Laolu Akande": the name is the assistant's)
        names = mentions.name_set_off_after(tok)
        comma = next((t.i for t in doc[tok.i + 1:names[0].i] if t.text == ","), None) \
            if names else None
        if comma is None or any(t.pos_ in ("VERB", "AUX") or t.text in ("/", "(", ")")
                                for t in doc[tok.i + 1:comma]):
            continue  # (only the title's own words before the comma: not "President of the
            # European Council assisted by the High Representative ..., Mr Javier Solana")
        first = tok
        while first.i > 0 and doc[first.i - 1].lower_ in _TITLE_TOKENS - {"of", "-"}:
            first = doc[first.i - 1]
        words = _title_after(mentions, first) or [t.text for t in doc[first.i:tok.i + 1]]
        title = _normal_title(words)
        holder = None
        for t in reversed(doc[max(0, first.i - 6):first.i]):
            key = mentions.demonym.get(t.i) or mentions.token_key.get(t.i)
            if mentions.kind(key) in ("country", "organisation"):
                holder = key
                break
            if not (t.is_punct or (t.text.isupper() and t.is_alpha)):
                break  # (only brackets and an acronym between: "United Kingdom (UK)")
        holder = holder or next((k for t in doc[tok.i + 1:comma]
                                 for k in [mentions.demonym.get(t.i) or mentions.token_key.get(t.i)]
                                 if k and k.startswith("country:")), None)
        # ("Acting Assistant Secretary for U.S. Department of State's Bureau of ...")
        key = mentions.token_key.get(names[0].i)
        if title and key:
            out.append((key, title, holder or _implied_holder(title), names[0]))
    return out


_BODIES_OF = {"commission", "secretariat", "council", "parliament", "assembly", "court", "bank"}


def _titles_after_acronyms(mentions: Mentions) -> list[tuple[str, str, str, Token]]:
    """"The African Union Commission (AUC) Chairperson, Dr. Nkosazana Dlamini Zuma", "the
    Economic Community of West African States (ECOWAS) Commission President Omar Touray": a
    bracketed acronym between a body and its post; the parse hangs the title and the name on
    the body, apart. The words of the sentence still say whose post it is."""
    doc = mentions.doc
    out = []
    for close in tokens_with(doc, {")"}):
        i = close.i
        if i < 3 or doc[i - 2].text != "(" or not (doc[i - 1].is_alpha and
                                                    doc[i - 1].text.isupper()):
            continue
        holder = _holder_at(mentions, i - 3)
        if holder is None:
            continue
        start = j = i + 1
        while start < len(doc) and doc[start].lower_ in _BODIES_OF and \
                doc[start].text[:1].isupper():
            start = j = start + 1  # "(ECOWAS) Commission President": the body's own word
        while j < len(doc) and doc[j].text[:1].isupper() and \
                doc[j].lower_ in _TITLE_TOKENS - {"of", "-"} and mentions.kind(
                    mentions.token_key.get(j)) in (None, "person"):
            j += 1  # (the model may take the title into the name: "Chairperson Moussa Faki")
        title = _normal_title([t.text for t in doc[start:j]]) if j > start else None
        k = j + 1 if j < len(doc) and doc[j].text == "," else j
        while k < len(doc) and doc[k].lower_ in HONORIFICS | HONOURED:
            k += 1
        person = mentions.token_key.get(k) if k < len(doc) else None
        if title and mentions.kind(person) == "person":
            assert person is not None
            out.append((person, title, holder, doc[k]))
    return out


def _respective_posts(mentions: Mentions) -> list[tuple[str, str, str, Token]]:
    """"The presidents of Armenia and Azerbaijan, Serge Sargisian and Ilham Aliyev", "the
    foreign ministers of India and Japan, A and B": a title in the plural of listed countries,
    with as many names set after it, gives each name the post of the country in its place."""
    doc = mentions.doc
    out = []
    for tok in tokens_with(doc, _PLURAL_TITLE_TOKENS):
        if tok.tag_ != "NNS" or tok.lower_[:-1] not in _TITLE_TOKENS:
            continue
        words = [t.text for t in tok.lefts if t.dep_ in ("compound", "amod")
                 and t.lower_ in _TITLE_TOKENS] + [tok.text[:-1]]
        title = _normal_title(words)
        of = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
        holders = [h for o in of for t in conjuncts(o) if (h := _holder_at(mentions, t.i))]
        people = mentions.names_set_after(tok)
        if title and len(holders) >= 2 and len(people) == len(holders) == len(set(holders)):
            out += [(p, title, h, tok) for p, h in zip(people, holders, strict=True)]
        elif title:
            out += [(p, title, h, tok) for h, p in _each_with_its_name(mentions, tok)]
    return out


def _each_with_its_name(mentions: Mentions, title: Token) -> list[tuple[str, str]]:
    """"the Presidents of Brazil, Luiz Inácio Lula da Silva, and the United States, George
    W. Bush": (country, person) for each country named with its holder right after it
    (two or more), read from the words: the parse of such a list varies."""
    doc = mentions.doc
    i, n = title.i + 1, len(doc)
    if i >= n or doc[i].lower_ != "of":
        return []
    i += 1
    found: list[tuple[str, str]] = []
    while i < n:
        if doc[i].lower_ == "the":
            i += 1
        holder = _holder_at(mentions, i) if i < n else None
        if holder is None:
            break
        i = _past(mentions, i, holder)
        if i + 1 >= n or doc[i].text != ",":
            break
        person = mentions.token_key.get(i + 1)
        if mentions.kind(person) != "person":
            break
        assert person is not None
        found.append((holder, person))
        i = _past(mentions, i + 1, person)
        while i < n and doc[i].lower_ in (",", "and"):
            i += 1
    return found if len(found) >= 2 and len({h for h, _ in found}) == len(found) else []


def _past(mentions: Mentions, i: int, key: str) -> int:
    """The index just past the mention of `key` that starts at token `i`."""
    while i < len(mentions.doc) and (mentions.token_key.get(i) == key or
                                     mentions.demonym.get(i) == key):
        i += 1
    return i


def _as_title(mentions: Mentions) -> list[tuple[str, str, str | None, Token]]:
    """"to outline his priorities as Secretary General", "took office as NATO Secretary
    General", "As Foreign Minister, X visited ...": a title after "as" is the post of the
    person whose noun or clause it qualifies (the possessive, or the verb's subject). Not
    after "serve", "work" or "act" in the past: "served as foreign minister" tells a post
    held before."""
    out = []
    for tok in tokens_with(mentions.doc, {"as", "As"}):
        title_word = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if tok.dep_ != "prep" or title_word is None or title_word.lower_ not in _TITLE_ENDS \
                or title_word.tag_ not in ("NN", "NNP"):
            continue
        lefts = [t for t in title_word.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")]
        title = _normal_title([t.text for t in lefts if t.lower_ in _TITLE_TOKENS]
                              + [title_word.text])
        holders = [h for t in lefts if (h := _holder_at(mentions, t.i))] + [
            h for c in title_word.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if (h := _holder_at(mentions, o.i))]
        head = tok.head
        if not title or head.lemma_.lower() in ("serve", "work", "act", "succeed", "replace") \
                and head.tag_ in ("VBD", "VBN"):
            continue
        if head.pos_ == "NOUN":
            owners = [c for c in head.children if c.dep_ == "poss"]
        else:
            owners = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        people = [k for o in owners for k in mentions.resolve(o)
                  if mentions.kind(k) == "person"]
        if owners and owners[0].pos_ == "PRON":  # "congratulated Japarov on his election as
            # President": "his" is the one named last before it, or it is not clear whose
            last = next((k for i in range(owners[0].i - 1, owners[0].sent.start - 1, -1)
                         if mentions.kind(k := mentions.token_key.get(i)) == "person"), None)
            if last is not None and people != [last]:
                continue
        if len(set(people)) == 1:
            out.append((people[0], title, holders[0] if holders else None, title_word))
    return out


def _holders_listed(mentions: Mentions, i: int) -> list[str]:
    """The countries listed leftwards from token `i` ("Chinese and", "French, German and"),
    in text order."""
    out: list[str] = []
    doc = mentions.doc
    while i >= 0:
        country = _holder_at(mentions, i)
        if country:
            out.insert(0, country)
            i = _start_of(mentions, i, country) - 1
        elif doc[i].lower_ in (",", "and") and out:
            i -= 1
        else:
            break
    return out


def _names_listed(ent) -> list:
    """The names a name heads a list of ("Lavrov and Wang Yi"; "A, B and C", which the parse
    may make an apposition with its conjunct), itself first; [] when it heads none."""
    names = list(conjuncts(ent.root)) + [t for a in ent.root.children if a.dep_ == "appos"
                                         and a.ent_type_ == "PERSON" for t in conjuncts(a)]
    return names if len(names) > 1 else []


def _of_after(mentions: Mentions, end: int) -> str | None:
    """The country or known organisation named by "of (the) X" right after the name that ends
    before token `end`: "Prime Minister Kishida of Japan", "President William Ruto of the
    Republic of Kenya" (not "assured President Ruto of Japan's support")."""
    doc = mentions.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    j = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    after = mentions.token_key.get(j)
    last = j
    while last + 1 < len(doc) and mentions.token_key.get(last + 1) == after:
        last += 1
    owns = last + 1 < len(doc) and doc[last + 1].lower_ in ("'s", "’s")
    if mentions.kind(after) in ("country", "organisation") and mentions.known(after) and \
            not owns:
        return after
    return None


def _holder_at(mentions: Mentions, i: int) -> str | None:
    """The country (a demonym too) or known organisation token `i` names, if any."""
    found = mentions.token_key.get(i)
    return mentions.demonym.get(i) or (
        found if mentions.kind(found) in ("country", "organisation") and mentions.known(found)
        else None)


def _start_of(mentions: Mentions, i: int, holder: str) -> int:
    """The first token of the mention of `holder` that ends at token `i`."""
    while i - 1 >= 0 and (mentions.demonym.get(i - 1) == holder or
                          mentions.token_key.get(i - 1) == holder):
        i -= 1
    return i


def _stacked_title(mentions: Mentions, i: int) -> tuple[str | None, str | None, int]:
    """The title that ends at token `i` (left of "and" before another title), with a country
    or organisation before it: (title, holder, index left of both)."""
    doc = mentions.doc
    words: list[str] = []
    holder = None
    while i >= 0:
        tok = doc[i]
        found = mentions.token_key.get(i)
        country = _holder_at(mentions, i)
        if country and words:
            holder = country
            i = _start_of(mentions, i, country) - 1
            break
        if tok.lower_ in _TITLE_TOKENS and tok.lower_ != "of" and not found:
            words.insert(0, tok.text)
        elif tok.lower_ in ("'s", "’s") and words:
            pass
        else:
            break
        i -= 1
    title = _normal_title(words) if words else None
    if title and holder is None and i >= 0 and doc[i].pos_ == "DET":
        title = None  # "The Prime Minister and President Trump": two people, one titled
    if title and lexicon.load().titles.get(title.lower(), (None, 2))[1] == 1:
        title = None  # a head's title before "and" is another person ("President and ...")
    return title, holder if title else None, i


def _seats_are_states(mentions: Mentions, roles: list[Role]) -> None:
    """"Kremlin spokesman Dmitry Peskov", "White House press secretary", "Downing Street
    spokesman": a seat of government holds no post; the post is its state's."""
    for role in roles:
        seat = mentions.entities.get(role.holder) if role.holder else None
        if seat is not None and seat.kind == "organisation" and seat.country:
            role.holder = mentions.country_key(seat.country)
            if not role.former:
                mentions.roles_by_holder.setdefault(role.holder, set()).add(role.person)


def _title_line_after(mentions: Mentions, ent) -> tuple[str | None, str | None]:
    """The title on the line after a line that is this name alone (blank lines between), if
    that line is a title alone ("John Kerry" / "Secretary of State") or a title of a country
    or organisation ("José Manuel Durão Barroso" / "President of the European Commission");
    with that holder."""
    text = text_of(mentions.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    if line_end < 0 or text[line_start:line_end].strip() != ent.text.strip():
        return None, None
    start = line_end + 1
    while start < len(text) and text[start] in " \t\n":
        start += 1
    if text.count("\n", line_end, start) > 2:
        return None, None
    next_end = text.find("\n", start)
    end = next_end if next_end >= 0 else len(text)
    line = text[start:end].strip()
    if line.lower() in HEAD_TITLES:
        return _normal_title(line.split()), None
    title, of, rest = line.partition(" of ")
    span = mentions.doc.char_span(start + len(title) + len(of), end, alignment_mode="expand")
    if not of or title.lower() not in HEAD_TITLES or span is None:
        return None, None
    keys = {mentions.token_key.get(t.i) for t in span if not t.is_punct and t.lower_ != "the"}
    holder = keys.pop() if len(keys) == 1 else None
    if mentions.kind(holder) not in ("country", "organisation"):
        return None, None
    return _normal_title(title.split()), holder


def more_specific(roles: list[Role]) -> list[Role]:
    """"the Secretary" beside "Secretary of State", "Minister Kishida" beside "Foreign
    Minister Fumio Kishida" for one person: the longer title is the post; the shorter, with
    no country of its own or the same, says nothing more."""
    kept = []
    for r in roles:
        short = r.title.lower()
        longer = any(o is not r and o.person == r.person and o.former == r.former and
                     (o.title.lower().startswith(short + " ") or
                      o.title.lower().endswith(" " + short)) and
                     (r.holder is None or r.holder == o.holder) for o in roles)
        if not longer:
            kept.append(r)
    return kept


def _directory_posts(mentions: Mentions, roles: list[Role]) -> None:
    """A post stated without its country ("President Trump" on a British page, "former
    Premier Li Keqiang"), held by someone the office-holder directory knows in that office
    on the article's date (or before it, for a former post): the directory's country."""
    if mentions.published is None:
        return
    known = directory.load()
    countries = gazetteer.load().countries
    for role in roles:
        entity = mentions.entities.get(role.person)
        if role.holder is not None or entity is None:
            continue
        fits = {t.holder for t in known.posts(entity.name, role.title, mentions.published,
                                              before=role.former, last=not role.former)}
        # (past where the sources end, the post the article states is the last they know)
        if len(fits) != 1:
            continue
        holder = next(iter(fits))
        role.holder = mentions.country_key(holder) if holder in countries else \
            mentions.organisation_key(f"org:{holder}")
        role.evidence = dataclasses.replace(role.evidence,
                                            confidence=min(role.evidence.confidence, 0.7))
        if not role.former:
            mentions.roles_by_holder.setdefault(role.holder, set()).add(role.person)


def _ended_posts(mentions: Mentions, roles: list[Role]) -> None:
    """"as chief security minister under President Megawati Soekarnoputri" in an article of
    November 2004: a post the office-holder directory says the person had left over a month
    before the article's date (two weeks), while it knows who held it then, is a former post (an
    article names people by the title of the time it recalls)."""
    day = mentions.published
    if day is None:
        return
    known = directory.load()
    for role in roles:
        entity = mentions.entities.get(role.person)
        if role.former or entity is None or entity.kind != "person" or (
                role.holder is not None and mentions.kind(role.holder) != "country"):
            continue
        of = role.holder.split(":", 1)[1] if role.holder else None
        past = known.posts(entity.name, role.title, day, of=of, before=True)
        if not past or any(t.covers(day.isoformat()) for t in past):
            continue  # (not known in the post, or in office that day)
        if of is None:  # "since prime ministers Bob Hawke and Paias Wingti signed ... in
            # 1987" (2013): a post with no country, which the person left long before
            held = {t.holder for t in past}
            if len(held) != 1 or next(iter(held)) not in gazetteer.load().countries:
                continue
            of = held.pop()
        successor = known.holder(role.title.lower(), of, day)
        if successor is not None and \
                directory.fold(successor.name).split()[-1] != \
                directory.fold(entity.name).split()[-1] and all(
                    t.end and (day - dt.date.fromisoformat(_day_of(t.end))).days > 14
                    for t in past):  # (not a successor of the same family name: the sources
            # may spell one person two ways, "Shehbaz" and "Shahbaz Sharif")
            role.former = True
            if role.holder is None:
                role.holder = mentions.country_key(of)


def _day_of(value: str) -> str:
    """A directory date given to the year or month as its last day's ISO form."""
    return value if len(value) == 10 else f"{value}-12-31" if len(value) == 4 else \
        f"{value}-28"


_NOT_YET = {"incoming", "designate", "future", "would-be", "elect", "presumptive"}


def _holds(mentions: Mentions, person: str, title: str, holder: str | None) -> bool:
    """Whether the office-holder directory has the person in that post on the article's
    date ("then-Prime Minister X": still in office, or no longer)."""
    entity = mentions.entities.get(person)
    if entity is None or mentions.published is None:
        return False
    return bool(directory.load().posts(entity.name, title, mentions.published,
                                       of=holder.split(":", 1)[1] if holder else None))


def _titles_another(mentions: Mentions, appos: Token, person: str) -> bool:
    """An apposition that is another person's title: it holds another name ("Merkel,
    President of France Francois Hollande") or, opened by "the", runs into one ("Hollande,
    the President of the Russian Federation, Vladimir Putin")."""
    others = {mentions.token_key.get(t.i) for t in appos.subtree} - {person, None}
    if any(mentions.kind(k) == "person" for k in others):
        return True
    doc = appos.doc
    first, after = appos.left_edge, appos.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ == ",":
        after = _past_styles(doc, after + 1)
    return first.lower_ == "the" and after < len(doc) and \
        mentions.kind(mentions.token_key.get(after)) == "person" and \
        mentions.token_key.get(after) != person


_STATE_WORDS = {"kingdom", "republic", "state", "federation", "commonwealth", "sultanate",
                "emirate", "principality", "grand"}


def _introduces_next_name(mentions: Mentions, appos: Token) -> bool:
    """Whether an apposition's title phrase is followed by a comma and a person's name: in
    a list of titled names, it is the title of the name after it."""
    end = appos.right_edge.i + 1
    doc = mentions.doc
    return end + 1 < len(doc) and doc[end].text == "," and \
        mentions.kind(mentions.token_key.get(_past_styles(doc, end + 1))) == "person"


def _past_styles(doc, i: int) -> int:
    """The first token from i on that is no style: "Mr.", "H.E.", "Dr." before a name."""
    while i < len(doc) - 1 and doc[i].lower_ in HONORIFICS | HONOURED:
        i += 1
    return i


def _title_before_comma(mentions: Mentions, start: int, listed: Collection[int] = ()
                        ) -> tuple[str, str | None, bool] | None:
    """"the President of the French Republic, François Hollande": the title, its country
    or organisation, read from the words before the comma that opens the name."""
    doc = mentions.doc
    while start > 0 and doc[start - 1].lower_ in HONORIFICS | HONOURED:
        start -= 1  # "the President of the European Commission, Mr Jose Manuel Barroso"
    if start < 4 or doc[start - 1].lower_ != ",":
        return None
    i = start - 2
    holder = None
    for _ in range(2):  # "the French Republic": the country's word comes before
        if i > 0 and doc[i].is_title and not mentions.token_key.get(i) and \
                i not in mentions.demonym and doc[i].lower_ not in _TITLE_TOKENS:
            i -= 1
    while i >= 0:
        found = mentions.demonym.get(i) or mentions.token_key.get(i)
        if not found or not (found.startswith("country:") or mentions.kind(found) in (
                "country", "organisation")):
            break
        holder = found
        i -= 1
    if holder is None:
        return None
    if i >= 2 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _STATE_WORDS:
        i -= 2  # "the Kingdom of Norway"
    if doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    i -= 1
    words: list[str] = []
    while i >= 0 and doc[i].lower_ in _TITLE_TOKENS and (doc[i].lower_ != "of" or words and (
            i > 0 and doc[i - 1].lower_ in _TITLE_ENDS and doc[i - 1].text[:1].isupper())):
        words.insert(0, doc[i].text)  # ("the Minister of Foreign Affairs of Eritrea, NAME":
        i -= 1  # the portfolio's "of" is the title's own)
    if not words or i < 0 or (doc[i].lower_ != "the" and doc[i].pos_ != "ADP" and not (
            doc[i].text == "," and i - 1 in listed)):
        return None  # "..., President of Russia, NAME" may be the title of the name before
        # (unless that name had its own title before it: a list of titled names; a
        # preposition before it names no one: "at the invitation of President of X, NAME")
    title = _normal_title(words)
    return (title, holder, False) if title else None


def _delegations_posts(mentions: Mentions, roles: list[Role]) -> None:
    """"Australian officials in attendance included Prime Minister Gillard; Mr. Richardson,
    Secretary of the Department ...; and Dr. McCarthy, National Security Adviser", "The
    Uzbek side included Foreign Minister X": a post with no country, held by a member of a
    delegation its country's demonym or name marks, is that country's (not the
    publisher's: a ministry's readout lists the guests' delegation too)."""
    for verb in tokens_with(mentions.doc, INCLUDED):
        country = next((k for g in delegation_of(verb) for t in g.subtree if t.i < verb.i
                        for k in [_holder_at(mentions, t.i)] if k and k.startswith("country:")),
                       None)
        if country is None:
            continue
        members = {mentions.token_key.get(t.i) for t in verb.sent if t.i > verb.i}
        for role in roles:
            if role.holder is None and not role.former and role.person in members:
                role.holder = mentions.country_key(country.split(":", 1)[1])
                mentions.roles_by_holder.setdefault(role.holder, set()).add(role.person)


def _companions_posts(mentions: Mentions, roles: list[Role]) -> None:
    """"Foreign Minister Hamrokhon Zarifi, Defense Minister Sherali Khairulloyev ... are
    accompanying Emomali Rahmon on his visit", "Putin was accompanied by Foreign Minister
    Sergei Lavrov": a post with no country, held by one who accompanies a leader whose
    country the article gives, is of that country (at lower confidence)."""
    countries: dict[str, set[str]] = {}
    for r in roles:
        if r.holder and not r.former and mentions.kind(r.holder) == "country":
            countries.setdefault(r.person, set()).add(r.holder)
    for verb in tokens_with(mentions.doc, {"accompany", "accompanying", "accompanied",
                                           "accompanies"}):
        if verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ in ("nsubjpass", "agent") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN")
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj"]
        if passive:
            led = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
                [verb.head] if verb.dep_ == "acl" else [])
            along = agents
        else:
            led = [c for c in verb.children if c.dep_ == "dobj"]
            along = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        leaders = {k for t in led for k in mentions.resolve(t) if mentions.kind(k) == "person"}
        told = {c for p in leaders for c in countries.get(p, set())}
        if len(told) != 1:
            continue
        country = told.pop()
        members = {mentions.token_key.get(t.i) for a in along for t in a.subtree}
        for role in roles:
            if role.holder is None and not role.former and role.person in members and \
                    role.person not in leaders:
                role.holder = country
                role.evidence = dataclasses.replace(
                    role.evidence, confidence=min(role.evidence.confidence, 0.6))
                mentions.roles_by_holder.setdefault(country, set()).add(role.person)


def _listed_posts(mentions: Mentions, roles: list[Role]) -> None:
    """"met with Prime Minister José Maria Aznar, Foreign Minister Ana Palacio and Defence
    Minister Federico Trillo": a post with no country, in a list of titled names whose posts
    are all of one country, is of that country (at lower confidence)."""
    doc = mentions.doc
    tokens: dict[str, list[int]] = {}
    for span, key in mentions.person_spans():
        tokens.setdefault(key, []).append(span.root.i)

    def in_list(i: int) -> bool:  # a word of a list of titled names
        return mentions.kind(mentions.token_key.get(i)) == "person" or doc[i].lower_ in (
            _TITLE_TOKENS | HONORIFICS | {",", "and"}) and doc[i].lower_ != "of"

    def listed_with(i: int) -> set[str | None]:
        start = end = i
        while start > doc[i].sent.start and in_list(start - 1):
            start -= 1
        while end + 1 < doc[i].sent.end and in_list(end + 1):
            end += 1
        return {mentions.token_key.get(j) for j in range(start, end + 1)}
    countries: dict[str, set[str]] = {}
    for r in roles:
        if r.holder and not r.former and mentions.kind(r.holder) == "country":
            countries.setdefault(r.person, set()).add(r.holder)
    for role in roles:
        if role.holder is not None or role.former:
            continue
        listed = {k for i in tokens.get(role.person, []) for k in listed_with(i)
                  if mentions.kind(k) == "person"} - {role.person}
        told = {c for p in listed for c in countries.get(p, set())}
        if lexicon.load().titles.get(role.title.lower(), (None, 2))[1] == 1 and any(
                r.person in listed and r.title == role.title for r in roles):
            continue  # "President Obama and President Peña Nieto of Mexico": a country has
            # one head with that title; two listed heads are of two countries
        if len(listed) >= 1 and len(told) == 1 and all(countries.get(p) for p in listed):
            role.holder = told.pop()
            role.evidence = dataclasses.replace(role.evidence,
                                                confidence=min(role.evidence.confidence, 0.6))
            mentions.roles_by_holder.setdefault(role.holder, set()).add(role.person)


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
                lexicon.load().own_post(publisher, role.title) and not elsewhere(role.person) \
                and not _anothers_foreign_minister(publisher, role.title):
            role.holder = mentions.country_key(publisher)
            role.evidence = dataclasses.replace(role.evidence,
                                                confidence=min(role.evidence.confidence, 0.6))
            mentions.roles_by_holder.setdefault(role.holder, set()).add(role.person)


# Countries whose foreign minister has a title of its own: on their pages a "Foreign Minister"
# is a guest's post ("Remarks With Foreign Minister Joschka Fischer" on state.gov).
# (Not India: its Foreign Secretary is its own top diplomat, beside the External Affairs
# Minister.)
_OWN_FOREIGN_TITLE = {"USA": "secretary of state", "GBR": "foreign secretary"}


def _anothers_foreign_minister(country: str, title: str) -> bool:
    own = _OWN_FOREIGN_TITLE.get(country)
    return own is not None and title.lower() != own and \
        directory.office_key(title) in directory.FOREIGN_OFFICES - {own}


def _publishers_secretary(mentions: Mentions, roles: list[Role]) -> None:
    """"Secretary Colin L. Powell" on state.gov, "the Secretary" on a department's page: a bare
    "Secretary" of the publisher's country is the office the publisher reports
    (publishers.tsv: the Secretary of State), where that office is a secretary's."""
    office = mentions.publisher_office or ""
    if not office.startswith("secretary ") or not mentions.publisher:
        return
    own = mentions.country_key(mentions.publisher) if mentions.publisher in \
        gazetteer.load().countries else None
    for role in roles:
        if role.title == "Secretary" and role.holder == own and own is not None:
            role.title = _title_case(office.split())


_BODY_POSTS = {"secretary general", "secretary-general", "director general", "director-general",
               "deputy secretary general", "deputy secretary-general"}  # only a body has one
_BODIES = {"alliance", "intergovernmental", "bloc", "agency", "court"}


def _body_just_named(mentions: Mentions, tok: Token) -> str | None:
    """"NATO agreed ..., Secretary General Jens Stoltenberg said": the international body
    named last before a post only such a body has, in its sentence or the one before."""
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = mentions.doc[start - 1].sent.start
    orgs = gazetteer.load().organisations
    for i in range(tok.i - 1, start - 1, -1):
        key = mentions.token_key.get(i, "")
        if key.startswith("org:") and key[4:] in orgs and orgs[key[4:]].kind in _BODIES:
            return key
    return None


def _served_persons_country(mentions: Mentions, roles: list[Role]) -> None:
    """"Putin's spokesman, Dmitry Peskov": a post that serves a person is of the country
    that person holds office in, as the article says or the directory knows on its date."""
    for role in roles:
        if mentions.kind(role.holder) != "person":
            continue
        served = role.holder
        told = {r.holder for r in roles if r.person == served and r.holder and not r.former
                and mentions.kind(r.holder) == "country"}
        entity = mentions.entities.get(served)
        term = directory.load().person(entity.name, mentions.published) \
            if entity is not None and not told and mentions.published else None
        if term is not None:
            told = {mentions.country_key(t.holder) for t in directory.load().offices_of(term)
                    if t.holder in gazetteer.load().countries and
                    t.covers(mentions.published.isoformat())}
        role.holder = told.pop() if len(told) == 1 else None


def _post_there(mentions: Mentions, person: str, holder: str) -> str | None:
    """The head's post the office-holder directory says a person held in a country on the
    article's date ("Gordon Brown", United Kingdom, 2008: Prime Minister), or None."""
    entity = mentions.entities.get(person)
    if entity is None or mentions.published is None:
        return None
    iso3 = holder.split(":", 1)[1]
    found = {t.office for title in lexicon.load().heads.get(iso3, ())
             for t in directory.load().posts(entity.name, title, mentions.published, of=iso3)}
    return _normal_title(next(iter(found)).split()) if len(found) == 1 else None


def _owner(mentions: Mentions, pronoun: Token) -> str | None:
    """The country or organisation a possessive ("its", "their") before a title stands
    for: "its Director General, Rafael Mariano Grossi"; or the person "his", "her" stands
    for ("Kagame was accompanied by his Foreign Affairs Minister X"), whose country
    `_served_persons_country` then gives the post."""
    if pronoun.lower_ in ("his", "her"):  # (only the clause's own subject: "Scholz brought
        # his Finance Minister" is Scholz's, whoever was named last)
        verb = governing_verb(pronoun)
        return next((k for s in (subjects(verb) if verb is not None else [])
                     for k in mentions.resolve(s) if mentions.kind(k) == "person"), None)
    return next((k for k in mentions.resolve(pronoun)
                 if mentions.kind(k) in ("country", "organisation")), None)


def _implied_holder(title: str) -> str | None:
    implied = lexicon.load().titles.get(title.lower(), (None, 0))[0]
    if not implied:
        return None
    return f"country:{implied}" if implied in gazetteer.load().countries else f"org:{implied}"
