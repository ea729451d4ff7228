"""Issue 13, pictures: `kg graph` draws the who-met-whom network as a page that works
offline, an SVG or a PNG, with every person of the query's rows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.network import draw, meetings, page


def test_the_page_shows_every_person_who_met_and_loads_nothing(seed_store, query):
    found = meetings(seed_store, {})
    people = {r["person_a"] for r in query("who-met-whom")} | {
        r["person_b"] for r in query("who-met-whom")}
    assert people and {m.a for m in found} | {m.b for m in found} == people
    svg, png = draw(found, "Who met whom")
    text = page(found, "Who met whom", svg)
    drawn = {t.strip() for t in re.findall(r"<text[^>]*>([^<]+)</text>", text)}
    assert people <= drawn  # each name is text in the picture (not paths of glyphs)
    assert "<script" not in text and not re.search(r"(src|href)=\"https?:", text)
    assert png.startswith(b"\x89PNG")
    ET.fromstring(svg)  # well-formed SVG


def test_filters_are_who_met_whoms_and_a_date_range(seed_store):
    everyone = meetings(seed_store, {})
    trump = meetings(seed_store, {"person": "Donald Trump"})
    assert trump and all("Donald Trump" in (m.a, m.b) for m in trump)
    assert len(trump) < len(everyone)
    dates = sorted(m.date for m in everyone if m.date)
    since = dates[len(dates) // 2][:7]
    later = meetings(seed_store, {}, since=since)
    assert later and all(m.date[:7] >= since for m in later) and len(later) < len(everyone)
    assert all(m.date[:4] <= "2025" for m in meetings(seed_store, {}, until="2025"))


def test_kg_graph_writes_html_svg_and_png(tmp_path):
    story = Path(__file__).parent / "data" / "web" / "story.html"
    store = str(tmp_path / "st")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(story), "--store", store]).exit_code == 0
    for name in ("net.html", "net.svg", "net.png"):
        result = runner.invoke(cli, ["graph", "-o", str(tmp_path / name), "--store", store])
        assert result.exit_code == 0, result.output
        assert "Drew 2 people and 1 meetings" in result.output
    assert "Olaf Scholz" in (tmp_path / "net.html").read_text()
    bad = runner.invoke(cli, ["graph", "-o", str(tmp_path / "net.gif"), "--store", store])
    assert bad.exit_code == 2 and ".html, .svg or .png" in bad.output
    bad = runner.invoke(cli, ["graph", "-o", str(tmp_path / "n.svg"), "--from", "May 2024",
                              "--store", store])
    assert bad.exit_code == 2 and "is not a date" in bad.output
