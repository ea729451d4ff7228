"""Write throughput of the SPARQL servers kg writes to, by batch size, and the ceiling of one
writer: the numbers behind SCALING.md.

Each server runs for real on a loopback port (the Oxigraph server from PyPI; Debian's
Virtuoso 7.2 when installed, as tests/test_endpoint.py starts it). Article graphs of the real
shape come from bench.synth (the RDF mapper on facts from the benchmark corpus's world, no
NLP), are written the way `kg ingest` writes them (one update request per batch: DROP SILENT
GRAPH + INSERT DATA per article), with one writer, then with two writers at once (what
per-worker writes would do).

    python -m bench.endpoints                 # 400 articles per setting
    python -m bench.endpoints --articles 100 --out /tmp/endpoints.json
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCHES = [1, 4, 16, 64]


def say(text: str) -> None:
    print(text, flush=True)


def _servers(tmp: Path) -> list[tuple[str, object]]:
    from tests import virtuoso
    from tests.conftest import OxigraphServer

    out: list[tuple[str, object]] = [("oxigraph", OxigraphServer(tmp / "oxigraph").start())]
    if virtuoso.available():
        out.append(("virtuoso", virtuoso.VirtuosoServer(tmp / "virtuoso").start()))
    else:
        say(f"(Virtuoso skipped: {virtuoso.MISSING})")
    return out


def _write(url: str, graphs: list[tuple[str, str]], batch: int) -> float:
    from kg.store.remote import RemoteStore

    store = RemoteStore(url, retries=1)
    start = time.perf_counter()
    for i in range(0, len(graphs), batch):
        store.replace_graphs_text(graphs[i:i + batch])
    return time.perf_counter() - start


def measure(url: str, graphs: list[tuple[str, str]], triples: int, tag: str) -> dict:
    out: dict = {}
    for batch in BATCHES:
        named = [(f"{g}-{tag}-b{batch}", body.replace(f"<{g}>", f"<{g}-{tag}-b{batch}>"))
                 for g, body in graphs]
        seconds = _write(url, named, batch)
        out[f"batch_{batch}_triples_per_s"] = round(triples / seconds)
        out[f"batch_{batch}_articles_per_s"] = round(len(graphs) / seconds, 1)
    # two writers at once, batches of 16: half the articles each
    named = [(f"{g}-{tag}-two", body.replace(f"<{g}>", f"<{g}-{tag}-two>")) for g, body in graphs]
    halves = [named[0::2], named[1::2]]
    threads = [threading.Thread(target=_write, args=(url, half, 16)) for half in halves]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    out["two_writers_batch_16_triples_per_s"] = round(triples / seconds)
    out["two_writers_batch_16_articles_per_s"] = round(len(graphs) / seconds, 1)
    return out


def writer_cpu(n: int, tmp: Path, url: str | None = None) -> dict:
    """What the one writer process spends per article besides the server: resolve (against
    the store and this run), map to RDF, serialise. Against the embedded store, and against
    a server when `url` is given (each person and event lookup is then a request)."""
    import random

    from bench.corpus import People
    from bench.synth import article_facts
    from kg.rdf import to_quads
    from kg.resolve import Resolver
    from kg.store import open_store
    from kg.store.base import ntriples

    rng = random.Random(11)
    people = People(rng)
    facts = [article_facts(rng, people, i) for i in range(n)]
    out = {}
    stores = [("embedded", open_store(str(tmp / "writer-cpu")))]
    if url:
        stores.append(("oxigraph_server", open_store(endpoint=url)))
    for label, store in stores:
        resolver = Resolver(store)
        start = time.perf_counter()
        for f in facts:
            ntriples(to_quads(resolver.resolve(f)))
        out[f"{label}_ms_per_article"] = round((time.perf_counter() - start) * 1000 / n, 2)
    return out


def bulk_oxigraph(url: str, pairs: list, triples: int) -> int:
    """Triples/s of one bulk load into the Oxigraph server: every article graph as one
    N-Quads POST to its /store (the Graph Store Protocol), no SPARQL parsing, no DROP."""
    import urllib.request

    import pyoxigraph as ox

    body = ox.serialize([q for _, quads in pairs for q in quads], format=ox.RdfFormat.N_QUADS)
    request = urllib.request.Request(url.rsplit("/", 1)[0] + "/store", data=body,
                                     headers={"Content-Type": "application/n-quads"})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as answer:
        answer.read()
    return round(triples / (time.perf_counter() - start))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "endpoints.json")
    args = parser.parse_args()
    from bench.synth import article_graphs
    from kg.store.base import ntriples

    pairs = list(article_graphs(args.articles))
    graphs = [(g, ntriples(quads)) for g, quads in pairs]
    triples = sum(len(quads) for _, quads in pairs)
    say(f"{len(graphs)} article graphs, {triples:,} triples "
        f"({triples / len(graphs):.0f} per article)")
    results: dict = {"articles": len(graphs), "triples": triples,
                     "triples_per_article": round(triples / len(graphs), 1), "servers": {}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-endpoints-") as tmp:
        servers = _servers(Path(tmp))
        try:
            cpu = writer_cpu(args.articles, Path(tmp), servers[0][1].url)  # type: ignore[attr-defined]
            results["writer_cpu"] = cpu
            say("one writer's own work per article (resolve + map + serialise): "
                + ", ".join(f"{k.removesuffix('_ms_per_article')} {v} ms"
                            for k, v in cpu.items()))
            for name, server in servers:
                numbers = measure(server.url, graphs, triples, name)  # type: ignore[attr-defined]
                if name == "oxigraph":
                    numbers["bulk_nquads_triples_per_s"] = bulk_oxigraph(
                        server.url, pairs, triples)  # type: ignore[attr-defined]
                results["servers"][name] = numbers
                line = ", ".join(f"batch {b}: {numbers[f'batch_{b}_triples_per_s']:,}"
                                 for b in BATCHES)
                say(f"{name}: triples/s by batch size: {line}; two writers (batch 16): "
                    f"{numbers['two_writers_batch_16_triples_per_s']:,}"
                    + (f"; bulk N-Quads load: {numbers['bulk_nquads_triples_per_s']:,}"
                       if "bulk_nquads_triples_per_s" in numbers else ""))
        finally:
            for _, server in servers:
                server.stop()  # type: ignore[attr-defined]
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    say(f"wrote {args.out}")


if __name__ == "__main__":
    main()
