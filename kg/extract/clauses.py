"""Reading clauses: who does a verb, with whom, when, and how sure the text is of it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg import lexicon
from kg.dates import DateValue, normalise
from kg.extract.tokens import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SPEECH_VERBS = {"say", "add", "tell", "state", "declare", "insist", "note", "stress",
                "write", "reply", "announce", "claim", "argue", "explain", "emphasise",
                "emphasize", "reveal", "affirm", "assert", "remark", "comment", "warn"}
_CUES = lexicon.load().cues  # kg/data/status_cues.tsv
PLANNED_AUX = _CUES("aux", "planned")
HYPOTHETICAL_AUX = _CUES("aux", "hypothetical")
PLANNING_VERBS = _CUES("verb", "planned")
DECISION_VERBS = _CUES("decision", "planned")
DENIAL_VERBS = _CUES("verb", "denied")
PLANNED_ADJ = _CUES("adj", "planned")
AWAITED = {"anticipated", "awaited"}  # of an event still to come, unless a past verb has it
HYPOTHETICAL_ADJ = _CUES("adj", "hypothetical")
HYPOTHETICAL_NOUNS = _CUES("noun", "hypothetical")
CONDITION_MARKS = _CUES("mark", "condition")
FUTURE_TIME_MARKS = _CUES("time-mark", "planned")
_EVENT_NOUNS = set(lexicon.load().events("noun"))  # kg/data/predicates.tsv
_AGREED = {p.lemma for p in lexicon.load().predicates if p.pos == "verb" and p.cls == "agreement"}


def lifted(verb: Token) -> Token:
    """The head a conjoined verb really shares its subject and mood with. "warned Russia of
    consequences if it invades Ukraine and urged it to de-escalate": the small model hangs
    "urged" on "invades", inside the if-clause; a past-tense verb with no subject of its own
    conjoined to a present-tense conditional verb belongs to the main clause instead."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "advcl" and \
            head.tag_ in ("VBZ", "VBP", "VB") and any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in head.children) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return head.head
    return head


def subjects(verb: Token) -> list[Token]:
    """The subject tokens of a verb; for a non-finite verb ("Speaking at ..., Putin said",
    "agreed to admit"), the subject of the verb it hangs on."""
    seen = 0
    current = verb
    while seen < 4:
        subs = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if all(c.dep_ == "csubj" for c in subs):
            subs = _fronted(current) or _visiting_subject(subs) or subs
        subs += _glued_to_a_day(current)
        if subs:
            return subs
        if current.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and current.head != current:
            if _a_chance_to(current) and current.tag_ == "VB":
                current = current.head.head  # "He also had the opportunity to meet with X",
                seen += 1  # "took the occasion to thank": whoever had it
                continue
            if _main_verb_misread(current):
                root = current.sent.root  # "The Minister ... X, who is on a visit to attend
                # the Summit in Colombo, called on ...": the sentence's subject, not "Summit"
                # (its name in apposition, whose clause holds the rest of the sentence)
                return [c for c in root.children if c.dep_ == "appos" and c.i < current.i
                        ] or [root]
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                return [current.head]  # "leaders attending the summit"
            if _reduced_relative(current):
                return [current.doc[current.i - 1]]
            with_ = _with_subject(current)
            if with_:
                return with_
            current = _over_preposition(lifted(current))
            seen += 1
            continue
        if glad_adjective(current):  # "I am genuinely glad to have another meeting with X"
            current = current.head
            seen += 1
            continue
        break
    return []


GLAD = {"glad", "pleased", "happy", "delighted", "honoured", "honored", "proud", "thrilled"}


def glad_adjective(token: Token) -> bool:
    """"(am) glad", "(was) pleased": the adjective an infinitive of what one does now hangs
    on ("glad to have this meeting", "pleased to welcome"); its subject is the copula's."""
    return token.dep_ == "acomp" and token.lower_ in GLAD and token.head != token


def _over_preposition(token: Token) -> Token:
    """"Zuma told journalists after meeting Mugabe", "Before meeting Xi, Biden said": a
    gerund after a preposition has the subject of the verb the preposition hangs on."""
    if token.dep_ == "prep" and token.lower_ in _GERUND_TIMES and token.head.pos_ in (
            "VERB", "AUX"):
        return token.head
    said_at = token.head
    if token.dep_ == "prep" and token.lower_ in _GERUND_TIMES and \
            said_at.lemma_.lower() in _SAID_AT and said_at.dep_ == "pobj" and \
            said_at.head.dep_ == "prep" and said_at.head.head.pos_ in ("VERB", "AUX"):
        return said_at.head.head  # "In a palace statement after meeting with Abbas, the
        # monarch said", "At a news conference after meeting Xi, Biden said": the speaker's
    if token.dep_ == "prep" and token.lower_ == "as" and token.head.lemma_.lower() in (
            "quote", "cite", "report") and any(c.dep_ == "nsubjpass"
                                               for c in token.head.children):
        return token.head  # "Nazarbayev was quoted as saying": who was quoted said it (not
        # "Lavrov quoted Putin as saying")
    return token


_SAID_AT = {"statement", "remark", "remarks", "conference", "briefing", "interview", "comment",
            "comments", "speech", "address"}  # where what one did is told
_GERUND_TIMES = {"after", "before", "upon", "on", "following", "since", "while", "without",
                 "instead"}  # (not "look forward to meeting X", "joined X in urging")


_CHANCES = {"opportunity", "chance", "occasion", "privilege", "honour", "honor", "pleasure"}


def _a_chance_to(verb: Token) -> bool:
    """"had the opportunity to meet", "will have a chance to meet": the verb says what the
    chance was for; whoever had it did it (or will)."""
    return verb.dep_ == "acl" and verb.head.lower_ in _CHANCES and \
        verb.head.dep_ in ("dobj", "attr")


def _main_verb_misread(verb: Token) -> bool:
    """"The Minister of External Affairs of India Dr. S. Jaishankar, who is on a three day
    official visit to attend the 5th BIMSTEC Summit in Colombo, called on ...": after a long
    subject closed by a comma the small model takes the main verb, past tense, for a
    participle on the noun before the comma, and the subject for the sentence's root."""
    root = verb.sent.root
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.i > 0 and \
        verb.doc[verb.i - 1].text == "," and root.pos_ in ("NOUN", "PROPN") and \
        root.i < verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reduced_relative(verb: Token) -> bool:
    """"The leaders reviewed the Common Spaces agreed at the 2003 summit": a bare participle
    of agreeing right after a noun (no subject of its own; the model may tag it VBD) tells
    what was agreed, when, by whoever agreed it then. The parse often hangs it on the
    clause's verb, which would make the clause's subject its agent."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and \
        verb.lemma_.lower() in _AGREED and before is not None and \
        before.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _fronted(verb: Token) -> list[Token]:
    """"Looking ahead to this week's NATO Summit, the Prime Minister and President Biden
    agreed": the small model takes a fronted participle phrase for the subject (or an
    adverbial clause) and hangs the real subject on its last noun, after its comma and right
    before the verb. The first word there that hangs outside that stretch heads it."""
    phrase = next((c for c in verb.lefts if _right_before(c, verb) and (
        (c.dep_ in ("csubj", "advcl") and c.tag_ == "VBG") or (
            c.dep_ == "prep" and c.left_edge.i == c.sent.start))), None)
    # (or an opening prepositional phrase: "Following talks in Sochi, Vladimir Putin and
    # Recep Tayyip Erdogan made statements", the names read as more places after Sochi;
    # "According to WAM, A and B also later met": more sources after WAM)
    if phrase is None:
        return []
    commas = [t.i for t in phrase.subtree if t.text == ","]
    if not commas:
        return []
    heads = [t for t in phrase.subtree if t.i > commas[-1] and t.head.i <= commas[-1]]
    return heads[:1] if heads and heads[0].pos_ in ("PROPN", "NOUN") else []


def _visiting_subject(subs: list[Token]) -> list[Token]:
    """"Visiting German Chancellor Gerhard Schroeder and French President Jacques Chirac on
    Wednesday said ...": the small model reads "Visiting" as the subject clause and the
    visitor as its object; the visitor is the subject."""
    return [o for c in subs if c.lower_ == "visiting" and c.tag_ == "VBG"
            for o in c.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]


def _right_before(phrase: Token, verb: Token) -> bool:
    """Whether the phrase ends right before the verb, or before only the verb's adverbs and
    auxiliaries ("..., A and B also later met")."""
    return all(t.head == verb and t.dep_ in ("advmod", "aux", "neg") and t.pos_ != "VERB"
               for t in verb.doc[phrase.right_edge.i + 1:verb.i])


def _with_subject(verb: Token) -> list[Token]:
    """"Montenegro pledged $10,000, with Georgia and Estonia each promising to donate ...":
    the parse may hang the participle on the main verb and its subject on "with"."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    return [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "with" and
            p.i < verb.i for o in p.children if o.dep_ == "pobj" and
            verb.i - o.right_edge.i <= 2]


def _glued_to_a_day(verb: Token) -> list[Token]:
    """"Japanese Prime Minister Taro Aso Monday vowed ...", "Xi Jinping Tuesday urged ...":
    wire style puts the day between subject and verb, and the parse makes the name a
    compound of the day; the name is a subject."""
    return [c for d in verb.children if d.dep_ in ("npadvmod", "tmod") and d.ent_type_ == "DATE"
            and d.i < verb.i for c in d.children
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == d.i - 1]


def governing_verb(token: Token, steps: int = 5) -> Token | None:
    current = token
    for _ in range(steps):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "amod":
            return current
        if current.head == current:
            return None
        current = current.head
    return None


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions hanging on a token: with X, between X and Y."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out += _visiting_guest(obj, child) or [obj]
    return out


def _visiting_guest(obj: Token, prep: Token) -> list[Token]:
    """"held talks with visiting Sri Lankan President Ranil Wickremesinghe", "a dinner for
    visiting Premier Li": the small model reads "visiting" as a verb whose object is the
    guest; the guest is who the preposition names (not after "to" or "on": "committed to
    visiting Japan" is an act)."""
    if obj.dep_ != "pcomp" or obj.lower_ != "visiting" or prep.lower_ not in (
            "with", "for", "between", "by", "among"):
        return []
    return [c for c in obj.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]


def in_quote(token: Token) -> bool:
    """Whether a token stands inside double quotes (or guillemets, or German quotes) within
    its line."""
    doc = token.doc
    text = text_of(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    before = text[line_start:token.idx]
    return (before.count('"') % 2 == 1) or (before.count("“") > before.count("”")) or (
        before.count("«") > before.count("»")) or (
        "„" in before and before.count("„") > before.count("“")) or (
        before.count("‘‘") > before.count("’’"))


def _past_told(token: Token) -> bool:
    """Whether a past verb tells the event: as its object or subject, or through "during",
    "at", "after" (the verb it hangs on, or the one that verb is the object of)."""
    if token.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return token.head.tag_ == "VBD"
    return token.dep_ == "pobj" and token.head.lower_ in ("during", "at", "after") and any(
        v.tag_ == "VBD" for v in (token.head.head, token.head.head.head))


_TAKING_PLACE = {"be", "take", "happen", "occur", "begin", "start", "open", "convene", "come",
                 "follow", "run", "last"}


def _to_take_place(verb: Token) -> bool:
    """"a meeting to be held", "talks to take place next week", "a summit to open on
    Monday": an infinitive that says the event is yet to happen (not "talks to discuss
    trade", its purpose)."""
    return verb.lemma_.lower() in _TAKING_PLACE or any(c.dep_ == "auxpass"
                                                       for c in verb.children)


def modality(token: Token, decided: bool = True) -> str:
    """occurred, planned, hypothetical or denied, read from the words around a trigger.
    `decided`: whether a verb of deciding above makes it planned ("agreed to continue
    negotiations"); not for an event the decision was taken in ("pledged ... during the
    meeting")."""
    for child in token.children:
        low = child.lower_
        if child.dep_ in ("amod", "compound") and low in HYPOTHETICAL_ADJ:
            return "hypothetical"
        if child.dep_ in ("amod", "compound") and low in PLANNED_ADJ and not (
                low in AWAITED and _past_told(token)):
            return "planned"  # (but "attended the long-awaited summit", "urged Japan ...
            # during a much-anticipated meeting here Saturday": it came)
    if token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("relcl", "acl") and c.i > token.i and (
                {a.lower_ for a in c.children if a.dep_ == "aux"} & {"will", "shall", "'ll"} or
                (c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                         for a in c.children) and _to_take_place(c)))
            for c in token.children):
        return "planned"  # "the summit it will host in September", "a meeting to be held"
        # (not "held talks to discuss trade": what the talks were for)
    if token.head.lemma_.lower() in HYPOTHETICAL_NOUNS and token.dep_ == "pobj":
        return "hypothetical"
    if token.dep_ == "pobj" and token.head.head.lemma_.lower() in HYPOTHETICAL_NOUNS:
        return "hypothetical"
    verb = governing_verb(token)
    if token.pos_ in ("NOUN", "PROPN") and verb is not None and (
            verb.lemma_.lower() in ("await", "anticipate", "prepare") or (
                verb.lemma_.lower() == "look" and any(c.lower_ == "forward"
                                                      for c in verb.children))):
        return "planned"  # "looked forward to tomorrow's NATO Leaders' Meeting"
    if verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" and \
            verb.head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be"
                                            for c in verb.head.children):
        return "planned"  # "he was going to discuss oil supplies with X", "is going to meet"
    chain: list[Token] = []
    current = verb
    while current is not None and len(chain) < 4:
        chain.append(current)
        if current.dep_ in ("xcomp", "advcl", "conj", "relcl", "pcomp", "acl") and \
                current.head != current:
            purpose = current.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            chance = _a_chance_to(current)  # "will have a chance to meet"
            if current.dep_ == "pcomp" and current.head.lower_ in ("without", "instead"):
                return "denied"  # "left without meeting X"
            current = _over_preposition(lifted(current)) if current.dep_ in (
                "xcomp", "pcomp", "conj") or purpose else current.head.head if chance else None
            if current is not None and glad_adjective(current):
                current = current.head  # ("would be happy to meet him": the copula's mood)
        else:
            current = None
    status = "occurred"
    for v in chain:
        marks = {c.lower_ for c in v.children if c.dep_ == "mark"}
        if marks & CONDITION_MARKS:
            return "hypothetical"
    for v in chain:
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        negated = any(c.dep_ == "neg" for c in v.children)
        lemma = v.lemma_.lower()
        if lemma in DENIAL_VERBS or (lemma == "rule" and any(
                c.lower_ == "out" for c in v.children)):
            return "hypothetical" if negated else "denied"
        if negated:
            return "denied"
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & PLANNED_AUX:
            status = "planned"
        if v.tag_ in ("VBP", "VBZ") and FUTURE_TIME_MARKS & {
                c.lower_ for c in v.children if c.dep_ in ("mark", "advmod") and c.i < v.i}:
            status = "planned"  # "before I meet with Putin", "when he meets Trump"
        if v is not chain[0] and lemma in PLANNING_VERBS:
            status = "planned"
        if v is chain[0] and lemma in PLANNING_VERBS and token.pos_ in ("NOUN", "PROPN") and (
                token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ in (
                    "to", "for") and token.head.head.i == v.i)):
            status = "planned"  # "proposed a Sharon-Arafat summit", "invited them to a
            # summit", "hoped for a meeting": what is proposed is not held
        if v is not chain[0] and lemma in DECISION_VERBS and decided and token.dep_ != "pobj":
            status = "planned"
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in v.children) and \
                lemma in ("be", "go") and status == "occurred":
            status = "planned"
    return status


def sentence_date_spans(token: Token, dates: list[Span]) -> list[Span]:
    sent = token.sent
    return [d for d in dates if d.start >= sent.start and d.end <= sent.end
            and not dates_another(d, token)]


# (with "npadvmod": "his inauguration last month" is the inauguration's date)
_NOUN_MODIFIERS = {"nummod", "compound", "amod", "nmod", "poss", "npadvmod"}
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month",
               "year", "time", "date", "anniversary"}


def dates_another(date: Span, trigger: Token) -> bool:
    """A date that is part of another thing's name or description dates that thing, not the
    trigger: "on the basis of the 1956 Joint Declaration", "the 2015 nuclear deal", "the
    June 2020 ceasefire". "Its 2008 summit" and "the 2019 G20 summit" date the summit, and
    "met at the 2019 summit" the meeting at it."""
    current = date.root
    if current.dep_ == "npadvmod" and current.head.pos_ != "NOUN":
        return False  # "talks in Sochi, Russia, September 4, 2023": a caption's date
    while current.dep_ in _NOUN_MODIFIERS and current.head.i != current.i:
        current = current.head
        if current == trigger:
            return False
        if current.pos_ not in ("NOUN", "PROPN") or current.ent_type_ in ("DATE", "TIME") \
                or current.lemma_.lower() in TIME_NOUNS:
            return False  # "on Monday afternoon", "on the morning of 5 May"
        if current.dep_ not in _NOUN_MODIFIERS:
            return current.lemma_.lower() not in _EVENT_NOUNS and \
                current.lower_ not in _EVENT_NOUNS
    return False


_OTHER_CLAUSES = {"ccomp", "xcomp", "advcl", "relcl", "parataxis"}


def not_its_date(trigger: Token) -> set[int]:
    """Tokens under a trigger whose dates are not the trigger's: a clause on a name ("held
    talks with Yanukovych, who is in Moscow ... since his inauguration last month") tells of
    that one; a "since" tells what came before ("met for the first time since Putin
    returned to the presidency on May 7", "their first meeting since talks in Bali")."""
    out = {i for t in trigger.subtree if t.dep_ in ("relcl", "acl", "appos") and
           t.head is not trigger and t.head.pos_ == "PROPN" and not (
               t.dep_ == "appos" and t.ent_type_ in ("DATE", "TIME"))
           for i in range(t.left_edge.i, t.right_edge.i + 1)}
    # (but "Netanyahu, this evening (Monday, 23 July 2018), met": a time set off by commas
    # after the subject is the clause's, which the parse makes the name's apposition)
    return out | {i for t in trigger.subtree if t.lower_ == "since" and t.dep_ in (
        "prep", "mark") for h in [t if t.dep_ == "prep" else t.head]
        if h is not trigger for i in range(h.left_edge.i, h.right_edge.i + 1)}


def date_near(token: Token, dates: list[Span], published: dt.date | None, order: str | None,
              within_clause: bool = False) -> DateValue | None:
    """The date a clause gives a trigger: the nearest DATE entity in the trigger's own
    subtree, else on the verbs it hangs on, climbing outwards; never across a quote."""
    candidates = sentence_date_spans(token, dates)
    if not candidates:
        return None
    current: Token | None = token
    below: Token | None = None  # the child of `current` the trigger is under
    for _ in range(6):
        if current is None:
            break
        lo, hi = current.left_edge.i, current.right_edge.i
        # climbing, never into a sibling clause: "Hollande, who hosted ..., said the votes,
        # planned for October, would be put off" dates no hosting in October
        other = {i for c in current.children if below is not None and c is not below and
                 c.dep_ in _OTHER_CLAUSES for i in range(c.left_edge.i, c.right_edge.i + 1)}
        if below is None:
            other |= not_its_date(current)
        inside = [d for d in candidates if d.start >= lo and d.end - 1 <= hi and
                  d.start not in other]
        if inside:
            best = min(inside, key=lambda d: abs(d.start - token.i))
            future = modality(token) == "planned"
            value = normalise(best.text, published, order, future=future)
            if value:
                return value
        if within_clause and current.dep_ in ("ccomp", "ROOT"):
            break
        if current.head == current:
            break
        below, current = current, current.head
    return None


def span_text(tokens: list[Token]) -> str:
    """Text of the given tokens in order, spaced as in the article, without edge punctuation."""
    if not tokens:
        return ""
    tokens = sorted(set(tokens), key=lambda t: t.i)
    parts = []
    for i, tok in enumerate(tokens):
        parts.append(tok.text)
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            parts.append(tok.whitespace_ if nxt.i == tok.i + 1 else " ")
    text = " ".join("".join(parts).split())
    return text.strip(" ,;:-—\"“”'")


def subtree_without(head: Token, excluded: list[Token]) -> list[Token]:
    banned: set[int] = set()
    for ex in excluded:
        banned.update(t.i for t in ex.subtree)
    return [t for t in head.subtree if t.i not in banned]


def condition_clauses(token: Token) -> list[Token]:
    """"if ..." / "unless ..." clauses hanging on a token or on the verbs beneath it."""
    out = []
    for tok in token.subtree:
        if tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            out.append(tok)
    for child in token.head.children if token.dep_ == "xcomp" else []:
        if child.dep_ == "advcl" and child not in out and any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in child.children):
            out.append(child)
    return out


DELEGATIONS = {"delegation", "side", "team", "participant", "attendee", "entourage"}
INCLUDED = {"include", "included", "includes", "comprised", "comprise"}


def in_attendance(token: Token) -> bool:
    """"officials in attendance", "were also in attendance", "In attendance were": the
    token carries "in attendance"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ == "attendance" for o in c.children)
        for c in token.children)


def delegation_of(verb: Token) -> list[Token]:
    """The subject of "The Russian delegation included ...", "the Uzbek side was led by
    ...", "Officials in attendance included ...": a delegation whose members the verb
    lists; [] for any other verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and (
        s.lemma_.lower() in DELEGATIONS or in_attendance(s) or (
            s.lemma_.lower() == "member" and delegation_noun(s) is not s))]


def delegation_noun(subject: Token) -> Token:
    """"Members of Akufo-Addo's delegation": the delegation the members are of (else the
    subject itself)."""
    return next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in DELEGATIONS),
                subject)
