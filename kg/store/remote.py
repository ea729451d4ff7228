"""A SPARQL 1.1 endpoint as the store, through SPARQLWrapper: Oxigraph server, Apache Jena
Fuseki, GraphDB, Virtuoso, Amazon Neptune.

- Reads use the SPARQL 1.1 Protocol (SELECT, JSON results), sent as a form-encoded POST,
  which every server answers (Virtuoso 7.2 never answers a query sent as
  `application/sparql-query`); they expect the endpoint's default graph to be the union of
  its named graphs (Oxigraph: `--union-default-graph`; Fuseki: `tdb2:unionDefaultGraph
  true`; GraphDB and Virtuoso do this by default). Counts and exports read kg's article
  graphs only, never a server's own (Virtuoso keeps thousands of system triples).
- The server says what it is (its `Server` header) and kg adapts to what it answers, not to
  its URL: on Virtuoso, query parameters are bound with BIND (its VALUES loses rows beside
  an OPTIONAL); a result cut at the server's row limit (Virtuoso's ResultSetMaxRows, told by
  its X-SPARQL-MaxRows header) is read page by page for kg's own reads and reported for a
  user's query (`truncated`); an update the server finds too large (Virtuoso's "SQ199
  Maximum size of a code vector", HTTP 413) is sent again in halves.
- Writes are SPARQL Update: an article's graph is replaced by `DROP SILENT GRAPH` and
  `INSERT DATA` in the same request, and many articles go in one request, which the
  servers apply as one transaction.
- Transient failures (refused, reset, timed out, HTTP 429 and 5xx) are retried with
  exponential backoff within a bound (KG_ENDPOINT_RETRIES attempts, 4 by default, waiting
  KG_ENDPOINT_BACKOFF = 0.5 s, then twice as long each time; KG_ENDPOINT_TIMEOUT = 60 s per
  request), then reported with the endpoint, the HTTP status and the server's own reason
  (Virtuoso's "SR186: No permission", with what to grant). A request the server takes and
  never answers is reported as such ("did not answer within 60 s"), not as unreachable.
- Credentials come from the environment (KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD for basic
  auth, or KG_ENDPOINT_TOKEN for a bearer token, or user:password@ in the URL); they are
  never printed: every message names the endpoint without them.
"""

from __future__ import annotations

import ast
import json
import os
import re
import socket
import time
import urllib.error
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from kg.errors import KgError
from kg.namespace import KG
from kg.store.base import Capabilities, Store, update_text

RETRY_STATUSES = {429, 500, 502, 503, 504}
# Virtuoso's error line: "Virtuoso 42000 Error SR186:SECURITY: No permission to ..."
_VIRTUOSO_ERROR = re.compile(r"Virtuoso (\w{5}) Error (\w+):?\s*(.*)")
_TOO_LARGE = ("SQ199",)  # "Maximum size (32767) of a code vector exceeded"
_HINTS = {
    "SR186": "the endpoint's SPARQL user may not write: grant it (isql: GRANT SPARQL_UPDATE "
             "TO \"SPARQL\";) or give kg an endpoint and credentials that may",
}


class EndpointError(KgError):
    """The endpoint could not be reached or refused the request (after retries)."""

    def __init__(self, message: str, status: int | None = None, transient: bool = False):
        super().__init__(message)
        self.status = status
        self.transient = transient
        self.too_large = False  # the server refused the request for its size


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
    _capabilities = Capabilities(named_graphs=True, transactions=True, read_only=False)

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
        self.server = ""  # what the server calls itself (its Server header), once it answered
        self.max_rows: int | None = None  # its row limit, when it says (X-SPARQL-MaxRows)
        self.truncated = False  # the last select was cut at max_rows
        self._rows_limited = False

    def _heard(self, headers: object) -> None:
        """Learn from a response's headers what the server is and what it limits."""
        get = getattr(headers, "get", None)
        if get is None:
            return
        if not self.server and get("Server"):
            self.server = str(get("Server"))
            if self.virtuoso:
                # its VALUES drops rows beside an OPTIONAL, and its ORDER BY leaves strings
                # made by CONCAT unsorted (kg sorts those rows itself)
                self._capabilities = Capabilities(values=False, ordered=False)
        limit = get("X-SPARQL-MaxRows")
        self._rows_limited = bool(limit and str(limit).strip().isdigit())
        if self._rows_limited:
            self.max_rows = int(str(limit).strip())

    @property
    def capabilities(self) -> Capabilities:  # type: ignore[override]
        """What the server can do, learnt from its first answer (asked for here if none yet;
        an endpoint that is down is reported by the request that needs it)."""
        if not self.server:
            try:
                self._send("ASK {}")
            except EndpointError:
                pass
        return self._capabilities

    @property
    def virtuoso(self) -> bool:
        return self.server.lower().startswith("virtuoso")

    # -- the protocol -----------------------------------------------------------------------

    def _wrapper(self, text: str, update: bool):  # type: ignore[no-untyped-def]
        from SPARQLWrapper import JSON, POST, URLENCODED, SPARQLWrapper

        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        sw.setTimeout(int(self.timeout))
        sw.setMethod(POST)
        sw.setRequestMethod(URLENCODED)
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
                self._heard(response.response.info())
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
                last = _server_error(where, status, str(exc))
            except urllib.error.HTTPError as exc:
                body = exc.read().decode("utf-8", "replace") if exc.fp else ""
                last = _server_error(where, exc.code, body, exc.reason)
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, (TimeoutError, socket.timeout)) or \
                        "timed out" in str(reason):
                    last = EndpointError(f"endpoint {where} took the request and did not "
                                         f"answer within {self.timeout:g} s (it hangs or is "
                                         "overloaded; KG_ENDPOINT_TIMEOUT sets the wait)",
                                         transient=True)
                else:
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
        """Columns and rows. A result the server cut at its row limit sets `truncated`."""
        if bindings:
            raise KgError("bind parameters through kg.queries.bind (a VALUES block)")
        names, solutions = self._solutions(sparql)
        own = _LIMIT.search(sparql)
        self.truncated = bool(self._rows_limited and self.max_rows is not None
                              and len(solutions) >= self.max_rows
                              and not (own and int(own.group(1)) <= self.max_rows))

        def rows() -> Iterator[dict]:
            for solution in solutions:
                yield {n: _term(solution[n]) if n in solution else None for n in names}

        return names, rows()

    def _solutions(self, sparql: str) -> tuple[list[str], list[dict]]:
        data = self._send(sparql) or {}
        if "boolean" in data or _ask_shaped(data):
            from kg.errors import QueryError

            raise QueryError("only SELECT queries give tables; this query is an ASK")
        try:
            return list(data["head"]["vars"]), list(data["results"]["bindings"])
        except (KeyError, TypeError):
            raise EndpointError(f"endpoint {self.location} sent results that are not SPARQL "
                                "JSON") from None

    def _all_rows(self, sparql: str) -> Iterator[dict]:
        """Every row of an unordered query of kg's own, page by page when the server cuts
        results at a row limit (Virtuoso sorts at most 10,000 rows, so no ORDER BY here:
        its scan order is stable while nothing is written)."""
        names, rows = self.select(sparql)
        yield from rows
        offset = 0
        while self.truncated and self.max_rows:
            offset += self.max_rows
            names, rows = self.select(f"{sparql}\nLIMIT {self.max_rows} OFFSET {offset}")
            got = list(rows)
            yield from got
            self.truncated = len(got) >= self.max_rows

    def ask(self, sparql: str) -> bool:
        data = self._send(sparql) or {}
        if _ask_shaped(data):  # Virtuoso answers ASK as a one-cell table
            cell = data["results"]["bindings"][0].get("__ASK_RETVAL", {})
            return cell.get("value") in ("1", "true")
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
        """Many articles in one update request: DROP + INSERT DATA for each graph. A request
        the server finds too large goes again in halves (each half still one transaction)."""
        if not batch:
            return
        try:
            self._send(update_text(batch), update=True)
        except EndpointError as err:
            if not err.too_large:
                raise
            if len(batch) > 1:
                half = len(batch) // 2
                self.replace_graphs_text(batch[:half])
                self.replace_graphs_text(batch[half:])
            else:
                self._replace_in_parts(*batch[0], err)

    def _replace_in_parts(self, graph: str, body: str, err: EndpointError) -> None:
        """One article too large for one request: DROP, then INSERT DATA in parts, the part
        with its content hash last, so a write cut short reads as changed and a rerun of
        `kg ingest` writes it again."""
        lines = body.splitlines()
        hash_mark = f"<{KG.contentHash}>"
        lines.sort(key=lambda line: hash_mark in line)
        size = max(1, len(lines) // 2)
        while True:
            parts = [lines[i:i + size] for i in range(0, len(lines), size)]
            try:
                self._send(f"DROP SILENT GRAPH <{graph}>", update=True)
                for part in parts:
                    self._send(f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(part)
                               + "\n} }", update=True)
                return
            except EndpointError as again:
                if not again.too_large or size == 1:
                    raise err from again
                size = max(1, size // 2)

    def graphs(self) -> list[str]:
        rows = self._all_rows(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{KG.Article}> }} }}")
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        g = ox.NamedNode(graph)
        rows = self._all_rows(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        return [ox.Quad(r["s"], r["p"], r["o"], g) for r in rows]

    def quads(self) -> Iterator[ox.Quad]:
        for graph in self.graphs():
            yield from self.graph_quads(graph)

    # Counts cover kg's article graphs only, never a server's own graphs.
    _ARTICLE_QUADS = f"GRAPH ?g {{ ?g a <{KG.Article}> . ?s ?p ?o }}"

    def count(self) -> int:
        _, rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {self._ARTICLE_QUADS} }}")
        return int(next(rows)["n"].value)

    def triple_count(self) -> int:
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                              f"WHERE {{ {self._ARTICLE_QUADS} }} }}")
        return int(next(rows)["n"].value)


_LIMIT = re.compile(r"\bLIMIT\s+(\d+)\s*(?:OFFSET\s+\d+\s*)?$", re.I)


def _ask_shaped(data: dict) -> bool:
    try:
        return data["head"]["vars"] == ["__ASK_RETVAL"]
    except (KeyError, TypeError):
        return False


def _server_error(where: str, status: int | None, text: str,
                  fallback: object = None) -> EndpointError:
    """An error with the server's own reason: SPARQLWrapper's message carries the body as
    "Response:\nb'...'"; Virtuoso's reason is its first "Virtuoso STATE Error CODE" line."""
    body = text
    if "Response:" in text:
        raw = text.split("Response:", 1)[1].strip()
        try:
            value = ast.literal_eval(raw) if raw[:2] in ("b'", 'b"') else raw
            body = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        except (ValueError, SyntaxError):
            body = raw
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    found = next((m for m in map(_VIRTUOSO_ERROR.search, lines) if m), None)
    if found:
        state, code, rest = found.groups()
        reason = f"{code}: {rest}"[:300]
        hint = _HINTS.get(code)
        if hint:
            reason += f" ({hint})"
        # a deadlock (40001) or a lost connection (08...) may pass; the rest will not
        transient = state.startswith(("40", "08"))
        error = EndpointError(_message(where, status, reason), status, transient=transient)
        error.too_large = code in _TOO_LARGE
        return error
    first = next((line for line in lines if not line.startswith(("Response:", "b'"))), "")
    reason = (first or str(fallback or "")).strip()[:200] or "no reason given"
    error = EndpointError(_message(where, status, reason), status,
                          transient=status in RETRY_STATUSES)
    error.too_large = status == 413
    return error


def _message(where: str, status: int | None, reason: object) -> str:
    return f"endpoint {where} answered HTTP {status}: {reason}" if status else \
        f"endpoint {where} failed: {reason}"
