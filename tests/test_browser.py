"""Issue 13, in a real browser: the network page (`kg graph`), the map page (`kg map`) and
`kg serve`'s page open in headless Chromium (Debian's, driven by Playwright) and show what
the store holds; the page answers who-met-whom for a person typed into its form."""

from __future__ import annotations

import subprocess

import pytest

from kg import maps, network, queries
from kg.ingest import ingest
from kg.store import open_store
from tests import browser
from tests.conftest import SEEDS
from tests.test_robustness import kg_command

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(browser.missing() is not None, reason=str(browser.missing()))]


@pytest.fixture(scope="module")
def chromium():
    with browser.browser() as b:
        yield b


def visible_texts(page, names: set[str]) -> set[str]:
    """The names shown as text of the page's picture, on screen."""
    svg = page.locator("svg").first
    box = svg.bounding_box()
    shown = set()
    for name in names:
        text = svg.get_by_text(name, exact=True).first
        if text.count() and text.is_visible():
            b = text.bounding_box()
            if box and b and box["x"] <= b["x"] <= box["x"] + box["width"] and \
                    box["y"] <= b["y"] <= box["y"] + box["height"]:
                shown.add(name)
    return shown


def test_the_network_page_shows_every_person_who_met(chromium, seed_store, tmp_path):
    found = network.meetings(seed_store, {})
    people = {m.a for m in found} | {m.b for m in found}
    out = tmp_path / "net.html"
    network.write(found, out, "Who met whom")
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(out.as_uri())
    assert people and visible_texts(page, people) == people
    assert page.locator("table tbody tr").count() == len(found)
    page.close()


def test_the_map_page_shows_every_place(chromium, seed_store, tmp_path):
    found = maps.happenings(seed_store, {"status": "all"})
    placed, unplaced = maps.markers(found)
    out = tmp_path / "map.html"
    maps.write(found, out, "Where they met")
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(out.as_uri())
    places = {m.place for m in placed}
    assert places and visible_texts(page, places) == places
    for h in unplaced:  # no coordinates: listed under the map
        assert page.locator("li", has_text=h.place).first.is_visible()
    # every marker carries its events for the hover tooltip
    assert page.locator("svg g[id^=marker-] > title").count() == len(placed)
    page.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory, nlp):
    db = tmp_path_factory.mktemp("served") / "db"
    with open_store(str(db)) as store:
        assert ingest([str(SEEDS)], store).ok
        expected = queries.run(store, queries.find("who-met-whom"), {"person": "Donald Trump"})[1]
    proc = subprocess.Popen(kg_command() + ["serve", "--store", str(db), "--port", "0",
                                            "--page-port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(3)]  # type: ignore[union-attr]
        assert lines[2].startswith("Web page: http://127.0.0.1:"), lines
        yield lines[2].split(": ", 1)[1].strip(), expected
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def typed(chromium, url: str, field: str, text: str, button: str):
    """The page at url after a user typed text into a field and pressed a button."""
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    page.fill(field, text)
    page.click(button)
    page.wait_for_load_state()
    return page


def test_the_served_page_answers_who_met_whom_for_a_typed_person(chromium, served):
    url, expected = served
    page = typed(chromium, url, "#who-met-whom-person", "Donald Trump",
                 "#form-who-met-whom button[type=submit]")
    rows = page.locator("table tbody tr")
    assert expected and rows.count() == len(expected)
    shown = sorted((rows.nth(i).locator("td").nth(0).inner_text(),
                    rows.nth(i).locator("td").nth(1).inner_text()) for i in range(rows.count()))
    assert shown == sorted((r["person_a"], r["person_b"]) for r in expected)
    assert page.get_by_role("link", name="CSV").is_visible()
    page.close()


def test_the_served_search_shows_timeline_network_and_map(chromium, served):
    url, expected = served
    page = typed(chromium, url, "#search-name", "donald trump", "#search-name + button")
    assert page.locator("h1").inner_text() == "Donald Trump"
    for title in ("Timeline", "Network", "Map"):
        assert page.get_by_role("heading", name=title).is_visible()
    partners = {r["person_b"] for r in expected}
    assert partners <= {t.strip() for t in page.locator("svg text").all_text_contents()}
    page.close()
