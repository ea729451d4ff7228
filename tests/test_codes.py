from __future__ import annotations

import pytest

from kg.codes import commitment_codes, event_codes


@pytest.mark.parametrize(("kind", "content", "codes"), [
    ("agreement", "a peace agreement", ("057", "AGREE")),
    ("pledge", "$10 million in emergency aid", ("033", "AID")),
    ("pledge", "host a regional conference", ("030", "COOPERATE")),
    ("threat", "push for new sanctions against Russia", ("1312", "THREATEN")),
    ("threat", "use military force", ("138", "THREATEN")),
    ("threat", "respond firmly", ("130", "THREATEN")),
    ("demand", "withdraw its troops", ("100", "REQUEST")),
    ("goal", "join NATO", (None, None)),
])
def test_codes_commitments(kind, content, codes):
    assert commitment_codes(kind, content) == codes


@pytest.mark.parametrize(("kind", "cameo"), [("call", "041"), ("visit", "042"),
                                             ("meeting", "040"), ("summit", "040")])
def test_codes_events(kind, cameo):
    assert event_codes(kind) == (cameo, "CONSULT")
