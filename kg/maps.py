"""Stage 7, maps: where events happened, on a world map that needs no tile server.

The rows are the canned `places` query's (so its filters are that query's: entity, status,
kind), cut to a date range. Each place is one marker, sized by its number of events: a city
at its GeoNames coordinates, a country at the centre of its largest land mass (or, for a
state too small for the 1:110m outlines, at its capital). Country outlines come from
Natural Earth (public domain; kg/data/world_110m.json, built by tools/build_world_map.py),
drawn in a plain longitude/latitude projection by matplotlib as SVG or PNG; an .html page
holds the SVG inline (each marker with its events as a tooltip) and a table of the events,
and loads nothing from anywhere. A place with no coordinates is listed under the map, not
guessed.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kg import pictures

FORMATS = (".html", ".svg", ".png")
WORLD = (-180.0, 180.0, -58.0, 84.0)  # west, east, south, north: the inhabited world


@dataclass(frozen=True)
class Happening:
    """One event at one place (a row of the `places` query)."""
    place: str
    country: str
    lat: str
    long: str
    event: str
    kind: str
    date: str
    participants: str
    article: str


@dataclass
class Marker:
    place: str
    x: float  # longitude
    y: float  # latitude
    events: list[Happening] = field(default_factory=list)


def happenings(store, params: dict[str, str], since: str | None = None,
               until: str | None = None) -> list[Happening]:
    """The `places` rows for the filters, within [since, until] (YYYY, YYYY-MM or
    YYYY-MM-DD; an event with no date is kept only when no range is given)."""
    from kg import queries as q

    _, rows = q.run(store, q.find("places"), params)
    return [Happening(**{k: row.get(k, "") for k in Happening.__dataclass_fields__})
            for row in rows if pictures.within(row.get("date", ""), since, until)]


@cache
def world() -> list[dict]:
    """Natural Earth's countries: iso3, name, label point and polygons (lists of rings)."""
    text = resources.files("kg").joinpath("data", "world_110m.json").read_text(encoding="utf-8")
    return json.loads(text)["countries"]


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> (longitude, latitude) where a marker for the country goes."""
    from kg import gazetteer

    points = {c["iso3"]: (c["label"][0], c["label"][1]) for c in world()}
    for capital in gazetteer.load().capitals.values():  # small states: Singapore, Malta, ...
        points.setdefault(capital.country, (capital.longitude, capital.latitude))
    return points


def _is_country(place: str, iso3: str) -> bool:
    from kg import gazetteer

    found = gazetteer.load().country_by_name(place)
    return found is not None and found.iso3 == iso3


def markers(found: list[Happening]) -> tuple[list[Marker], list[Happening]]:
    """One marker per place (name and position), and the events whose place has no known
    position (a place the gazetteer does not know: "the White House", "Camp David")."""
    placed: dict[tuple[str, float, float], Marker] = {}
    unplaced: list[Happening] = []
    for h in found:
        if h.lat and h.long:
            x, y = float(h.long), float(h.lat)
        elif h.country and _is_country(h.place, h.country) and h.country in country_points():
            x, y = country_points()[h.country]
        else:
            unplaced.append(h)
            continue
        key = (h.place, round(x, 3), round(y, 3))
        placed.setdefault(key, Marker(h.place, x, y)).events.append(h)
    return sorted(placed.values(), key=lambda m: (-len(m.events), m.place)), unplaced


def extent(found: list[Marker], whole: bool = False) -> tuple[float, float, float, float]:
    """West, east, south, north: the markers with a margin, at least 60 by 30 degrees, or
    the whole (inhabited) world."""
    if whole or not found:
        return WORLD
    xs, ys = [m.x for m in found], [m.y for m in found]
    # (more room east: labels are written to the right of their markers)
    west, east, south, north = min(xs) - 12, max(xs) + 22, min(ys) - 8, max(ys) + 8
    if east - west < 60:
        mid = (east + west) / 2
        west, east = mid - 30, mid + 30
    if north - south < 30:
        mid = (north + south) / 2
        south, north = mid - 15, mid + 15
    return max(west, -180.0), min(east, 180.0), max(south, -90.0), min(north, 90.0)


def _tooltip(m: Marker) -> str:
    lines = [f"{m.place}: {len(m.events)} event{'s' if len(m.events) > 1 else ''}"]
    lines += [" ".join(x for x in (h.date, h.event) if x) for h in m.events]
    return "\n".join(lines)


def draw(found: list[Marker], title: str, whole: bool = False) -> tuple[bytes, bytes]:
    """The map as SVG and PNG bytes."""
    plt = pictures.pyplot()
    west, east, south, north = extent(found, whole)
    mid = math.radians((south + north) / 2)
    width = 12.0
    height = max(4.0, width * (north - south) / ((east - west) * math.cos(mid)))
    fig, ax = plt.subplots(figsize=(width, min(height, 10.0)))
    ax.set_title(title)
    ax.set_facecolor("#dfe9f3")  # the sea
    for country in world():
        for polygon in country["polygons"]:
            outer = polygon[0]
            ax.fill([p[0] for p in outer], [p[1] for p in outer], facecolor="#f4f1e8",
                    edgecolor="#a8a39a", linewidth=0.5, zorder=1)
    most = max((len(m.events) for m in found), default=1)
    near = (east - west) / 25  # markers closer than this would share a label's space
    labelled: list[Marker] = []
    for n, m in enumerate(found):
        dot = ax.scatter([m.x], [m.y], s=60 + 240 * len(m.events) / most, color="#c0392b",
                         alpha=0.85, edgecolors="white", linewidths=1, zorder=3)
        dot.set_gid(f"marker-{n}")
        crowded = sum(abs(o.x - m.x) < 2 * near and abs(o.y - m.y) < near for o in labelled)
        # the first label of a crowd goes above right, the next below left, then below right
        offset, align = [((6, 5), "left"), ((-6, -13), "right"), ((6, -13), "left"),
                         ((-6, 5), "right")][crowded % 4]
        ax.annotate(m.place, (m.x, m.y), xytext=offset, textcoords="offset points",
                    ha=align, fontsize=9, zorder=4, color="#222222",
                    bbox={"facecolor": "white", "alpha": 0.7, "linewidth": 0, "pad": 1})
        labelled.append(m)
    if not found:
        ax.text(0, 0, "No placed events for these filters", ha="center", va="center",
                zorder=4)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / max(math.cos(mid), 0.2), adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    svg, png = pictures.save(fig)
    return _with_tooltips(svg, found), png


def _with_tooltips(svg: bytes, found: list[Marker]) -> bytes:
    """Each marker's group in the SVG gets a <title>: browsers show it on hover."""
    text = svg.decode("utf-8")

    def titled(match: re.Match) -> str:
        m = found[int(match.group(1))]
        return f'{match.group(0)}\n   <title>{html.escape(_tooltip(m))}</title>'

    return re.sub(r'<g id="marker-(\d+)">', titled, text).encode("utf-8")


def page(found: list[Marker], unplaced: list[Happening], title: str, svg: bytes) -> str:
    """A self-contained HTML page: the map inline and the events as a table."""
    events = sum(len(m.events) for m in found)
    lead = f"{len(found)} places, {events} events."
    after = ""
    if unplaced:
        lead += f" {len(unplaced)} more at places with no coordinates, listed below the table."
        items = "\n".join(f"<li>{html.escape(h.place)}: {html.escape(h.event)}"
                          f"{' (' + html.escape(h.date) + ')' if h.date else ''}</li>"
                          for h in unplaced)
        after = f"\n<h2>Not on the map</h2>\n<ul>\n{items}\n</ul>"
    rows = [[m.place, h.country, h.date, h.kind, h.event, h.participants, h.article]
            for m in found for h in sorted(m.events, key=lambda h: (h.date, h.event))]
    return pictures.page(title, lead, svg, ["place", "country", "date", "kind", "event",
                                            "participants", "article"], rows, after)


def write(found: list[Happening], output: Path, title: str, whole: bool = False) -> None:
    placed, unplaced = markers(found)
    svg, png = draw(placed, title, whole)
    pictures.write(output, svg, png, lambda: page(placed, unplaced, title, svg))
