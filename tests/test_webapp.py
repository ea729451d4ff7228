"""Issue 13, the web page `kg serve` shows beside its SPARQL endpoint: canned queries as
forms, tables with CSV/JSON downloads, a search for one entity, a SPARQL editor; read-only.
Served for real on a free loopback port over the seeds' store."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg import queries, webapp


@pytest.fixture(scope="module")
def site(seed_store):
    httpd, url = webapp.start(seed_store, 0)
    yield url
    httpd.shutdown()


def get(url: str) -> tuple[int, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.status, answer.read().decode("utf-8"), dict(answer.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), dict(exc.headers)


def test_home_has_a_form_per_canned_query_a_search_and_the_editor(site):
    status, page, headers = get(site)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    for name, query in queries.canned().items():
        assert f'id="form-{name}"' in page and f'action="/q/{name}"' in page
        for p in query.params:
            assert f'name="{p.name}"' in page
            for choice in p.choices:
                assert f"<option>{choice}</option>" in page
    assert 'id="search-name"' in page
    editor = page.split("<textarea")[1].split("</textarea>")[0]
    assert "PREFIX kg: &lt;https://w3id.org/kg-news/ontology#&gt;" in editor  # kg's prefixes
    assert "kg:Person" in editor  # and an example
    assert "<script" not in page and not re.search(r"(src|href)=\"https?:", page)


def test_a_canned_query_form_answers_as_kg_query_does(site, seed_store):
    expected = queries.run(seed_store, queries.find("who-met-whom"),
                           {"person": "Donald Trump"})[1]
    status, page, _ = get(site + "q/who-met-whom?person=Donald+Trump&status=")
    assert status == 200 and expected
    cells = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td>", page)
    assert sorted(cells) == sorted((r["person_a"], r["person_b"]) for r in expected)
    assert 'value="Donald Trump"' in page  # the form keeps what was asked
    status, text, headers = get(site + "q/who-met-whom.csv?person=Donald+Trump")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert 'filename="who-met-whom.csv"' in headers["Content-Disposition"]
    assert list(csv.DictReader(io.StringIO(text))) == expected
    status, text, _ = get(site + "q/who-met-whom.json?person=Donald+Trump")
    assert json.loads(text) == expected


def test_bad_values_and_unknown_pages_say_what_is_wrong(site):
    status, page, _ = get(site + "q/roles?date=July")
    assert status == 400 and "is not a date" in page
    status, text, _ = get(site + "q/summits.csv?status=happened")
    assert status == 400 and "happened" in text
    status, page, _ = get(site + "q/nothing")
    assert status == 404 and "No page /q/nothing" in page


def test_search_shows_timeline_network_and_map_of_one_entity(site, seed_store):
    status, page, _ = get(site + "search?name=donald+trump")  # any case
    assert status == 200 and "<h1>Donald Trump</h1>" in page
    timeline = queries.run(seed_store, queries.find("timeline"), {"entity": "Donald Trump"})[1]
    assert timeline and all(html_text(r["description"]) in page for r in timeline)
    for title in ("Timeline", "Network", "Map"):
        assert f"<h2>{title}</h2>" in page
    assert page.count("<svg") == 2 and "Mark Rutte" in page and "The Hague" in page
    status, page, _ = get(site + "search?name=trump")  # an alias: the person's page
    assert status == 200 and "<h1>Donald Trump</h1>" in page
    status, page, _ = get(site + "search?name=ma")  # a part of several names: a choice
    assert status == 200 and "Did you mean" in page
    assert {"Emmanuel Macron", "Mark Rutte"} <= set(re.findall(r'">([^<]+)</a></li>', page))
    status, page, _ = get(site + "search?name=Nobody+Here")
    assert status == 200 and "Nothing in the store is called Nobody Here" in page


def test_the_editor_runs_select_with_kgs_prefixes_and_refuses_updates(site):
    status, page, _ = get(site + "sparql?" + urllib.parse.urlencode({"query": webapp.example()}))
    assert status == 200 and "<th>person</th>" in page  # the pre-filled text runs as it is
    text = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 3"
    status, page, _ = get(site + "sparql?" + urllib.parse.urlencode({"query": text}))
    assert status == 200 and "3 rows." in page and "<th>name</th>" in page
    status, page, _ = get(site + "sparql?" + urllib.parse.urlencode({"query": "DROP ALL"}))
    assert status == 403 and "read-only" in page
    status, page, _ = get(site + "sparql?" + urllib.parse.urlencode({"query": "SELECT ?x {"}))
    assert status == 400 and 'class="error"' in page


def test_what_users_type_is_escaped(site):
    hostile = '<script>alert("x")</script>'
    for path in ("search?name=", "q/who-met-whom?person=", "sparql?query="):
        _, page, _ = get(site + path + urllib.parse.quote(hostile))
        assert "<script>" not in page and "&lt;script&gt;" in page


def html_text(value: str) -> str:
    return webapp.e(value)
