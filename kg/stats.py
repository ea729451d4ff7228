"""Counts of what the store holds."""

from __future__ import annotations

from kg.namespace import KG

COUNTS = {
    "articles": KG.Article,
    "people": KG.Person,
    "organisations": KG.Organisation,
    "countries": KG.Country,
    "places": KG.Place,
    "events": None,
    "commitments": None,
    "statements": KG.Statement,
}
EVENT_CLASSES = (KG.Meeting, KG.Summit, KG.Visit, KG.Call)
COMMITMENT_CLASSES = (KG.Agreement, KG.Pledge, KG.Threat, KG.Demand, KG.Goal)


def _distinct(store, classes) -> int:
    values = " ".join(f"<{c}>" for c in classes)
    _, rows = store.select(
        f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }}")
    return int(next(rows)["n"].value)


def count(store) -> dict[str, int]:
    # triples: the merge, each once (what queries and triple exports see); quads: what the
    # article graphs hold (what ingest wrote: a triple two articles state counts twice)
    out = {"articles": len(store.graphs()), "triples": store.triple_count(),
           "quads": store.count()}
    for name, cls in COUNTS.items():
        if name == "articles":
            continue
        if name == "events":
            out[name] = _distinct(store, EVENT_CLASSES)
        elif name == "commitments":
            out[name] = _distinct(store, COMMITMENT_CLASSES)
        else:
            out[name] = _distinct(store, [cls])
    return out
