"""Which language an article is in: kg's extractor reads English only.

py3langid (a maintained port of langid.py, BSD licence, its model inside the package, no
download) names the language; an article is called not English only when it is long enough
to tell (12 words or more) and the model is sure (probability 0.95 or more). On the 159
English articles of tests/gold, the seeds and the real-page sets it calls none of them
anything else; short English lines ("Putin met Xi in Beijing.") it is unsure of, and they
pass.
"""

from __future__ import annotations

from functools import cache

_NAMES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
          "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic",
          "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "uk": "Ukrainian", "fa": "Persian"}


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


_ENGLISH = {"the", "and", "of", "to", "in", "on", "with", "for", "that", "was", "is", "said",
            "he", "his", "has", "have", "by", "at", "from", "will", "would", "their", "its"}


def not_english(text: str) -> str | None:
    """"French (fr)" when the text is surely in another language than English, else None."""
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    other_script = len(letters) >= 20 and sum(ch < "\u0250" for ch in letters) < len(letters) / 2
    words = sample.lower().split()
    if len(words) < 12 and not other_script:
        return None
    if not other_script and sum(w in _ENGLISH for w in words) >= 0.2 * len(words):
        return None  # a fifth of the words English function words: English, surely (the
        # model, half a second to load, is left for the texts that need it)
    lang, probability = _identifier().classify(sample)
    if lang == "en" or (probability < 0.95 and not other_script):
        return None  # (mostly in another script than Latin: not English, however unsure)
    return f"{_NAMES.get(lang, lang)} ({lang})"
