"""Keep the README true: every console example runs and prints what the README says."""

from __future__ import annotations

import pytest

from tests.readme_examples import README, examples, run_all


@pytest.mark.slow
def test_readme_examples_print_what_the_readme_says():
    pairs = examples(README.read_text(encoding="utf-8"))
    assert len(pairs) >= 10
    for command, expected, actual in run_all(pairs):
        assert actual == expected, f"$ {command}"
