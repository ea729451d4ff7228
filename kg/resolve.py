"""Entity and event resolution against the store: one node per real person and event.

Within an article, the extractor already joins "Putin" to "Vladimir Putin". Across
articles, before an article's facts are written:

- a person named by one word only ("Putin") joins the one person in the store who has that
  word as an alias (skos:altLabel) or as the last word of their name; when two do (two
  Kennedys), or none, the name stays a node of its own;
- a summit joins the summit already in the store with the same organiser (or, without one,
  the same place) and an agreeing date ("2025-09" agrees with "2025-09-01");
- a meeting joins the meeting already in the store with the same participants and an
  agreeing date.

Every lookup is an indexed pattern (a label, an organiser, a participant), never a scan.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.extract.model import Entity, Event, Facts
from kg.gazetteer import slug
from kg.namespace import KG, PREFIXES
from kg.rdf import EVENT_CLASS, entity_iri, normal_base
from kg.store.base import Store

RDFS_LABEL = PREFIXES["rdfs"] + "label"
SKOS_ALT = PREFIXES["skos"] + "altLabel"


class Resolver:
    """Resolves each article's people and events against the store and against the articles
    of this run that are not written yet (so the answer never depends on batch size)."""

    def __init__(self, store: Store, base: str | None = None) -> None:
        self.store = store
        self.base = normal_base(base)
        self.people: dict[str, set[tuple[str, str]]] = {}  # alias -> {(key, label)}
        # identity -> [(date value, iri)] of this run's events: looked up, not scanned (a
        # scan of every earlier event grows with the run)
        self.events: dict[tuple, list[tuple[str, str]]] = {}

    def resolve(self, facts: Facts) -> Facts:
        self.published = facts.article.published
        for key, entity in list(facts.entities.items()):
            if entity.kind == "person" and " " not in entity.name:
                found = self._one_person(entity.name)
                if found and found[0] != key:
                    _rename(facts, key, found[0], found[1])
        for event in facts.events:
            event.iri = self._same_event(event)
        self._remember(facts)
        return facts

    def _remember(self, facts: Facts) -> None:
        from kg.extract.mentions import _name_parts
        from kg.rdf import event_key

        for key, e in facts.entities.items():
            if e.kind == "person" and " " in e.name:
                for alias in e.aliases | {_name_parts(e.name)[1]}:
                    self.people.setdefault(alias, set()).add((key, e.name))
        for event in facts.events:
            ident = _identity(event)
            if ident and event.date:
                iri = event.iri or f"{self.base}event/{event_key(event)}"
                self.events.setdefault(ident, []).append((event.date.value, iri))

    def _one_person(self, name: str) -> tuple[str, str] | None:
        value = ox.Literal(name)
        _, rows = self.store.select(
            f"SELECT DISTINCT ?p ?label WHERE {{ GRAPH ?g {{ ?p <{SKOS_ALT}> {value} ; "
            f"a <{KG.Person}> ; <{RDFS_LABEL}> ?label }} }} LIMIT 3")
        found = set()
        for r in rows:
            key = f"person:{slug(r['label'].value)}"
            if entity_iri(key, self.base) == r["p"].value:  # minted under this base
                found.add((key, r["label"].value))
        found |= self.people.get(name, set())
        return next(iter(found)) if len(found) == 1 else None

    def _agrees(self, stored: str, event: Event) -> bool:
        """Dates agree when one refines the other; an undated mention agrees with an event
        within a month of the article ("the SCO summit" in a report from the summit)."""
        if event.date is not None:
            return _agree(stored, event.date.value)
        if self.published is None:
            return False
        import datetime as dt

        day = stored if len(stored) == 10 else stored[:7] + "-15" if len(stored) == 7 else None
        if day is None:
            return False
        return abs((dt.date.fromisoformat(day) - self.published).days) <= 31

    def _same_event(self, event: Event) -> str | None:
        ident = _identity(event)
        if ident is None:
            return None
        for date, iri in self.events.get(ident, ()):
            if self._agrees(date, event):
                return iri
        status = f"<{getattr(KG, event.status)}>"
        if event.kind == "summit":
            link = KG.organiser if event.organiser else KG.place
            node = ox.NamedNode(entity_iri(event.organiser or event.place or "", self.base))
            sparql = (f"SELECT DISTINCT ?e ?d WHERE {{ GRAPH ?g {{ ?e <{link}> {node} ; "
                      f"a <{KG.Summit}> ; <{KG.status}> {status} ; <{KG.date}> ?d }} }}")
        else:
            nodes = [ox.NamedNode(entity_iri(p, self.base)) for p in event.participants]
            others = " ".join(f"<{KG.participant}> {n} ;" for n in nodes[1:])
            kind = EVENT_CLASS[event.kind]  # a call is never the meeting of that day
            sparql = (f"SELECT DISTINCT ?e ?d WHERE {{ GRAPH ?g {{ ?e <{KG.participant}> "
                      f"{nodes[0]} ; {others} a <{kind}> ; <{KG.status}> {status} ; "
                      f"<{KG.date}> ?d }} }}")
        _, rows = self.store.select(sparql + " LIMIT 20")
        for row in rows:
            if self._agrees(row["d"].value, event):
                return row["e"].value
        return None


def _identity(event: Event) -> tuple | None:
    if event.kind == "summit" and (event.organiser or event.place):
        return ("summit", event.organiser or event.place, event.status)
    if event.kind != "summit" and len(event.participants) >= 2:
        return (event.kind, frozenset(event.participants), event.status)  # a call is no meeting
    return None


def _rename(facts: Facts, old: str, new: str, name: str) -> None:
    entity = facts.entities.pop(old)
    target = facts.entities.get(new)
    if target is None:
        target = Entity(new, "person", name, set(entity.aliases) | {entity.name},
                        evidence=entity.evidence)
        facts.entities[new] = target
    else:
        target.aliases |= entity.aliases | {entity.name}

    def swap(keys: list[str]) -> list[str]:
        out: list[str] = []
        for k in keys:
            k = new if k == old else k
            if k not in out:
                out.append(k)
        return out

    for role in facts.roles:
        if role.person == old:
            role.person = new
    for event in facts.events:
        event.participants = swap(event.participants)
    for c in facts.commitments:
        c.actors, c.targets = swap(c.actors), swap(c.targets)
    for s in facts.statements:
        if s.speaker == old:
            s.speaker = new


def _agree(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)
