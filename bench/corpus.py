"""A news-like corpus of our own making, for benchmarks: recurring names with a Zipf-like
frequency (as in real news), summits, meetings, commitments, quotes and filler prose.

    python -m bench.corpus OUT.jsonl --articles 2000 --words 550
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

FIRST = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Ines", "Jonas",
         "Kenji", "Leila", "Marco", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tanya",
         "Ugo", "Vera", "Wojciech", "Ximena", "Yusuf", "Zofia", "Arjun", "Bianca", "Chen", "Dalia"]
LAST = ["Adeyemi", "Bergström", "Castellano", "Dubois", "Eriksen", "Fonseca", "Gallagher",
        "Haddad", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor",
        "Petrovic", "Quispe", "Rahman", "Schneider", "Takahashi", "Uddin", "Varga", "Whitfield",
        "Xu", "Yilmaz", "Zamora", "Almeida", "Brennan", "Chaudhry", "Delacroix"]
COUNTRIES = [("France", "French"), ("Germany", "German"), ("Japan", "Japanese"),
             ("Brazil", "Brazilian"), ("India", "Indian"), ("Kenya", "Kenyan"),
             ("Canada", "Canadian"), ("Mexico", "Mexican"), ("Poland", "Polish"),
             ("Egypt", "Egyptian"), ("Indonesia", "Indonesian"), ("Turkey", "Turkish"),
             ("Nigeria", "Nigerian"), ("Spain", "Spanish"), ("Vietnam", "Vietnamese"),
             ("Argentina", "Argentine"), ("Sweden", "Swedish"), ("Chile", "Chilean")]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Chancellor", "Defence Minister"]
CITIES = ["Geneva", "Vienna", "Doha", "Nairobi", "Jakarta", "Brussels", "Madrid", "Ankara",
          "Hanoi", "Lima", "Ottawa", "Cairo", "Warsaw", "Stockholm", "Santiago", "Abuja"]
# Organisations by how often the news names them, most named first: drawn, like people, with
# Zipf-like weights (the first in ~28% of articles, the tenth in ~3%, the last in ~1.4%).
ORGS = ["the United Nations", "the European Union", "NATO", "the G20", "the G7", "ASEAN",
        "the African Union", "BRICS", "the SCO", "OPEC", "the OECD", "APEC", "the Arab League",
        "the GCC", "the OSCE", "Mercosur", "ECOWAS", "the CSTO", "the Pacific Islands Forum",
        "the Commonwealth"]
ORG_WEIGHTS = [1 / (rank + 1) for rank in range(len(ORGS))]
TOPICS = ["trade", "energy security", "climate finance", "maritime security", "food supplies",
          "migration", "nuclear safety", "debt relief", "digital taxation", "fisheries"]
FILLER = [
    "Officials described the atmosphere as constructive but said several issues remained open.",
    "Analysts said the talks reflected a broader shift in the region's diplomatic alignments.",
    "The discussions lasted several hours and were followed by a working lunch.",
    "Markets reacted calmly to the news, with bond yields little changed by the afternoon.",
    "Opposition lawmakers criticised the government for what they called a lack of transparency.",
    "Diplomats cautioned that any agreement would need approval from national parliaments.",
    "The ministry published a short statement on its website after the meeting.",
    "Protesters gathered outside the venue, calling for stronger action on living costs.",
    "Several delegations arrived late because of weather delays at the main airport.",
    "A joint working group will meet again before the end of the quarter, officials said.",
]


class People:
    """A pool of leaders whose mentions follow a Zipf-like law (rank r is drawn ~ 1/r)."""

    def __init__(self, rng: random.Random, size: int = 400):
        self.rng = rng
        self.people = []
        seen = set()
        while len(self.people) < size:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name in seen:
                continue
            seen.add(name)
            country, demonym = rng.choice(COUNTRIES)
            self.people.append((name, rng.choice(TITLES), country, demonym))
        self.weights = [1 / (rank + 1) for rank in range(size)]

    def pick(self, k: int = 1) -> list[tuple[str, str, str, str]]:
        chosen: list[tuple[str, str, str, str]] = []
        while len(chosen) < k:
            p = self.rng.choices(self.people, weights=self.weights)[0]
            if p not in chosen:
                chosen.append(p)
        return chosen


def pick_org(rng: random.Random) -> str:
    return rng.choices(ORGS, weights=ORG_WEIGHTS)[0]


def article(rng: random.Random, people: People, index: int, words: int,
            published: dt.date) -> dict:
    a, b, c = people.pick(3)
    city, org, topic = rng.choice(CITIES), pick_org(rng), rng.choice(TOPICS)
    day = published - dt.timedelta(days=rng.randint(0, 3))
    when = f"{day.strftime('%B')} {day.day}"
    lead = [
        f"{a[3]} {a[1]} {a[0]} met {b[3]} {b[1]} {b[0]} in {city} on {when} to discuss {topic}.",
        f"Speaking at the {org.removeprefix('the ')} summit in {city}, {a[0].split()[-1]} said the two sides had "
        f"agreed to deepen cooperation on {topic}.",
        f"{b[0].split()[-1]} pledged to increase support for {c[2]} over the next two years.",
        f"\"We have made real progress today, and we will continue this work,\" "
        f"{a[0].split()[-1]} told reporters after the talks.",
        f"{c[3]} {c[1]} {c[0]} threatened to impose tariffs on {b[2]} if the dispute over "
        f"{topic} was not resolved.",
        f"{a[2]} demanded that {b[2]} release detained fishermen before the next round.",
        f"The goal of the talks was to prepare a framework agreement on {topic}.",
    ]
    body = list(lead)
    count = sum(len(s.split()) for s in body)
    while count < words:
        s = rng.choice(FILLER)
        body.append(s)
        count += len(s.split())
    paragraphs = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    return {"title": f"{a[0]} and {b[0]} hold talks in {city} ({index})",
            "published": published.isoformat(),
            "url": f"https://bench.example.org/{index}",
            "text": "\n".join(paragraphs)}


def build(out: Path, articles: int, words: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    people = People(rng)
    start = dt.date(2025, 1, 1)
    total = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(articles):
            rec = article(rng, people, i, words, start + dt.timedelta(days=i // 10))
            total += len(rec["text"].split())
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"articles": articles, "words": total, "path": str(out)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=550)
    args = parser.parse_args()
    print(json.dumps(build(args.out, args.articles, args.words)))


if __name__ == "__main__":
    main()
