"""Event codes: CAMEO (as used by GDELT and ICEWS) and PLOVER (as used by POLECAT).

Users line our meetings and commitments up with those data sets by these codes. The
mapping is deliberately coarse: a top-level or second-level CAMEO code where the text does
not say more, a more specific one where the content does (aid, sanctions, force).
"""

from __future__ import annotations

import re

_AID = re.compile(r"\b(aid|assistance|loans?|grants?|funding|billion|million|\$|€|£|yen|"
                  r"euros?|dollars?|support)\b", re.I)
_SANCTIONS = re.compile(r"\b(sanctions?|tariffs?|embargo|boycott|duties|restrictions)\b", re.I)
_FORCE = re.compile(r"\b(force|military|strike|strikes|attack|offensive|troops|war|missiles?|"
                    r"nuclear)\b", re.I)


def event_codes(kind: str) -> tuple[str, str]:
    """(CAMEO code, PLOVER category) of a meeting-like event."""
    cameo = {"call": "041",      # Discuss by telephone
             "visit": "042",     # Make a visit
             "summit": "040",    # Consult, not specified (a multilateral meeting)
             "meeting": "040"}.get(kind, "040")
    return cameo, "CONSULT"


def commitment_codes(kind: str, content: str) -> tuple[str | None, str | None]:
    """(CAMEO code, PLOVER category) of a commitment; a goal has none."""
    if kind == "agreement":
        return "057", "AGREE"            # Sign formal agreement
    if kind == "pledge":
        return ("033", "AID") if _AID.search(content) else ("030", "COOPERATE")
        # 033: Express intent to provide material aid; 030: Express intent to cooperate
    if kind == "threat":
        if _FORCE.search(content):
            return "138", "THREATEN"     # Threaten with military force
        if _SANCTIONS.search(content):
            return "1312", "THREATEN"    # Threaten with sanctions, boycott or embargo
        return "130", "THREATEN"         # Threaten, not specified
    if kind == "demand":
        return "100", "REQUEST"          # Demand, not specified
    return None, None
