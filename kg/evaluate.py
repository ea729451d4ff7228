"""Scoring the extractor against a gold set: precision, recall and F1 per fact type.

A gold set is a folder of articles (`NAME.md` or `.txt`) each with `NAME.facts.json` (the
format is in tests/gold/README.md), or a `seed-facts.json` naming its article (the format of
../shared/seeds). Only the fact types a facts file lists are scored for that article, so an
empty list asserts there are none and every prediction of that type is a false positive.

Matching rules (names compare case-insensitively, with spaces and dots folded):
- meetings: the unordered pair of people + place label + date (YYYY-MM-DD, YYYY-MM or
  YYYY), from in-person events (meetings, visits, summits; never calls) the extractor says
  occurred; an empty place means "none given".
- meeting_pairs: the same, the pair alone (who met whom, whatever place and date).
- summit_participants: person + summit, where the summit is its organiser's acronym (or
  name), else its place: "G20", "SCO", "Alaska".
- commitments: the set of actors + type; made, planned or unconditional ones (not
  hypothetical or denied).
- commitment_targets: actors + type + the set of targets, for gold commitments that name
  targets and predicted ones that name targets (a commitment found without its target is a
  miss here, not also a false positive).
- roles: person + role title ("former President" for a past post) + country or organisation;
  the titles of one office are one title ("Minister of Foreign Affairs" = "Foreign Minister",
  `office_title`).
- statements: speaker + the quote's first words (the gold's words, at most 30 characters,
  must begin the quote).
- a gold name may be any name or alias the article gave the entity ("NATO", "Xi"); single
  middle initials and hyphens are folded ("Antony J. Blinken" = "Antony Blinken").

Facts files may tag their article with a `genre` and a list of `phenomena`; `score_articles`
and `by_tag` score each tag apart too, so a regression in one genre shows.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.model import Facts

TYPES = ("meetings", "meeting_pairs", "summit_participants", "commitments", "commitment_targets", "roles",
         "statements")


def norm(text: str | None, name: bool = True) -> str:
    """Folded for comparison: case, accents, dots, hyphens; for a name (not a quote) also
    a leading or middle initial and a Jr./Sr. suffix."""
    import unicodedata

    raw = text or ""
    text = unicodedata.normalize("NFKD", re.sub(r"[-\u2010\u2011]", " ", raw.replace(
        "’", "'").replace(".", " ")))  # (U+2010, U+2011: the hyphens UN pages write)
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = text.replace(",", " ").casefold().split()
    if not name:
        return " ".join(words)
    while len(words) > 2 and words[-1] in ("jr", "sr", "ii", "iii"):
        words = words[:-1]  # "Joseph R. Biden, Jr." = "Joseph Biden"
    if len(words) >= 2 and re.match(r"\s*\w\.", raw):
        words = words[1:]  # a leading initial: "s jaishankar" -> "jaishankar"
    if len(words) > 2:  # a middle initial: "antony j blinken" -> "antony blinken"
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


def place_norm(text: str | None) -> str:
    """A place folded for comparison, under the name GeoNames gives the city: "Kiev" and
    "Kyiv", "Bombay" and "Mumbai" are one place."""
    from kg import gazetteer

    found = gazetteer.places_index().get(gazetteer.normalise(text or ""))
    return norm(found[1] if found and found[0] else text)


def canonical_names(facts: Facts) -> dict[str, str]:
    """Every name and alias the article gave an entity -> its canonical name (normalised),
    so a gold "NATO" matches the node labelled North Atlantic Treaty Organization."""
    out: dict[str, str] = {}
    for e in facts.entities.values():
        for alias in (*e.aliases, e.acronym or ""):
            if alias:
                out.setdefault(norm(alias), norm(e.name))
    for e in facts.entities.values():
        out[norm(e.name)] = norm(e.name)
    out.update({k: v for k, v in office_names(facts).items() if k not in out})
    return out


def office_names(facts: Facts) -> dict[str, str]:
    """A reader's name for an office holder the text never names ("President of the United
    States", tests/gold/README.md) -> the person the office-holder directory names for it on
    the article's date, when kg found that person in the article."""
    return {k: v[0] for k, v in office_terms(facts).items()}


def office_roles(gold: dict[str, set[tuple]], facts: Facts) -> set[tuple]:
    """The role a reader's office-holder name states ("Secretary-General of the United
    Nations" holds that post), for the names the gold uses, as the person kg found."""
    used = {x for tuples in gold.values() for t in tuples for x in t
            for x in (x if isinstance(x, tuple) else (x,))}
    return {v for k, v in office_terms(facts).items() if k in used}


def office_terms(facts: Facts) -> dict[str, tuple[str, str, str]]:
    from kg import directory, gazetteer

    published = facts.article.published
    if published is None:
        return {}
    known, day, gaz = directory.load(), published.isoformat(), gazetteer.load()
    out: dict[str, tuple[str, str, str]] = {}
    for e in facts.entities.values():
        term = known.person(e.name, published) if e.kind == "person" else None
        for t in known.offices_of(term) if term else []:
            # a country's post or an organisation's ("Secretary-General of the United Nations")
            owner = gaz.countries.get(t.holder) or gaz.organisations.get(t.holder)
            if t.covers(day) and owner is not None:
                for of in (owner.name, "the " + owner.name):
                    out[norm(f"{t.office} of {of}")] = (norm(e.name), office_title(t.office),
                                                        norm(owner.name))
    return out


def canonicalise(gold: dict[str, set[tuple]], names: dict[str, str]) -> dict[str, set[tuple]]:
    def fix(x: object) -> object:
        if isinstance(x, tuple):
            return tuple(sorted(names.get(i, i) for i in x))
        return names.get(x, x) if isinstance(x, str) else x

    out = {}
    for kind, tuples in gold.items():
        if kind == "statements":
            out[kind] = {(names.get(t[0], t[0]), t[1]) for t in tuples}
        elif kind == "meetings":
            out[kind] = {(fix(t[0]), t[1], t[2]) for t in tuples}
        elif kind == "meeting_pairs":
            out[kind] = {(fix(t[0]),) for t in tuples}
        elif kind == "summit_participants":
            out[kind] = {(fix(t[0]), t[1]) for t in tuples}
        else:
            out[kind] = {tuple(fix(x) if i != (1 if kind.startswith("commit") else -1) else x
                               for i, x in enumerate(t)) for t in tuples}
    return out


def _names(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(norm(i) for i in items))


def gold_tuples(facts: dict) -> dict[str, set[tuple]]:
    out: dict[str, set[tuple]] = {}
    if "meetings" in facts:
        out["meetings"] = {(_names([m["a"], m["b"]]), place_norm(m.get("place")),
                            m.get("date") or "")
                           for m in facts["meetings"]}
        out["meeting_pairs"] = {(_names([m["a"], m["b"]]),) for m in facts["meetings"]}
    if "summit_participants" in facts:
        out["summit_participants"] = {(norm(s["person"]), norm(s["summit"]))
                                      for s in facts["summit_participants"]}
    if "commitments" in facts:
        out["commitments"] = {(_names(_list(c["actor"])), c["type"]) for c in facts["commitments"]}
        out["commitment_targets"] = {(_names(_list(c["actor"])), c["type"],
                                      _names(_list(c["target"])))
                                     for c in facts["commitments"] if c.get("target")}
    if "roles" in facts:
        out["roles"] = {(norm(r["person"]), office_title(r["role"]), norm(r["country"]))
                        for r in facts["roles"]}
    if "statements" in facts:
        out["statements"] = {(norm(s["speaker"]), norm(s["starts"], name=False)[:30])
                             for s in facts["statements"]}
    return out


def _list(value: object) -> list[str]:
    return list(value) if isinstance(value, list) else [str(value)]


def predicted_tuples(facts: Facts) -> dict[str, set[tuple]]:
    ents = facts.entities

    def name(key: str | None) -> str:
        if not key:
            return ""
        e = ents.get(key)
        if e is None:
            from kg.rdf import _entity_from_key

            e = _entity_from_key(key)
        return e.name

    def short(key: str | None) -> str:
        e = ents.get(key) if key else None
        return (e.acronym or e.name) if e else name(key)

    out: dict[str, set[tuple]] = {t: set() for t in TYPES}
    for e in facts.events:
        if e.status != "occurred":
            continue
        people = [p for p in e.participants if p.startswith("person:")]
        for a, b in itertools.combinations(people, 2):
            if e.kind == "call":
                continue
            pair = _names([name(a), name(b)])
            out["meetings"].add((pair, place_norm(name(e.place)),
                                 e.date.value if e.date else ""))
            out["meeting_pairs"].add((pair,))
        if e.kind == "summit":
            core = short(e.organiser) if e.organiser else name(e.place)
            for p in people:
                out["summit_participants"].add((norm(name(p)), norm(core)))
    for c in facts.commitments:
        if c.status in ("hypothetical", "denied"):
            continue
        actors = _names(name(a) for a in c.actors)
        out["commitments"].add((actors, c.kind))
        if c.targets:  # as in the gold: only commitments with a target are scored here
            out["commitment_targets"].add((actors, c.kind, _names(name(t) for t in c.targets)))
    for r in facts.roles:
        out["roles"].add((norm(name(r.person)), office_title(("former " if r.former else "") +
                                                             r.title),
                          norm(name(r.holder))))
    for s in facts.statements:
        out["statements"].add((norm(name(s.speaker)), norm(s.text, name=False)[:30]))
    return out


def office_title(title: str) -> str:
    """A role title folded, one spelling per office: "Minister of Foreign Affairs", "Minister
    for Foreign Affairs" and "Foreign Minister" are one title (kg.directory's offices), as
    are "Federal Chancellor" and "Chancellor"; other titles as written."""
    from kg.directory import FOREIGN_OFFICES, office_key

    former = title.lower().startswith("former ")
    words = norm(title[7:] if former else title)
    key = office_key(words)
    key = "foreign minister" if key in FOREIGN_OFFICES else key
    return ("former " if former else "") + key


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, tuple]] = field(default_factory=list)
    false_positives: list[tuple[str, tuple]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_articles(folders: Iterable[str]) -> list[tuple[Path, dict]]:
    """(article path, facts) for every gold article under the folders."""
    out = []
    for folder in folders:
        root = Path(folder)
        for facts_path in sorted(root.glob("*.facts.json")):
            stem = facts_path.name[: -len(".facts.json")]
            article = next((root / f"{stem}{ext}" for ext in (".md", ".txt")
                            if (root / f"{stem}{ext}").exists()), None)
            if article is not None:
                out.append((article, json.loads(facts_path.read_text(encoding="utf-8"))))
        seed = root / "seed-facts.json"
        if seed.exists():
            data = json.loads(seed.read_text(encoding="utf-8"))
            out.append((root / data["article"], from_seed_facts(data)))
    return out


def from_seed_facts(data: dict) -> dict:
    """../shared/seeds/seed-facts.json in the gold format."""
    facts: dict = {"meetings": [{"a": m["a"], "b": m["b"], "place": m.get("place", ""),
                                 "date": m.get("date", "")} for m in data.get("meetings", [])]}
    facts["summit_participants"] = [
        {"person": p, "summit": re.sub(r"\s*summit.*$", "", s["name"], flags=re.I)}
        for s in data.get("summits", []) for p in s.get("participants", [])]
    facts["commitments"] = [{"actor": _list(c["actor"]), "type": c["type"],
                             **({"target": _list(c["target"])} if c.get("target") else {})}
                            for c in data.get("commitments", [])]
    facts["roles"] = [{"person": p["name"],
                       "role": ("former " if "former" in p["role"] else "") +
                       p["role"].split(" (")[0], "country": p["country"]}
                      for p in data.get("people", []) if p.get("role")]
    facts["statements"] = [{"speaker": s["speaker"], "starts": s["starts"]}
                           for s in data.get("statements", [])]
    return facts


def evaluate(folders: Iterable[str], model: str | None = None) -> dict[str, Score]:
    """Scores over every gold article under the folders."""
    return total(score_articles(folders, model))


def score_articles(folders: Iterable[str], model: str | None = None,
                   disagreements: list[tuple[str, str]] | None = None
                   ) -> list[tuple[Path, dict, dict[str, Score]]]:
    """(article, its gold facts, its scores) for every gold article under the folders."""
    from kg import nlp as nlp_stage
    from kg.extract import extract
    from kg.sources import Article, read_sources
    from kg.textprep import prepare

    pipeline = nlp_stage.load(model)
    out = []
    for path, gold in gold_articles(folders):
        [article] = [a for a in read_sources([str(path)]) if isinstance(a, Article)]
        facts = extract(pipeline(prepare(article.text, article.title)[0]), article)
        if disagreements is not None:  # posts the office-holder directory gives another
            from kg.extract.known_people import disagreements as differ

            disagreements += [(path.name, text) for text in differ(facts)]
        predicted = predicted_tuples(facts)
        scores = {t: Score() for t in TYPES}
        tuples = gold_tuples(gold)
        if "roles" in tuples:
            tuples["roles"] |= office_roles(tuples, facts)
        for kind, expected in canonicalise(tuples, canonical_names(facts)).items():
            got = predicted[kind]
            if kind == "commitment_targets":
                got = {g for g in got if (g[0], g[1]) in {(e[0], e[1]) for e in expected}}
            if kind == "statements":  # the gold gives the first words: a prefix matches
                got = {next((e for e in expected if e[0] == g[0] and g[1].startswith(e[1])), g)
                       for g in got}
            s = scores[kind]
            s.tp += len(expected & got)
            s.fn += len(expected - got)
            s.fp += len(got - expected)
            s.misses += [(path.name, t) for t in sorted(expected - got, key=str)]
            s.false_positives += [(path.name, t) for t in sorted(got - expected, key=str)]
        out.append((path, gold, scores))
    return out


def total(results: Iterable[tuple[Path, dict, dict[str, Score]]]) -> dict[str, Score]:
    scores = {t: Score() for t in TYPES}
    for _path, _gold, per in results:
        for kind, s in per.items():
            t = scores[kind]
            t.tp += s.tp
            t.fp += s.fp
            t.fn += s.fn
            t.misses += s.misses
            t.false_positives += s.false_positives
    return scores


def by_tag(results: list[tuple[Path, dict, dict[str, Score]]], key: str
           ) -> dict[str, dict[str, Score]]:
    """Scores per value of a facts file's tag: `genre` (one value) or `phenomena` (a list);
    articles without the tag are grouped under "untagged"."""
    groups: dict[str, list] = {}
    for item in results:
        value = item[1].get(key)
        values = value if isinstance(value, list) else [value or "untagged"]
        for v in values:
            groups.setdefault(str(v), []).append(item)
    return {v: total(items) for v, items in sorted(groups.items())}


def tag_table(groups: dict[str, dict[str, Score]]) -> str:
    """F1 per fact type (columns) for each tag value (rows); "-" where nothing was scored."""
    short = {"meetings": "meet", "meeting_pairs": "pairs", "summit_participants": "summit",
             "commitments": "commit", "commitment_targets": "target", "roles": "roles",
             "statements": "quotes"}
    lines = [f"{'':24}" + "".join(f"{short[t]:>8}" for t in TYPES)]
    for value, scores in groups.items():
        cells = "".join(f"{s.f1:8.3f}" if s.tp + s.fp + s.fn else f"{'-':>8}"
                        for s in (scores[t] for t in TYPES))
        lines.append(f"{value[:24]:24}{cells}")
    return "\n".join(lines)


def as_json(scores: dict[str, Score]) -> dict:
    return {k: {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn,
                "misses": [[a, list(map(_plain, t))] for a, t in s.misses],
                "false_positives": [[a, list(map(_plain, t))] for a, t in s.false_positives]}
            for k, s in scores.items()}


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def table(scores: dict[str, Score]) -> str:
    lines = [f"{'fact type':20} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k, s in scores.items():
        lines.append(f"{k:20} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} "
                     f"{s.fn:4}")
    return "\n".join(lines)


def details(scores: dict[str, Score]) -> str:
    lines = []
    for k, s in scores.items():
        for label, items in (("missed", s.misses), ("false positive", s.false_positives)):
            for article, t in items:
                lines.append(f"{k:20} {label:15} {article}: {_show(t)}")
    return "\n".join(lines)


def _show(t: tuple) -> str:
    return " | ".join(" + ".join(x) if isinstance(x, tuple) else str(x) for x in t)
