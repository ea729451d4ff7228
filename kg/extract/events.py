"""Summits, meetings, talks, visits and calls: who took part, where, when, and whether it
happened.

Two kinds of trigger: event nouns ("the SCO summit in Tianjin", "talks with Xi") and meeting
verbs ("Putin met Xi", "discussed ... with Xi"). Mentions of the same event within an
article are merged; a summit stays one event with many participants (who-met-whom derives
the pairs); a meeting with no place or date of its own that happens beside a summit of the
day inherits the summit's place and date, at lower confidence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from functools import cached_property, partial
from typing import TYPE_CHECKING

from kg import gazetteer, lexicon
from kg.dates import DateValue, normalise
from kg.extract.clauses import (
    INCLUDED,
    SPEECH_VERBS,
    TIME_NOUNS,
    date_near,
    dates_another,
    delegation_noun,
    delegation_of,
    glad_adjective,
    governing_verb,
    in_attendance,
    modality,
    not_its_date,
    prep_objects,
    subjects,
)
from kg.extract.mentions import (
    COLLECTIVE_NOUNS,
    COLLECTIVE_PRONOUNS,
    Mentions,
    conjuncts,
    evidence_for,
    hijri_date,
)
from kg.extract.model import Event
from kg.extract.tokens import sentence_index, sentence_starts, text_of, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_LEX = lexicon.load()
NOUNS = _LEX.events("noun")  # kg/data/predicates.tsv: word or lemma -> its row
VERBS = _LEX.events("verb")
NOUN_TRIGGERS = set(NOUNS)
_LEX_TALK = {"speak", "talk"}
TITLE_HEADS = {t.split()[-1] for t in _LEX.titles}
HOST_VERBS = {"hold", "attend", "host", "join", "have", "chair", "convene", "pay", "make",
              "open", "close", "address", "lead", "co-host", "cohost", "co-chair", "cochair",
              "headline", "conclude",
              "begin", "start", "resume", "finish", "wrap", "tell", "brief", "give",
              "grant"}  # ("granted an audience to X", "gave a dinner in honour of X"); "X and Y
# concluded talks", "she told the conference"
_EARLIER = {"recent", "previous", "last", "earlier", "past", "former", "prior"}
_TOWN_NOUNS = {"city", "town", "capital", "village", "resort", "port", "island"}
CHAIR_VERBS = HOST_VERBS | {"organise", "organize", "preside", "offer", "throw"}  # "..., chaired
# by X", "a luncheon offered by X"
GATHERINGS = {"conference", "forum", "congress", "convention", "ministerial", "plenary"}
ROLE_AT = {"host", "co-host", "cohost", "chair", "co-chair", "cochair", "chairman",
           "chairwoman", "chairperson", "participant", "speaker", "guest", "delegate"}
# "X, co-host of the conference": a role at a gathering
_AHEAD = re.compile(r"\b(?:next|coming|upcoming|tomorrow|later this|later in the)\b")
_SAME_DAY = re.compile(r"\b(?:(?:later|earlier) (?:in|on) the day|(?:later|earlier) that "
                       r"(?:day|morning|afternoon|evening|night)|the same day|that (?:morning|"
                       r"afternoon|evening|night))\b", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REMOTE = {"phone", "telephone", "video", "videoconference", "videolink", "video-link",
           "teleconference", "zoom"}
ATTEND_PREPS = {"at", "during", "on", "on the sidelines of", "before", "after", "following"}
MEETING_CLASS = {"summit", "meeting", "visit"}
_MARGINS = {"sideline", "sidelines", "margin", "margins", "side"}
_SETTINGS = {"retreat", "dinner", "lunch", "luncheon", "breakfast", "banquet", "reception",
             "ceremony", "gala", "room", "hall", "lounge", "office", "residence", "palace",
             "hotel", "venue", "corridor", "corridors", "plenary", "session", "tour"}
# (the settings of an in-person encounter: "spoke to each other in a waiting room", "talked
# during the retreat at the Saarc Summit")
# verbs that judge a meeting ("called the meeting with X important", "praised the talks with
# X"): their subject took part
_APPRAISING = {"call", "describe", "characterise", "characterize", "praise", "hail", "term",
               "assess", "appreciate", "value"}
# a thing agreed, and how it came about, at a meeting ("The agreement was reached at a
# meeting at the Blue House")
_REACHED = {"reach", "strike", "sign", "conclude", "make", "seal", "finalise", "finalize"}
_AGREEMENT_NOUNS = {"agreement", "deal", "accord", "consensus", "understanding", "decision",
                    "pact", "treaty", "declaration", "compromise"}
# the headline of a press conference two or more sides gave together
_JOINT_PRESS = re.compile(r"\b(?:joint|bilateral)\b.{0,20}\b(?:press|news|media) (?:conference|"
                          r"availability|briefing|encounter|opportunity|statements?|remarks|"
                          r"appearance)|\b(?:press|media) statements? (?:following|after)\b"
                          r".{0,40}\btalks\b", re.I)  # ("Joint Press Opportunity with X",
# the Kremlin's "Press statements following Russian-Georgian talks")
_TIME_TOLD = {"after", "following", "before"}  # "did X after the talks": the talks, a time
_STATEMENTS = {"statement", "declaration", "communique", "communiqué"}
_LENGTHS = {"hour", "minute", "day", "week", "month", "round"}  # "after five hours of talks"
_PARTS = {"outset", "start", "beginning", "opening", "end", "close", "closing",
          "conclusion"}  # of a gathering (not "the eve of the summit": before it)
ATTEND_VERBS = {"attend", "participate", "take"}  # "also took part", "attended as well"
AUDIENCE = {"delegate", "delegates", "donor", "donors", "participant", "participants",
            "audience", "attendee", "attendees", "delegation", "delegations"}  # "told donors"
_LEADERS = {"leaders", "leaders'", "heads"}
_ARTICLE_DATE = "(the article's date)"
_SAID_NOUNS = {"statement", "remark", "remarks", "declaration", "comment", "comments",
               "address", "briefing", "readout", "availability", "conference"}  # what a heading says was said
_ADDRESS_VERBS = {"tell", "assure", "inform", "ask", "urge", "brief", "thank", "invite",
                  "press", "warn", "remind", "promise", "congratulate"}  # the text of a date taken from publication


def _noun_row(noun: Token) -> lexicon.Predicate | None:
    """An event noun's row of predicates.tsv, by its word or its lemma ("talks", "meeting")."""
    return NOUNS.get(noun.lower_) or NOUNS.get(noun.lemma_.lower())


def _of_leaders(noun: Token) -> bool:
    """"the Meeting of the Council of Heads of State", "the Leaders' Meeting": a gathering of
    heads of state or government is a summit, whatever the text calls it."""
    left = {t.lower_ for t in noun.lefts} | {t.lower_ for c in noun.lefts for t in c.subtree}
    if left & {"leaders", "leaders'", "heads"}:
        return True
    right = [t for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    words = [t.lower_ for t in right]
    return any(w in _LEADERS and i + 2 < len(words) and words[i + 1] == "of" and
               words[i + 2] in ("state", "government", "states")
               for i, w in enumerate(words)) or "leaders" in words


TRAVEL_VERBS = {"come", "travel", "fly", "arrive", "go", "head", "journey", "return"}
GATHER_VERBS = TRAVEL_VERBS | {"gather", "assemble", "convene", "meet", "be"}  # "... for the
# summit": there for it
TOOK_PLACE_VERBS = {"take", "happen", "occur", "last", "begin", "start", "open", "end",
                    "conclude", "continue", "run"}  # an event noun's own verbs of taking place


class EventReader:
    def __init__(self, mentions: Mentions, published: dt.date | None, order: str | None):
        self.m = mentions
        self.order = order
        self.published = self._dateline_day(published) or published
        self.events: list[Event] = []
        self.by_token: dict[int, Event] = {}
        self._last_said: dict[int, int] = {}  # merged event -> its last mention's token
        self._filed_from: list[str | None] = []  # the dateline's place, once read

    def _dateline_day(self, published: dt.date | None) -> dt.date | None:
        """"WASHINGTON, June 14 (Reuters) - On Monday, ...": the day a dateline gives is the
        story's day, from which "Monday" and "yesterday" count (a page may be published, or
        saved, days later); only a full day up to 30 days before the publication date."""
        end = self.m.dateline_end
        span = next((d for d in self.m.dates if d.end <= end), None) if end else None
        if span is None or published is None:
            return None
        value = normalise(span.text, published, self.order)
        if value is None or value.precision != "day":
            return None
        day = dt.date.fromisoformat(value.value)
        return day if dt.timedelta(0) <= published - day <= dt.timedelta(days=30) else None

    # -- helpers ----------------------------------------------------------------------------

    def _people(self, tokens: list[Token]) -> list[str]:
        out: list[str] = []
        # "met several leaders, including Gordon Brown", "met with, among others, the
        # President of Russia": the people named as examples of the group
        tokens = tokens + [e for tok in tokens if self.m.kind(self.m.key(tok)) != "person"
                           for e in prep_objects(tok, {"including"}) + (
                               [c for c in tok.children if c.dep_ == "appos"]
                               if tok.lower_ == "others" else []) + _listed_after(tok)]
        # "met with a Russian delegation led by Foreign Minister X and Chief of Staff Y",
        # "received a delegation headed by X": who leads it
        tokens = tokens + _leaders_of_group(tokens)
        # "We, Prime Minister A, ... and President D, met": the names in apposition (also
        # of a conjunct: "between Putin, Chancellor Merkel, President of France Hollande and
        # President of Ukraine Poroshenko", where the parse hangs the last two on Merkel)
        tokens = tokens + [a for tok in tokens for t in conjuncts(tok)
                           for c in t.children if c.dep_ == "appos"
                           for a in c.subtree if a.dep_ != "compound"
                           and self.m.kind(self.m.key(a)) == "person"]
        # "met his peers from Argentina and Brazil, Jorge Faurie and Aloysio Nunes": the names
        # listed after the countries the group is from (the parse may hang "from" on the verb)
        tokens = tokens + [t for tok in tokens if tok.tag_ == "NNS" and tok.lemma_.lower() in (
            "peer", "counterpart", "colleague", "leader", "minister", "president")
            for p in prep_objects(tok, {"from", "of"}) + (
                prep_objects(tok.head, {"from"}) if tok.dep_ == "dobj" else [])
            for t in conjuncts(p) if self.m.kind(self.m.key(t)) == "person"]
        # "joined Under-Secretary-General for Humanitarian Affairs Martin Griffiths and
        # Egyptian Foreign Minister Sameh Shoukry": the names coordinated with a title's name
        tokens = tokens + [c for tok in tokens if tok.lower_ in TITLE_HEADS
                           for n in self.m.title_names(tok) for c in conjuncts(n)[1:]]
        # "Charles Michel and Ursula von der Leyen met": the small model may hang the first
        # name, with its "and", on the second as a modifier
        tokens = tokens + [t for tok in tokens for t in tok.subtree if t.dep_ == "nmod" and
                           t.i < tok.i and any(c.dep_ == "cc" for c in t.children) and
                           self.m.kind(self.m.key(t)) == "person" and
                           self.m.key(t) != self.m.key(tok)]
        for tok in tokens:
            keys = [k for k in self.m.resolve_all(tok) if self.m.kind(k) == "person"] or \
                self.m.holders_of_group(tok)  # "the presidents of Kazakhstan and Kyrgyzstan"
            if not keys and tok.lower_ in TITLE_HEADS:
                # "with President of Kazakhstan Kassym-Jomart Tokayev": the parse hangs the
                # name under the title's "of"
                keys = [k for t in tok.subtree for k in [self.m.key(t)]
                        if k and self.m.kind(k) == "person"][:1]
            out += [k for k in keys if k not in out]
        return out

    def _place(self, tokens: list[Token]) -> str | None:
        """The most specific place among tokens and their conjuncts/appositions:
        "Tianjin, China" -> Tianjin; a seat of government ("the White House") -> its country."""
        best: str | None = None
        for tok in tokens:  # "in this northern Tanzanian town": where the story was filed
            if tok.lemma_.lower() in _TOWN_NOUNS and any(
                    c.lower_ == "this" and c.dep_ == "det" for c in tok.children):
                filed = self._dateline_place()
                if filed and self.m.kind(filed) == "place":
                    return filed
        for tok in tokens:  # "the New Zealand capital", "the Russian capital": its capital
            if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN":
                of = [k for c in tok.children if c.dep_ in ("compound", "amod", "poss")
                      for t in c.subtree
                      for k in [self.m.demonym.get(t.i) or self.m.key(t)]
                      if k and k.startswith("country:")]
                capital = self.m.capital_of(of[0].split(":", 1)[1]) if of else None
                if capital:
                    return capital
        # "the Black Sea resort of Sochi", "the northern German city of Hanover": the name
        # (and "the UN Human Rights Council session": the body it is of)
        # "at the Prime Minister's Office in Tokyo", "at a hotel in Sydney": a venue's city
        tokens = tokens + [o for tok in tokens if not self.m.key(tok) and tok.pos_ in (
                               "NOUN", "PROPN") for o in prep_objects(tok, {"in"})]
        tokens = tokens + [o for tok in tokens if not self.m.key(tok) and tok.pos_ == "NOUN"
                           for o in prep_objects(tok, {"of"}) + [
                               c for c in tok.children if c.dep_ == "compound"] + [
                               g for c in tok.children if c.dep_ == "compound"
                               for g in c.children if g.dep_ == "compound"]]
        # ("the prime minister's Chequers country retreat": a compound of a compound)
        tokens = tokens + [o for tok in tokens for o in _venue_goes_on(tok)]
        for tok in tokens:
            for t in list(conjuncts(tok)) + [c for c in tok.children if c.dep_ == "appos" or (
                    c.dep_ == "npadvmod" and c.i > 0 and c.doc[c.i - 1].text == ",")]:
                # ("at the Jubilee House, Accra": the parse may make the city an adverb)
                k = self.m.key(t)
                kind = self.m.kind(k)
                if kind == "place":
                    return self._its_city(t) or k
                if kind == "country" and best is None:
                    best = k
                if kind == "organisation" and best is None and k:
                    seat = self.m.entities[k]  # only seats of government carry a country
                    if seat.country:
                        best = self.m.capital_of(seat.country) or f"country:{seat.country}"
                    else:  # "the UN General Assembly": a body that always meets in one city
                        body = _body(k)
                        best = self.m.place_named(body.meets_in) if body and \
                            body.meets_in else None
        if best is None or self.m.kind(best) == "country":
            return next(filter(None, map(self._headquarters, tokens)), best)
        return best

    def _headquarters(self, tok: Token) -> str | None:
        """"at the United Nations Headquarters", "at NATO headquarters", "at the headquarters
        of the African Union": the city of the organisation's seat (organisations.tsv), where
        the sentence names no place of its own."""
        if tok.lower_ not in ("headquarters", "hq", "secretariat"):
            return None
        for t in [c for c in tok.children if c.dep_ in ("compound", "poss")] + \
                prep_objects(tok, {"of"}):
            body = _body(self.m.key(t))
            if body is not None and body.seat:
                return self.m.place_named(body.seat)
        return None

    def _visiting(self, verb: Token) -> list[Token]:
        """Where the verb's subjects (past a dateline) were visiting or staying."""
        return _visiting(verb, self.m.past_dateline(subjects(verb)))

    def _its_city(self, venue: Token) -> str | None:
        """"at Hyderabad House, New Delhi": a place the gazetteer does not know (a venue),
        followed by one it does, is in that one; a residence that stands in a city
        (residences.tsv: "at Blair House") is in that city."""
        if self.m.entities[self.m.key(venue)].geonames:
            return None
        after = [c for c in venue.children if c.dep_ in ("appos", "npadvmod") and
                 c.left_edge.i > 0 and self.m.doc[c.left_edge.i - 1].text == ","]
        after += prep_objects(venue, {"in"})  # "at Tahrir Palace in Cairo"
        return next((k for c in after for k in [self.m.key(c)]
                     if self.m.kind(k) == "place" and self.m.entities[k].geonames), None) or \
            self._seat_city(venue) or next(  # ("at Blair House": Washington)
                (found for c in after if self.m.key(c) and (found := self._seat_city(c))),
                None) or self._dateline_building(venue)

    def _dateline_building(self, venue: Token) -> str | None:
        """"AMMAN - ... The meeting, held at Basman Palace": a building the gazetteer does not
        know, in a story filed from a city, is in that city."""
        if self.m.entities[self.m.key(venue)].name.split()[-1].lower() not in _BUILDINGS:
            return None
        here = self._dateline_place()
        return here if here and self.m.entities[here].geonames else None

    def _seat_city(self, tok: Token) -> str | None:
        """"in Ziguangge, Zhongnanhai": the city of a residence (residences.tsv) or of a seat
        of government (its country's capital) named after a venue."""
        entity = self.m.entities[self.m.key(tok)]
        city = gazetteer.residence_cities().get(entity.name)
        if city:
            return self.m.place_named(city)
        if entity.kind == "organisation" and entity.country:
            return self.m.capital_of(entity.country)
        return None

    def _event_in(self, tokens: list[Token]) -> Event | None:
        """The event among prepositional objects: "at the summit", "on the sidelines of the
        summit", "during talks"."""
        for tok in tokens:
            if tok.i in self.by_token:
                return self.by_token[tok.i]
            if tok.lemma_.lower() in _MARGINS:
                found = self._event_in(prep_objects(tok, {"of"})) or next(
                    filter(None, (self._body_gathering(o, tok)
                                  for o in prep_objects(tok, {"of"}))), None)
                if found:
                    return found
        return None

    def _body_gathering(self, tok: Token, margins: Token) -> Event | None:
        """"on the margins of APEC", "on the sidelines of the UN General Assembly", "of the
        BRICS-Africa Outreach in Johannesburg": beside no word of a gathering, an
        organisation's name (or a name compounded on one) stands for its gathering, which
        those who met beside it attended."""
        body = next((k for t in tok.subtree if t.i <= tok.i
                     for k in [self.m.key(t)] if self.m.kind(k) == "organisation"), None)
        known = _body(body)
        if known is None or known.kind not in _SUMMITING or known.meets_in or (
                tok.pos_ != "PROPN" and not self.m.key(tok)):
            return None  # (a body that sits in one city, "the UN General Assembly", holds
            # sessions, not summits; an agency or a court holds neither)
        place = self._place(prep_objects(tok, {"in", "at"}) + prep_objects(margins, {"in"}))
        gathering = Event("summit", [], place, None, body, modality(tok),
                          [evidence_for(tok, 0.6)], anchor=tok.i)
        self._add(gathering, tok)
        return gathering

    def _a_heading(self, noun: Token) -> bool:
        """Whether an event noun heads the text's first line with no verb ("Meeting with
        President of Kyrgyzstan Roza Otunbayeva", "Talks with Prime Minister X")."""
        if noun.dep_ != "ROOT":
            return False
        first = self._first_line
        return first is not None and noun.sent.start == first.start and \
            "\n" in first.text_with_ws and \
            not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in first)

    @cached_property
    def _first_line(self) -> Span | None:
        """The text's first sentence with words (its heading, or its lead's first)."""
        return next((s for s in self.m.doc.sents if s.text.strip()), None)

    def _heading_speaker(self, said: Token | None) -> str | None:
        """The person named alone (with a title) on one of the two lines right under a
        heading with no "by" ("Remarks with Foreign Minister Maher Following Meeting with
        President Mubarak" / "Secretary Colin L. Powell"): the heading's speaker."""
        doc, m = self.m.doc, self.m
        if said is None or said.pos_ not in ("NOUN", "PROPN") or \
                said.lemma_.lower() not in _SAID_NOUNS or prep_objects(said, {"by"}) or \
                self._first_line is None or said.sent.start != self._first_line.start:
            return None  # (a heading, the text's first line, that names no speaker)
        text = text_of(doc)
        at = text.find("\n", said.sent.end_char - 1)
        for _ in range(2):
            while 0 <= at < len(text) and text[at] == "\n":
                at += 1
            if at < 0 or at >= len(text):
                return None
            end = text.find("\n", at)
            end = len(text) if end == -1 else end
            span = doc.char_span(at, end, alignment_mode="expand")
            keys = {m.key(t) for t in span or [] if not t.is_punct and not t.is_space and
                    not (t.text.istitle() and t.lower_ in TITLE_HEADS)}
            if len(keys) == 1 and m.kind(next(iter(keys))) == "person":
                return next(iter(keys))
            at = end
        return None

    def _between_two(self, noun: Token) -> bool:
        """Whether a gathering's name is of two countries joined by a hyphen ("the Papua
        New Guinea-Australia Annual Leaders' Dialogue", "the India-Japan Annual Summit")."""
        words = self.m.doc[noun.left_edge.i:noun.i]
        countries = {k for t in words for k in [self.m.key(t)] if self.m.kind(k) == "country"}
        return len(countries) == 2 and "-" in words.text

    def _noun_date(self, noun: Token, host: Token | None) -> DateValue | None:
        """An event noun's date: in its own phrase ("its 2008 summit", "the summit on 1/9"),
        or on the verb it hangs on ("Speaking at the summit ... on 1/9"), not deeper."""
        near = {t.i for t in noun.subtree} - not_its_date(noun)
        verb = host if host is not None and host.pos_ in ("VERB", "AUX") else None
        if verb is not None:
            near |= self._date_slots(verb)
            hung = noun.head.head if noun.dep_ == "pobj" else verb
            if hung is not verb and hung.pos_ == "VERB" and hung.dep_ == "pcomp":
                near |= self._date_slots(hung)  # "to advancing relations during press
                # conferences with X ... on Tuesday": the gerund it hangs on holds the day
            if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and any(
                    c.lower_ in ("where", "when") for c in verb.children):
                near |= {verb.head.i} | {t.i for t in verb.head.subtree if t.i < verb.head.i}
                # ("flew to Paris on 25 March, where he held talks": the clause's date)
            if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "Earlier on
                # Friday, Modi was in Kabul ... and held talks with Ghani": the first verb's day
                near |= {t.i for t in verb.head.lefts if t.dep_ in ("prep", "npadvmod", "advmod")
                         for t in t.subtree}
        elif noun.dep_ == "dobj":
            near |= {t.i for c in _trailing(noun) for t in c.subtree}
        if noun.dep_ == "pobj" and noun.head.lower_ in ("following", "after", "during"):
            near |= {t.i for c in noun.head.children if c.dep_ in ("prep", "npadvmod") and
                     c.i > noun.i and (c.dep_ == "npadvmod" or c.lower_ in ("on", "in"))
                     for t in c.subtree}  # "following a bilateral meeting with X on Monday":
            # the parse hangs the day on "following"
        date = self._date_among(noun, near)
        if date is None and verb is not None:  # "On October 6, commencing at 6:00 p.m., X
            # held a summit meeting with Y": the parse hangs the day on the participle
            # opening the clause
            date = self._date_among(noun, {i for c in verb.children if c.dep_ == "advcl" and
                                           c.tag_ == "VBG" and c.i < verb.i
                                           for i in self._date_slots(c)})
        if date is None and noun.dep_ in ("nsubj", "nsubjpass"):  # "The meeting between X
            # and Y today was full of praise": a day written right after the subject, before
            # its verb
            date = self._date_among(noun, {t.i for c in noun.head.children
                                           if c.dep_ == "npadvmod" and
                                           noun.right_edge.i < c.i < noun.head.i
                                           for t in c.subtree})
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TOOK_PLACE_VERBS:
            # "The 2008 G8 summit ... began today": the day its verb gives, where it agrees
            told = self._date_among(noun, self._date_slots(noun.head))
            if told and _dates_agree(date, told):
                date = _precise(date, told)
        return date

    def _date_slots(self, verb: Token) -> set[int]:
        """Where a verb's date stands: "began today", "met on 1/9", "in July"."""
        return {t.i for child in verb.children if child.dep_ in ("npadvmod", "tmod") or (
            child.dep_ == "prep" and child.lower_ in ("on", "in")) for t in child.subtree}

    def _date_among(self, noun: Token, near: set[int]) -> DateValue | None:
        spans = [d for d in self.m.dates if d.start in near and not dates_another(d, noun)]
        # the nearest that is a date ("on Sunday during X's one-day state visit": not the
        # visit's length)
        return next((v for d in sorted(spans, key=lambda d: abs(d.start - noun.i))
                     if (v := normalise(d.text, self.published, self.order,
                                        future=modality(noun) == "planned")) is not None), None)

    def _date(self, token: Token) -> DateValue | None:
        if token.dep_ == "relcl" and token.head.ent_type_ == "DATE" and any(
                c.lower_ in ("where", "when") for c in token.children):
            # "flew to Paris on 25 March, where he held talks": the date the clause hangs on
            span = next((d for d in self.m.dates if d.start <= token.head.i < d.end), None)
            if span is not None:
                return normalise(span.text, self.published, self.order)
        # "CANADA, July 1 - Yesterday, Prime Minister Trudeau met ...": the dateline's date is
        # when the story was filed; a date the sentence itself gives comes first
        end = self.m.dateline_end
        if end and any(d.start < end for d in self.m.dates):
            found = date_near(token, [d for d in self.m.dates if d.start >= end],
                              self.published, self.order)
            if found:
                return found
        return date_near(token, self.m.dates, self.published, self.order)

    # -- triggers ---------------------------------------------------------------------------

    def read(self) -> list[Event]:
        self.m.events = self.events  # "the two leaders took part in ...": those found so far
        # Nouns first, so that a meeting verb can point at an event named after it
        # ("met Rutte on the sidelines of the summit").
        for tok in tokens_with(self.m.doc, NOUN_TRIGGERS):
            row = _noun_row(tok)
            if row is None or tok.pos_ not in ("NOUN", "PROPN") and not _gerund_noun(tok):
                continue
            if tok.lemma_.lower() == "call" and prep_objects(tok, {"on", "upon"}):
                self._noun(tok, "meeting")  # "paid a courtesy call on the Minister": a visit
                continue
            left = row.needs_of("left")
            if left and not any(c.lower_ in left for c in tok.lefts):
                continue  # "a call for restraint" is no phone call
            head = row.needs_of("head")
            if head and tok.head.lemma_.lower() not in head:
                continue  # "held the Leaders' Dialogue", not "to open a political dialogue"
            if any(c.lower_ in row.needs_of("notleft") for c in tok.lefts) and not \
                    self._people(prep_objects(tok, {"with"})):
                continue  # "a press conference" is no meeting ("a joint press conference
                # with X", "during press conferences with A and B": with someone, in person)
            if row.cls == "visit" and tok.dep_ == "compound":
                continue
            if tok.lower_ in ("summits", "meetings", "visits", "calls") and not any(
                    c.lower_ in ("the", "these", "those", "both", "two", "three", "their")
                    for c in tok.lefts) and not self._held_with_people(tok):
                continue  # "a resumption of regular bilateral summits": no one event (but
                # "had bilateral meetings with A, B and C": one with each)
            self._noun(tok, row.cls)
        for event in list(self.events):  # "a bilateral meeting on the margins of the summit"
            if event.part_of is None and event.kind != "summit":
                noun = self.m.doc[event.anchor]
                found = self._event_in(prep_objects(noun, {"on", "at", "during"}) + [
                    t for t in _framed_by(noun) + (_framed_by(noun.head) if noun.dep_ == "dobj"
                                                   else [])
                    if getattr(self.by_token.get(t.i), "kind", "summit") == "summit"])
                # ("held a working breakfast in the context of the visit ... for the G20
                # Summit": a summit told after the meeting that was part of it)
                event.part_of = found if found is not event else None
        for tok in tokens_with(self.m.doc, set(VERBS)):
            row = VERBS.get(tok.lemma_.lower())
            if (tok.pos_ != "VERB" and not self._caption_verb(tok)) or row is None or \
                    self._attributive(tok):
                continue
            wanted = row.needs_of("object")  # ("shook hands", not "shook the markets")
            if wanted and not any(c.dep_ == "dobj" and c.lemma_.lower() in wanted
                                  for c in tok.children):
                continue
            if not row.needs_of("prep") or any(c.dep_ == "prep" and c.lower_ in row.needs_of(
                    "prep") for c in self._children(tok)):
                self._verb(tok, row)  # ("joined Merkel for talks": the row needs its "for")
        self._signed_together()
        self._chaired_by()  # (after the verbs: "met at a luncheon offered by X")
        self._fronted_talks()
        self._where_it_was_agreed()
        self._joint_press_conference()
        self.events.sort(key=lambda e: e.anchor)
        self._merge()
        self._attended_without_object()
        self._told_the_gathering()
        self._present_were()
        self._accompanying_were()
        self._sidelines_are_attendance()
        self._inherit_from_summits()
        self._same_day()
        self._lead_is_today()
        self._lead_when_where()
        self._where_they_arrived()  # (a trip's day and place before the dateline's guess)
        self._on_a_visit_there()
        self._the_storys_visit()
        self._from_dateline()
        self._in_sequence()
        self._summit_of_the_same_sentence()  # (once the meetings are placed)
        self._sidelines_are_attendance(people=False)  # the dateline and the lead may have
        # placed and dated a margins meeting since: the gathering was there and then
        self._delegations()
        self._companions()
        self._future_is_planned()
        self._joined_where_they_were()
        self._summits_of_two()
        self._leaders_forums()
        self._city_of_the_country()
        # every gathering's organisation, even of one we keep no event for ("an extraordinary
        # meeting of the Arab League"): "the ministers" of the article may speak for it
        self.m.organisers = sorted((e.anchor, e.organiser) for e in self.events
                                   if e.organiser and e.kind in ("summit", "meeting"))
        return [e for e in self.events if self._worth_keeping(e)]

    def _noun(self, noun: Token, kind: str) -> None:
        m = self.m
        if kind == "meeting" and _of_leaders(noun) and not self._between_two(noun):
            kind = "summit"  # "the Meeting of the Council of Heads of State", "Leaders' Meeting"
            # (not "the Papua New Guinea-Australia Annual Leaders' Dialogue": two countries'
            # leaders hold a meeting)
        if kind == "summit" and noun.dep_ == "compound" and noun.head.lemma_.lower() in (
                "talk", "talks", "meeting"):
            kind = "meeting"  # "their summit talks", "a summit meeting": two leaders' meeting
        if kind == "meeting" and any(c.dep_ in ("compound", "amod") and c.lower_ in _REMOTE
                                     for c in noun.children):
            kind = "call"  # "held telephone talks with", "had a video talk with": not in
            # person
        participants: list[str] = []
        countries: list[str] = []
        organiser = place = None
        date: DateValue | None = None
        # "Solá joined President Fernández in his meeting with Kozak", "Blinken joined Biden
        # for his talks with Xi": "his" is whom they joined, and the joiner was there too
        host = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        joined = host if host is not None and host.pos_ == "VERB" and \
            host.lemma_.lower() in ("join", "accompany") and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) else None
        if joined is not None:
            participants += self._people(subjects(joined))
        for left in noun.lefts:
            named = any(m.kind(m.key(x)) == "person" for x in left.subtree if x.i < noun.i)
            # ("Canada's Prime Minister Stephen Harper
            # talks with ...", a caption parsed with "talks" a noun: Canada is Harper's, no
            # place of the talks)
            for t in left.subtree:
                if t.i >= noun.i or (named and t is not left and m.kind(m.key(t)) in (
                        "country", "place")):
                    continue
                if joined is not None and t.dep_ == "poss" and t.pos_ == "PRON":
                    keys = self._people([c for c in joined.children if c.dep_ == "dobj"]) \
                        or m.resolve(t)
                else:
                    keys = m.resolve(t) if t.pos_ == "PRON" or (
                        t.dep_ == "poss" and t.head == noun and not m.key(t) and
                        t.lower_ in TITLE_HEADS) else [
                        m.key(t)] if m.key(t) else []  # ("the Secretary-General's meeting": a
                    # bare title, one person; not "the Leaders' Summit")
                for k in keys:
                    kk = m.kind(k)
                    if kk == "organisation" and organiser is None:
                        organiser = k
                    elif kk == "person" and k not in participants:
                        participants.append(k)
                    elif kk == "place":
                        place = k
                    elif kk == "country" and k not in countries:
                        countries.append(k)
        hyphenated = noun.doc[noun.left_edge.i:noun.i].text.count("-") > 0
        if kind == "summit" and organiser and countries and hyphenated:
            organiser = None  # "the EU-Japan Summit", "the ASEAN-Australia summit": between
            # a body and a country, the body's own summit no more than the country's
        if kind == "summit" and len(countries) >= 2 and hyphenated:
            participants.extend(c for c in countries if c not in participants)
        elif countries and place is None and not hyphenated:
            place = countries[0]  # (the "Russia-Uzbekistan Forum" is in neither, said so; a
            # "Japan-ROK Foreign Ministers' Meeting" names its sides, not where it was)
        place = self._island(noun) or (self._island(noun.head) if noun.dep_ == "dobj"
                                       else None) or place
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "relcl" and any(
                c.lower_ == "where" for c in noun.head.children):
            venue = noun.head.head
            place = self._place([venue] + prep_objects(venue, {"in"})) or place  # "the
            # five-star hotel in the oasis of Jericho where the meeting took place", "the
            # State House in Mombasa where the talks were held": where the clause hangs
        place = self._place(prep_objects(noun, {"in", "at"} | ({"to"} if kind == "visit"
                                                               else set()))) or place or (
            self._place([o for c in _trailing(noun) if c.lower_ in ("in", "at")
                         for o in c.children if o.dep_ == "pobj"]) if noun.dep_ == "dobj"
            else None)
        for org in prep_objects(noun, {"of"}):
            k = m.key(org)
            if m.kind(k) == "organisation":
                organiser = organiser or k
            elif m.kind(k) == "country" or (m.kind(k) == "place" and k and
                                            m.entities[k].geonames):
                place = place or k  # (not a region the gathering is of: "the Summit of the
                # Americas in Lima" was in Lima)
        chain = prep_objects(noun, {"of"})
        # "a donor conference for Syria in Brussels", "talks on Ukraine in Geneva": the
        # parse hangs the place on the country the gathering is about (a country is in no
        # city; "talks on the war in Gaza" stay unplaced)
        chain += [t for t in prep_objects(noun, {"on", "for", "about"})
                  if m.kind(m.key(t)) == "country"]
        for _ in range(3):  # "a meeting of Group of 20 foreign ministers in New Delhi": the
            # place hangs on the last word of the "of" chain
            place = place or self._place([o for t in chain for o in prep_objects(t, {"in", "at"})])
            chain = [o for t in chain for o in prep_objects(t, {"of"})]
        partners = prep_objects(noun, {"with", "between"} | (
            {"on", "upon", "by"} if noun.lemma_.lower() == "call" else set()))
        partners += _involving(noun)  # "the meeting involving A and B"
        own = _noun_row(noun)
        if own is not None and "to" in own.slots("target", "prep"):
            partners += prep_objects(noun, {"to"})  # "an audience to X" (predicates.tsv)
        elif kind == "visit":  # "paid a courtesy visit to President X": a visit to someone
            partners += [o for o in prep_objects(noun, {"to"}) if self._people([o])]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("give", "grant"):
            partners += prep_objects(noun.head, {"to"})  # "granted an audience to X": the
            # parse hangs X on the verb
        # "between Mukherjee and Sergey Lavrov": the small model may hang the first name on
        # the second as a modifier with its "and"
        partners += [c for t in partners for c in t.children if c.dep_ == "nmod" and any(
            cc.dep_ == "cc" for cc in c.children)]
        if (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TOOK_PLACE_VERBS) or (
                noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in ("hold", "convene")):
            # "A telephone conversation took place between Putin, Merkel and Hollande", "a
            # Japan-Russia Foreign Ministers Meeting was held between X and Y"
            partners += prep_objects(noun.head, {"between", "with"})
        partners += self._with_on_place(noun) + (
            self._with_on_place(noun.head) if noun.dep_ == "dobj" else [])
        meal = NOUNS.get(noun.lemma_.lower())
        if meal is not None and "honour" in meal.target:
            # "hosted a banquet dinner in honour of President Sirisena", "a lunch for X"
            partners += [o for h in prep_objects(noun, {"in"}) + (
                prep_objects(noun.head, {"in"}) if noun.dep_ == "dobj" else [])
                if h.lemma_.lower() in ("honour", "honor") for o in prep_objects(h, {"of"})]
            hangers = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
            hangers += [o for h in hangers for o in prep_objects(h, {"at", "in"})]
            partners += [o for h in hangers for o in prep_objects(h, {"for"})
                         if self._people([o])]
            # ("hosted a dinner at the State Guesthouse for President Bush", "gave a lunch at
            # the Chancellery for X": the parse hangs the guests' "for" on the verb or on the
            # place)
        said = _said_at_its_end(noun)  # "Media Remarks by Minister X at the conclusion of
        # the Bilateral Meeting with Her Counterpart, Y"
        if said is None and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following"):
            said = noun.head.head
        if said is not None and said.pos_ in ("NOUN", "PROPN") and \
                said.lemma_.lower() in _SAID_NOUNS:
            partners += prep_objects(said, {"by"})  # "Press statement by Chancellor Merkel
            # after talks with President Sarkozy": the one who speaks after them was there
            speaker = self._heading_speaker(said)
            if speaker is not None:
                participants.append(speaker)  # "Remarks with X Following Meeting with Y" /
                # "Secretary Colin L. Powell": the heading's speaker, on the line under it
        if noun.dep_ == "dobj":  # "held talks with X in the presence of Y"
            partners += _in_presence_of(noun.head)
            partners += [o for c in _trailing(noun) if c.lower_ == "with"
                         for o in c.children if o.dep_ == "pobj"]
        participants += [p for p in self._people(partners) if p not in participants]
        if self._a_heading(noun) and len(participants) == len(self._people(partners)):
            # "Talks with President of Mexico NAME": the parse may hang the name on the noun
            participants += [p for p in self._people(
                [c for c in noun.children if c.dep_ == "appos"]) if p not in participants]
            own = self.m.own_office_holder(noun) if participants else None  # "Meeting with
            # President of Kyrgyzstan Roza Otunbayeva" on kremlin.ru: the President's
            participants += [own] if own and own not in participants else []
        if place is None:  # "a meeting with his counterpart George Bush in Moscow": the
            # parse hangs the place on the partner's name
            place = self._place([o for t in partners for n in t.subtree
                                 if self.m.kind(self.m.key(n)) == "person"
                                 for o in prep_objects(n, {"in", "at"})])
        # Who was there: "Putin at the SCO summit", "Speaking at the summit, Putin said",
        # "held talks with Xi", "leaders attending the summit".
        host: Token | None = None
        part_of: Event | None = None
        sides: tuple[list[str], list[str]] | None = None  # the host verb's subjects, others
        # "the summit held in Astana": the place on a participle of the noun
        # (or on the last word of its "of" chain: "the Meeting of the Council of the SCO held
        # in Astana")
        for verb in (t for t in noun.subtree if t.dep_ == "acl" and t.i > noun.i and (
                t.head == noun or t.lemma_.lower() in HOST_VERBS)):
            place = place or self._place(prep_objects(verb, {"in", "at"}))
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TOOK_PLACE_VERBS | {"draw",
                                                                                  "come"}:
            # "The meeting took place in the Oval Office", "the talks lasted two hours at ...",
            # "has drawn to a close in Ulaanbaatar", "came to an end in Kigali"
            ends = [o for o in prep_objects(noun.head, {"to"})
                    if o.lemma_.lower() in ("close", "end")]
            place = place or self._place(prep_objects(noun.head, {"in", "at"}) + [
                p for o in ends for p in prep_objects(o, {"in", "at"})])
        if organiser is None:  # "the Meeting of the Council of Heads of State of the SCO"
            organiser = next((k for prep in noun.children if prep.dep_ == "prep"
                              and prep.lower_ == "of" for t in prep.subtree for k in [m.key(t)]
                              if m.kind(k) == "organisation" and m.known(k)
                              and not m.entities[k].country), None)  # (a seat is a place)
        guests: list[Token] = []
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and \
                noun.head.head.lemma_.lower() in ("host", "receive", "welcome", "invite"):
            # "hosted President Tsai for a bipartisan meeting": the guest took part
            guests = [c for c in noun.head.head.children if c.dep_ == "dobj"]
        back = noun.dep_ == "pobj" and noun.head.lower_ == "from" and \
            noun.head.head.lemma_.lower() in ("return", "come", "fly")  # "returned home from
        # a three-day summit with Kim": the one back from it was there (but not where it was)
        part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if part is not None and part.lemma_.lower() in _PARTS and part.dep_ == "pobj" and \
                part.head.lower_ in ("at", "on", "during"):
            # "told reporters at the outset of the conference", "said at the close of the
            # meeting": there, as "at the conference" is
            host = part.head.head
        elif part is not None and part.lemma_.lower() in _LENGTHS and part.dep_ == "pobj" and \
                part.head.lower_ in ("after", "during", "following"):
            # "After five hours of talks, X and Y agreed": after the talks
            host = part.head.head
        elif part is not None and part.lemma_.lower() in _LENGTHS and part.dep_ == "dobj" and \
                part.head.lemma_.lower() in ("have", "hold"):
            host = part.head  # "he had two hours of talks with King Abdullah II": the talks
            # of the one who had them
        elif noun.dep_ == "pobj" and (noun.head.lower_ in ATTEND_PREPS | {"in", "to"} or (
                noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in GATHER_VERBS)
                or guests or back):
            host = noun.head.head  # ("gathered in Beijing for the summit": its place)
            if host.lower_ in ("sidelines", "margins", "side") and host.dep_ == "pobj":
                host = host.head.head
            elif host.lemma_.lower() in _STATEMENTS and host.dep_ == "pobj" and \
                    host.head.head.pos_ == "VERB" and noun.head.lower_ != "before":
                host = host.head.head  # "agreed ... in a joint statement after talks": the
                # parse hangs the talks on the statement; who agreed in it held them
            for _ in range(2):  # "pledged a commitment to advancing relations during
                # press conferences with X": the parse hangs the gathering on the gerund;
                # the clause's verb, with its subject, is the host
                if host.dep_ != "pcomp" or subjects(host) or host.lemma_.lower() in VERBS:
                    break  # (not "look forward to meeting X for the summit": that gerund
                    # is the event, planned)
                up = host.head.head
                while up.dep_ in ("dobj", "pobj", "prep") and up.head != up:
                    up = up.head
                if up.pos_ != "VERB":
                    break
                host = up
        elif part is not None and part.dep_ == "pobj" and part.head.lower_ in ATTEND_PREPS and \
                m.kind(m.key(part)) == "organisation" and part.i < noun.i:
            # "said X, at the one-day Union of South American Nations (Unasur) summit": the
            # parse hangs the summit on its organiser's name; at the summit all the same
            host = part.head.head
        elif noun.dep_ in ("dobj", "nsubjpass", "dative") and \
                noun.head.lemma_.lower() in HOST_VERBS:
            host = noun.head
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in _APPRAISING and \
                prep_objects(noun, {"with"}) and not prep_objects(noun, {"between"}) and (
                    noun.tag_ == "NN" or noun.lower_ == "talks"):
            host = noun.head  # "Medvedev called the unscheduled meeting with his Ukrainian
            # counterpart very important", "praised his talks with X": who judges their
            # meeting with someone was in it (not "described the meetings with Zuma as
            # okay": of a series, others' too)
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in ROLE_AT and noun.head.head.dep_ == "appos":
            host = noun.head.head.head  # "Hillary Clinton, co-host of the conference, said"
        if host is not None:
            if m.kind(m.key(host)) == "person":
                # "Colin Powell, Junichiro Koizumi and other speakers at the conference"
                participants += [p for t in conjuncts(host) for p in [m.key(t)]
                                 if p and m.kind(p) == "person" and p not in participants]
            elif host.pos_ in ("VERB", "AUX") and (modality(host) not in (
                    "denied", "hypothetical") or _denies_other(host, noun)):
                subs = self._people(m.past_dateline(subjects(host)))  # ("WARSAW, Poland —
                # Government leaders of Poland and Germany held consultations Tuesday")
                if len(participants) >= 2 and subjects(host) and all(
                        s.lemma_.lower() in COLLECTIVE_NOUNS and s.tag_ in ("NNS", "NNPS")
                        for s in subjects(host)):
                    subs = list(participants)  # "During the meeting between A and B, the two
                    # sides agreed": this meeting's sides, not a meeting's told before
                withs = self._people(prep_objects(host, {"with"}) + guests + (
                    self._with_on_place(host) if noun.dep_ == "dobj" else []))
                if noun.head.lower_ in ("during", "at", "in") and noun.dep_ == "pobj" and \
                        host.lemma_.lower() in _ADDRESS_VERBS:
                    withs += self._people([c for c in host.children if c.dep_ in (
                        "dobj", "dative") and self.m.kind(self.m.key(c)) == "person"])
                    # "Hu told Koizumi during the meeting": the one named, spoken to there,
                    # was there (not "told the leaders at the summit": who they were is
                    # not said)
                if noun.head.lower_ in ("after", "before", "following"):
                    withs = []  # "After the meeting, the two leaders took part in a session
                    # with X": X came later
                # "paid a visit to India at the invitation of Prime Minister Modi": the host
                withs += self._people([o for inv in prep_objects(host, {"at", "on"})
                                       if inv.lemma_.lower() == "invitation"
                                       for o in prep_objects(inv, {"of"})])
                if _remote(host):  # "opening the meeting by video message": not there
                    subs = withs = []
                participants += [p for p in subs + withs if p not in participants]
                sides = (subs, withs)
                there = prep_objects(host, {"in", "at"} | (
                    {"to"} if kind == "visit" or host.lemma_.lower() in TRAVEL_VERBS
                    else set())) + self._margins_of(host) + self._visiting(host) + _framed_by(host)
                if host.dep_ == "conj" and host.head.lemma_.lower() in {"be"} | TRAVEL_VERBS:
                    there += prep_objects(host.head, {"in", "at"})  # "was in Hanoi and held
                    # talks with ...": where the first verb puts them
                place = place if back else place or self._place(
                    [t for t in there if t.i not in self.by_token]) \
                    or self._travelled_to(host) or self._where_place(host) or \
                    self._place(prep_objects(being, {"in"}) if (being := _being_in(host))
                                else [])
                # ("travelled to Tokyo to hold talks with", "in Kabul, where he held talks",
                # "X is in Bishkek on an official visit and for attending an informal summit")
                if noun.i not in [t.i for t in prep_objects(host, ATTEND_PREPS)]:
                    part_of = self._event_in(prep_objects(host, {"at", "during", "on"})) or \
                        self._event_in([o for o in prep_objects(host, {"in"})
                                        if getattr(self.by_token.get(o.i), "kind", "") ==
                                        "summit"])  # ("In this summit as well, I had a
                    # bilateral meeting with ...": at it)
                part_of = part_of or self._where(host)  # "the summit, where they held talks"
        # "the meeting ..., chaired by NAME", "The Summit was chaired by NAME"
        by_verbs = [c for c in noun.children if c.dep_ == "acl"]
        passive = noun.head.head if noun.head.dep_ == "auxpass" else noun.head
        if noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and passive.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in passive.children)):  # (the parse of "was
            # co-hosted by" varies: the noun may hang on "was")
            by_verbs.append(passive)
        by_verbs = [_cohosted(v) for v in by_verbs]
        for verb in by_verbs:
            if verb.lemma_.lower() in HOST_VERBS | {"attend", "organise", "organize"}:
                agents = [o for a in verb.children if a.dep_ == "agent"
                          for o in a.children if o.dep_ == "pobj"]
                # "attended by senior officials of the two sides who included A, B and C"
                agents += [o for g in agents for r in g.subtree if r.dep_ == "relcl" and
                           r.lemma_.lower() in ("include", "comprise") for o in r.children
                           if o.dep_ in ("dobj", "attr")] + [
                    o for g in agents for o in prep_objects(g, {"including"})]
                participants += [p for p in self._people(agents) if p not in participants]
        date = self._noun_date(noun, None if back else host)  # (not the day they were back)
        arrival = _arrival(noun.head) if noun.dep_ == "dobj" and \
            noun.head.lemma_.lower() in HOST_VERBS else None  # "held talks with X after he
        if arrival is not None:  # flew to Harare on Monday"
            place = place or self._place(prep_objects(arrival, {"to", "in"}))
            date = date or self._date(arrival)
        status = modality(noun)
        if status == "occurred" and host is not None and host.pos_ in ("VERB", "AUX"):
            status = modality(host, decided=noun.dep_ != "pobj")
        if status == "denied" and kind == "summit" and host is not None and \
                host.lemma_.lower() in VERBS:
            status = "occurred"  # "did not meet Sharif at the summit": the summit was held
        if status == "denied" and host is not None and _denies_other(host, noun):
            status = "occurred"  # "agreed to deny sanctuary ... after talks": a time told by
            # the talks, which the clause's denial does not deny
        groups = _one_each(noun, sides[0], [p for p in participants if p not in sides[0]]) \
            if sides else [participants]  # "held separate talks with A and B"
        for group in groups:
            event = Event(kind, group, place, date, organiser, status,
                          [evidence_for(noun, 0.8)], part_of=part_of, anchor=noun.i)
            self._add(event, noun)

    def _signed_together(self) -> None:
        """"A and B signed the declaration in Borjomi", "a joint declaration signed by the
        two presidents at the residence in Likani": two or more people who sign one text at a
        place the clause names were there together."""
        for verb in tokens_with(self.m.doc, {"sign"}):
            if verb.pos_ != "VERB" or verb.lemma_.lower() != "sign" or verb.i in self.by_token:
                continue
            agents = [c for a in verb.children if a.dep_ == "agent" for o in a.children
                      if o.dep_ == "pobj" for c in conjuncts(o)]
            signers = agents if verb.tag_ == "VBN" else [
                c for s in subjects(verb) for c in conjuncts(s)]
            people = list(dict.fromkeys(k for t in signers for k in self.m.resolve(t)
                                        if self.m.kind(k) == "person"))
            at = [o for h in [verb] + [c for c in verb.children if c.dep_ == "dobj"] + agents
                  for o in prep_objects(h, {"in", "at"})]  # ("signed the declaration in X",
            # "signed by the two presidents at the residence in Likani")
            place = self._place([t for t in at + [p for o in at for p in prep_objects(
                o, {"in", "at"})] if t.i not in self.by_token])
            if len(people) < 2 or place is None or any(
                    set(people) <= set(e.participants) for e in self.events
                    if e.kind != "call" and e.status == "occurred"):
                continue  # (a meeting of theirs the article tells is where they signed)
            self._add(Event("meeting", people, place, self._date(verb), None, modality(verb),
                            [evidence_for(verb, 0.7)], anchor=verb.i), verb)

    def _held_with_people(self, noun: Token) -> bool:
        """"had meetings with A and B", "held bilateral meetings with several counterparts,
        including A": plural meetings someone held with people the text names."""
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOST_VERBS and bool(
            self._people(prep_objects(noun, {"with"})))

    def _chaired_by(self) -> None:
        """"on the margins of the meeting of the North Atlantic Council in Foreign Ministers'
        session, chaired by NATO Secretary General Jens Stoltenberg", "the conference in
        Rome, hosted by Giorgia Meloni": a participle of hosting after a gathering, however
        the parse hangs it (on the place, or on the sentence's verb), names who held the
        gathering told last before it in its sentence."""
        for verb in tokens_with(self.m.doc, CHAIR_VERBS):
            if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl", "relcl") or \
                    verb.lemma_.lower() not in CHAIR_VERBS:
                continue
            agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
                      if o.dep_ == "pobj"]
            gathering = next((self.by_token[i] for i in range(verb.i - 1, verb.sent.start - 1,
                                                               -1)
                              if i in self.by_token and self.by_token[i].kind in (
                                  "summit", "meeting")), None)
            if agents and gathering is not None:
                gathering.participants += [p for p in self._people(agents)
                                           if p not in gathering.participants]

    def _caption_verb(self, tok: Token) -> bool:
        """"Fijian PM Sitiveni Rabuka greets NZ PM Christopher Luxon at the Pacific Islands
        Forum": a caption's verb in the present, which the model took for a plural noun with
        the one name before it and the other apposed after it."""
        return tok.dep_ == "ROOT" and tok.tag_ == "NNS" and tok.lower_.endswith("s") and any(
            c.dep_ == "compound" and self.m.kind(self.m.key(c)) == "person"
            for c in tok.lefts) and any(
            c.dep_ == "appos" and self.m.kind(self.m.key(c)) == "person" for c in tok.rights)

    def _verb(self, verb: Token, row: lexicon.Predicate) -> None:
        lemma = row.lemma
        subs = self._people(self.m.past_dateline(subjects(verb)))
        if verb.pos_ != "VERB":  # a caption's verb the model took for a noun
            subs = self._people([c for c in verb.lefts if c.dep_ == "compound"])
        others: list[Token] = []
        if "dobj" in row.target:
            others += [c for c in self._children(verb) if c.dep_ in ("dobj",)] or [
                c for c in verb.rights if c.dep_ in ("npadvmod", "appos") and c.ent_type_ == "PERSON"]
            # ("received at the Ministry in Muscat this morning Lord David Cameron": the
            # object put after the adverbials, which the parse takes for one more of them)
            if others:  # "received the President of X, NAME, and the President of Y, NAME":
                # the small model hangs the second object on the verb as a conjunct
                others += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in (
                    "NOUN", "PROPN") and c.i > others[0].i]
        others += prep_objects(verb, row.slots("target", "prep"))
        if "dobj" in row.target:  # "received the credentials of H.E. Mr. X", "the letters of
            # credence from X": the envoy who handed them over
            others += [o for d in self._children(verb) if d.dep_ == "dobj" and
                       _credentials(d) for o in _credentials(d)]
        if "dobj" in row.target and any(o.tag_ in ("NNS", "NNPS") and not self.m.key(o)
                                        for o in others):
            # "met several Heads of State and Government on the margins of the Summit,
            # including the Presidents of Cyprus, Egypt ... as well as the Prime Minister of
            # Israel": the ones met are those the "including" phrase names (wherever the
            # parse hangs it in the clause), and a title added with "as well as"
            included = [o for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "including"
                        and t.i > verb.i for o in t.children if o.dep_ == "pobj"]
            others += included + [c for c in verb.children if included and c.dep_ in (
                "npadvmod", "conj") and c.i > verb.i and c.lower_ in TITLE_HEADS and
                c.i >= 2 and self.m.doc[c.left_edge.i - 1].lower_ == "as"]
        if others or "dobj" in row.target:  # "met with, among others, X"
            others += [o for o in prep_objects(verb, {"among"}) if o.lower_ == "others"]
        if "with" in row.slots("target", "prep"):
            others += self._with_on_place(verb)
            if "dobj" not in row.target:  # "discussed regional developments with Guterres":
                # the parse hangs the partner on the topic
                others += [o for d in verb.children if d.dep_ == "dobj" and
                           d.i not in self.by_token and NOUNS.get(d.lower_) is None
                           for o in prep_objects(d, {"with"})
                           if self.m.kind(self.m.key(o)) == "person"]
        if lemma == "call" and _names_as(verb):
            return  # "called Lapid a weak leader", "called Zelensky a dictator": naming
        on_someone = lemma == "call" and not any(
            c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children) and not \
            prep_objects(verb, {"for"}) and bool(self._people(prep_objects(
                verb, {"on", "upon"})))  # "called on X" (a person; no "to do", no "for")
        if on_someone:
            others += prep_objects(verb, {"on", "upon"})
        if "dobj" in row.target and any(c.dep_ == "nsubjpass" for c in verb.children):
            # "Modi was received by President Xi": the agent is the other side
            others += [o for a in verb.children if a.dep_ == "agent" for o in a.children
                       if o.dep_ == "pobj"]
        people = [p for p in self._people(others) if p not in subs]
        if people:  # (the presence of others at a meeting with someone)
            people += [p for p in self._people(_in_presence_of(verb)) if p not in people + subs]
        reciprocal = any(t.lower_ in ("other", "another") and t.i > 0 and
                         t.doc[t.i - 1].lower_ in ("each", "one")
                         for o in others for t in o.subtree)  # "with each other"
        audience = [o for o in prep_objects(verb, {"at", "to", "before", "about", "on"})
                    if o.i not in self.by_token and o.ent_type_ not in ("DATE", "TIME") and
                    o.lemma_.lower() not in ("sideline", "sidelines", "margin", "margins")]
        together = lemma in _LEX_TALK and not others and not audience and len(subs) >= 2 \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        if lemma == "meet" and not subs and not people:
            # "MOSCOW -- Visiting Chinese President Xi Jinping and his Russian counterpart,
            # Vladimir Putin, met on Monday": the small model makes the dateline the subject
            # and the people its modifiers; the people of the subject phrase met
            subs = list(dict.fromkeys(k for s in subjects(verb) + [
                c for c in verb.children if c.dep_ == "csubj"] for t in s.subtree
                for k in [self.m.key(t)] if self.m.kind(k) == "person"))
            if len(subs) < 2:
                subs = []
        if not subs and people:
            # "On 5 September in Vilnius, the Lithuanian Minister of Foreign Affairs Linas
            # Linkevičius met with ...": the small model hangs the subject on the opening
            # phrase, as an apposition of its place or date
            subs = [k for k in dict.fromkeys(
                self.m.key(t) for c in verb.lefts if c.dep_ in ("prep", "npadvmod")
                for a in c.subtree if a.dep_ == "appos" for t in a.subtree)
                if self.m.kind(k) == "person" and k not in people]
        if (lemma in ("meet", "shake") or reciprocal or together) and len(subs) >= 2 and \
                not people:  # ("A and B shook hands")
            # "Putin and Xi met", "spoke with each other", "Blinken and Lavrov spoke for ten
            # minutes on the sidelines of ..." (to each other: no audience, nothing said)
            people, subs = subs[1:], subs[:1]
        said = verb.head.head if verb.dep_ in ("pobj", "pcomp") and verb.head.lower_ in (
            "after", "following") else None
        if not subs and people:
            speaker = self._heading_speaker(said)  # "Joint Press Remarks After Meeting With
            subs = [speaker] if speaker else []  # President Karzai" / "Secretary Hillary
            # Rodham Clinton": the heading's speaker, on the line under it, met them
        if not subs and people and verb.tag_ == "VBG" and self._a_heading(verb):
            own = self.m.own_office_holder(verb)  # "Meeting with President of Kyrgyzstan
            subs = [own] if own else []  # Roza Otunbayeva" on kremlin.ru: the President's
        if not subs or not people:
            return
        # where and at what: preps on the verb, or on its object ("met Xi at the summit")
        # (and on the people met: "met with Prime Minister Modi of India at the White House")
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"] + others
        holders += [c for h in holders[1:] for c in h.conjuncts if c.i > h.i]  # "welcomed X
        # and his delegation to the White House": the place hangs on the list's last word
        holders += [t for led in _leaders_of_group(others) for t in (led, led.head.head)]
        # ("met a delegation led by X in Pretoria": the place may hang on the leader's name
        # or on "led")
        holders += [p for h in others for p in prep_objects(h, {"of"})]
        holders += [a for h in others for a in h.children if a.dep_ == "appos"]  # "with his
        # counterpart George Bush in Moscow": the place hangs on the name
        holders += [n for h in others if h.lower_ in TITLE_HEADS for n in self.m.title_names(h)]
        # "met Minister for Foreign Affairs Penny Wong in Canberra": or on the title's name
        # "welcomed Carney to Downing Street": "to" gives the place where it is no target
        where = {"at", "during", "in", "on"} | (
            {"to"} if "to" not in row.slots("target", "prep") else set())
        at = [obj for h in holders for prep in h.children
              if prep.dep_ == "prep" and prep.lower_ in where
              for obj in prep.children if obj.dep_ == "pobj"]
        if verb.dep_ == "conj":  # "On 28 September, on the margins of X, Gemba attended
            # ... and met with ...": what stands before the first verb holds for both
            at += [o for prep in verb.head.lefts if prep.dep_ == "prep" and prep.lower_ in where
                   for o in prep.children if o.dep_ == "pobj"]
        at += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in (
            "upon", "on") for obj in prep.children if obj.dep_ == "pobj" and
            obj.lemma_.lower() == "arrival" for p in prep_objects(obj, {"in", "at", "on", "to"})]
        # ("greets X upon his arrival on Parliament Hill in Ottawa": where they arrived)
        at += [p for obj in at for p in prep_objects(obj, {"in"} | (
            {"at"} if obj.lemma_.lower() in _SETTINGS else set()))]  # "at his office in Tokyo",
        # "during the retreat at the Saarc Summit"
        at += [o for obj in at if obj.lemma_.lower() in _MARGINS and obj.i not in self.by_token
               for o in prep_objects(obj, {"of"})]  # "on the margins of the UN General
        # Assembly": where that body meets
        at += self._visiting(verb) + _framed_by(verb)
        part_of = self._event_in(at) or next(  # "met today ... for the Quad Leaders' Summit"
            (e for t in prep_objects(verb, {"for"}) for e in [self.by_token.get(t.i)]
             if e is not None and e.kind == "summit"), None)
        part_of = part_of or self._where(verb)  # "the summit on October 28, where X and Y met"
        arrival = _arrival(verb)
        place = self._place([t for t in at if t.i not in self.by_token]) or \
            self._island(verb) or (part_of.place if part_of else None) or \
            self._travelled_to(verb) or self._where_place(verb) or (
                self._place(prep_objects(arrival, {"to", "in"})) if arrival else None)
        date = self._date(verb) or (part_of.date if part_of else None) or (
            self._date(arrival) if arrival else None)
        by_phone = _remote(verb) or _held_remotely(verb)
        if lemma == "call" and not by_phone and on_someone:
            row = VERBS["meet"]  # "Wang Yi called on Prime Minister Abe in Tokyo": a visit
        # "spoke with" / "talked with" with no place or occasion is how readouts say a call
        in_person = place or (part_of is not None and part_of.kind != "call") or any(
            o.lemma_.lower() in _SETTINGS for o in at) or any(
            e is not None and e.kind in ("meeting", "summit") for o in prep_objects(
                verb, {"before", "after"}) for e in [self.by_token.get(o.i)])
        # (a setting, or the meeting it came before: "Before their tete-a-tete meeting, Putin
        # and Blair talked with Bono")
        kind = "call" if by_phone or (row.lemma in _LEX_TALK and not in_person) else row.cls
        for group in _one_each(verb, subs, people):
            event = Event(kind, group, place, date, None, modality(verb),
                          [evidence_for(verb, 0.8)], part_of=part_of, anchor=verb.i)
            self._add(event, verb)

    def _fronted_talks(self) -> None:
        """"Following talks in Sochi, Vladimir Putin and Recep Tayyip Erdogan made statements
        for the press", "After talks in Berlin, Scholz and Tusk said ...": talks that name
        nobody, in an opening phrase, were the main clause's two or more people's."""
        for event in self.events:
            noun = self.m.doc[event.anchor] if event.anchor >= 0 else None
            if event.kind != "meeting" or event.participants or noun is None or \
                    noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "following"):
                continue
            verb = noun.head.head
            if noun.head.i > verb.i or verb.pos_ not in ("VERB", "AUX"):
                continue  # (only an opening phrase: "they spoke after talks" may be others')
            people = list(dict.fromkeys(k for s in subjects(verb) for t in conjuncts(s)
                                        for k in self.m.resolve(t)
                                        if self.m.kind(k) == "person"))
            if len(people) >= 2:
                event.participants = people

    def _joint_press_conference(self) -> None:
        """"Auckland Bilateral Press Conference" / "WINSTON PETERS: ..." / "JULIE BISHOP:
        ...": the transcript of a joint (or bilateral) press conference whose turns are two or
        more people's: they met, at the one city its headline names, on the article's day."""
        if not _JOINT_PRESS.search(self.m.headline) or self.published is None:
            return
        turns = [(i, k) for i, k in self.m.turns() if k and self.m.kind(k) == "person"]
        speakers = list(dict.fromkeys(k for _, k in turns))
        if len(speakers) < 2 or any(set(speakers) <= set(e.participants) for e in self.events
                                    if e.kind != "call"):
            return
        first = self.m.doc[turns[0][0]]
        words = re.findall(r"[A-Z][\w'-]+", _JOINT_PRESS.sub(" ", self.m.headline))  # (not
        # "Opportunity", a town in Washington state)
        place = self.m.headline_place or self.m.one_place(
            [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + words)
        self._add(Event("meeting", speakers, place, DateValue(
            self.published.isoformat(), "day", _ARTICLE_DATE), None, "occurred",
            [evidence_for(first, 0.6)], anchor=first.i), first)

    def _where_it_was_agreed(self) -> None:
        """"Kim and Koizumi agreed Friday to ... The agreement was reached at an 85-minute
        meeting at the Blue House": a meeting that names nobody, where a thing (an agreement,
        a deal) was reached, signed or made, is that of the two or more people who were the
        joint subject of a sentence just before (on its day, if the meeting has none)."""
        for event in self.events:
            noun = self.m.doc[event.anchor] if event.anchor >= 0 else None
            if event.kind != "meeting" or event.participants or noun is None or \
                    noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during", "in"):
                continue
            verb = noun.head.head
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _REACHED or \
                    not any(s.lemma_.lower() in _AGREEMENT_NOUNS for s in subjects(verb)):
                continue
            people, told = self.m.last_joint_subject(noun)
            if told is not None:  # ("... agreed Friday to ...": then, too)
                event.participants = people
                event.date = event.date or self._date(told)

    def _island(self, token: Token) -> str | None:
        """"(held talks) on the Italian island of Capri": the island, whatever the model
        tagged its name (often ORG), in the country of the demonym if one is given."""
        for island in prep_objects(token, {"on"}):
            if island.lemma_.lower() not in ("island", "isle"):
                continue
            for name in prep_objects(island, {"of"}):
                known = self._place([name])
                if known:
                    return known
                if name.pos_ == "PROPN":
                    country = next((self.m.demonym[c.i] for c in island.children
                                    if c.i in self.m.demonym), None)
                    span = self.m.doc[name.left_edge.i:name.i + 1]
                    return self.m.town(" ".join(t.text for t in span if t.pos_ == "PROPN"),
                                       country)
        return None

    def _margins_of(self, verb: Token) -> list[Token]:
        """"on the margins of the UN General Assembly": what the verb happened beside."""
        return [o for m in prep_objects(verb, {"on", "at"}) if m.lemma_.lower() in _MARGINS
                and m.i not in self.by_token for o in prep_objects(m, {"of"})]

    def _with_on_place(self, token: Token) -> list[Token]:
        """"held talks in Vladivostok with Narendra Modi, the Forum's main guest": the parse
        may hang "with" on the place, not on the talks; the partner is the event's."""
        margins = [o for o in prep_objects(token, {"on", "at"}) if o.lemma_.lower() in (
            "sideline", "sidelines", "margin", "margins", "line", "lines", "side")]
        # "met on the side lines of the meeting with the President of Finland": the parse
        # hangs the partner on the gathering the two met beside
        return [o for p in prep_objects(token, {"in", "at"})
                if self.m.kind(self.m.key(p)) in ("place", "country") or (
                    p.pos_ == "NOUN" and (self._place([p]) is not None or
                                          p.lemma_.lower() in _SETTINGS))
                # ("at a Harare hotel with Mugabe": a venue of a place; "had a meeting at his
                # office with H.E. Ambassador Bankole Adeoye": a setting)
                for q in [p] + [c for c in p.children if c.dep_ == "appos"]
                for o in prep_objects(q, {"with"})] + [
            o for mgn in margins for g in prep_objects(mgn, {"of"})
            for o in prep_objects(g, {"with"}) if self.m.kind(self.m.key(o)) != "place"]

    def _joined_where_they_were(self) -> None:
        """"Biden and the ambassador joined the two leaders for a working lunch afterwards":
        a gathering with no place of its own, on the day of an earlier one whose people are
        all in it, was where they were."""
        for event in self.events:
            if event.place or event.date is None or event.status != "occurred" or \
                    event.kind == "call":
                continue
            earlier = next((e for e in reversed(self.events) if e.anchor < event.anchor and
                            e.place and e.date is not None and e.date.value == event.date.value
                            and e.kind != "call" and
                            len(e.participants) >= 2 and
                            set(e.participants) <= set(event.participants)), None)
            if earlier is not None:
                event.place = earlier.place

    def _where_they_arrived(self) -> None:
        """"Guterres arrived in Addis Ababa on Thursday. Later in the day, he met Abiy Ahmed",
        "Annan travelled to Egypt on Monday, 22 November. ... Upon arrival in Sharm el-Sheikh
        ..., he was briefed ... That evening, he met X": a traveller's meeting told after an
        arrival, with no place (or only the country) and no day of its own, was where they
        had last arrived and on that day (the last arrival or trip told before it; a trip's
        day holds for the arrivals told after it without one)."""
        doc = self.m.doc
        arrivals: list[tuple[int, set[str], str | None, DateValue | None]] = []
        day: DateValue | None = None
        marks = [t for t in tokens_with(doc, set(_TRIP_VERBS) | _TRIP_NOUNS) if _trip_mark(t)]
        for mark in sorted(marks, key=lambda t: t.i):
            verb = mark if mark.pos_ == "VERB" else mark.head if mark.dep_ == "dobj" else \
                mark.head.head  # ("Upon arrival in X, he ...": the arrival is the subject's)
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            place = self._place(prep_objects(mark, {"in", "to", "at"}))
            date = self._date(verb) if mark.pos_ == "VERB" or mark.dep_ == "dobj" else None
            if date is not None and date.precision == "day" and date.text != _ARTICLE_DATE:
                day = date
            elif date is not None and date.text != _ARTICLE_DATE:
                continue  # (a trip told of another day than the narrative's)
            people = set(self._people(subjects(verb)))
            if people and (place or mark.pos_ == "VERB" and day is not None):
                arrivals.append((mark.i, people, place, day))
        for event in self.events:
            if event.status != "occurred" or event.kind == "call" or event.anchor < 0:
                continue
            last = next(((i, p, d) for i, who, p, d in reversed(arrivals)
                         if i < event.anchor and who & set(event.participants)), None)
            if last is None:
                continue
            at, place, date = last
            undated = event.date is None or event.date.text == _ARTICLE_DATE
            told = [(e.anchor, e.date) for e in self.events if at < e.anchor < event.anchor
                    and e.date is not None and e.date.text != _ARTICLE_DATE and
                    date is not None and set(e.participants) & set(event.participants) and
                    _days_after(date, e.date, 3)]
            told += [(i, day) for i, day in self._days_opened(at, event.anchor, date)
                     if date is not None and _days_after(date, day, 3)]
            if undated and told:
                date = max(told, key=lambda t: t[0])[1]  # "arrived on Monday ... On
                # Tuesday morning, he met X ... He then met Y": the day the narrative has
                # reached since; "On Saturday, the Secretary-General held a series of
                # meetings with the leaders of ... He then met separately with X": a
                # sentence opening with its day moves the narrative on, whatever it tells
            if date is not None and not undated and event.date.value != date.value:
                if place is not None and not event.place and (_stay_told(doc[at], doc[
                        event.anchor], date, event.date) or (
                        self.m.kind(place) == "place" and _days_after(date, event.date, 1))):
                    event.place = place  # "Mubarak, who arrived in Washington on Saturday,
                    # met Powell on Monday": there for the stay the clause tells; "arrived in
                    # Berlin on Monday ... On Tuesday morning, he had a breakfast meeting with
                    # X": a traveller stays where they arrived the next day too (later days
                    # may be elsewhere)
                    _discount(event, 0.8)
                continue  # (a meeting of another day than the arrival)
            changed = False
            if place is not None and (not event.place or self.m.kind(event.place) == "country"
                                      and self.m.entities[place].country ==
                                      self.m.entities[event.place].country and
                                      self.m.kind(place) == "place"):
                event.place, changed = place, True
            if date is not None and undated:
                event.date, changed = date, True
            if changed:
                _discount(event, 0.8)

    def _days_opened(self, start: int, end: int, after: DateValue | None
                     ) -> list[tuple[int, DateValue]]:
        """The days that open a sentence between two tokens ("On Saturday, ...", "Saturday
        morning, ..."), each with its position; a bare weekday is the first such day after
        `after` (the narrative's day: "flew to Geneva on Friday, 30 January ... On
        Saturday, ...")."""
        starts = set(sentence_starts(self.m.doc))
        out = []
        for span in self.m.dates:
            first = span.start - 1 if span.start and self.m.doc[span.start - 1].lower_ in (
                "on", "by", "early", "late") else span.start
            if not start < span.start < end or first not in starts or span.end >= len(
                    self.m.doc) or self.m.doc[span.end].text != ",":
                continue
            if span.text.lower() in _WEEKDAYS and after is not None and \
                    after.precision == "day":  # the coming one, counted from that day
                value = normalise(span.text, dt.date.fromisoformat(after.value), self.order,
                                  future=True)
            else:
                value = normalise(span.text, self.published, self.order)
            if value is not None and value.precision == "day":
                out.append((span.start, value))
        return out

    def _on_a_visit_there(self) -> None:
        """"talks between Ahern and Zhu Rongji, who is on a four-day visit to Ireland": a
        meeting with no place, in the sentence where one of its people is said to be on a
        visit somewhere, was there."""
        for visit in tokens_with(self.m.doc, {"visit", "tour", "trip"}):
            if visit.pos_ != "NOUN" or visit.dep_ != "pobj" or visit.head.lower_ != "on":
                continue
            place = self._place(prep_objects(visit, {"to"}))
            clause = visit.head.head
            if place is None or clause.dep_ != "relcl":
                continue
            visitors = set(self._people([clause.head]))
            for event in self.events:
                if not event.place and event.kind != "call" and event.anchor >= 0 and \
                        self.m.doc[event.anchor].sent == visit.sent and \
                        visitors & set(event.participants):
                    event.place = place
                    _discount(event, 0.8)

    def _the_storys_visit(self) -> None:
        """"Angela Merkel's brief visit to Warsaw on Tuesday marked ...": a lead that tells
        one person's visit to a city (by its possessive) is the story of that trip; the
        visitor's meetings the story tells with no place (or no day) of their own were there
        (and then). Only when the article tells of no other trip."""
        trips = [v for v in tokens_with(self.m.doc, {"visit", "trip", "tour"})
                 if v.pos_ == "NOUN" and v.lower_ in ("visit", "trip", "tour")]
        lead = {s.start for s in self._lead()}
        found = None
        for visit in trips:
            if visit.sent.start not in lead:
                continue
            place = self._place(prep_objects(visit, {"to"}))
            owners = [k for c in visit.children if c.dep_ == "poss" for k in self.m.resolve(c)
                      if self.m.kind(k) == "person"]
            if not owners and visit.dep_ == "pobj" and visit.head.lower_ in (
                    "in", "during", "on") and visit.head.head.pos_ in ("VERB", "AUX"):
                owners = [k for t in subjects(visit.head.head) for k in self.m.resolve(t)
                          if self.m.kind(k) == "person"]  # "In a surprise visit to Amman on
                # Tuesday, Israel's prime minister tried ...": the subject's visit
            if place is None or self.m.kind(place) != "place" or len(owners) != 1:
                continue
            if found is not None and (found[0], found[1]) != (owners[0], place):
                return  # (two trips: which one a meeting was on is not told)
            verb = visit.head if visit.dep_ == "nsubj" else visit.head.head if \
                visit.dep_ == "pobj" else None  # ("'s visit to Tokyo on Tuesday was", "In a
            # visit to Amman on Tuesday, X tried": the parse hangs the day on the verb)
            found = (owners[0], place, self._noun_date(visit, None) or (
                self._date_among(visit, self._date_slots(verb))
                if verb is not None and verb.pos_ in ("VERB", "AUX") else None))
        if found is None:
            return
        visitor, place, date = found
        for event in self.events:
            if visitor not in event.participants or event.kind == "call" or \
                    event.status != "occurred" or event.anchor < 0 or (
                        event.place and event.place != place):
                continue
            changed = not event.place
            event.place = place
            if date is not None and (event.date is None or event.date.text == _ARTICLE_DATE):
                event.date, changed = date, True
            if changed:
                _discount(event, 0.8)

    def _where_place(self, verb: Token) -> str | None:
        """"Modi was in Kabul, where he opened ... and held talks with Ghani": the place a
        "where" clause hangs on."""
        for _ in range(2):
            if verb.dep_ != "conj":
                break
            verb = verb.head
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            if verb.head.ent_type_ == "DATE":  # "in Lisbon on 27 February, where he met":
                # the parse hangs the clause on the date; the place is the one just before it
                for i in range(verb.head.i - 1, max(verb.sent.start, verb.head.i - 8) - 1, -1):
                    if self.m.kind(self.m.key(self.m.doc[i])) == "place":
                        return self._place([self.m.doc[i]])
                    if self.m.doc[i].pos_ == "VERB":
                        break
            return self._place([verb.head])
        return None

    def _where(self, verb: Token) -> Event | None:
        """"the SCO summit on September 1, where Modi and Putin met": the event a "where" or
        "when" clause hangs on (through the date or place the parse hangs it on)."""
        if verb.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in verb.children):
            return None
        current = verb.head
        for _ in range(3):
            if current.i in self.by_token:
                return self.by_token[current.i]
            if current.head == current:
                break
            current = current.head
        if verb.head.ent_type_ in ("DATE", "GPE", "LOC", "FAC"):  # the parse hangs "on
            # September 1, where ..." elsewhere: the event named last before that date
            return next((self.by_token[i] for i in range(verb.head.i - 1, verb.sent.start - 1, -1)
                         if i in self.by_token), None)
        return None

    def _attributive(self, tok: Token) -> bool:
        """"the visiting Chinese premier", "to join Merkel and visiting U.S. President Barack
        Obama": a participle before a person describes them; it is no event of its own (the
        small model parses the second as a verb conjoined with "join", the person its
        object)."""
        if tok.tag_ != "VBG":
            return False
        if tok.dep_ == "amod":
            return True
        return tok.dep_ == "conj" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("and", ",") \
            and any(c.dep_ == "dobj" and c.left_edge.i == tok.i + 1 and
                    self.m.kind(self.m.key(c)) == "person" for c in tok.children)

    def _children(self, verb: Token) -> list[Token]:
        """A verb's dependants, with those the parse gave an attributive participle conjoined
        with it ("join Merkel and visiting Obama for a meeting": "Obama", "for")."""
        return list(verb.children) + [g for c in verb.children if c.dep_ == "conj" and
                                      self._attributive(c) for g in c.children]

    def _travelled_to(self, verb: Token) -> str | None:
        """"flew to Moscow to meet Putin", "came to the northern German city of Hanover to
        join Merkel": the place the subject travelled to, to do it."""
        head = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or head.lemma_.lower() not in TRAVEL_VERBS:
            return None
        return self._place(prep_objects(head, {"to", "in"}))  # ("the city of X": _place)

    def _add(self, event: Event, token: Token) -> None:
        self.events.append(event)
        self.by_token[token.i] = event

    # -- merging ----------------------------------------------------------------------------

    def _from_verb(self, e: Event) -> bool:
        return e.anchor >= 0 and self.m.doc[e.anchor].pos_ == "VERB"

    def _same(self, a: Event, b: Event) -> bool:
        if a.status != b.status:
            return False  # a denied or supposed meeting is never the one that happened
        if "summit" in (a.kind, b.kind) and (self._from_verb(a) or self._from_verb(b)) and \
                not _all_of_the_summit(a, b):
            return False  # "met Xi at the summit": a meeting on the summit's sidelines
        if not _dates_agree(a.date, b.date):
            return False
        if a.kind == "summit" or b.kind == "summit":
            if {a.kind, b.kind} - MEETING_CLASS:
                return False
            if a.organiser and b.organiser:  # (a body's gatherings in two cities are two:
                # "a meeting of G20 foreign ministers in New Delhi" ... "during the G20 summit
                # in Bali last year")
                return a.organiser == b.organiser and (
                    not (a.place and b.place) or self._places_agree(a.place, b.place))
            if (a.organiser or b.organiser) and not (a.place and b.place) and \
                    a.kind == b.kind:
                # "told NATO leaders at their summit in Brussels" ... "attending his first
                # NATO summit": one names the place, the other the organisation
                return True
            meeting = b if a.kind == "summit" else a
            if meeting.kind != "summit" and len(meeting.participants) >= 2 and (
                    a.organiser or b.organiser):
                return False  # "talks before the BRICS summit ... the meeting in Fortaleza":
                # two leaders' own meeting beside an organisation's summit
            if a.place and b.place and self._places_agree(a.place, b.place):
                return (a.kind == b.kind or not (a.participants and b.participants) or
                        set(a.participants) <= set(b.participants) or
                        set(b.participants) <= set(a.participants))
            if a.kind == b.kind and not (a.place and b.place) and a.participants and \
                    b.participants and (set(a.participants) <= set(b.participants) or
                                        set(b.participants) <= set(a.participants)):
                return True  # "back from a three-day summit with Kim" ... "his summit in
                # North Korea": one names the place, the other the people
            return False
        if a.kind == b.kind == "meeting" and a.organiser and a.organiser == b.organiser and (
                not a.place or not b.place or self._places_agree(a.place, b.place)):
            return True  # "a meeting of G20 foreign ministers" ... "his first G20 meeting"
        if {a.kind, b.kind} == {"visit", "meeting"} and a.participants and set(
                a.participants) == set(b.participants) and any(
                not (e.date or e.place) for e in (a, b)):
            return True  # "when Akufo-Addo visited Osinbajo on Sunday ... discussions between
            # the two leaders centered on ...": the talks of the visit, told of again
        if a.kind != b.kind or not a.participants or not b.participants:
            return False
        return set(a.participants) == set(b.participants) and (
            not a.place or not b.place or self._places_agree(a.place, b.place))

    def _places_agree(self, a: str, b: str) -> bool:
        if a == b:
            return True
        ea, eb = self.m.entities.get(a), self.m.entities.get(b)
        if not ea or not eb:
            return False
        # a city and the country it is in
        return (ea.kind == "country" and eb.country == ea.country) or (
            eb.kind == "country" and ea.country == eb.country)

    def _merge(self) -> None:
        merged: list[Event] = []
        self._last_said.clear()
        for event in self.events:
            target = next((e for e in merged if self._same(e, event)), None)
            if target is None and event.kind == "summit" and self._bare(event):
                # "the summit", bare: the summit the article last spoke of
                target = next((e for e in reversed(merged) if e.kind == "summit" and
                               e.status == event.status and
                               _dates_agree(e.date, event.date)), None)
                if target is None and not any(e.kind == "summit" for e in merged):
                    # "... for an informal meeting. ... at the end of the two-hour summit":
                    # no summit told before, but a meeting of three or more: that one
                    target = _last_meeting(merged, event, lambda e: len(e.participants) >= 3)
            if target is None and event.kind == "meeting" and self._bare(event) and \
                    self._definite(event) and self.m.doc[event.anchor].lemma_.lower() in \
                    GATHERINGS:
                # "the two-day conference", paragraphs after "a conference in Tokyo": the
                # conference the article last spoke of, not one it recalls from an earlier
                # year ("the last Afghanistan conference in Tokyo in 2012") while it tells of
                # this year's
                same = partial(self._same_noun, event)
                target = _last_meeting(merged, event, lambda e, same=same: same(
                    e) and not self._recalled(e)) or _last_meeting(merged, event, same)
            if (target is None or (target.kind == "summit" and target.place != event.place)) \
                    and event.kind == "meeting" and self._definite(event) and \
                    not self._has_sidelines(event) and \
                    not event.organiser and self._before(event) is None:
                # "The meeting was hosted together with ...", "following the meeting in the
                # Rose Garden", "X gave a news conference after the talks at the Kremlin": the
                # meeting just spoken of (its place, if it gives one), if it names nobody
                # else
                anyone = self._bare(event) or not event.participants
                last = next((e for e in reversed(merged) if e.kind == "meeting"), None)
                candidates = [e for e in reversed(merged) if e.kind in ("meeting", "summit")
                              and e.status == event.status and self._near(
                                  e, event, 5 if e is last else 2)
                              and _dates_agree(e.date, event.date) and (
                                  anyone or set(event.participants) <= set(e.participants)
                                  or (len(e.participants) == 1 and set(e.participants) <=
                                      set(event.participants)))]
                # ("Hu urged Japan ... during a meeting here Saturday" ... "Hu told Koizumi
                # during the meeting": the meeting told with one side only, its other side)
                candidates = [e for e in candidates if not self._recalled(e)] or candidates
                # a meeting before a summit ("met before the APEC summit ... The two-hour
                # meeting in San Francisco"): "the meeting" is the meeting
                target = next((e for e in candidates if e.kind == "meeting" and (
                    not e.place or not event.place or self._places_agree(e.place, event.place))),
                    None) or target or (candidates[0] if candidates else None)
                if target is None and event.participants:
                    # "the Chancellor said after the talks", paragraphs later: the talks
                    # she was last said to hold
                    target = _last_meeting(merged, event, lambda e, p=set(
                        event.participants): p <= set(e.participants))
                if target is None and self._bare(event) and \
                        self.m.doc[event.anchor].dep_ in ("nsubj", "nsubjpass"):
                    # "The meeting was hosted together with X", "The conference was also
                    # attended by X", sentences on: the subject is the gathering last told
                    target = _last_meeting(merged, event, lambda e: True)
                if target is None and not event.participants and self._bare(event):
                    # '"...," the Prime Minister said at the start of the meeting', paragraphs
                    # after the meeting was told: the meeting the article last spoke of
                    target = _last_meeting(merged, event, lambda e: len(e.participants) >= 2)
                if target is None:
                    # "Modi, opening the meeting by video message", paragraphs after "a
                    # meeting of G20 foreign ministers": an organisation's meeting
                    target = _last_meeting(merged, event, lambda e: bool(e.organiser))
            if target is None and event.kind == "meeting" and event.place is None and \
                    event.date is None and self._told_of_them(event):
                # "X hosted a dinner for Y ... The two leaders held discussions on ...": the
                # talks of the people just met, told again, are that meeting
                last = next((e for e in reversed(merged) if e.kind in ("meeting", "visit")
                             and e.status == event.status), None)  # (the one told last)
                target = last if last is not None and set(event.participants) <= set(
                    last.participants) else None
            if target is None:
                merged.append(event)
                self._last_said[id(event)] = event.anchor
                continue
            self._last_said[id(target)] = max(self._last_said.get(id(target), -1), event.anchor)
            if event.kind == "summit":
                target.kind = "summit"
            for p in event.participants:
                if p not in target.participants:
                    target.participants.append(p)
            target.place = self._specific(target.place, event.place)
            target.organiser = target.organiser or event.organiser
            if target.part_of is None and event.part_of is not target:
                target.part_of = event.part_of  # "..., who met for a bilateral summit"
            target.date = _precise(target.date, event.date)
            if target.status != "occurred" and event.status == "occurred":
                target.status = "occurred"
            target.evidence.extend(event.evidence)
            for i, e in self.by_token.items():
                if e is event:
                    self.by_token[i] = target
            for e in self.events:
                if e.part_of is event:
                    e.part_of = target
        self.events = merged

    def _same_noun(self, a: Event, b: Event) -> bool:
        """Both told with the same noun ("a conference" ... "the conference")."""
        doc = self.m.doc
        return a.anchor >= 0 and b.anchor >= 0 and \
            doc[a.anchor].lemma_.lower() == doc[b.anchor].lemma_.lower()

    def _has_sidelines(self, event: Event) -> bool:
        """"on the margins of the meeting": a gathering others met beside, never their
        meeting itself."""
        noun = self.m.doc[event.anchor]
        return noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _MARGINS

    def _recalled(self, event: Event) -> bool:
        """Dated in a year before the article's: a gathering the article recalls."""
        return bool(event.date and self.published and event.date.value[:4].isdigit() and
                    int(event.date.value[:4]) < self.published.year)

    def _bare(self, event: Event) -> bool:
        """"the summit": no organiser, place or party named in the noun's own phrase."""
        if event.organiser or event.place or event.anchor < 0:
            return False
        noun = self.m.doc[event.anchor]
        return not any(self.m.key(t) for left in noun.lefts for t in left.subtree) and not any(
            self.m.kind(k) == "person" for o in prep_objects(noun, {"between", "with"}) +
            _involving(noun, told=False) for t in o.subtree
            for k in self.m.resolve(t))  # "the meeting between A and B", "involving A and B"

    def _definite(self, event: Event) -> bool:
        noun = self.m.doc[event.anchor]
        return noun.pos_ == "NOUN" and any(c.lower_ in ("the", "this") or c.dep_ == "poss"
                                           for c in noun.lefts)  # "Wednesday's meeting"

    def _told_of_them(self, event: Event) -> bool:
        """Whether the event's subjects are a collective reference ("the two leaders held
        discussions", "they held talks"), not names."""
        anchor = self.m.doc[event.anchor] if event.anchor >= 0 else None
        if anchor is None:
            return False
        verb = anchor.head if anchor.dep_ == "dobj" else anchor
        subs = subjects(verb) if verb.pos_ in ("VERB", "AUX") else []
        return bool(subs) and all(
            s.lower_ in COLLECTIVE_PRONOUNS or (s.lemma_.lower() in COLLECTIVE_NOUNS and
                                               s.tag_ in ("NNS", "NNPS")) for s in subs)

    def _near(self, earlier: Event, later: Event, sentences: int = 2) -> bool:
        """Last mentioned within the two sentences before (or as many as given: "the
        meeting", paragraphs on, is the last meeting told, if no other was told since)."""
        starts = sentence_starts(self.m.doc)
        here = sentence_index(self.m.doc, later.anchor)
        return self._last_said.get(id(earlier), earlier.anchor) >= starts[
            max(0, here - sentences)]

    def _specific(self, a: str | None, b: str | None) -> str | None:
        if not a or not b:
            return a or b
        if self.m.kind(a) == "country" and self.m.kind(b) == "place":
            return b
        return a

    def _attended_without_object(self) -> None:
        """"NAME also took part", "NAME attended as well": with no event named, the
        gathering the article spoke of last, within the two sentences before."""
        for verb in tokens_with(self.m.doc, ATTEND_VERBS):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or modality(verb) != "occurred" or lemma not in ATTEND_VERBS:
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "prep", "attr")
                       and not (lemma == "take" and c.lower_ == "part")]
            if lemma == "take" and not any(c.lower_ == "part" for c in verb.children):
                continue
            if objects:
                continue
            inverted = [t for a in verb.children if a.dep_ == "aux" for c in a.children
                        if c.dep_ == "nsubj" for t in conjuncts(c)]  # ("were" holds them)
            people = self._people(subjects(verb) or inverted)
            if not self._there(verb, people):  # the gathering a noun told; else the meeting
                self._there(verb, people, told_by_noun=False)  # "X met Y. Also attending
                # were A and B"

    def _told_the_gathering(self) -> None:
        """"Karzai told delegates from 80 countries that ...", "Ogata told donors", "presented
        his reform agenda to the donors": who spoke to those gathered took part in the
        gathering the article spoke of last, within the two sentences before; "telling the
        meeting that ...", "addressed the conference": in the gathering named. Not by video
        link or by phone."""
        for verb in tokens_with(self.m.doc, {"tell", "told", "telling", "tells", "address",
                                             "addressed", "addressing", "brief", "briefed",
                                             "present", "presented", "presenting",
                                             "presents"}):
            if verb.pos_ != "VERB" or modality(verb) != "occurred" or _remote(verb):
                continue
            heard = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + \
                prep_objects(verb, {"to"})
            if verb.lemma_.lower() == "present":
                heard = prep_objects(verb, {"to"})  # (what is presented is no audience)
            named = next((e for c in heard for e in [self.by_token.get(c.i)]
                          if e is not None and e.kind in ("summit", "meeting")
                          and e.status == "occurred"), None)
            if named is not None and self.m.doc[named.anchor] in heard and \
                    self._bare(named) and self._definite(named) and not named.date:
                self._there(verb, told_by_noun=False)  # "telling the meeting" a paragraph
                # after the conference was told: that conference
            elif named is not None:
                people = self._people(subjects(verb))
                named.participants += [p for p in people if p not in named.participants]
            elif any(c.lemma_.lower() in AUDIENCE or self._body_members(c) for c in heard):
                self._there(verb)  # ("addressed the G20 members at the opening session")

    def _body_members(self, noun: Token) -> bool:
        """"the G20 members", "members of the Security Council": a body's members, gathered."""
        return noun.lemma_.lower() == "member" and any(
            self.m.kind(self.m.key(t)) == "organisation" for t in
            [c for c in noun.children if c.dep_ in ("compound", "nmod")] +
            prep_objects(noun, {"of"}))

    def _present_were(self) -> None:
        """"Around the table with Tajani were Blinken, Cameron and Baerbock", "Also present
        were X and Y", "In attendance were X and Y", "X and Y were also in attendance": a
        list of who was there takes part in the gathering or meeting last spoken of."""
        for be in tokens_with(self.m.doc, {"were", "was"}):
            if be.dep_ == "aux" and be.head.i < be.i and be.head.tag_ == "VBG" and \
                    be.head.lemma_.lower() in ("attend", "join"):
                be = be.head  # "Joining them were A and B": the parse reads "were joining"
            elif be.dep_ != "ROOT":
                continue
            table = [o for o in prep_objects(be, {"around", "at"}) if o.lemma_.lower() == "table"]
            present = any(c.dep_ == "acomp" and c.lower_ in ("present", "there")
                          for c in be.children) or in_attendance(be) or any(
                c.dep_ == "csubj" and c.tag_ == "VBG" and c.lemma_.lower() in ("attend", "join")
                for c in be.children) or be.tag_ == "VBG"  # "Also attending the meeting
            # were A; B; and C"
            if not table and not present:
                continue
            listed = [t for c in be.children if c.dep_ in ("attr", "nsubj") or (
                c.dep_ == "conj" and c.pos_ == "PROPN") for t in conjuncts(c)]
            listed += [a for t in listed for a in t.children if a.dep_ == "appos"]  # ("A; B;
            # and C": the parse sets the middle name off as the first's apposition)
            listed += [o for t in table for o in prep_objects(t, {"with"})]
            self._there(be, self._people(listed), told_by_noun=False)

    def _accompanying_were(self) -> None:
        """"Also accompanying the Secretary-General and the Mexican President was the
        Governor of the State of Mexico, NAME", "Also accompanying the Chancellor were A and
        B": those listed took part in the last gathering of those they accompanied."""
        for along in tokens_with(self.m.doc, {"accompanying"}):
            if along.tag_ != "VBG":
                continue
            aux = next((c for c in along.children if c.dep_ == "aux" and c.i > along.i and
                        c.lower_ in ("was", "were")), None)
            if along.dep_ == "csubj" and along.head.lower_ in ("was", "were"):
                be = along.head  # (the parse: "[accompanying X] was Y")
                heads = [o for o in along.children if o.dep_ == "dobj"]
                listed = [t for c in be.children if c.dep_ == "attr" for t in conjuncts(c)]
            elif aux is not None:  # (or "accompanying X were(aux) Y", both objects)
                be = aux
                heads = [o for o in along.children if o.dep_ == "dobj" and o.i < aux.i]
                listed = [t for o in along.children if o.dep_ == "dobj" and o.i > aux.i
                          for t in conjuncts(o)]
            else:  # (or "accompanying [X were Y]")
                be = next((c for c in along.children if c.dep_ == "ccomp" and
                           c.lower_ in ("was", "were")), None)
                heads = [c for c in be.children if c.dep_ == "nsubj"] if be is not None else []
                listed = [t for c in be.children if c.dep_ == "attr"
                          for t in conjuncts(c)] if be is not None else []
            if be is None or not heads:
                continue
            listed += [a for t in listed for a in t.subtree if a.dep_ == "appos"]
            self._join_heads({k for h in heads for k in self._people(conjuncts(h))},
                             self._people(listed), be)

    def _there(self, verb: Token, people: list[str] | None = None,
               told_by_noun: bool = True) -> Event | None:
        """The verb's subjects (or the people given) took part in the gathering (or a visit
        with its host: "during X's state visit ... X was accompanied by Y") last spoken
        of in the two sentences before (one an event noun told, unless told_by_noun is
        False: "The delegation included ..." joins talks "X met Y" told too); that
        gathering, if there was one."""
        starts = sentence_starts(self.m.doc)
        people = self._people(subjects(verb)) if people is None else people
        horizon = starts[max(0, sentence_index(self.m.doc, verb.i) - 2)]
        gathering = next((e for e in reversed(self.events) if e.anchor < verb.i and
                          horizon <= self._last_said.get(id(e), e.anchor)
                          and (e.kind in ("summit", "meeting") or (
                              e.kind == "visit" and len(e.participants) >= 2))
                          and e.status == "occurred"
                          and not (told_by_noun and self.m.doc[e.anchor].pos_ == "VERB")),
                         None)
        if gathering is not None:
            gathering.participants += [p for p in people if p not in gathering.participants]
        return gathering

    def _summit_of_the_same_sentence(self) -> None:
        """"Abe held a summit meeting with Morrison, who was visiting France in response to
        the invitation to attend the G7 Summit in Biarritz": a meeting told in one sentence
        with a summit held where it was held is on that summit's sidelines (as "on the
        sidelines of" is: its people took part)."""
        doc = self.m.doc
        summits = [e for e in self.events if e.kind == "summit" and e.status == "occurred"
                   and e.organiser and e.place and 0 <= e.anchor < len(doc)]
        for event in self.events:
            if event.kind == "summit" or event.part_of is not None or event.status != \
                    "occurred" or not event.place or not 0 <= event.anchor < len(doc) or \
                    len(event.participants) < 2:
                continue
            sent = doc[event.anchor].sent
            host = next((s for s in summits if s.place == event.place and
                         sent.start <= s.anchor < sent.end and (
                             s.date is None or event.date is None or
                             s.date.value[:7] == event.date.value[:7])), None)
            if host is not None:
                event.part_of = host
                host.participants += [p for p in event.participants
                                      if p not in host.participants]
                host.date = host.date or event.date

    def _sidelines_are_attendance(self, people: bool = True) -> None:
        """People who met on the sidelines (margins) of a gathering took part in it (unless
        `people` is False), and it was where and when they met, if it says neither."""
        for event in self.events:
            host = event.part_of
            if host is None or event.kind == "call" or event.status != "occurred" or \
                    host.status != "occurred":
                continue
            if people:
                host.participants += [p for p in event.participants
                                      if p not in host.participants]
            host.place = host.place or event.place  # met "in Brussels on the margins of" it
            host.date = host.date or event.date

    def _inherit_from_summits(self) -> None:
        """A meeting with no place or date of its own, held by a participant of a summit of
        the article's day, is taken to be on that summit's sidelines."""
        for event in self.events:
            if event.part_of is not None:
                event.place = event.place or event.part_of.place
                event.date = event.date or event.part_of.date
        if self.published is None:
            return
        current = [e for e in self.events if _gathering(e) and e.status == "occurred" and
                   e.date and e.date.precision == "day" and
                   abs((dt.date.fromisoformat(e.date.value) - self.published).days) <= 2]
        for event in self.events:
            if event.kind == "summit" or event.part_of or (event.place and event.date) or \
                    event in current:
                continue
            host = next((s for s in current if set(s.participants) & set(event.participants)),
                        None)
            untold = not event.place and not event.date and not self._venue(event)
            if host is None and untold and len(current) == 1:
                host = current[0]  # the one summit of the story's day ("The 2008 G8 summit
                # began today ... Bush and Fukuda met")
            if host is None or event.status != "occurred":
                continue
            if untold and not self._reported(event):  # no place, day or venue of its own,
                # told by the story itself ("Putin said he had discussed ... with Xi" may
                # recall any day): its people took part
                host.participants += [p for p in event.participants
                                      if p not in host.participants]
            event.part_of = host
            event.place = event.place or host.place
            event.date = event.date or host.date
            _discount(event, 0.75)

    def _reported(self, event: Event) -> bool:
        """"Putin said he had discussed ...": an event told in someone's reported speech."""
        tok = self.m.doc[event.anchor] if event.anchor >= 0 else None
        while tok is not None and tok.head.i != tok.i:
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS:
                return True
            tok = tok.head
        return False

    def _venue(self, event: Event) -> bool:
        """"met with Tusk and Juncker at EU headquarters": a place the text gives, though
        not one the gazetteer knows."""
        if event.anchor < 0:
            return False
        return any(o.ent_type_ not in ("DATE", "TIME") and o.i not in self.by_token and (
            o.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in o.children))  # not "in detail"
            for o in prep_objects(self.m.doc[event.anchor], {"at", "in"}))

    def _in_sequence(self) -> None:
        """"After the meeting, the two leaders took part in ...", "Following the talks, X held
        a separate meeting with Y": an event told as the next step of one just spoken of
        happened where it did, and that day (at lower confidence)."""
        for event in self.events:
            if (event.place and event.date) or event.anchor < 0 or event.kind == "call" or \
                    event.status != "occurred":
                continue
            previous = self._before(event)
            if previous is None or previous is event or previous.kind == "call" or \
                    previous.anchor >= event.anchor or previous.status != "occurred":
                continue
            place = event.place or previous.place
            date = event.date or previous.date
            if event.date and event.date.text == _ARTICLE_DATE and previous.date:
                date = previous.date  # the lead's guess gives way to the date told
            if (place, date) == (event.place, event.date):
                continue
            event.place, event.date = place, date
            _discount(event, 0.8)

    def _before(self, event: Event) -> Event | None:
        """The event "After the meeting, ..." / "Following the talks, ..." tells this one as
        the next step of: never the same event."""
        if event.anchor < 0:
            return None
        verb = self.m.doc[event.anchor]
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        clauses = [verb] + ([verb.head] if verb.dep_ == "advcl" else [])  # "X said after
        # the meeting, appearing with A and B, ...": the appearance followed it
        return next((self.by_token.get(o.i) for v in clauses for c in v.children
                     if c.lower_ in ("after", "following") and not
                     c.left_edge.i <= event.anchor <= c.right_edge.i
                     for o in c.children if o.dep_ in ("pobj", "dobj")), None)

    def _delegations(self) -> None:
        """"The talks continued with the delegations. The Russian delegation included
        Foreign Minister Lavrov; the Uzbek side included ...", "The delegation was led by X",
        "Participants on the U.S. side included X", "Officials in attendance included X":
        the delegations' members took part in the talks last spoken of (two sentences)."""
        last: tuple[int, Event] | None = None  # the last delegation's verb, its talks
        for verb in tokens_with(self.m.doc, {"led", "headed", "consisted", "composed"} |
                                INCLUDED):
            group = delegation_of(verb)
            if not group:
                continue
            if verb.lemma_.lower() in ("lead", "head"):
                members = [o for a in verb.children if a.dep_ == "agent" or (
                    a.dep_ == "conj" and a.lower_ == "by")  # ("led by X ... and by Y")
                    for o in a.children if o.dep_ == "pobj"]
                # "led by X, with the participation of Y and Z", "headed by X, with Y, and Z"
                withs = prep_objects(verb, {"with"}) + [
                    w for m in members for w in prep_objects(m, {"with"})]
                withs = [o for w in withs for o in (
                    prep_objects(w, {"of"}) if w.lemma_.lower() == "participation" else [w])]
                members += [t for w in withs for t in w.subtree]
                if withs:  # (the parse may hang the list's last item on the verb)
                    members += [c for c in verb.children if c.dep_ == "conj" and
                                c.pos_ == "PROPN"]
            elif verb.lower_ in ("consisted", "composed"):  # "The U.S. delegation consisted of
                # the Ambassador, Edward Prado; political advisor Chris Andino; and ..."
                members = [m for o in prep_objects(verb, {"of"})
                           for m in [o, *(a for a in o.subtree if a.dep_ in ("appos", "conj"))]]
                members += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in (
                    "PROPN", "NOUN")]  # (the parse may hang the later items on the verb)
            else:
                members = [c for c in verb.children if c.dep_ == "dobj"]
                # "officials in attendance included Prime Minister Noda; Mr. Nagahama, ...;
                # and Mr. Sugiyama, ...": the parse may hang the list's later items on the
                # subject, past the verb
                members += [a for g in group for a in g.children
                            if a.dep_ == "appos" and a.i > verb.i]
            people = self._people(members)
            joined = self._there(verb, people, told_by_noun=False) or self._with_the_head(
                [delegation_noun(g) for g in group], people, verb)
            if joined is None and last is not None and \
                    sentence_index(self.m.doc, verb.i) - sentence_index(self.m.doc, last[0]) <= 2:
                # "Mexico's delegation was led by A ... In turn, the US delegation was headed
                # by B": the other side of the talks the delegation before it joined
                joined = last[1]
                joined.participants += [p for p in people if p not in joined.participants]
            if joined is not None:
                last = (verb.i, joined)

    def _with_the_head(self, groups: list[Token], people: list[str], verb: Token
                       ) -> Event | None:
        """"Members of Akufo-Addo's delegation included A and B", "A, B and C accompanied
        Vajpayee": they took part in the last gathering told before of the one whose
        delegation it is (or whom they accompanied), however far back; that gathering."""
        heads = {k for g in groups for t in [g, *(c for c in g.children if c.dep_ == "poss")]
                 for k in [self.m.key(t) if self.m.kind(self.m.key(t)) == "person" else
                           self._person_named(self.m.doc[t.left_edge.i:t.i + 1].text)]
                 if k and self.m.kind(k) == "person"}  # ("Akufo-Addo's", tagged ORG)
        return self._join_heads(heads, people, verb)

    def _join_heads(self, heads: set[str], people: list[str], verb: Token) -> Event | None:
        """The people took part in the last gathering before the verb of any of the heads."""
        event = next((e for e in reversed(self.events) if e.anchor < verb.i and heads & set(
            e.participants) and len(e.participants) >= 2 and e.kind != "call" and
            e.status == "occurred"), None)  # (a gathering: not "his visit", his alone)
        if event is not None and people:
            event.participants += [p for p in people if p not in event.participants]
        return event

    def _person_named(self, text: str) -> str | None:
        """The article's person of that name, or whose surname it is (a mention the model
        tagged otherwise here)."""
        return next((k for k, e in self.m.entities.items() if e.kind == "person" and
                     e.name == text), None) or self.m.surname(text)

    def _companions(self) -> None:
        """"Starmer, accompanied by David Lammy, met Trump", "X was accompanied (joined,
        assisted) by Y", "The pair then entered the Oval Office followed by Lammy and
        Mandelson": who came with
        those at a meeting took part in it (the meeting of that clause, or the one spoken
        of last within two sentences)."""
        for verb in tokens_with(self.m.doc, {"accompanied", "followed", "joined", "assisted"}):
            agents = [c for a in verb.children if a.dep_ == "agent" for o in a.children
                      if o.dep_ == "pobj" for c in conjuncts(o)]  # ("by A and B")
            people = self._people(agents)
            if not agents and verb.lower_ == "accompanied" and verb.dep_ == "ROOT" and \
                    modality(verb) == "occurred":  # "A, B and C accompanied Vajpayee"
                self._with_the_head([c for c in verb.rights if c.dep_ in ("dobj", "npadvmod")],
                                    self._people(subjects(verb)), verb)  # (the parse may
                # take the one accompanied for an adverbial: "accompanied Weber.")
                continue
            if not people or verb.pos_ != "VERB" or modality(verb) != "occurred" or \
                    _remote(verb):
                continue
            if verb.dep_ == "conj" and verb.head.i not in self.by_token:
                continue  # "took part in a ribbon-cutting ceremony, and he was accompanied
                # by X": at that, not at the meeting before it
            host = verb.head if verb.dep_ in ("acl", "advcl") else verb
            if host.pos_ in ("NOUN", "PROPN") and host.dep_ in ("nsubj", "nsubjpass"):
                host = host.head  # "Starmer, accompanied by Lammy, met Trump"
            event = self.by_token.get(host.i)
            if event is not None and event.kind != "call":
                event.participants += [p for p in people if p not in event.participants]
            elif verb.lower_ in ("accompanied", "joined", "assisted") or host.lemma_.lower() in (
                    "enter", "arrive", "walk", "come", "leave", "sit"):
                self._there(host, people, told_by_noun=False)

    def _future_is_planned(self) -> None:
        """An event dated after the article was published has not happened yet, whatever the
        verb says ("looked forward to seeing him at the summit in Warsaw next month")."""
        if self.published is None:
            return
        day = self.published.isoformat()
        for event in self.events:
            if event.status == "occurred" and event.date and (
                    event.date.value > day[:len(event.date.value)] or
                    _AHEAD.search(event.date.text.lower())):
                event.status = "planned"  # ("when he meets Trump in New York next week":
                # next week may fall in the article's month, but it is ahead)

    def _dateline_place(self) -> str | None:
        """"BERLIN -", "WASHINGTON, June 14 (Reuters) -", "TASHKENT, Uzbekistan (AP) -", or a
        news item's first line "September 5, 2019, 10:30, Vladivostok": the place a story
        was filed from (read once: each building and each waiting meeting asks)."""
        if not self._filed_from:
            self._filed_from.append(self._read_dateline_place())
        return self._filed_from[0]

    def _read_dateline_place(self) -> str | None:
        doc = self.m.doc
        for n, sent in enumerate(itertools.islice(doc.sents, 9)):
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            keys = {self.m.key(t) for t in words if not t.is_punct and not _state_code(t)}
            places = [k for k in keys if self.m.kind(k) == "place"]
            its_country = f"country:{self.m.entities[places[0]].country}" if places else None
            lines = sum(1 for line in text_of(doc)[:sent.start_char].split("\n")
                        if line.strip())
            # (lines, not sentences: "Secretary" / "Colin L. Powell" is one line, two for
            # the parser)
            if lines < 6 and len(places) == 1 and keys <= {places[0], its_country} and \
                    gazetteer.places_index().get(gazetteer.normalise(
                        self.m.entities[places[0]].name)) and \
                    sent.text.rstrip().count("\n") == 0 and sent.text.endswith("\n"):
                return places[0]  # a line near the top that is only a city: "New York",
                # "Hiroshima, Japan" (under a transcript's date)
            if lines < 6 and len(places) == 1 and keys == {places[0]} and \
                    words[-1].text == "." and len(words) <= 5 and \
                    "\n" not in sent.text_with_ws and (sent.start == 0 or "\n" in doc[
                        sent.start - 1].text_with_ws) and sent.end < len(doc) and \
                    gazetteer.places_index().get(gazetteer.normalise(
                        self.m.entities[places[0]].name)):
                return places[0]  # "Addis Ababa. African leaders met Saturday ...": a city
                # and a stop opening a paragraph, in ordinary case (the papers of East Africa)
            opening = self._place_before_date(words) or self._byline_city(n, sent, words)
            if opening:
                return opening
            if _cut_inside_a_line(doc, sent) and words[0].i >= self.m.dateline_end:
                continue  # ("UK | Prime Minister Tony Blair joined ...": a line's first word
                # the parser split off as a sentence is no dateline)
            end = self.m.dateline_end if words[0].i < self.m.dateline_end and (
                self.m.dateline_end <= sent.end or not any(
                    t.pos_ in ("VERB", "AUX") for t in words)) else None
            # (the dateline's own sentence, or a part the parser split off, "ASTANA." /
            # "KAZINFORM -": not a headline above it, "Harper meets with Obama at OAS summit")
            if end and doc[end - 1].text == ":" and words[0].text.istitle() and \
                    sent.start <= end - 1 < sent.end:
                # "Washington : Pakistan Prime Minister ...": a city and a colon
                return self.m.place_named(" ".join(t.text for t in words if t.i < end - 1))
            for tok in (words[:4] if end is None else [t for t in words if t.i < end]):
                if tok.text in ("-", "—", "–", "--", "(") or (end is None and tok.like_num):
                    break
                if end is None and tok.is_alpha and not tok.text.isupper():
                    break  # a dateline is in capitals: "Introductory call by US ..." is none
                hyphened = _hyphened_caps(tok)
                if hyphened:  # "PORT-AU-PRINCE", "NUR-SULTAN": the whole name or nothing,
                    # never "Nūr" from its first part
                    return self.m.place_named("-".join(t.text.title() for t in hyphened))
                k = self.m.key(tok)
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if self.m.kind(k) == "country" and nxt is not None and nxt.is_alpha and \
                        nxt.text.isupper() and tok.text.isupper():
                    city = self.m.place_named(f"{tok.text.title()} {nxt.text.title()}")
                    if city:  # "PANAMA CITY -", "KUWAIT CITY -": the city, not the country
                        return city
                if end is None and nxt is not None and nxt.is_alpha and \
                        not nxt.text.isupper() and len(tok) <= 3:
                    break  # "US Secretary of State Mike Pompeo has met ...", "UK Prime
                    # Minister ...": an acronym opening a sentence is its adjective, no
                    # dateline (that ends in a comma, a dash or capitals: "LONDON, ...")
                if self.m.kind(k) in ("place", "country") and tok.text.isupper() and \
                        tok.is_alpha:  # (not "Page A14" of a print edition's line)
                    return k
                stop = end if end is not None else sent.end
                if tok.text.isupper() and tok.is_alpha and len(tok) > 2 and (
                        end is not None or tok.i == words[0].i and _then_its_country(self.m, tok)):
                    # ("JEJU, South Korea (AFP) Jul 21, 2004": a dateline with no dash)
                    run = [tok]  # "SIMI VALLEY": the whole name, never "Valley" alone
                    while run[-1].i + 1 < stop and doc[run[-1].i + 1].is_alpha and \
                            doc[run[-1].i + 1].text.isupper():
                        run.append(doc[run[-1].i + 1])
                    before = doc[tok.i - 1].sent if tok.i == words[0].i and tok.i else None
                    if before is not None and all(t.is_space or (t.is_alpha and t.text.isupper())
                                                  for t in before):
                        run = [t for t in before if not t.is_space] + run  # "ADDIS" / "ABABA,
                        # Ethiopia, June 1 -": a dateline the parser split after its first word
                    name = " ".join(t.text.title() for t in run)
                    k = self.m.place_named(name)
                    if k:  # a city the model did not tag
                        return k
                    after = run[-1].i + 2  # "CAPRI, Italy, April 19 (Reuters) -": a town
                    # the gazetteer does not know, in the country the dateline names
                    country = self.m.key(doc[after]) if after < stop and \
                        doc[run[-1].i + 1].text == "," else None
                    if self.m.kind(country) == "country":
                        return self.m.town(name, country)
                    if len(run) > 1:
                        break
            last = next((t for t in reversed(words) if not t.is_punct), None)
            if last is not None and len(words) <= 12 and any(t.ent_type_ in ("DATE", "TIME")
                                                              for t in words):
                # "September 5, 2019, 10:30, Vladivostok", and, with no verb, "New York, 24
                # September 2013": a line of place and date
                for end_tok in [last] + ([words[0]] if not any(
                        t.pos_ in ("VERB", "AUX") for t in words) else []):
                    k = self.m.key(end_tok)
                    if self.m.kind(k) == "place" and self.m.entities[k].geonames:
                        return k  # (a place the gazetteer knows: not "Sunday, April 24,
                        # 2005; Page A14", a print edition's page)
                    if self.m.kind(k) in ("person", None) and end_tok.is_alpha and \
                            end_tok.text.istitle() and not any(
                            t.ent_type_ == "PERSON" and t.i != end_tok.i for t in words):
                        k = self.m.place_named(end_tok.text)  # "July 21, 2001, Genoa": the
                        if k:  # model took the city of a line of date and place for a name,
                            # or for nothing
                            return k
        return None

    def _byline_city(self, n: int, sent: Span, words: list[Token]) -> str | None:
        """"Endy Bayuni, The Jakarta Post, Santiago": a first line of a reporter's name, the
        paper's and, last, the city the story was filed from (no verb, parts set off by
        commas)."""
        if n > 2 or not sent.text.rstrip(" ").endswith("\n") or len(words) > 12 or \
                any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        parts = " ".join(t.text_with_ws for t in words).split(",")
        if len(parts) < 3 or words[0].ent_type_ != "PERSON":
            return None
        city = " ".join(parts[-1].split())
        k = self.m.place_named(city)
        return k if k and self.m.kind(k) == "place" else None

    def _place_before_date(self, words: list[Token]) -> str | None:
        """"Accra, March 27, GNA- President ...", "Azerbaijan, Nakhchivan, March 7 / Trend /":
        a dateline in ordinary case opens its line with places, each followed by a comma,
        and then a day of the month; the most specific of them."""
        places: list[str] = []
        n = 0
        while n < len(words) and words[n].text[:1].isupper():
            run = list(itertools.takewhile(lambda t: t.text != ",", words[n:n + 4]))
            keys = {self.m.key(t) for t in run}
            k = keys.pop() if len(keys) == 1 else None  # ("New Delhi": one name, one key)
            if self.m.kind(k) not in ("place", "country") or n + len(run) >= len(words) \
                    or words[n + len(run)].text != ",":
                break
            places.append(k)
            n += len(run) + 1
        if not places or n >= len(words):
            return None
        hijri = hijri_date(self.m.doc[words[n].i:words[-1].i + 1])
        if hijri:  # "Riyadh, Sha'ban 26, 1438, May 22, 2017, SPA --"
            n += hijri
            if n >= len(words):
                return None
        date = next((d for d in self.m.dates if d.start == words[n].i), None)
        rest = words[n:]
        if date is None and len(rest) <= 5 and words[0].sent.text.endswith("\n"):
            date = rest  # "Islamabad, 17 September 2024" on a line of its own (the model
            # may call "September 2024" an event)
            value = normalise(" ".join(t.text for t in rest), self.published, self.order)
            if value is None or value.precision != "day":
                return None
        if date is None or not any(t.like_num for t in date) or \
                not any(t.is_alpha for t in date):
            return None  # ("Paris, 2024" and "Berlin, Monday, ..." are no datelines)
        return next((k for k in reversed(places) if self.m.kind(k) == "place"), places[-1])

    def _summit_elsewhere(self, filed: str) -> Event | None:
        """A summit held in the story's first sentence, placed in a country other than the
        one the story was filed from."""
        home = self.m.entities[filed].country
        first = next((s for s in self.m.doc.sents if s.text.strip()), None)
        if not home or first is None:
            return None
        return next((e for e in self.events if e.kind == "summit" and e.status == "occurred"
                     and e.place and first.start <= e.anchor < first.end and
                     self.m.entities[e.place].country not in (None, home)), None)

    def _travelled_elsewhere(self, filed: str) -> bool:
        """Whether the story's first sentences tell of a visit, trip or journey to a country
        other than the one the story was filed from ("visit ... to Fiji" under "WELLINGTON",
        "coming to Moscow" under "Prague")."""
        home = self.m.entities[filed].country  # (a country's entity carries its own code)
        if not home:
            return False
        lead = list(itertools.islice((s for s in self.m.doc.sents if s.text.strip()), 5))
        ends = lead[-1].end if lead else 0
        for tok in tokens_with(self.m.doc, _TRIPS | TRAVEL_VERBS):
            trip = tok.pos_ == "NOUN" and tok.lemma_.lower() in _TRIPS
            journey = tok.pos_ == "VERB" and tok.lemma_.lower() in TRAVEL_VERBS
            if tok.i >= ends or not (trip or journey) or modality(tok) != "occurred":
                continue  # (not "Tusk will travel to Beijing next month")
            for o in prep_objects(tok, {"to", "in"} if tok.pos_ == "VERB" else {"to"}):
                k = self.m.key(o)
                there = self.m.entities[k].country if self.m.kind(k) in ("country", "place") \
                    else None
                if there and there != home:
                    return True
        return False

    def _lead(self) -> list:
        """The lead: the first three sentences with a verb."""
        return list(itertools.islice((s for s in self.m.doc.sents
                                      if any(t.pos_ in ("VERB", "AUX") for t in s)), 3))

    def _lead_place(self) -> str | None:
        """"Today in Geneva, Deputy Secretary X announced ...", "In Brussels on Thursday,
        ...": a lead that opens with where the story happens (a city, before the first comma,
        with no verb) places the day's story as a dateline would."""
        lead = self._lead()
        for sent in lead:
            words = [t for t in sent if not t.is_space]
            comma = next((n for n, t in enumerate(words) if t.text == ","), None)
            if comma is None or comma > 7:
                continue
            opening = words[:comma]
            if any(t.pos_ in ("VERB", "AUX") for t in opening):
                continue
            places = [k for t in opening[1:] if t.doc[t.i - 1].lower_ == "in"
                      for k in [self.m.key(t)] if self.m.kind(k) == "place"]
            if places:
                return places[0]
        for sent in lead[:1]:  # "Chinese Premier Wen Jiabao said in Wellington today that
            # ...": the lead's own verb, said in a city on the story's day
            root = sent.root
            today = any(d.start >= sent.start and d.end <= sent.end and
                        d.text.lower() in ("today", "this morning", "this afternoon", "tonight")
                        for d in self.m.dates)
            places = [k for o in prep_objects(root, {"in"}) for k in [self.m.key(o)]
                      if self.m.kind(k) == "place"]
            if today and root.lemma_.lower() in ("say", "tell", "announce", "declare",
                                                 "state", "speak") and len(places) == 1:
                return places[0]  # (a saying: not "The EU summit opened today in Brussels,
                # and the AU summit ... in Addis Ababa")
        return None

    def _same_day(self) -> None:
        """"Later in the day, he met ...", "Later that day", "The same day", "That evening":
        an event with no date of its own was on the day the story told last before it."""
        for event in self.events:
            if event.date is not None or event.anchor < 0:
                continue
            sent = self.m.doc[event.anchor].sent
            if not _SAME_DAY.search(sent.text):
                continue
            told = [(d.text.lower(), v) for d in self.m.dates if d.end <= sent.start
                    for v in [normalise(d.text, self.published, self.order)]
                    if v is not None and v.precision == "day"]
            if not told:
                continue
            text, event.date = told[-1]
            # "On Thursday, 13 February, ... On Thursday afternoon, ...": the weekday told
            # again is the one its full date gave
            day = next((w for w in _WEEKDAYS if w in text), None)
            event.date = next((v for t, v in reversed(told[:-1]) if day and any(
                c.isdigit() for c in t) and _WEEKDAYS[dt.date.fromisoformat(
                    v.value).weekday()] == day), event.date)
            _discount(event, 0.8)

    def _lead_is_today(self) -> None:
        """The lead of a news item or readout reports the day's news: a meeting there with no
        date of its own ("Vladimir Putin held talks with ...", "met today with") took place
        on the article's date (at lower confidence). Only the first three sentences with a
        verb; later ones recall earlier meetings as often as not."""
        if self.published is None:
            return
        lead = self._lead()
        ends = len(self.m.doc) if self._under_a_date_line() else lead[-1].end if lead else 0
        for event in self.events:
            if event.date is not None or event.status != "occurred" or event.kind == "call" \
                    or event.anchor < 0:
                continue
            if event.anchor >= ends:
                if self._told_of_them(event) and self.m.doc[event.anchor].tag_ == "VBD":
                    # "The two leaders met before the opening of a summit", paragraphs
                    # after a lead that says on which day they forged an agreement: the
                    # story's meeting, told again, on the story's day (not "had met")
                    event.date = self._story_day(lead, event)
                    if event.date is not None:
                        _discount(event, 0.8)
                continue
            anchor = self.m.doc[event.anchor]
            their = event.kind != "summit" and any(c.dep_ == "poss" for c in anchor.children)
            told = anchor.head.head if anchor.head.lower_ in ("after", "following", "before") \
                or (their and anchor.head.lower_ in ("during", "at", "in")) or (
                    anchor.head.lower_ == "during" and event.participants) else \
                anchor.head.head if anchor.head.lower_ == "at" and _press_appearance(
                    anchor) else anchor.head  # "said Chirac at a joint press conference with
            # Schroeder": the day it was said; "a statement issued after talks on the
            # island", "During their
            # meeting at the Aiwan-e-Sadr, both sides agreed ...": their meeting, told in the
            # past, was held (not "spoke at the summit": a gathering of any day); "discussed
            # the issues during talks with X": talks with someone, while it was done
            if their and told.pos_ == "NOUN" and told.dep_ in ("pobj", "dobj"):
                told = governing_verb(told) or told  # ("spoke about differences ... in
                # his meeting with X": the parse hangs the meeting on the noun before)
            while told.dep_ == "xcomp" and told.tag_ == "VB" and told.head is not told:
                told = told.head  # ("agreed to expand trade during their talks")
                if told.dep_ == "acomp" and told.pos_ == "ADJ" and told.head.tag_ == "VBD":
                    told = told.head  # ("wasn't afraid to speak his mind in his meeting
                    # with X": the copula's past)
            if told.tag_ == "VBG" and told.dep_ in ("acl", "advcl"):
                told = told.head.head if told.dep_ == "acl" and told.head.dep_ in (
                    "nsubj", "nsubjpass") else told.head  # "Mr Blair, speaking at a press
                # conference after talks with Mr Chirac, said": the clause's own verb
            now = glad_adjective(told) and told.head.tag_ in ("VBP", "VBZ", "VBD")  # "I am glad to
            # have another meeting with X": the meeting of the moment it is said
            at_its_end = _said_at_its_end(anchor)
            if at_its_end is not None:
                told = at_its_end  # "Remarks by X at the conclusion of the Bilateral Meeting
                # with Y"
            heading = told.pos_ in ("NOUN", "PROPN") and told.lemma_.lower() in _SAID_NOUNS \
                and (anchor.head.lower_ in ("after", "following") or at_its_end is not None) \
                and not any(
                    t.pos_ in ("VERB", "AUX") and t.i != anchor.head.i for t in told.sent)
            # ("Statement by President Barroso following his meeting with ...", "Remarks by
            # the President after bilateral meeting": a statement's heading, of its day)
            headline = told.tag_ in ("VBP", "VBZ") and self._first_line is not None and \
                anchor.sent.start == self._first_line.start and \
                not anchor.sent.text.rstrip().endswith(".")  # "Singh-Gilani meeting ends": a
            # headline's present tells the day's news
            if anchor.pos_ != "VERB" and event.kind != "visit" and not now and not heading \
                    and not headline and not (told.pos_ in ("VERB", "AUX") and (
                        told.tag_ in ("VBD", "VBN") or (
                            told.tag_ in ("VBP", "VBZ") and anchor.head.lower_ in (
                                "after", "before")))):
                # ("X and Y speak to the press before a bilateral meeting": a transcript's
                # caption, the day's)
                continue  # a gathering the lead names, not one it says was held, may be
                # any day's ("ahead of the summit")
            dated = next((e for e in reversed(self.events) if 0 <= e.anchor < event.anchor
                          and e.date is not None and e.date.text != _ARTICLE_DATE and
                          e.status == "occurred" and e.kind != "call" and
                          len(set(e.participants) & set(event.participants)) >= 2), None)
            if dated is not None:  # "... hosted A and B yesterday. The leaders first met
                # separately with X and Y": the next step of that meeting, where and when it was
                event.date, event.place = dated.date, event.place or dated.place
            else:
                event.date = self._story_day(lead, event) or DateValue(
                    self.published.isoformat(), "day", _ARTICLE_DATE)
            _discount(event, 0.8)

    def _story_day(self, lead: list, event: Event) -> DateValue | None:
        """"Kenyan President Uhuru Kenyatta and his Tanzanian counterpart John Pombe Magufuli
        on Monday pledged ...": the day the lead's first sentence gives its own verb, whose
        subjects are the meeting's people, is the story's day (up to a week before
        publication), rather than the article's date."""
        for sent in lead[:2]:  # (the second when the first is a sub-headline: "U.S.,
            # Mexican presidents emphasize agreement", then "MONTERREY - Bush and Fox forged
            # agreement Monday ...")
            root = sent.root
            if root.pos_ not in ("VERB", "AUX"):
                continue
            people = {k for s in subjects(root) for t in conjuncts(s)
                      for k in self.m.resolve(t)}
            if len(people & set(event.participants)) < 2:
                continue
            date = self._date_among(root, self._date_slots(root) | {
                i for c in root.children if c.dep_ == "csubj" and c.lower_ == "visiting"
                for i in self._date_slots(c)})  # ("Visiting X and Y on Wednesday said":
            # the parse hangs the day on "Visiting")
            if date is None or date.precision != "day" or self.published is None:
                return None
            days = (self.published - dt.date.fromisoformat(date.value)).days
            return date if 0 < days <= 7 else None
        return None

    def _leaders_forums(self) -> None:
        """"on the sidelines of the Asia Pacific Economic Cooperation (APEC) forum" with two
        leaders: a gathering of a forum of states (APEC, the G20: organisations.tsv's kind
        "forum") whose people are all heads of state or government is its summit."""
        leaders = self.m.heads_named()
        for event in self.events:
            body = _body(event.organiser)
            if event.kind == "meeting" and body is not None and body.kind == "forum" and \
                    len(event.participants) >= 2 and set(event.participants) <= leaders:
                event.kind = "summit"

    def _under_a_date_line(self) -> bool:
        """"July 21, 2001, Genoa" or "29 January 2007" as an item's first line: a news item
        or transcript of that day, whose every meeting told as held, with no date of its own,
        was that day's (not only the lead's)."""
        return any(self._a_date_line(sent) for sent in self._header())

    def _header(self) -> list:
        """The sentences of a text's header: its first line, and the short lines right under
        it before the first line that ends a sentence ("Remarks with X Following Meeting with
        Y" / "Secretary Colin L. Powell" / "Itihadiya Palace" / "Cairo, Egypt" / "May 12,
        2003"), at most six lines."""
        doc = self.m.doc
        text = text_of(doc)
        out = []
        for sent in itertools.islice(doc.sents, 12):
            if not sent.text.strip():
                continue
            lines = [line for line in text[:sent.start_char].split("\n") if line.strip()]
            if len(lines) >= 6 or any(line.rstrip().endswith((".", "?", "!")) for line in lines):
                break
            out.append(sent)
        return out

    def _a_date_line(self, first) -> bool:
        """Whether a sentence is a line that gives only the article's day (and an hour)."""
        if first is None or len(first) > 12 or "\n" not in first.text_with_ws:
            return False
        words = [t for t in first if not (t.is_space or t.is_punct)]
        dated = [t for t in words if t.ent_type_ == "DATE"]
        rest = [t for t in words if t.ent_type_ not in ("DATE", "TIME") and not re.fullmatch(
            r"\d{1,2}[:.]\d{2}", t.text)]  # ("Wednesday, 19 September, 2001, 19:25 GMT 20:25
        # UK": a page's stamp of day and hour)
        if not dated or len(rest) > 3 or any(not t.text[:1].isupper() for t in rest):
            return False
        value = normalise(" ".join(t.text for t in first if t.ent_type_ == "DATE"),
                          self.published, self.order)
        return value is not None and value.precision == "day" and \
            value.value == self.published.isoformat()

    def _summits_of_two(self) -> None:
        """"the 90-minute summit with the Japanese leader": two leaders' summit, with no
        organiser, is their meeting, no gathering of many."""
        for event in self.events:
            if event.kind == "summit" and event.organiser is None and \
                    len(event.participants) == 2 and event.anchor >= 0 and len(self._people(
                        prep_objects(self.m.doc[event.anchor], {"with"}))) == 1:
                event.kind = "meeting"

    def _lead_when_where(self) -> None:
        """"France and Germany said Tuesday in Paris that ...": a wire lead whose verb says when
        and where its subjects spoke dates and places the meeting of theirs the story tells
        with neither ("following their meeting", "the Chirac-Schroeder meeting"): two or more
        of its people are the lead's subjects or hold posts of the lead's countries."""
        for sent in self._lead():  # (the first with both: not a page's "Last updated at")
            root = sent.root
            place = self._place(prep_objects(root, {"in", "at"})) if root.pos_ == "VERB" \
                else None
            # "On August 23, Premier Wen met in Zhongnanhai with some of the foreign leaders
            # ...", "Zuma on Friday met with leaders in Zimbabwe's power-sharing government":
            # a lead meeting with a group, each of whose meetings the story then tells ("When
            # meeting with Prime Minister X, Wen ..."): one of its people is the lead's
            # subject; such a lead dates them even where it names no place
            # ("held talks yesterday with Moroccan officials ... after talks with King X and
            # Prime Minister Y": talks with a group, the with on the verb or on the talks; not
            # "with the Greek and Turkish Cypriot leaders, A and B": a group it names)
            lemma = root.lemma_.lower()
            talks = [c for c in root.children if c.dep_ == "dobj" and (
                row := _noun_row(c)) and row.cls != "call"] if lemma in ("hold", "have") else []
            group = (lemma in ("meet", "receive") or bool(talks)) and any(
                (o.tag_ == "NNS" and not self._people(
                    [a for a in o.children if a.dep_ in ("appos", "conj")])) or any(
                    c.tag_ == "NNS" for c in prep_objects(o, {"of"}))
                for o in prep_objects(root, {"with"}) + [o for c in talks for o in prep_objects(
                    c, {"with"})] + ([c for c in root.children if c.dep_ == "dobj"]
                                     if not talks else []))
            date = self._date_among(root, self._date_slots(root)) if place or (
                group and root.pos_ == "VERB") else None
            if date is not None:
                break
        else:
            return
        parties: set[str] = set()
        for k in (k for t in self.m.past_dateline(subjects(root)) for k in self.m.resolve_all(t)):
            parties |= {k} if self.m.kind(k) == "person" else self.m.roles_by_holder.get(k, set())
        for event in self.events:
            if event.kind != "call" and event.status == "occurred" and (
                    not event.place or place is None) and (
                    event.date is None or event.date.text == _ARTICLE_DATE or
                    event.date.value == date.value) and \
                    event.anchor >= 0 and len(set(event.participants) & parties) >= (
                        1 if group else 2):
                event.place, event.date = place or event.place, date
                _discount(event, 0.8)

    def _from_dateline(self) -> None:
        """A meeting of the story's day with no place of its own took place where the story
        was filed, or else in the one city its headline names ("Talks in the Normandy format
        in Berlin"), read at lower confidence; a recalled earlier one did not."""
        if self.published is None:
            return
        published = self.published
        waiting = [e for e in self.events if not e.place and e.kind != "call" and
                   e.status == "occurred" and e.date is not None and e.date.precision == "day"
                   and abs((dt.date.fromisoformat(e.date.value) - published).days) <= 3]
        here = [e for e in self.events if not e.place and e.kind != "call" and e.anchor >= 0
                and e.status == "occurred" and _said_here(self.m.doc[e.anchor])]
        if here and self._dateline_place():
            for event in here:  # "their summit talks here", "met here on Monday": where the
                # story was filed, and (with no date of its own) on its day
                event.place = self._dateline_place()
                event.date = event.date or DateValue(published.isoformat(), "day", _ARTICLE_DATE)
                _discount(event, 0.8)
            waiting = [e for e in waiting if not e.place]
        if not waiting:
            return  # (the dateline is read only when an event needs it)
        filed = self._dateline_place()
        away = self._summit_elsewhere(filed) if filed else None
        if filed and (away or self._travelled_elsewhere(filed)):
            filed = None  # "WELLINGTON: ... held landmark talks ... In the historic first
            # bilateral visit by an Australian leader to Fiji": filed from elsewhere
        place = filed or (away.place if away else None) or self._lead_place() or \
            self.m.headline_place  # ("KUALA LUMPUR: At the 42nd Asean Summit in Labuan
        # Bajo, Indonesia today Anwar held discussions ...": the day's meetings were there)
        trips = self._trips() if place is None else []
        for event in waiting:
            if place and self.m.kind(place) == "country" and (
                    event.part_of is not None or self._has_sidelines(event)):
                continue  # "CANADA, November 19 - ... met X on the margins of the APEC
                # Leaders' Meeting": a country's own dateline, not where the gathering was
            event.place = place or self._visited(event, trips)
            if event.place:
                _discount(event, 0.8)

    def _city_of_the_country(self) -> None:
        """"PANAMA CITY - ... at the Summit of the Americas in Panama", "ASTANA, July 3 -
        ... during Xi's state visit to Kazakhstan": an event placed only in a country was in
        the city of that country the story was filed from (at lower confidence). Not the one
        city of it the article names: "on a visit to Ireland ... later a state dinner in Dublin
        Castle" does not say where the talks were."""
        filed = None
        for event in self.events:
            if self.m.kind(event.place) != "country" or event.status != "occurred":
                continue
            iso3 = event.place.removeprefix("country:")
            if filed is None:
                filed = self._dateline_place() or ""
            if not (filed and self.m.entities[filed].country == iso3 and
                    self.m.kind(filed) == "place"):
                continue
            event.place = filed
            _discount(event, 0.8)

    def _trips(self) -> list[tuple[Token, set[str], set[str]]]:
        """The visits the article tells that happened: (the word, its visitors, where to):
        "Blair's visit to China", "X visited Beijing", "arrived in Beijing for a three-day
        visit" (a bare arrival places the meetings of its own day only: _where_they_arrived)."""
        out = []
        for tok in tokens_with(self.m.doc, {"visit", "visits", "visited", "visiting",
                                            "arrived", "arrives", "arriving", "arrival",
                                            "landed", "lands", "landing"}):
            if tok.lemma_.lower() == "visit" and tok.pos_ == "NOUN" and (
                    tok.tag_ == "NNS" or any(c.lower_ in _EARLIER for c in tok.children)):
                continue  # "the results of his recent visits to Kazakhstan and Turkmenistan":
                # trips before this one, not where its meetings were
            if tok.lemma_.lower() == "visit" and (tok.pos_ == "NOUN" or (
                    tok.pos_ == "PROPN" and tok.dep_ == "dobj")):  # ("paid an Official Visit")
                visitors = [c for c in tok.children if c.dep_ == "poss"]
                if not visitors and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
                        "pay", "make", "undertake"):
                    visitors = [tok.head.head if s.tag_ == "WP" and tok.head.dep_ == "relcl"
                                else s
                                for s in subjects(tok.head)]  # "X, who paid an Official
                    # Visit to Japan", "X is paying a state visit to Japan"
                where = prep_objects(tok, {"to"}) or ([
                    o for c in tok.head.children if c.dep_ in ("dative", "prep") and
                    c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
                    if tok.dep_ == "dobj" else [])  # (the parse may hang "to" on "paid")
            elif tok.lemma_.lower() == "visit" and tok.pos_ == "VERB":
                visitors = subjects(tok)
                where = [c for c in tok.children if c.dep_ == "dobj"]
            elif tok.lemma_.lower() in ("arrive", "arrival", "land", "landing") and any(
                    o.lemma_.lower() in ("visit", "trip", "tour")
                    for o in prep_objects(tok, {"for", "on"})):
                visitors = subjects(tok) if tok.pos_ == "VERB" else [
                    c for c in tok.children if c.dep_ == "poss"]
                where = prep_objects(tok, {"in", "at"})
            else:
                continue
            if modality(tok) == "occurred":
                out.append((tok, set(self._people(visitors)), {
                    k for t in where for k in [self.m.key(t)]
                    if self.m.kind(k) in ("place", "country")}))
        return out

    def _visited(self, event: Event, trips: list[tuple[Token, set[str], set[str]]]
                 ) -> str | None:
        """"on the second day of Blair's visit to China ... pleased to see Blair again in
        Beijing", "Blair arrived in Beijing for a visit": where a participant of a meeting
        with no place of its own was visiting (`_trips`): the one place the trip names, or
        the one city of the visited country the article names, else that country."""
        found = {k for tok, visitors, where in trips
                 if visitors & set(event.participants) and self._this_trip(tok, event)
                 for k in where}
        if len(found) != 1:
            return None
        place = found.pop()
        if self.m.kind(place) == "country":
            iso3 = place.removeprefix("country:")
            cities = {k for k, e in self.m.entities.items() if e.kind == "place" and
                      e.country == iso3 and e.geonames}
            if len(cities) == 1:
                return cities.pop()
        return place

    def _this_trip(self, visit: Token, event: Event) -> bool:
        """Whether a visit is the trip of an event's day: not "Jiang's visit to Britain in
        1999", "his previous visit to China" (a date in its sentence that is not the event's
        day, or recalled)."""
        if any(c.lower_ in ("previous", "last", "earlier", "former", "past", "first")
               for c in visit.children if c.dep_ == "amod"):
            return False
        day = dt.date.fromisoformat(event.date.value) if event.date is not None and \
            event.date.precision == "day" else None
        for span in self.m.dates:
            if not visit.sent.start <= span.start < visit.sent.end:
                continue  # (the sentence's: "recalled Hu's visit to Britain in 1999")
            value = normalise(span.text, self.published, self.order)
            if value is None:
                continue  # ("three-day": a length, no date)
            if value.precision != "day" or day is None or abs(
                    (dt.date.fromisoformat(value.value) - day).days) > 3:
                return False
        return True

    def _worth_keeping(self, e: Event) -> bool:
        if e.kind == "summit":
            return bool(e.participants or e.place or e.organiser or e.date)
        return len(e.participants) >= 2


_TRIP_VERBS = ("arrive", "land", "fly", "travel", "come")
_TRIP_NOUNS = {"arrival", "stop", "stopover", "visit"}


def _trip_mark(tok: Token) -> bool:
    """A word that tells a traveller reached somewhere: a verb of travel, "Upon arrival in X",
    "During a brief refuelling stop in Asmara", "X paid a state visit to India"."""
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in _TRIP_VERBS
    if tok.lower_ == "visit":
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("pay", "make")
    return tok.lower_ in _TRIP_NOUNS and tok.dep_ == "pobj"


_SUMMITING = {"forum", "alliance", "bloc", "intergovernmental"}  # kinds of body whose
# leaders' gatherings are summits (organisations.tsv)
_BUILDINGS = {"palace", "house", "hall", "hotel", "residence", "castle", "building", "villa",
              "lodge", "mansion", "guesthouse", "centre", "center"}


_LED_GROUPS = {"delegation", "team", "group", "mission", "party", "entourage", "contingent"}


def _leaders_of_group(tokens: list[Token]) -> list[Token]:
    """The people who lead a group: "a Russian delegation led (headed) by X and Y"."""
    return [c for tok in tokens if tok.lemma_.lower() in _LED_GROUPS
            for verb in tok.children if verb.dep_ == "acl" and verb.lemma_.lower() in (
                "lead", "head")
            for a in verb.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj" for c in conjuncts(o)]


def _venue_goes_on(tok: Token) -> list[Token]:
    """"received him at his official residence, Aguda House, inside the Presidential Villa,
    Abuja on Sunday": the further parts of a venue phrase, set off by commas after the object
    of "at" or "in" (up to four, each a noun phrase, maybe after "in", "inside", "within", that
    ends at a comma, the sentence's end or a preposition).
    Read from the words, not the parse: the small model hangs these parts anywhere."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
        return []
    doc, out = tok.doc, []
    i, end = tok.right_edge.i + 1, tok.sent.end
    for _ in range(4):
        if i + 1 >= end or doc[i].text != ",":
            break
        i += 1 + (doc[i + 1].lower_ in ("in", "inside", "within"))
        part = []
        while i < end and doc[i].pos_ in ("DET", "PROPN", "NOUN", "ADJ") and \
                doc[i].text not in (",", ";"):
            part.append(doc[i])
            i += 1
        if not part or (i < end and doc[i].pos_ != "ADP" and not doc[i].is_punct) or (
                i < end and doc[i].text in ("'s", "’s")):
            break  # (not a clause's subject: ", China's foreign ministry said")
        out += part
    return out


def _body(key: str | None) -> gazetteer.Organisation | None:
    """The gazetteer's organisation of an entity key ("org:UN"), if it is one."""
    return gazetteer.load().organisations.get(key.removeprefix("org:")) \
        if key and key.startswith("org:") else None


def _then_its_country(m, tok: Token) -> bool:
    """"JEJU, South Korea", "DAR ES SALAAM, Tanzania": words in capitals, a comma and a
    country."""
    doc = tok.doc
    while tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha and doc[tok.i + 1].text.isupper():
        tok = doc[tok.i + 1]
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and \
        m.kind(m.key(doc[tok.i + 2])) == "country"


def _said_here(tok: Token) -> bool:
    """"their summit talks here", "the leaders met here": "here" on the event's word or its
    verb."""
    return any(c.lower_ == "here" and c.dep_ == "advmod" for t in (tok, tok.head)
               for c in t.children) or (tok.dep_ == "pobj" and any(
                   c.lower_ == "here" for c in tok.head.head.children))


def _gerund_noun(tok: Token) -> bool:
    """"attended the Chirac-Schroeder meeting": a gerund the small model tags a verb (or a
    word it tags an adjective) is the noun when an article or a possessive stands before it
    and it stands where a noun does."""
    return tok.tag_ in ("VBG", "JJ") and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
        and any(c.dep_ in ("det", "poss") for c in tok.lefts)  # (and an adjective the model
    # tags where a noun stands: "held a bilateral with X", "ahead of their formal bilateral")


def _hyphened_caps(tok: Token) -> list[Token]:
    """"PORT-AU-PRINCE": the capitalised words a dateline joins by hyphens with no space,
    from `tok`; [] when it is not the first of such a name."""
    doc = tok.doc
    run = [tok]
    while run[-1].i + 2 < len(doc) and not run[-1].whitespace_ and \
            doc[run[-1].i + 1].text == "-" and not doc[run[-1].i + 1].whitespace_ and \
            doc[run[-1].i + 2].is_alpha and doc[run[-1].i + 2].text.isupper():
        run.append(doc[run[-1].i + 2])
    return run if len(run) > 1 and tok.text.isupper() and tok.is_alpha else []


_INVOLVING = {"involve", "bring", "gather", "include", "feature"}


def _denies_other(host: Token, noun: Token) -> bool:
    """"agreed to deny sanctuary to terrorists ... after talks": a verb of denial, not a
    negation, with the gathering as the time it is told by; it denies something else, not the
    talks ("did not meet X after the talks" denies the meeting)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _TIME_TOLD and \
        host.lemma_.lower() not in VERBS and modality(host) == "denied" and \
        not any(c.dep_ == "neg" for c in host.children)


def _involving(noun: Token, told: bool = True) -> list[Token]:
    """"the meeting involving the Secretary-General and the Presidents of ...": the people a
    participle of involving or bringing together names; so too the objects of a verb the
    gathering is the subject of ("The talks included X and Y", "The meeting involved X",
    "The meeting was expanded to include X"), unless `told` is False (a sentence about a
    gathering told before still speaks of that one)."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _INVOLVING]
    if told and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _INVOLVING:
        verbs.append(noun.head)  # (not "was to involve", "planned to include": intended)
    elif told and noun.dep_ in ("nsubj", "nsubjpass"):
        verbs += [x for x in noun.head.children if x.dep_ in ("xcomp", "advcl") and
                  x.lemma_.lower() in _INVOLVING and noun.head.lemma_.lower() in (
                      "expand", "widen", "broaden", "enlarge", "extend")]
    return [o for c in verbs for o in c.children if o.dep_ in ("dobj", "pobj")]


def _listed_after(group: Token) -> list[Token]:
    """"with several of his counterparts, including HE A, Foreign Minister of X; HE B, ...;
    HE C, ...": a list after "including" that runs to the end of its sentence with no verb
    in it is all examples of the group, however the parse splits it at the semicolons
    (the small model makes a later name the sentence's root)."""
    out: list[Token] = []
    for prep in (c for c in group.children if c.dep_ == "prep" and c.lower_ == "including"):
        rest = prep.doc[prep.i + 1:prep.sent.end]
        if any(t.lower_ == ";" for t in rest) and not any(
                t.pos_ in ("VERB", "AUX") for t in rest):
            out += [t for t in rest if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    return out


def _state_code(tok: Token) -> bool:
    """"New York, NY", "Washington, D.C.", "Austin, Tex.": a state's short form after a city
    and a comma (a place line's second part, no other place)."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "," and (
        re.fullmatch(r"[A-Z]{2}|(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.", tok.text) is not None)


def _cut_inside_a_line(doc: Doc, sent: Span) -> bool:
    """Whether the parser ended a sentence inside a line: the next token follows on the same
    line, with no stop, colon or dash before it."""
    last = doc[sent.end - 1]
    return sent.end < len(doc) and "\n" not in last.text_with_ws and \
        last.text not in (".", "!", "?", ":", "-", "—", "–", "--", ")") and \
        not doc[sent.end].is_space


def _being_in(verb: Token) -> Token | None:
    """"X is currently in Bishkek ... for attending an informal summit": the "be" whose
    "in" says where the subject was, over the phrases the verb hangs in."""
    current = verb
    for _ in range(5):
        if current.dep_ not in ("pcomp", "prep", "conj", "advcl", "xcomp") or \
                current.head is current:
            return None
        current = current.head
        if current.lemma_.lower() == "be" and current.pos_ in ("AUX", "VERB"):
            return current if prep_objects(current, {"in"}) else None
    return None


_JOURNEYS = TRAVEL_VERBS - {"return", "go", "head"}  # (not "after returning to Delhi")
_ON_ARRIVAL = ("after", "upon", "on")


def _arrival(verb: Token) -> Token | None:
    """"held talks with Mugabe after he flew to Harare on Monday", "met X upon arriving in
    Y": the journey told in a clause on the meeting's verb, which ended where (and on the day)
    the meeting was."""
    for c in verb.children:  # "after he flew to Harare": a clause
        if c.dep_ == "advcl" and c.lemma_.lower() in _JOURNEYS and any(
                m.dep_ == "mark" and m.lower_ in _ON_ARRIVAL for m in c.children):
            return c
    for c in verb.children:  # "upon arriving in Vladivostok": a gerund after a preposition
        if c.dep_ == "prep" and c.lower_ in _ON_ARRIVAL:
            gerund = next((g for g in c.children if g.dep_ == "pcomp"), None)
            if gerund is not None and gerund.lemma_.lower() in _JOURNEYS:
                return gerund
    return None


def _one_each(word: Token, subs: list[str], others: list[str]) -> list[list[str]]:
    """"met separately with A and B", "met respectively with A and B", "held separate talks
    with A and B", "A and B met separately with C", "held bilateral talks with A and B", "had
    meetings with A, B and C": one meeting each, not one of all."""
    separate = any(c.lower_ in ("separately", "individually", "respectively") and
                   c.dep_ == "advmod" for c in word.children) or any(c.lower_ in ("separate", "bilateral")
                                                  and c.dep_ == "amod"
                                                  for c in word.children) or (
        word.lower_ in ("meetings", "conferences"))  # "bilateral talks with A and B" (a
    # bilateral has two sides), "held meetings with A and B", "during press conferences
    # with A and B": one each
    verb = word if word.pos_ == "VERB" else word.head if word.dep_ == "dobj" and \
        word.tag_ == "NNS" else None
    named = [t for s in subjects(verb) for t in conjuncts(s)] if verb is not None else []
    # ("A, B and C held separate meetings with D": the verb's subjects; but "A and B held a
    # separate meeting with C" is one, apart from another)
    if separate and len(subs) >= 2 and others and len(named) >= 2:  # (names, not "the
        # leaders": who those are may be guessed wrong, and a guess split is worse)
        return [[s] + others for s in subs]
    if separate and len(others) >= 2 and subs:
        return [subs + [o] for o in others]
    return [subs + others]


def _credentials(noun: Token) -> list[Token]:
    """"the credentials of X", "the letters of credence of (from) X", "a copy of the
    credentials of X": the one whose credentials they are ([] for other nouns)."""
    if noun.lemma_.lower() == "copy":
        noun = next(iter(prep_objects(noun, {"of"})), noun)
    lemma = noun.lemma_.lower()
    if lemma == "letter":
        if not any(o.lemma_.lower() == "credence" for o in prep_objects(noun, {"of"})):
            return []
        return [o for c in [noun] + prep_objects(noun, {"of"})
                for o in prep_objects(c, {"of", "from"}) if o.lemma_.lower() != "credence"]
    if lemma not in ("credential", "credentials"):
        return []
    return prep_objects(noun, {"of", "from"})


def _trailing(noun: Token) -> list[Token]:
    """"recalled his meeting with X in Paris on Monday", "recalled their meeting in Lviv last
    month with Y": the "in", "on", "at" (and, after a possessive, "with") phrases and the days
    right after an object's phrase, which the parse hangs on the verb but which tell the
    object's place, day and partners."""
    out: list[Token] = []
    end = noun.right_edge.i
    preps = ("in", "on", "at") + (("with",) if any(
        c.dep_ == "poss" for c in noun.children) else ())
    for c in (c for c in noun.head.rights if c.i > noun.i):
        if c.left_edge.i != end + 1 or not (c.dep_ == "prep" and c.lower_ in preps or
                                  c.dep_ == "npadvmod" and c.ent_type_ == "DATE"):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def _cohosted(verb: Token) -> Token:
    """"The Forum was co-hosted by A and B": the tokenizer splits "co-hosted" and the parse
    makes "co" the verb; the verb is the word after the hyphen."""
    doc = verb.doc
    if verb.lower_ == "co" and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "-":
        return doc[verb.i + 2]
    return verb


def _gathering(event: Event) -> bool:
    """A summit, or a body's meeting of three or more ("a meeting of G20 foreign ministers")."""
    return event.kind == "summit" or (event.kind == "meeting" and bool(event.organiser) and
                                      len(event.participants) >= 3)


def _framed_by(verb: Token) -> list[Token]:
    """"As part of the participation in the 76th session of the UN General Assembly in New
    York, X met Y", "Within the framework of the visit to Astana, ...", "On the occasion of
    the summit, ...": the gathering (or place) the talks were part of."""
    frames = [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in (
        "as", "in", "within", "on", "during") for o in prep.children if o.dep_ == "pobj"
        and o.lemma_.lower() in ("part", "framework", "occasion", "course", "context")]
    out = [o for f in frames for o in prep_objects(f, {"of"})]
    out += [t for o in list(out) if o.lemma_.lower() in ("participation", "attendance", "visit",
                                                        "trip", "stay")
            for t in prep_objects(o, {"in", "at", "to", "for"})]
    return out


def _visiting(verb: Token, subs: list[Token]) -> list[Token]:
    """Where they were: "Modi, visiting Beijing, met Xi", "Visiting Tokyo, Biden met ...",
    "Mr. Kono, who is visiting Washington D.C., held a meeting with ...", "Trudeau, who is
    in Lima for the summit, met ...", "met X while in Lima"."""
    holders = [verb] + subs  # (past a dateline: "MOSCOW (AP) – X, who is in ..., met")
    visited = [t for h in holders for c in h.children
               if c.dep_ in ("acl", "advcl", "relcl") and c.lemma_.lower() in ("visit", "tour")
               and modality(c) == "occurred" for o in c.children if o.dep_ == "dobj"
               for t in [o] + [k for k in o.children if k.dep_ == "compound"]]
    # ("Washington D.C.": the model hangs the city on the "D.C.")
    were_in = [o for h in holders for c in h.children if c.dep_ in ("relcl", "acl")
               and c.lemma_.lower() == "be" and modality(c) == "occurred"
               for o in prep_objects(c, {"in"}) + _on_a_trip_to(c) if _a_city(o)]
    # "who is in Lima", "who is on the working visit in Moscow"
    were_in += [p for h in holders for c in h.children if c.dep_ in ("relcl", "acl", "advcl")
                and c.lemma_.lower() == "attend" and modality(c) == "occurred"
                for o in c.children if o.dep_ == "dobj"
                for p in [t for x in [o] + prep_objects(o, {"of"}) for t in prep_objects(
                    x, {"in"})] if _a_city(p)]  # "X, who was attending the Ministerial Meeting
    # of APEC in Pusan, met ...", "attending the summit in Lima, X met ..."
    on_trip = [o for h in holders for o in _on_a_trip_to(h)
               if _a_city(o)]  # "Tokayev, on a working visit to Moscow, met ..."
    while_in = [o for c in verb.children if c.dep_ == "advcl" and c.lower_ == "in" and any(
        m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
        for o in c.children if o.dep_ == "pobj" and _a_city(o)]  # "while in Lima": the
    # model makes the preposition a clause
    return visited + were_in + on_trip + while_in


_TRIPS = {"visit", "trip", "tour"}


def _on_a_trip_to(token: Token) -> list[Token]:
    """"on a working visit in Moscow", "on an official trip to Tokyo": where the trip is."""
    return [p for v in prep_objects(token, {"on"}) if v.lemma_.lower() in _TRIPS
            for p in prep_objects(v, {"in", "to"})]


def _a_city(token: Token) -> bool:
    """A place name that is no country: "who is in Uzbekistan on a state visit" says less
    than the dateline's "Tashkent"."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") and \
        gazetteer.load().country_by_name(token.text) is None


def _names_as(verb: Token) -> bool:
    """"called Lapid a weak leader", "called the plan the greatest threat": "call" with an
    object and a noun phrase for it (an object complement, or the apposition the parse makes
    of it, with no comma), not a call placed."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "oprd")):
        nxt = obj.i + 1
        if nxt >= len(obj.doc) or obj.doc[nxt].lower_ not in ("a", "an", "the"):
            continue
        head = obj.doc[nxt].head
        if head.i > nxt and head.dep_ in ("oprd", "appos", "dobj", "attr") and \
                head.ent_type_ not in ("DATE", "TIME") and \
                head.lemma_.lower() not in TIME_NOUNS:
            return True
    return False


def _remote(verb: Token) -> bool:
    """"by phone", "by video message", "via video link", "virtually": not in person."""
    return any(t.lower_ in _REMOTE for o in prep_objects(verb, {"by", "over", "via"})
               for t in o.subtree) or any(
        c.dep_ == "advmod" and c.lower_ in ("virtually", "remotely") for c in verb.children)


def _held_remotely(verb: Token) -> bool:
    """A meeting verb whose object is a remote exchange: "held a telephone talk with", "the
    phone call she held with", "held a videoconference with"."""
    held = [c for c in verb.children if c.dep_ == "dobj"] + (
        [verb.head] if verb.dep_ == "relcl" else [])
    return any(o.lower_ in _REMOTE or any(c.dep_ in ("compound", "amod") and
                                          c.lower_ in _REMOTE for c in o.children)
               for o in held)


def _last_meeting(merged: list[Event], event: Event,
                  fits: Callable[[Event], bool]) -> Event | None:
    """The meeting told last before `event`, of its status, on a date that agrees, that
    fits."""
    return next((e for e in reversed(merged) if e.kind == "meeting" and
                 e.status == event.status and _dates_agree(e.date, event.date) and fits(e)),
                None)


def _discount(event: Event, factor: float) -> None:
    """Lower the confidence of an event's evidence: a place or date inferred, not read."""
    event.evidence = [type(ev)(ev.sentence, ev.start, ev.end, round(ev.confidence * factor, 2))
                      for ev in event.evidence]


def _days_after(first: DateValue, then: DateValue, most: int) -> bool:
    """Whether a day is one to `most` days after another (both given to the day)."""
    if first.precision != "day" or then.precision != "day":
        return False
    days = (dt.date.fromisoformat(then.value) - dt.date.fromisoformat(first.value)).days
    return 0 < days <= most


def _stay_told(arrival: Token, anchor: Token, arrived: DateValue, met: DateValue) -> bool:
    """Whether an arrival told in a clause on the meeting sentence's subject ("X, who
    arrived in Washington on Saturday, met Y on Monday") was up to a week before the day of
    the meeting."""
    verb = arrival if arrival.pos_ == "VERB" else arrival.head
    return verb.dep_ == "relcl" and arrival.sent.start == anchor.sent.start and \
        _days_after(arrived, met, 7)


def _in_presence_of(verb: Token) -> list[Token]:
    """"X conferred with Y, in the presence of Minister Z and ...": who was present at the
    verb's meeting (the phrase may hang on the verb or on the name before it)."""
    found = []
    for t in verb.subtree:
        if t.lower_ == "presence" and t.dep_ == "pobj" and t.head.lower_ == "in":
            at = t.head.head
            while at.dep_ != "ROOT" and at.pos_ not in ("VERB", "AUX"):
                at = at.head
            if at.i == verb.i:
                found += [c for o in prep_objects(t, {"of"}) for c in conjuncts(o)]
    return found


def _said_at_its_end(noun: Token) -> Token | None:
    """"(Remarks by X) at the conclusion of the Meeting with Y": the word the part of the
    gathering ("conclusion", "end", "close") is the time of, if the noun is in one."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is None or part.lemma_.lower() not in _PARTS or part.dep_ != "pobj" or \
            part.head.lower_ not in ("at", "on"):
        return None
    return part.head.head


def _press_appearance(noun: Token) -> bool:
    """"a joint press conference", "a news conference", "a press availability": an appearance
    before the press, held when what was said at it was said."""
    return noun.lemma_.lower() in ("conference", "availability", "briefing") and any(
        c.lower_ in ("press", "news", "media") for c in noun.children if c.dep_ in (
            "compound", "amod"))


def _all_of_the_summit(a: Event, b: Event) -> bool:
    """"... held the third trilateral summit ... King Abdullah welcomed President El Sisi and
    Prime Minister Kadhimi to Jordan": three or more of a summit's people, all but one of them
    at most, meeting are the summit itself, not a meeting on its sidelines (a bilateral is
    two)."""
    summit, other = (a, b) if a.kind == "summit" else (b, a)
    people = set(other.participants)
    return other.kind != "summit" and len(people) >= 3 and people <= set(
        summit.participants) and len(summit.participants) - len(people) <= 1


def _dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _precise(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    if a is None or b is None:
        return a or b
    return a if len(a.value) >= len(b.value) else b
