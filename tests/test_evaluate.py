"""The gold set and the scorer: `kg eval` on tests/gold (and the seed article)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg import evaluate as ev
from kg.cli import cli
from tests.conftest import ROOT, SHARED_SEED

GOLD = ROOT / "tests" / "gold"
FOLDERS = [str(GOLD)] + ([str(SHARED_SEED.parent)] if SHARED_SEED.exists() else [])
# Floors the extractor keeps on our gold set; a rule change that drops below them fails here.
# The first 26 articles (untagged: our own plain wire style) keep issue 3's floors. The
# articles written in the genres of real texts (tagged with a genre, issue 10) keep the
# floors measured when they were written, a little below the scores of that day: they
# guard against regressions while the rules catch up (issue 10 asks 0.9 meetings, 0.8
# commitments and summit participants, 0.9 roles, 0.85 statements).
FLOORS = {"meetings": 0.85, "commitments": 0.75, "roles": 0.9, "statements": 0.85,
          "summit_participants": 0.8}
GENRE_FLOORS = {"meeting_pairs": 0.92, "meetings": 0.89, "commitments": 0.81, "roles": 0.87,
                "statements": 0.93, "summit_participants": 0.84, "commitment_targets": 0.77}
# (raised 2026-11-28 from 0.68, 0.5, 0.7, 0.77, 0.76, 0.74, 0.47, after that day's rules:
# 0.842, 0.731, 0.769, 0.791, 0.949, 0.857, 0.614; raised again after the next session's:
# 0.893, 0.810, 0.798, 0.855, 0.949, 0.857, 0.680; and after the next: 0.914, 0.879, 0.807,
# 0.886, 0.949, 0.857, 0.725; and after the next: 0.937, 0.902, 0.827, 0.886, 0.949, 0.857,
# 0.789)
# Issue 10's done-when, on the whole gold set (met 2026-11-28: meetings 0.912, commitments
# 0.838, targets 0.803, roles 0.906, summit participants 0.889, statements 0.956).
DONE_WHEN = {"meetings": 0.90, "commitments": 0.80, "commitment_targets": 0.80, "roles": 0.90,
             "summit_participants": 0.80, "statements": 0.85}
TAGS = {"genre", "phenomena", "address"}
GENRES = {"readout", "joint-statement", "mfa-press-release", "wire", "kremlin-news",
          "transcript", "wikinews", "un-parliament-statement"}


@pytest.fixture(scope="module")
def results(nlp):
    return ev.score_articles(FOLDERS)


@pytest.fixture(scope="module")
def scores(results):
    return ev.total(r for r in results if "genre" not in r[1])


@pytest.fixture(scope="module")
def genre_scores(results):
    return ev.total(r for r in results if "genre" in r[1])


def test_evaluate_gold_set_is_big_enough():
    articles = ev.gold_articles([str(GOLD)])
    assert len(articles) >= 80
    for path, facts in articles:
        assert set(facts) <= set(ev.TYPES) - {"commitment_targets", "meeting_pairs"} | TAGS, path
        assert facts.get("genre", "readout") in GENRES, path
    genres = {facts.get("genre") for _p, facts in articles}
    assert GENRES <= genres


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_evaluate_f1_floor(scores, kind):
    assert scores[kind].f1 >= FLOORS[kind], (kind, scores[kind].misses,
                                             scores[kind].false_positives)


@pytest.mark.parametrize("kind", sorted(DONE_WHEN))
def test_evaluate_f1_floor_whole_gold_set_issue_10(results, kind):
    whole = ev.total(results)
    assert whole[kind].f1 >= DONE_WHEN[kind], (kind, whole[kind].f1)


@pytest.mark.parametrize("kind", sorted(GENRE_FLOORS))
def test_evaluate_f1_floor_real_genres_issue_10(genre_scores, kind):
    assert genre_scores[kind].f1 >= GENRE_FLOORS[kind], (kind, genre_scores[kind].f1)


def test_evaluate_scores_by_genre(results):
    groups = ev.by_tag(results, "genre")
    assert GENRES <= set(groups)
    table = ev.tag_table(groups)
    assert "readout" in table and "pairs" in table.splitlines()[0]


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="../shared/seeds is absent")
def test_evaluate_seed_article_meetings_and_commitments(nlp):
    scores = ev.evaluate([str(SHARED_SEED.parent)])
    assert scores["meetings"].recall == 1.0
    assert scores["commitments"].tp >= 5


def test_evaluate_scoring_rules():
    gold = {"meetings": [{"a": "A B", "b": "C D", "place": "Paris", "date": "2025-01-02"}],
            "statements": [{"speaker": "A B", "starts": "We will"}]}
    tuples = ev.gold_tuples(gold)
    assert tuples["meetings"] == {(("a b", "c d"), "paris", "2025-01-02")}
    assert ev.norm("Brasília ") == ev.norm("brasilia")
    assert ev.norm("Antony J. Blinken") == ev.norm("Antony Blinken")
    assert ev.norm("Joseph R. Biden, Jr.") == ev.norm("Joseph Biden")
    assert ev.norm("S. Jaishankar") == ev.norm("Jaishankar")
    assert ev.norm("Secretary-General") == ev.norm("Secretary General")
    # UN pages write U+2010 and U+2011 hyphens; kg reads them as "-" (textprep), a gold
    # copied from the page keeps them
    assert ev.norm("Mohammed al\u2010Rumaihi") == ev.norm("Mohammed al-Rumaihi")
    assert ev.norm("Secretary\u2011General") == ev.norm("Secretary-General")
    # the titles of one office are one title; other titles stay as written
    assert ev.office_title("Minister of Foreign Affairs") == ev.office_title("Foreign Minister") \
        == ev.office_title("minister for foreign affairs")
    assert ev.office_title("former Minister of Foreign Affairs") == "former foreign minister"
    assert ev.office_title("Federal Chancellor") == ev.office_title("Chancellor")
    assert ev.office_title("Minister of Finance") != ev.office_title("Foreign Minister")
    s = ev.Score(tp=3, fp=1, fn=2)
    assert (round(s.precision, 2), round(s.recall, 2), round(s.f1, 3)) == (0.75, 0.6, 0.667)


def test_evaluate_an_unnamed_office_holder_in_gold_is_the_directorys_holder(read):
    """Gold written before the directory names an unnamed holder by office ("President of the
    United States"); kg names the person; both mean Barack Obama on 2016-09-03."""
    facts = read("The President met today with President Xi Jinping of China.",
                 published="2016-09-03", url="https://www.whitehouse.gov/x")
    names = ev.canonical_names(facts)
    assert names[ev.norm("President of the United States")] == ev.norm("Barack Obama")
    assert ev.norm("President of China") in names  # Xi Jinping's office too
    later = ev.canonical_names(read("President Xi Jinping spoke.", published="2016-09-03"))
    assert ev.norm("President of the United States") not in later  # Obama is not in it


def test_evaluate_cli_json_lists_misses(nlp):
    result = CliRunner().invoke(cli, ["eval", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == set(ev.TYPES) | {"directory_disagreements"}
    assert all({"precision", "recall", "f1", "misses", "false_positives"} <= set(data[t])
               for t in ev.TYPES)
    assert all(isinstance(d, str) for d in data["directory_disagreements"])


def test_evaluate_cli_rejects_a_folder_without_gold(tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2 and "no gold articles" in result.output
