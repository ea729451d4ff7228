"""Who and what the article names: entity mentions, canonical names, and coreference.

Mentions come from spaCy's entities, with the gazetteer's ids where the entity ruler set
them. Short names join the full name they stand for ("Putin" -> "Vladimir Putin"); pronouns
and nominal mentions ("he", "the Russian leader", "it") resolve to the entity they mean, or
to nothing when the rule is unsure.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import cache, cached_property
from typing import TYPE_CHECKING

from kg import dates, directory, gazetteer, lexicon
from kg.extract.clauses import governing_verb, in_quote, subjects
from kg.extract.known_people import SOVEREIGNS
from kg.extract.model import Entity, Event, Evidence
from kg.extract.tokens import sentence_index, sentence_starts, text_of, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TITLE_WORDS = {
    "president", "prime", "minister", "premier", "chancellor", "king", "queen", "emperor",
    "emir", "sultan", "prince", "crown", "supreme", "leader", "secretary", "general",
    "secretary-general", "foreign", "defence", "defense", "finance", "interior", "trade",
    "economy", "energy", "state", "vice", "deputy", "ambassador", "envoy", "spokesperson",
    "spokesman", "spokeswoman", "chairman", "chairwoman", "chairperson", "chair", "chief", "head",
    "governor", "mayor", "commander", "adviser", "advisor", "national", "security",
    "director", "president-elect", "senator", "speaker", "counterpart", "pope", "sheikh",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "lt", "col",
    "shri", "smt", "smt.", "h.e.", "hon", "hon.", "his", "her", "excellency", "sir", "dame",
    "lord", "lady", "baroness", "baron", "honourable", "honorable", "rt", "rt.", "madam",
    "councilor", "councillor", "commissioner", "representative", "tanaiste", "sayyid", "sayyida",
    "alhaji", "alhaja", "hajia", "hajiya",  # (Nigerian, Ghanaian honorifics of pilgrims)
    "messrs", "messrs.", "mmes", "mmes.", "mister", "madame",
}
POST_NOMINALS = {"MP", "KC", "QC", "KCB", "OBE", "CBE", "MBE", "PC", "MEP", "MLA", "MSP", "TD"}
HONOURED = {"hon", "hon.", "rt", "rt.", "h.e.", "honourable", "honorable", "excellency", "excy",
            "excy.", "amb.", "engr", "engr."}
_HEADS_OF = re.compile(r"(?:[Tt]he )?(?:[Tt]wo |[Bb]oth )?Heads? of (?:State|Government)"
                       r"(?: and (?:of )?Government)?")
_JOINT_VERBS = {"agree", "discuss", "decide", "sign", "exchange", "review", "note", "welcome",
                "reaffirm", "reiterate"}  # what two who met do together: "We agreed to ..."
_LABEL_INITIALS = {"sg": "secretary-general", "pm": "prime minister"}  # a transcript's "SG:"
_CROWNS = (SOVEREIGNS - {"pope", "crown prince", "grand duke"}) | {"amir", "monarch", "sovereign"}
# (the titles "the monarch" may stand for: known_people's sovereigns that reign)
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord",
              "lady", "baroness", "shri", "smt", "smt.", "messrs", "messrs.", "mmes", "mmes.",
              "mister", "madame"}
# (a surname alone may follow; "Messrs Putin and Blair": surnames)
LEADER_NOUNS = {"leader", "president", "premier", "chancellor", "king", "queen", "emir",
                "sultan", "minister", "head", "counterpart", "pope", "monarch", "ruler",
                "sovereign"}
GROUP_NOUNS = {"leader", "leaders", "government", "governments", "officials", "authorities",
               "administration", "delegation", "delegations", "rulers", "ruler", "junta",
               "regime", "members", "ministers", "side",
               "people", "peoples", "citizens", "population", "nation"}  # "the Kyrgyz people"
COLLECTIVE_NOUNS = {"leader", "side", "party", "president", "minister", "head", "counterpart", "official",
                    "pm",
                    "delegation", "prime", "premier", "chancellor"}  # "the two sides"
GATHERED = {"minister", "leader", "diplomat", "participant", "member", "ally", "group",
            "delegation", "delegate", "envoy"}  # who speak for a gathering's organisation
_MEETING_VERBS = {p.lemma for p in lexicon.load().predicates
                  if p.pos == "verb" and p.cls in ("meeting", "visit")}
# in a headline in title case, a trigger word with a verb ending ends a name the model ran on
# into it
_HEADLINE_VERBS = lexicon.load().verb_forms
_RULING = {"government", "authority", "administration", "regime", "junta", "leadership",
           "side", "population", "nation"}  # "the Philippine government", "the Ukrainian side"
_COUNTED_ONLY = {"man", "woman"}  # "the two men", "both women": who met; never "the men"
_STATE_NOUNS = {"government", "country", "nation", "state"}  # "the two governments"
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
COLLECTIVE_PRONOUNS = {"they", "them", "their", "both"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NEUTER = {"it", "its", "itself"}
_BAD_PERSON = re.compile(r"\d|[@/\\|#]|^['’]|^(?!(?:al|el)-[A-Z])(?!(?:de|van|von|der|den|da|di|"
                         r"du|le|la|ter|ten)(?: (?:der|den|la))? [A-Z])[a-z]")
# (not "al-Sudani", "el-Sisi": an Arabic family name with its article in lower case; nor "de
# Hoop Scheffer", "van der Bellen": a family name's particle; nor "'S STATEMENT", the rest of a
# heading's "PRIME MINISTER'S STATEMENT")
_TITLE_WORDS_LEX = {w for t in lexicon.load().titles for w in t.split()} - {"and"}
_TITLE_HEADS = {t.split()[-1] for t in lexicon.load().titles} - {"of", "state", "leader"}
_THE_COUNTRIES = {"USA", "GBR", "NLD", "PHL", "ARE", "CZE", "COD", "COG", "CAF", "DOM", "GMB",
                  "BHS", "MHL", "SLB", "COM", "MDV", "SYC"}


def _title_case(text: str) -> str:
    return " ".join(w if w == "of" else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for w in text.split())


def _one_word_spelled_otherwise(a: str, b: str) -> bool:
    """Two names of as many words that differ in one word of five letters or more, spelled
    nearly the same (four in five letters alike): "Rajapakse"/"Rajapaksa"."""
    from difflib import SequenceMatcher

    wa, wb = directory.fold(a).split(), directory.fold(b).split()
    differ = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y]
    return len(wa) == len(wb) >= 2 and len(differ) == 1 and all(
        min(len(x), len(y)) >= 5 and SequenceMatcher(None, x, y).ratio() >= 0.8
        for x, y in differ)


def _adjacent_names_joined(doc: Doc) -> list[Span]:
    """The Doc's entities, where two people's names stand side by side with nothing between
    them one name: "Prime Minister Syed Yusuf Raza Gilani" came as "Syed Yusuf" and "Raza
    Gilani", "Nawaf al-Ahmad al-Sabah" as "Nawaf al-" and "Ahmad al-Sabah" (names in a list
    are parted by a comma or "and"; "Saudi Arabian King" and "Salman bin Abdulaziz" are a
    title and a name)."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        glued = last is not None and doc[last.end - 1].text == "-" and \
            not doc[last.end - 1].whitespace_  # ("Nawaf al-" and "Ahmad al-Sabah": the name
        # parted inside "al-Ahmad", where the directory knows another by the tail's words)
        if last is not None and last.label_ == ent.label_ == "PERSON" and \
                last.end == ent.start and not last.ent_id_ and (
                    glued or not ent.ent_id_ or _given_names_of(last, ent)) and \
                not any(_no_name_word(t.text) or t.lower_ in _STYLES for t in last) and \
                (doc[last.end - 1].whitespace_ == " " or glued) and \
                "\n" not in last.text + ent.text:
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return [_with_apostrophe_name(doc, e) for e in out]


@cache
def _directory_words() -> frozenset[str]:
    """The one-word names and aliases the office-holder directory knows, lowercased."""
    return frozenset(k for k in directory.load().by_name if " " not in k)


def _given_names_of(names: Span, known: Span) -> bool:
    """"Prime Minister Muhammad Nawaz Sharif": the gazetteer tagged the name it knows, "Nawaz
    Sharif", and the model the given name before it alone; proper nouns the parse compounds
    on the known name are its given names (not a list: "Thank Vladimir Putin" is no name)."""
    return all(t.pos_ == "PROPN" and t.dep_ == "compound" and t.is_alpha and t.text.istitle()
               and (known.start <= t.head.i < known.end or t.i < t.head.i < names.end)
               and t.lower_ not in _NAME_STYLES for t in names)


_LEADING_STYLES = {"datuk", "dato", "datin", "tan", "tun", "toh", "puan", "haji", "hajjah",
                   "pehin", "samdech"}
# Styles before a name that the model may tag as a name of its own ("Datuk Seri Anwar
# Ibrahim", "Tan Sri", "Sheikh"): no given names.
_NAME_STYLES = {"datuk", "dato", "datin", "seri", "sri", "tan", "tun", "toh", "puan", "haji",
                "hajjah", "pehin", "pengiran", "sheikh", "shaikh", "sheikha", "sayyid",
                "samdech", "techo", "akka", "maha", "thiri"}


# Styles that tell a person's sex, and the pronouns that do ("she said" is not Mr Rudd).
_STYLE_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f",
              "mme": "f", "sir": "m", "dame": "f", "lady": "f", "king": "m", "queen": "f",
              "prince": "m", "princess": "f", "sheikha": "f", "mr.": "m", "mrs.": "f",
              "ms.": "f", "mme.": "f"}
_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
                "hers": "f", "herself": "f"}


# A date of the Hijri calendar as Gulf agencies write it before the Gregorian one.
_HIJRI = re.compile(r"(?:Muharram|Safar|Rabi['’]?\s?(?:al-|Al-)?(?:Awwal|Thani|I|II)|"
                    r"Jumada\s(?:al-)?(?:Ula|Akhirah|Awwal|Thani|I|II)|Rajab|Sha['’]?ban|"
                    r"Ramadan|Shawwal|Dhu\s?al-(?:Qi['’]?dah|Hijjah))\s\d{1,2},\s\d{4},\s")


def hijri_date(span: Span) -> int:
    """How many tokens a Hijri date opening the span takes ("Sha'ban 26, 1438, "), else 0."""
    m = _HIJRI.match(span[:8].text) if len(span) else None
    if m is None:
        return 0
    end = span[0].idx + m.end()
    return sum(1 for t in span[:8] if t.idx < end)


def _named_with_acronym(ent: Span, text: str) -> str:
    """"the Organisation of Eastern Caribbean States (OECS)": a body's name with its article,
    which its bracketed acronym spells, without the article; else ""."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return ""
    name = re.sub(r"^[Tt]he ", "", text)
    acronym = doc[ent.end + 1].text
    return name if name[:1].isupper() and acronym.isalpha() and acronym.isupper() and \
        _initials_spell(name, acronym) else ""


def _initials_spell(name: str, acronym: str) -> bool:
    """Whether the initials of a name's words spell the acronym, small words ("of", "and",
    "the") counted or not: "Economic Community of West African States" -> ECOWAS."""
    words = [w for w in re.split(r"[\s-]+", name) if w]

    def spell(w: int, a: int) -> bool:
        if a == len(acronym):
            return all(x.lower() in _SMALL_WORDS for x in words[w:])
        if w == len(words):
            return False
        word = words[w]
        if word[0].upper() == acronym[a] and spell(w + 1, a + 1):
            return True
        return word.lower() in _SMALL_WORDS and spell(w + 1, a)

    return spell(0, 0)


_SMALL_WORDS = {"of", "and", "the", "for", "on", "in", "&"}


_APOSTROPHE_NAME = re.compile(r"[A-Z][a-zà-ÿ]*['’][A-Za-zà-ÿ]{2,}")


def _with_apostrophe_name(doc: Doc, ent: Span) -> Span:
    """"Fiamē Naomi Mata’afa", "Conor O'Brien": the model may leave out a last name word
    with an apostrophe inside it; right after a person's name, it is part of it (not "’s")."""
    from spacy.tokens import Span

    if ent.label_ != "PERSON" or ent.end >= len(doc) or not ent[-1].whitespace_:
        return ent
    after = doc[ent.end]
    if after.ent_type_ or not _APOSTROPHE_NAME.fullmatch(after.text):
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _months_taken_for_names(doc: Doc) -> dict[int, Span]:
    """"ISLAMABAD, Mar 24 (APP):", "Sept 5": the small model may take a month's short name
    for a person or an organisation and the day after it for a date of its own; month and
    day are one date (with the year, when the model gave it to the day)."""
    from spacy.tokens import Span

    out: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ == "DATE" or len(ent) != 1 or not dates.is_month(ent.text) or \
                ent.end >= len(doc):
            continue
        day = doc[ent.end]
        if not (day.is_digit and 1 <= int(day.text) <= 31):
            continue
        end = next((e.end for e in doc.ents if e.start == day.i and e.label_ == "DATE"),
                   day.i + 1)
        out[ent.start] = Span(doc, ent.start, end, label="DATE")
    return out


class Mentions:
    """Entity mentions of one Doc and the rules that resolve tokens to entity keys."""

    def __init__(self, doc: Doc, published: dt.date | None = None) -> None:
        self.doc = doc
        self.published: dt.date | None = published  # the article's date (who held which
        # office)
        self.entities: dict[str, Entity] = {}
        self.token_key: dict[int, str] = {}  # token index -> entity key (entities, not demonyms)
        self.demonym: dict[int, str] = {}  # token index -> country key, for NORP adjectives
        self.dates: list[Span] = []
        self._person_spans: list[tuple[Span, str]] = []
        self._guessed: set[str] = set()  # non-person entities only the statistical model saw
        self._read_entities()
        self._untagged_holders()
        self._bracketed_acronyms()
        self._names_after_titles()
        self._given_names_left_out()
        self._halves_joined()
        self._quoted_nicknames()
        self._join_short_names()
        self._paired_surnames()
        self._named_forces()
        self.roles_by_holder: dict[str, set[str]] = {}  # filled by the role rules
        self.roles_by_title: dict[str, dict[str, int]] = {}  # title -> person -> first token
        # Document context, filled by kg.extract as the stages run:
        self.publisher_office: str | None = None  # the office its site reports ("president")
        self.publisher: str | None = None  # the country or organisation publishing
        self.headline_titles: dict[str, str] = {}  # title -> the name the headline gives it
        self.headline_author: tuple[str, str] | None = None  # "Statement by President X"
        self.headline_place: str | None = None  # "Talks ... in Berlin": the city it names
        self.headline: str = ""  # the article's title
        self.events: list = []  # the article's events, once read
        self.organisers: list[tuple[int, str]] = []  # (token, organisation) of gatherings
        self.quote_speakers: list[tuple[int, int, str]] = []  # quote offsets and speaker
        self._bare_told: dict[str, tuple[int, str]] = {}  # a bare title -> where it was
        # first read alone and whom it stood for
        self.early_quote_speakers: list[tuple[int, int, str]] = []  # the same, read before
        # the events (for "I" only)
        self.offices: list[tuple[str, str, str, Token]] = []  # office nodes minted
        self._authors: list[str] | None = None  # who "we" are outside quotes, once asked
        self._turns: list[tuple[int, str | None]] | None = None  # transcript turns, once asked
        self.dateline_end = self._dateline_end()  # tokens before it name where, not who
        # (in its own sentence: a photo caption above "MEXICO CITY -" names people too)
        self.dateline_start = self.doc[self.dateline_end - 1].sent.start \
            if self.dateline_end else 0
        self._split_dateline_dates()
        self._weekday_glossed()
        self._day_before_month()

    # -- entities ---------------------------------------------------------------------------

    def _read_entities(self) -> None:
        gaz = gazetteer.load()
        months = _months_taken_for_names(self.doc)
        surnames = {e[-1].text for e in self.doc.ents if e.label_ == "PERSON" and len(e) >= 2
                    and e[-1].is_alpha and e[-1].text.istitle() and not e[-1].ent_id_}
        for ent in _adjacent_names_joined(self.doc):
            if ent.start in months:
                self.dates.append(months[ent.start])
                continue
            if any(s.start < ent.start < s.end for s in months.values()):
                continue  # (the day of a month read above)
            label, ent_id = ent.label_, ent.ent_id_
            text = _clean_name(ent.text)
            if not text:
                continue
            if label == "TIME" and re.fullmatch(r"(?:earlier |later )?this (?:morning|"
                                                r"afternoon|evening)", ent.text.lower()):
                label = "DATE"  # "at the White House this morning": the article's day
            if label == "DATE":
                if not (len(ent) == 1 and re.fullmatch(r"\d+(?:st|nd|rd|th)", ent.text)
                        and ent[0].dep_ in ("amod", "nummod")
                        and ent[0].head.pos_ in ("NOUN", "PROPN")) and not _an_age(ent):
                    self.dates.append(ent)  # (not "the 27th meeting": an ordinal, no date)
                continue
            _kind, key = None, None
            entity: Entity | None = None
            if ent_id.startswith("country:"):
                iso3 = ent_id.split(":", 1)[1]
                if label == "NORP":
                    for tok in ent:
                        self.demonym[tok.i] = f"country:{iso3}"
                    continue
                country = gaz.countries[iso3]
                entity = Entity(f"country:{iso3}", "country", country.name, country=iso3,
                                geonames=(country.geonames_id, 0.0, 0.0) if country.geonames_id
                                else None)
            elif ent_id.startswith("seat:"):
                iso3 = ent_id.split(":", 1)[1]
                name = re.sub(r"^[Tt]he ", "", text)
                entity = Entity(f"org:{gazetteer.slug(name)}", "organisation", name, country=iso3)
            elif ent_id == "org:UNSC" and _a_national_council(ent):
                continue  # "Russian Security Council Secretary Nikolai Patrushev": a state's
                # own security council, not the UN's
            elif ent_id.startswith("org:"):
                entity = _organisation(gaz.organisations[ent_id.split(":", 1)[1]])
            elif ent_id.startswith("residence:"):  # "at Chequers": a place in a country,
                _, iso3, name = ent_id.split(":", 2)  # with no coordinates
                entity = Entity(f"place:{gazetteer.slug(name)}", "place", name, country=iso3)
            elif ent_id.startswith("city:"):
                city = gazetteer.city(int(ent_id.split(":", 1)[1]))
                if city is None:
                    continue
                entity = Entity(f"place:{gazetteer.slug(city.name)}", "place", city.name,
                                country=city.country,
                                geonames=(city.geonames_id, city.latitude, city.longitude))
            elif label in ("PERSON", "ORG", "GPE", "LOC") and not ent_id and \
                    (iso3 := _town_in_a_country(ent)) and not self._holder_named(text):
                entity = _place(text)  # "At the 42nd Asean Summit in Labuan Bajo, Indonesia":
                entity.country = entity.country or iso3  # a town of the country after it
            elif label == "PERSON" and all(t.lower_.rstrip("'’.") in _NAME_STYLES | HONORIFICS
                                           | HONOURED for t in ent if not t.is_punct):
                continue  # "Datuk Seri", "Tan Sri": styles the model took for a name
            elif label == "PERSON" and _modifier_only(ent) and not self._holder_named(text):
                continue  # "the big Olympic family": a word before a common noun, no one
            elif label == "PERSON" and _place_taken_for_a_name(ent) and \
                    not self._holder_named(text):  # ("spoke to Obama": not the Japanese town)
                entity = _place(text)
            elif label == "PERSON" and _a_company(ent) and not self._holder_named(text):
                entity = Entity(f"org:{gazetteer.slug(text)}", "organisation", text)
                # ("Petronas, Malaysia's national petroleum corporation": no person)
            elif label == "PERSON" and all(t.lower_ in _HEADING_WORDS or t.is_punct or
                                           t.lower_ in ("media", "press", "opening", "closing")
                                           for t in ent):
                continue  # "Media Remarks by Minister X", "Readout": a heading's word
            elif label == "PERSON" and (len(ent) >= 2 and ent[-1].lower_ in _THINGS_NAMED or
                                        _named_after(ent)) and not self._holder_named(text):
                continue  # "Aguda House", "the Continental Free Trade Agreement": a building
                # or a document the model took for a person
            elif label in ("GPE", "ORG", "LOC", "NORP") and not ent_id and len(ent) == 1 and (
                    self._holder_named(text) or (text in surnames and ent.root.dep_ in (
                        "nsubj", "nsubjpass", "dobj", "pobj", "conj"))):
                # ("For his part, Mattis stressed ...": the surname of a person the article
                # names in full, which the model took for a nationality here)
                # "Buhari and May held a meeting", "Medvedev hosted ...": the surname of
                # someone in office on the article's date, which the model took for a place
                entity = Entity("person:" + gazetteer.slug(text), "person", text)
            elif label == "PERSON" or (
                    label in ("ORG", "GPE", "LOC", "FAC", "NORP") and not ent_id
                    and ent.start > 0 and self.doc[ent.start - 1].lower_ in TITLE_WORDS
                    and self.doc[ent.start - 1].text[:1].isupper()
                    and all(t.text[:1].isupper() or t.lower_ in _PARTICLES for t in ent)) or (
                    label == "ORG" and not ent_id and len(ent) >= 3 and (
                        any(t.lower_ in HONOURED for t in ent[:3])
                        or ent[-1].text in POST_NOMINALS)) or (
                    label in ("ORG", "GPE", "NORP") and not ent_id and len(ent) >= 2 and
                    ent[0].lower_ != "the" and ent.end < len(self.doc) and
                    self.doc[ent.end].text == "," and any(
                        c.dep_ == "appos" and c.lower_ in _TITLE_HEADS and
                        c.left_edge.i == ent.end + 1 for c in ent.root.children)) or (
                    label == "ORG" and not ent_id and 2 <= len(ent) <= 4 and
                    ent.root.dep_ == "appos" and ent.root.head.lower_ in TITLE_WORDS and
                    any(c.dep_ in ("poss", "amod") and c.ent_id_.startswith("country:")
                        for c in ent.root.head.children) and
                    ent.start > 0 and self.doc[ent.start - 1].text == "," and
                    all(t.text[:1].isupper() and t.is_alpha for t in ent)) or (
                    label == "ORG" and not ent_id and _looks_like_a_name(ent) and
                    _meets_a_person(ent)) or (
                    label == "ORG" and not ent_id and 2 <= len(ent) <= 4 and
                    ent[0].text == "PM" and all(t.text[:1].isupper() and t.is_alpha
                                                for t in ent[1:])) or (
                    label in ("ORG", "GPE", "LOC") and not ent_id and
                    _set_off_after_title_phrase(ent)):
                # (a name the model took for a place or organisation, but a title precedes:
                # "Chancellor Olaf Scholz", or is in it: "PM Modi"; or it carries an honour:
                # "the Hon Anthony
                # Albanese MP"; or a title follows it: "Úmaro Sissoco Embaló, the President
                # of Guinea-Bissau"; or it is set after a country's title by a comma:
                # "Japan's national security adviser, Shotaro Yachi"; or it meets a person
                # and has no word of an institution: "Moussa Faki Mahamat met X")
                if ent.start > 0 and self.doc[ent.start - 1].lower_ == "the":
                    continue  # "the Bosphorus": a name with an article is not a person's
                ent = _complete_name(ent)
                name = _person_name(ent)
                if name:
                    _kind, key = "person", "person:" + gazetteer.slug(name)
                    entity = Entity(key, "person", name)
            elif label in ("GPE", "LOC", "FAC", "ORG") and not ent_id and \
                    re.sub(r"^[Tt]he ", "", text).lower() in _GATHERING_WORDS:
                continue  # "represented the EU at the Summit": the gathering, not Summit, NJ
            elif label in ("ORG", "GPE", "NORP") and not ent_id and len(ent) == 1 and \
                    text in ("State", "Government") and ent.start >= 2 and \
                    self.doc[ent.start - 1].lower_ == "of" and \
                    self.doc[ent.start - 2].lower_ in TITLE_WORDS | _TITLE_HEADS:
                continue  # "Minister of State", "Head of Government": the title's own word
            elif label in ("ORG", "GPE", "NORP") and not ent_id and _HEADS_OF.fullmatch(text):
                continue  # "The two Heads of State re-affirmed": a title's plural, the people
                # who hold it (not an organisation "Heads of State")
            elif label in ("GPE", "LOC", "FAC"):
                country = gaz.country_by_name(text)
                if country:
                    entity = Entity(f"country:{country.iso3}", "country", country.name,
                                    country=country.iso3)
                elif text[:1].isupper() and len(text) > 1:
                    entity = _place(text)
            elif label == "ORG" and (_article_name(text) or _named_with_acronym(ent, text)):
                text = _article_name(text) or _named_with_acronym(ent, text)
                # "the Rapid Support Forces", "the Free Syrian Army", "the Organisation of
                # Eastern Caribbean States (OECS)"
                entity = Entity(f"org:{gazetteer.slug(text)}", "organisation", text)
            elif label == "ORG" and text[:1].isupper() and len(text) > 1:
                if gazetteer.places_index().get(gazetteer.normalise(text)):
                    entity = _place(text)  # a city the model took for an organisation
                else:
                    entity = Entity(f"org:{gazetteer.slug(text)}", "organisation", text)
            if entity is None:
                continue
            if not ent_id and entity.kind != "person":
                self._guessed.add(entity.key)
            self._add(entity, ent)

    def _bracketed_acronyms(self) -> None:
        """"the 13th Economic Cooperation Organization (ECO) summit ... the ECO Summit": a
        body the gazetteer does not know, named with its acronym in brackets, is the body the
        acronym names elsewhere in the article (the model tags the acronym apart, or not at
        all); the acronym is its short name, as a known body's is."""
        doc = self.doc
        found: dict[str, str] = {}
        for tok in tokens_with(doc, {"("}):
            i = tok.i
            if not 0 < i < len(doc) - 2 or doc[i + 2].text != ")":
                continue
            acronym, key = doc[i + 1].text, self.token_key.get(i - 1)
            if key is None and acronym.isalpha() and acronym.isupper():
                key = self._body_spelled(i, acronym)  # a name the model did not tag
            entity = self.entities.get(key) if key else None
            if entity is None or entity.kind != "organisation" or key not in self._guessed or \
                    not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8) \
                    or not _initials_spell(entity.name, acronym):
                continue
            entity.acronym = acronym
            found[acronym] = entity.key
        for acronym, key in found.items():
            for tok in tokens_with(doc, {acronym.lower()}):
                other = self.token_key.get(tok.i)
                if tok.text != acronym or (other and (other not in self._guessed or
                                                      self.entities[other].name != acronym)):
                    continue
                self.token_key[tok.i] = key
                if other and other not in self.token_key.values():
                    del self.entities[other]

    def _body_spelled(self, bracket: int, acronym: str) -> str | None:
        """"the Asia Cooperation Dialogue (ACD)", "the Indian Ocean Rim Association (IORA)":
        the capitalised words right before a bracketed acronym that they spell, untagged
        (a demonym among them is part of the name), are a body: its key."""
        doc = self.doc
        for start in range(bracket - 2, max(-1, bracket - 13), -1):
            tok = doc[start]
            if self.token_key.get(start) or not (tok.is_alpha and (
                    tok.text[:1].isupper() or tok.lower_ in _SMALL_WORDS)):
                return None
            span = doc[start:bracket]
            if tok.text[:1].isupper() and _initials_spell(span.text, acronym):
                for t in span:
                    self.demonym.pop(t.i, None)
                entity = Entity(f"org:{gazetteer.slug(span.text)}", "organisation", span.text)
                self._guessed.add(entity.key)
                self._add(entity, span)
                return entity.key
        return None

    def _untagged_holders(self) -> None:
        """"Lula and Bush met at a luncheon": a capitalised proper noun the model left untagged,
        standing where a person would (a subject, an object, a conjunct), which is the name
        the office-holder directory knows someone in office on the article's date by, is
        that person, as such a word the model took for a place is."""
        if self.published is None:
            return
        doc = self.doc
        for tok in tokens_with(doc, _directory_words()):  # (not every token)
            start = tok.i  # "Tanzanian Benjamine Mkapa": given names the parse compounds on it
            while start > 0 and start > tok.i - 3 and (g := doc[start - 1]).pos_ == "PROPN" and \
                    g.dep_ == "compound" and g.head.i == tok.i and g.is_alpha and \
                    g.text.istitle() and not g.ent_type_ and g.i not in self.token_key and \
                    g.lower_ not in HONORIFICS | HONOURED | _NAME_STYLES | TITLE_WORDS:
                start -= 1
            if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i not in self.token_key and \
                    tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and \
                    tok.is_alpha and tok.text.istitle() and len(tok.text) > 2 and \
                    not any(c.dep_ == "compound" and c.i < start and c.i not in self.demonym
                            for c in tok.children) and \
                    (start == 0 or doc[start - 1].dep_ != "compound" or
                     start - 1 in self.demonym) and \
                    not any(e.kind == "person" and tok.text in _name_parts(e.name)
                            for e in self.entities.values()) and \
                    self._holder_named(tok.text):  # (the surname of someone the article
                # names in full is theirs: "Stephen Harper ... Harper said", read later)
                span = doc[start:tok.i + 1]
                self._add(Entity("person:" + gazetteer.slug(span.text), "person", span.text),
                          span)

    def _holder_named(self, word: str) -> bool:
        """Whether one capitalised word is the name by which the office-holder directory knows
        someone in office on the article's date ("Buhari" in 2018)."""
        if self.published is None or not word[:1].isupper() or not word.isalpha():
            return False
        known = directory.load()
        term = known.person(word, self.published)
        day = self.published.isoformat()
        return term is not None and any(t.covers(day) for t in known.offices_of(term))

    def _names_after_titles(self) -> None:
        """"President of Kazakhstan Kassym-Jomart Tokayev", "Foreign Minister Wang Yi": a run
        of capitalised proper nouns right after a title (and its "of COUNTRY") is a person's
        name, even where the statistical model saw none or took it for a place."""
        doc = self.doc
        n = len(doc)
        done = -1
        for tok in tokens_with(doc, _TITLE_HEADS | HONORIFICS):  # only the title words
            i = tok.i
            if i < done or not (tok.text[:1].isupper() and tok.lower_ in _TITLE_HEADS | HONORIFICS):
                continue
            j = i + 1
            if j + 2 < n and doc[j].lower_ == "of" and doc[j + 1].lower_ == "the" and \
                    self.token_key.get(j + 2, "").startswith(("country:", "org:")):
                j += 1  # "Minister for Foreign Affairs of the Republic of Indonesia NAME"
            if j + 1 < n and doc[j].lower_ in ("of", "the") and self.token_key.get(
                    j + 1, "").startswith(("country:", "org:")):
                k = self.token_key[j + 1]
                j += 1
                while j < n and self.token_key.get(j) == k:
                    j += 1
                while j < n and doc[j].lower_ in _INSTITUTION_CORE and doc[j].text[:1].isupper():
                    j += 1  # "President of the ECOWAS Commission Alain de Souza": the body's
                    # own word after the organisation's name
            comma = j + 1 < n and doc[j].text == ","  # "Norway's Foreign Minister, NAME,"
            start = j = j + 1 if comma else j
            if tok.lower_ in HONORIFICS:  # "Mr. de Hoop Scheffer", "Mr van der Bellen"
                while j + 1 < n and doc[j].lower_ in _PARTICLES and doc[j].text.islower() and \
                        doc[j + 1].text[:1].isupper():
                    j += 1
                if j > start and doc[j].pos_ != "PROPN":
                    j = start
            while j < n and (doc[j].pos_ == "PROPN" or doc[j].text == "-" and j > start or
                             _particle_within(doc, j, start)) and (
                    doc[j].text[:1].isupper() or doc[j].text == "-" or
                    _particle_within(doc, j, start)) and \
                    doc[j].lower_ not in _TITLE_WORDS_LEX and not doc[j].ent_id_ and \
                    doc[j].lower_ not in _INSTITUTION_CORE | _THINGS_NAMED and (  # ("Affairs
                    # Bureau", "Free Trade Agreement")
                    self.token_key.get(j) is None or self.kind(self.token_key.get(j)) != "person"):
                j += 1
            while j > start and doc[j - 1].text == "-":
                j -= 1
            if not comma and start < j < n and doc[j - 1].whitespace_ and \
                    self.kind(self.token_key.get(j)) == "person":
                # "Minister of Foreign Affairs Rustam Azimov": the model tagged the surname
                # only; the given names between the title and it are the name's
                j = self._lengthen_name(start, j)
            if comma and not (j - start >= 2 and j < n and doc[j].text in (",", ".", ";")
                              and doc[j - 1].dep_ == "appos" and not any(
                                  self.token_key.get(t) for t in range(start, j))):
                continue  # "X's Foreign Minister, Espen Barth Eide, ...": only a run of
                # untagged names in apposition, closed by a comma
            if j - start >= 1 and not any(self.kind(self.token_key.get(t)) == "person"
                                          for t in range(start, j)):
                span = doc[start:j]
                name = _person_name(span)
                if name and (j - start >= 2 or self.token_key.get(start) is not None
                             or tok.lower_ in HONORIFICS | _SOVEREIGNS):  # "Mr Albanese",
                    # "Queen Margrethe", "Pope Francis": one name after it (a regnal one)
                    for t in range(start, j):
                        old = self.token_key.pop(t, None)
                        if old and old in self.entities and not any(
                                v == old for v in self.token_key.values()):
                            del self.entities[old]
                    self._add(Entity("person:" + gazetteer.slug(name), "person", name), span)
            done = j

    def _add(self, entity: Entity, span: Span) -> None:
        existing = self.entities.get(entity.key)
        if existing is None:
            entity.evidence = evidence_for(span, 0.9 if span.ent_id_ else 0.75)
            self.entities[entity.key] = entity
            existing = entity
        surface = _clean_name(span.text)
        if surface and surface != existing.name:
            existing.aliases.add(re.sub(r"^[Tt]he ", "", surface))
        for tok in span:
            self.token_key[tok.i] = existing.key
        if existing.kind == "person":
            self._person_spans.append((span, existing.key))

    def _paired_surnames(self) -> None:
        """"the Chirac-Schroeder meeting", "Sargisian-Aliyev Talks", "the Medvedev-Sargisian-
        Aliyev meetings": names joined by hyphens before a gathering's noun are the people who
        met, each the article's one person of that surname, or the one in office on the
        article's date the directory knows by it ("the Putin-Erdogan talks"). The model leaves
        such names untagged; a chain any of whose words is no person ("the US-China talks",
        "Israeli-Palestinian negotiations") is left alone."""
        doc = self.doc
        for noun in tokens_with(doc, _PAIRED_NOUNS):
            if noun.lower_ not in _PAIRED_NOUNS:
                continue
            chain, j = [], noun.i - 1
            while j >= 0 and doc[j].is_alpha and doc[j].text[:1].isupper():
                chain.insert(0, j)
                if j >= 2 and doc[j - 1].text in ("-", "–") and not doc[j - 1].whitespace_ \
                        and not doc[j - 2].whitespace_:
                    j -= 2
                else:
                    break
            if len(chain) < 2:
                continue
            people: list[tuple[int, str | None]] = []
            for i in chain:
                known = self.token_key.get(i)
                key = known if self.kind(known) == "person" else None if known else (
                    self.surname(doc[i].text))
                if key is None and not known and self._holder_named(doc[i].text):
                    key = ""  # (an entity of its own, below)
                if key is None:
                    break
                people.append((i, key))
            else:
                for i, key in people:
                    if key:
                        self.token_key[i] = key
                    elif i not in self.token_key:
                        text = doc[i].text
                        self._add(Entity("person:" + gazetteer.slug(text), "person", text),
                                  doc[i:i + 1])

    def _named_forces(self) -> None:
        """"the Sudanese Armed Forces", "the Myanmar Army", "the Free Syrian Army": forces
        named after a state, as an actor of their own (a party to a war, asked to cease
        fire), which the model leaves untagged or tags as the state alone."""
        for tok in tokens_with(self.doc, _FORCES):
            if tok.i in self.token_key or not tok.text[:1].isupper() or \
                    tok.pos_ != "PROPN":
                continue
            start = tok.i
            while start > 0 and self.doc[start - 1].text[:1].isupper() and \
                    self.kind(self.token_key.get(start - 1)) in (None, "country") and \
                    self.doc[start - 1].pos_ in ("PROPN", "ADJ"):
                start -= 1
            span = self.doc[start:tok.i + 1]
            if start == tok.i or not any(
                    t.i in self.demonym or self.kind(self.token_key.get(t.i)) == "country"
                    for t in span):  # a state's: "the Free Syrian Army", "the Myanmar Army"
                continue
            name = span.text
            self._add(Entity(f"org:{gazetteer.slug(name)}", "organisation", name), span)

    def _quoted_nicknames(self) -> None:
        """"Luiz Inácio “Lula” da Silva", "Mohammed “MBS” bin Salman": a nickname in quotes
        inside a name splits it for the model; the name runs on over the nickname and the
        capitalised words (and particles) after it."""
        doc = self.doc
        for tok in tokens_with(doc, _QUOTE_MARKS):
            i = tok.i
            if tok.text not in _QUOTE_MARKS or i == 0 or i + 3 >= len(doc):
                continue
            person = self.token_key.get(i - 1)
            if self.kind(person) != "person" or doc[i + 2].text not in _QUOTE_MARKS or \
                    not doc[i + 1].text[:1].isupper() or not doc[i + 1].is_alpha:
                continue
            end = i + 3
            while end < len(doc) and (doc[end].lower_ in _PARTICLES or (
                    doc[end].text[:1].isupper() and doc[end].is_alpha and
                    doc[end].pos_ == "PROPN")) and self.kind(self.token_key.get(end)) in (
                    None, "person"):
                end += 1
            if end == i + 3 or doc[end - 1].lower_ in _PARTICLES:
                continue  # ("X “the Bulldozer” said": no name runs on after it)
            start = i - 1
            while start > 0 and self.token_key.get(start - 1) == person:
                start -= 1
            while doc[start].lower_ in _TITLE_WORDS_LEX | TITLE_WORDS | HONORIFICS:
                start += 1  # (the model's span may hold the title: "Crown Prince Mohammed")
            name = " ".join(t.text for t in doc[start:end] if t.i not in (i, i + 1, i + 2))
            for t in range(start, end):
                self.token_key.pop(t, None)
            self._drop_if_unnamed(person)
            entity = Entity("person:" + gazetteer.slug(name), "person", name,
                            {" ".join(t.text for t in doc[start:end] if t.text not in
                                      _QUOTE_MARKS)})  # (with the nickname: an alias)
            self._add(entity, doc[start:end])
            for t in range(i, i + 3, 2):
                self.token_key.pop(t, None)  # (the quote marks are no part of it)

    def _drop_if_unnamed(self, key: str) -> None:
        """Forget an entity no token names any more (and its name spans)."""
        if key not in self.token_key.values():
            del self.entities[key]
            self._person_spans = [(sp, k) for sp, k in self._person_spans if k != key]

    def _given_names_left_out(self) -> None:
        """"his Beninese counterpart Olushegun Adjadi Bakari": the model may leave out a given
        name it does not know, which the parse still makes part of the name (a capitalised
        proper noun compounded on it, right before it, tagged as nothing)."""
        doc = self.doc
        for span, key in list(self._person_spans):
            start = span.start
            while start > 0 and start - 1 not in self.token_key and (
                    t := doc[start - 1]).pos_ == "PROPN" and t.is_alpha and t.text.istitle() \
                    and t.dep_ == "compound" and span.start <= t.head.i < span.end and \
                    not t.ent_type_ and not _no_name_word(t.text) and t.whitespace_ and \
                    t.lower_ not in HONORIFICS | HONOURED and span.start - start < 2:
                start -= 1
            if start < span.start and self.token_key.get(span.start) == key:
                self._lengthen_name(start, span.start)

    def _halves_joined(self) -> None:
        """"Foreign Minister Makhdoom Shah Mahmood Qureshi": the model read "Makhdoom Shah" and
        took "Qureshi" for a place (or a holder's surname alone); the proper nouns the parse
        compounds a name on, right after it, are the rest of that name."""
        doc = self.doc
        for span, key in list(self._person_spans):  # the rest of the name the parse
            # compounds it on: "Makhdoom Shah" + "Mahmood Qureshi" (a place to the model)
            last = doc[span.end - 1]
            head = last.head
            if self.token_key.get(last.i) != key or last.dep_ != "compound" or \
                    not span.end <= head.i < span.end + 3 or head.dep_ == "compound" or \
                    not last.whitespace_:
                continue
            rest = doc[span.end:head.i + 1]
            if all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() and not t.ent_id_ and
                   self.kind(self.token_key.get(t.i)) not in ("country", "organisation") and
                   (t.whitespace_ or t.i == head.i) for t in rest):
                name = _person_name(doc[span.start:head.i + 1])
                if not name:
                    continue
                for t in range(span.start, head.i + 1):
                    old = self.token_key.pop(t, None)
                    if old and old != key:
                        self._drop_if_unnamed(old)
                self._drop_if_unnamed(key)
                self._add(Entity("person:" + gazetteer.slug(name), "person", name),
                          doc[span.start:head.i + 1])

    def _lengthen_name(self, start: int, at: int) -> int:
        """Make the person named from token `at` begin at `start`; return where it ends."""
        old = self.token_key[at]
        end = at
        while end < len(self.doc) and self.token_key.get(end) == old:
            end += 1
        span = self.doc[start:end]
        name = _person_name(span)
        if not name or not name.endswith(self.entities[old].name):
            return at
        for t in range(at, end):
            del self.token_key[t]
        self._drop_if_unnamed(old)
        self._add(Entity("person:" + gazetteer.slug(name), "person", name), span)
        return end

    def _join_short_names(self) -> None:
        """"Putin" joins "Vladimir Putin" and "Xi" joins "Xi Jinping" when one full name fits."""
        # A full name the model took for an organisation ("Kassym-Jomart Tokayev" as ORG)
        # while it tagged the surname alone as a person elsewhere: a person.
        surnames = {e.name for e in self.entities.values() if e.kind == "person"
                    and " " not in e.name}
        for key in [k for k in self._guessed if self.kind(k) == "organisation"]:
            entity = self.entities[key]
            words = entity.name.replace("-", " ").split()
            if 2 <= len(words) <= 4 and words[-1] in surnames and all(
                    w[:1].isupper() for w in words) and words[-1].lower() not in _THINGS_NAMED:
                person = Entity("person:" + gazetteer.slug(entity.name), "person", entity.name,
                                evidence=entity.evidence)
                self.entities.setdefault(person.key, person)
                for i, k in list(self.token_key.items()):
                    if k == key:
                        self.token_key[i] = person.key
                del self.entities[key]
                self._guessed.discard(key)
        self._headline_run_ons()
        self._headline_verbs()
        full = {k: e for k, e in self.entities.items() if e.kind == "person" and " " in e.name}
        # "Adjadi Bakari" joins "Olushegun Adjadi Bakari": the end of one longer name (the
        # model left a first name out somewhere), before the one-word names are read
        ends = [(k, e) for k, e in full.items() if any(
            len(f.name.split()) > len(e.name.split()) and
            f.name.split()[-len(e.name.split()):] == e.name.split() for f in full.values())]
        singles = [(k, e) for k, e in self.entities.items()
                   if e.kind == "person" and " " not in e.name]
        for key, entity in ends + singles:
            if " " in entity.name:
                words = entity.name.split()
                fits = [f for f in full.values() if len(f.name.split()) > len(words) and
                        f.name.split()[-len(words):] == words]
            elif self._fathers_name(key):  # "bin Salman": Mohammed bin Salman
                fits = [f for f in full.values() if any(
                    a in _PATRONYMIC and b == entity.name
                    for a, b in zip(f.name.split(), f.name.split()[1:], strict=False))]
            else:  # ("Al-Bashir" opening a sentence is "al-Bashir" of "Omar al-Bashir")
                fits = [f for f in full.values() if entity.name.lower() in {
                    w.lower() for w in _name_tokens(f.name)}]
            if len(fits) > 1:
                self._titled_alike(key, fits)  # "President Obama" beside Michelle Obama
            if len(fits) != 1 or self._titled_otherwise(key, fits[0]):
                continue  # unknown, or two people share the name: keep it apart
            full.pop(key, None)
            self._merge_person(key, fits[0])
        self._spelled_alike()
        # A surname the model took for a place or organisation ("von der Leyen told ..."):
        for key in list(self._guessed):
            entity = self.entities.get(key)
            target = self.surname(entity.name) if entity and " " not in entity.name else None
            if target:
                for i, k in list(self.token_key.items()):
                    if k == key:
                        self.token_key[i] = target
                del self.entities[key]

    def _fathers_name(self, key: str) -> bool:
        """Whether a one-word name is written only after "bin" or "ibn" ("bin Salman"):
        its bearer is the son, named by his father's name."""
        at = [i for i, k in self.token_key.items() if k == key]
        return bool(at) and all(i and self.doc[i - 1].text in _PATRONYMIC for i in at)

    def _titles_before(self, key: str) -> set[str]:
        """The titles written right before a person's name where it is named, each at its
        longest ("Prime Minister Kishida": "prime minister")."""
        doc, titles, out = self.doc, lexicon.load().titles, set()
        for i in [i for i, k in self.token_key.items() if k == key and i > 0 and
                  self.token_key.get(i - 1) != key and doc[i - 1].lower_ in _TITLE_HEADS and
                  doc[i - 1].text[:1].isupper()]:
            out.add(next((t for n in (4, 3, 2) if i >= n and (t := " ".join(
                w.lower_ for w in doc[i - n:i])) in titles), doc[i - 1].lower_))
        return out

    def _titled_otherwise(self, key: str, fit: Entity) -> bool:
        """"President Biden met X ... accompanied by First Lady Jill Biden", "Prime Minister
        Kishida ... his wife Yuko Kishida": a surname after an office's title, whose holder of
        that name on the article's date (the office-holder directory) is not the one person
        the article names in full with it, is that holder, not kin of theirs."""
        if self.published is None:
            return False
        known, name = directory.load(), self.entities[key].name
        theirs = directory.fold(fit.name)
        fits = known.person(fit.name, self.published)  # ("George W. Bush": the holder)
        return any(theirs not in {directory.fold(n) for n in (t.name, *t.aliases)} and (
            fits is None or (fits.wikidata or fits.name) != (t.wikidata or t.name))
            for title in self._titles_before(key)
            for t in known.posts(name, title, self.published))

    def _titled_alike(self, key: str, fits: list[Entity]) -> None:
        """"President Barack Obama and first lady Michelle Obama ... President Obama": a
        surname two people of the article share, after the title only one of them was
        introduced with, is that one's; alone, it is the one introduced with an office's
        title, if only one was (else it stays apart)."""
        doc = self.doc

        def title_before(i: int) -> str | None:
            return doc[i - 1].lower_ if i > 0 and doc[i - 1].lower_ in _TITLE_HEADS and \
                doc[i - 1].text[:1].isupper() else None

        titles = {f.key: {title_before(i) for i, k in self.token_key.items()
                          if k == f.key and (i == 0 or self.token_key.get(i - 1) != f.key)}
                  - {None} for f in fits}
        officials = [f for f in fits if titles[f.key]]
        for i in [i for i, k in self.token_key.items() if k == key]:
            title = title_before(i)
            owners = [f for f in fits if title and title in titles[f.key]] if title else \
                officials  # (the surname alone is the one who holds an office: "Obama
            # joked" beside "first lady Michelle Obama")
            if len(owners) == 1:
                self.token_key[i] = owners[0].key
        self._drop_if_unnamed(key)

    def _merge_person(self, key: str, target: Entity) -> None:
        """The person of `key` is `target`: its name becomes an alias, its tokens target's."""
        entity = self.entities[key]
        target.aliases.add(entity.name)
        target.aliases.update(entity.aliases)
        for i, k in list(self.token_key.items()):
            if k == key:
                self.token_key[i] = target.key
        self._person_spans = [(s, target.key if k == key else k) for s, k in self._person_spans]
        del self.entities[key]

    def _spelled_alike(self) -> None:
        """"Mahinda Rajapakse" in a caption and "Mahinda Rajapaksa" in the text, "Shahbaz" and
        "Shehbaz Sharif": two full names that differ in one word spelled nearly the same are
        one person (the spelling the directory knows, else the one used most, else the
        first). Not "Kim Jong-un" and "Kim Jong-nam", nor "Jeb" and "Joe Bush"."""
        people = sorted((e for e in self.entities.values() if e.kind == "person" and
                         " " in e.name), key=lambda e: min(
            (i for i, k in self.token_key.items() if k == e.key), default=len(self.doc)))
        known = directory.load().by_name
        for n, a in enumerate(people):
            for b in people[n + 1:]:
                if a.key not in self.entities or b.key not in self.entities or \
                        not _one_word_spelled_otherwise(a.name, b.name):
                    continue
                uses = {e.key: sum(k == e.key for _, k in self._person_spans) for e in (a, b)}
                keep, drop = (b, a) if (directory.fold(b.name) in known,
                                        uses[b.key]) > (directory.fold(a.name) in known,
                                                        uses[a.key]) else (a, b)
                self._merge_person(drop.key, keep)

    def _headline_run_ons(self) -> None:
        """"Presidents Bush, Hu Pledge Cooperation; No Agreements Reached": in a line in title
        case, the model runs a surname on into the capitalised words after it. A person
        named there whose first word is in the name of someone the article names in full
        ("Hu" of "Hu Jintao"), and whose other words are in no one's name but are words
        the article writes in lower case, is that word alone (which then joins the full
        name)."""
        common: set[str] | None = None  # read only when a name is a candidate
        for key, entity in list(self.entities.items()):
            words = entity.name.split()
            if entity.kind != "person" or len(words) < 2:
                continue
            names = {w for k, e in self.entities.items() if e.kind == "person" and k != key
                     and " " in e.name for w in _name_tokens(e.name)}
            if words[0] not in names or any(w in names for w in words[1:]):
                continue
            if common is None:
                common = {w for t in self.doc if t.text.islower() for w in (t.text, t.lemma_)}
            if not any(w.lower() in common for w in words[1:]
                       if w.lower() not in _PARTICLES | _PATRONYMIC):  # ("bin", "al": a name's
                # own small words, lower case in every name; "Mohammed bin Zayed" stays whole)
                continue  # (the run-on words are the body's own, lower-case: "pledged
                # cooperation"; "Donald Tusk" beside "Donald Trump" is a name)
            tokens = [i for i, k in self.token_key.items() if k == key]
            if not tokens or not _title_case_line(self.doc[tokens[0]].sent):
                continue
            for i in tokens:
                del self.token_key[i]
            first = Entity("person:" + gazetteer.slug(words[0]), "person", words[0])
            self.entities.setdefault(first.key, first)
            self.token_key[tokens[0]] = first.key
            self._drop_if_unnamed(key)

    def _headline_verbs(self) -> None:
        """"Prime Minister Netanyahu Meets with UK Foreign Secretary Boris Johnson", "Obama,
        Mexican President Talk Immigration, Cuba": in a line in title case the model runs a
        name on into the verb after it, or takes the verb and its object for a name. A name
        there ends before its first word that is one of the lexicon's triggers with a verb
        ending; a name that begins with one is none. (A person the directory knows by the
        whole name keeps it.)"""
        for key, entity in list(self.entities.items()):
            words = entity.name.split()
            cut = next((n for n, w in enumerate(words) if w.lower() in _HEADLINE_VERBS), None)
            if entity.kind != "person" or cut is None or \
                    directory.fold(entity.name) in directory.load().by_name:
                continue
            tokens = sorted(i for i, k in self.token_key.items() if k == key)
            if not tokens or not _title_case_line(self.doc[tokens[0]].sent):
                continue
            for i in tokens:
                del self.token_key[i]
            if cut:
                name = " ".join(words[:cut])
                kept = Entity("person:" + gazetteer.slug(name), "person", name)
                self.entities.setdefault(kept.key, kept)
                for i in tokens[:cut]:
                    self.token_key[i] = kept.key
            self._drop_if_unnamed(key)

    def _split_dateline_dates(self) -> None:
        """"CANADA, July 1 - Yesterday, ...": the model may take the dateline's date and the
        story's first date for one; they are two (the filing day, and the story's day)."""
        from spacy.tokens import Span

        end = self.dateline_end
        out = []
        for span in self.dates:
            if span.start < end - 1 < span.end - 1 and end < span.end:
                out += [Span(self.doc, span.start, end - 1, label="DATE"),
                        Span(self.doc, end, span.end, label="DATE")]
            else:
                out.append(span)
        self.dates = out

    def _day_before_month(self) -> None:
        """"On Tuesday, 26 November, he had lunch with X": the model may read "Tuesday", "26"
        (a number) and "November" apart; a day's number right before a month's name is that
        day of the month (with the weekday before its comma)."""
        from spacy.tokens import Span

        doc = self.doc
        by_end = {d.end: d for d in self.dates}
        out: list[Span] = []
        for span in self.dates:
            day = span.start - 1
            if not dates.is_month(span[0].text) or day < 0 or not doc[day].is_digit or \
                    not 1 <= int(doc[day].text) <= 31 or doc[day].ent_type_ == "DATE":
                out.append(span)
                continue
            start = day
            weekday = by_end.get(day - 1) if day >= 1 and doc[day - 1].text == "," else None
            weekday = weekday or by_end.get(day)
            if weekday is not None and len(weekday) == 1 and weekday[0].lower_.endswith("day"):
                start = weekday.start
                out = [d for d in out if d is not weekday]
            out.append(Span(doc, start, span.end, label="DATE"))
        self.dates = sorted(out, key=lambda d: d.start)

    def _weekday_glossed(self) -> None:
        """"on Thursday (April 14)": a weekday glossed by a date in brackets right after it is
        that date (the weekday alone would count from the publication day)."""
        doc = self.doc
        starts = {d.start: d for d in self.dates}
        out = []
        for span in self.dates:
            after = span.end
            if len(span) == 1 and span[0].lower_.endswith("day") and after + 1 < len(doc) and \
                    doc[after].text == "(" and after + 1 in starts and \
                    any(t.like_num for t in starts[after + 1]):
                continue  # (the bracketed date stands for it)
            out.append(span)
        self.dates = out

    def _dateline_end(self) -> int:
        """"TASHKENT, Uzbekistan (AP) — ...", "BERLIN, June 14 (Reuters) - ...": the index just
        past a dateline's dash, or 0. The parse often makes the dateline part of the first
        sentence's subject; it is never anybody's act."""
        for sent in itertools.islice(self.doc.sents, 6):
            first = next((t for t in sent if not t.is_space), None)
            if first is not None and not first.text.isupper():
                end = self._ordinary_dateline(first, sent) or self._city_colon(first, sent)
                if end:
                    return end
            if first is None or not (first.text.isupper() and first.text.isalpha()
                                     and len(first.text) > 2):
                continue
            dash = next((t for t in sent[:14] if t.text in ("—", "–", "--", "-")
                         and t.i > first.i and not (t.text == "-" and not t.whitespace_ and
                                                    not self.doc[t.i - 1].whitespace_)
                         and not self._between_dates(t)), None)
            # (not the hyphen inside "NUR-SULTAN", nor the dash of a heading's range of days:
            # "ACTIVITIES OF SECRETARY-GENERAL IN SWITZERLAND, 30 JANUARY – 1 FEBRUARY")
            if dash is None:  # "ISLAMABAD, Mar 24 (APP): ...": the agency's credit ends it
                dash = next((t for t in sent[:14] if t.i > first.i and (
                    t.text == "):" or (t.text == ":" and self.doc[t.i - 1].text == ")"))
                    and "(" in [x.text for x in sent[:t.i - sent.start]]), None)
            if dash is None:
                end = self._city_colon(first, sent)  # "NEW DELHI: Prime Minister ..."
                if end:
                    return end
            if dash is not None:
                return dash.i + 1
        return 0

    def _between_dates(self, dash: Token) -> bool:
        """Whether a dash joins two dates ("30 JANUARY – 1 FEBRUARY"): a range, no dateline's."""
        after = self.doc[dash.i + 1] if dash.i + 1 < len(self.doc) else None
        if after is None or not (after.like_num or after.lower_ in _MONTH_NAMES):
            return False  # ("CANADA, July 1 - Yesterday, ...": a dateline, the model's one
            # date span across its dash)
        return any(d.start < dash.i < d.end - 1 for d in self.dates) or (any(
            d.end == dash.i for d in self.dates) and any(d.start == dash.i + 1 for d in self.dates))
        # (the model may read the range as one date)

    def _ordinary_dateline(self, first: Token, sent: Span) -> int:
        """"Porto Alegre, Brazil, April 29th 2010 – Venezuelan President ...", "Accra, March 27,
        GNA - President ...": a dateline in ordinary case is places, each followed by a comma,
        a date, and a dash (an agency's name or an empty bracket may come before it); the
        index past the dash, or 0."""
        i = first.i
        while i < sent.end and (self.doc[i].text == "," or self.kind(
                self.token_key.get(self.doc[i].i)) in ("place", "country")):
            i += 1
        if i > first.i:
            i += hijri_date(self.doc[i:sent.end])  # "Riyadh, Sha'ban 26, 1438, May 22, 2017,
            # SPA --": the Hijri date first
        date = next((d for d in self.dates if d.start == i), None)
        if i == first.i or date is None or not any(t.like_num for t in date):
            return 0
        for tok in self.doc[date.end:min(date.end + 4, sent.end)]:
            if tok.text in ("—", "–", "--", "-"):
                return 0 if self._between_dates(tok) else tok.i + 1
            if not (tok.text in (",", "(", ")", "/") or (tok.is_alpha and tok.text.isupper())):
                return 0
        return 0

    def _city_colon(self, first: Token, sent: Span) -> int:
        """"NEW DELHI: Prime Minister ..." (the papers of South Asia), "Washington : Pakistan
        Prime Minister ..." (an agency's, in ordinary case): a city's name alone, then a colon
        (not "PRESIDENT BUSH:", a transcript's speaker); the index past the colon, or 0."""
        run = list(itertools.takewhile(
            lambda t: t.is_alpha and (t.text.isupper() or t.text.istitle()),
            self.doc[first.i:min(first.i + 3, sent.end)]))
        colon = run[-1].i + 1 if run else 0
        if colon and colon + 1 < sent.end and self.doc[colon].text == ",":
            country = self.token_key.get(colon + 1)  # "ISLAMABAD, Pakistan: Pakistan and Sri
            # Lanka have agreed ...": the city's country before the colon
            after = colon + 1
            while after < sent.end and country and self.token_key.get(after) == country:
                after += 1
            if self.kind(country) == "country":
                colon = after
        if colon and colon < sent.end and self.doc[colon].text == ":" and \
                self.doc[colon].whitespace_ and gazetteer.places_index().get(
                    gazetteer.normalise(" ".join(t.text for t in run))):
            return colon + 1
        return 0

    def past_dateline(self, tokens: list[Token]) -> list[Token]:
        """Subject tokens, with a dateline one's apposition past the dash added:
        "KYIV, Ukraine (AP) — U.S. Secretary of State Antony J. Blinken, on a trip ..., met
        ...": the small model makes the city the subject and the person its apposition."""
        out: list[Token] = []
        for tok in tokens:
            out.append(tok)  # (its conjuncts past the dash are read as ever)
            if tok.i < self.dateline_end:
                out += [a for a in tok.children if a.dep_ == "appos" and a.i >= self.dateline_end]
        return out

    def person_spans(self) -> list[tuple[Span, str]]:
        """Every span kg took for a person's name, with the person's key."""
        return list(self._person_spans)

    def title_acronyms(self) -> None:
        """"EAM", "PM", "SG": a title's initials stand for the one person the article gave
        that title ("External Affairs Minister Jaishankar ... EAM met ..."). Run after roles;
        the model's guess that the initials were an organisation is dropped."""
        by_initials: dict[str, set[str]] = {}
        for title, people in self.roles_by_title.items():
            words = [w for w in re.split(r"[\s-]+", title) if w not in ("of", "the")]
            if len(words) >= 2:
                by_initials.setdefault("".join(w[0] for w in words).upper(), set()).update(people)
        if not by_initials:
            return
        for tok in tokens_with(self.doc, {k.lower() for k in by_initials}):  # not every token
            if not (tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 5):
                continue
            people = by_initials.get(tok.text, set())
            key = self.token_key.get(tok.i)
            if len(people) != 1 or (key and key not in self._guessed):
                continue
            person = next(iter(people))
            self.token_key[tok.i] = person
            if key and key in self.entities and key not in self.token_key.values():
                del self.entities[key]
            self.entities[person].aliases.add(tok.text)

    # -- resolution -------------------------------------------------------------------------

    def known(self, key: str | None) -> bool:
        """Whether an entity comes from the gazetteer (or is a person), not only the model."""
        return bool(key) and key not in self._guessed

    def state_of(self, key: str) -> str:
        """A capital named as who acts or is acted on ("measures against Moscow", "Washington
        pledged") stands for its country's government: the country's key; any other key as
        it is."""
        entity = self.entities.get(key)
        if entity is None or entity.kind != "place" or not entity.geonames:
            return key
        capital = gazetteer.load().capitals.get(entity.geonames[0])
        return self.country_key(capital.country) if capital is not None else key

    def country_key(self, iso3: str) -> str:
        """A country's key, adding the country to the article's entities when the text never
        named it (a post implied by its title or by the publisher)."""
        key = f"country:{iso3}"
        country = gazetteer.load().countries.get(iso3)
        if key not in self.entities and country is not None:
            self.entities[key] = Entity(key, "country", country.name, country=iso3,
                                        geonames=(country.geonames_id, 0.0, 0.0)
                                        if country.geonames_id else None)
        return key

    def organisation_key(self, key: str) -> str:
        """An organisation's key ("org:UN"), adding it from the gazetteer to the article's
        entities when the text never named it (a post the directory or a title implies)."""
        org = gazetteer.load().organisations.get(key.split(":", 1)[1])
        if key not in self.entities and org is not None:
            self.entities[key] = _organisation(org)
        return key

    def names_a_person(self, name: str) -> bool:
        """Whether the words are (part of) the name of a person the article names: "Obama"
        of "Barack Obama" is no place, whatever town GeoNames knows by it."""
        words = name.split()
        return any(e.kind == "person" and all(w in _name_tokens(e.name) for w in words)
                   for e in self.entities.values())

    def place_named(self, name: str) -> str | None:
        """A place the gazetteer knows by this name, added to the article's entities."""
        if not gazetteer.places_index().get(gazetteer.normalise(name)):
            return None
        entity = _place(name)
        self.entities.setdefault(entity.key, entity)
        return entity.key

    def town(self, name: str, country: str | None) -> str:
        """A place the gazetteer does not know, in a country it does ("CAPRI, Italy" in a
        dateline), added to the article's entities."""
        entity = _place(name)
        if country:
            entity.country = entity.country or country.removeprefix("country:")
        self.entities.setdefault(entity.key, entity)
        return entity.key

    def one_place(self, names: list[str]) -> str | None:
        """The one city (not country) the gazetteer knows among names, longest name first;
        None when there are none or several."""
        found: list[str] = []
        for name in names:
            if any(name in f for f in found):
                continue  # "New York" found: not "New" again
            if gazetteer.places_index().get(gazetteer.normalise(name)) and \
                    not gazetteer.load().country_by_name(name):
                found.append(name)
        if len(set(found)) != 1:
            return None
        return self.place_named(found[0])

    def capital_of(self, iso3: str) -> str | None:
        """The capital of a country as a place entity (a seat of government stands there)."""
        gaz = gazetteer.load()
        city = next((c for c in gaz.capitals.values() if c.country == iso3), None)
        if city is None:
            return None
        key = f"place:{gazetteer.slug(city.name)}"
        self.entities.setdefault(key, Entity(key, "place", city.name, country=iso3,
                                             geonames=(city.geonames_id, city.latitude,
                                                       city.longitude)))
        return key

    def key(self, token: Token) -> str | None:
        return self.token_key.get(token.i)

    def kind(self, key: str | None) -> str | None:
        entity = self.entities.get(key) if key else None
        return entity.kind if entity else None

    def resolve(self, token: Token) -> list[str]:
        """The entity keys a token stands for: itself, a pronoun's antecedent, a nominal's
        referent ("the Russian leader"), or a group's countries ("the leaders of France")."""
        if self.dateline_start <= token.i < self.dateline_end:
            return []  # "TASHKENT, Uzbekistan (AP) —": where the story was filed
        key = self.token_key.get(token.i)
        if key:
            return [key]
        lower = token.lower_
        if token.pos_ == "PROPN":
            surname = self.surname(token.text)
            if surname:
                return [surname]
        if lower in FIRST_PERSON and token.pos_ == "PRON":
            speaker = self._quote_speaker(token)
            if speaker:
                return [speaker]
            if lower in ("we", "us", "our") and not in_quote(token):
                return self._we_who_met(token) or self.statement_authors()
            if lower in ("i", "me", "my") and not in_quote(token):
                turn = self._turn_speaker(token)
                return [turn] if turn else self._author(token)
            return []
        if lower in ("who", "that", "which") and token.dep_ in ("nsubj", "nsubjpass") and \
                token.head.dep_ == "relcl" and token.head.head.i < token.i:
            return self.resolve(token.head.head)  # "The two leaders, who met for ...": them
        if lower in ("latter", "former") and any(c.lower_ == "the" for c in token.children) \
                and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return self._latter_or_former(token)
        if lower in COLLECTIVE_PRONOUNS and (token.pos_ == "PRON" or token.dep_ in (
                "nsubj", "nsubjpass")):
            own = self._clause_subject(token) if lower == "their" else \
                (self._reporters(token) or self._subordinate_subject(token)) \
                if lower == "they" else []
            return own or self._collective(token, near=True)
        if token.pos_ == "PRON":
            if lower in ("his", "her") and token.dep_ == "poss" and \
                    token.head.dep_ == "conj" and \
                    self.kind(self.token_key.get(token.head.head.i)) == "person":
                return [self.token_key[token.head.head.i]]  # "Manmohan Singh and his
                # Pakistani counterpart Yousuf Raza Gilani": the one it is joined to
            if lower in MALE or lower in FEMALE:
                praised = _praised(token)
                if praised is not None:  # "complimented Cameron on his election": Cameron's
                    found_ = [k for k in self.resolve(praised) if self.kind(k) == "person"]
                    if len(found_) == 1:
                        return found_
                found = self._antecedent(token, {"person"})
                return [found] if found else []
            if lower in NEUTER and self.resolution_author and self.operative(token.sent.root):
                return [self.resolution_author]  # "4. Reiterates its commitment to ..."
            if lower in NEUTER:
                if _expletive(token):
                    return []  # "It was also decided to build a railroad": no one
                found = self._antecedent(token, {"country", "organisation"})
                return [found] if found else []
            return []
        if token.pos_ in ("NOUN", "PROPN"):
            return self._nominal(token)
        return []

    def _latter_or_former(self, token: Token) -> list[str]:
        """"..., it was revealed that the latter met with X": of the last two people named
        before (in its sentence and the two before it), the one named last ("the latter") or
        the one before ("the former")."""
        start = sentence_starts(self.doc)[max(0, sentence_index(self.doc, token.i) - 2)]
        named: list[str] = []
        for i in range(token.i - 1, start - 1, -1):
            key = self.token_key.get(i)
            if self.kind(key) == "person" and key not in named:
                named.append(key)
        want = 0 if token.lower_ == "latter" else 1
        return [named[want]] if len(named) > want else []

    def _reporters(self, token: Token) -> list[str]:
        """"The presidents of Colombia and Ecuador say they have agreed": "they" of the clause
        two or more people report is those people."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
            return []
        said = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < token.i
                     and c.pos_ != "PRON"), None)
        people = [k for k in self.resolve(said) if self.kind(k) == "person"] if said else []
        return people if len(people) >= 2 else []

    def _subordinate_subject(self, token: Token) -> list[str]:
        """"A and B met in Abu Dhabi where they had discussions over dinner", "A and B
        talked for an hour before they signed": "they" as the subject of a clause set under
        another (adverbial or relative) is that clause's subject, when it names two or more
        people; and "they" of a clause after one set before it ("After A and B presented
        addresses, they met") is the earlier clause's subject."""
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass"):
            fronted = [s for c in verb.children if c.dep_ == "advcl" and c.i < token.i
                       for s in subjects(c)]
            people = list(dict.fromkeys(
                k for s in fronted for c in conjuncts(s) if c.lower_ not in COLLECTIVE_PRONOUNS
                for k in [k for t in [c, *(a for a in c.children if a.dep_ == "appos")]
                          for k in self.resolve(t) if self.kind(k) == "person"] or
                self.holders_of_group(c)))  # (the parse may make "the United States, George
            # W. Bush" a conjunct with the name in apposition)
            if len(people) >= 2:
                return people  # "After the Presidents of Brazil, A, and the United States,
                # B, presented addresses, they met": a clause set before it tells who
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "relcl"):
            return []
        main = governing_verb(verb.head)
        said = [c for s in (subjects(main) if main is not None else []) for c in conjuncts(s)
                if c.i < token.i and c.lower_ not in COLLECTIVE_PRONOUNS]
        people = list(dict.fromkeys(k for c in said for k in self.resolve(c)
                                    if self.kind(k) == "person"))
        return people if len(people) >= 2 else []

    def _clause_subject(self, token: Token) -> list[str]:
        """"The leaders recalled the understandings reached at their meeting": "their" is
        the clause's subject, told before it, when that stands for two or more people, or for
        a body ("The G-8 leaders ... their annual summit")."""
        verb = token
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in verb.children):
                break
            if verb.head.i == verb.i:
                return []
            verb = verb.head
        else:
            return []
        subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        if subject.lower_ in COLLECTIVE_PRONOUNS:
            return []
        found = self.resolve(subject)
        people = list(dict.fromkeys(k for c in conjuncts(subject) for k in (
            found if c is subject else self.resolve(c)) if self.kind(k) == "person"))
        if len(people) >= 2:
            return people
        if subject.lemma_.lower() in GROUP_NOUNS | {"leader", "minister"} and not people:
            # "The G-8 leaders have gathered for their annual summit": the body
            return [k for k in found if self.kind(k) == "organisation"]
        return []

    @cached_property
    def resolution_author(self) -> str:
        """The body a resolution opens with, on a line of its own: "The European Parliament,",
        "The General Assembly,", "The Security Council," (then its preamble and its numbered
        operative paragraphs); "" when the text is no resolution."""
        for sent in itertools.islice(self.doc.sents, 4):  # (not every sentence made)
            words = [t for t in sent if not t.is_space]
            if len(words) < 3 or words[0].lower_ != "the" or words[-1].text != "," or \
                    not all(t.text[:1].isupper() for t in words[1:-1]):
                continue
            keys = {self.token_key.get(t.i) for t in words[1:-1]}
            if len(keys) == 1 and self.kind(next(iter(keys))) == "organisation":
                return next(iter(keys)) or ""
        return ""

    def operative(self, verb: Token) -> bool:
        """An operative paragraph of a resolution: "2. Calls on ...", "Condemns ...": a
        capitalised verb in the third person opening its sentence (after its number), whose
        subject is the resolution's author (also the verb it is conjoined to: "Reiterates ...
        and calls on ...")."""
        if not self.resolution_author:
            return False  # (most texts: no sentence walked)
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
        if not verb.text[:1].isupper() or not verb.lower_.endswith("s") or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        before = [t for t in verb.sent if t.i < verb.i and not t.is_space]
        return all(t.is_punct or t.tag_ == "LS" or t.like_num for t in before)

    def statement_authors(self) -> list[str]:
        """Who "we" are outside quotes, in a statement issued in the authors' names: the names
        apposed to the first "We" ("We, the leaders of X and Y, ...", "We, President A of X
        and Prime Minister B of Y, ..."), else the people who "issued the following
        statement" (or met and issued it). Nobody otherwise: a reporter's "we" is no one's."""
        if self._authors:  # (an empty answer is asked again: asked while the events are
            return self._authors  # still being read, the meeting that names them may come)
        self._authors = []
        for tok in tokens_with(self.doc, {"we"}):
            if tok.lower_ == "we" and tok.pos_ == "PRON" and not in_quote(tok):
                apposed = [c for c in tok.children if c.dep_ == "appos"]
                if not apposed:
                    break
                people = [k for c in apposed for t in c.subtree if t.dep_ != "compound"
                          for k in [self.token_key.get(t.i)] if self.kind(k) == "person"]
                if not people:  # "We, the leaders of the United States and Japan": who met
                    people = self._collective(tok)
                self._authors = list(dict.fromkeys(people))
                return self._authors
        for tok in tokens_with(self.doc, {"statement", "declaration", "communique"}):
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                    tok.head.head.dep_ == "nsubjpass":
                tok = tok.head.head  # "The text of the following statement was released"
            verb = tok.head
            if tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in (
                    "issue", "release", "adopt"):
                continue
            # "X and Y met today ... and issued the following statement": who met
            people = next((e.participants for e in reversed(self.events)
                           if verb.sent.start <= e.anchor <= verb.i
                           and len(e.participants) >= 2), [])
            if not people and tok.dep_ == "nsubjpass":
                # "The text of the following statement was released by the Governments of
                # A, B and C ... Today, the foreign ministers X, Y and Z met in Tokyo": who
                # met in the lines just after (blank lines count as sentences here)
                starts = sentence_starts(self.doc)
                end = starts[min(len(starts) - 1, sentence_index(self.doc, verb.i) + 6)]
                people = next((e.participants for e in self.events
                               if verb.i < e.anchor <= end and len(e.participants) >= 2), [])
            if not people:
                people = [k for s in subjects(verb) for t in conjuncts(s)
                          for k in self.resolve(t) if self.kind(k) == "person"]
            self._authors = [p for p in people if self.kind(p) == "person"]
            if self._authors:
                break
        return self._authors

    def _turn_speaker(self, token: Token) -> str | None:
        """"Vladimir Putin: Good afternoon. / I am genuinely glad to have another meeting
        with ...": in a transcript, the speaker of the turn the token is in (the person named
        at the start of a line, before a colon, within 600 tokens; none after a question's
        line)."""
        turn = next(((i, key) for i, key in reversed(self.turns()) if i < token.i), None)
        return turn[1] if turn and token.i - turn[0] < 600 else None

    def _read_turns(self) -> list[tuple[int, str | None]]:
        """Where each turn of a transcript starts, and whose it is (None: a question's)."""
        doc = self.doc
        text = text_of(doc)
        turns: list[tuple[int, str | None]] = []
        starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text) if m.end() < len(text)]
        firsts = dict.fromkeys(span.start for at in starts  # (only a line's first word)
                               for span in [doc.char_span(at, at + 1, alignment_mode="expand")]
                               if span is not None and span.start_char == at)
        for i in firsts:
            tok = doc[i]
            if tok.is_space:
                continue
            if tok.text in ("Q", "QUESTION", "Question") and i + 1 < len(doc) and \
                    doc[i + 1].text in (":", "."):
                turns.append((i, None))
                continue
            key = self.token_key.get(i)
            titled = self._titled_label(i) if not key and tok.is_title else None
            if titled:
                turns.append((i, titled))  # "President of Russia Vladimir Putin: Mr ..."
            elif key and self.kind(key) == "person":
                j = i
                while j < len(doc) and self.token_key.get(j) == key:
                    j += 1
                if self._colon_at(j):
                    turns.append((i, key))
            elif tok.text.isupper() and tok.is_alpha:
                held = self._label_holder(i)
                if held:
                    turns.append((i, held))
        return turns

    def turns(self) -> list[tuple[int, str | None]]:
        """A transcript's turns: where each starts (its label's first token) and whose it is
        (None: a question's)."""
        if self._turns is None:
            self._turns = self._read_turns()
        return self._turns

    def _titled_label(self, i: int) -> str | None:
        """"President of Russia Vladimir Putin: ...": a line that opens with a title phrase
        and a person's name before a colon (the Kremlin's transcripts) is that person's turn."""
        doc = self.doc
        for j in range(i + 1, min(i + 10, len(doc))):
            if "\n" in doc[j - 1].text_with_ws or doc[j].pos_ in ("VERB", "AUX") or \
                    doc[j].text == ":":
                return None
            key = self.token_key.get(j)
            if self.kind(key) == "person":
                while j < len(doc) and self.token_key.get(j) == key:
                    j += 1
                return key if self._colon_at(j) else None
        return None

    def _colon_at(self, j: int) -> bool:
        """Whether a label's colon stands at token j, or after a bracket there ("Recep
        Tayyip Erdogan (retranslated):", "PRIME MINISTER KISHIDA (as interpreted):")."""
        doc = self.doc
        if j < len(doc) and doc[j].text == "(":
            j = next((k + (doc[k].text == ")") for k in range(j, min(j + 8, len(doc)))
                      if doc[k].text in (")", "):")), len(doc))  # (the tokenizer may keep
            # "):" one token)
        return j < len(doc) and doc[j].text in (":", "):")

    def _we_who_met(self, token: Token) -> list[str]:
        """"SG: I met with President Al-Bashir ... We agreed to accelerate ...": "we" in a
        transcript's turn, after the speaker's meeting with others in it, is who met."""
        turn = self._turn_speaker(token)
        verb = token.head
        both = token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "both"
        if turn is None or token.dep_ != "nsubj" or verb.dep_ == "relcl" or not (
                both or verb.lemma_.lower() in _JOINT_VERBS):
            return []  # (not "we are committed", "the decision which we reached": the
            # speaker's side)
        start = next(i for i, key in reversed(self._turns or []) if i < token.i)
        met = next((e for e in reversed(self.events) if start <= e.anchor < token.i and
                    e.kind != "call" and turn in e.participants and len(e.participants) >= 2),
                   None)
        return list(met.participants) if met else []

    def heads_named(self, before: int | None = None) -> set[str]:
        """The people the article gives a head of state's or government's title (rank 1 in
        titles.tsv), named before token `before` if given."""
        titles = lexicon.load().titles
        return {p for t, ps in self.roles_by_title.items() if titles.get(t, (None, 9))[1] == 1
                for p, i in ps.items() if before is None or i < before}

    def _label_holder(self, i: int) -> str | None:
        """"SG: I met with President Al-Bashir", "THE PRESIDENT: Thank you": a turn's label
        that is a title (or its initials), on the site of the office's own government or
        organisation: its holder (named in the article, else on the article's date)."""
        doc = self.doc
        j = i
        while j < len(doc) and j - i < 8 and doc[j].text != ":" and \
                (doc[j].text.isupper() or doc[j].text == "-"):
            j += 1
        if j >= len(doc) or j == i or doc[j].text != ":":
            return None
        phrase = doc[i:j].text.lower().replace(" - ", "-").removeprefix("the ")
        phrase = _LABEL_INITIALS.get(phrase, phrase)
        named = self._label_name(doc[i:j], phrase)
        if named:
            return named
        title, of, where = phrase.partition(" of ")
        country = gazetteer.load().country_by_name(where) if of else None
        if country is not None and title in lexicon.load().titles:
            # "PRIME MINISTER OF PAPUA NEW GUINEA:": the holder of that post of that country
            # (the article's, else on its date)
            found = self._holder_of(title, f"country:{country.iso3}", doc[i])
            return found[0] if found else None
        if j - i > 5:
            return None
        if phrase not in lexicon.load().titles:
            # "PRIME MINISTER KEY:": a title and a surname, the one person of the article
            # whose name has that word (named once in full, or by it alone)
            title, _, last = phrase.rpartition(" ")
            if title not in lexicon.load().titles or not last.isalpha():
                return None
            named = [k for k, e in self.entities.items() if e.kind == "person" and
                     last.title() in {*_name_parts(e.name), e.name}]
            return named[0] if len(named) == 1 else None
        if not self.publisher:
            return None  # (a bare title's holder: the publisher's own office)
        owner = f"country:{self.publisher}" if self.publisher in gazetteer.load().countries \
            else f"org:{self.publisher}"
        found = self._holder_of(phrase, owner, doc[i])
        return found[0] if found else None

    def _label_name(self, words, phrase: str) -> str | None:
        """"WINSTON PETERS:", "JULIE BISHOP:": a turn's label that is a person's full name in
        capitals (two to four words, none a title's): that person (the article's mention of
        them, else a new one)."""
        titles = lexicon.load().titles
        if not 2 <= len(words) <= 4 or not all(t.is_alpha for t in words) or any(
                t.lower_ in _TITLE_WORDS_LEX | TITLE_WORDS | HONORIFICS for t in words) or \
                phrase in titles:
            return None
        name = " ".join(t.text.title() for t in words)
        folded = directory.fold(name)
        found = next((k for k, e in self.entities.items() if e.kind == "person" and
                      directory.fold(e.name) == folded), None)
        if found:
            return found
        key = "person:" + gazetteer.slug(name)
        self.entities[key] = Entity(key, "person", name, evidence=evidence_for(words[0], 0.7))
        for t in words:
            self.token_key[t.i] = key
        return key

    def own_office_holder(self, token: Token) -> str | None:
        """The holder, on the article's date, of the office whose activities the publisher's
        site reports (the President of Russia on kremlin.ru), or None."""
        if not self.publisher_office or not self.publisher:
            return None
        owner = f"country:{self.publisher}" if self.publisher in gazetteer.load().countries \
            else f"org:{self.publisher}"
        found = self._holder_of(self.publisher_office, owner, token)
        return found[0] if found else None

    def _quote_speaker(self, token: Token) -> str | None:
        """"We will ..." inside a quote: its speaker. While the events are read, before the
        statements, only "I" is: '"I had a bilateral meeting with ...," Anwar said' (a quoted
        "we" is often the speaker's country or government: "we're doing it in APEC")."""
        spans = self.quote_speakers or (
            self.early_quote_speakers if token.lower_ in ("i", "me", "my") else [])
        for start, end, speaker in spans:
            if start <= token.idx < end:
                return speaker
        return None

    def _collective(self, token: Token, near: bool = False) -> list[str]:
        """"The two leaders", "both sides", "they": the people of the last event with two or
        more participants before the token (within three sentences for a bare "they"), else
        the two people named last."""
        sent_starts = sentence_starts(self.doc)[:sentence_index(self.doc, token.i) + 1]
        horizon = sent_starts[-4] if near and len(sent_starts) >= 4 else 0
        counted = next((_COUNTS[c.lower_] for c in token.lefts if c.lower_ in _COUNTS), None)
        since = self.doc[horizon].idx if horizon < len(self.doc) else 0
        def last_told(event: Event) -> int:  # where the text last told of it before the token
            told = [ev.start for ev in event.evidence if ev.start < token.idx]
            anchor = self.doc[event.anchor].idx if 0 <= event.anchor < len(self.doc) else -1
            return max(told + [anchor])

        for event in sorted(self.events, key=last_told, reverse=True):
            # mentioned within the horizon: first or again ("During a bilateral meeting
            # today, ..." paragraphs after "X met Y"); the one told of last first
            if not (0 <= event.anchor < token.i and len(event.participants) >= 2 and (
                    horizon <= event.anchor or any(
                        since <= ev.start < token.idx for ev in event.evidence))):
                continue
            if counted is None or len(event.participants) == counted:
                return self._heads_only(token, event.participants)  # "the two leaders"
            top = self._leaders_among(token, event.participants)
            if len(top) == counted:  # "The two leaders" of talks their officials attended
                return top
            if token.lower_ in ("minister", "ministers"):  # "the three ministers", of four
                top = self._ministers_only(token, event.participants)
                if len(top) == counted:
                    return top
            others = self._parties_urged(token, event.participants, counted)
            if others:
                return others
            if token.lemma_.lower() == "side" and len(event.participants) > counted:
                return list(event.participants)  # "both sides" of talks between delegations
        if token.lower_ in COLLECTIVE_PRONOUNS:
            joint = self._joint_subject(token) or self._chained(token)
            if joint:
                return joint
        if near:
            return []
        chained = self._chained(token) if self._after_they(token) else []
        # "A and B reaffirmed ... They reiterated ... They acknowledged ... The two leaders
        # agreed": the subject of a chain of "they"s (not "A and B had criticised the plan.
        # After their talks, the two leaders ...": the two who last met)
        if chained and counted in (None, len(chained)) and all(
                self.kind(k) == "person" for k in chained):
            return chained
        joint = self._last_met(token) or self._last_joint_subject(token)
        if joint and counted in (None, len(joint)):
            return joint
        return self._last_people(token, counted or 2)  # "the four leaders": four named last

    def _parties_urged(self, token: Token, people: list[str], count: int) -> list[str]:
        """"I called on both leaders", "The High Representative urged both parties": a
        meeting's participant speaking to "both" / "the two" of the others means those
        others, leaving out the speaker's own side (an envoy of the same organisation)."""
        verb = governing_verb(token)
        if verb is None or token.dep_ not in ("dobj", "pobj", "dative"):
            return []
        speakers = {k for s in subjects(verb) for k in self.resolve(s)}
        if not speakers & set(people):
            return []
        others = [p for p in people if p not in speakers]
        if len(others) != count:
            own = {h for h, holders in self.roles_by_holder.items() if speakers & holders}
            others = [p for p in others if not any(p in self.roles_by_holder.get(h, ())
                                                   for h in own)]
        return others if len(others) == count else []

    def _last_met(self, token: Token) -> list[str]:
        """"Starmer embraced Zelensky on the steps of Downing Street ... After talks ..., the
        two leaders spoke": the subject and the object of the last meeting verb within three
        sentences before, when events are not read yet (a meeting noun is read first); "He
        then met separately with A and B. The three men ...": a pronoun subject too."""
        starts = sentence_starts(self.doc)
        horizon = starts[max(0, sentence_index(self.doc, token.i) - 3)]
        for i in range(token.i - 1, horizon - 1, -1):
            verb = self.doc[i]
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS or \
                    token.i in range(verb.left_edge.i, verb.right_edge.i + 1):
                continue
            people = self.people_of(subjects(verb)) + [
                k for s in subjects(verb) if s.pos_ == "PRON" and s.lower_ in ("he", "she")
                for k in self.resolve(s) if self.kind(k) == "person"] + self.people_of(
                [c for c in verb.children if c.dep_ == "dobj"] +
                [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj"])
            people = list(dict.fromkeys(people))
            if len(people) >= 2:
                return people
        return []

    def _sides_met(self, token: Token, sides: list[str]) -> list[str]:
        """"The leaders of the EU and Russia underlined ...", "the leaders of India and Japan":
        the leaders of two or more sides, after a meeting of people who stand for one of them
        (a role held for it), are the people who met, not the sides."""
        if token.lemma_.lower() != "leader" or token.tag_ not in ("NNS", "NNPS") or \
                len(sides) < 2:
            return []
        people = self._collective(token)
        tied = {p for s in sides for p in self.roles_by_holder.get(s, ())}
        return people if len(people) >= 2 and tied & set(people) else []

    def _leaders_among(self, token: Token, people: list[str]) -> list[str]:
        """The heads of state or government among a meeting's people ("the two leaders" of
        talks attended by ministers, ambassadors and a governor), for a word for leaders."""
        if token.lemma_.lower() not in ("head", "president", "leader"):
            return []
        heads = {p for title, holders in self.roles_by_title.items()
                 if (title.split()[-1] in _HEAD_POSTS or title.endswith("prime minister"))
                 and not title.startswith(("vice", "deputy"))
                 for p in holders}
        return [p for p in people if p in heads]

    def _heads_only(self, token: Token, people: list[str]) -> list[str]:
        """"The heads of state", "the presidents", "the leaders" of talks their ministers
        joined: the people the article gives no title but a minister's (two or more; else
        all)."""
        if token.lower_ in ("minister", "ministers"):
            return self._ministers_only(token, people)
        if token.lemma_.lower() not in ("head", "president", "leader"):
            return list(people)
        if token.lemma_.lower() == "president" and token.tag_ in ("NNS", "NNPS"):
            titled = [p for p in people if p in self.roles_by_title.get("president", {})]
            if len(titled) >= 2:
                return titled  # "the Presidents agreed" after a luncheon the UN
                # Secretary-General gave them: the presidents among its people
        ministers = {p for title, holders in self.roles_by_title.items()
                     if "minister" in title and "prime" not in title for p in holders}
        leaders = {p for title, holders in self.roles_by_title.items()
                   if "minister" not in title or "prime" in title for p in holders}
        heads = [p for p in people if p not in ministers or p in leaders]
        return heads if len(heads) >= 2 else list(people)

    def _ministers_only(self, token: Token, people: list[str]) -> list[str]:
        """"The Foreign Ministers agreed" after talks their officials attended: the people
        the article gives a foreign minister's title (a Foreign Secretary, a Secretary of
        State); for "the Prime Ministers" a prime minister's; for "the ministers" any
        minister's but a prime minister's (two or more; else all)."""
        words = {c.lower_ for c in token.lefts}
        if any(_COUNTS.get(w) == len(people) for w in words):
            return list(people)  # "the three ministers" of three: all, titled or not

        def fits(title: str) -> bool:
            if "prime" in words:  # "the Prime Ministers"
                return title.endswith("prime minister")
            return directory.same_office(title, "foreign minister") or (
                "foreign" not in words and "minister" in title and "prime" not in title)

        ministers = {p for title, holders in self.roles_by_title.items() if fits(title)
                     for p in holders}
        picked = [p for p in people if p in ministers]
        return picked if len(picked) >= 2 else list(people)

    def _last_joint_subject(self, token: Token) -> list[str]:
        """"Lee and Aso vowed ... the administration of incoming president Obama ... The two
        leaders": the people of the last conjoined subject, within two sentences before."""
        return self.last_joint_subject(token)[0]

    def last_joint_subject(self, token: Token) -> tuple[list[str], Token | None]:
        """The people of the last conjoined subject within two sentences before the token,
        and its verb (not an infinitive after it: "agreed Friday to cooperate" is told by
        "agreed", on its day); ([], None) when there is none."""
        starts = sentence_starts(self.doc)
        horizon = starts[max(0, sentence_index(self.doc, token.i) - 2)]
        for i in range(token.i - 1, horizon - 1, -1):
            verb = self.doc[i]
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "xcomp" or token.i in range(
                    verb.left_edge.i, verb.right_edge.i + 1):
                continue
            people = self.people_of(subjects(verb))
            if len(people) >= 2:
                return people, verb
        return [], None

    def people_of(self, tokens: list[Token]) -> list[str]:
        """The people named by tokens and the tokens conjoined with them, once each."""
        return list(dict.fromkeys(k for s in tokens for c in conjuncts(s)
                                  for t in [c] + [a for a in c.children if a.dep_ == "appos"]
                                  for k in [self.token_key.get(t.i) or (
                                      self.surname(t.text) if t.pos_ == "PROPN" else None)]
                                  if k and self.kind(k) == "person"))  # (and a bare name the
        # model left untagged: "Lula and Kirchner also announced that they ..."; a name in
        # apposition: "A and the President of Cameroon, Paul Biya", which the parse may hang
        # on A)

    def _chained(self, token: Token) -> list[str]:
        """"A and B condemned ... They discussed ... On NATO, they agreed ...": a clause's
        "they" stands for the people the sentence before had as its subject (named, or "they"
        in turn: the chain may begin further back than any horizon), or for the body or
        states a plural subject there stood for ("The members of the Council ...")."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return []
        starts = sentence_starts(self.doc)
        here = sentence_index(self.doc, token.i)
        if here == 0:
            return []
        sent = self.doc[starts[here - 1]].sent
        subs = subjects(sent.root)
        if subs and _agentless_passive(subs[0]) and here >= 2:
            # "Both Presidents expressed ... The renewed flow of investments was highlighted.
            # They reaffirmed ...": a thing said to be done, by no one named, is the same
            # speakers' telling; the chain runs on over it
            sent = self.doc[starts[here - 2]].sent
            subs = subjects(sent.root)
        if not subs:
            return []
        keys = self.resolve_all(subs[0])
        people = [k for k in keys if self.kind(k) == "person"]
        if len(people) >= 2:
            return people
        if subs[0].tag_ in ("NNS", "NNPS") and not people:
            # "The members of the Security Council demanded ... They welcomed ...", "G7
            # foreign ministers met ... They called on ...": the body (or states) they are
            return [k for k in keys if self.kind(k) in ("organisation", "country")]
        return []

    def _after_they(self, token: Token) -> bool:
        """Whether the sentence before the token's has "they" as its subject."""
        here = sentence_index(self.doc, token.i)
        if here == 0:
            return False
        before = self.doc[sentence_starts(self.doc)[here - 1]].sent
        return any(s.lower_ in COLLECTIVE_PRONOUNS for s in subjects(before.root))

    def _joint_subject(self, token: Token) -> list[str]:
        """"Putin and Erdogan attend a news conference following their talks", "Biden and
        Kishida said they would ...": the people of the subject of the pronoun's clause (or
        of the clause it is the subject of), two or more, conjoined."""
        current = governing_verb(token)
        for _ in range(3):  # up through "following" and "said" to the clause with people
            if current is None:
                return []
            subs = [s for s in subjects(current) if s.i != token.i]
            people = self.people_of(subs)
            if len(people) >= 2:
                return people
            if people or current.head == current:
                return []  # one person: "Putin said they ..." is not Putin
            current = governing_verb(current.head)
        return []

    def _named_title(self, token: Token) -> list[str]:
        """A title whose name the parse hung under it: "the President of Ukraine, Petro
        Poroshenko" (apposition), "President of the European Commission Ursula von der Leyen"
        (the name as the object of "of")."""
        return [self.token_key[t.i] for t in self.title_names(token)][:1]

    def title_names(self, token: Token) -> list[Token]:
        """The name tokens of a title the parse split from its name: in apposition ("the
        President of Ukraine, Petro Poroshenko"), as the object of its "of" ("President of the
        European Commission Ursula von der Leyen") or of its "for" ("Minister for Foreign
        Affairs Penny Wong"), also where the model hung that "for" on the verb right after
        the title ("received Secretary of State for Foreign Affairs James Cleverly",
        "joined Under-Secretary-General for Humanitarian Affairs Martin Griffiths")."""
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
        preps += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "for"
                  and c.i == token.right_edge.i + 1 and token.dep_ in ("dobj", "nsubj")]
        # "The Prime Minister of the United Kingdom Keir Starmer and the President of the
        # European Council António Costa met": the parse may hang the second name on the
        # first title; a name past a title's conjunct is that conjunct's
        later = [c.i for c in token.children if c.dep_ == "conj" and c.lower_ in _TITLE_HEADS]
        found = [c for c in token.children if c.dep_ == "appos" and
                 not any(i < c.i for i in later)]
        if token.dep_ == "conj" and token.head.lower_ in _TITLE_HEADS:
            found += [c for c in token.head.children if c.dep_ == "appos" and c.i > token.i
                      and not any(token.i < i < c.i for i in (
                          k.i for k in token.head.children if k.dep_ == "conj"))]
        found += [o for prep in preps for o in prep.children if o.dep_ == "pobj"]
        found += self.name_set_off_after(token)
        return [t for t in found if self.kind(self.token_key.get(t.i)) == "person"]

    def name_set_off_after(self, token: Token) -> list[Token]:
        """"with the Acting Assistant Secretary for U.S. Department of State's Bureau of
        Western Hemisphere Affairs, Michael Kozak, where ...": after a long title the parse
        may hang the name, set off by commas, on the verb; a name between commas right after
        the title's last word is the title's."""
        doc = self.doc
        last = token.right_edge.i
        for prep in token.head.children:  # "received the UK Secretary of State for Foreign
            # and Commonwealth Affairs, Philip Hammond": the "for" phrase hung on the verb
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i == last + 1 and \
                    token.dep_ in ("dobj", "nsubj"):
                last = prep.right_edge.i
        start = last + 1
        if not (last > token.i and start + 1 < len(doc) and doc[start].text == ","):
            return []
        first = start + 1
        while first < len(doc) and (doc[first].lower_ in HONORIFICS | HONOURED or (
                doc[first].lower_ in ("the", "right") and first + 1 < len(doc) and
                doc[first + 1].lower_ in HONOURED | {"right"})):
            first += 1  # ("..., Mr Javier Solana,", "..., the Right Honorable Philip
            # Hammond")
        key = self.token_key.get(first)
        if self.kind(key) != "person":
            return []
        end = first
        while end < len(doc) and self.token_key.get(end) == key:
            end += 1
        root = next((t for t in doc[first:end] if not start < t.head.i < end), None)
        if root is None or root.dep_ not in ("npadvmod", "appos") or \
                (end < len(doc) and doc[end].text not in (",", ".", ";")):
            return []
        return [root]

    def _bare_title(self, token: Token) -> list[str]:
        """"The President", "the Prime Minister", "the Secretary": the one person the article
        (or its headline) gives that title; else, for the publisher's own office, a node for
        the office holder ("President of the United States")."""
        named = self._named_title(token)
        if named:
            return named
        if self._name_follows(token):
            return []  # "the President of the French Republic, François Hollande": the name
        owners = [k for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for obj in prep.children if obj.dep_ == "pobj"
                  for k in [self.token_key.get(obj.i) if self.kind(self.token_key.get(obj.i))
                            in ("country", "organisation") else next(
                      (self.demonym[t.i] for t in obj.subtree if t.i in self.demonym), None)]
                  if k]
        if owners:  # "the President of Russia", "the President of the French Republic":
            # the one person the article gives that post, else its holder on the date
            title = " ".join([c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")
                              and c.lower_ in _TITLE_WORDS_LEX] + [token.lower_])
            return self._holder_of(title, owners[0], token)
        words = [c for c in token.lefts if c.dep_ in ("compound", "amod")
                 and c.lower_ in _TITLE_WORDS_LEX]
        phrase = " ".join([w.lower_ for w in words] + [token.lower_])
        titles = lexicon.load().titles
        # "the External Affairs Minister": the parse hangs "External" on "Affairs", so the
        # longest title the words before the head spell
        phrase = next((p for start in range(token.left_edge.i, token.i)
                       for p in [self.doc[start:token.i + 1].text.lower()]
                       if p in titles and (len(p) > len(phrase) or phrase not in titles)),
                      phrase)
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and f"{phrase} of {obj.lower_}" in titles:
                    phrase = f"{phrase} of {obj.lower_}"
        if phrase not in titles:
            return []
        # the person introduced with the title before it ("Prime Minister Modi ... the Prime
        # Minister"), not one named later in the sentence
        people = {p for form in {phrase, phrase.replace(" ", "-"), phrase.replace("-", " ")}
                  for p, i in self.roles_by_title.get(form, {}).items() if i < token.i}
        # ("the Secretary-General" split at its hyphen reads "secretary general")
        if self.publisher in gazetteer.load().countries and \
                lexicon.load().own_post(self.publisher, phrase):
            # on a government's own site, "The President" is its own, not a guest's
            # ("Readout of the President's Meeting with President Niinistö of Finland")
            own = f"country:{self.publisher}"
            people = {p for p in people if not any(
                p in ps and h != own for h, ps in self.roles_by_holder.items())}
        if len(people) == 2 and in_quote(token):
            people -= {self._quote_speaker(token)}  # '"... the Prime Minister has agreed with
            # me ...," he said', in one prime minister's words: the other
        told = self._bare_told.get(phrase)
        if len(people) > 1 and told and told[0] < token.i and told[1] in people:
            return [told[1]]  # "the Prime Minister said" (Olmert, the one named so far) ...
            # "Prime Minister Salim Fayyad" ... "The Prime Minister promised": the same one
        if len(people) == 1:
            found = next(iter(people))
            if phrase not in self._bare_told or self._bare_told[phrase][0] > token.i:
                self._bare_told[phrase] = (token.i, found)
            return [found]
        if not people:  # "Sir Keir Starmer ... the Prime Minister": the one person the article
            # names who held the post on its date (on a government's site, its own post)
            own = self.publisher if self.publisher in gazetteer.load().countries and \
                lexicon.load().own_post(self.publisher, phrase) else None
            holders = self.named_holders(phrase, own)
            if len(holders) == 1:
                return holders
        fits = {p for t, ps in self.roles_by_title.items() if t.startswith(phrase + " ")
                for p, i in ps.items() if i < token.i}
        if len(fits) == 1 and not people:
            return [next(iter(fits))]  # "the Secretary" = the Secretary of State
        name = self.headline_titles.get(phrase)
        if name and not people:
            key = "person:" + gazetteer.slug(name)
            joined = [k for k, e in self.entities.items() if e.kind == "person" and (
                k == key or (" " not in e.name and e.name in _name_tokens(name)))]
            guest = self.publisher and any(
                k in people_of and h != f"country:{self.publisher}"
                for h, people_of in self.roles_by_holder.items() for k in joined)
            if guest:  # "Readout of the President's Meeting with President Niinistö of
                name = None  # Finland": the headline's president is the guest
        if name and not people:
            return self._headline_person(phrase, name, token)
        implied = titles[phrase][0]
        if not people and implied and implied != "-" and self.published is not None:
            # "the External Affairs Minister" (India's), "the Taoiseach", "the High
            # Representative" (the EU's): a title that names its holder by itself is whoever
            # held it on the article's date
            found = self.holder_on_date(phrase, implied, token)
            if found:
                return [found]
        holder = self.publisher
        if people or not holder or phrase == "leader":
            return []
        is_country = holder in gazetteer.load().countries
        if titles[phrase][1] != 1 and is_country:
            return []  # of a country's posts, only its head's is the publisher's by default
        if is_country and not lexicon.load().own_post(holder, phrase):
            return []  # "the President" on gov.uk is not a British post
        return [self.holder_on_date(phrase, holder, token) or self._office(phrase, holder, token)]

    def _headline_person(self, phrase: str, name: str, token: Token,
                         office: bool = True) -> list[str]:
        """The person the headline names with a title: the article's own mention of them
        (the name, or its surname alone), else a new node holding that title (of the
        publisher, for a head's title; with `office`)."""
        key = "person:" + gazetteer.slug(name)
        joined = [k for k, e in self.entities.items() if e.kind == "person" and (
            k == key or (" " not in e.name and e.name in _name_tokens(name)))]
        if joined:
            return joined[:1]
        self.entities[key] = Entity(key, "person", name, evidence=evidence_for(token, 0.6))
        if not office:
            return [key]
        titles = lexicon.load().titles
        holder = self.publisher if self.publisher and titles.get(phrase, (None, 2))[1] == 1 \
            else None
        self.offices.append((key, _title_case(phrase), holder and (
            self._holder_key(holder)), token))
        return [key]

    def _author(self, token: Token) -> list[str]:
        """"Today I welcomed President Aliyev ...", outside quotes, in a "Press statement by
        President Charles Michel": the headline's one author."""
        if self.headline_author is None:
            return []
        phrase, name = self.headline_author
        named = [k for k, e in self.entities.items() if e.kind == "person" and (
            gazetteer.slug(e.name) == gazetteer.slug(name) or (
                len(name.split()) == 1 and name in _name_tokens(e.name)))]  # "President Biden"
        # (no post for a new node: "President Charles Michel" on consilium.europa.eu is the
        # European Council's, not the publisher's EU's)
        return named[:1] or self._headline_person(phrase, name, token, office=False)

    def _name_follows(self, token: Token) -> bool:
        """A title phrase ("the President of the French Republic") followed by a comma and
        a person's name: the name is the mention, not the bare title."""
        end = token.i
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            end = max(end, prep.right_edge.i)
        nxt = end + 1
        if nxt < len(self.doc) and self.doc[nxt].lower_ == ",":
            nxt += 1
        return nxt < len(self.doc) and nxt > end + 1 and \
            self.kind(self.token_key.get(nxt)) == "person"

    def _holders_of_each(self, token: Token, lemma: str) -> list[str]:
        """"The presidents of Colombia and Ecuador", "the leaders of Ghana and Togo": for each
        country, the one person the article gives that post of it (for "leaders", its head
        of state or government), if every country has one."""
        owners = [k for o in (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj")
                  for t in conjuncts(o) for k in [self.token_key.get(t.i)]
                  if k and k.startswith("country:")]
        if len(owners) < 2:
            return []
        found: list[str] = []
        for owner in dict.fromkeys(owners):
            people = sorted(self.roles_by_holder.get(owner, set()))
            if lemma in ("leader", "head", "ruler"):
                people = self._leaders_among(token, people) if len(people) > 1 else people
            else:
                people = [p for p in people if p in self.roles_by_title.get(lemma, {})] or (
                    people if len(people) == 1 else [])
            if len(people) != 1:
                return []
            found.append(people[0])
        return found

    def _holder_of(self, title: str, owner: str, token: Token) -> list[str]:
        """The one person the article gives a post of a country or organisation ("the
        Russian president" = the article's President of Russia, not its Prime Minister);
        else whoever the directory says held it on the article's date."""
        people = self.roles_by_holder.get(owner, set()) & set(self.roles_by_title.get(title, {}))
        if len(people) == 1:
            return [next(iter(people))]
        if people:
            return []
        found = self.holder_on_date(title, owner.split(":", 1)[1], token)
        return [found] if found else []

    def _organisations_post(self, token: Token) -> list[str]:
        """"the UN Secretary-General", "the NATO Secretary General", "the EU's foreign policy
        chief": the one person the article gives that post, else the holder on the article's
        date, else (when the article gives the organisation no one) a node for the office."""
        after = self.token_key.get(token.i + 1)
        if (after and self.kind(after) == "person") or self._name_follows(token):
            return []  # "the UN Secretary-General António Guterres", "the EU's foreign
            # policy chief, Josep Borrell,": the name
        named = self._named_title(token)
        of = [c for c in token.children if c.dep_ in ("compound", "poss", "nmod")
              and self.kind(self.token_key.get(c.i)) == "organisation"]
        if not of or not any(c.lower_ == "the" and c.dep_ == "det"
                             for t in [token, of[0]] for c in t.children):
            return named  # (the definite post: "the EU's foreign policy chief", not "a UN envoy")
        owner = self.token_key[of[0].i]
        titles = lexicon.load().titles
        title = next((phrase for start in range(token.left_edge.i, token.i + 1)
                      for phrase in [self.doc[start:token.i + 1].text.lower()]
                      if phrase in titles), None)
        if title is None and token.lower_ in ("chief", "head", "boss"):
            head = (gazetteer.head_title(owner) or "").lower()  # "the UN chief": its head
            title = head if head in titles else None
        if title is None:
            return named
        if named:  # "the EU's High Representative for Foreign Affairs and Security Policy
            # Catherine Ashton": the name, who holds that post
            self._record_office(named[0], title, owner.split(":", 1)[1], token)
            return named
        found = self._holder_of(title, owner, token)
        org = owner.split(":", 1)[1]
        if found or self.roles_by_holder.get(owner) or titles[title][1] > 2 or \
                org not in gazetteer.load().organisations or self.named_holders(title):
            return found  # (a node for the post only for a head of a known organisation
            # that the article names no one of: not "the UN special envoy")
        return [self._office(title, org, token)]

    def _leader_on_date(self, noun: str, iso3: str, token: Token) -> str | None:
        """"the Russian president", "the British prime minister", "the Chinese leader"."""
        title = _title_ending(token, noun)
        of = {o.lower_ for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children} & {"state", "government"} if title == "head" else set()
        if title in ("leader", "head") and any(c.dep_ == "compound" and c.lower_ == "government"
                                               for c in token.children):
            of = {"government"}  # "Government leaders of Poland and Germany": the heads of
            # their governments
        if of:
            title = "leader"  # "the Georgian and Ukrainian heads of state"
        leaders = ("president", "prime minister", "chancellor", "premier")
        own = lexicon.load().heads.get(iso3)  # in its order: Germany's is the chancellor
        heads = [t for t in own if t in leaders] if own else list(leaders)
        if of == {"government"}:  # "the Chinese and Russian heads of government": the
            # premier and the prime minister where a president heads the state
            heads = [t for t in heads if t != "president"] or heads
        if title == "leader":  # the country's first head title that has a holder
            found = next((k for t in heads for k in [self.holder_on_date(t, iso3, token)] if k),
                         None)
        else:
            found = self.holder_on_date(title, iso3, token)
        # else the one person the article gives such a post of that country ("the Georgian
        # and Ukrainian heads of state met ... Georgian President Mikheil Saakashvili and")
        named = {p for t in (heads if title == "leader" else [title])
                 for p in self.roles_by_title.get(t, {})} & \
            self.roles_by_holder.get(f"country:{iso3}", set())
        return found or (next(iter(named)) if len(named) == 1 else None)

    def named_holders(self, title: str, of: str | None = None) -> list[str]:
        """The people the article names whom the office-holder directory has in a post of
        that title (any country's, or `of`'s) on the article's date."""
        if self.published is None:
            return []
        known = directory.load()
        return [key for key, entity in self.entities.items() if entity.kind == "person"
                and known.posts(entity.name, title, self.published, of=of)]

    def holder_on_date(self, title: str, holder: str, token: Token) -> str | None:
        """The person the office-holder directory names for a title of a country or
        organisation on the article's date ("The President" on whitehouse.gov in 2016: Barack
        Obama); None when it does not know (no term covers the date). Past what its sources
        know, the last holder they know, only if the article names them ("Mr. Guterres")."""
        known = directory.load()
        term = known.holder(title, holder, self.published)
        last = None if term is not None else known.last_known(title, holder, self.published)
        if term is None and last is None:
            return None
        term = term or last
        key = "person:" + gazetteer.slug(term.name)
        names = {directory.fold(a) for a in (term.name, *term.aliases)}
        surname = directory.fold(_name_parts(term.name)[1])  # "Mr. Guterres"
        joined = [k for k, e in self.entities.items() if e.kind == "person" and (
            k == key or directory.fold(e.name) in names or (
                " " not in e.name and directory.fold(e.name) == surname))]
        if last is not None and not joined:
            return None  # past what the sources know, only a holder the article names
        if joined:
            key = joined[0]  # "The President of Russia warmly congratulated ...", Putin named
            # before: the article states his office too
        else:
            self.entities[key] = Entity(key, "person", term.name,
                                        evidence=evidence_for(token, 0.6))
        self._record_office(key, title, holder, token)
        return key

    def _record_office(self, key: str, title: str, holder: str, token: Token) -> None:
        """Note that a person holds a post the article states ("The President of Russia ...",
        Putin named before); extract turns these into roles."""
        office = (key, _title_case(title), self._holder_key(holder))
        if not any(o[:3] == office for o in self.offices):
            self.offices.append((*office, token))

    def resolve_subject_titles(self) -> None:
        """Resolve each bare title that is a clause's subject ("The President of Russia
        congratulated ..."), so that the office it states is recorded."""
        for tok in tokens_with(self.doc, _TITLE_HEADS):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in _TITLE_HEADS and \
                    tok.i not in self.token_key and tok.pos_ in ("NOUN", "PROPN"):
                self.resolve(tok)

    def _holder_key(self, holder: str) -> str:
        return self.country_key(holder) if holder in gazetteer.load().countries \
            else self.organisation_key(f"org:{holder}")

    def _office(self, title: str, holder: str, token: Token) -> str:
        gaz = gazetteer.load()
        owner = gaz.countries.get(holder) or gaz.organisations.get(holder)
        owner_name = owner.name if owner else holder
        the = holder in _THE_COUNTRIES or (owner is not None and holder not in gaz.countries
                                           and " " in owner_name)  # the United Nations
        label = f"{_title_case(title)} of {'the ' if the else ''}{owner_name}"
        key = "person:" + gazetteer.slug(label)
        if key not in self.entities:
            self.entities[key] = Entity(key, "person", label, evidence=evidence_for(token, 0.6))
            self.offices.append((key, _title_case(title), self._holder_key(holder), token))
        return key

    def surname(self, text: str) -> str | None:
        """A bare surname the model did not tag ("von der Leyen told reporters") names the one
        person of the article whose name ends with it."""
        fits = [k for k, e in self.entities.items()
                if e.kind == "person" and " " in e.name and text in _name_parts(e.name)]
        if not fits and " " not in text and text[:1].isupper():
            # "Lula and Kirchner made ...", after "Luiz Inacio Lula da Silva": the name the
            # directory knows the fully named person by
            known = {directory.fold(n) for t in directory.load().by_name.get(
                directory.fold(text), []) for n in (t.name, *t.aliases)}
            fits = [k for k, e in self.entities.items()
                    if e.kind == "person" and " " in e.name and directory.fold(e.name) in known]
        return fits[0] if len(fits) == 1 else None

    def resolve_all(self, token: Token) -> list[str]:
        """resolve() over a token and its conjuncts ("France and Germany")."""
        keys: list[str] = []
        tokens = conjuncts(token)
        if token.lower_ in _TITLE_HEADS and not self.key(token):
            # "President of the European Council Donald Tusk and President of the European
            # Commission Jean-Claude Juncker": the parse hangs the next title under the name
            tokens += [t for t in token.subtree if t.dep_ == "conj" and t.i > token.i and
                       t.lower_ in _TITLE_HEADS and t not in tokens]
        for tok in tokens:
            for k in self.resolve(tok):
                if k not in keys:
                    keys.append(k)
        return keys

    def person_before(self, token: Token) -> list[str]:
        """The person a "he" or "she" standing at this token would mean, named as a clause's
        subject (the speaker of a quote that begins there)."""
        found = self._antecedent(token, {"person"}, subject_only=True)
        return [found] if found else []

    def _antecedent(self, token: Token, kinds: set[str], subject_only: bool = False,
                    depth: int = 0) -> str | None:
        """The nearest earlier mention of the right kind within two sentences, preferring
        the subject of a clause: the rule of thumb a reader applies. A subject "he" in a
        sentence before counts as a mention of whom it stands for ("he met with A, B and C.
        He also met with D": the same he, not C)."""
        cataphor = self._fronted_subject(token, kinds)
        if cataphor:
            return cataphor
        sent_starts = sentence_starts(self.doc)
        limit_sent = max([s for s in sent_starts if s <= token.i] or [0])
        earlier = [s for s in sent_starts if s < limit_sent]
        window_start = earlier[-2] if len(earlier) >= 2 else (earlier[0] if earlier else 0)
        candidates: list[tuple[int, str, bool]] = []
        # "Mayor Marcelo Ebrard presented him with the Keys": an object pronoun is never
        # the subject of its own clause (that would be "himself")
        own = {k for s in (token.head.children if token.dep_ in ("dobj", "dative") else ())
               if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree
               for k in self._mention_keys(t)}
        other_sex = {"m": "f", "f": "m"}.get(_PRONOUN_SEX.get(token.lower_, ""))
        sexes = self._sexes() if other_sex else {}
        chained = token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("he", "she") \
            and depth < 3
        for i in range(token.i - 1, window_start - 1, -1):
            tok = self.doc[i]
            keys = self._mention_keys(tok)
            if chained and not keys and i < limit_sent and tok.lower_ == token.lower_ and \
                    tok.dep_ in ("nsubj", "nsubjpass") and not in_quote(tok):
                found = self._antecedent(tok, kinds, depth=depth + 1)
                keys = [found] if found else []
            for k in keys:
                if self.kind(k) in kinds and k not in own and (
                        other_sex is None or sexes.get(k) != other_sex):
                    # ("Ms Gillard says Mr Rudd ... ,' she said": not Mr Rudd)
                    is_subject = tok.dep_ in ("nsubj", "nsubjpass") or (
                        tok.head.dep_ in ("nsubj", "nsubjpass") and tok.dep_ == "compound")
                    candidates.append((i, k, is_subject))
        if not candidates:
            return None
        subjects = [c for c in candidates if c[2]]
        if subject_only:
            return subjects[0][1] if subjects else None
        # Within the same sentence, the nearest mention; across sentences, the subject.
        same = [c for c in candidates if c[0] >= limit_sent]
        if same and same[0][2]:
            return same[0][1]
        if subjects:
            return subjects[0][1]
        return candidates[0][1]

    def _sexes(self) -> dict[str, str]:
        """Person key -> "m" or "f", where the article styles them so ("Mr Rudd", "Ms
        Gillard", "Queen Margrethe"); a person styled both ways is left out. Once per Doc."""
        found = self.doc.user_data.get("kg_sexes")
        if found is None:
            found = {}
            clash: set[str] = set()
            doc = self.doc
            for tok in tokens_with(doc, _STYLE_SEX):
                sex = _STYLE_SEX.get(tok.lower_.rstrip("."))
                if sex is None or not tok.text[:1].isupper():
                    continue
                j = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ".")
                key = self.token_key.get(j) if j < len(doc) else None
                if self.kind(key) != "person":
                    continue
                assert key is not None
                end = j
                while end < len(doc) and self.token_key.get(end) == key:
                    end += 1
                if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" \
                        and doc[end - 1].whitespace_:
                    continue  # "Madam Ban Soon-taek": the name runs on; a wife who shares
                    # the surname the gazetteer knows her husband by, not him
                if found.setdefault(key, sex) != sex:
                    clash.add(key)
            found = doc.user_data["kg_sexes"] = {k: v for k, v in found.items()
                                                 if k not in clash}
        return found

    def _last_people(self, token: Token, count: int = 2) -> list[str]:
        """The `count` people named last before a token, within about two sentences."""
        found: list[str] = []
        for i in range(token.i - 1, max(-1, token.sent.start - 80), -1):
            k = self.token_key.get(i)
            if k and self.kind(k) == "person" and k not in found:
                found.append(k)
                if len(found) == count:
                    return found[::-1]
        return []

    def _fronted_subject(self, token: Token, kinds: set[str]) -> str | None:
        """"At its 2008 summit, NATO agreed ...": a possessive in a phrase put before the
        clause's subject refers to that subject."""
        if token.dep_ != "poss":
            return None
        current = token
        for _ in range(6):
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                break
        else:
            return None
        for sub in current.children:
            if sub.dep_ in ("nsubj", "nsubjpass") and sub.i > token.i:
                key = self.token_key.get(sub.i)
                if key and self.kind(key) in kinds:
                    return key
        return None

    def _mention_keys(self, tok: Token) -> list[str]:
        key = self.token_key.get(tok.i)
        if key:
            # one mention per entity span: count it at its root token only
            return [key] if tok.i + 1 >= len(self.doc) or self.token_key.get(tok.i + 1) != key \
                else []
        if tok.lower_ in LEADER_NOUNS and (tok.pos_ == "NOUN" or (
                tok.pos_ == "PROPN" and any(c.lower_ in ("the", "this") for c in tok.lefts))):
            return self._nominal(tok)  # "the Russian leader", "The US President said"
        if tok.lower_ in _TITLE_HEADS and tok.pos_ in ("NOUN", "PROPN"):
            # "the UN Secretary-General"; "The High Representative urged ... He warned"
            return self._organisations_post(tok) or (
                self._bare_title(tok) if tok.dep_ in ("nsubj", "nsubjpass") else [])
        return []

    def _counterpart_in_office(self, token: Token, country: str) -> list[str]:
        """"his Ukrainian counterpart": the possessor's one office (as the article gives it)
        held in that country, by the article's one person in that post, else on the
        article's date by the directory."""
        owner = next((k for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"
                      for k in self.resolve(c) if self.kind(k) == "person"), None)
        titles = {t for t, people in self.roles_by_title.items() if owner in people}
        if owner is None or len(titles) != 1 or owner in self.roles_by_holder.get(country, ()):
            return []
        found = self._holder_of(titles.pop(), country, token)
        return [p for p in found if p != owner]

    def _counterpart_from(self, token: Token) -> list[str]:
        """"his counterpart from Laos, Sonexay Siphandone", "my counterparts of Laos and
        Viet Nam, A and B": the people set off after the country the counterpart is from,
        which the parse hangs on that country (and "from" on the verb: "met his counterpart
        from Guinea-Bissau, Umaro Sissoco Embaló")."""
        after = token.right_edge.i + 1
        for prep in [*token.children, *(c for c in token.head.children if c.i == after)]:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or not (self.token_key.get(obj.i) or "").startswith(
                        "country:"):
                    continue
                people = [k for c in conjuncts(obj) for a in c.children if a.dep_ == "appos"
                          for t in conjuncts(a) for k in [self.token_key.get(t.i)]
                          if self.kind(k) == "person"]
                if people:
                    return list(dict.fromkeys(people))
        return []

    def _listed_after(self, token: Token) -> list[str]:
        """"held talks with the Japanese leaders, Shinzo Abe and Taro Aso": the two or more
        people named right after a plural noun and its comma, which the parse may hang
        elsewhere (on the verb)."""
        doc = self.doc
        i = token.right_edge.i + 1
        if i >= len(doc) or doc[i].text != "," or token.lemma_.lower() not in LEADER_NOUNS | {
                "leaders", "ministers", "counterparts", "officials"}:
            return []
        found: list[str] = []
        i += 1
        while i < len(doc):
            key = self.token_key.get(i)
            if self.kind(key) != "person":
                break
            found += [key] if key not in found else []
            while i < len(doc) and self.token_key.get(i) == key:
                i += 1
            if i < len(doc) and doc[i].lower_ in (",", "and"):
                i += 1 + (doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and")
            else:
                break
        return found if len(found) >= 2 else []

    def _nominal(self, token: Token) -> list[str]:
        """"the Russian leader", "China's president" -> the one person in the article with a
        role for that country; "the leaders of France and Germany" -> the countries."""
        if token.lower_ in _TITLE_HEADS:
            found = self._organisations_post(token)
            if found:
                return found  # "the UN Secretary-General", "the EU's foreign policy chief"
        if token.lower_ in _TITLE_HEADS and token.tag_ in ("NN", "NNP"):
            named = self._named_title(token)
            if named:
                return named
        after = self.token_key.get(token.i + 1)
        if after and self.kind(after) == "person":
            return [after]  # "his Turkish counterpart Recep Tayyip Erdogan": the name
        if token.lemma_.lower() == "counterpart":
            named = self._counterpart_from(token)
            if named:
                return named
        if token.tag_ in ("NNS", "NNPS"):
            listed = self._listed_after(token)
            if listed:
                return listed
        lemma = token.lemma_.lower()
        plural = token.tag_ in ("NNS", "NNPS")
        if lemma in ("country", "government", "nation") and not plural:
            own = self._own_country(token)
            if own:
                return own  # "the Sri Lankan president said that his country intends to"
        if token.tag_ in ("NNP", "NNPS") and lemma == token.lower_ and lemma.endswith("s") and \
                lemma[:-1] in LEADER_NOUNS | COLLECTIVE_NOUNS:
            lemma = lemma[:-1]  # the model leaves "Ministers" (a proper noun) unlemmatised
            plural = True
        countries: list[str] = []
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                c = self.demonym.get(child.i) or self.token_key.get(child.i)
                if c and c.startswith("country:"):
                    countries.append(c)
        if lemma in LEADER_NOUNS and token.tag_ in ("NN", "NNP") and countries:
            if any(c.lower_ in ("his", "her", "their") for c in token.children):
                # "her Samoan counterpart", after "Samoa's Prime Minister NAME": the one person
                # named before it with a post of that country; else not resolvable
                named = {p for p in self.roles_by_holder.get(countries[0], set())
                         if any(self.token_key.get(i) == p for i in range(token.i))}
                if lemma == "counterpart" and len(named) > 1:
                    named -= {k for c in token.children if c.dep_ == "poss" and
                              c.pos_ == "PRON" for k in self.resolve(c)}  # (never the one
                    # whose counterpart it is: "Georgian and Ukrainian Presidents A and B")
                set_off = token.right_edge.i + 1 < len(self.doc) and \
                    self.doc[token.right_edge.i + 1].text == ","  # ("his Turkish counterpart,
                # Hakan Fidan": the name after it)
                apposed = set_off or any(c.dep_ == "appos" for c in token.children)
                if lemma == "counterpart" and not named and not apposed:
                    # "Medvedev called the meeting with his Ukrainian counterpart very
                    # important", no one of Ukraine named before: who held the office of the
                    # one whose counterpart it is, in that country, on the article's date
                    return self._counterpart_in_office(token, countries[0])
                return [named.pop()] if lemma == "counterpart" and len(named) == 1 and \
                    not apposed else []
            if lemma in ("leader", "head", "ruler"):
                people = self.roles_by_holder.get(countries[0], set())
                if len(people) > 1:  # "the Ghanaian leader", of Ghana's President and its
                    # Foreign Minister: the head of state or government
                    people = set(self._leaders_among(token, sorted(people))) or people
                if len(people) == 1:
                    return [next(iter(people))]
                if not people:  # "the Chinese leader" in 2010: whoever led then
                    found = self._leader_on_date(lemma, countries[0].split(":", 1)[1], token)
                    return [found] if found else []
                return []
            title = _title_ending(token, lemma)
            return self._holder_of(title, countries[0], token)  # "the Russian president"
        if lemma in ("leader", "ruler") and not plural and not countries and any(
                c.lower_ == "the" for c in token.children) and not any(
                c.dep_ in ("poss", "prep") for c in token.children):
            heads = self.heads_named(before=token.i)
            if len(heads) == 1:  # "Grace ... called on the veteran leader to name his
                return [next(iter(heads))]  # successor": the one head named before
        if lemma in ("monarch", "sovereign") and not plural and not countries:
            royals = {p for t, ps in self.roles_by_title.items() if t.split()[-1] in _CROWNS
                      for p, i in ps.items() if i < token.i}
            if len(royals) == 1:  # "Jordan's King Abdullah ... the monarch": the one person
                return [next(iter(royals))]  # named before with a crown's title
        if lemma in LEADER_NOUNS and plural and not countries:
            found = self._holders_of_each(token, lemma)
            if found:
                return found  # "The presidents of Colombia and Ecuador say they have agreed"
        if lemma in _STATE_NOUNS and plural and not countries and any(
                c.lower_ in _COUNTS for c in token.children):
            found = self._their_countries(token)
            if found:
                return found  # "The two governments signed accords", after their leaders met
        if lemma in COLLECTIVE_NOUNS | _COUNTED_ONLY and any(
                c.lower_ in _COUNTS for c in token.children) and plural:
            return self._collective(token)  # "the two leaders", "the two Prime Ministers",
            # "both men"
        if lemma in COLLECTIVE_NOUNS and plural and token.text[:1].isupper() and any(
                c.lower_ == "the" for c in token.children):
            # "The Prime Ministers condemned ...", in a joint statement: who met
            met = next((e.participants for e in reversed(self.events)
                        if 0 <= e.anchor < token.i and len(e.participants) >= 2), None)
            if met:  # ("The Foreign Ministers agreed": not the officials who attended)
                return self._heads_only(token, list(met))
        if token.lower_ in GROUP_NOUNS or lemma in GROUP_NOUNS or (
                lemma in GATHERED and plural):  # "G7 foreign ministers", "NATO allies"
            owners = [self.token_key.get(c.i) for c in token.children
                      if c.dep_ in ("poss", "compound", "nmod")]
            owners = [k for k in owners if k and self.kind(k) in ("country", "organisation")]
            if owners:
                return owners  # "Niger's military rulers", "EU leaders"
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            keys = [k for t in conjuncts(pobj) for k in
                                    [self.token_key.get(t.i) or next(
                                        (self.token_key[c.i] for c in t.children
                                         if c.dep_ == "compound" and c.i in self.token_key),
                                        None)]  # "of the G7 group"
                                    if k and self.kind(k) in ("country", "organisation")]
                            if keys:
                                return self._sides_met(token, keys) or keys
                                # "Foreign ministers of the G7"
            if countries and (token.tag_ in ("NNS", "NNPS") or lemma in _RULING):
                # "the French and German leaders", "the Philippine government"
                return [self.country_key(c.removeprefix("country:")) for c in countries]
        if lemma in COLLECTIVE_NOUNS and token.tag_ in ("NNS", "NNPS") and not countries and any(
                c.lower_ in ("the", "both", "two", "all", "three") for c in token.lefts):
            return self._collective(token)  # "the two sides", "both leaders", "the leaders"
        if token.tag_ in ("NN", "NNP") and not countries and any(
                c.lower_ == "the" and c.dep_ == "det" for c in token.lefts):
            found = self._bare_title(token)
            if found or lemma not in GATHERED:
                return found
        if not countries and _members(token) and token.dep_ in ("dobj", "pobj", "nsubj"):
            # "urged all Allies", "urged fellow members", "called on member states": the
            # members of the body whose gathering the article reports
            return [k for k in [self.gathering_body(token)] if k]
        if lemma in GATHERED and not countries and token.dep_ in ("nsubj", "nsubjpass"):
            # "Arab foreign ministers called for ...", "Participants of the meeting urged",
            # "the group reaffirmed": the body whose gathering the article reports
            return [k for k in [self._gathering_organiser(token)] if k]
        return []

    def _own_country(self, token: Token) -> list[str]:
        """"his country", "her government": the one country whose post the possessor holds
        (a role the article gives them, or the directory's on its date)."""
        poss = next((c for c in token.children if c.dep_ == "poss" and
                     c.lower_ in ("his", "her")), None)
        if poss is None:
            return []
        people = [k for k in self.resolve(poss) if self.kind(k) == "person"]
        country = self._country_served(people[0]) if len(people) == 1 else None
        return [country] if country else []

    def _country_served(self, person: str) -> str | None:
        """The one country a person holds a post for in this article, if only one."""
        held = {h for h, ps in self.roles_by_holder.items()
                if person in ps and h.startswith("country:")}
        return held.pop() if len(held) == 1 else None

    def _their_countries(self, token: Token) -> list[str]:
        """"Karimov and Nazarbayev met ... The two governments signed accords": the countries
        the people of the last meeting hold posts for, one each, as many as counted."""
        counted = next((_COUNTS[c.lower_] for c in token.children if c.lower_ in _COUNTS), 0)
        people = next((e.participants for e in sorted(self.events, key=lambda e: e.anchor,
                                                       reverse=True)
                       if 0 <= e.anchor < token.i and len(e.participants) >= 2 and
                       e.status == "occurred" and not _recalled(self.doc[e.anchor])), [])
        countries = []
        for person in people:
            country = self._country_served(person)
            if country is None:
                return []
            countries.append(country)
        countries = list(dict.fromkeys(countries))
        return countries if len(countries) == counted == len(people) else []

    def holders_of_group(self, token: Token) -> list[str]:
        """"the presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan", "the
        French and German leaders": the office's holder in each country on the article's
        date, as the article names them or the office-holder directory knows them."""
        lemma = token.lemma_.lower()
        if token.tag_ not in ("NNS", "NNPS") or lemma not in LEADER_NOUNS - {"counterpart"}:
            return []
        listed = list(dict.fromkeys(
            k for c in conjuncts(token)[1:] for t in [c, *(a for a in c.children
                                                          if a.dep_ == "appos")]
            for k in [self.token_key.get(t.i)] if self.kind(k) == "person"))
        if len(listed) >= 2:
            return listed  # "the Presidents of Brazil, Luiz Inácio Lula da Silva, and the
            # United States, George W. Bush, met": the parse makes each country's name (or
            # the country, with its name in apposition) a conjunct of the title
        countries = [self.demonym.get(t.i) or self.token_key.get(t.i) for c in token.children
                     if c.dep_ in ("amod", "compound", "nmod") for t in conjuncts(c)]
        countries += [self.token_key.get(t.i) for o in token.children
                      if o.dep_ == "prep" and o.lower_ == "of" for t in o.subtree
                      if t.dep_ in ("pobj", "conj", "appos")]  # (the parse of lists varies)
        countries = list(dict.fromkeys(c for c in countries if c and c.startswith("country:")))
        if len(countries) < 2:
            return []
        named = self.names_set_after(token)
        if len(named) == len(countries):
            return named  # "The presidents of Armenia and Azerbaijan, A and B": the article's
        people = [self._leader_on_date(lemma, c.removeprefix("country:"), token)
                  for c in countries]
        return [p for p in people if p]

    def names_set_after(self, token: Token) -> list[str]:
        """The people named in apposition after a plural title ("The presidents of Armenia and
        Azerbaijan, Serge Sargisian and Ilham Aliyev"), in text order."""
        of = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
        names = [t for a in token.children if a.dep_ in ("appos", "conj") and a.i > token.i
                 for t in conjuncts(a)] + [
            t for o in of for a in o.children if a.dep_ == "appos" for t in conjuncts(a)] + [
            t for o in of for t in conjuncts(o)]  # (the parse may join all in one list)
        return list(dict.fromkeys(k for t in names if self.kind(
            k := self.token_key.get(t.i)) == "person"))

    def gathering_body(self, token: Token) -> str | None:
        """The body whose gathering the article reports (last before the token), else the
        one body it named before the token."""
        return self._gathering_organiser(token) or self._one_body(token)

    def _one_body(self, token: Token) -> str | None:
        """The one body with members (an alliance, bloc, forum or intergovernmental body in the
        gazetteer) the article named before a token, or None when it named none or several."""
        orgs = gazetteer.load().organisations
        found = {k for i, k in self.token_key.items() if i < token.i and k.startswith("org:")
                 and k[4:] in orgs and orgs[k[4:]].kind in ("alliance", "bloc",
                                                             "intergovernmental", "forum")}
        return found.pop() if len(found) == 1 else None

    def _gathering_organiser(self, token: Token) -> str | None:
        """The organisation of the gathering the article spoke of last (or first, when the
        token comes before any), e.g. the Arab League of "an extraordinary meeting of the Arab
        League"."""
        before = [org for anchor, org in self.organisers if anchor < token.i]
        return before[-1] if before else (self.organisers[0][1] if self.organisers else None)


def _members(token: Token) -> bool:
    """"all Allies", "every Ally", "fellow members", "member states", "the allies": a
    body's members as a whole."""
    lemma = token.lemma_.lower().rstrip("s") if token.tag_ == "NNPS" else token.lemma_.lower()
    whole = token.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("every", "each", "all")
                                                  for c in token.children)
    return whole and (lemma in ("ally", "allie") or lemma == "member" or (
        lemma == "state" and any(c.lower_ == "member" for c in token.children)))


def _title_ending(token: Token, noun: str) -> str:
    """The title a noun ends: "prime" + "minister" -> "prime minister", else the noun."""
    prev = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return f"{prev} {noun}" if f"{prev} {noun}" in lexicon.load().titles else noun


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it: France and Germany, Georgia and Ukraine."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def evidence_for(span: Span | Token, confidence: float) -> Evidence:
    sent = span.sent
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return Evidence(" ".join(text.split()), start, start + len(text.strip()),
                    round(confidence, 2))


_COMPANY_NOUNS = {"company", "corporation", "firm", "conglomerate", "carrier", "airline",
                  "bank", "giant", "producer", "maker", "manufacturer", "operator", "utility",
                  "insurer", "broadcaster", "newspaper", "agency", "group", "party", "subsidiary"}


def _a_company(ent: Span) -> bool:
    """"Indonesia is offering Petronas, Malaysia's national petroleum corporation, ...",
    "Gazprom, the Russian gas giant", "the two state-owned petroleum firms, PDVSA and
    Petrobras": a name set off by a noun for a company or body (after it, or before it) is
    that body's, though the model took it for a person's."""
    first = ent.root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return any(c.dep_ == "appos" and c.lemma_.lower() in _COMPANY_NOUNS and
               c.i > ent.end - 1 and c.left_edge.i == ent.end + 1 and
               ent.end < len(ent.doc) and ent.doc[ent.end].text == ","
               for c in ent.root.children) or (
        first.dep_ == "appos" and first.head.lemma_.lower() in _COMPANY_NOUNS and
        first.head.i < first.i)  # "the two state-owned petroleum firms, PDVSA and Petrobras"


def _agentless_passive(subject: Token) -> bool:
    """"The renewed flow of investments was highlighted": a passive whose subject is a thing
    (no person, no plural) and whose doer goes unsaid."""
    verb = subject.head
    return subject.dep_ == "nsubjpass" and subject.tag_ in ("NN", "NNP") and \
        subject.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and \
        not any(c.dep_ == "agent" for c in verb.children)


def _a_national_council(ent: Span) -> bool:
    """"Security Council Secretary", "Secretary of the Security Council", "Russian Security
    Council": a "Security Council" the UN does not qualify, whose Secretary is named or whose
    country is, is a state's own (the UN's has a President and members, no Secretary)."""
    doc = ent.doc
    if ent.text.replace("the ", "") != "Security Council":
        return False
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (after is not None and after.lower_ == "secretary") or (
        before is not None and (before.ent_type_ in ("NORP", "GPE") or before.lower_ == "its")) \
        or (ent.start >= 3 and doc[ent.start - 3].lower_ == "secretary" and
            doc[ent.start - 2].lower_ == "of")


def _an_age(ent: Span) -> bool:
    """"President Robert Mugabe, 93, ...", "Mahathir, 94, said": a number of one to three
    digits set off by commas right after a person's name is their age, no year."""
    doc = ent.doc
    return len(ent) == 1 and re.fullmatch(r"\d{1,3}", ent.text) is not None and \
        ent.start >= 2 and doc[ent.start - 1].text == "," and \
        doc[ent.start - 2].ent_type_ == "PERSON" and \
        (ent.end >= len(doc) or doc[ent.end].text in (",", ".", ";"))


def _clean_name(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"(?:'s|’s|')$", "", text).strip(" ,.;:()[]\"“”")
    return text


_FORCES = {"forces", "army", "navy"}  # "the Sudanese Armed Forces", "the Myanmar Army"
_BODIES = {"council", "assembly", "conference", "summit", "forum", "committee", "commission",
           "parliament", "meeting", "group", "dialogue", "format"}  # (of a gathering: whose
# body it is, the gazetteer knows or the article says)


def _article_name(text: str) -> str:
    """An organisation's name the model tags with its article: "the Rapid Support Forces",
    "the Islamic Revolutionary Guard Corps" (two or more capitalised words after "the"), else
    ""."""
    words = text.split()
    if len(words) < 3 or words[0] != "the" or not words[-1][:1].isupper() or \
            words[-1].lower() in _BODIES | _TITLE_HEADS or not all(
            w[:1].isupper() or w == "and" for w in words[1:]):  # (not "the Council of Heads
        # of State", a body of another's gathering)
        return ""
    return " ".join(words[1:])


# words of an institution's name, never of a person's ("Goldman Sachs International",
# "Ethiopian Airlines Group"); with the gazetteer's organisations' words
_QUOTE_MARKS = {'"', "“", "”", "„", "«", "»"}
_INSTITUTION_CORE = {
    "union", "council", "ministry", "party", "bank", "fund", "organization", "organisation",
    "agency", "commission", "group", "forces", "army", "front", "movement", "association",
    "committee", "corporation", "company", "inc", "ltd", "university", "institute", "court",
    "parliament", "assembly", "government", "office", "department", "service", "services",
    "news", "times", "post", "forum", "league", "alliance", "federation", "republic",
    "kingdom", "state", "states", "board", "authority", "congress", "senate", "house",
    "press", "media", "network", "foundation", "centre", "center", "club", "team",
    "coalition", "mission", "embassy", "secretariat", "cabinet", "administration", "police",
    "guard", "navy", "command", "summit", "conference", "community", "bureau", "programme",
    "program", "initiative", "project", "trust", "society", "academy", "school", "college",
    "hospital", "airlines", "airways", "holdings", "energy", "oil", "gas", "motors",
    "technologies", "systems", "international", "global", "national", "world", "daily",
    "herald", "tribune", "journal", "radio", "television", "delegation", "ministers",
}
_INSTITUTION_WORDS = _INSTITUTION_CORE | {w.lower() for o in gazetteer.load().organisations.values()
                                         for w in o.name.split()}


def _title_case_line(sent: Span) -> bool:
    """A headline set in title case: four words or more, nearly all capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _looks_like_a_name(ent: Span) -> bool:
    """Two to four capitalised words, none of an institution, a title, a country or a
    demonym: what a person's name looks like when the model tags it an organisation."""
    return 2 <= len(ent) <= 4 and all(
        t.is_alpha and t.text.istitle() and t.lower_ not in _INSTITUTION_WORDS
        and t.lower_ not in TITLE_WORDS and t.lower_ not in _TITLE_WORDS_LEX
        and not t.ent_id_ and gazetteer.load().country_by_name(t.text) is None
        for t in ent)


_MEETING_VERBS = {lemma for lemma, p in lexicon.load().events("verb").items()
                  if p.cls in ("meeting", "visit")}


def _meets_a_person(ent: Span) -> bool:
    """The span is who meets, or whom a person meets, by a meeting verb ("X met Y", "Y
    received X", "held talks with X") with a person the model tagged on the other side."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in TITLE_WORDS | _TITLE_WORDS_LEX:
        root = root.head  # "The Chairperson of the Commission, Moussa Faki Mahamat, was
        # received by ..."
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head.head if verb.head.pos_ == "NOUN" else verb.head  # "talks with X"
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or verb.lemma_.lower() not in \
            _MEETING_VERBS | {"hold"}:
        return False
    return any(e.label_ == "PERSON" and e.start != ent.start for e in ent.sent.ents)


_PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "da", "di", "al", "el", "bin",
              "ibn", "du", "dos", "del", "ter", "ten"}


def _complete_name(span: Span) -> Span:
    """"Ursula von der" + "Leyen": the model sometimes stops a name at its particle; and
    "Antony" + "J. Blinken": or starts it after the first name, at a middle initial."""
    end = span.end
    doc = span.doc
    start = span.start
    while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
           and doc[start - 1].head.i in range(span.start, span.end)
           and doc[start - 1].text[:1].isupper() and doc[start - 1].text.isalpha()
           and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in TITLE_WORDS
           and doc[start - 1].lower_ not in _TITLE_WORDS_LEX
           and re.fullmatch(r"[A-Z]\.?", doc[start].text)):
        start -= 1
    if start > 0 and doc[start - 1].text == "He" and span.end - start == 1 and \
            doc[start].text[:1].isupper() and doc[start].ent_type_ == "PERSON":
        start -= 1  # "He Lifeng met ...": the family name He; the pronoun never comes
        # straight before a name
    if start != span.start:
        span = doc[start:span.end]
    if end < len(doc) and doc[end].text == "He" and not doc[end].is_sent_start and \
            doc[end - 1].text[:1].isupper() and doc[end - 1].is_alpha and (
            end + 1 == len(doc) or not doc[end + 1].text[:1].isupper()):
        end += 1  # "Vice Premier Liu He met ...": the given name He; mid-sentence the
        # pronoun is "he" (a title-case headline is left alone)
    while end < len(doc):
        if doc[end - 1].lower_ in _PARTICLES and (
                doc[end].text[:1].isupper() or doc[end].lower_ in _PARTICLES):
            end += 1
        elif (doc[end].lower_ in _PARTICLES and end + 1 < len(doc)
              and doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN"):
            end += 2  # "Mohammed bin Abdulrahman" + "Al Thani"
        elif (doc[end].lower_ in ("al", "el") and end + 2 < len(doc) and
              doc[end + 1].text == "-" and not doc[end].whitespace_ and
              not doc[end + 1].whitespace_ and doc[end + 2].text[:1].isupper()):
            end += 3  # "Abdel Fattah" + "el-Sisi" (three tokens: "el", "-", "Sisi")
        elif (doc[end].pos_ == "PROPN" and doc[end - 1].dep_ == "compound"
              and doc[end - 1].head.i == end and doc[end].text[:1].isupper()
              and doc[end].text.isalpha() and not doc[end].ent_type_
              and doc[end].lower_ not in TITLE_WORDS):
            end += 1  # "Espen Barth" + "Eide": the name's last word, which the others modify
        else:
            break
    return doc[span.start:end] if end != span.end else span


def _organisation(org) -> Entity:
    """The entity of a gazetteer organisation, with its one-word acronym ("NATO")."""
    short = next((a for a in org.aliases if a.isupper() and " " not in a), None)
    return Entity(f"org:{org.key}", "organisation", org.name, acronym=short)


def _recalled(anchor: Token) -> bool:
    """A meeting told as the time of something else, some time before: "a day after the
    president's meeting with Trump", "since their talks in May"."""
    prep = anchor.head
    return anchor.dep_ == "pobj" and (prep.lower_ == "since" or (
        prep.lower_ in ("after", "before") and (any(
            c.dep_ == "npadvmod" for c in prep.children) or prep.head.lemma_.lower() in (
            "day", "week", "month", "year", "hour"))))
    # (not "told a news conference after their talks": the talks of the day)


_PRAISE_VERBS = {"congratulate", "compliment", "felicitate", "thank", "praise", "commend"}


def _praised(token: Token) -> Token | None:
    """"The President complimented Prime Minister Cameron on his election", "thanked X for her
    hospitality": a possessive in the "on"/"for" phrase of a verb of praise is the praised
    one's, the verb's object (not its subject, named first)."""
    if token.dep_ != "poss" or token.head.dep_ != "pobj":
        return None
    prep = token.head.head
    verb = prep.head
    if prep.lower_ not in ("on", "for", "upon") or verb.lemma_.lower() not in _PRAISE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _person_name(span: Span) -> str | None:
    words = _clean_name(span.text).split()
    for n, word in enumerate(words[:-1]):
        if re.search(r"(?:'s|’s)$", word):  # "Blinken’s Meeting": the name ends at the 's
            words = words[:n] + [re.sub(r"(?:'s|’s)$", "", word)]
            break
    while words and (words[0].lower().strip(".") in TITLE_WORDS | _STYLES
                     or words[0].lower() in TITLE_WORDS or _rank(words[0], words[1:2])
                     or (words[0] == "HE" and len(words) > 2)
                     or (words[0] == "PM" and len(words) >= 2)) and \
            not (len(words) > 2 and words[1].lower() in _PATRONYMIC):
        words = words[1:]  # "The Rt Hon Lord Cameron", "H.E. Mr ...", "HE Mr ...", "His
        # Majesty King ..."
        # (but "Sultan bin Zayed": a given name before "bin", not the title)
    while len(words) > 2 and words[0].lower().strip(".'’") in _LEADING_STYLES:
        words = words[1:]  # "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Samdech
        # Hun Sen"
        if len(words) > 2 and words[0].lower() in ("seri", "sri"):
            words = words[1:]
    while len(words) > 1 and words[-1].strip(".,") in POST_NOMINALS:
        words = words[:-1]  # "Anthony Albanese MP", "Keir Starmer KCB KC"
    while words and words[-1].lower() in WEEKDAYS:
        words = words[:-1]  # "Zelenskyy Tuesday"
    if len(words) >= 2 and re.fullmatch(r"[A-Z]\.?", words[0]):
        words = words[1:]  # "J. Blinken" is Blinken
    if len(words) >= 3:  # "Antony J. Blinken" is Antony Blinken
        words = [words[0]] + [w for w in words[1:-1] if not re.fullmatch(
            r"[A-Z]\.?|(?:[A-Z]\.){2,3}", w)] + words[-1:]  # (and "Retno L.P. Marsudi")
    if any(not w.isupper() for w in words):  # "KAMIKAWA Yoko": a family name in capitals
        words = [w.title() if w.isupper() and len(w.strip(".-")) >= 2 and
                 w.lower() not in _SUFFIXES and not (n == 0 and len(w) == 2 and len(words) >= 3)
                 else w for n, w in enumerate(words)]  # (but "AK Abdul Momen": initials)
    while len(words) > 1 and words[-1].lower() in TITLE_WORDS:
        words = words[:-1]  # "(Saudi) Arabian King (Salman)": the title after a demonym
    if words and all(_no_name_word(w) for w in words):
        return None  # "Chief of General Intelligence": a post's field, "Arabian": a people
    if words and words[-1].lower() in _GATHERINGS:
        return None  # "the 12th APEC Economic Leaders Meeting": a gathering's name
    name = " ".join(words)
    if not name or _BAD_PERSON.search(name) or len(name) > 60:
        return None
    return name


# The fields of ministries and agencies, which the model may tag a person after a title's "of"
# ("Khalid Al-Humaidan, Chief of General Intelligence")
PORTFOLIOS = {"intelligence", "defence", "defense", "finance", "interior", "justice", "health",
               "commerce", "trade", "energy", "security", "affairs", "agriculture", "education",
               "investment", "industry", "environment", "labour", "labor", "transport",
               "culture", "tourism", "economy", "planning", "information", "treasury"}


_GATHERINGS = {"meeting", "meetings", "summit", "conference", "forum", "talks", "session",
               "dialogue", "congress", "assembly", "council", "ceremony", "visit"}
_HEAD_POSTS = {"president", "chancellor", "premier", "king", "queen", "emir", "sultan",
               "taoiseach", "prime minister"}  # a head of state's or government's title ends so
_STYLES = {"former", "ex", "the", "his", "her", "majesty", "highness", "royal", "excellency",
           "engineer", "eng"}  # ("Engineer Michael Kamau": a style in East Africa)


# military ranks written before a name, whole or shortened ("Maj-Gen", "Lt.-Gen.", "Brig")
_RANKS = {"maj", "brig", "gen", "lt", "lieut", "col", "capt", "cdr", "cmdr", "comdr", "adm",
          "sgt", "cpl", "brigadier", "colonel", "lieutenant", "admiral", "captain", "marshal",
          "field", "air", "vice", "rear"}


def _rank(word: str, after: list[str]) -> bool:
    """A military rank before a name: "Maj-Gen", "Lt.-Gen.", "Brig. Gen.", "Colonel" (not a
    name's own word: "Major" alone may be one, and "Air", "Field" only in a rank)."""
    parts = [p for p in re.split(r"[-.]", word.lower()) if p]
    if not parts or not after or not all(p in _RANKS for p in parts):
        return False
    return parts[-1] not in ("field", "air", "vice", "rear") or after[0].lower().strip(
        ".") in _RANKS | {"general", "major", "marshal", "admiral", "commodore"}


def _no_name_word(word: str) -> bool:
    """A word that is never a person's whole name: a title word, an institution's or a
    portfolio's word, a people's name ("Arabian", "Saudi")."""
    low = word.lower().strip(".,")
    return any(w in TITLE_WORDS or w in _TITLE_WORDS_LEX or w in _INSTITUTION_CORE or
               w in PORTFOLIOS or w in _DEMONYMS
               for w in (low, low[:-1] if low.endswith("s") else low))  # ("Representatives")


_DEMONYMS = {w.lower() for c in gazetteer.load().countries.values() for d in c.demonyms
             for w in d.split()} | {"arabian", "emirati", "gulf"}


_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _expletive(token: Token) -> bool:
    """"It was decided to build ...", "it was agreed that ...", "It is important to ...": an
    "it" that stands for the clause set after its verb, not for a thing named before."""
    verb = token.head
    return token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and (
        token.dep_ == "nsubjpass" or verb.lemma_ == "be") and any(
        c.dep_ in ("xcomp", "ccomp", "acomp") and c.i > token.i for c in verb.children) and \
        not any(c.dep_ == "dobj" for c in verb.children)


def _name_parts(name: str) -> tuple[str, str]:
    """First and last name, without suffixes: "Ferdinand Marcos Jr." -> Ferdinand, Marcos;
    "Abdel Fattah al-Sisi" -> Abdel, Sisi (the article "al-" is not the name)."""
    words = [w for w in name.split() if w.lower() not in _SUFFIXES] or name.split()
    last = re.sub(r"^(?:al|el|ad|as|ash|bin|ibn)-", "", words[-1], flags=re.I)
    return words[0], last


# the particles of a father's name ("Mohammed bin Salman"): the word after names another person
_PATRONYMIC = {"bin", "ibn", "bint", "Bin", "Ibn"}


def _name_tokens(name: str) -> set[str]:
    """Every word of a full name a writer may use alone ("Lula", "Sisi", "Xi"); not a
    father's name ("King Salman" is not "Mohammed bin Salman")."""
    words = name.split()
    fathers = {w for a, w in zip(words, words[1:], strict=False) if a in _PATRONYMIC}
    tokens = {w for w in words if w.lower() not in _SUFFIXES | _PARTICLES and len(w) > 1}
    return (tokens | set(_name_parts(name))) - fathers


_GONE_TO = {"visit", "tour", "reach"}  # verbs whose object is where someone went


# a gathering's nouns that names joined by hyphens may stand before ("the Chirac-Schroeder
# meeting")
_PAIRED_NOUNS = {"meeting", "meetings", "talks", "summit", "summits", "negotiations",
                 "encounter", "handshake"}  # (compared with the lower-cased word)


def _modifier_only(ent: Span) -> bool:
    """"members of the big Olympic family", "the Olympic movement": one word the model took
    for a name, right before the common noun it qualifies, which no longer name of the
    article contains (not "the Biden administration" after "Joe Biden")."""
    tok = ent.root
    return len(ent) == 1 and tok.dep_ in ("compound", "amod") and tok.head.i == ent.end and \
        tok.head.pos_ == "NOUN" and tok.head.text.islower() and not any(
            tok.text in e.text.split() for e in ent.doc.ents if e.label_ == "PERSON" and len(e) > 1)


def _set_off_after_title_phrase(ent: Span) -> bool:
    """"the Foreign Minister of Ethiopia, Seyoum Mesfin,", "the Minister of Labour and Human
    Welfare, Askale Menkerios,", "the President of Ghana, Nana Akufo-Addo,": two to four
    capitalised words (joined by hyphens or not) set off by commas right after
    a capitalised title and its "of" phrase, which no gazetteer knows as a place, are the
    holder's name (the model read a place or an organisation). So too after "counterpart"
    and the country it is from: "his counterpart from Laos, Sonexay Siphandone", "my
    counterparts from Timor-Leste, Taur Matan Ruak"."""
    doc = ent.doc
    if not 2 <= len(ent) <= 5 or ent.start < 3 or doc[ent.start - 1].text != "," or \
            not all(t.is_alpha and t.text[:1].isupper() or t.text == "-" and 0 < n < len(
                ent) - 1 for n, t in enumerate(ent)) or \
            gazetteer.places_index().get(gazetteer.normalise(ent.text)) or \
            gazetteer.load().country_by_name(ent.text) or \
            ent.end < len(doc) and doc[ent.end].text not in (",", ".", ";", "and"):
        return False
    saw_of = False
    for i in range(ent.start - 2, max(0, ent.start - 12), -1):
        tok = doc[i]
        if tok.lower_ in ("of", "for", "from"):
            saw_of = True
        elif saw_of and (tok.lower_ in _TITLE_HEADS and tok.text[:1].isupper() or
                         tok.lower_ in ("counterpart", "counterparts")):
            return True
        elif not (tok.text[:1].isupper() or tok.lower_ in ("and", "the", "&")):
            return False
    return False


_GATHERING_WORDS = set(lexicon.load().events("noun"))  # "summit", "conference", "talks" ...
_SOVEREIGNS = {"king", "queen", "emir", "sultan", "pope", "emperor", "empress"}  # titles a
# regnal name, one word, follows

# the last word of a building's or a document's name, never of a person's
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}
_HEADING_WORDS = {"remarks", "statement", "statements", "readout", "transcript", "briefing",
                  "communique", "communiqué", "speech", "interview", "keynote"}  # what a
# heading says was said, which the model may take for a name at a line's start
_THINGS_NAMED = {"house", "villa", "palace", "building", "residence", "agreement", "treaty",
                 "accord", "accords", "pact", "convention", "declaration", "charter",
                 "protocol", "memorandum", "communique", "communiqué", "airport", "stadium",
                 "hospital", "university", "bridge", "dam"}  # ("Hamid Karzai International
# Airport", "Jawaharlal Nehru Stadium": places named after people)


def _particle_within(doc, j: int, start: int) -> bool:
    """"Alain de Souza", "Jaap de Hoop Scheffer": a lower-case particle inside a name, after a
    given name and before a capitalised word."""
    return j > start and j + 1 < len(doc) and doc[j].lower_ in _PARTICLES and \
        doc[j].text.islower() and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha


def _named_after(ent) -> bool:
    """"Hamid Karzai International Airport", "the Jawaharlal Nehru Stadium": a person's name
    the model tagged, run on by capitalised words to a building's word, names the building."""
    doc, j = ent.doc, ent.end
    while j < len(doc) and j < ent.end + 3 and doc[j].text[:1].isupper() and \
            doc[j].is_alpha:
        if doc[j].lower_ in _THINGS_NAMED:
            return True
        j += 1
    return False


def _town_in_a_country(ent) -> str | None:
    """"in Labuan Bajo, Indonesia", "at Psarades, Greece": one to three capitalised words
    after "in", "at" or "near" and before a comma and a country's name are a town of that
    country (the country's code), whatever the model tagged them."""
    doc = ent.doc
    if not 1 <= len(ent) <= 3 or ent.start == 0 or ent.end + 1 >= len(doc) or \
            doc[ent.start - 1].lower_ not in ("in", "at", "near") or \
            doc[ent.end].text != "," or not all(t.is_alpha and t.text[:1].isupper() for t in ent):
        return None
    after = doc[ent.end + 1].ent_id_
    if not after.startswith("country:") or gazetteer.load().country_by_name(ent.text):
        return None
    return after.split(":", 1)[1]


def _place_taken_for_a_name(ent) -> bool:
    """"The President also visited Taxila, which ...", "arrived in Mardan": one word the
    model took for a person's name, standing where places stand (the object of a visit,
    after "in", "to", "at") with no title before it, and not part of any person's name in
    the text, is a place when GeoNames knows it or a "which" / "where" clause tells of it
    (a person is "who")."""
    if len(ent) != 1 or ent.ent_id_:
        return False
    tok = ent[0]
    if not gazetteer.places_index().get(gazetteer.normalise(ent.text)) and not any(
            c.dep_ == "relcl" and any(w.lower_ in ("which", "where") for w in c.children)
            for c in tok.children):
        return False
    if tok.dep_ == "dobj":
        where = tok.head.lemma_.lower() in _GONE_TO
    else:
        where = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "at", "near")
    if not where or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in TITLE_WORDS | HONORIFICS):
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and tok.text in [t.text for t in e]
                   for e in tok.doc.ents)


def _place(name: str) -> Entity:
    clean = re.sub(r"^[Tt]he ", "", name)
    found = gazetteer.places_index().get(gazetteer.normalise(clean))
    if found:
        clean = found[1]  # GeoNames' spelling, not the dateline's "BEIJING"
    entity = Entity(f"place:{gazetteer.slug(clean)}", "place", clean)
    if found:
        gid, _, lat, lon, iso2 = found
        entity.geonames = (gid, lat, lon) if gid else None  # (a state pycountry names has
        # no GeoNames id)
        entity.country = gazetteer.iso3_from_iso2(iso2)
    return entity
