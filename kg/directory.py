"""Who held which office when: the dated directory of office holders (issue 11).

`kg/data/office_holders.tsv` (built by tools/build_office_holders.py; sources and licences in
kg/data/README.md) gives terms: a person, an office ("president"), its holder (a country's
ISO alpha-3 or an organisation key), start and end, and how far the term is known
(`known_until`). Two questions are asked of it:

- holder(office, of, date): who held the office on that date, or None when no term covers
  the date, or the date lies past what the sources know (a stale directory makes nothing up),
  or two terms overlap;
- person(name, date): the one person a full name or alias stands for (with the date to
  choose between two people who share a surname).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Term:
    name: str
    aliases: tuple[str, ...]
    office: str
    holder: str  # ISO alpha-3 or an organisation key
    start: str
    end: str
    wikidata: str
    source: str
    known_until: str

    def covers(self, day: str) -> bool:
        """Whether the term held on that day, as far as the sources know."""
        start = _pad(self.start, low=True)
        if day < start:
            return False
        if self.end:
            return day < _pad(self.end, low=False) or day == _pad(self.end, low=True) == start
        return bool(self.known_until) and day <= _pad(self.known_until, low=False)


@dataclass
class Directory:
    terms: list[Term]
    by_office: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    by_name: dict[str, list[Term]] = field(default_factory=dict)
    by_id: dict[str, list[Term]] = field(default_factory=dict)
    by_part: dict[str, list[Term]] = field(default_factory=dict)  # "Giulio Terzi"
    by_first: dict[str, list[Term]] = field(default_factory=dict)  # first name -> terms

    def __post_init__(self) -> None:
        for t in self.terms:
            self.by_office.setdefault((office_key(t.office), t.holder), []).append(t)
            if t.wikidata:
                self.by_id.setdefault(t.wikidata, []).append(t)
            names = {t.name, *t.aliases}
            for name in names | {first_last(n) for n in names}:  # "Joseph Biden"
                key = fold(name)
                if t not in self.by_name.get(key, []):
                    self.by_name.setdefault(key, []).append(t)
            for part in _first_and_one(t.name):
                self.by_part.setdefault(fold(part), []).append(t)
            first = fold(t.name).split()[:1]
            if first:
                self.by_first.setdefault(first[0], []).append(t)

    def holder(self, office: str, of: str, date: dt.date | None) -> Term | None:
        if date is None:
            return None
        day = date.isoformat()
        found = {t.wikidata or t.name: t for t in self.by_office.get((office_key(office), of), [])
                 if t.covers(day)}
        return next(iter(found.values())) if len(found) == 1 else None

    def last_known(self, office: str, of: str, date: dt.date | None) -> Term | None:
        """The one term of an office still open when the sources end, on a date past that
        end: who held it last as far as they know (not that they still did)."""
        if date is None:
            return None
        day = date.isoformat()
        found = {t.wikidata or t.name: t for t in self.by_office.get((office_key(office), of), [])
                 if not t.end and t.known_until and _pad(t.start, low=True) <= day and
                 _pad(t.known_until, low=False) < day}
        return next(iter(found.values())) if len(found) == 1 else None

    def person(self, name: str, date: dt.date | None = None) -> Term | None:
        """The one person a name stands for: a full name or alias that only one person has;
        a shared one ("Costa", "Johnson") only if exactly one of them held an office that
        the sources know on the date (give or take a year)."""
        terms = self.by_name.get(fold(name)) or [
            t for t in self.by_name.get(fold(first_last(name)), [])  # (its other names alike:
            if any(_words_alike(fold(n).split(), fold(name).split())  # "Muhammad Nawaz
                   for n in (t.name, *t.aliases) if " " in n)  # Sharif" is not "Muhammad
            and not _middles_differ(fold(t.name).split(), fold(name).split())]  # Shahbaz
        # Sharif"; "Ahmad Nasser Al-Sabah" is not "Ahmad Abdullah Al-Ahmad al Sabah", whose
        # short alias "Ahmad al-Sabah" both shorten to)
        people = {t.wikidata or t.name: t for t in terms}
        if len(people) == 1 and (date is None or " " in name.strip()):
            return _best(terms)  # (one word names one known person only near their term:
        if date is None:  # "Francis" in 2004 is not Sierra Leone's foreign minister of 2021)
            return None
        if not people:  # "Giulio Terzi" for Giulio Terzi di Sant'Agata: only with the date
            rest = fold(name).split()[1:]  # ("Mohammad Ashraf Ghani": a first name more;
            # not "Fahd Al Said": "Al Said" is a family's name, Haytham's too)
            named = [w for w in rest if w not in _NAME_PARTICLES]
            terms = self.by_part.get(fold(name), []) or (
                self.by_name.get(" ".join(rest), []) if len(named) >= 2 else []) or \
                self._spelled_otherwise(name) or self._given_names_initialled(name)
        near = [t for t in terms if any(_in_office((date + dt.timedelta(days=d)).isoformat(), t)
                                        for d in (-365, 0, 365))]
        # and no other bearer of the name in office within two years ("Obama" in 2018 is
        # Barack Obama as often as the then Prime Minister of Equatorial Guinea): unnamed
        wide = [t for t in terms if any(_in_office((date + dt.timedelta(days=d)).isoformat(), t)
                                        for d in range(-730, 731, 61))]
        people = {t.wikidata or t.name for t in near}
        return _best(near) if len(people) == 1 and len(
            {t.wikidata or t.name for t in wide}) == 1 else None

    def _given_names_initialled(self, name: str) -> list[Term]:
        """"AK Abdul Momen", "A.K. Antony": given names as capital initials, the rest a known
        person's last names, whose first given name has the first initial (only with the
        date: the caller keeps those in office then)."""
        words = [w.rstrip(".") for w in name.replace(".", ". ").split()]
        lead = 0
        while lead < len(words) and words[lead].isupper() and len(words[lead]) <= 3 and \
                words[lead].isalpha():
            lead += 1
        initials, rest = words[:lead], words[lead:]
        if not initials or not rest:
            return []
        tail = fold(" ".join(rest)).split()
        return [t for t in self.by_name.get(tail[-1], []) if fold(t.name).split()[-len(tail):]
                == tail and fold(t.name)[0] == initials[0][0].lower() and
                len(fold(t.name).split()) > len(tail)]  # (by the family name's alias)

    def _spelled_otherwise(self, name: str) -> list[Term]:
        """"KISHIDA Fumio" (family name first), "Shehbaz Sharif" (Shahbaz), "Khaltmaagiin
        Battulga" (Khaltmaa): people who share a name word with it and whose name reads
        nearly the same; only with the date (the caller keeps those in office then)."""
        words = fold(name).split()
        if len(words) < 2:
            return []
        # (and the family names read nearly the same too: "John Kelly" is not "John Key")
        # and every word of the shorter name has its like in the longer ("Muhammad Nawaz
        # Sharif" is not "Muhammad Shahbaz Sharif", his brother)
        found = [t for t in self.by_first.get(words[0], []) if spelled_alike(t.name, name)
                 and one_slip(fold(t.name).split()[-1], words[-1])
                 and _words_alike(fold(t.name).split(), words)]
        # ("Bashar al-Assad" for "Bashar al-Asad": one letter apart)
        for word in words:
            for t in self.by_name.get(word, []):
                for other in {t.name, *t.aliases}:
                    theirs = fold(other).split()
                    if len(theirs) < 2 or word not in theirs:
                        continue
                    if sorted(theirs) == sorted(words) or spelled_alike(other, name) and \
                            _words_alike(theirs, words):
                        found.append(t)
                        break
        if len(words) >= 3 and words[-2] in _NAME_PARTICLES:
            # "Omar al-Bashir" for "Umar Hassan Ahmad al-Bashir": a family name with its
            # particle the directory knows as an alias, and a first name a letter apart (a
            # transliteration); the middle names left out
            found += [t for t in self.by_name.get(" ".join(words[-2:]), [])
                      if t not in found and one_slip(fold(t.name).split()[0], words[0])
                      and fold(t.name).split()[-1] == words[-1]
                      and not _middles_differ(fold(t.name).split(), words)]
            # (not "Mohammad Nasser Al-Sabah" for "Muhammad al-Sabah al-Salim al-Sabah")
        return found

    def posts(self, name: str, title: str, date: dt.date, of: str | None = None,
              before: bool = False, last: bool = False) -> list[Term]:
        """The terms of the person a name stands for in the post a title names (of `of`, if
        given) held on the date, or begun by it (`before`: "former", "then-"), or (`last`)
        still open where the sources end before the date."""
        term = self.person(name, date)
        day = date.isoformat()

        def fits(t: Term) -> bool:
            return same_office(title, t.office) and of in (None, t.holder) and (
                t.start <= day if before else t.covers(day) or (
                    last and not t.end and _pad(t.start, low=True) <= day))

        if term is None:  # a name two people bear ("Obama": Barack Obama, and Equatorial
            # Guinea's prime minister of 2016-2023): the one in the post the title names
            found = [t for t in self.by_name.get(fold(name), []) if fits(t)]
            return found if len({t.wikidata or t.name for t in found}) == 1 else []
        return [t for t in self.offices_of(term) if fits(t)]

    def offices_of(self, term: Term) -> list[Term]:
        """Every term of the person a term belongs to."""
        return [t for t in self.by_name.get(fold(term.name), [])
                if (t.wikidata or t.name) == (term.wikidata or term.name)]


FOREIGN_OFFICES = {"foreign minister", "minister of foreign affairs",
                   "minister for foreign affairs", "foreign secretary", "external affairs minister",
                   "minister of external affairs", "foreign and commonwealth secretary",
                   "secretary of state for foreign affairs",
                   "secretary of state for foreign and commonwealth affairs"}


# titles news use for an office the directory names otherwise
OFFICE_ALIASES = {"foreign policy chief": "high representative", "federal chancellor": "chancellor",
                  "federal president": "president", "taoiseach": "prime minister",
                  "minister of external affairs": "external affairs minister"}


def office_key(office: str) -> str:
    """"Secretary-General", "secretary general", "foreign policy chief" (the EU's High
    Representative): one spelling per office."""
    office = office.lower().replace("-", " ")
    return OFFICE_ALIASES.get(office, office)


def same_office(title: str, office: str) -> bool:
    """Whether a title as written names a directory office ("Minister for Foreign Affairs"
    and "foreign minister"; the US "Secretary of State" is its foreign minister)."""
    title, office = office_key(title), office_key(office)
    return title == office or (title in FOREIGN_OFFICES and office in FOREIGN_OFFICES) or (
        title == "secretary of state" and office == "foreign minister")


def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name that read nearly the same ("Shehbaz" and "Shahbaz
    Sharif", "Khaltmaagiin" and "Khaltmaa Battulga")."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, fold(a), fold(b)).ratio() >= 0.85


def _middles_differ(a: list[str], b: list[str]) -> bool:
    """Two names whose middle names both have one the other lacks: two people (an initial
    is like any name it begins)."""
    def like(w: str, v: str) -> bool:
        w, v = w.rstrip("."), v.rstrip(".")
        return one_slip(w, v) or (min(len(w), len(v)) == 1 and w[:1] == v[:1]) or (
            len(w) >= 4 and len(v) >= 4 and (v.startswith(w) or w.startswith(v)))

    def lone(x: list[str], y: list[str]) -> bool:
        return any(w not in _NAME_PARTICLES and not any(like(w, v) for v in y)
                   for w in x[1:-1])
    return lone(a, b) and lone(b, a)


def _words_alike(a: list[str], b: list[str]) -> bool:
    """Every word of the shorter name has its like in the longer: a letter or two apart, or
    the start of it ("Khaltmaa" of "Khaltmaagiin")."""
    short, long_ = sorted((a, b), key=len)
    return all(any(one_slip(w, v) or sorted(w) == sorted(v) or len(w) >= 4 and len(v) >= 4
                   and (v.startswith(w) or w.startswith(v)) for v in long_) for w in short)


def one_slip(a: str, b: str) -> bool:
    """Two spellings of a family name a letter or two apart: one letter changed, added or
    dropped ("Gemba"/"Genba", "Asad"/"Assad"), one more per five letters ("Rajapakse"); not
    "Kelly"/"Key"."""
    if abs(len(a) - len(b)) > max(1, min(len(a), len(b)) // 5):
        return False
    row = list(range(len(b) + 1))  # edit distance, row by row
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1] <= max(1, min(len(a), len(b)) // 5)


def first_last(name: str) -> str:
    """"Joseph Robinette Biden Jr." -> "Joseph Biden": the first and last name."""
    words = [w for w in name.split() if w.rstrip(".,").lower() not in ("jr", "sr", "ii", "iii")]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else name


def _first_and_one(name: str) -> list[str]:
    """A long name's first name with one of its other names ("Giulio Terzi di Sant'Agata" ->
    "Giulio Terzi", "Giulio Sant'Agata"): how articles shorten compound surnames."""
    words = [w for w in name.split() if w.rstrip(".,").lower() not in (
        "jr", "sr", "ii", "iii", "di", "de", "da", "del", "van", "von", "der", "bin", "al")]
    if len(words) < 3:
        return []
    # and two names side by side after the first ("Jose Daniel Ortega Saavedra" -> "Daniel
    # Ortega"): a second given name and the father's surname, as Spanish names are shortened
    return list(dict.fromkeys([f"{words[0]} {w}" for w in words[1:]] + [
        f"{a} {b}" for a, b in zip(words[1:], words[2:], strict=False)]))


def _in_office(day: str, term: Term) -> bool:
    """Whether a term's bearer was in office that day, for telling who a name is: a term
    still open where its sources end counts as going on ("Jaishankar" in 2024, last known
    in office in 2022), as it does not for naming an office's holder."""
    return term.covers(day) or not term.end and _pad(term.start, low=True) <= day


_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "ben", "de", "da", "del", "di", "van", "von",
                   "der", "den", "la", "le", "du", "dos"}


def _best(terms: list[Term]) -> Term:
    return max(terms, key=lambda t: t.start)


def _pad(value: str, low: bool) -> str:
    """"2008" -> 2008-01-01 (low) or 2008-12-31; "2008-05" -> 2008-05-01 or 2008-05-31."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01" if low else f"{value}-12-31"
    if len(parts) == 2:
        return f"{value}-01" if low else f"{value}-31"
    return value


def fold(name: str) -> str:
    """Case, accents, dots and hyphens do not tell names apart: "António Guterres" ==
    "antonio guterres", "Kassym-Jomart" == "kassym jomart"."""
    text = name
    if not text.isascii():  # (ASCII is its own NFKD form: the fast way for most names)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("-", " ").replace(".", " ").casefold().split())


@cache
def load() -> Directory:
    text = resources.files("kg").joinpath("data", "office_holders.tsv").read_text(
        encoding="utf-8")
    added = team_aliases()
    terms = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        cells += [""] * (9 - len(cells))
        name, aliases, office, holder, start, end, wikidata, source, known = cells[:9]
        if not (name and office and holder and start):
            continue
        names = [a for a in aliases.split("|") if a]
        names += [a for a in added.get(wikidata, ()) if a not in names and a != name]
        terms.append(Term(name, tuple(names), office.lower(), holder, start, end, wikidata,
                          source, known or end))
    return Directory(terms)


def team_aliases() -> dict[str, list[str]]:
    """Wikidata id -> names the sources lack that the team added (kg/data/
    office_holder_aliases.tsv, each with its reason): applied when the directory loads, so
    adding one needs no rebuild of office_holders.tsv; the builder adds them too."""
    text = resources.files("kg").joinpath("data", "office_holder_aliases.tsv").read_text(
        encoding="utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            qid, alias = line.split("\t")[:2]
            out.setdefault(qid, []).append(alias)
    return out


def terms_of(wikidata: str, name: str) -> list[Term]:
    """Every term of one person: by Wikidata id, else by exact name."""
    known = load()
    if wikidata:
        return sorted(known.by_id.get(wikidata, []), key=lambda t: t.start)
    return sorted((t for t in known.by_name.get(fold(name), []) if t.name == name),
                  key=lambda t: t.start)
