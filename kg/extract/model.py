"""What the extractor finds: plain dataclasses, no RDF. Every fact carries its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.dates import DateValue
from kg.sources import Article

STATUSES = ("occurred", "planned", "hypothetical", "denied")
COMMITMENT_KINDS = ("agreement", "pledge", "threat", "demand", "goal")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its character offsets in the article, and how
    sure the rule that read it is (0-1)."""

    sentence: str
    start: int
    end: int
    confidence: float


@dataclass
class Entity:
    """A person, organisation, country or place named in the article.

    `key` is the entity's identity across articles: person:vladimir-putin, country:RUS,
    org:NATO, org:kremlin, place:tianjin.
    """

    key: str
    kind: str  # person | organisation | country | place
    name: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None  # ISO alpha-3: a country's own code, a place's or a seat's country
    geonames: tuple[int, float, float] | None = None  # id, latitude, longitude
    acronym: str | None = None
    evidence: Evidence | None = None
    wikidata: str | None = None  # a person's Wikidata id, from the office-holder directory


@dataclass
class Role:
    """A post a person holds (or held, if former) in a country or an organisation."""

    person: str
    title: str  # President, Prime Minister, Foreign Minister ...
    holder: str | None  # entity key of the country or organisation; None when unstated
    former: bool
    evidence: Evidence


@dataclass
class Event:
    """A summit, meeting, talks, visit or call."""

    kind: str  # summit | meeting | visit | call
    participants: list[str]
    place: str | None
    date: DateValue | None
    organiser: str | None
    status: str
    evidence: list[Evidence]
    label: str = ""
    part_of: Event | None = None
    anchor: int = -1  # token index of the trigger, for linking within the article
    iri: str | None = None  # set when the store already holds this event (kg.resolve)


@dataclass
class Commitment:
    kind: str  # agreement | pledge | threat | demand | goal
    actors: list[str]
    targets: list[str]
    content: str
    condition: str | None
    date: DateValue | None
    status: str
    evidence: Evidence
    made_at: Event | None = None


@dataclass
class Statement:
    speaker: str
    text: str
    date: DateValue | None
    evidence: Evidence


@dataclass
class Facts:
    """Everything read from one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what the reader should check
