"""A SPARQL endpoint as the store: real servers on loopback ports (Oxigraph from PyPI and
Debian's Virtuoso 7.2, each in turn), the same answers as the embedded store, faults retried
and reported, nothing half written."""

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
from tests.conftest import SEEDS, SERVERS, SHARED_SEED, start_server
from tests.test_robustness import corpus_jsonl, kg_command, reference_sizes

pytestmark = pytest.mark.slow
PATHS = [str(SEEDS)] + ([str(SHARED_SEED)] if SHARED_SEED.exists() else [])


@pytest.fixture(scope="module")
def stores(module_server, tmp_path_factory, nlp):
    """The same articles in the embedded store and in the server (each kind in turn)."""
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
@pytest.mark.parametrize("params", [{}, {"status": "all"}, {"person": "Vladimir Putin"}])
def test_endpoint_same_answers_as_the_embedded_store(stores, name, params):
    q = queries.find(name)
    params = {k: v for k, v in params.items() if k in {p.name for p in q.params}}
    answers = [queries.run(stores[k], q, params)[1] for k in ("local", "endpoint")]
    assert answers[0] == answers[1]  # the same rows in the same order
    # and the same pages: --limit/--offset cut the same rows everywhere
    paged = [queries.run(stores[k], q, params, limit=3, offset=2)[1] for k in ("local",
                                                                              "endpoint")]
    assert paged[0] == paged[1] == answers[0][2:5]


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


def test_endpoint_two_ingest_processes_at_once_lose_nothing(any_server, tmp_path, nlp):
    corpus = tmp_path / "all.jsonl"
    corpus_jsonl(corpus, 40)
    lines = corpus.read_text().splitlines()
    (tmp_path / "a.jsonl").write_text("\n".join(lines[:25]) + "\n")
    (tmp_path / "b.jsonl").write_text("\n".join(lines[15:]) + "\n")  # 10 in common
    expected = reference_sizes(corpus, tmp_path / "ref")
    procs = [subprocess.Popen(kg_command() + ["ingest", "-q", str(tmp_path / f"{n}.jsonl"),
                                               "--endpoint", any_server.url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in ("a", "b")]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, out + err
    remote = RemoteStore(any_server.url)
    assert len(remote.graphs()) == 40
    assert remote.count() == sum(expected.values())


@pytest.mark.parametrize("kind", SERVERS)
def test_endpoint_killed_mid_ingest_reports_and_is_safe_to_ingest_again(kind, tmp_path, nlp):
    corpus = tmp_path / "corpus.jsonl"
    corpus_jsonl(corpus, 64)
    expected = reference_sizes(corpus, tmp_path / "ref")
    server = start_server(kind, tmp_path / "server")
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


@pytest.mark.parametrize(("mode", "message"), [
    ("garbage", "sent results that are not SPARQL JSON"),
    ("slow", "took the request and did not answer within 1 s (it hangs or is overloaded")])
def test_endpoint_malformed_or_hanging_answers(faulty, mode, message):
    Faulty.mode = mode
    url = f"http://127.0.0.1:{faulty.server_address[1]}/query"
    store = RemoteStore(url, retries=2, backoff=0.01, timeout=1)
    with pytest.raises(EndpointError, match=message.replace("(", r"\(")):
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


def test_endpoint_push_and_pull_round_trip(stores, module_server, tmp_path):
    local = stores["local"]
    local_path = tmp_path / "copy-src"
    # push from a store on disk: copy the module's local store through the API first
    with open_store(str(local_path)) as src:
        src.replace_graphs([(g, local.graph_quads(g)) for g in local.graphs()])
    pushed = CliRunner().invoke(cli, ["push", "--store", str(local_path), "--endpoint",
                                      module_server.url, "--batch", "3"])
    assert pushed.exit_code == 0, pushed.output
    assert f"Pushed {len(local.graphs())} article graphs ({local.count()} triples)" in \
        pushed.output
    pulled = CliRunner().invoke(cli, ["pull", "--endpoint", module_server.url, "--store",
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


def test_endpoint_failing_while_the_resolver_asks_fails_those_articles_only(tmp_path, nlp):
    """The resolver asks the store about earlier articles; an endpoint that fails then (it
    went down between two requests) fails that article, reported, and the rest goes on."""
    from kg.store.local import LocalStore

    class DownForResolving(LocalStore):
        def select(self, sparql, bindings=None):
            if "skos/core#altLabel" in sparql or "#participant>" in sparql:
                raise EndpointError("endpoint http://127.0.0.1:9/query cannot be reached "
                                    "(refused)", transient=True)
            return super().select(sparql, bindings)

    store = DownForResolving(str(tmp_path / "db"))
    failed = []
    summary = ingest([str(SEEDS)], store, on_error=failed.append)
    assert summary.failed == failed and len(failed) >= 2  # seeds that need resolving
    assert all("not written: endpoint http://127.0.0.1:9/query cannot be reached" in str(f)
               for f in failed)
    assert summary.new == 7 - len(failed) and len(store.graphs()) == summary.new
    store.close()


def _virtuoso(tmp_path, **options):
    from tests import virtuoso

    if not virtuoso.available():
        pytest.skip(virtuoso.MISSING)
    return virtuoso.VirtuosoServer(tmp_path / "virtuoso", **options).start()


def test_endpoint_virtuoso_that_may_not_write_says_why_at_once(tmp_path, nlp):
    server = _virtuoso(tmp_path, grant=False)  # as Debian ships it: SPARQL may only read
    try:
        env = dict(os.environ, KG_ENDPOINT_RETRIES="3", KG_ENDPOINT_BACKOFF="1")
        done = subprocess.run(kg_command() + ["ingest", str(SEEDS / "macron-state-visit-china.md"),
                                              "--endpoint", server.url],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 1, done.stdout + done.stderr
        text = done.stdout + done.stderr
        assert f"endpoint {server.url} answered HTTP 500: SR186: SECURITY: No permission" in text
        assert 'GRANT SPARQL_UPDATE TO "SPARQL";' in text
        assert "gave up after" not in text  # refused for good: not retried
    finally:
        server.stop()


def test_endpoint_row_limit_is_paged_for_kg_and_reported_for_a_query(tmp_path, nlp):
    """A server that gives at most N rows (Virtuoso's ResultSetMaxRows): kg's own reads
    (export, graphs, counts) page through it; a user's query that hits it says so, exit 1."""
    server = _virtuoso(tmp_path, max_rows=100)
    try:
        local = open_store(str(tmp_path / "local"))
        remote = RemoteStore(server.url)
        for store in (local, remote):
            ingest([str(SEEDS)], store)
        assert len(local.graph_quads(local.graphs()[0])) > 100
        assert remote.graphs() == local.graphs()
        assert set(remote.quads()) == set(local.quads())
        assert remote.count() == local.count() > 1000
        everything = CliRunner().invoke(cli, ["query", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
                                              "--format", "csv", "--endpoint", server.url])
        assert everything.exit_code == 1
        assert everything.stdout.count("\n") == 101  # the header and the 100 rows it gave
        assert "Warning: the endpoint cut this result at 100 rows" in everything.stderr
        small = CliRunner().invoke(cli, ["query", "roles", "--endpoint", server.url])
        assert small.exit_code == 0 and "Warning" not in small.output
        limited = CliRunner().invoke(cli, ["query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 100",
                                           "--endpoint", server.url])
        assert limited.exit_code == 0, limited.output  # the user's own LIMIT: not cut
        local.close()
    finally:
        server.stop()


class TooLarge(http.server.BaseHTTPRequestHandler):
    """A proxy to a real server that refuses, as Virtuoso does, an update over LIMIT bytes
    ("SQ199 Maximum size (32767) of a code vector exceeded")."""

    target = ""
    limit = 0
    refused = 0
    passed: list[int] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if body.startswith(b"update=") and len(body) > self.limit:
            type(self).refused += 1
            answer = (b"Virtuoso 37000 Error SQ199: Maximum size (32767) of a code vector "
                      b"exceeded\n\nSPARQL query:\n...")
            self.send_response(500)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
            return
        if body.startswith(b"update="):
            type(self).passed.append(len(body))
        path = "update" if body.startswith(b"update=") else "query"
        request = urllib.request.Request(f"{self.target}/{path}", data=body, headers={
            k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")})
        with urllib.request.urlopen(request) as answer:
            data = answer.read()
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.headers.get("Content-Type", ""))
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def test_endpoint_update_too_large_goes_again_in_halves(oxigraph_server, tmp_path, nlp):
    local = open_store(str(tmp_path / "local"))
    ingest([str(SEEDS)], local)
    sizes = sorted(len(ntriples_of(local, g)) for g in local.graphs())
    TooLarge.target = oxigraph_server.url.rsplit("/", 1)[0]
    TooLarge.limit = sizes[-2]  # a batch of two is too large; the largest article is too
    TooLarge.refused, TooLarge.passed = 0, []
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), TooLarge)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{proxy.server_address[1]}/sparql"
        summary = ingest([str(SEEDS)], RemoteStore(url, retries=1))
        assert summary.ok and summary.new == 7
        assert TooLarge.refused >= 2 and all(n <= TooLarge.limit for n in TooLarge.passed)
        remote = RemoteStore(oxigraph_server.url)
        assert set(remote.quads()) == set(local.quads())
        assert ingest([str(SEEDS)], RemoteStore(url)).unchanged == 7  # whole: hashes last
    finally:
        proxy.shutdown()
        local.close()


def ntriples_of(store, graph: str) -> str:
    from kg.store.base import ntriples

    return "update=" + urllib.request.quote(ntriples(store.graph_quads(graph)))
