"""The `kg` command: thin click commands over the library. Every docstring is its --help."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import sys
from collections.abc import Callable
from typing import Any

import click

from kg import __version__
from kg.errors import KgError, Skipped, SourceError

EXAMPLE_SEP = "\b\n"


class Choice(click.Choice):
    """A click.Choice that takes the usual other names of a value ("ttl" for turtle,
    "json-ld" for jsonld) and says "did you mean" for a near miss."""

    def __init__(self, choices: list[str], aliases: dict[str, str] | None = None) -> None:
        super().__init__(choices, case_sensitive=False)
        self.aliases = aliases or {}

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        value = self.aliases.get(str(value).lower(), value)
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            import difflib

            close = difflib.get_close_matches(str(value).lower(),
                                              list(self.choices) + list(self.aliases), n=1)
            hint = f" Did you mean {self.aliases.get(close[0], close[0])!r}?" if close else ""
            self.fail(f"{value!r} is not one of {', '.join(map(repr, self.choices))}.{hint}",
                      param, ctx)


RDF_FORMAT_ALIASES = {"ttl": "turtle", "n3": "turtle", "ntriples": "nt", "n-triples": "nt",
                      "nq": "nquads", "n-quads": "nquads", "json-ld": "jsonld",
                      "json": "jsonld"}


def store_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--store, --endpoint and --update-endpoint, shared by every command that uses a store.

    The command receives one `target` keyword: a function that opens the chosen store.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, store_path: str, endpoint: str | None,
                update_endpoint: str | None, **kwargs: Any) -> Any:
        from kg.store import open_store

        def target(create: bool = True) -> Any:
            return open_store(store_path, endpoint=endpoint, update_endpoint=update_endpoint,
                              create=create)

        target.description = endpoint_name(endpoint) if endpoint else store_path  # type: ignore[attr-defined]
        target.path = None if endpoint else store_path  # type: ignore[attr-defined]
        return fn(*args, target=target, **kwargs)

    for option in reversed([
        click.option("--store", "store_path", envvar="KG_STORE", default="kg-data",
                     show_default=True, metavar="PATH",
                     help="Folder of the embedded store (or set KG_STORE)."),
        click.option("--endpoint", envvar="KG_ENDPOINT", metavar="URL",
                     help="Use a SPARQL 1.1 endpoint instead of the embedded store "
                          "(or set KG_ENDPOINT), e.g. http://127.0.0.1:7878/query."),
        click.option("--update-endpoint", envvar="KG_UPDATE_ENDPOINT", metavar="URL",
                     help="Its SPARQL Update URL when not the usual one beside --endpoint "
                          "(or set KG_UPDATE_ENDPOINT)."),
    ]):
        wrapper = option(wrapper)
    return wrapper


def endpoint_name(url: str) -> str:
    from kg.store.remote import safe_url

    return safe_url(url)


def base_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--base", envvar="KG_BASE", default=None, metavar="IRI",
        help="Base IRI for minted nodes (default https://w3id.org/kg-news/id/; or KG_BASE).",
    )(fn)


def reports_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn our errors into `Error: ...` and their exit code (2: usage or configuration)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: news articles in, a geopolitical knowledge graph out.

    Reads articles, finds who met whom, where and when, and what they committed to, and
    keeps it as RDF in a local store (./kg-data) that SPARQL queries and graph tools read.

    \b
    Example:
      kg ingest seeds/
      kg query who-met-whom -p person="Vladimir Putin"
      kg export --format turtle -o graph.ttl
    """


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@cli.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@store_option
@base_option
@click.option("--urls", "url_lists", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False),
              help="A file listing URLs to fetch, one a line (# for comments).")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(0.1, 600),
              metavar="SECONDS", help="Give up on a URL that sends nothing for this long.")
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(0, 600),
              metavar="SECONDS", help="Wait between two requests to the same host.")
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for every article read (overrides front matter).")
@click.option("--date-order", type=click.Choice(["DMY", "MDY", "YMD"], case_sensitive=False),
              help="How to read numeric dates such as 1/9 (overrides front matter).")
@click.option("--model", metavar="NAME", envvar="KG_MODEL",
              help="spaCy pipeline to use (default: the best installed en_core_web_*).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extraction processes; this one process still owns the store.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler's address (tcp://host:8786) or "
                   "local:N to start N local workers; this process still resolves and "
                   "writes. Needs `pip install 'kg-news[dask]'`.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems and the summary.")
@reports_errors
def ingest(paths: tuple[str, ...], target: Any, base: str | None, url_lists: tuple[str, ...],
           timeout: float, delay: float, published: dt.date | None,
           date_order: str | None, model: str | None, workers: int, dask_address: str | None,
           quiet: bool) -> None:
    """Read articles and write their facts to the store, one named graph per article.

    PATH is a .txt, .md (with YAML front matter: title, published, url, source,
    date_order) or .jsonl file (one article per line: text, title, published, url,
    source); a saved web page (.html: the article without menus, scripts and comments,
    with its title, date and URL); an RSS or Atom feed (.rss, .atom, .xml: one article per
    item); a PDF or Word (.docx) statement; a URL (http:// or https://: a page, a feed or a
    PDF, fetched); a folder (read recursively); or - for standard input. The same article
    found twice (a page and its feed item) is read once. Re-ingesting an unchanged article
    changes nothing; a changed one replaces its facts. Exit code 1 if any input failed (the
    rest is still ingested).

    With --workers or --dask, other processes parse and extract; this one resolves (one
    node per person and event across all articles), maps and writes, in input order, so
    the store is the same as without them. --dask reaches a running Dask scheduler (whose
    workers have kg and the same spaCy model) or starts local:N workers.

    \b
    Example:
      kg ingest seeds/ news.jsonl --store kg-data
      kg ingest archive/ --workers 2
      kg ingest archive/ --dask local:2
      kg ingest archive/ --dask tcp://127.0.0.1:8786
      kg ingest saved-page.html feed.rss https://example.org/news/article.html
      kg ingest --urls reading-list.txt --delay 2
      cat article.txt | kg ingest - --published 2025-09-01 --date-order DMY
    """
    from kg.ingest import ingest as run_ingest

    if not paths and not url_lists:
        raise click.UsageError("give a PATH to read (a file, a folder, a URL or -) or "
                               "--urls FILE")
    if dask_address is not None and workers > 1:
        raise click.UsageError("--dask and --workers are two ways to run extraction: give "
                               "one (--dask local:2 for two local Dask workers)")
    fetcher = None
    if url_lists or any(p.startswith(("http://", "https://")) for p in paths):
        from kg.fetch import Fetcher

        fetcher = Fetcher(timeout=timeout, delay=delay)

    from kg.progress import Progress, count_articles, live_wanted, silence_stdout

    out, err_stream = sys.stdout, sys.stderr
    live = live_wanted(err_stream, quiet)
    progress = Progress(out, err_stream, live=live, quiet=quiet,
                        total=count_articles(paths, url_lists) if live else None)

    def on_error(err: SourceError) -> None:
        kind = "skipped" if isinstance(err, Skipped) else "error"
        progress.problem(f"{kind}: {err.origin}: {err.reason}", failed=kind == "error")

    def on_article(article: Any, state: str, triples: int) -> None:
        progress.article(article, state, triples)

    def on_warning(warning: SourceError) -> None:
        progress.problem(f"warning: {warning.origin}: {warning.reason}", failed=False)

    import os
    import shutil
    import signal

    from kg.store import store_path

    folder = store_path(target.path) if target.path else None
    fresh = folder is not None and not os.path.exists(folder)

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # SIGTERM stops as Ctrl-C does: what was read is written whole

    previous = signal.signal(signal.SIGTERM, stop)
    cluster = None
    try:
        if dask_address is not None:  # reached (or started) first: a wrong address fails fast
            from kg.cluster import DaskCluster

            cluster = DaskCluster(dask_address)
            if not quiet:
                click.echo(cluster.describe(), err=True)
        with target() as store:
            summary = run_ingest(paths, store, published=published,
                                 date_order=date_order.upper() if date_order else None,
                                 model=model, base=base, on_error=on_error,
                                 on_article=on_article, on_warning=on_warning, workers=workers,
                                 fetcher=fetcher, url_lists=url_lists, dask=cluster)
    finally:
        signal.signal(signal.SIGTERM, previous)
        progress.close()
        if cluster is not None:
            cluster.close()
    if fresh and not (summary.new or summary.replaced) and folder is not None:
        shutil.rmtree(folder, ignore_errors=True)  # nothing written: no empty store left
    try:
        click.echo(f"Ingested into {target.description}: {summary.line()}")
    except BrokenPipeError:  # `kg ingest ... | head`: the summary's reader went away
        silence_stdout()
    if summary.failed:
        click.echo("Failed:", err=True)
        for err in summary.failed:
            click.echo(f"  {err.origin}: {err.reason}", err=True)
    if summary.interrupted:
        sys.exit(130)
    if summary.failed:
        sys.exit(1)


@cli.command("queries")
@reports_errors
def list_queries() -> None:
    """List the canned queries with their parameters.

    \b
    Example:
      kg queries
    """
    from kg.queries import canned

    for q in canned().values():
        click.echo(f"{q.name}: {q.title}")
        if q.description:
            click.echo(f"    {q.description}")
        for p in q.params:
            click.echo(f"    -p {p.name}=...   {p.description}")
        if q.example:
            click.echo(f"    e.g. {q.example}")
        click.echo("")


def _params(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} should be NAME=VALUE, e.g. person=\"Xi Jinping\"")
        out[key.strip()] = value
    return out


@cli.command()
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, callback=_params, metavar="NAME=VALUE",
              help="Bind a query parameter (repeatable); bound as an RDF literal.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), help="Skip this many rows first.")
@click.option("--allow-update", is_flag=True,
              help="Allow a SPARQL update (INSERT, DELETE, DROP, ...) to change the store.")
@store_option
@reports_errors
def query(query: str, params: dict[str, str], fmt: str, limit: int | None, offset: int | None,
          allow_update: bool, target: Any) -> None:
    """Run a canned query by name, a .rq file, or SPARQL text, over all articles.

    `kg queries` lists the canned queries and their parameters. JSON output is an array
    of objects, one per row, with plain string values.

    \b
    Example:
      kg query who-met-whom -p person="Vladimir Putin"
      kg query commitments -p type=threat --format json
      kg query my-query.rq --format csv
      kg query "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    """
    from kg import queries as q
    from kg.output import render

    spec = q.find(query)
    if q.is_update(spec.text):
        if not allow_update:
            raise KgError("this query is an update (INSERT/DELETE/DROP/...) and would change "
                          "the store; pass --allow-update to run it")
        from kg.store.local import LocalStore

        with target(create=False) as store:
            store.update(q.bind(spec, params))
        click.echo("Update applied." + (
            " The default graph was made again from the article graphs (it is their merge: "
            "keep triples of your own in a named graph)." if isinstance(store, LocalStore)
            else ""))
        return
    with target(create=False) as store:
        columns, rows = q.run(store, spec, params, limit=limit, offset=offset)
        cut = getattr(store, "truncated", False) and getattr(store, "max_rows", None)
    click.echo(render(columns, rows, fmt), nl=False)
    if cut:  # nothing lost silently: the server gave only its first rows
        click.echo(f"Warning: the endpoint cut this result at {cut:,} rows (its limit on "
                   "result rows, e.g. Virtuoso's ResultSetMaxRows): the rows above are not "
                   "all of them; ask for fewer with -p, or raise the server's limit",
                   err=True)
        sys.exit(1)


@cli.command()
@click.option("--format", "fmt", type=Choice(["turtle", "nt", "nquads", "trig", "jsonld",
                                              "graphml", "csv"], RDF_FORMAT_ALIASES),
              default="turtle", show_default=True,
              help="RDF format (also ttl, n-triples, n-quads, json-ld), or graphml (NetworkX, "
                   "Gephi) or csv (a folder of Neo4j import files).")
@click.option("-o", "--output", type=click.Path(writable=True), metavar="FILE",
              help="Write to FILE (a folder for csv) instead of standard output.")
@click.option("--with-ontology", is_flag=True,
              help="Include ontology/kg.ttl (classes, subclasses, labels) in the export.")
@store_option
@reports_errors
def export(fmt: str, output: str | None, with_ontology: bool, target: Any) -> None:
    """Write the whole store as RDF that graph tools load as it is.

    Turtle, N-Triples and JSON-LD hold the union of all articles (each triple once, so fewer
    than the quads `kg stats` and `kg ingest` count when articles share facts); N-Quads and
    TriG keep one named graph per article. JSON-LD is compact, with an @context.

    For graph tools that do not read RDF: GraphML (people, organisations, countries, places
    and events as nodes; participation, meetings, commitments and roles as typed edges with
    date, place and article) loads in NetworkX, Gephi, yEd and Cytoscape; csv writes
    nodes.csv and relationships.csv for `neo4j-admin database import full
    --nodes=nodes.csv --relationships=relationships.csv`.

    \b
    Example:
      kg export --format turtle -o graph.ttl
      kg export --format nquads > graph.nq
      kg export --format jsonld --with-ontology -o graph.jsonld
      kg export --format graphml -o graph.graphml
      kg export --format csv -o neo4j-import/
    """
    from kg.export import FORMATS
    from kg.export import export as run_export

    if fmt in ("graphml", "csv"):
        from pathlib import Path

        from kg.graphfiles import read_graph, write_graphml, write_neo4j_csv

        if fmt == "csv" and not output:
            raise click.UsageError("--format csv writes a folder of files: give -o FOLDER")
        if fmt == "graphml" and output and os.path.isdir(output):
            raise click.UsageError(f"{output} is a folder; give -o FILE for graphml")
        with target(create=False) as store:
            graph = read_graph(store)
        if fmt == "csv":
            nodes, edges = write_neo4j_csv(graph, Path(output))  # type: ignore[arg-type]
            click.echo(f"Wrote {nodes} nodes and {edges} relationships to "
                       f"{Path(output) / 'nodes.csv'} and "  # type: ignore[arg-type]
                       f"{Path(output) / 'relationships.csv'}", err=True)  # type: ignore
        elif output:
            with open(output, "wb") as fh:
                nodes, edges = write_graphml(graph, fh)
            click.echo(f"Wrote {nodes} nodes and {edges} edges to {output}", err=True)
        else:
            write_graphml(graph, sys.stdout.buffer)
        return
    if output and os.path.isdir(output):
        raise click.UsageError(f"{output} is a folder; give -o FILE")
    with target(create=False) as store:
        if output:
            with open(output, "wb") as fh:
                n = run_export(store, fmt, fh, with_ontology=with_ontology)
            quads = FORMATS[fmt][1]
            total = store.count()
            union = "" if quads else (
                f" (the default graph: the {total} quads of the article graphs, each triple "
                "once" + (", and ontology/kg.ttl)" if with_ontology else ")"))
            click.echo(f"Wrote {n} {'quads' if quads else 'triples'} to {output}{union}",
                       err=True)
        else:
            run_export(store, fmt, sys.stdout.buffer, with_ontology=with_ontology)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@store_option
@reports_errors
def stats(fmt: str, target: Any) -> None:
    """Count articles, triples, people, organisations, events and commitments.

    `triples` counts each triple once (the default graph, what queries and triple exports
    see); `quads` counts what the article graphs hold, a triple two articles state twice
    (what ingest wrote).

    \b
    Example:
      kg stats
    """
    import json

    from kg.stats import count

    with target(create=False) as store:
        numbers = count(store)
    if fmt == "json":
        click.echo(json.dumps(numbers, indent=2))
    else:
        for key, value in numbers.items():
            click.echo(f"{key:14} {value}")


@cli.command()
@store_option
@click.option("-v", "--verbose", is_flag=True,
              help="Print pySHACL's full report rather than the summary.")
@reports_errors
def validate(target: Any, verbose: bool) -> None:
    """Check the store against the ontology's SHACL shapes (exit 1 if it does not conform).

    Prints the violations counted by class, property and rule, with the first few nodes of
    each; --verbose prints every result as pySHACL reports it.

    \b
    Example:
      kg validate --store kg-data
      kg validate --verbose
    """
    from kg.validate import check_graph, store_graph, summary

    with target(create=False) as store:
        conforms, text, violations = check_graph(store_graph(store))
    if conforms:
        click.echo("The store conforms to the shapes.")
        return
    click.echo(text if verbose else summary(violations))
    sys.exit(1)


def _copy(source: Any, dest: Any, batch: int) -> tuple[int, int]:
    graphs = source.graphs()
    copied = 0
    for start in range(0, len(graphs), batch):
        chunk = [(g, source.graph_quads(g)) for g in graphs[start:start + batch]]
        dest.replace_graphs(chunk)
        copied += sum(len(q) for _, q in chunk)
    return len(graphs), copied


@cli.command()
@click.option("--endpoint", envvar="KG_ENDPOINT", required=True, metavar="URL",
              help="The SPARQL endpoint to copy to (or set KG_ENDPOINT).")
@click.option("--update-endpoint", envvar="KG_UPDATE_ENDPOINT", metavar="URL",
              help="Its SPARQL Update URL when not the usual one beside --endpoint.")
@click.option("--store", "store_path", envvar="KG_STORE", default="kg-data", show_default=True,
              metavar="PATH", help="The embedded store to copy from.")
@click.option("--batch", default=50, show_default=True, type=click.IntRange(min=1),
              help="Article graphs per update request.")
@reports_errors
def push(endpoint: str, update_endpoint: str | None, store_path: str, batch: int) -> None:
    """Copy the embedded store to a SPARQL endpoint, graph by graph, in batches.

    Each article graph replaces the endpoint's graph of the same name.

    \b
    Example:
      kg push --store kg-data --endpoint http://127.0.0.1:7878/query
    """
    from kg.store import open_store

    with open_store(store_path, create=False) as local:
        remote = open_store(endpoint=endpoint, update_endpoint=update_endpoint)
        graphs, quads = _copy(local, remote, batch)
    click.echo(f"Pushed {graphs} article graphs ({quads} triples) to {endpoint_name(endpoint)}")


@cli.command()
@click.option("--endpoint", envvar="KG_ENDPOINT", required=True, metavar="URL",
              help="The SPARQL endpoint to copy from (or set KG_ENDPOINT).")
@click.option("--store", "store_path", envvar="KG_STORE", default="kg-data", show_default=True,
              metavar="PATH", help="The embedded store to copy into.")
@click.option("--batch", default=50, show_default=True, type=click.IntRange(min=1),
              help="Article graphs per transaction.")
@reports_errors
def pull(endpoint: str, store_path: str, batch: int) -> None:
    """Copy an endpoint's article graphs into the embedded store.

    \b
    Example:
      kg pull --endpoint http://127.0.0.1:7878/query --store copy-of-server
    """
    from kg.store import open_store

    remote = open_store(endpoint=endpoint)
    with open_store(store_path) as local:
        graphs, quads = _copy(remote, local, batch)
    click.echo(f"Pulled {graphs} article graphs ({quads} triples) into {store_path}")


@cli.command()
@click.option("--store", "store_path", envvar="KG_STORE", default="kg-data", show_default=True,
              metavar="PATH", help="The embedded store to publish.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Loopback port of the SPARQL endpoint (0: any free port).")
@click.option("--page-port", type=click.IntRange(0, 65535), metavar="PORT",
              help="Loopback port of the web page [default: the endpoint's port + 1; "
                   "0: any free port].")
@click.option("--no-page", is_flag=True, help="Serve the SPARQL endpoint only.")
@reports_errors
def serve(store_path: str, port: int, page_port: int | None, no_page: bool) -> None:
    """Publish the embedded store read-only on loopback: a SPARQL endpoint for graph tools
    and `kg --endpoint`, and a web page for people.

    The endpoint is `oxigraph serve-read-only` over the store; its default graph is the
    merge of the article graphs (each triple once) and each article's graph is there by
    name. The page (kg's own, made on the server, loading nothing from elsewhere) has the
    canned queries as forms with their results as tables (CSV and JSON downloads), a
    search box that shows a person's, organisation's or country's timeline, network and
    map, and a SPARQL editor pre-filled with kg's prefixes. Stop with Ctrl-C.

    \b
    Example:
      kg serve --store kg-data --port 7878      # page at http://127.0.0.1:7879/
      kg query who-met-whom --endpoint http://127.0.0.1:7878/query
    """
    from kg.server import serve_read_only

    if no_page:
        page_port = None
    elif page_port is None:
        page_port = port + 1 if port else 0
    click.echo(f"Serving {store_path} read-only (Ctrl-C to stop)")
    serve_read_only(store_path, port, page_port=page_port,
                    announce=lambda line: click.echo(line))


def _check_dates(*values: str | None) -> None:
    for value in values:
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise click.BadParameter(f"{value!r} is not a date; write YYYY, YYYY-MM or "
                                     "YYYY-MM-DD")


@cli.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              metavar="FILE", help="net.html (a page that works offline), net.svg or net.png.")
@click.option("-p", "--param", "params", multiple=True, callback=_params, metavar="NAME=VALUE",
              help="A who-met-whom filter: person=..., status=..., kind=... (repeatable).")
@click.option("--from", "since", metavar="DATE", help="Only meetings on or after DATE "
              "(YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "until", metavar="DATE", help="Only meetings on or before DATE.")
@click.option("--title", default="Who met whom", show_default=True, help="The picture's title.")
@store_option
@reports_errors
def graph(output: str, params: dict[str, str], since: str | None, until: str | None,
          title: str, target: Any) -> None:
    """Draw the who-met-whom network: people sized by their meetings, an edge for each pair
    that met, labelled with the date and place of their (first) meeting.

    The filters are who-met-whom's (`kg queries` lists them) and a date range. An .html
    page holds the picture and a table of the meetings and loads nothing from the network.

    \b
    Example:
      kg graph -o net.html
      kg graph -o putin.svg -p person="Vladimir Putin" --from 2025
      kg graph -o calls.png -p kind=call --title "Phone calls"
    """
    from pathlib import Path

    from kg.network import FORMATS, meetings, write

    out = Path(output)
    if out.suffix.lower() not in FORMATS:
        raise click.UsageError(f"-o {output}: give a .html, .svg or .png file")
    _check_dates(since, until)
    with target(create=False) as store:
        found = meetings(store, params, since, until)
    write(found, out, title)
    people = {m.a for m in found} | {m.b for m in found}
    click.echo(f"Drew {len(people)} people and {len(found)} meetings to {output}", err=True)


@cli.command("map")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              metavar="FILE", help="map.html (a page that works offline), map.svg or map.png.")
@click.option("-p", "--param", "params", multiple=True, callback=_params, metavar="NAME=VALUE",
              help="A parameter of the places query (entity, status, kind); repeatable.")
@click.option("--from", "since", metavar="DATE", help="Only events on or after DATE "
              "(YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "until", metavar="DATE", help="Only events on or before DATE.")
@click.option("--world", "whole", is_flag=True,
              help="Draw the whole world, not just the part around the markers.")
@click.option("--title", default="Where they met", show_default=True, help="The map's title.")
@store_option
@reports_errors
def map_(output: str, params: dict[str, str], since: str | None, until: str | None,
         whole: bool, title: str, target: Any) -> None:
    """Draw summits, meetings and visits on a world map: one marker per place, sized by
    its events. Needs no tile server: country outlines ship with kg (Natural Earth).

    The filters are the places query's (`kg queries` lists them) and a date range. An
    .html page holds the map (hover a marker for its events) and a table of the events,
    and loads nothing from the network; places with no coordinates are listed under it.

    \b
    Example:
      kg map -o map.html
      kg map -o putin.png -p entity="Vladimir Putin" --from 2025
      kg map -o summits.svg -p kind=summit --world
    """
    from pathlib import Path

    from kg.maps import FORMATS, happenings, markers, write

    out = Path(output)
    if out.suffix.lower() not in FORMATS:
        raise click.UsageError(f"-o {output}: give a .html, .svg or .png file")
    _check_dates(since, until)
    with target(create=False) as store:
        found = happenings(store, params, since, until)
    write(found, out, title, whole)
    placed, unplaced = markers(found)
    missing = f" ({len(unplaced)} events at places with no coordinates)" if unplaced else ""
    click.echo(f"Drew {len(placed)} places and {len(found) - len(unplaced)} events to "
               f"{output}{missing}", err=True)


@cli.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@store_option
@reports_errors
def whois(name: str, fmt: str, target: Any) -> None:
    """What kg knows of one person: offices with dates, roles, and the meetings,
    commitments and statements of the store, each with its article.

    NAME is a name or alias as articles write it ("Putin", "Vladimir Putin",
    "Zelensky"). Offices with dates come from the office-holder directory
    (kg/data/office_holders.tsv); the rest from the store. Exits with status 2 when
    neither knows the person.

    \b
    Example:
      kg whois "Vladimir Putin"
      kg whois Zelensky --format json
    """
    import json

    from kg.output import render
    from kg.whois import whois as look_up

    with target(create=False) as store:
        sections = look_up(store, name)
    if not any(rows for _, _, rows in sections):
        raise KgError(f"kg knows nothing of {name!r}: no article in the store names them and "
                      "the office-holder directory does not list them")
    if fmt == "json":
        click.echo(json.dumps({title: rows for title, _, rows in sections},
                              ensure_ascii=False, indent=2))
        return
    for title, columns, rows in sections:
        click.echo(f"{title}:")
        click.echo(render(columns, rows, "table") if rows else "  (none)\n", nl=False)
        click.echo("")


@cli.command("eval")
@click.argument("gold", nargs=-1, required=True, metavar="GOLD_DIR...")
@click.option("--json", "as_json", is_flag=True, help="Print the scores and every miss as JSON.")
@click.option("--model", metavar="NAME", envvar="KG_MODEL", help="spaCy pipeline to use.")
@click.option("-q", "--quiet", is_flag=True, help="Only the table, not every miss.")
@click.option("--by", "by", type=click.Choice(["genre", "phenomena"]), multiple=True,
              help="Also an F1 table per genre or per phenomenon (the facts files' tags).")
@reports_errors
def evaluate_command(gold: tuple[str, ...], as_json: bool, model: str | None, quiet: bool,
                     by: tuple[str, ...]) -> None:
    """Score the extractor on gold articles: precision, recall and F1 per fact type.

    GOLD_DIR holds NAME.md articles each with NAME.facts.json (tests/gold/README.md has the
    format) or a seed-facts.json. Every miss and false positive is listed after the table,
    then the posts an article gives someone the office-holder directory says someone else
    held on the article's date (the article wins for that article).
    The matching rules are in `kg/evaluate.py`.

    \b
    Example (from a clone of the repository):
      kg eval tests/gold
      kg eval tests/gold --by genre --by phenomena -q
      kg eval tests/gold --json > scores.json
    """
    import json

    from kg import evaluate as ev

    for folder in gold:
        if not ev.gold_articles([folder]):
            raise KgError(f"no gold articles in {folder!r} (NAME.md with NAME.facts.json)")
    differ: list[tuple[str, str]] = []
    results = ev.score_articles(gold, model, differ)
    scores = ev.total(results)
    if as_json:
        out = ev.as_json(scores)
        out["directory_disagreements"] = [f"{name}: {text}" for name, text in differ]
        for key in by:
            out[f"by_{key}"] = {v: {k: round(s.f1, 3) for k, s in group.items()}
                                for v, group in ev.by_tag(results, key).items()}
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    click.echo(ev.table(scores))
    for key in by:
        click.echo(f"\nF1 by {key}:\n" + ev.tag_table(ev.by_tag(results, key)))
    if not quiet:
        text = ev.details(scores)
        if text:
            click.echo("\n" + text)
        if differ:  # the article wins for that article; a stale directory shows here
            click.echo("\nPosts the office-holder directory gives someone else:")
            for name, text in differ:
                click.echo(f"  {name}: {text}")


def main() -> None:
    try:
        cli(prog_name="kg")
    except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
        from kg.progress import silence_stdout

        silence_stdout()
        sys.exit(1)


if __name__ == "__main__":
    main()
