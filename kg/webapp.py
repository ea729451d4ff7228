"""Stage 8, a web page: what `kg serve` shows beside its SPARQL endpoint, read-only.

Pages are made on the server from the store (no script, nothing loaded from elsewhere):

    /                   the canned queries as forms, a search box, the SPARQL editor
    /q/NAME?param=...   a canned query's form and its rows as a table, with CSV and JSON links
    /q/NAME.csv, .json  the same rows to download
    /search?name=...    a person, organisation or country: its timeline, network and map
    /sparql?query=...   the editor's SELECT query (kg's prefixes need no PREFIX line)

Python's standard http.server answers on loopback; requests are served one at a time (a
lock), as the store and matplotlib are shared.
"""

from __future__ import annotations

import functools
import html
import threading
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg import queries as q
from kg.errors import KgError

EXAMPLE = """SELECT ?person ?name WHERE {
  ?person a kg:Person ; rdfs:label ?name .
}
ORDER BY ?name
LIMIT 20"""
SHOWN = 500  # rows shown in a table; downloads hold them all

STYLE = """body{font-family:sans-serif;margin:1.5em;max-width:80em}
table{border-collapse:collapse;margin:.5em 0} td,th{border:1px solid #ccd;padding:3px 8px;
font-size:90%;vertical-align:top} th{background:#eef} fieldset{margin:.6em 0;border:1px solid #ccd}
label{margin-right:1em} textarea{width:100%;font-family:monospace} svg{max-width:100%;height:auto}
.error{color:#a00;font-weight:bold} nav a{margin-right:1em}"""


@functools.cache
def canned() -> dict[str, q.Query]:
    """The canned queries, read from queries/*.rq once for the server's life."""
    return q.canned()


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def document(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} - kg</title>
<style>{STYLE}</style></head>
<body><nav><a href="/">kg</a><a href="/#queries">queries</a><a href="/#search">search</a>
<a href="/#sparql">SPARQL</a></nav>
<h1>{e(title)}</h1>
{body}
</body></html>
"""


def rows_table(columns: list[str], rows: list[dict[str, str]]) -> str:
    head = "".join(f"<th>{e(c)}</th>" for c in columns)
    body = "\n".join("<tr>" + "".join(f"<td>{e(r.get(c, ''))}</td>" for c in columns) + "</tr>"
                     for r in rows[:SHOWN])
    more = f"<p>{len(rows) - SHOWN} more rows in the downloads.</p>" if len(rows) > SHOWN else ""
    count = f"<p class=count>{len(rows)} row{'s' if len(rows) != 1 else ''}.</p>"
    return f"{count}<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>{more}"


def query_form(query: q.Query, values: dict[str, str]) -> str:
    fields = []
    for p in query.params:
        value = values.get(p.name, "")
        if p.choices:
            options = "".join(f"<option{' selected' if c == value else ''}>{e(c)}</option>"
                              for c in [""] + p.choices)
            field = f'<select name="{e(p.name)}" id="{e(query.name)}-{e(p.name)}">{options}</select>'
        else:
            hint = "YYYY-MM-DD" if p.format == "date" else ""
            field = (f'<input name="{e(p.name)}" id="{e(query.name)}-{e(p.name)}" '
                     f'value="{e(value)}" placeholder="{hint}">')
        fields.append(f'<label title="{e(p.description)}">{e(p.name)} {field}</label>')
    return (f'<form action="/q/{e(query.name)}" method="get" id="form-{e(query.name)}">'
            f'<fieldset><legend><b>{e(query.title)}</b>: {e(query.description)}</legend>'
            f'{"".join(fields)}<button type="submit">Run</button></fieldset></form>')


def home(store) -> str:
    forms = "\n".join(query_form(query, {}) for query in canned().values())
    count = store.count()
    return document("kg: the knowledge graph", f"""
<p>A read-only view of the store ({e(count)} triples). Every table can be downloaded as CSV
or JSON.</p>
<h2 id="search">Search</h2>
<form action="/search" method="get"><input name="name" id="search-name" size="40"
 placeholder="a person, organisation or country: Putin, NATO, France">
<button type="submit">Search</button></form>
<h2 id="queries">Canned queries</h2>
{forms}
<h2 id="sparql">SPARQL</h2>
{sparql_form(example())}""")


def example() -> str:
    """The editor's first text: kg's prefixes declared, then an example query."""
    from kg.namespace import PREFIXES

    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()) + "\n" + EXAMPLE


def sparql_form(text: str) -> str:
    from kg.namespace import PREFIXES

    known = ", ".join(f"{p}:" for p in PREFIXES)
    return (f'<form action="/sparql" method="get"><p>A SELECT query. kg\'s prefixes '
            f'({e(known)}) are declared for you when a query leaves them out.</p>'
            f'<textarea name="query" rows="18">{e(text)}</textarea>'
            f'<br><button type="submit">Run</button></form>')


def downloads(path: str, params: dict[str, str]) -> str:
    qs = urllib.parse.urlencode(params)
    return " ".join(f'<a href="{e(path)}.{fmt}{"?" + e(qs) if qs else ""}" download>{fmt.upper()}</a>'
                    for fmt in ("csv", "json"))


def canned_page(store, name: str, params: dict[str, str]) -> tuple[HTTPStatus, str]:
    query = canned()[name]
    form = query_form(query, params)
    try:
        columns, rows = q.run(store, query, params)
    except KgError as exc:
        return HTTPStatus.BAD_REQUEST, document(query.title, form + f'<p class="error">{e(exc)}</p>')
    return HTTPStatus.OK, document(query.title, form + rows_table(columns, rows) +
                                   f"<p>Download: {downloads('/q/' + name, params)}</p>")


def search_page(store, name: str) -> str:
    from kg import maps, network

    name = name.strip()
    if not name:
        return document("Search", '<p class="error">Type a name to search for.</p>')
    found = matches(store, name)
    exact = [label for label, names in found.items() if name.lower() in names]
    if exact or len(found) == 1:
        name = (exact or list(found))[0]  # "putin", "Putin" and "Vladimir Putin": one page
    elif found:
        links = "".join(f'<li><a href="/search?{e(urllib.parse.urlencode({"name": m}))}">'
                        f"{e(m)}</a></li>" for m in list(found)[:50])
        return document(f"Search: {name}", f"<p>Did you mean:</p><ul>{links}</ul>")
    else:
        return document(f"Search: {name}", f"<p>Nothing in the store is called {e(name)}.</p>")
    columns, rows = q.run(store, q.find("timeline"), {"entity": name})
    parts = [f"<h2>Timeline</h2>{rows_table(columns, rows)}"
             f"<p>Download: {downloads('/q/timeline', {'entity': name})}</p>"]
    met = network.meetings(store, {"person": name})
    if met:
        svg, _ = network.draw(met, f"Who met {name}")
        parts.append(f"<h2>Network</h2>{_inline(svg)}")
    placed, _ = maps.markers(maps.happenings(store, {"entity": name}))
    if placed:
        svg, _ = maps.draw(placed, f"Where {name} met")
        parts.append(f"<h2>Map</h2>{_inline(svg)}")
    return document(name, "\n".join(parts))


def matches(store, text: str) -> dict[str, set[str]]:
    """People, organisations and countries any of whose names (label, aliases, ISO code)
    holds the text, in any case: their labels, shortest first, with their names (lower
    case)."""
    import pyoxigraph as ox

    needle = str(ox.Literal(text.lower()))  # an escaped literal, never query text
    _, rows = store.select(q.with_prefixes(f"""SELECT DISTINCT ?label ?name WHERE {{
  ?x rdfs:label|skos:altLabel|kg:isoCode ?name ; rdfs:label ?label ; a ?class .
  FILTER(?class IN (kg:Person, kg:Organisation, kg:Country))
  FILTER(CONTAINS(LCASE(STR(?name)), {needle}))
}} LIMIT 1000"""))
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(q.term_text(row["label"]), set()).add(q.term_text(row["name"]).lower())
    return {label: found[label] for label in sorted(found, key=lambda n: (len(n), n))}


def _inline(svg: bytes) -> str:
    text = svg.decode("utf-8")
    return text[text.index("<svg"):]


def sparql_page(store, text: str) -> tuple[HTTPStatus, str]:
    form = sparql_form(text)
    if q.is_update(text):
        return HTTPStatus.FORBIDDEN, document("SPARQL", form + '<p class="error">This page is '
                                              "read-only: updates are refused.</p>")
    try:
        columns, rows = q.run(store, q.find(text) if text.strip() else q.parse(EXAMPLE, "query"))
    except Exception as exc:  # kg's message, or a syntax error from the store in its own words
        return HTTPStatus.BAD_REQUEST, document("SPARQL", form + f'<p class="error">{e(exc)}</p>')
    return HTTPStatus.OK, document("SPARQL", form + rows_table(columns, rows))


class Handler(BaseHTTPRequestHandler):
    store = None
    lock = threading.Lock()
    server_version = "kg"

    def log_message(self, format: str, *args: object) -> None:  # quiet: no line per request
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urllib.parse.urlsplit(self.path)
        params = {k: v for k, v in urllib.parse.parse_qsl(url.query) if v.strip()}
        with self.lock:
            try:
                self.route(url.path, params)
            except Exception as exc:  # never a dropped connection: say what went wrong
                self.send(HTTPStatus.INTERNAL_SERVER_ERROR,
                          document("Error", f'<p class="error">{e(exc)}</p>'))

    def route(self, path: str, params: dict[str, str]) -> None:
        queries = canned()
        if path == "/":
            return self.send(HTTPStatus.OK, home(self.store))
        if path == "/search":
            return self.send(HTTPStatus.OK, search_page(self.store, params.get("name", "")))
        if path == "/sparql":
            return self.send(*sparql_page(self.store, params.get("query", "")))
        if path.startswith("/q/"):
            name, _, fmt = path[3:].partition(".")
            if name in queries and fmt in ("", "csv", "json"):
                if not fmt:
                    return self.send(*canned_page(self.store, name, params))
                return self.download(queries[name], params, fmt)
        self.send(HTTPStatus.NOT_FOUND, document("Not found", f"<p>No page {e(path)}.</p>"))

    def download(self, query: q.Query, params: dict[str, str], fmt: str) -> None:
        from kg.output import render

        try:
            columns, rows = q.run(self.store, query, params)
        except KgError as exc:
            return self.send(HTTPStatus.BAD_REQUEST, f"{exc}\n", "text/plain")
        kind = "text/csv" if fmt == "csv" else "application/json"
        self.send(HTTPStatus.OK, render(columns, rows, fmt), kind,
                  {"Content-Disposition": f'attachment; filename="{query.name}.{fmt}"'})

    def send(self, status: HTTPStatus, text: str, kind: str = "text/html",
             headers: dict[str, str] | None = None) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


def start(store, port: int) -> tuple[ThreadingHTTPServer, str]:
    """Serve the page over the store on 127.0.0.1:PORT (0: a free port) in a thread."""
    handler = type("StoreHandler", (Handler,), {"store": store, "lock": threading.Lock()})
    httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def serve(store, port: int, announce: Callable[[str], None]) -> ThreadingHTTPServer:
    httpd, url = start(store, port)
    announce(url)
    return httpd
