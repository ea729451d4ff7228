"""A SPARQL 1.1 endpoint as the store, through SPARQLWrapper: Oxigraph server, Apache Jena
Fuseki, GraphDB, Virtuoso, Amazon Neptune.

- Reads use the SPARQL 1.1 Protocol (SELECT, JSON results); they expect the endpoint's
  default graph to be the union of its named graphs (Oxigraph: `--union-default-graph`;
  Fuseki: `tdb2:unionDefaultGraph true`; GraphDB and Virtuoso do this by default).
- Writes are SPARQL Update: an article's graph is replaced by `DROP SILENT GRAPH` and
  `INSERT DATA` in the same request, and many articles go in one request, which the
  servers apply as one transaction.
- Transient failures (refused, reset, timed out, HTTP 429 and 5xx) are retried with
  exponential backoff within a bound (KG_ENDPOINT_RETRIES attempts, 4 by default, waiting
  KG_ENDPOINT_BACKOFF = 0.5 s, then twice as long each time; KG_ENDPOINT_TIMEOUT = 60 s per
  request), then reported with the endpoint and HTTP status.
- Credentials come from the environment (KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD for basic
  auth, or KG_ENDPOINT_TOKEN for a bearer token, or user:password@ in the URL); they are
  never printed: every message names the endpoint without them.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from kg.errors import KgError
from kg.namespace import KG
from kg.store.base import Capabilities, Store, update_text

RETRY_STATUSES = {429, 500, 502, 503, 504}


class EndpointError(KgError):
    """The endpoint could not be reached or refused the request (after retries)."""

    def __init__(self, message: str, status: int | None = None, transient: bool = False):
        super().__init__(message)
        self.status = status
        self.transient = transient


def update_endpoint_for(query_url: str) -> str:
    """The usual update URL beside a query URL: Oxigraph /query -> /update, Fuseki
    /ds/query -> /ds/update, GraphDB /repositories/R -> /repositories/R/statements;
    Virtuoso's /sparql and Fuseki's /ds/sparql take both."""
    parts = urlsplit(query_url)
    path = parts.path
    if path.endswith("/query"):
        path = path[: -len("/query")] + "/update"
    elif "/repositories/" in path and not path.rstrip("/").endswith("/statements"):
        path = path.rstrip("/") + "/statements"
    return urlunsplit(parts._replace(path=path))


def safe_url(url: str) -> str:
    """The URL without user:password@ and query string: fit to print."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _credentials(url: str) -> tuple[str, str | None, str | None]:
    parts = urlsplit(url)
    user, password = parts.username, parts.password
    clean = safe_url(url) if (user or password) else url
    return clean, user, password


def _term(binding: dict) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in binding:
            return ox.Literal(value, language=binding["xml:lang"])
        if binding.get("datatype"):
            return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
        return ox.Literal(value)
    raise ValueError(f"unknown term type {kind!r}")


class RemoteStore(Store):
    capabilities = Capabilities(named_graphs=True, transactions=True, read_only=False)

    def __init__(self, endpoint: str, update_endpoint: str | None = None, *,
                 retries: int = 4, backoff: float = 0.5, timeout: float = 60.0) -> None:
        self.query_url, user, password = _credentials(endpoint)
        self.update_url, u_user, u_password = _credentials(
            update_endpoint or update_endpoint_for(endpoint))
        self.user = os.environ.get("KG_ENDPOINT_USER") or user or u_user
        self.password = os.environ.get("KG_ENDPOINT_PASSWORD") or password or u_password
        self.token = os.environ.get("KG_ENDPOINT_TOKEN")
        env = os.environ
        self.retries = max(1, int(env.get("KG_ENDPOINT_RETRIES", retries)))
        self.backoff = float(env.get("KG_ENDPOINT_BACKOFF", backoff))
        self.timeout = float(env.get("KG_ENDPOINT_TIMEOUT", timeout))
        self.location = safe_url(self.query_url)

    # -- the protocol -----------------------------------------------------------------------

    def _wrapper(self, text: str, update: bool):  # type: ignore[no-untyped-def]
        from SPARQLWrapper import JSON, POST, POSTDIRECTLY, SPARQLWrapper

        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        sw.setTimeout(int(self.timeout))
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
        if not update:
            sw.setReturnFormat(JSON)
        if self.token:
            sw.addCustomHttpHeader("Authorization", f"Bearer {self.token}")
        elif self.user:
            sw.setCredentials(self.user, self.password or "")
        sw.setQuery(text)
        # Say what it is: SPARQLWrapper guesses from keywords and took a comment's "add" for
        # an ADD update.
        sw.queryType = "INSERT" if update else "SELECT"
        return sw

    def _send(self, text: str, update: bool = False) -> dict | None:
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        where = safe_url(self.update_url if update else self.query_url)
        last: EndpointError | None = None
        for attempt in range(self.retries):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                sw = self._wrapper(text, update)
                response = sw.query()
                if update:
                    response.response.read()
                    return None
                raw = response.response.read()
                try:
                    return json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError):
                    raise EndpointError(f"endpoint {where} sent results that are not SPARQL "
                                        "JSON") from None
            except EndpointError:
                raise
            except SPARQLWrapperException as exc:
                status = {"EndPointInternalError": 500, "QueryBadFormed": 400,
                          "EndPointNotFound": 404, "Unauthorized": 401,
                          "URITooLong": 414}.get(type(exc).__name__)
                last = EndpointError(_message(where, status, _first_line(exc)), status,
                                     transient=status in RETRY_STATUSES)
            except urllib.error.HTTPError as exc:
                last = EndpointError(_message(where, exc.code, exc.reason), exc.code,
                                     transient=exc.code in RETRY_STATUSES)
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                last = EndpointError(f"endpoint {where} cannot be reached ({reason})",
                                     transient=True)
            if not last.transient:
                break
        assert last is not None
        if last.transient and self.retries > 1:
            last.args = (f"{last.args[0]}; gave up after {self.retries} attempts",)
        raise last

    # -- the Store interface ----------------------------------------------------------------

    def select(self, sparql: str, bindings: Mapping[str, ox.Literal | ox.NamedNode] | None = None):
        if bindings:
            raise KgError("bind parameters through kg.queries.bind (a VALUES block)")
        data = self._send(sparql) or {}
        if "boolean" in data:
            from kg.errors import QueryError

            raise QueryError("only SELECT queries give tables; this query is an ASK")
        try:
            names = list(data["head"]["vars"])
            solutions = data["results"]["bindings"]
        except (KeyError, TypeError):
            raise EndpointError(f"endpoint {self.location} sent results that are not SPARQL "
                                "JSON") from None

        def rows() -> Iterator[dict]:
            for solution in solutions:
                yield {n: _term(solution[n]) if n in solution else None for n in names}

        return names, rows()

    def ask(self, sparql: str) -> bool:
        data = self._send(sparql) or {}
        return bool(data.get("boolean"))

    def update(self, sparql: str) -> None:
        self._send(sparql, update=True)

    def article_hash(self, graph: str) -> str | None:
        g = ox.NamedNode(graph)
        _, rows = self.select(f"SELECT ?h WHERE {{ GRAPH {g} {{ {g} <{KG.contentHash}> ?h }} }}")
        for row in rows:
            return row["h"].value
        return None

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        self.replace_graphs([(graph, quads)])

    def replace_graphs_text(self, batch: list[tuple[str, str]]) -> None:
        """Many articles in one update request: DROP + INSERT DATA for each graph."""
        if batch:
            self._send(update_text(batch), update=True)

    def graphs(self) -> list[str]:
        _, rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{KG.Article}> }} }}")
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        g = ox.NamedNode(graph)
        _, rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        return [ox.Quad(r["s"], r["p"], r["o"], g) for r in rows]

    def quads(self) -> Iterator[ox.Quad]:
        for graph in self.graphs():
            yield from self.graph_quads(graph)

    def count(self) -> int:
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(rows)["n"].value)

    def triple_count(self) -> int:
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                              "WHERE { GRAPH ?g { ?s ?p ?o } } }")
        return int(next(rows)["n"].value)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _message(where: str, status: int | None, reason: object) -> str:
    return f"endpoint {where} answered HTTP {status}: {reason}" if status else \
        f"endpoint {where} failed: {reason}"
