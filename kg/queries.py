"""Stage 6, queries: canned SPARQL (queries/*.rq) and the user's own, with parameters bound
as RDF terms.

A canned query's header says what it is and what it takes:

    # title: Who met whom
    # description: ...
    # param: person - only meetings of this person
    # param: type (?type_) - a parameter bound to a variable of another name
    # lists: participants, article     (columns of "; "-joined labels, sorted on output)
    # choices: status = occurred, planned, hypothetical, denied, all
    # format: date = date               (YYYY-MM-DD; also: year, month, day-or-month)

`-p name=value` binds the value, as an RDF literal, through a SPARQL 1.1 VALUES block
that kg adds as the first pattern of the query's WHERE clause; the term is written by
pyoxigraph's serialiser, so no value can change the query's structure. A parameter left
out stays unbound.

A canned query may hold lines that count only when a parameter is given, or only when it is
not: `#if person: ?a rdfs:label|skos:altLabel ?person .` and `#if !person: FILTER(...)`;
`#if date+person: ...` counts only when both are given.
As written they are comments, so the file runs as it is; with the parameter given, kg
keeps the pattern, so the store can start from the bound value (an index lookup) instead
of filtering every row. Only parameter names decide this, never their values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.resources import queries_dir

_PARAM = re.compile(r"^#\s*param:\s*([A-Za-z_][\w-]*)\s*(?:\(\?([A-Za-z_]\w*)\))?\s*(?:-\s*(.*))?$")
_LATERAL = re.compile(r"^(\s*)(\S.*?)\s*#lateral$", re.M)
_CONDITIONAL = re.compile(r"^(\s*)#if (!?)([A-Za-z_][\w-]*(?:\+[A-Za-z_][\w-]*)*):\s?(.*)$",
                          re.M)  # "#if date+person:": only when both are given
_UPDATE = re.compile(r"^\s*(?:INSERT|DELETE|DROP|CLEAR|LOAD|CREATE|ADD|MOVE|COPY|WITH)\b",
                     re.I | re.M)


@dataclass
class Param:
    name: str
    variable: str
    description: str = ""
    choices: list[str] = field(default_factory=list)  # the values it takes, when a fixed set
    format: str = ""  # "date": YYYY-MM-DD


_FORMATS = {"date": (re.compile(r"\d{4}-\d{2}-\d{2}"), "a date as YYYY-MM-DD, e.g. 2025-07-01")}


@dataclass
class Query:
    name: str
    text: str
    title: str = ""
    description: str = ""
    example: str = ""
    params: list[Param] = field(default_factory=list)
    lists: list[str] = field(default_factory=list)  # columns holding "; "-joined labels
    path: Path | None = None


def parse(text: str, name: str, path: Path | None = None) -> Query:
    q = Query(name=name, text=text, path=path)
    for line in text.splitlines():
        if not line.startswith("#"):
            continue
        m = _PARAM.match(line)
        if m:
            q.params.append(Param(m.group(1), m.group(2) or m.group(1), (m.group(3) or "").strip()))
            continue
        if line.startswith("# lists:"):
            q.lists = [c.strip() for c in line[len("# lists:"):].split(",") if c.strip()]
            continue
        for key in ("choices", "format"):
            if line.startswith(f"# {key}:"):
                name, _, value = line[len(f"# {key}:"):].partition("=")
                param = next((p for p in q.params if p.name == name.strip()), None)
                if param is None:
                    raise QueryError(f"query {name!r}: '# {key}:' names no parameter "
                                     f"{name.strip()!r} declared before it")
                if key == "choices":
                    param.choices = [c.strip() for c in value.split(",") if c.strip()]
                else:
                    param.format = value.strip()
        for key in ("title", "description", "example"):
            prefix = f"# {key}:"
            if line.startswith(prefix):
                setattr(q, key, line[len(prefix):].strip())
    return q


def canned() -> dict[str, Query]:
    """The canned queries by name, from queries/*.rq."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        out[path.stem] = parse(path.read_text(encoding="utf-8"), path.stem, path)
    return out


def find(spec: str) -> Query:
    """A canned query's name, a .rq file, or SPARQL text."""
    queries = canned()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if spec.endswith((".rq", ".sparql")) or (len(spec) < 300 and "\n" not in spec and
                                             path.is_file()):
        if not path.is_file():
            raise QueryError(f"no query file {spec!r}")
        try:
            return parse(with_prefixes(path.read_text(encoding="utf-8")), path.stem, path)
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file {spec!r}: {exc}") from None
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.I) or _UPDATE.search(spec):
        return parse(with_prefixes(spec), "query")
    import difflib

    close = difflib.get_close_matches(spec, list(queries), n=1)
    if close:
        raise QueryError(f"no canned query named {spec!r}; did you mean {close[0]!r}? "
                         f"(`kg queries` lists them all)")
    raise QueryError(f"no canned query named {spec!r}; `kg queries` lists them "
                     f"({', '.join(queries)}), or pass a .rq file or SPARQL text")


def with_prefixes(text: str) -> str:
    """The query with a PREFIX line for each of kg's prefixes (kg:, rdfs:, skos:, time:,
    org:, ...) it uses without declaring, so that a user's one-line query runs as the
    canned ones do: `kg query "SELECT ?p WHERE { ?p a kg:Person }"`."""
    from kg.namespace import PREFIXES

    missing = [p for p in PREFIXES if re.search(rf"(?<![\w<#/.:-]){p}:", text)
               and not re.search(rf"PREFIX\s+{p}\s*:", text, re.I)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing) + text


def is_update(text: str) -> bool:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    body = re.sub(r"^\s*(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*", "", body, flags=re.I | re.M)
    return bool(_UPDATE.search(body))


def check_values(query: Query, params: dict[str, str]) -> dict[str, str]:
    """Values of a parameter with a fixed set or a format: "status=happened", "type=threats",
    "date=July" and "date=2025-13-01" are errors that name what it takes, not 0 rows."""
    import datetime as dt
    import difflib

    params = dict(params)
    for p in query.params:
        value = params.get(p.name)
        if value is None:
            continue
        if p.choices and value.strip().lower() not in p.choices:
            close = difflib.get_close_matches(value.strip().lower(), p.choices, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise QueryError(f"{p.name}={value!r} is not one of: {', '.join(p.choices)}{hint}")
        if p.choices:
            params[p.name] = value.strip().lower()  # "Threat" is "threat"
        if p.format:
            pattern, says = _FORMATS[p.format]
            ok = bool(pattern.fullmatch(value.strip()))
            if ok:
                try:
                    dt.date.fromisoformat(value.strip())
                except ValueError:
                    ok = False
            if not ok:
                raise QueryError(f"{p.name}={value!r} is not {says}")
    return params


def bind(query: Query, params: dict[str, str], lateral: bool = False,
         values: bool = True) -> str:
    """The query text with a VALUES block binding each given parameter to an RDF literal
    (or, with `values=False`, a BIND per parameter: Virtuoso 7.2 drops rows when a VALUES
    block meets an OPTIONAL; BIND at the top of WHERE gives the same answers everywhere).

    Lines marked `#lateral` hold a pattern whose variables the lines before bind; a store
    that supports LATERAL joins (pyoxigraph) evaluates them row by row as LATERAL { ... },
    which at 1M triples turned who-met-whom for one person from 241 ms into 8 ms; other
    stores get the same pattern as standard SPARQL 1.1 (the same answers).
    """
    known = {p.name: p.variable for p in query.params}
    if query.params:
        unknown = [k for k in params if k not in known]
        if unknown:
            names = ", ".join(p.name for p in query.params)
            raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r}; "
                             f"it takes: {names}")
        params = check_values(query, params)
    text = _LATERAL.sub(lambda m: f"{m.group(1)}LATERAL {{ {m.group(2)} }}" if lateral
                        else f"{m.group(1)}{m.group(2)}", query.text)
    text = _CONDITIONAL.sub(
        lambda m: m.group(1) + m.group(4)
        if all(n in params for n in m.group(3).split("+")) != bool(m.group(2))
        else m.group(0), text)
    if not params:
        return text
    variables = [known.get(k, k) for k in params]
    for v in variables:
        if not re.fullmatch(r"[A-Za-z_]\w*", v):
            raise QueryError(f"parameter name {v!r} must be a SPARQL variable name "
                             "(letters, digits, _)")
    terms = [str(ox.Literal(value)) for value in params.values()]
    if values:
        block = f"VALUES ({' '.join('?' + v for v in variables)}) {{ ({' '.join(terms)}) }}\n"
    else:
        block = "".join(f"BIND({t} AS ?{v})\n  " for v, t in zip(variables, terms, strict=True))
    match = re.search(r"\bWHERE\s*\{", text, re.I)
    if not match:
        match = re.search(r"\{", text)
        if not match:
            raise QueryError(f"query {query.name!r} has no WHERE clause to bind parameters in")
    return text[:match.end()] + "\n  " + block + text[match.end():]


def page(text: str, limit: int | None, offset: int | None) -> str:
    """Add LIMIT/OFFSET for paging (validated integers, never user text)."""
    extra = ""
    if limit is not None:
        extra += f"\nLIMIT {int(limit)}"
    if offset:
        extra += f"\nOFFSET {int(offset)}"
    return text.rstrip() + extra + "\n" if extra else text


_ORDER = re.compile(r"\bORDER\s+BY\s+((?:(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+)\s*)+)"
                    r"(?:LIMIT\s+\d+\s*|OFFSET\s+\d+\s*)*$", re.I)
_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*\?(\w+)", re.I)


def order_keys(text: str) -> list[tuple[str, bool]] | None:
    """The (variable, descending) pairs of a query's final ORDER BY, when it sorts on plain
    variables only; None otherwise."""
    match = _ORDER.search(re.sub(r"#[^\n]*", "", text).rstrip())
    if not match:
        return None
    return [(name, (way or "").upper() == "DESC") for way, name in _KEY.findall(match.group(1))]


def _sort_key(term: object) -> tuple:
    """SPARQL's order for the terms canned queries sort on: unbound first, then numbers by
    value, then other terms by their text in character order."""
    if term is None:
        return (0, 0.0, "")
    datatype = getattr(getattr(term, "datatype", None), "value", "")
    if datatype.startswith("http://www.w3.org/2001/XMLSchema#") and \
            datatype.rsplit("#", 1)[1] in _NUMERIC:
        try:
            return (1, float(term.value), "")  # type: ignore[attr-defined]
        except ValueError:
            pass
    return (2, 0.0, term_text(term))


_NUMERIC = {"integer", "decimal", "double", "float", "int", "long", "short",
            "nonNegativeInteger", "positiveInteger", "negativeInteger",
            "nonPositiveInteger", "unsignedInt", "unsignedLong"}


def sort_rows(rows, keys: list[tuple[str, bool]]) -> list:
    """Rows sorted by the ORDER BY keys, as a SPARQL store that sorts by character order."""
    out = list(rows)
    for name, descending in reversed(keys):  # stable sorts, the last key first
        out.sort(key=lambda row: _sort_key(row.get(name)), reverse=descending)
    return out


def term_text(term: object) -> str:
    """A term's text: an IRI, a literal's lexical form, a blank node's id; "" when unbound."""
    if term is None:
        return ""
    try:
        return term.value  # type: ignore[attr-defined]
    except AttributeError:
        return str(term)  # a quoted triple (RDF-star)


def run(store, query: Query, params: dict[str, str] | None = None, *, limit: int | None = None,
        offset: int | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """Columns and rows (plain strings) of a SELECT query over the store's union graph."""
    if is_update(query.text):
        raise QueryError("this is an update (INSERT/DELETE/DROP/...); `kg query` only reads. "
                         "Pass --allow-update to run it")
    can = store.capabilities
    text = bind(query, params or {}, lateral=can.lateral, values=can.values)
    keys = None if can.ordered else order_keys(query.text)
    columns, rows = store.select(page(text, limit, offset) if keys is None else text)
    if keys is not None:  # the server's order is not character order: sort here, then page
        rows = sort_rows(rows, keys)[offset or 0:None if limit is None else (offset or 0) + limit]
    out = [{c: term_text(term) for c, term in row.items()} for row in rows]
    for row in out:  # GROUP_CONCAT has no order: sort joined labels so output is stable
        for c in query.lists:  # (and drop the "" that stands for an absent optional value)
            if row.get(c):
                row[c] = "; ".join(sorted(set(row[c].split("; ")) - {""}))
    return columns, out
