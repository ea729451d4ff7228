"""Synthetic article graphs for the store and query benchmarks: Facts built straight from the
benchmark corpus's model of the world (no NLP), mapped by the real RDF mapper, so the graph
has the real shape at any size."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pyoxigraph as ox

from bench.corpus import CITIES, ORGS, People, pick_org
from kg import gazetteer
from kg.dates import DateValue
from kg.extract.model import Commitment, Entity, Event, Evidence, Facts, Role, Statement
from kg.rdf import Mapper
from kg.sources import Article


def _country(name: str) -> str:
    return f"country:{gazetteer.load().country_by_name(name).iso3}"


def article_facts(rng: random.Random, people: People, i: int) -> Facts:
    published = dt.date(2025, 1, 1) + dt.timedelta(days=i // 10)
    article = Article(id=f"{i:016x}", text=f"synthetic {i}", origin="synth",
                      title=f"Synthetic article {i}", published=published)
    ev = Evidence("A sentence of evidence.", 0, 23, 0.8)
    facts = Facts(article)
    trio = people.pick(3)
    keys = []
    for name, title, country, _ in trio:
        key = f"person:{gazetteer.slug(name)}"
        keys.append(key)
        facts.entities[key] = Entity(key, "person", name, {name.split()[-1]}, evidence=ev)
        ckey = _country(country)
        facts.entities[ckey] = Entity(ckey, "country", country, country=ckey[-3:], evidence=ev)
        facts.roles.append(Role(key, title, ckey, False, ev))
    city = rng.choice(CITIES)
    place = f"place:{gazetteer.slug(city)}"
    facts.entities[place] = Entity(place, "place", city, evidence=ev)
    org = pick_org(rng).removeprefix("the ")
    okey = f"org:{gazetteer.slug(org)}"
    facts.entities[okey] = Entity(okey, "organisation", org, evidence=ev)
    day = DateValue((published - dt.timedelta(days=rng.randint(0, 3))).isoformat(), "day")
    meeting = Event("meeting", keys[:2], place, day, None, "occurred", [ev])
    summit = Event("summit", [keys[0]], place, day, okey, "occurred", [ev])
    meeting.label = f"Meeting of {trio[0][0]} and {trio[1][0]}"
    summit.label = f"{org} summit"
    facts.events += [summit, meeting]
    c_b, c_c = _country(trio[1][2]), _country(trio[2][2])
    facts.commitments += [
        Commitment("pledge", [keys[1]], [c_c], f"increase support, round {i % 50}", None, day,
                   "occurred", ev),
        Commitment("threat", [keys[2]], [c_b], f"impose tariffs, round {i % 50}", "if not",
                   day, "occurred", ev),
        Commitment("agreement", keys[:2], [], f"deepen cooperation, round {i % 50}", None, day,
                   "occurred", ev, made_at=summit),
    ]
    facts.statements.append(Statement(keys[0], f"We made progress in round {i}.", day, ev))
    return facts


def article_graphs(n: int, seed: int = 11) -> Iterator[tuple[str, list[ox.Quad]]]:
    rng = random.Random(seed)
    people = People(rng)
    for i in range(n):
        mapper = Mapper(article_facts(rng, people, i))
        quads = mapper.run()
        yield mapper.graph.value, quads


def mid_frequency_person(seed: int = 11) -> str:
    """A person of middling fame in the synthetic corpus (rank 20 of 400)."""
    return People(random.Random(seed)).people[20][0]


def organiser(rank: int) -> str:
    """The organisation of this frequency rank (1: the most named), as synth labels it."""
    return ORGS[rank - 1].removeprefix("the ")


MID_ORGANISER_RANK = 10  # ~2.8% of articles, as the mid-frequency person's ~2%
