"""Stage 4, rdf mapping: Facts -> quads in the article's named graph.

IRIs are minted deterministically from what defines a thing, so the same person, country
or summit read from two articles is one node: <base>person/vladimir-putin,
<base>country/RUS, <base>event/<hash of kind, organiser or participants, date, place>.
Strings are plain literals (never typed xsd:string, which some stores fail to match), dates
are typed by their precision (xsd:date, xsd:gYearMonth, xsd:gYear).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox

from kg import EXTRACTOR_VERSION, gazetteer
from kg.codes import commitment_codes, event_codes
from kg.dates import DateValue
from kg.extract.model import Commitment, Entity, Event, Evidence, Facts, Role, Statement
from kg.gazetteer import slug
from kg.namespace import DEFAULT_BASE, KG, PREFIXES
from kg.sources import Article

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
SKOS_ALT = ox.NamedNode(PREFIXES["skos"] + "altLabel")
OWL_SAME = ox.NamedNode(PREFIXES["owl"] + "sameAs")
PROV_DERIVED = ox.NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
GEO_LAT = ox.NamedNode(PREFIXES["geo"] + "lat")
GEO_LONG = ox.NamedNode(PREFIXES["geo"] + "long")
XSD = PREFIXES["xsd"]
ORG = PREFIXES["org"]
TIME = PREFIXES["time"]
DIRECTORY_IRI = "https://w3id.org/kg-news/data/office_holders"  # kg/data/office_holders.tsv
PRECISION_UNIT = {"day": "unitDay", "month": "unitMonth", "year": "unitYear"}
DATE_TYPE = {"day": "date", "month": "gYearMonth", "year": "gYear"}
KIND_CLASS = {"person": KG.Person, "organisation": KG.Organisation, "country": KG.Country,
              "place": KG.Place}
EVENT_CLASS = {"summit": KG.Summit, "meeting": KG.Meeting, "visit": KG.Visit, "call": KG.Call}
COMMITMENT_CLASS = {"agreement": KG.Agreement, "pledge": KG.Pledge, "threat": KG.Threat,
                    "demand": KG.Demand, "goal": KG.Goal}


def N(iri: str) -> ox.NamedNode:  # noqa: N802 - reads like the RDF term it makes
    return ox.NamedNode(str(iri))


_predicate = lru_cache(maxsize=512)(N)  # the few predicates the mapper writes, made once


def plain(text: str) -> ox.Literal:
    return ox.Literal(text)


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def normal_base(base: str | None) -> str:
    base = base or DEFAULT_BASE
    return base if base.endswith(("/", "#")) else base + "/"


def article_iri(article: Article, base: str | None = None) -> str:
    return f"{normal_base(base)}article/{article.id}"


def entity_iri(key: str, base: str) -> str:
    kind, _, ident = key.partition(":")
    if kind == "country" and re.fullmatch(r"[A-Z]{3}", ident):
        return f"{base}country/{ident}"  # ISO 3166 alpha-3
    folder = {"person": "person", "org": "org", "place": "place",
              "country": "country"}.get(kind, "thing")
    return f"{base}{folder}/{slug(ident)}"


def event_key(event: Event) -> str:
    """What makes two reports one event: kind, who organised it or who took part, when, where.
    A call is never the meeting of the same two that day, nor a visit (each has its own type
    and CAMEO code, and one node with two would break kg's shapes)."""
    who = event.organiser or ",".join(sorted(event.participants))
    if event.kind == "summit" and not event.organiser:
        who = event.place or who
    date = event.date.value if event.date else ""
    return _hash("event", event.kind, who, date, event.place or "", event.status)


class Mapper:
    def __init__(self, facts: Facts, base: str | None = None):
        self.facts = facts
        self.base = normal_base(base)
        self.graph = N(article_iri(facts.article, self.base))
        self.quads: list[ox.Quad] = []
        self._seen: set[tuple] = set()
        self._entities_done: set[str] = set()
        self._confidence: dict[ox.NamedNode, float] = {}

    def add(self, s: ox.NamedNode, p: str | ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        pred = p if isinstance(p, ox.NamedNode) else _predicate(p)
        key = (s, pred, o)  # RDF terms hash and compare by value
        if key in self._seen:
            return
        self._seen.add(key)
        self.quads.append(ox.Quad(s, pred, o, self.graph))

    def date(self, s: ox.NamedNode, value: DateValue | None) -> None:
        if value is None:
            return
        self.add(s, KG.date, typed(value.value, DATE_TYPE[value.precision]))
        self.add(s, KG.datePrecision, N(PREFIXES["time"] + PRECISION_UNIT[value.precision]))

    def evidence(self, s: ox.NamedNode, ev: Evidence) -> None:
        node = N(f"{self.base}evidence/{_hash(self.graph.value, s.value, ev.start, ev.end)}")
        self.add(s, KG.evidence, node)
        self.add(node, RDF_TYPE, N(KG.Evidence))
        self.add(node, KG.sentence, plain(ev.sentence))
        self.add(node, KG.startOffset, typed(str(ev.start), "integer"))
        self.add(node, KG.endOffset, typed(str(ev.end), "integer"))
        # one sentence may be evidence twice for one node (a post two roles share, an event
        # read twice): one confidence, the highest, written at the end
        self._confidence[node] = max(ev.confidence, self._confidence.get(node, 0.0))
        self.add(node, PROV_DERIVED, self.graph)

    # -- the parts --------------------------------------------------------------------------

    def article(self) -> None:
        a = self.facts.article
        g = self.graph
        self.add(g, RDF_TYPE, N(KG.Article))
        self.add(g, KG.contentHash, plain(a.content_hash))
        self.add(g, KG.extractorVersion, plain(EXTRACTOR_VERSION))
        # Everything in an article's graph follows from the article alone (not from where
        # it was read), so two writers of the same article write the same graph.
        self.add(g, KG.title, plain(a.title or _headline(a.text)))
        if a.published:
            self.add(g, KG.published, typed(a.published.isoformat(), "date"))
        if a.url:
            self.add(g, KG.url, typed(a.url, "anyURI"))
        if a.source:
            self.add(g, KG.source, plain(a.source))

    def entity(self, key: str) -> ox.NamedNode:
        node = N(entity_iri(key, self.base))
        if key in self._entities_done:
            return node
        self._entities_done.add(key)
        entity = self.facts.entities.get(key) or _entity_from_key(key)
        self.add(node, RDF_TYPE, N(KIND_CLASS[entity.kind]))
        self.add(node, RDFS_LABEL, plain(entity.name))
        for alias in sorted(entity.aliases):
            if alias != entity.name:
                self.add(node, SKOS_ALT, plain(alias))
        if entity.acronym and entity.acronym != entity.name:
            self.add(node, SKOS_ALT, plain(entity.acronym))
        if entity.kind == "person" and " " in entity.name:
            # the surname alone is how later articles name the person ("Putin"); kg.resolve
            # finds the person by it, unless two people share it
            from kg.extract.mentions import _name_parts

            self.add(node, SKOS_ALT, plain(_name_parts(entity.name)[1]))
        if entity.wikidata:
            self.add(node, OWL_SAME, N(f"http://www.wikidata.org/entity/{entity.wikidata}"))
            self.office_terms(node, entity)
        kind, _, ident = key.partition(":")
        qid = gazetteer.wikidata_ids().get(
            {"country": ("country", ident), "org": ("organisation", ident)}.get(kind, ("", "")))
        if qid:  # a country or organisation of the gazetteer
            self.add(node, OWL_SAME, N(f"http://www.wikidata.org/entity/{qid}"))
        if key in self.facts.entities:
            self.add(node, KG.mentionedIn, self.graph)
        if entity.kind == "country" and entity.country:
            self.add(node, KG.isoCode, plain(entity.country))
        elif entity.country:
            country = self.entity(f"country:{entity.country}")
            self.add(node, KG.locatedIn, country)
        if entity.geonames and entity.geonames[0]:
            gid, lat, lon = entity.geonames
            self.add(node, KG.geonamesId, typed(str(gid), "integer"))
            self.add(node, OWL_SAME, N(f"https://sws.geonames.org/{gid}/"))
            if entity.kind == "place" and (lat or lon):
                self.add(node, GEO_LAT, typed(f"{lat:.5f}", "decimal"))
                self.add(node, GEO_LONG, typed(f"{lon:.5f}", "decimal"))
        return node

    def post(self, title: str, holder_key: str | None) -> ox.NamedNode:
        """A post: "President of Russia" (role/president--country-RUS), or a title alone."""
        if holder_key is None:  # a post the text names without its country ("Secretary of State")
            node = N(f"{self.base}role/{slug(title)}")
            label = title
        else:
            holder = self.facts.entities.get(holder_key) or _entity_from_key(holder_key)
            node = N(f"{self.base}role/{slug(title)}--"
                     f"{entity_iri(holder_key, '').replace('/', '-')}")
            label = f"{title} of {holder.name}"
        self.add(node, RDF_TYPE, N(KG.Role))
        self.add(node, RDFS_LABEL, plain(label))
        self.add(node, KG.roleTitle, plain(title))
        if holder_key is not None and not holder_key.startswith("place:"):
            # (a role "of" a place the gazetteer knows as no state, "Prime Minister of
            # Kosovo", "Mayor of London": its label says whose; kg:roleOf is for agents)
            self.add(node, KG.roleOf, self.entity(holder_key))
        return node

    def office_terms(self, person: ox.NamedNode, entity: Entity) -> None:
        """The person's terms of office from the directory, as org:Membership intervals."""
        from kg import directory
        from kg.extract.mentions import _title_case

        gaz = gazetteer.load()
        for t in directory.terms_of(entity.wikidata or "", entity.name):
            holder = f"country:{t.holder}" if t.holder in gaz.countries else (
                f"org:{t.holder}" if t.holder in gaz.organisations else None)
            if holder is None:
                continue
            title = _title_case(t.office)  # "secretary of state" -> "Secretary of State"
            node = N(f"{self.base}term/{_hash(person.value, t.office, t.holder, t.start)}")
            self.add(node, RDF_TYPE, N(KG.OfficeTerm))
            self.add(node, ORG + "member", person)
            self.add(node, ORG + "role", self.post(title, holder))
            interval = N(node.value + "/interval")
            self.add(node, ORG + "memberDuring", interval)
            self.add(interval, RDF_TYPE, N(TIME + "Interval"))
            for edge, value in (("hasBeginning", t.start), ("hasEnd", t.end)):
                if value and len(value) == 10:  # a full date (a few are a year or month only)
                    instant = N(f"{interval.value}/{edge}")
                    self.add(interval, TIME + edge, instant)
                    self.add(instant, RDF_TYPE, N(TIME + "Instant"))
                    self.add(instant, TIME + "inXSDDate", typed(value, "date"))
            if t.known_until and len(t.known_until) == 10:
                self.add(node, KG.knownUntil, typed(t.known_until, "date"))
            self.add(node, PROV_DERIVED, N(f"http://www.wikidata.org/entity/{t.wikidata}")
                     if t.wikidata else N(DIRECTORY_IRI))

    def role(self, role: Role) -> None:
        node = self.post(role.title, role.holder)
        person = self.entity(role.person)
        self.add(person, KG.heldRole if role.former else KG.holdsRole, node)
        self.evidence(node, role.evidence)
        published = self.facts.article.published
        if published is not None:  # the tenure this article states, dated by the article
            tenure = N(f"{self.base}tenure/{_hash(role.person, node.value, role.former, published)}")
            self.add(tenure, RDF_TYPE, N(KG.Tenure))
            self.add(tenure, KG.holder, person)
            self.add(tenure, KG.post, node)
            self.add(tenure, KG.endedBefore if role.former else KG.asOf,
                     typed(published.isoformat(), "date"))
            self.evidence(tenure, role.evidence)

    def event_node(self, event: Event) -> ox.NamedNode:
        if event.iri:  # the same event already in the store, found by kg.resolve
            return N(event.iri)
        return N(f"{self.base}event/{event_key(event)}")

    def event(self, event: Event) -> None:
        node = self.event_node(event)
        self.add(node, RDF_TYPE, N(EVENT_CLASS[event.kind]))
        self.add(node, RDFS_LABEL, plain(event.label))
        for p in event.participants:
            self.add(node, KG.participant, self.entity(p))
        if event.place:
            self.add(node, KG.place, self.entity(event.place))
        if event.organiser:
            self.add(node, KG.organiser, self.entity(event.organiser))
        self.date(node, event.date)
        self.add(node, KG.status, N(getattr(KG, event.status)))
        cameo, plover = event_codes(event.kind)
        self.add(node, KG.cameoCode, plain(cameo))
        self.add(node, KG.ploverCategory, plain(plover))
        if event.part_of is not None:
            self.add(node, KG.partOf, self.event_node(event.part_of))
        for ev in event.evidence:
            self.evidence(node, ev)
        if event.status == "occurred":
            people = [p for p in event.participants if p.startswith("person:")]
            for a, b in itertools.permutations(people, 2):
                self.add(self.entity(a), KG.metWith, self.entity(b))

    def commitment(self, c: Commitment) -> None:
        date = c.date.value if c.date else ""
        node = N(f"{self.base}commitment/{_hash(c.kind, sorted(c.actors), c.content, date)}")
        self.add(node, RDF_TYPE, N(COMMITMENT_CLASS[c.kind]))
        for a in c.actors:
            self.add(node, KG.actor, self.entity(a))
        for t in c.targets:
            self.add(node, KG.target, self.entity(t))
        self.add(node, KG.content, plain(c.content))
        if c.condition:
            self.add(node, KG.condition, plain(c.condition))
        self.date(node, c.date)
        self.add(node, KG.status, N(getattr(KG, c.status)))
        if c.made_at is not None:
            self.add(node, KG.madeAt, self.event_node(c.made_at))
        cameo, plover = commitment_codes(c.kind, c.content)
        if cameo and plover:
            self.add(node, KG.cameoCode, plain(cameo))
            self.add(node, KG.ploverCategory, plain(plover))
        self.evidence(node, c.evidence)

    def statement(self, s: Statement) -> None:
        node = N(f"{self.base}statement/{_hash(s.speaker, s.text)}")
        self.add(node, RDF_TYPE, N(KG.Statement))
        self.add(node, KG.speaker, self.entity(s.speaker))
        self.add(node, KG.text, plain(s.text))
        self.date(node, s.date)
        self.evidence(node, s.evidence)

    def run(self) -> list[ox.Quad]:
        self.article()
        for key in self.facts.entities:
            self.entity(key)
            ev = self.facts.entities[key].evidence
            if ev is not None:
                self.evidence(self.entity(key), ev)
        for role in self.facts.roles:
            self.role(role)
        for event in self.facts.events:
            self.event(event)
        for c in self.facts.commitments:
            self.commitment(c)
        for s in self.facts.statements:
            self.statement(s)
        for node, confidence in self._confidence.items():
            self.add(node, KG.confidence, typed(f"{confidence:.2f}", "decimal"))
        return self.quads


def _headline(text: str) -> str:
    """A title for an article that came without one: its first words."""
    words = " ".join(text.split())
    return words if len(words) <= 80 else words[:79].rsplit(" ", 1)[0] + "…"


def _entity_from_key(key: str) -> Entity:
    """An entity referred to without being named (a country known only from a demonym)."""
    kind, _, ident = key.partition(":")
    if kind == "country":
        country = gazetteer.load().countries.get(ident)
        name = country.name if country else ident
        return Entity(key, "country", name, country=ident,
                      geonames=(country.geonames_id, 0.0, 0.0) if country and
                      country.geonames_id else None)
    return Entity(key, {"person": "person", "org": "organisation"}.get(kind, "place"), ident)


def to_quads(facts: Facts, base: str | None = None) -> list[ox.Quad]:
    """All the quads of one article, in its named graph."""
    return Mapper(facts, base).run()


def triples_of(quads: Iterable[ox.Quad]) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
