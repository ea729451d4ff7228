"""Statements: quoted words and who said them.

A quote is text between double quotes on one line, at least four words long (shorter
quotes are scare quotes: "ongoing"). Its speaker is the subject of a speech verb outside
the quote in the sentences it touches ("...," Putin said; The Kremlin said ... to "...");
a quote with no speech verb of its own that follows another quote in the same paragraph
continues that speaker's words; a quote on its own line after a line that ends with a colon
("Foreign Secretary David Cameron said:", "the Speaker delivered the following remarks:", "He
added:") is that line's subject's; a transcript's label ("PRESIDENT TRUMP:", on the quote's
line or the line before) names its speaker. A transcript's turn whose words are not in
quotation marks ("FOREIGN MINISTER MAHER: Let me ...", "President of Russia Vladimir Putin:
...") is its speaker's statement too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.dates import DateValue
from kg.extract.clauses import SPEECH_VERBS, subjects
from kg.extract.mentions import FEMALE, MALE, Mentions
from kg.extract.model import Evidence, Statement
from kg.extract.tokens import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A transcript's speaker label: "PRESIDENT TRUMP:", "PRIME MINISTER KISHIDA (as interpreted):"
_LABEL = re.compile(r"^\W*([A-Z][A-Z.'\- ]*[A-Z])\s*(?:\([^)]*\))?\s*:\s*\W*$")
# a quote in straight or curly double quotes, in guillemets («...», the French and Russian
# style) or in German quotes („...“); one left open at a paragraph's end runs to its end
# (or in doubled single quotes, a print edition's or an old wire feed's: ‘‘...’’, ``...'',
# ''...''; or opened with a double quote and closed with two single ones: "...'')
_QUOTE = re.compile(r"[\"“«„]([^\"“”«»„\n]+)(?:[\"”»“]|'')|[\"“«„]([^\"“”«»„\n]+)$|"
                    r"(?:‘‘|``|(?<![\w'’])'')((?:(?!’’|'')[^\"“”«»„\n])+)(?:’’|'')", re.M)
# what stands between two parts of one quote: its attribution ('," Merkel said, "', '," said
# President Hu. "'), and nothing more
_BETWEEN = 90
SPEAKER_KINDS = {"person", "organisation", "country"}


_DOCUMENTS = {"statement", "communique", "communiqué", "declaration"}


# ("the King posted \"...\"", "tweeted"; "Momen quoted Xi as telling Hasina \"...\"")
_QUOTING = SPEECH_VERBS | {"post", "tweet", "quote", "joke", "quip"}


def _speaker(m: Mentions, verb: Token, quote: Span | None = None) -> str | None:
    if verb.lemma_.lower() == "quote":  # "X quoted Xi as telling Y": Xi spoke
        quoted = [k for o in verb.children if o.dep_ == "dobj" for k in _outside(m, o, quote)]
        return next((k for k in quoted if m.kind(k) in SPEAKER_KINDS), None)
    subs = subjects(verb)
    if not subs and quote is not None and verb.i >= quote.end - 1:
        subs = [c for c in verb.children if c.dep_ == "dobj"]  # '"...," added the
        # Secretary-General': the parse takes the speaker after the verb for its object
    for subj in subs:
        for key in _outside(m, subj, quote):
            if m.kind(key) in SPEAKER_KINDS:
                return key
        if subj.lemma_.lower() in _DOCUMENTS:
            # "..., the statement said": its authors ("a statement from the EU"), else the
            # body whose gathering the article reports
            owners = [o for o in subj.children if o.dep_ == "poss"] + [  # "the leaders'"
                o for p in subj.children if p.dep_ == "prep" and p.lower_ in ("from", "of", "by")
                for o in p.children if o.dep_ == "pobj"]
            authors = [k for o in owners for k in m.resolve_all(o) if m.kind(k) in SPEAKER_KINDS]
            return authors[0] if authors else m.gathering_body(subj)
    return None


def _outside(m: Mentions, subj: Token, quote: Span | None) -> list[str]:
    """Whom a speech verb's subject stands for; a pronoun's antecedent is sought outside the
    quote it attributes ('"No one will go back as long as Assad is in power," he told
    journalists': not Assad)."""
    keys = m.resolve_all(subj)
    if quote is None or subj.pos_ != "PRON" or not any(m.key(t) in keys for t in quote):
        return keys
    hidden = {t.i: m.token_key.pop(t.i) for t in quote if t.i in m.token_key}
    try:
        found = m.resolve_all(subj)
        before = subj.doc.text[max(0, quote.start_char - 300):quote.start_char]
        if not found and subj.lower_ in MALE | FEMALE and quote.start < subj.i and not any(
                q in before for q in '"”'):  # (not after another quote: whose it is, the
            # attributions between tell, not the names)
            # '"We commenced ... . One of the priorities of President Santokhi is ... ," he
            # said': a quote of several sentences; whom "he" was before it began
            found = m.person_before(quote[0])
        return found
    finally:
        m.token_key.update(hidden)


def read_statements(m: Mentions, published: dt.date | None) -> list[Statement]:
    doc = m.doc
    text = text_of(doc)
    found: list[Statement] = []
    date = DateValue(published.isoformat(), "day") if published else None
    last: tuple[int, str] | None = None  # (line start, speaker) of the previous quote
    previous_end = -1  # where the previous statement's quote ends
    runs_on: list[tuple[int, str]] = []  # paragraphs of one quote left open, not yet said
    for match in _QUOTE.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        q_start, q_end = match.start(group), match.end(group)
        quote = " ".join(match.group(group).split()).strip(" ,").lstrip("¡¿•·*–—- ")
        # ('"¡ We did commit ..."': a scraped page's stray mark opens the quote)
        line_start = text.rfind("\n", 0, q_start) + 1
        if len(quote.split()) < 4 or _a_title(quote):
            continue
        if runs_on and not _next_paragraph(text, runs_on[-1][0], match.start()):
            runs_on = []
        span = doc.char_span(runs_on[0][0] if runs_on else match.start(), match.end(),
                             alignment_mode="expand")
        if span is None:
            continue
        sents = {t.sent.start: t.sent for t in (span[0], span[-1])}
        after = span[-1].i + 1
        if after < len(doc):
            sents.setdefault(doc[after].sent.start, doc[after].sent)
        speaker = _label(m, text[line_start:q_start])  # "PRESIDENT TRUMP: "...""
        candidates = []
        for sent in sents.values():
            for tok in sent:
                if tok.pos_ == "VERB" and tok.lemma_.lower() in _QUOTING and not (
                        q_start <= tok.idx < q_end):
                    candidates.append(tok)
        candidates.sort(key=lambda t: min(abs(t.idx - q_start), abs(t.idx - q_end)))
        if speaker is None:  # no transcript label: the nearest speech verb's subject
            speaker = next((k for verb in candidates for k in [_speaker(m, verb, span)] if k),
                           None)
        introduced = False
        if speaker is None:  # "Foreign Secretary David Cameron said:" on the line before
            speaker = _introduced(m, text, line_start)
            introduced = speaker is not None
        if speaker is None and not candidates and last and last[0] == line_start:
            speaker = last[1]
        if speaker is None and not candidates and last and _continues(text, last, line_start,
                                                                      previous_end):
            speaker = last[1]
        if speaker is None:
            if group == 2 and not text[line_start:match.start()].strip():
                runs_on.append((match.start(), quote))  # '"In this summit, I had ...' /
                # '"After that, I also held ...," he said': one quote over paragraphs, said
                # by whoever says its last
            continue
        if runs_on:
            quote = " ".join([q for _, q in runs_on] + [quote])
            runs_on = []
        if found and found[-1].speaker == speaker and _one_quote(doc, previous_end, match):
            # '"A," Merkel said, "but B."', '"A," said Hu. "B."': the attribution splits one
            # quote; it stays one statement
            before = found[-1]
            end = max(before.evidence.end, max(s.end_char for s in sents.values()))
            joined = before.text + ("" if before.text.endswith((".", "?", "!")) else ",")
            found[-1] = Statement(speaker, joined + " " + quote, before.date, Evidence(
                " ".join(text[before.evidence.start:end].split()), before.evidence.start, end,
                before.evidence.confidence))
            previous_end = match.end()
            continue
        previous_end = match.end()
        last = (line_start, speaker)
        confidence = 0.75 if introduced else 0.85 if candidates else 0.6
        sent_first = span[0].sent  # (of the first paragraph of a quote that runs on)
        start = sent_first.start_char
        end = max(s.end_char for s in sents.values())
        evidence = Evidence(" ".join(text[start:end].split()), start, end, confidence)
        found.append(Statement(speaker, quote, date, evidence))
    return found + _turn_statements(m, text, date, found)


def _turn_statements(m: Mentions, text: str, date: DateValue | None,
                     quoted: list[Statement]) -> list[Statement]:
    """"FOREIGN MINISTER MAHER: Let me first of all welcome ...", "President of Russia
    Vladimir Putin: Mr Nazarbayev, ...": a transcript's turn is its speaker's statement (its
    first paragraph, and the next while the first is shorter than a quote), unless its words
    are in quotation marks (read as a quote above). A question's turn is no one's."""
    doc = m.doc
    turns = m.turns()
    out: list[Statement] = []
    for n, (i, speaker) in enumerate(turns):
        colon = next((t for t in doc[i:i + 16] if t.text in (":", "):")), None)
        if speaker is None or colon is None:
            continue
        start = colon.idx + len(colon.text)
        limit = doc[turns[n + 1][0]].idx if n + 1 < len(turns) else len(text)
        end = start
        while end < limit and len(text[start:end].split()) < 4:
            stop = text.find("\n", end + 1)
            end = min(limit, stop if stop != -1 else len(text))
        words = re.sub(r"^\([^)]*\)\s*", "", " ".join(text[start:end].split()))
        # ("(as interpreted) Thank you, Mr. President")
        if len(words.split()) < 4 or words[:1] in ('"', "“") or any(
                start <= q.evidence.start < end for q in quoted):
            continue
        out.append(Statement(speaker, words[:1000], date, Evidence(
            " ".join(text[doc[i].idx:end].split())[:1000], doc[i].idx, end, 0.8)))
    return out


_SMALL_WORDS = {"of", "on", "and", "the", "for", "in", "to", "a", "an", "with", "between", "at"}


def _a_title(quote: str) -> bool:
    """"to fulfill the "Joint Statement on EU Enlargement and EU-Russia Relations"": a quoted
    name of a document, a plan or an event, every word capitalised but the small ones, and
    no sentence's end (but the sentence's own stop inside the marks of a long name: 'announced
    a "Joint Declaration on Comprehensive Partnership between Japan and Sri Lanka."'); no
    one's words."""
    words = quote.rstrip(".,;:!?").split()
    ends = quote.rstrip().endswith(("!", "?")) or (quote.rstrip().endswith(".") and
                                                    len(words) < 5)
    return not ends and all(
        w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)


def _one_quote(doc: Doc, previous_end: int, match: re.Match) -> bool:
    """Whether this quote goes on the previous one, past only its attribution, within one
    sentence: '," Merkel said, "' (one speech verb, no full stop, no "adding that"). A full
    stop ends the first: '"A," Putin said. "B."' is two statements, as the shared seed's
    facts have it."""
    if previous_end < 0:
        return False
    between = text_of(doc)[previous_end:match.start()]
    if not 0 < len(between) <= _BETWEEN or "\n" in between or \
            re.search(r"[.!?]\s", between) or _INTRODUCES.search(between):
        return False
    span = doc.char_span(previous_end, match.start(), alignment_mode="expand")
    return span is not None and sum(
        t.lemma_.lower() in SPEECH_VERBS | {"continue"} for t in span) == 1


# words that open a quote of its own: '," Putin said, adding that "B"'
_INTRODUCES = re.compile(r"\b(?:that|adding|saying|noting|stressing|calling|urging)\b", re.I)


def _next_paragraph(text: str, start: int, after: int) -> bool:
    """Whether the paragraph at `after` comes right after the one at `start`, with nothing
    but blank lines between."""
    end = text.find("\n", start)
    return end != -1 and not text[end:after].strip()


def _continues(text: str, last: tuple[int, str], line_start: int, previous_end: int) -> bool:
    """A quote on the line right after the previous quote's line continues it; so does a
    paragraph that is a quote with no attribution right after the paragraph of an attributed
    one ('"...," he said.' / blank line / '"We two leaders appreciate ..."'), as wire copy
    runs one speaker's quotes on (not the paragraphs of one long quote that runs on unclosed,
    which a reader counts as one statement)."""
    prev_line_end = text.find("\n", last[0])
    if prev_line_end == -1:
        return False
    if prev_line_end + 1 == line_start:
        return True
    between = text[prev_line_end:line_start]
    attributed = len(text[previous_end:prev_line_end].split()) >= 2  # '," he said.'
    return attributed and not between.strip() and between.count("\n") <= 3 and \
        text[line_start:line_start + 1] in ('"', "“")


_DESCRIBING = {"describe", "characterise", "characterize", "call", "hail", "praise", "say",
               "tell", "add", "explain", "note", "recall"}


def _introduced(m: Mentions, text: str, line_start: int) -> str | None:
    """The speaker a line ending in a colon introduces, for the quote on the next line with
    words ("> " and blank lines between are skipped)."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and line != ">":
            break
        end = start - 1
    else:
        return None
    if line.endswith(".") and text[line_start:line_start + 1] in ('"', "“") and \
            line.count("“") <= line.count("”") and line.count('"') % 2 == 0:
        # (not after a paragraph whose own quote runs on unclosed: one speech)
        # 'Dino described the meeting as very cordial.' / '"From my own personal observation,
        # they seem to have hit it off."': a paragraph that is a quote, after one that tells
        # how someone described or spoke of the matter, is theirs
        span = m.doc.char_span(start, end, alignment_mode="expand")
        roots = [] if span is None else list(dict.fromkeys(t.sent.root for t in span))
        for root in reversed(roots):  # (the last sentence that tells one speaking)
            if root.pos_ == "VERB" and root.lemma_.lower() in _DESCRIBING and \
                    root.tag_ == "VBD":
                return _speaker(m, root)
        return None
    if not line.endswith(":"):
        return None
    labelled = _label(m, line)  # "PRESIDENT BIDEN:", "PRIME MINISTER KISHIDA (as interpreted):"
    if labelled:
        return labelled
    span = m.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for verb in (t for t in span if t.pos_ == "VERB"):
        speaker = _speaker(m, verb)
        if speaker:
            return speaker
    return None


def _label(m: Mentions, before: str) -> str | None:
    """The person a transcript's label names ("PRESIDENT TRUMP: ", "> PRESIDENT BIDEN:"): the
    one person of the article whose name ends with its last word."""
    match = _LABEL.match(before.strip())
    if not match:
        return None
    last = match.group(1).split()[-1].title()
    return m.surname(last)
