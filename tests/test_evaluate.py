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
# Floors the extractor keeps on our own gold set (issue 3 asks >= 0.85 meetings, >= 0.75
# commitments, >= 0.9 roles); a rule change that drops below them fails here.
FLOORS = {"meetings": 0.85, "commitments": 0.75, "roles": 0.9, "statements": 0.85,
          "summit_participants": 0.8}


@pytest.fixture(scope="module")
def scores(nlp):
    return ev.evaluate(FOLDERS)


def test_evaluate_gold_set_is_big_enough():
    articles = ev.gold_articles([str(GOLD)])
    assert len(articles) >= 25
    for path, facts in articles:
        assert set(facts) <= set(ev.TYPES) - {"commitment_targets"}, path


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_evaluate_f1_floor(scores, kind):
    assert scores[kind].f1 >= FLOORS[kind], (kind, scores[kind].misses,
                                             scores[kind].false_positives)


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
    s = ev.Score(tp=3, fp=1, fn=2)
    assert (round(s.precision, 2), round(s.recall, 2), round(s.f1, 3)) == (0.75, 0.6, 0.667)


def test_evaluate_cli_json_lists_misses(nlp):
    result = CliRunner().invoke(cli, ["eval", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == set(ev.TYPES)
    assert all({"precision", "recall", "f1", "misses", "false_positives"} <= set(v)
               for v in data.values())


def test_evaluate_cli_rejects_a_folder_without_gold(tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2 and "no gold articles" in result.output
