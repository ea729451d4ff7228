"""The real `kg` command, end to end, through click's CliRunner and a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("cli") / "kg-data"
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def all_commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from all_commands(command, f"{prefix}{name} ")


@pytest.mark.parametrize("name", [n for n, _ in all_commands(cli)] + [""])
def test_cli_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, name
    assert len(result.output.splitlines()) > 5


def test_cli_ingest_summary(store):
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--store", store])
    assert result.exit_code == 0
    assert "0 new, 7 unchanged, 0 replaced, 0 failed; 0 triples written" in result.output


def test_cli_ingest_bad_input_exit_code_1_and_names_the_file(tmp_path, nlp):
    (tmp_path / "good.txt").write_text("Talks\nNarendra Modi met Vladimir Putin in Moscow.\n")
    (tmp_path / "bad.jsonl").write_text('{"text": "ok one"}\n{oops\n')
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--store",
                                      str(tmp_path / "db")])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'bad.jsonl'}:2: not valid JSON" in result.output
    assert "2 new, 0 unchanged, 0 replaced, 1 failed" in result.output


def test_cli_query_json(store):
    result = CliRunner().invoke(cli, ["query", "who-met-whom", "-p", "person=Xi Jinping",
                                      "--format", "json", "--store", store])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["person_a"] == "Xi Jinping" and rows[0]["person_b"] == "Emmanuel Macron"


def test_cli_query_csv_and_table(store):
    csv_out = CliRunner().invoke(cli, ["query", "roles", "--format", "csv", "--store", store])
    assert csv_out.output.splitlines()[0] == "person,role,country"
    table = CliRunner().invoke(cli, ["query", "roles", "--store", store])
    assert table.output.splitlines()[0].split() == ["person", "role", "country"]
    assert table.output.rstrip().endswith("rows)")


def test_cli_query_own_sparql_file_and_text(store, tmp_path):
    f = tmp_path / "count.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/kg-news/ontology#"
                 "Person> }")
    by_file = CliRunner().invoke(cli, ["query", str(f), "--format", "json", "--store", store])
    by_text = CliRunner().invoke(cli, ["query", f.read_text(), "--format", "json",
                                       "--store", store])
    assert json.loads(by_file.output) == json.loads(by_text.output)
    assert int(json.loads(by_file.output)[0]["n"]) > 10


def test_cli_query_refuses_updates(store):
    result = CliRunner().invoke(cli, ["query", "DROP ALL", "--store", store])
    assert result.exit_code == 2
    assert "Error: this query is an update" in result.output
    count = CliRunner().invoke(cli, ["stats", "--format", "json", "--store", store])
    assert json.loads(count.output)["triples"] > 0


def test_cli_errors_have_exit_code_2(tmp_path):
    result = CliRunner().invoke(cli, ["query", "who-met-whom", "--store", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: no store at")
    bad = CliRunner().invoke(cli, ["query", "nope", "--store", str(tmp_path)])
    assert bad.exit_code == 2 and "no canned query named 'nope'" in bad.output


def test_cli_stats_and_export(store, tmp_path):
    stats = json.loads(CliRunner().invoke(cli, ["stats", "--format", "json", "--store",
                                                store]).output)
    assert stats["articles"] == 7 and stats["people"] >= 15 and stats["commitments"] >= 8
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(cli, ["export", "-o", str(out), "--store", store])
    assert result.exit_code == 0 and out.stat().st_size > 1000


def test_cli_validate(store):
    result = CliRunner().invoke(cli, ["validate", "--store", store])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_queries_lists_parameters():
    result = CliRunner().invoke(cli, ["queries"])
    assert "who-met-whom: Who met whom" in result.output
    assert "-p person=..." in result.output


@pytest.mark.slow
def test_cli_query_never_imports_spacy(store):
    code = ("import sys; from kg.cli import main; sys.argv=['kg','query','roles','--store',"
            f"{store!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)\n"
            "web = [m for m in ('trafilatura', 'feedparser', 'requests', 'pypdf', 'docx',"
            " 'networkx', 'matplotlib', 'http.server', 'kg.webapp', 'kg.maps', 'playwright')"
            " if m in sys.modules]\nprint('WEB', web, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert "NO-SPACY" in proc.stderr, proc.stderr
    assert "WEB []" in proc.stderr, proc.stderr  # issue 13: the web readers stay unloaded
    assert "President" in proc.stdout


def test_cli_validate_summarises_violations_and_verbose_shows_all(tmp_path):
    """Issue 12: a summary by class, property and rule with the first nodes of each, not
    pySHACL's raw blocks; --verbose gives those."""
    import pyoxigraph as ox

    from kg.namespace import KG
    from kg.store import open_store

    graph = "https://example.org/article/1"
    quads = []
    for i in range(5):  # five threats with no actor, content, status or evidence
        node = ox.NamedNode(f"https://example.org/threat/{i}")
        quads.append(ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                             ox.NamedNode(KG.Threat), ox.NamedNode(graph)))
    db = str(tmp_path / "db")
    with open_store(db) as store:
        store.replace_graphs([(graph, quads)])
    result = CliRunner().invoke(cli, ["validate", "--store", db])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("The store does not conform to the shapes:")
    rows = [line for line in lines if line.startswith("     5  kg:Commitment")]
    assert rows and any("kg:actor" in r and "MinCount" in r for r in rows), result.output
    assert "... and 2 more" in result.output and "--verbose" in result.output
    assert "Validation Report" not in result.output
    verbose = CliRunner().invoke(cli, ["validate", "--verbose", "--store", db])
    assert verbose.exit_code == 1 and "Validation Report" in verbose.output


def test_cli_query_bad_value_exits_2(store):
    result = CliRunner().invoke(cli, ["query", "commitments", "-p", "type=threats", "--store",
                                      store])
    assert result.exit_code == 2 and "did you mean 'threat'?" in result.output


@pytest.mark.parametrize("alias", ["ttl", "TTL", "n-triples"])
def test_cli_export_takes_the_usual_names_of_a_format(store, tmp_path, alias):
    """Issue 12 item 14: "ttl", "json-ld" are what users type."""
    out = tmp_path / "g.out"
    result = CliRunner().invoke(cli, ["export", "--format", alias, "-o", str(out), "--store",
                                      store])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000


def test_cli_export_near_miss_says_did_you_mean(store):
    result = CliRunner().invoke(cli, ["export", "--format", "turtel", "--store", store])
    assert result.exit_code == 2 and "Did you mean 'turtle'?" in result.output


def test_cli_query_near_miss_name_says_did_you_mean(store):
    result = CliRunner().invoke(cli, ["query", "summit", "--store", store])
    assert result.exit_code == 2 and "did you mean 'summits'?" in result.output
