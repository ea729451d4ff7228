"""Stage 6, export for graph tools: GraphML (NetworkX, Gephi, yEd, Cytoscape) and the CSV
files of Neo4j's `neo4j-admin database import`.

Nodes: people, organisations, countries, places and events (meetings, summits, visits,
calls), each once with its IRI as id, its label and kind; events carry their date, place
and status. Edges, typed: PARTICIPATED_IN (person to event), MET (person to person, one per
pair and event, with the event's kind, date, place and status), the commitment kinds
(AGREEMENT, PLEDGE, THREAT, DEMAND, GOAL: actor to target; with no target, an agreement's
parties to each other, else the actor to the meeting it was made at, else not drawn),
HOLDS_ROLE (person to the country or
organisation, with the title) and HELD_IN (event to place). Every edge carries the titles
of the articles that state it. The graph is read from the store with SPARQL, so an
endpoint exports the same files.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import IO

from kg.queries import term_text

_PREFIX = ("PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
           "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
KINDS = {"Person": "person", "Organisation": "organisation", "Country": "country",
         "Place": "place", "Meeting": "meeting", "Summit": "summit", "Visit": "visit",
         "Call": "call"}
COMMITMENTS = {"Agreement", "Pledge", "Threat", "Demand", "Goal"}
NODE_HEADER = ["id:ID", "name", "kind", "date", "place", "status", ":LABEL"]
EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "kind", "title", "content", "date", "place",
               "status", "article"]


@dataclass
class Graph:
    """Nodes (id -> attributes) and typed edges, as the store states them."""

    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    edges: list[tuple[str, str, str, dict[str, str]]] = field(default_factory=list)


def _rows(store, where: str, columns: str) -> list[dict[str, str]]:
    _, rows = store.select(f"{_PREFIX}SELECT DISTINCT {columns} WHERE {{ {where} }}")
    return [{k: term_text(v) for k, v in row.items() if v is not None} for row in rows]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def read_graph(store) -> Graph:
    graph = Graph()
    labels: dict[str, str] = {}
    for row in _rows(store, "GRAPH ?g { ?n a ?class ; rdfs:label ?label }", "?n ?class ?label"):
        kind = KINDS.get(_local(row["class"]))
        if kind is None:
            continue
        node = graph.nodes.setdefault(row["n"], {"name": row["label"], "kind": kind})
        if row["label"] < node["name"]:  # one label, the same whatever the order of rows
            node["name"] = row["label"]
        labels[row["n"]] = node["name"]
    titles = {r["g"]: r["t"] for r in _rows(store, "GRAPH ?g { ?g kg:title ?t }", "?g ?t")}
    for row in _rows(store, "GRAPH ?g { ?e kg:status ?st ; a ?class . OPTIONAL { ?e kg:date ?d }"
                            " OPTIONAL { ?e kg:place ?p } }", "?e ?st ?d ?p ?class"):
        node = graph.nodes.get(row["e"])
        if node is None or node["kind"] not in ("meeting", "summit", "visit", "call"):
            continue
        node["status"] = _local(row["st"])
        if row.get("d") and len(row["d"]) > len(node.get("date", "")):
            node["date"] = row["d"]  # the most precise date the articles give
        if row.get("p") and row["p"] in labels:
            node["place"] = labels[row["p"]]
            node["place_id"] = row["p"]
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    participants: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "GRAPH ?g { ?e kg:participant ?a }", "?e ?a ?g"):
        if row["e"] in graph.nodes and row["a"] in graph.nodes:
            participants[row["e"]].add(row["a"])
            stated[(row["a"], row["e"], "PARTICIPATED_IN")].add(titles.get(row["g"], ""))
    for (a, e, kind), articles in sorted(stated.items()):
        graph.edges.append((a, e, kind, {"article": _joined(articles)}))
    for event, people in sorted(participants.items()):
        attrs = graph.nodes[event]
        persons = sorted(p for p in people if graph.nodes[p]["kind"] == "person")
        articles = {t for p in persons for t in stated[(p, event, "PARTICIPATED_IN")]}
        for a, b in combinations(persons, 2):
            graph.edges.append((a, b, "MET", {
                "kind": attrs["kind"], "title": attrs["name"], "date": attrs.get("date", ""),
                "place": attrs.get("place", ""), "status": attrs.get("status", ""),
                "article": _joined(articles)}))
        if attrs.get("place_id") in graph.nodes:
            graph.edges.append((event, attrs["place_id"], "HELD_IN", {}))
    _commitments(store, graph, titles)
    _roles(store, graph, titles)
    for attrs in graph.nodes.values():
        attrs.pop("place_id", None)
    return graph


@dataclass
class _Commitment:
    """One commitment node as the article graphs state it (merged across them)."""

    kind: str
    status: str
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    content: str = ""
    date: str = ""
    at: str = ""


def _commitments(store, graph: Graph, titles: dict[str, str]) -> None:
    found: dict[str, _Commitment] = {}
    for row in _rows(store, "GRAPH ?g { ?c kg:actor ?a ; a ?class ; kg:status ?st . "
                            "OPTIONAL { ?c kg:target ?t } OPTIONAL { ?c kg:content ?x } "
                            "OPTIONAL { ?c kg:date ?d } OPTIONAL { ?c kg:madeAt ?m } }",
                     "?c ?a ?class ?st ?t ?x ?d ?m ?g"):
        kind = _local(row["class"])
        if kind not in COMMITMENTS:
            continue
        c = found.setdefault(row["c"], _Commitment(kind.upper(), _local(row["st"])))
        c.actors.add(row["a"])
        if row.get("t"):
            c.targets.add(row["t"])
        c.content = max(c.content, row.get("x", ""), key=len)
        c.date = max(c.date, row.get("d", ""), key=len)
        c.at = row.get("m", "") or c.at
        c.articles.add(titles.get(row["g"], ""))
    for c in sorted(found.values(), key=lambda c: (c.kind, c.content)):
        actors = sorted(a for a in c.actors if a in graph.nodes)
        ends = sorted(t for t in c.targets if t in graph.nodes)
        attrs = {"content": c.content, "date": c.date, "status": c.status,
                 "article": _joined(c.articles)}
        if ends:
            pairs = [(a, t) for a in actors for t in ends if a != t]
        elif c.kind == "AGREEMENT" and len(actors) >= 2:
            pairs = list(combinations(actors, 2))  # the parties agreed with each other
        elif c.at in graph.nodes:
            pairs = [(a, c.at) for a in actors]  # made at that meeting
        else:
            pairs = []  # a pledge to no one named, at no known event: not drawn
        graph.edges += [(a, b, c.kind, attrs) for a, b in pairs]


def _roles(store, graph: Graph, titles: dict[str, str]) -> None:
    held: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in _rows(store, "GRAPH ?g { ?p kg:holdsRole ?r . ?r kg:roleTitle ?title ; "
                            "kg:roleOf ?h }", "?p ?h ?title ?g"):
        if row["p"] in graph.nodes and row["h"] in graph.nodes:
            held[(row["p"], row["h"], row["title"])].add(titles.get(row["g"], ""))
    for (person, holder, title), articles in sorted(held.items()):
        graph.edges.append((person, holder, "HOLDS_ROLE", {"title": title,
                                                           "article": _joined(articles)}))


def _joined(articles: set[str]) -> str:
    return "; ".join(sorted(a for a in articles if a))


def write_graphml(graph: Graph, out: IO[bytes]) -> tuple[int, int]:
    """GraphML through NetworkX: a directed multigraph, every attribute a string."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for node, attrs in graph.nodes.items():
        g.add_node(node, **{k: v for k, v in attrs.items() if v})
    for a, b, kind, attrs in graph.edges:
        g.add_edge(a, b, type=kind, **{k: v for k, v in attrs.items() if v})
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)
    return g.number_of_nodes(), g.number_of_edges()


def write_neo4j_csv(graph: Graph, folder: Path) -> tuple[int, int]:
    """nodes.csv and relationships.csv with neo4j-admin's import headers."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "nodes.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(NODE_HEADER)
        for node, attrs in graph.nodes.items():
            label = attrs["kind"].capitalize() + (
                ";Event" if attrs["kind"] in ("meeting", "summit", "visit", "call") else "")
            writer.writerow([node, attrs["name"], attrs["kind"], attrs.get("date", ""),
                             attrs.get("place", ""), attrs.get("status", ""), label])
    with (folder / "relationships.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(EDGE_HEADER)
        for a, b, kind, attrs in graph.edges:
            writer.writerow([a, b, kind] + [attrs.get(c, "") for c in EDGE_HEADER[3:]])
    return len(graph.nodes), len(graph.edges)

