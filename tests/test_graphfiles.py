"""Issue 13, graph-tool files: GraphML that NetworkX loads with the people and meetings of
who-met-whom, and Neo4j import CSV files with the documented headers."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graphfiles import EDGE_HEADER, NODE_HEADER, read_graph, write_graphml, write_neo4j_csv


@pytest.fixture(scope="module")
def graph(seed_store):
    return read_graph(seed_store)


def test_graphml_loads_in_networkx_with_the_people_and_meetings_of_who_met_whom(graph, query):
    out = io.BytesIO()
    nodes, edges = write_graphml(graph, out)
    g = nx.read_graphml(io.BytesIO(out.getvalue()))
    assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges)
    name = {n: d["name"] for n, d in g.nodes(data=True)}
    met = {frozenset((name[a], name[b])) for a, b, d in g.edges(data=True) if d["type"] == "MET"}
    rows = query("who-met-whom")
    assert rows
    for row in rows:  # every pair who-met-whom lists is a MET edge, with its date and place
        assert frozenset((row["person_a"], row["person_b"])) in met, row
    dated = {(frozenset((name[a], name[b])), d.get("date", ""), d.get("place", ""))
             for a, b, d in g.edges(data=True) if d["type"] == "MET"}
    for row in rows:
        assert (frozenset((row["person_a"], row["person_b"])), row["date"],
                row["place"].split("; ")[0]) in dated, row
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert {"person", "country", "organisation", "place", "meeting", "summit"} <= kinds
    types = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"PARTICIPATED_IN", "MET", "HOLDS_ROLE", "HELD_IN", "AGREEMENT"} <= types
    assert all(d.get("article") for _, _, d in g.edges(data=True)
               if d["type"] in ("MET", "HOLDS_ROLE", "PARTICIPATED_IN"))


def test_neo4j_csv_files_have_the_import_headers_and_every_row(graph, tmp_path):
    nodes, edges = write_neo4j_csv(graph, tmp_path / "neo4j")
    with (tmp_path / "neo4j" / "nodes.csv").open(newline="") as fh:
        node_rows = list(csv.reader(fh))
    with (tmp_path / "neo4j" / "relationships.csv").open(newline="") as fh:
        edge_rows = list(csv.reader(fh))
    assert node_rows[0] == ["id:ID", "name", "kind", "date", "place", "status", ":LABEL"]
    assert node_rows[0] == NODE_HEADER
    assert edge_rows[0] == [":START_ID", ":END_ID", ":TYPE", "kind", "title", "content",
                            "date", "place", "status", "article"] == EDGE_HEADER
    assert (len(node_rows) - 1, len(edge_rows) - 1) == (nodes, edges)
    ids = {row[0] for row in node_rows[1:]}
    assert len(ids) == nodes  # each node once
    assert all(row[0] in ids and row[1] in ids for row in edge_rows[1:])  # no dangling end
    assert {row[6] for row in node_rows[1:]} >= {"Person", "Country", "Meeting;Event"}


def test_kg_export_writes_graphml_and_csv(tmp_path):
    from pathlib import Path

    story = Path(__file__).parent / "data" / "web" / "story.html"
    store = str(tmp_path / "st")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(story), "--store", store]).exit_code == 0
    result = runner.invoke(cli, ["export", "--format", "graphml", "--store", store])
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(io.BytesIO(result.stdout_bytes))
    name = {n: d["name"] for n, d in g.nodes(data=True)}
    assert {(name[a], name[b], d.get("place"), d.get("date")) for a, b, d in
            g.edges(data=True) if d["type"] == "MET"} == {
        ("Emmanuel Macron", "Olaf Scholz", "Paris", "2024-05-06")}
    result = runner.invoke(cli, ["export", "--format", "csv", "--store", store])
    assert result.exit_code == 2 and "give -o FOLDER" in result.output
    result = runner.invoke(cli, ["export", "--format", "csv", "-o", str(tmp_path / "n"),
                                 "--store", store])
    assert result.exit_code == 0, result.output
    assert "relationships to" in result.output
    assert (tmp_path / "n" / "nodes.csv").exists()
