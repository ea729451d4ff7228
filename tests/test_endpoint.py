"""A SPARQL endpoint as the store: a real Oxigraph server on a loopback port, the same
answers as the embedded store, faults retried and reported, nothing half written."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg import queries
from kg.cli import cli
from kg.export import export
from kg.ingest import ingest
from kg.store import open_store
from kg.store.remote import EndpointError, RemoteStore, update_endpoint_for
from tests.conftest import SEEDS, SHARED_SEED, OxigraphServer
from tests.test_robustness import corpus_jsonl, kg_command, reference_sizes

pytestmark = pytest.mark.slow
PATHS = [str(SEEDS)] + ([str(SHARED_SEED)] if SHARED_SEED.exists() else [])


@pytest.fixture(scope="module")
def stores(module_server, tmp_path_factory, nlp):
    """The same articles in the embedded store and in the Oxigraph server."""
    local = open_store(str(tmp_path_factory.mktemp("local") / "kg-data"))
    remote = open_store(endpoint=module_server.url)
    for store in (local, remote):
        summary = ingest(PATHS, store)
        assert summary.ok and summary.new == len(PATHS) - 1 + 7
    yield {"local": local, "endpoint": remote}
    local.close()


@pytest.mark.parametrize("kind", ["local", "endpoint"])
@pytest.mark.parametrize("name", sorted(queries.canned()))
def test_endpoint_canned_queries_answer_on_both_stores(stores, kind, name):
    columns, rows = queries.run(stores[kind], queries.find(name))
    assert rows and columns


@pytest.mark.parametrize("name", sorted(queries.canned()))
@pytest.mark.parametrize("params", [{}, {"status": "all"}])
def test_endpoint_same_answers_as_the_embedded_store(stores, name, params):
    q = queries.find(name)
    params = {k: v for k, v in params.items() if k in {p.name for p in q.params}}
    as_set = [{tuple(sorted(r.items())) for r in queries.run(stores[k], q, params)[1]}
              for k in ("local", "endpoint")]
    assert as_set[0] == as_set[1]


def test_endpoint_exports_are_isomorphic(stores):
    graphs = []
    for kind in ("local", "endpoint"):
        buf = __import__("io").BytesIO()
        export(stores[kind], "turtle", buf)
        graphs.append(rdflib.Graph().parse(data=buf.getvalue().decode(), format="turtle"))
    assert len(graphs[0]) > 1000
    assert isomorphic(graphs[0], graphs[1])


def test_endpoint_reingest_gives_the_same_triple_count(stores):
    remote = stores["endpoint"]
    before = remote.count()
    summary = ingest(PATHS, remote)
    assert summary.unchanged == summary.new + summary.unchanged and summary.new == 0
    assert remote.count() == before == stores["local"].count()


def test_endpoint_cli_against_the_server(module_server, stores):
    result = CliRunner().invoke(cli, ["query", "who-met-whom", "-p", "person=Xi Jinping",
                                      "--format", "json", "--endpoint", module_server.url])
    assert result.exit_code == 0, result.output
    assert {r["person_b"] for r in json.loads(result.output)} >= {"Emmanuel Macron"}
    stats = CliRunner().invoke(cli, ["stats", "--format", "json", "--endpoint",
                                     module_server.url])
    numbers = json.loads(stats.output)
    assert (numbers["triples"], numbers["quads"]) == (stores["local"].triple_count(),
                                                      stores["local"].count())


def test_endpoint_update_url_defaults():
    assert update_endpoint_for("http://h:7878/query") == "http://h:7878/update"
    assert update_endpoint_for("http://h:3030/ds/query") == "http://h:3030/ds/update"
    assert update_endpoint_for("http://h:3030/ds/sparql") == "http://h:3030/ds/sparql"
    assert update_endpoint_for("http://h:7200/repositories/kg") == \
        "http://h:7200/repositories/kg/statements"
    assert update_endpoint_for("http://h:8890/sparql") == "http://h:8890/sparql"


def test_endpoint_two_ingest_processes_at_once_lose_nothing(oxigraph_server, tmp_path, nlp):
    corpus = tmp_path / "all.jsonl"
    corpus_jsonl(corpus, 40)
    lines = corpus.read_text().splitlines()
    (tmp_path / "a.jsonl").write_text("\n".join(lines[:25]) + "\n")
    (tmp_path / "b.jsonl").write_text("\n".join(lines[15:]) + "\n")  # 10 in common
    expected = reference_sizes(corpus, tmp_path / "ref")
    procs = [subprocess.Popen(kg_command() + ["ingest", "-q", str(tmp_path / f"{n}.jsonl"),
                                               "--endpoint", oxigraph_server.url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in ("a", "b")]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, out + err
    remote = RemoteStore(oxigraph_server.url)
    assert len(remote.graphs()) == 40
    assert remote.count() == sum(expected.values())


def test_endpoint_killed_mid_ingest_reports_and_is_safe_to_ingest_again(tmp_path, nlp):
    corpus = tmp_path / "corpus.jsonl"
    corpus_jsonl(corpus, 64)
    expected = reference_sizes(corpus, tmp_path / "ref")
    server = OxigraphServer(tmp_path / "server").start()
    env = dict(os.environ, KG_ENDPOINT_RETRIES="2", KG_ENDPOINT_BACKOFF="0.05")
    proc = subprocess.Popen(kg_command() + ["ingest", str(corpus), "--endpoint", server.url],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    output = []
    for line in proc.stdout:
        output.append(line)
        if line.startswith("new"):
            server.stop(kill=True)  # SIGKILL the server mid-ingest
            break
    output.append(proc.stdout.read())
    assert proc.wait(timeout=300) == 1
    text = "".join(output)
    assert f"not written: endpoint http://127.0.0.1:{server.port}/" in text
    assert "cannot be reached" in text and "gave up after 2 attempts" in text
    server.start(port=server.port)  # same data folder: what was written is whole
    remote = RemoteStore(server.url)
    written = {g: len(remote.graph_quads(g)) for g in remote.graphs()}
    assert 0 < len(written) < 64
    assert all(expected[g] == n for g, n in written.items())
    again = subprocess.run(kg_command() + ["ingest", "-q", str(corpus), "--endpoint",
                                           server.url], capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert remote.count() == sum(expected.values())
    server.stop()


class Faulty(http.server.BaseHTTPRequestHandler):
    """A loopback HTTP server that answers as badly as it is told to."""

    mode = "500"
    hits = 0

    def _answer(self) -> None:
        type(self).hits += 1
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.mode == "slow":
            time.sleep(3)
        status = {"500": 500, "503": 503, "400": 400, "401": 401}.get(self.mode, 200)
        body = b"not json at all" if self.mode in ("garbage", "slow") else b"{}"
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def faulty():
    class Quiet(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that timed out and hung up is the point of the slow case

    server = Quiet(("127.0.0.1", 0), Faulty)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Faulty.hits = 0
    yield server
    server.shutdown()


@pytest.mark.parametrize(("mode", "status", "attempts"),
                         [("500", 500, 3), ("503", 503, 3), ("400", 400, 1), ("401", 401, 1)])
def test_endpoint_http_errors_are_retried_only_when_transient(faulty, mode, status, attempts):
    Faulty.mode = mode
    url = f"http://127.0.0.1:{faulty.server_address[1]}/query"
    store = RemoteStore(url, retries=3, backoff=0.01)
    with pytest.raises(EndpointError) as err:
        store.count()
    assert err.value.status == status
    assert f"endpoint {url} answered HTTP {status}" in str(err.value)
    assert Faulty.hits == attempts


@pytest.mark.parametrize("mode", ["garbage", "slow"])
def test_endpoint_malformed_or_slow_answers(faulty, mode):
    Faulty.mode = mode
    url = f"http://127.0.0.1:{faulty.server_address[1]}/query"
    store = RemoteStore(url, retries=2, backoff=0.01, timeout=1)
    with pytest.raises(EndpointError, match="not SPARQL JSON|cannot be reached"):
        store.count()


def test_endpoint_down_is_a_clear_error_without_credentials(tmp_path):
    from kg.server import free_port

    port = free_port()
    env = {"KG_ENDPOINT_PASSWORD": "hunter2-secret", "KG_ENDPOINT_USER": "analyst",
           "KG_ENDPOINT_RETRIES": "2", "KG_ENDPOINT_BACKOFF": "0.01"}
    result = CliRunner(env=env).invoke(cli, [
        "query", "roles", "--endpoint", f"http://bob:pw-in-url@127.0.0.1:{port}/query"])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: endpoint http://127.0.0.1:{port}/query cannot be "
                                    "reached")
    for secret in ("hunter2-secret", "pw-in-url", "bob"):
        assert secret not in result.output


def test_endpoint_push_and_pull_round_trip(stores, oxigraph_server, tmp_path):
    local = stores["local"]
    local_path = tmp_path / "copy-src"
    # push from a store on disk: copy the module's local store through the API first
    with open_store(str(local_path)) as src:
        src.replace_graphs([(g, local.graph_quads(g)) for g in local.graphs()])
    pushed = CliRunner().invoke(cli, ["push", "--store", str(local_path), "--endpoint",
                                      oxigraph_server.url, "--batch", "3"])
    assert pushed.exit_code == 0, pushed.output
    assert f"Pushed {len(local.graphs())} article graphs ({local.count()} triples)" in \
        pushed.output
    pulled = CliRunner().invoke(cli, ["pull", "--endpoint", oxigraph_server.url, "--store",
                                      str(tmp_path / "copy-dst")])
    assert pulled.exit_code == 0, pulled.output
    with open_store(str(tmp_path / "copy-dst")) as dst:
        assert set(dst.quads()) == set(local.quads())


PEOPLE_AND_LABELS = ("SELECT ?p ?name WHERE { ?p a <https://w3id.org/kg-news/ontology#Person> ; "
                     "<http://www.w3.org/2000/01/rdf-schema#label> ?name }")


def test_endpoint_kg_serve_publishes_the_local_store(tmp_path, nlp):
    db = tmp_path / "db"
    with open_store(str(db)) as store:
        ingest([str(SEEDS)], store)
        expected = queries.run(store, queries.find("who-met-whom"))[1]
        trump = queries.run(store, queries.find("who-met-whom"), {"person": "Donald Trump"})[1]
        people = {r["p"] for r in store.select(PEOPLE_AND_LABELS)[1]}
    proc = subprocess.Popen(kg_command() + ["serve", "--store", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(f"Serving {db} read-only")
        line = proc.stdout.readline()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:")
        url = line.split(": ", 1)[1].strip()
        line = proc.stdout.readline()
        assert line.startswith("Web page: http://127.0.0.1:")
        page = line.split(": ", 1)[1].strip()
        with urllib.request.urlopen(page + "q/who-met-whom.json?person=Donald+Trump") as answer:
            assert json.load(answer) == trump and trump  # the page's download, as kg query
        rows = queries.run(RemoteStore(url), queries.find("who-met-whom"))[1]
        assert rows == expected and rows
        # its default graph is the merge: the README's query gives each person once
        served = [r["p"] for r in RemoteStore(url).select(PEOPLE_AND_LABELS)[1]]
        assert len(served) == len(set(served)) == len(people) > 10
        with pytest.raises(EndpointError):
            RemoteStore(url, retries=1).update("INSERT DATA { <http://x/a> <http://x/b> 1 }")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    # SIGTERM to kg serve stops its oxigraph child too: nothing answers any more
    with pytest.raises(EndpointError, match="cannot be reached"):
        RemoteStore(url, retries=1).count()
    with pytest.raises(OSError):
        urllib.request.urlopen(page, timeout=5)


def test_endpoint_store_results_become_rdf_terms(stores):
    _, rows = stores["endpoint"].select(
        'SELECT ?d WHERE { ?e <https://w3id.org/kg-news/ontology#date> ?d } LIMIT 1')
    term = next(rows)["d"]
    assert isinstance(term, ox.Literal) and term.datatype.value.startswith(
        "http://www.w3.org/2001/XMLSchema#")


def test_endpoint_python_version_guard():
    assert sys.version_info >= (3, 11)
