"""Issue 13, maps: `kg map` draws summits, meetings and visits on a world map that needs no
tile server (Natural Earth outlines ship with kg), one marker per place, as an offline page,
an SVG or a PNG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.maps import WORLD, Happening, draw, extent, happenings, markers, page, world


def _at(place: str, country: str = "", lat: str = "", long: str = "", event: str = "x",
        date: str = "2025-01-01") -> Happening:
    return Happening(place, country, lat, long, event, "meeting", date, "A; B", "An article")


def test_the_outlines_cover_the_gazetteers_countries():
    from kg import gazetteer

    drawn = {c["iso3"] for c in world()}
    ours = set(gazetteer.load().countries)
    assert len(drawn) == 177 and all(c["polygons"] for c in world())
    # every state of kg's gazetteer large enough for 1:110m outlines has one, under kg's code
    assert {"FRA", "NOR", "XKX", "PSE", "SSD", "TWN", "USA", "RUS", "CHN"} <= drawn
    assert len(ours - drawn) < 30  # micro-states: Singapore, Malta, Monaco, Tuvalu ...
    france = next(c for c in world() if c["iso3"] == "FRA")
    assert 0 < france["label"][0] < 6 and 44 < france["label"][1] < 49  # not French Guiana


def test_cities_countries_and_unknown_places():
    found = [
        _at("Geneva", "CHE", "46.20222", "6.14569", "talks"),
        _at("Geneva", "CHE", "46.20222", "6.14569", "second round", "2025-02-01"),
        _at("Ukraine", "UKR", event="visit"),          # a country: its centre
        _at("Malta", "MLT", event="summit"),           # too small for the outlines: its capital
        _at("Camp David", "", event="retreat"),        # nobody knows where: listed, not drawn
        _at("Gaza", "PSE", event="strike"),            # a place in a country, no coordinates
    ]
    placed, unplaced = markers(found)
    by_place = {m.place: m for m in placed}
    assert set(by_place) == {"Geneva", "Ukraine", "Malta"}
    assert len(by_place["Geneva"].events) == 2 and placed[0].place == "Geneva"
    assert 22 < by_place["Ukraine"].x < 40 and 45 < by_place["Ukraine"].y < 52
    assert (round(by_place["Malta"].x), round(by_place["Malta"].y)) == (15, 36)  # Valletta
    assert [h.place for h in unplaced] == ["Camp David", "Gaza"]


def test_extent_is_the_markers_with_a_margin_or_the_world():
    placed, _ = markers([_at("Geneva", "CHE", "46.2", "6.1"), _at("Kyiv", "UKR", "50.4", "30.5")])
    west, east, south, north = extent(placed)
    assert west < 6.1 and east > 30.5 and south < 46.2 and north > 50.4
    assert east - west >= 60 and north - south >= 30
    assert extent(placed, whole=True) == WORLD and extent([]) == WORLD


def test_the_page_shows_every_place_with_its_events_and_loads_nothing(seed_store, query):
    rows = query("places")
    found = happenings(seed_store, {})
    assert rows and len(found) == len(rows)
    placed, unplaced = markers(found)
    svg, png = draw(placed, "Where they met")
    text = page(placed, unplaced, "Where they met", svg)
    drawn = {t.strip() for t in re.findall(r"<text[^>]*>([^<]+)</text>", text)}
    assert {m.place for m in placed} <= drawn  # each place is text on the map
    assert {r["place"] for r in rows} == {m.place for m in placed} | {h.place for h in unplaced}
    tips = re.findall(r"<title>([^<]+)</title>", svg.decode())
    assert len(tips) == len(placed)  # a tooltip per marker, naming its events
    for m in placed:
        tip = next(t for t in tips if t.startswith(m.place + ":"))
        assert all(h.event.replace("&", "&amp;") in tip for h in m.events)
    assert "<script" not in text and not re.search(r"(src|href)=\"https?:", text)
    assert png.startswith(b"\x89PNG")
    ET.fromstring(svg)


def test_filters_are_the_places_querys_and_a_date_range(seed_store):
    everyone = happenings(seed_store, {})
    summits = happenings(seed_store, {"kind": "summit"})
    assert summits and {h.kind for h in summits} == {"summit"} and len(summits) < len(everyone)
    trump = happenings(seed_store, {"entity": "Donald Trump"})
    assert trump and all("Donald Trump" in h.participants for h in trump)
    assert all(h.date[:4] >= "2025" for h in happenings(seed_store, {}, since="2025"))
    assert happenings(seed_store, {}, until="1999") == []


def test_kg_map_writes_html_svg_and_png(tmp_path):
    story = Path(__file__).parent / "data" / "web" / "story.html"
    store = str(tmp_path / "st")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(story), "--store", store]).exit_code == 0
    for name in ("map.html", "map.svg", "map.png"):
        result = runner.invoke(cli, ["map", "-o", str(tmp_path / name), "--store", store])
        assert result.exit_code == 0, result.output
        assert re.search(r"Drew 1 places and 1 events", result.output), result.output
    assert "Paris" in (tmp_path / "map.html").read_text()
    bad = runner.invoke(cli, ["map", "-o", str(tmp_path / "map.gif"), "--store", store])
    assert bad.exit_code == 2 and ".html, .svg or .png" in bad.output
    bad = runner.invoke(cli, ["map", "-o", str(tmp_path / "m.svg"), "--to", "last week",
                              "--store", store])
    assert bad.exit_code == 2 and "is not a date" in bad.output
