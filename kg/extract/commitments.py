"""Commitments: agreements, pledges, threats, demands (and conditions) and goals.

Verb triggers ("agreed with", "pledged", "threatened", "demanded") and noun triggers ("the
goal of ...", "Putin's conditions for ...") give the actor (the subject, or the owner of the
noun), the target, the content trimmed to the committed thing, a condition ("if ..."),
the date and the event it was made at. Kinds (also in the ontology's comments):

- agreement: two or more parties commit to something together ("agreed with", "signed a deal")
- pledge: one party commits itself to a future act ("agreed to admit", "pledged $1bn")
- threat: a party says it will act against another, usually unless something happens
- demand: a party requires something of another ("demanded", "called on", "conditions")
- goal: a party's stated aim ("the goal of joining NATO", "aims to")
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg import directory, lexicon
from kg.extract.clauses import (
    SPEECH_VERBS,
    condition_clauses,
    date_near,
    modality,
    prep_objects,
    span_text,
    subjects,
    subtree_without,
)
from kg.extract.mentions import LEADER_NOUNS, Mentions, conjuncts, evidence_for
from kg.extract.model import Commitment, Event
from kg.extract.tokens import tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Token

_MEASURES = {"sanction", "measure", "penalty", "tariff", "restriction", "cost", "consequence",
             "response", "action", "strike", "retaliation", "embargo", "fire"}  # a threat's own means
_TIES = {"cooperation", "co-operation", "tie", "relation", "partnership", "trade", "dialogue",
         "engagement", "coordination", "collaboration", "contact"}  # (lemmas)
OWNED = {"commitment", "support", "pledge", "solidarity", "promise", "backing"}  # X's ...
HELP_VERBS = {"help", "support", "assist", "aid", "enable", "allow"}  # a pledge's purpose
AGREEMENT_NOUNS = {"agreement", "deal", "treaty", "accord", "pact", "memorandum",
                   "declaration", "contract", "arrangement", "ceasefire", "truce", "protocol",
                   "convention", "charter", "communique", "statement", "roadmap", "framework",
                   "consensus", "understanding", "partnership"}  # "reached (a) consensus /
# an understanding on", "signed the Fiji-Australia Vuvale Partnership"
_LEX = lexicon.load()
VERBS = _LEX.commitments("verb")  # kg/data/predicates.tsv: lemma -> its row
ADJS = _LEX.commitments("adj")
NOUNS = _LEX.commitments("noun")
TRIGGERS = set(VERBS) | set(ADJS) | set(NOUNS)  # lemmas a commitment starts from
ACTOR_KINDS = {"person", "country", "organisation"}
_RULED_BY = {"government", "regime", "administration", "junta"}  # "the Assad regime"
WISH_VERBS = {"want", "wish", "ask", "urge", "expect", "hope", "need", "press", "call", "demand",
              "invite", "encourage", "request", "would", "like"}


_GIVING = {"pledge", "donate", "announce", "promise", "provide", "commit", "give", "offer"}
_DONOR_GATHERINGS = {"conference", "meeting", "appeal"}
_DONATIONS = {"donation", "contribution", "aid", "assistance", "funding", "grant", "pledge"}
_DOCUMENTS = {"statement", "communique", "communiqué", "declaration", "readout", "letter"}
_SAYING = SPEECH_VERBS | {"make", "underline", "reiterate", "repeat"}  # "make it clear"


def _obliged(verb: Token) -> bool:
    """"must undertake", "should provide": a duty put on the subject, no promise of its."""
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)


_READINESS = {"ready", "prepared", "willing"}


_COURTESIES = {"thank", "congratulate", "welcome", "commend", "express", "say", "begin",
               "start", "acknowledge", "recognise", "recognize", "pay", "extend", "convey",
               "emphasise", "emphasize", "stress", "underline", "note", "reiterate", "add",
               "salute", "praise", "apologise", "apologize", "join"}  # "I want to thank ..."
_PROMISING = {"will", "would", "shall", "'ll"}  # the modals of a promise in a "that" clause


def _concurring(clause: Token) -> bool:
    """"The German leader also agreed that a new resolution is indispensable": one side
    agreeing that something is so concurs in a view and promises nothing (but "agreed that
    it would withdraw" promises; "agreed to withdraw" is no "that" clause)."""
    return clause.dep_ == "ccomp" and not any(
        a.dep_ == "aux" and a.lower_ in _PROMISING for a in clause.children)


def _punitive(verb: Token) -> bool:
    """"impose sanctions", "retaliate", "take further measures": a deed that punishes (an
    "action" only against someone or military: not "initiate immediate action on
    intelligence exchanges")."""
    return verb.lemma_.lower() in ("impose", "retaliate", "punish") or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEASURES and (
            c.lemma_.lower() != "action" or prep_objects(c, {"against"}) or any(
                a.lower_ in ("military", "punitive", "retaliatory") for a in c.children))
        for c in verb.children)


_FORESEEING = {"expect", "predict", "forecast", "believe", "think", "fear", "doubt", "speculate",
               "estimate", "suspect", "wonder", "guess", "anticipate", "project", "bet"}
_ONLOOKERS = {"analyst", "expert", "observer", "critic", "economist", "commentator", "pundit",
              "poll", "survey", "forecaster", "investor", "market", "trader", "scholar"}


def _foreseen(verb: Token) -> bool:
    """"Analysts say China will expand its influence", "Few expect that Iran will resume
    talks", "unclear whether Iran will resume talks": a future someone foresees or asks about,
    not one the subject promises."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ != "ccomp" or head is verb:
        return False
    return head.lemma_.lower() in _FORESEEING or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _ONLOOKERS for c in head.children)


_VAGUE = {"thing", "everything", "much", "lot", "issue", "matter", "point", "question", "lots"}


def _views_only(content: list[Token]) -> bool:
    """"agree on most things", "agreed on many issues": what two agree on is only a vague
    quantity of matters, no deed and no subject; views shared, not a commitment."""
    heads = [t for t in content if t.head not in content or t.head is t]
    return bool(heads) and all(h.lemma_.lower() in _VAGUE and not any(
        c.dep_ in ("prep", "relcl", "acl", "ccomp") for c in h.children) for h in heads)


def _a_tie(noun: Token) -> bool:
    """A relation between parties: "cooperation", "trade talks", "trade volume"."""
    return noun.lemma_.lower() in _TIES | {"talk", "negotiation"} or any(
        c.dep_ == "compound" and c.lemma_.lower() in _TIES for c in noun.children)


def _needs_met(word: Token, row: lexicon.Predicate) -> bool:
    """Whether the words around a trigger give what its row needs (any one need)."""
    needs = [n for n in row.needs if not n.startswith("frame:")]
    if not needs:
        return True
    children = list(word.children)
    for need in needs:
        kind, _, value = need.partition(":")
        if kind == "aux" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == value
                                 for c in children) and not _foreseen(word):
            return True
        if kind == "prep" and any(c.dep_ in ("prep", "agent") and c.lower_ == value
                                  for c in children):
            return True
        if kind == "dep" and any(c.dep_ == value for c in children):
            return True
        if kind == "object" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() ==
                                    value for c in children):
            return True
        if kind == "clause" and any(t.lemma_.lower() == value or t.lower_ == value
                                    for t in word.subtree):
            return True
        if kind == "money" and any(t.ent_type_ == "MONEY" for t in word.subtree):
            return True
        if kind == "head" and word.head.lemma_.lower() == value:
            return True
    return False


def _with_owners(nouns: list[Token]) -> list[Token]:
    """Target nouns and whose they are: "ASEAN centrality", "Ukrainian sovereignty",
    "Ukraine Britain's support" (the compound on a possessive: a double object misread)."""
    out = list(nouns)
    for noun in nouns:
        given = noun.lemma_.lower() in OWNED or any(t.ent_type_ == "MONEY" for t in noun.subtree)
        # ("Britain's support", "U.S. support": the giver; "U.S. dollars": a currency)
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < noun.i and \
                    not given:
                out.append(child)  # "support Taiwan's democracy", "ASEAN centrality"
            if child.dep_ == "poss":
                out.extend(c for c in child.children if c.dep_ == "compound")
    return out


_ARRANGEMENTS = {"partnership", "agreement", "framework", "treaty", "accord", "accords",
                 "declaration", "corridor", "initiative", "plan", "deal", "pact", "process",
                 "dialogue", "mechanism", "format", "strategy", "roadmap", "charter",
                 "protocol", "programme", "program", "project", "understanding"}

_ASKING_MODALS = {"must", "should", "shall", "ought", "need"}  # "insisted that X must ..."


class CommitmentReader:
    def __init__(self, mentions: Mentions, published: dt.date | None, order: str | None,
                 events_by_token: dict[int, Event]):
        self.m = mentions
        self.published = published
        self.order = order
        self.events_by_token = events_by_token
        self.found: list[Commitment] = []
        self._spans: dict[int, tuple[int, set[int]]] = {}  # id -> (trigger, content tokens)

    def _actors(self, tokens: list[Token]) -> list[str]:
        out: list[str] = []
        for tok in self.m.past_dateline(tokens):
            keys = [k for k in map(self.m.state_of, self.m.resolve_all(tok))
                    if self.m.kind(k) in ACTOR_KINDS]
            # "Obama and his Mexican counterpart, Enrique Peña Nieto, have pledged": the name
            # in apposition to a conjunct that names no one
            keys += [k for c in conjuncts(tok) if c.pos_ == "NOUN" and not self.m.key(c)
                     for a in c.children if a.dep_ == "appos"
                     for k in self.m.resolve_all(a) if self.m.kind(k) in ACTOR_KINDS
                     and k not in keys]
            keys += [k for t in tok.subtree if t.dep_ == "nmod" and t.i < tok.i and any(
                c.dep_ == "cc" for c in t.children) for k in [self.m.key(t)]
                if self.m.kind(k) == "person" and k not in keys]  # "Prime Minister Julia
            # Gillard and PNG Prime Minister Peter O'Neill have signed": the small model may
            # hang the first name, with its "and", on the second as a modifier
            if not keys and tok.pos_ == "NOUN":
                # "Donors, including Japan and Norway, committed ...", "the donor community,
                # particularly the US and Japan, had committed ...": the group's named members
                keys = self._actors(_examples(tok))
            out += [k for k in keys if k not in out]
        return out

    def _arrangement(self, key: str) -> bool:
        """"commitment to the All-Weather Strategic Cooperative Partnership with China", "to the
        Windsor Framework": a named partnership, agreement or framework is what a commitment
        is to, never whom it is made to."""
        entity = self.m.entities.get(key)
        return entity is not None and entity.kind == "organisation" and \
            entity.name.split()[-1].lower() in _ARRANGEMENTS

    def _own_countries(self, actors: list[str]) -> set[str]:
        """The actors' own countries: a country actor, the country of a post the article
        gives an actor, or of the office the directory says an actor held on its date."""
        own = {a for a in actors if self.m.kind(a) == "country"}
        own |= {k for k, people in self.m.roles_by_holder.items() if people & set(actors)}
        known, day = directory.load(), self.published
        for a in actors:
            entity = self.m.entities.get(a)
            term = known.person(entity.name, day) if entity is not None and day and \
                entity.kind == "person" else None
            own |= {f"country:{t.holder}" for t in (known.offices_of(term) if term else [])
                    if t.covers(day.isoformat())}
        return own

    def _entities_in(self, tokens: list[Token], exclude: list[str]) -> list[str]:
        out: list[str] = []
        exclude_set = set(exclude)
        holders: dict[int, str] = {}  # "promised the Turkish president": the post's holder
        for tok in tokens:
            if not self.m.key(tok) and tok.pos_ == "NOUN" and tok.tag_ == "NN" and \
                    tok.dep_ in ("dobj", "dative", "pobj") and \
                    tok.lemma_.lower() in LEADER_NOUNS and any(
                        c.i in self.m.demonym for c in tok.children):
                people = [k for k in self.m.resolve(tok) if self.m.kind(k) == "person"]
                if len(people) == 1:
                    holders[tok.i] = people[0]
        for tok in tokens:
            if tok.head.i in holders and tok.i in self.m.demonym:
                continue  # (the post's country word: the holder stands for it)
            k = holders.get(tok.i) or self.m.key(tok)
            if not k and tok.i in self.m.demonym:  # "support Ukrainian sovereignty"
                k = self.m.country_key(self.m.demonym[tok.i].removeprefix("country:"))
                if any(k == h and exclude_set & people
                       for h, people in self.m.roles_by_holder.items()):
                    continue  # "protect American citizens", said by the US President
            if not k and tok.lemma_.lower() in _RULED_BY:
                k = self._ruled_by(tok)  # "sanctions on the government of President Assad"
            k = self.m.state_of(k) if k else k  # "measures against Moscow"
            if k and self.m.kind(k) in ACTOR_KINDS and k not in exclude and k not in out:
                out.append(k)
        return out

    def _ruled_by(self, noun: Token) -> str | None:
        """"the government of President Bashar al-Assad", "the Maduro regime", "Assad's
        government": the state the person named leads (their post's country)."""
        named = prep_objects(noun, {"of"}) + [c for c in noun.children
                                              if c.dep_ in ("compound", "poss")]
        for tok in named:
            person = self.m.key(tok)
            if self.m.kind(person) != "person":
                continue
            states = [h for h, holders in self.m.roles_by_holder.items()
                      if person in holders and self.m.kind(h) == "country"]
            if len(states) == 1:
                return states[0]
        return None

    def _made_at(self, verb: Token) -> Event | None:
        current = verb
        for _ in range(3):
            for tok in prep_objects(current, {"at", "during", "on"}):
                if tok.i in self.events_by_token:
                    return self.events_by_token[tok.i]
                for t in tok.subtree:
                    if t.i in self.events_by_token:
                        return self.events_by_token[t.i]
            if current.dep_ not in ("xcomp", "relcl", "conj") or current.head == current:
                break
            current = current.head
        return None

    def _add(self, kind: str, actors: list[str], targets: list[str], content_tokens: list[Token],
             trigger: Token, conditions: list[Token], confidence: float,
             content: str | None = None) -> None:
        if not actors:
            return
        led = {c for c in actors if self.m.kind(c) == "country" and any(
            p in self.m.roles_by_holder.get(c, ()) for p in actors if self.m.kind(p) == "person")}
        actors = [a for a in actors if a not in led]  # "the presidents of Brazil, A, and
        # Argentina, B, agreed": A and B, not Argentina beside its own president
        text = content if content is not None else span_text(content_tokens)
        if text.lower().startswith("to "):
            text = text[3:]  # "agreed to admit" -> "admit"
        if not text:
            return
        if len(actors) >= 2 and kind != "agreement" and (
                _distributive(trigger) or (kind == "pledge" and _gives_money(trigger))):
            # ("Japan and Norway committed $500 million to Sudan": donors give each their own)
            # "X, Y and Z each pledged $200 million", "... respectively": one each
            for actor in actors:
                self._add(kind, [actor], targets, content_tokens, trigger, conditions,
                          confidence, content)
            return
        if kind == "pledge" and len(actors) >= 2:
            kind = "agreement"  # a commitment two or more parties make together
        if kind == "threat" and not targets:  # "warned of consequences if Iran supplies ..."
            targets = targets + [k for c in conditions for k in self._actors(subjects(c))
                                 if k not in targets and k not in actors]
        if kind == "threat" and not targets:  # "warned that any Russian interference would
            # have consequences": whose deed the consequences answer
            doers = [t for h in content_tokens if h.dep_ == "ccomp" for s in subjects(h)
                     for t in [s] + [c for c in s.children
                                     if c.dep_ in ("amod", "compound", "poss")]]
            targets = self._entities_in(doers, actors)  # (a demonym is its country)
        if not targets and kind in ("agreement", "pledge", "goal"):
            # "pledged to push for an early end to the North Korean nuclear standoff": the one
            # country the committed thing is of (not the actors' own)
            about = [k for k in self._entities_in(
                [t for t in content_tokens if t.dep_ in ("amod", "compound", "poss") and
                 t.head.pos_ == "NOUN" and t.i in self.m.demonym or (
                     t.dep_ == "pobj" and t.head.lower_ == "in" and
                     t.head.head.pos_ == "NOUN")], actors)  # ("committed to peace in
                     if self.m.kind(k) == "country"]  # Colombia": where the thing is)
            if len(about) == 1 and about[0] not in self._own_countries(actors):
                targets = about
        condition = "; ".join(span_text(list(c.subtree)) for c in conditions) or None
        made_at = self._made_at(trigger)
        # When it was made, not when the committed thing is due ("by 2035" is content).
        content_ids = {t.i for t in content_tokens}
        date = date_near(trigger, [d for d in self.m.dates if d.start not in content_ids],
                         self.published, self.order) or (made_at.date if made_at else None)
        targets = [t for t in targets if not self._arrangement(t)]
        commitment = Commitment(kind, actors, [t for t in targets if t not in actors],
                                text[:400], condition, date, modality(trigger),
                                evidence_for(trigger, confidence), made_at)
        for existing in self.found:
            if existing.kind == kind and set(existing.actors) == set(actors) and (
                    existing.content == commitment.content or
                    (made_at is not None and existing.made_at is made_at)):
                return
        self.found.append(commitment)
        self._spans[id(commitment)] = (trigger.i, content_ids)

    # -- verbs ------------------------------------------------------------------------------

    def _verb(self, verb: Token) -> None:
        lemma = verb.lemma_.lower()
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in WISH_VERBS:
            return  # "wanted Turkey to guarantee", "urged China to press": not made
        subs = subjects(verb)
        actors = self._actors(subs)
        if not actors and self.m.operative(verb):
            actors = [self.m.resolution_author]  # "2. Calls on the authorities to ..."
        met = self.events_by_token.get(verb.head.i) if verb.dep_ == "conj" and \
            VERBS[lemma].frame == "agree" else None
        if met is not None and len(met.participants) >= 2 and \
                not [a for a in actors if self.m.kind(a) == "person"]:
            # "X and Y met on Monday and agreed to ...": who met, when the parse lost them
            actors = list(met.participants)
        conditions = condition_clauses(verb)
        frame = VERBS[lemma].frame
        agents = [c for a in verb.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj" for c in conjuncts(o)]
        if frame in ("agree", "sign") and agents and verb.tag_ == "VBN":
            # "matters agreed upon by Presidents A and B", "A ceasefire was agreed by A and
            # B": the agents agreed; what was agreed is the passive's subject or the noun
            # the participle tells of
            parties = list(dict.fromkeys(  # named ones only: "signed last year by all the
                k for t in agents for k in [self.m.state_of(self.m.key(t)) if self.m.key(t)
                                            else None]  # parties" is no one of this article
                if k and self.m.kind(k) in ACTOR_KINDS))
            parties += [k for t in agents if not self.m.key(t) and t.tag_ in ("NNS", "NNPS")
                        and any(c.lower_ in ("two", "both", "three") for c in t.lefts)
                        for k in self.m.resolve(t) if k not in parties and
                        self.m.kind(k) in ACTOR_KINDS]  # but "signed by the two presidents":
            # the two the article just told of
            if len(parties) >= 2:
                agreed = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
                    [verb.head] if verb.dep_ == "acl" else [])
                within = range(verb.left_edge.i, verb.right_edge.i + 1) \
                    if verb.dep_ == "acl" else range(0)
                self._add("agreement", parties, [], [t for a in agreed for t in a.subtree
                                                     if t.i not in within], verb, conditions,
                          0.7)
            return
        if frame == "agree":
            partners = self._actors(prep_objects(verb, {"with"}))
            between = self._actors(prep_objects(verb, {"between"}))
            actors = actors + [p for p in partners + between if p not in actors]
            if len(actors) == 1 and any(t.lower_ == "we" for t in subs):
                actors = self._our_meeting(verb, actors[0]) or actors  # "We agreed ...," X said
            # "agreed to do" (xcomp) or "agreed that ..." (ccomp)
            xcomp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
            if len(actors) >= 2:  # two parties agree: an agreement
                content = self._agreement_content(verb)
                if _views_only(content):
                    return  # "we agree on most things, but not on all things": shared views
                heads = [t for t in content if t.head.i not in {c.i for c in content}]
                self._add("agreement", actors, self._entities_in(
                    [t for h in heads for t in self._target_scope(h, "agreement")], actors),
                    content, verb, conditions, 0.75, content=self._relcl_content(verb))
            elif xcomp is not None and actors and not _concurring(xcomp):
                # one party "agreed to do": a pledge
                content = subtree_without(xcomp, conditions)
                self._add("pledge", actors, self._entities_in(content, actors), content, verb,
                          conditions, 0.7)
            elif actors and prep_objects(verb, {"to"}):  # "agreed to a 50 billion euro package"
                content = [t for o in prep_objects(verb, {"to"}) for t in o.subtree]
                self._add("pledge", actors, self._entities_in(
                    [t for o in prep_objects(verb, {"to"}) for t in self._target_scope(o, "pledge")],
                    actors), content, verb, conditions, 0.65)
            return
        if frame == "sign":
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            deal = next((o for o in objs if o.lemma_.lower() in AGREEMENT_NOUNS), None)
            if deal is None or any(c.lower_ == "no" for c in deal.children):
                return  # ("reached no consensus")
            # "signed a treaty on allied relations with NAME": the partner may hang deeper
            partners = self._actors(prep_objects(verb, {"with"}) + [
                o for t in deal.subtree for o in prep_objects(t, {"with", "between"})])
            actors = actors + [p for p in partners if p not in actors]
            if len(actors) >= 2 or (actors and any(len(conjuncts(s)) > 1 for s in subs)):
                content = subtree_without(deal, [t for t in deal.subtree
                                                 if t.dep_ in ("relcl", "appos")])
                self._add("agreement", actors, [], content, verb, conditions, 0.8)
            return
        self._frame(verb, VERBS[lemma], actors, subs, conditions)

    def _frame(self, verb: Token, row: lexicon.Predicate, actors: list[str], subs: list[Token],
               conditions: list[Token]) -> None:
        """A commitment read by its row's frame: the target and the content stand where the
        row says (an object, a preposition's object, a clause)."""
        kind = row.cls
        if not _needs_met(verb, row) or (kind == "goal" and _foreseen(verb)):
            return  # ("Putin wants to restore the empire, critics say": their claim)
        if verb.lemma_.lower() in ("want", "wish", "like") and any(
                x.dep_ == "xcomp" and x.lemma_.lower() in _COURTESIES for x in verb.children):
            return  # "I want to thank President Trump", "I wish to congratulate": what the
            # speaker does in saying it, no goal
        if verb.lemma_.lower() in ("want", "hope") and not any(
                o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")
                for x in verb.children if x.dep_ == "xcomp" for o in x.children):
            return  # "wants to promote cooperation", not "wanted to get together with",
            # "want to build on it": a wish with no thing to achieve is no goal
        if kind == "pledge" and _obliged(verb):
            return  # "Iran must undertake a full suspension": asked of Iran, not its pledge
        targets: list[Token] = []
        content_heads: list[Token] = []
        skip: set[int] = set()  # tokens no target is read from
        for child in verb.children:
            key = self.m.key(child)
            is_actor = self.m.kind(self.m.state_of(key) if key else key) in ACTOR_KINDS or bool(
                self.m.resolve(child) and self.m.kind(self.m.resolve(child)[0]) in ACTOR_KINDS)
            if child.dep_ in ("xcomp", "ccomp") and child.dep_ in row.content:
                content_heads.append(child)
            elif child.dep_ == "advcl" and "advcl-to" in row.content and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                content_heads.append(child)  # "threatened ... to impose" (parsed as advcl)
            elif child.dep_ == "dobj":
                told = [c for c in child.children if c.dep_ == "relcl" and any(
                    s.dep_ == "nsubj" and s.pos_ == "PRON" and s.lower_ not in ("who", "that",
                                                                                "which")
                    for s in c.children)]
                if "dobj" in row.target and is_actor:
                    targets.append(child)
                elif "dative" in row.target and is_actor and told:
                    targets.append(child)  # "Bush promised the three leaders he would
                    # encourage ...": the parse makes the promise a clause on the people
                    content_heads += told
                elif "dobj" in row.content:
                    content_heads.append(child)
            elif child.dep_ == "dative" and "dative" in row.target:
                targets.append(child)
        targets += prep_objects(verb, row.slots("target", "prep"))
        if kind == "pledge" and row.needs_of("object") and not targets:
            # "reaffirmed the commitment of the UN to the sovereignty of Ukraine": the parse
            # hangs the "to" on the verb
            targets += [t for o in prep_objects(verb, {"to", "for"})
                        for t in self._target_scope(o, kind)]
        if kind == "pledge":  # "will provide £25 million to help Ukraine repair its grid"
            targets += [t for c in verb.children if c.dep_ in ("advcl", "xcomp") and
                        c.lemma_.lower() in HELP_VERBS and any(
                            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        for t in _helped(c)]
        content_heads += [o for o in prep_objects(verb, row.slots("content", "prep"))
                          if o not in content_heads]
        if not content_heads and row.slots("content", "prep"):
            # "assured President Putin of China's support": the parse hangs the content's
            # preposition on the object
            content_heads = [o for t in targets if t.dep_ == "dobj"
                             for o in prep_objects(t, row.slots("content", "prep"))]
            needed = row.needs_of("clause")
            for obj in [c for c in verb.children if c.dep_ == "dobj" and not content_heads
                        and c.lemma_.lower() in needed]:
                # "assured President Ruto of Japan's support", parsed as one object
                # "[Ruto of Japan's] support": the one assured hangs on it
                content_heads = [obj]
                assured = [c for c in obj.children if c.dep_ in ("nmod", "compound") and
                           self.m.kind(self.m.key(c)) in ACTOR_KINDS]
                targets += assured
                skip |= {t.i for a in assured for t in a.subtree}  # ("of Japan's": the giver)
        if not content_heads and targets and "dobj" in row.content:
            content_heads = [t for t in targets if t.dep_ == "dobj"]  # "will support Ukraine"
        if not content_heads:
            return
        doers = [k for h in content_heads if h.dep_ == "ccomp" for s in subjects(h)
                 for k in self._actors([s])]
        if "clause:will" in row.needs and doers and all(
                self.m.kind(d) == "person" and d not in actors for d in doers):
            return  # "confirmed that Premier Wen Jiabao will travel": another's plan, news
        if kind == "pledge" and any(_punitive(h) for h in content_heads if h.dep_ == "xcomp"):
            kind = "threat"  # "are prepared to impose new sanctions", "stands ready to
            # retaliate": readiness to punish
        if kind == "pledge" and verb.lower_ in _READINESS and len(actors) < 2:
            return  # "Hungary was ready to host the summit": one side's offer; "Both Turkey
            # and Germany were ready to intensify cooperation": a shared commitment
        if kind == "demand" and verb.lemma_.lower() == "insist" and content_heads and all(
                h.dep_ == "ccomp" and h.tag_ in ("VBD", "VBZ", "VBP") and not any(
                    a.dep_ == "aux" and a.lower_ in _ASKING_MODALS for a in h.children)
                for h in content_heads):
            return  # "insisted he understood the reasons", "insists Israel is responsible":
            # a claim held to; "insisted that Israel must stop", "insisted that it stop": asked
        content = [t for h in content_heads for t in subtree_without(h, conditions)]
        if "subj-of-ccomp" in row.target:  # "demanded that France withdraw": France is asked
            targets += [s for h in content_heads if h.dep_ == "ccomp" for s in subjects(h)]
        if kind == "pledge":  # "assured the Ambassador that the Government of Pakistan would
            # spare no effort": who will do it is the pledger's side, not whom it is made to
            skip |= {t.i for h in content_heads if h.dep_ == "ccomp" for s in subjects(h)
                     for t in s.subtree}
        target_keys = [k for k in self._actors(targets) if k not in actors]
        target_keys += [k for k in self._entities_in(
            [t for h in content_heads for t in self._target_scope(h, kind) if t.i not in skip],
            actors) if k not in target_keys]
        self._add(kind, actors, target_keys, content, verb, conditions, 0.75)

    def _our_meeting(self, verb: Token, speaker: str) -> list[str]:
        """"We agreed ..." in the quote of someone who just met others: all of them."""
        for event in reversed(self.m.events):
            if event.anchor < verb.i and speaker in event.participants and \
                    len(event.participants) >= 2:
                return list(event.participants)
        return []

    def _target_scope(self, head: Token, kind: str) -> list[Token]:
        """Where the target of a commitment stands: "sanctions against Russia", "to Kyiv"."""
        preps = {"threat": {"against", "on"}, "demand": {"from", "of", "on"},
                 "pledge": {"to", "for", "of"}, "goal": set(),
                 "agreement": {"against", "on", "for", "to"}}[kind]  # whom the measure aims at
        out: list[Token] = []
        deed = {t.i for s in subjects(head) if s.lemma_.lower() not in _MEASURES
                for t in s.subtree} if kind == "threat" else set()  # (what they will answer)
        for tok in head.subtree:
            if tok.i in deed:
                continue  # "warned that Chinese aggression against Taiwan would carry a price"
            if tok.head.lemma_.lower() in OWNED and (tok.dep_ == "poss" or (
                    tok.dep_ == "prep" and tok.lower_ == "of")):
                continue  # "Britain's support", "the commitment of the UN": who gives it
            if tok.lower_ == "of" and tok.head.lower_ in ("out", "because", "instead") or (
                    kind == "demand" and tok.lower_ == "from" and tok.head.pos_ == "VERB"):
                continue  # "pull its troops out of eastern Ukraine", "withdraw its troops
                # from Ukraine": a place left, not a party asked
            if tok.dep_ in ("prep", "dative") and tok.lower_ in preps:  # "send it to Kyiv"
                for obj in tok.children:
                    if obj.dep_ == "pobj":
                        out.extend(conjuncts(obj))
            elif tok.dep_ == "prep" and tok.lower_ == "with" and kind in (
                    "pledge", "agreement", "goal") and (
                    _a_tie(tok.head) or (tok.head.pos_ == "VERB" and any(
                        c.dep_ == "dobj" and _a_tie(c) for c in tok.head.children))):
                # ("trade volume with Pakistan", "conclude trade talks with New Zealand";
                # "boost trade with Japan", the parse hanging "with" on the verb)
                # "deepening cooperation with Finland", "strengthen ties with ASEAN": the
                # partner of the relation pledged is whom the pledge is for
                out.extend(o for p in tok.children if p.dep_ == "pobj" for o in conjuncts(p))
            elif kind == "pledge" and tok.dep_ == "poss" and tok.head.pos_ == "NOUN":
                out.extend(conjuncts(tok))  # "support for Ukraine's sovereignty"
            elif kind == "pledge" and tok.dep_ in ("dobj", "dative") and tok.head.pos_ == "VERB":
                row = VERBS.get(tok.head.lemma_.lower())
                if row is not None and row.cls == "pledge" and {"dobj", "dative"} & set(
                        row.target):
                    # "will continue to support Ukraine", "support ASEAN centrality", "support
                    # Ukrainian sovereignty"; "promised Ukraine Britain's support" (a double
                    # object the model reads as a compound of the giver's possessive)
                    out.extend(_with_owners(conjuncts(tok)))
        return out

    def _agreement_content(self, verb: Token) -> list[Token]:
        for child in verb.children:
            if child.dep_ in ("dobj", "xcomp", "ccomp"):
                return list(child.subtree)
        return prep_objects(verb, {"on", "upon", "to"})

    def _relcl_content(self, verb: Token) -> str | None:
        """"issues he agreed upon with Trump ... paved the way for peace" -> "issues that paved
        the way for peace"."""
        if verb.dep_ != "relcl":
            objs = self._agreement_content(verb)
            subtree_tokens = [t for o in objs for t in o.subtree]
            return span_text(subtree_tokens) or None
        noun = verb.head
        text = noun.text
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            pred = noun.head
            rest = [t for t in pred.subtree
                    if t.i >= pred.i and not any(a.i == t.i for a in _clause_children(pred))]
            text = f"{noun.text} that {span_text(rest)}"
        return text

    # -- nouns ------------------------------------------------------------------------------

    def _noun(self, noun: Token, row: lexicon.Predicate) -> None:
        m = self.m
        kind = row.cls
        if not _needs_met(noun, row):
            return  # "give up its desire to enrich uranium": a desire no one stated
        actors: list[str] = []
        for child in noun.children:
            if child.dep_ == "poss":
                actors = self._actors([child])
        owner = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in (
                "one", "some", "two", "three", "many", "among"):
            owner = noun.head.head  # "one of its goals"
        while owner.dep_ == "conj" and owner.head != owner:
            owner = owner.head  # "reiterated their commitment to X and the need for Y to ..."
        verb = owner.head if owner.dep_ != "ROOT" else owner
        if not actors and kind == "pledge" and owner.dep_ == "nsubj" and \
                verb.lemma_.lower() in ("include", "comprise", "come"):
            self._pledged_from(verb, self._actors(prep_objects(noun, {"to", "for"})))
            # ("Pledges to X included $150 million from the United States")
            return
        owned_by = [o for o in prep_objects(noun, {"of"}) if kind == "goal" and not actors
                    and self._actors([o])]  # "welcomed the intention of the Envoy, NAME, to
        # convene the parties": the envoy's goal, not the welcomers'
        actors = actors or self._actors(owned_by)
        pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        if (not actors or pronoun) and owner.dep_ in ("dobj", "attr") and \
                verb.pos_ in ("VERB", "AUX"):
            # "amended its constitution to include the goal"; "Putin and Obama reasserted
            # their desire": a pronoun in the object is the clause's subject
            actors = self._actors(subjects(verb)) or actors
        content_tokens: list[Token] = []
        if not actors and kind == "goal" and owner.dep_ == "pobj" and \
                owner.head.lower_ == "with" and owner.head.head.pos_ in ("VERB", "AUX"):
            # "The leaders underscored the need for pricing, with a goal of reducing
            # emissions": the goal of the verb's subject
            actors = self._actors(subjects(owner.head.head))
        if not actors and kind == "goal" and owner.dep_ == "attr" and verb.lemma_ == "be":
            # "The two leaders agreed that the training of the Afghan army was a key
            # objective", "reaffirmed their view that X was a key objective": the goal of
            # those who agree or state it; X is what it is
            up = verb
            while up.dep_ in ("ccomp", "acl", "conj") and up.head != up:
                up = up.head
                if up.pos_ in ("NOUN", "PROPN") and up.dep_ in ("dobj", "pobj"):
                    up = up.head if up.dep_ == "dobj" else up.head.head
            if up is not verb and up.pos_ in ("VERB", "AUX"):
                actors = self._actors(subjects(up))
                content_tokens = [t for s in subjects(verb) for t in s.subtree]
        if not actors:
            return
        if owner.dep_ in ("nsubj", "nsubjpass") and owner.head.lemma_ in ("be", "include",
                                                                           "remain"):
            # "one of Putin's conditions ... was a written commitment from the West ..."
            for comp in owner.head.children:
                if comp.dep_ in ("attr", "xcomp", "ccomp", "acomp", "dobj"):
                    content_tokens = list(comp.subtree)
                    break
        if not content_tokens:
            for pobj in prep_objects(noun, {"of", "for", "to"}):
                if pobj in owned_by:
                    continue
                if kind == "goal" or pobj.pos_ == "VERB":
                    content_tokens = list(pobj.subtree)  # "the goal of becoming a member"
                    break
        doer: list[str] = []
        if not content_tokens and "acl-to" in row.content:
            # "his intention to continue ...", "the need for Israel to do more": the
            # infinitive on the noun is the content, its subject the one who is to do it
            to_clauses = [c for c in list(noun.children) + list(noun.head.children)
                          if c.dep_ in ("acl", "advcl", "relcl") and c.i > noun.i and (
                              c.head == noun or c.left_edge.i == noun.right_edge.i + 1 or (
                                  c.left_edge.i == noun.right_edge.i + 2 and
                                  noun.doc[noun.right_edge.i + 1].text == ","))
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            clause = to_clauses[0] if to_clauses else None  # (or hung on the noun's verb)
            if clause is not None:
                content_tokens = [t for t in clause.subtree
                                  if not (t.dep_ == "mark" and t.head == clause)]
                doer = self._actors([c for c in clause.children if c.dep_ == "nsubj"])
            if "subj-of-acl" in row.target and not doer:
                return  # "the need to work together" asks nobody in particular
        if not content_tokens:
            return
        conditions = condition_clauses(owner.head) if owner.dep_ != "ROOT" else []
        banned = {t.i for c in conditions for t in c.subtree}
        content_tokens = [t for t in content_tokens if t.i not in banned]
        targets = self._entities_in(
            [t for t in content_tokens if t.dep_ == "pobj" and t.head.lower_ in
             ({"from", "on"} if kind == "demand" else {"against"} if kind == "threat"
              else {"to"} if kind == "pledge" else set())] +
            [c for t in content_tokens if t.dep_ == "pobj" and t.head.lower_ in ("from", "on")
             for c in conjuncts(t)], actors)
        targets += [d for d in doer if d not in targets and d not in actors]
        targets += [k for k in self._actors([c for o in prep_objects(
            noun, row.slots("target", "prep")) for c in conjuncts(o)])
            if k not in targets and k not in actors]  # "its call on Kosovo and Serbia to"
        trigger = owner.head if owner.dep_ != "ROOT" else noun
        self._add(kind, actors, targets if kind != "goal" else [], content_tokens, trigger,
                  conditions, 0.65)
        del m

    def _donations_include(self, word: Token) -> None:
        """"Donations were made, including $120 million from Japan", "Contributions included
        $50 million from Canada": the sums a donation noun includes are pledges by whom each
        came from (the noun is the verb's subject, or the subject of the clause the
        "including" hangs on)."""
        clause = word if word.pos_ in ("VERB", "AUX") and word.dep_ != "prep" else word.head
        nouns = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] + (
            [clause] if clause.pos_ == "NOUN" else [])
        noun = next((n for n in nouns if n.lemma_.lower() in _DONATIONS), None)
        if noun is not None:
            self._pledged_from(word, self._actors(prep_objects(noun, {"to", "for"})))

    def _pledged_from(self, verb: Token, targets: list[str]) -> None:
        """"Pledges included EUR 68 million from the European Union, USD 30 million from Saudi
        Arabia and NOK 150 million from Norway": each amount is a pledge by whoever it came
        from. Read along the words (the parse of such lists varies): an amount, then "from"
        and a donor."""
        if not targets:  # "Pledges included ...", after "announced $150 million for Sudan":
            # the aid the article told last was for whom these are
            targets = next((c.targets for c in reversed(self.found) if c.kind == "pledge"
                            and c.targets and self._spans[id(c)][0] < verb.i), [])
        sent = verb.sent
        previous = verb.i + 1
        for prep in (t for t in sent if t.i > verb.i and t.lower_ == "from"):
            amount = [t for t in sent[previous - sent.start:prep.i - sent.start]
                      if t.ent_type_ == "MONEY" or t.like_num]
            donor = [c for c in prep.children if c.dep_ == "pobj"]
            if amount and donor:
                first = amount[0].i
                while first > previous and (sent.doc[first - 1].is_currency or (
                        sent.doc[first - 1].text.isupper() and len(sent.doc[first - 1]) == 3)):
                    first -= 1  # "$", "EUR", "NOK"
                end = donor[0].i + 1  # the donor's name ends the phrase
                self._add("pledge", self._actors(donor[:1])[:1], targets,
                          list(sent.doc[first:end]), prep, [], 0.7)
                previous = end

    # -- run --------------------------------------------------------------------------------

    def read(self) -> list[Commitment]:
        for tok in tokens_with(self.m.doc, TRIGGERS | {"must", "should", "include", "table"}):
            lemma = tok.lemma_.lower()
            if tok.lower_ == "table":
                self._on_the_table(tok)
                continue
            if lemma == "include":
                self._donations_include(tok)
                continue
            if tok.lower_ in ("must", "should") and tok.dep_ == "aux":
                self._must(tok)
                continue
            if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_[:-1] in VERBS and \
                    self.m.operative(tok):
                self._verb(tok)  # "2. Calls on ...": the model takes the verb for a noun
            elif tok.pos_ == "VERB" and lemma in VERBS and not (
                    tok.dep_ == "acomp" and tok.lower_ in ADJS):
                self._verb(tok)
            elif tok.pos_ == "NOUN" and lemma in NOUNS:
                self._noun(tok, NOUNS[lemma])
            elif tok.pos_ in ("ADJ", "VERB") and tok.lower_ in ADJS and (
                    tok.dep_ in ("acomp", "amod") if tok.pos_ == "ADJ" else tok.dep_ == "acomp"):
                # ("I am committed to": the model may tag the participle a verb)
                # "X is committed to ...": the adjective's clause subject is the actor
                subs = subjects(tok.head) if tok.dep_ == "acomp" else []
                self._frame(tok, ADJS[tok.lower_], self._actors(subs), subs,
                            condition_clauses(tok.head))
        self._for_the_recipient()
        return self._outermost()

    def _for_the_recipient(self) -> None:
        """A donor story names whom the aid is for once ("Donors pledged $2 billion in aid for
        Yemen", "the donor conference for Somalia", "pledged ... to help Sudan"); each sum a
        donor pledges, with no recipient of its own, is for them too. Not when the
        story names two recipients."""
        recipients: list[str] = []
        for tok in tokens_with(self.m.doc, _GIVING | _DONOR_GATHERINGS):  # (not every token)
            heads: list[Token] = []
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _GIVING and any(
                    t.ent_type_ == "MONEY" for t in tok.subtree):
                # in the sum's phrase or on the verb, not in an opening "In addition to ..."
                heads = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                         for t in self._target_scope(c, "pledge")] + [
                    t for o in prep_objects(tok, {"for", "to"}) for t in conjuncts(o)] + [
                    t for c in tok.children if c.dep_ in ("advcl", "xcomp") and
                    c.lemma_.lower() in HELP_VERBS for t in _helped(c)]
            elif tok.lemma_.lower() in _DONOR_GATHERINGS and any(
                    c.lower_ in ("donor", "donors", "pledging") for c in tok.children):
                heads = prep_objects(tok, {"for"})
            recipients += [k for k in self._entities_in(heads, []) if k not in recipients and
                           self.m.kind(k) in ("country", "organisation")]
        if len(recipients) != 1:
            return
        for c in self.found:
            trigger, content = self._spans[id(c)]
            if c.kind == "pledge" and not c.targets and recipients[0] not in c.actors and any(
                    self.m.doc[i].ent_type_ == "MONEY" for i in content | {trigger}):
                c.targets = list(recipients)

    def _must(self, modal: Token) -> None:
        """"A statement said Iran must undertake ...", "she will make it clear that North
        Korea must meet its obligations": what a speaker says another must or should do is
        the speaker's demand on them."""
        verb = modal.head
        said, speakers = self._said_by(verb)
        if said is None:
            return
        doers = [t for s in subjects(verb) for t in conjuncts(s)]
        if len(doers) != 1 or doers[0].pos_ == "PRON" and doers[0].lower_ in ("it", "this",
                                                                              "that"):
            return  # "Europe and China should deepen ties": a proposal to both, no demand
        targets = [t for t in self._actors(doers) if t not in speakers]
        if speakers and targets:
            self._add("demand", speakers, targets, subtree_without(verb, []), said, [], 0.65)

    def _said_by(self, verb: Token) -> tuple[Token | None, list[str]]:
        """The verb of saying a clause is said with, and who says it ("A statement said
        ...", "she will make it clear that ..."); (None, []) when the clause is no one's
        saying, or the saying is denied or supposed."""
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                        for c in verb.children):
            pass  # "make it clear that X must ...": parsed as an adverbial clause
        elif verb.dep_ != "ccomp":
            return None, []
        said = verb.head
        while said.dep_ in ("xcomp", "ccomp", "conj") and said.lemma_.lower() not in \
                _SAYING and said.head != said:
            said = said.head  # "will make it clear that": up to the verb of saying
        if said.lemma_.lower() not in _SAYING or modality(said) in ("denied", "hypothetical"):
            return None, []
        subs = subjects(said)
        # "a statement from the United States and the EU said ...": its authors
        subs += [c for s in subs if s.lemma_.lower() in _DOCUMENTS
                 for o in prep_objects(s, {"from", "of", "by"}) for c in conjuncts(o)]
        return said, self._actors(subs)

    def _on_the_table(self, table: Token) -> None:
        """"Truss said all forms of sanctions against Russia were on the table if it made an
        incursion", "X said military action remains on the table": punishment a speaker
        keeps ready is the speaker's threat, against whom the measures or the condition
        name."""
        prep = table.head
        verb = prep.head
        if table.dep_ != "pobj" or prep.lower_ != "on" or verb.lemma_.lower() not in (
                "be", "remain", "stay") or any(c.dep_ == "neg" for c in verb.children):
            return  # (not "were not on the table": ruled out)
        measures = [s for s in subjects(verb) if s.lemma_.lower() in _MEASURES | {"option"}
                    or any(o.lemma_.lower() in _MEASURES for o in prep_objects(s, {"of"}))]
        said, speakers = self._said_by(verb)
        if not measures or not speakers:
            return
        conditions = condition_clauses(verb)
        targets = [k for k in self._entities_in(
            [t for m in measures for o in prep_objects(m, {"against", "on"}) for t in o.subtree] +
            [t for m in measures for o in prep_objects(m, {"of"}) for x in
             prep_objects(o, {"against", "on"}) for t in x.subtree], speakers)]
        targets += [k for c in conditions for s in subjects(c) for k in self._actors([s])
                    if k not in targets and k not in speakers]
        self._add("threat", speakers, targets, [t for m in measures for t in m.subtree] +
                  list(prep.subtree), said, conditions, 0.65)

    def _outermost(self) -> list[Commitment]:
        """"The two ministers confirmed that Japan and the ROK will continue to work
        together": one commitment, the ministers'; the one inside its content is how they
        worded it, not a second."""
        inside = {id(b) for a in self.found for b in self.found if a is not b and
                  self._spans[id(b)][0] in self._spans[id(a)][1] and a.status == "occurred"}
        return [c for c in self.found if id(c) not in inside]


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from a token up to (not including) an ancestor."""
    out = []
    while token != top and token.head != token:
        out.append(token)
        token = token.head
    return out


def _clause_children(pred: Token) -> list[Token]:
    return [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "punct")]


def read_commitments(mentions: Mentions, published: dt.date | None, order: str | None,
                     events_by_token: dict[int, Event]) -> list[Commitment]:
    return CommitmentReader(mentions, published, order, events_by_token).read()


def _examples(group: Token) -> list[Token]:
    """The members a group noun names as examples: "Donors, including Japan and Norway",
    "the donor community, particularly the US, Europe and Japan", "countries such as X"."""
    named = prep_objects(group, {"including"})
    named += [o for c in group.children if c.dep_ == "amod" and c.lower_ == "such"
              for o in prep_objects(c, {"as"})] + prep_objects(group, {"as"}) * any(
        c.lower_ == "such" for c in group.children)
    named += [c for c in group.children if c.dep_ == "appos" and any(
        a.dep_ == "advmod" and a.lower_ in ("particularly", "notably", "especially", "mainly")
        for a in c.children)]
    return named


def _gives_money(trigger: Token) -> bool:
    """"committed $500 million", "have committed money", "pledged aid": the object is a sum
    or money given."""
    return any(c.dep_ == "dobj" and any(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in _MONEY_WORDS for t in c.subtree)
        for c in trigger.children)  # ("200 million euros in aid": the model may see no sum)


_MONEY_WORDS = _DONATIONS - {"pledge"} | {"money", "fund", "sum", "dollar", "euro", "pound",
                                          "yen", "yuan", "franc", "rupee", "krone", "krona"}
# (not "pledge": "renewed their pledge to boost GUUAM" is a promise made together)


def _distributive(trigger: Token) -> bool:
    """"each pledged", "pledged 50 million euros each", "... respectively", "separately":
    each party commits on its own, not together."""
    words = {"each", "respectively", "separately", "individually"}
    near = list(trigger.children) + [g for c in trigger.children
                                      if c.dep_ in ("dobj", "nsubj") for g in c.children]
    return any(t.lower_ in words and (t.dep_ not in ("det", "poss") or t.head.pos_ == "VERB")
               for t in near)  # ("each" as a verb's determiner is the parse's slip)


def _helped(verb: Token) -> list[Token]:
    """Who a pledge is "to help": "to help Ukraine repair ...", "to help Syria's neighbours,
    Jordan and Lebanon, host ...", "to help defend Poland"."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            out += [x for c in conjuncts(child) for y in [c] + [
                a for a in c.children if a.dep_ == "appos"] for x in conjuncts(y)]
        elif child.dep_ == "ccomp":
            out += subjects(child)
        elif child.dep_ == "xcomp":
            out += [o for o in child.children if o.dep_ == "dobj"]
    return out
