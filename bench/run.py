"""The benchmark suite: `make bench` (full) or `make bench-quick` (under two minutes).

Prints every number, writes bench/results.json and BENCHMARKS.md. Targets (issue 5) are
ratios measured in the same run on this machine.

    python -m bench.run [--quick] [--out bench/results.json]
    python -m bench.run --parallel 2000 --repeat 3   # --workers 2 vs --dask local:2 only
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def say(text: str) -> None:
    print(text, flush=True)


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        memory_gib = round(int(mem.split()[1]) / 2**20, 1)
    except OSError:
        memory_gib = 0
    import pyoxigraph
    import spacy

    from kg import nlp

    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": memory_gib,
            "python": platform.python_version(), "spacy": spacy.__version__,
            "pyoxigraph": pyoxigraph.__version__, "model": nlp.choose_model(None),
            "date": time.strftime("%Y-%m-%d")}


def run_measured(cmd: list[str], **kw) -> tuple[float, int, list[tuple[float, str]]]:
    """Wall time, peak RSS (KiB) and timestamped output lines of a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            **kw)
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append((time.perf_counter() - start, line.rstrip("\n")))
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {status}")
    return wall, usage.ru_maxrss, lines


def window_rates(stamps: list[float]) -> tuple[float, float]:
    """Seconds per article over the first and the last tenth of the corpus.

    Articles are written (and printed) in batches, so the rate is read between batch
    arrivals: from the first batch to the batch that completes the first tenth (at least two
    batches), and from the batch before the last tenth to the last batch.
    """
    flushes: list[tuple[float, int]] = []  # (arrival time, articles done)
    last = -1.0
    for i, t in enumerate(stamps, start=1):
        if flushes and t - last < 0.02:  # the lines of one batch come in one burst
            flushes[-1] = (flushes[-1][0], i)
        else:
            flushes.append((t, i))
        last = t
    if len(flushes) < 3:
        return 0.0, 0.0
    n = len(stamps)
    end_first = next(k for k, (_, done) in enumerate(flushes) if done >= n / 10 and k >= 2)
    t0, c0 = flushes[0]
    t1, c1 = flushes[end_first]
    start_last = max(k for k, (_, done) in enumerate(flushes)
                     if done <= n - n / 10 and k <= len(flushes) - 3)
    t2, c2 = flushes[start_last]
    t3, c3 = flushes[-1]
    return (t1 - t0) / (c1 - c0), (t3 - t2) / (c3 - c2)


def bench_ingest(tmp: Path, articles: int, quick: bool) -> dict:
    from bench.corpus import build

    corpus = tmp / f"corpus-{articles}.jsonl"
    info = build(corpus, articles, 550)
    words, n = info["words"], info["articles"]
    say(f"corpus: {n} articles, {words:,} words")
    texts = [json.loads(line)["text"] for line in corpus.open()]
    # Bare spaCy: the same model and components, the same batch size, no kg at all.
    import spacy

    from kg import nlp

    stock = spacy.load(nlp.choose_model(None))
    start = time.perf_counter()
    for _ in stock.pipe(texts, batch_size=16):
        pass
    bare = words / (time.perf_counter() - start)
    say(f"bare spaCy nlp.pipe ({'+'.join(stock.pipe_names)}): {bare:,.0f} words/s")
    del stock
    out: dict = {"articles": n, "words": words, "bare_spacy_words_per_s": round(bare)}
    runs = [("workers_1", ["--workers", "1"])]
    if not quick:
        runs.append(("workers_2", ["--workers", "2"]))
        if has_dask():
            runs.append(("dask_local_2", ["--dask", "local:2"]))
    for key, flags in runs:
        out[key] = measure_ingest(corpus, tmp / f"ingest-{articles}-{key}", flags, n, words)
    w1 = out["workers_1"]
    out["ratio_ingest_vs_bare_spacy"] = round(w1["words_per_s"] / bare, 3)
    if "workers_2" in out:
        out["speedup_workers_2"] = round(w1["wall_s"] / out["workers_2"]["wall_s"], 2)
    if "dask_local_2" in out:
        out["ratio_dask_vs_workers_2"] = round(out["dask_local_2"]["words_per_s"]
                                               / out["workers_2"]["words_per_s"], 3)
    return out


def has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def measure_ingest(corpus: Path, store: Path, flags: list[str], n: int, words: int) -> dict:
    """One `kg ingest` of the corpus into a new store: wall time (process start to exit, a
    Dask cluster's start and stop included), words/s, peak RSS of kg's own process (not of
    its workers), per-article time early and late."""
    wall, rss, lines = run_measured(KG + ["ingest", str(corpus), "--store", str(store)]
                                    + flags, cwd=ROOT)
    first, last = window_rates([t for t, line in lines if line.startswith("new")])
    say(f"kg ingest {' '.join(flags)}: {wall:.1f} s, {n / wall:.1f} articles/s, "
        f"{words / wall:,.0f} words/s, peak RSS {rss / 1024:.0f} MiB, per article "
        f"{first * 1000:.0f} ms (first 10%) vs {last * 1000:.0f} ms (last 10%)")
    return {"wall_s": round(wall, 2), "articles_per_s": round(n / wall, 1),
            "words_per_s": round(words / wall), "peak_rss_mib": round(rss / 1024),
            "per_article_first_10pct_ms": round(first * 1000, 1),
            "per_article_last_10pct_ms": round(last * 1000, 1)}


def bench_parallel(tmp: Path, articles: int, repeat: int) -> dict:
    """`--workers 2` and `--dask local:2` on the same corpus, in turns, `repeat` times each:
    words/s of every run, and the median, min and max of each (the machine is shared)."""
    from bench.corpus import build

    corpus = tmp / f"corpus-{articles}.jsonl"
    info = build(corpus, articles, 550)
    words, n = info["words"], info["articles"]
    say(f"corpus: {n} articles, {words:,} words")
    rates: dict[str, list[int]] = {"workers_2": [], "dask_local_2": []}
    for i in range(repeat):
        for key, flags in (("workers_2", ["--workers", "2"]), ("dask_local_2", ["--dask", "local:2"])):
            rates[key].append(measure_ingest(corpus, tmp / f"parallel-{key}-{i}", flags, n,
                                             words)["words_per_s"])
    out: dict = {"articles": n, "words": words}
    for key, values in rates.items():
        out[key] = {"words_per_s": values, "median": statistics.median(values),
                    "min": min(values), "max": max(values)}
        say(f"{key}: words/s {values}, median {statistics.median(values):,.0f} "
            f"(min {min(values):,}, max {max(values):,})")
    ratios = [d / w for d, w in zip(rates["dask_local_2"], rates["workers_2"], strict=True)]
    out["ratio_dask_vs_workers_2"] = [round(r, 3) for r in ratios]
    say(f"--dask local:2 / --workers 2, run by run: {', '.join(f'{r:.2f}' for r in ratios)}; "
        f"of the medians: {out['dask_local_2']['median'] / out['workers_2']['median']:.3f}")
    return out


def bench_writes(tmp: Path, n: int) -> dict:
    from bench.synth import article_graphs
    from kg.store import open_store
    from kg.store.base import ntriples

    graphs = [(g, ntriples(q), len(q), q) for g, q in article_graphs(n)]
    triples = sum(c for _, _, c, _ in graphs)
    out = {"articles": n, "triples": triples}
    for label, batch in (("per_article_transaction", 1), ("batch_16_transaction", 16)):
        with open_store(str(tmp / f"writes-{label}")) as store:
            start = time.perf_counter()
            for i in range(0, n, batch):
                store.replace_graphs_text([(g, body) for g, body, _, _ in graphs[i:i + batch]])
            out[label + "_triples_per_s"] = round(triples / (time.perf_counter() - start))
    with open_store(str(tmp / "writes-bulk")) as store:
        start = time.perf_counter()
        store.bulk_add([q for *_, quads in graphs for q in quads])
        out["bulk_triples_per_s"] = round(triples / (time.perf_counter() - start))
    say(f"store writes ({triples:,} triples): per-article transactions "
        f"{out['per_article_transaction_triples_per_s']:,}/s, batches of 16 "
        f"{out['batch_16_transaction_triples_per_s']:,}/s, bulk {out['bulk_triples_per_s']:,}/s")
    return out


def _percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


BOUND = {"who-met-whom": "person", "commitments": "actor", "statements": "speaker",
         "timeline": "entity", "roles": "person", "summits": "organiser", "places": "entity"}


def bench_queries(tmp: Path, sizes: list[int], repeats: int) -> dict:
    """p50/p95 of every canned query, bound to one entity and whole-store (paged), on stores
    written the way `kg ingest` writes them (one transaction per 16 article graphs).

    Bound queries bind entities named in about 2-3% of the articles: the person at rank 20
    of 400, the organisation at rank 10 of 20. The most named organisation (in ~28% of the
    articles) is measured too, for information: its summits are a long table to page.
    """
    from bench.synth import MID_ORGANISER_RANK, article_graphs, mid_frequency_person, organiser
    from kg import queries
    from kg.store import open_store
    from kg.store.base import ntriples

    person = mid_frequency_person()
    out: dict = {}
    for size in sizes:
        store = open_store(str(tmp / f"queries-{size}"))
        total = 0
        batch: list = []
        for graph, quads in article_graphs(size // 150 + 10):
            batch.append((graph, ntriples(quads)))
            total += len(quads)
            if len(batch) == 16 or total >= size:
                store.replace_graphs_text(batch)
                batch = []
            if total >= size:
                break
        raw_store = store._store  # the same pyoxigraph store, for the baseline
        cases = []
        for name, q in queries.canned().items():
            value = organiser(MID_ORGANISER_RANK) if BOUND[name] == "organiser" else person
            cases.append((f"{name} (bound)", q, {BOUND[name]: value}, None))
            if name == "summits":
                cases.append((f"{name} (most named organiser)", q, {BOUND[name]: organiser(1)},
                              None))
            cases.append((f"{name} (limit 100)", q, {}, 100))
        results = {}
        for key, q, params, limit in cases:
            # the very text kg sends (LATERAL lines included), run by pyoxigraph itself
            text = queries.page(queries.bind(q, params, lateral=True), limit, None)
            ours, raw = [], []
            rows = 0
            heavy = limit is not None or "most named" in key
            queries.run(store, q, params, limit=limit)  # warm-up, not counted
            for _ in range(max(3, repeats // 3) if heavy and size >= 1_000_000 else repeats):
                start = time.perf_counter()
                _, got = queries.run(store, q, params, limit=limit)
                ours.append(time.perf_counter() - start)
                rows = len(got)
                start = time.perf_counter()
                for sol in raw_store.query(text, use_default_graph_as_union=store.union):
                    for v in sol:
                        if v is not None:
                            v.value  # noqa: B018 - read every value, as we do
                raw.append(time.perf_counter() - start)
            results[key] = {"rows": rows, "params": params,
                            "p50_ms": round(_percentile(ours, 0.5) * 1000, 2),
                            "p95_ms": round(_percentile(ours, 0.95) * 1000, 2),
                            "pyoxigraph_p50_ms": round(_percentile(raw, 0.5) * 1000, 2)}
            r = results[key]
            # ours and pyoxigraph's run in turns: the median of each turn's ratio is steadier
            # than a ratio of medians while RocksDB compacts in the background
            turns = [o / max(w, 1e-9) for o, w in zip(ours, raw, strict=True)]
            r["overhead"] = round(statistics.median(turns), 2)
        store.close()
        del raw_store, store
        out[str(total)] = results
        say(f"queries at {total:,} triples (p50 / p95 ms, pyoxigraph p50, overhead):")
        for key, r in results.items():
            say(f"  {key:36} {r['p50_ms']:8.2f} {r['p95_ms']:8.2f} {r['pyoxigraph_p50_ms']:8.2f}"
                f"  x{r['overhead']:.2f}  ({r['rows']} rows)")
    return out


def bench_cold_start(tmp: Path, runs: int = 5) -> dict:
    from kg.ingest import ingest
    from kg.store import open_store

    store_path = tmp / "cold"
    with open_store(str(store_path)) as store:
        ingest([str(ROOT / "seeds")], store)

    def median(cmd: list[str]) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    kg_bin = str(Path(sys.executable).parent / "kg")
    query = median([kg_bin, "query", "who-met-whom", "--store", str(store_path)])
    python = median([sys.executable, "-c", "pass"])
    probe = subprocess.run([sys.executable, "-c", (
        "import sys\nfrom kg.cli import main\nsys.argv=['kg','query','who-met-whom','--store',"
        f"{str(store_path)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, file=sys.stderr)")], capture_output=True, text=True)
    imports_spacy = probe.stderr.strip().endswith("True")
    say(f"cold start: kg query who-met-whom {query * 1000:.0f} ms, python -c pass "
        f"{python * 1000:.0f} ms; imports spaCy: {imports_spacy}")
    return {"kg_query_ms": round(query * 1000), "python_pass_ms": round(python * 1000),
            "imports_spacy": imports_spacy}


def targets(r: dict) -> list[tuple[str, str, bool]]:
    rows = []
    ing = r["ingest_large"]
    rows.append(("ingest >= 85% of bare spaCy words/s",
                 f"{ing['ratio_ingest_vs_bare_spacy']:.0%}", ing["ratio_ingest_vs_bare_spacy"] >= .85))
    if "speedup_workers_2" in ing:
        rows.append(("--workers 2 >= 1.6x one worker", f"{ing['speedup_workers_2']:.2f}x",
                     ing["speedup_workers_2"] >= 1.6))
    if "ratio_dask_vs_workers_2" in ing:
        ratio = ing["ratio_dask_vs_workers_2"]
        rows.append(("--dask local:2 words/s within 10% of --workers 2",
                     f"{ing['dask_local_2']['words_per_s']:,} vs "
                     f"{ing['workers_2']['words_per_s']:,} ({ratio - 1:+.0%})", ratio >= 0.9))
    biggest = r["queries"][max(r["queries"], key=int)]
    bound = [v["p50_ms"] for k, v in biggest.items() if "(bound)" in k]
    rows.append((f"bound queries p50 <= 20 ms at {int(max(r['queries'], key=int)):,} triples "
                 "(entities in ~2-3% of articles)",
                 f"max {max(bound):.1f} ms", max(bound) <= 20))
    overheads = [v["overhead"] for v in biggest.values() if v["pyoxigraph_p50_ms"] >= 1]
    rows.append(("every query <= 1.25x pyoxigraph (queries over 1 ms)",
                 f"max x{max(overheads or [1]):.2f}", max(overheads or [1]) <= 1.25))
    cold = r["cold_start"]
    rows.append(("kg query cold start <= 1 s, no spaCy",
                 f"{cold['kg_query_ms']} ms, spaCy {'imported' if cold['imports_spacy'] else 'not imported'}",
                 cold["kg_query_ms"] <= 1000 and not cold["imports_spacy"]))
    if "ingest_small" in r:
        small = r["ingest_small"]["workers_1"]["peak_rss_mib"]
        large = ing["workers_1"]["peak_rss_mib"]
        rows.append((f"RSS at {ing['articles']} articles within 25% of {r['ingest_small']['articles']}",
                     f"{large} vs {small} MiB ({large / small - 1:+.0%})", large <= small * 1.25))
    w1 = ing["workers_1"]
    drift = w1["per_article_last_10pct_ms"] / max(w1["per_article_first_10pct_ms"], 1e-9)
    rows.append(("per-article time, last 10% within 20% of first 10%",
                 f"{w1['per_article_first_10pct_ms']} -> {w1['per_article_last_10pct_ms']} ms "
                 f"({drift - 1:+.0%})", drift <= 1.2))
    return rows


def write_markdown(r: dict, path: Path) -> None:
    m = r["machine"]
    lines = ["# Benchmarks", "",
             f"Measured {m['date']} by `{'make bench-quick' if r['quick'] else 'make bench'}` "
             f"on {m['cores']} cores ({m['cpu']}), {m['memory_gib']} GiB, Python {m['python']}, "
             f"spaCy {m['spacy']} with {m['model']}, pyoxigraph {m['pyoxigraph']}. Corpus: "
             "news-like articles of our own making (bench/corpus.py) with Zipf-distributed "
             "names and organisations; query stores: synthetic article graphs mapped by kg's own "
             "mapper (bench/synth.py), written as `kg ingest` writes (a transaction per 16 "
             "articles). Bound queries bind entities named in ~2-3% of the articles. Raw "
             "numbers: bench/results.json.", "",
             "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    for name, value, ok in targets(r):
        lines.append(f"| {name} | {value} | {'yes' if ok else 'no'} |")
    for key in ("ingest_small", "ingest_large"):
        if key not in r:
            continue
        ing = r[key]
        lines += ["", f"## Ingest, {ing['articles']} articles, {ing['words']:,} words", "",
                  f"Bare spaCy `nlp.pipe`: {ing['bare_spacy_words_per_s']:,} words/s.", "",
                  "| extraction | wall s | articles/s | words/s | peak RSS MiB | ms/article first 10% | last 10% |",
                  "|---|---|---|---|---|---|---|"]
        for key, label in (("workers_1", "one process"), ("workers_2", "`--workers 2`"),
                           ("dask_local_2", "`--dask local:2`")):
            if key in ing:
                x = ing[key]
                lines.append(f"| {label} | {x['wall_s']} | {x['articles_per_s']} | "
                             f"{x['words_per_s']:,} | {x['peak_rss_mib']} | "
                             f"{x['per_article_first_10pct_ms']} | "
                             f"{x['per_article_last_10pct_ms']} |")
    w = r["writes"]
    lines += ["", f"## Store writes ({w['triples']:,} triples, {w['articles']} article graphs)", "",
              "| path | triples/s |", "|---|---|",
              f"| one transaction per article | {w['per_article_transaction_triples_per_s']:,} |",
              f"| one transaction per 16 articles (what ingest does) | {w['batch_16_transaction_triples_per_s']:,} |",
              f"| bulk load (`bulk_extend`) | {w['bulk_triples_per_s']:,} |"]
    for size, results in r["queries"].items():
        lines += ["", f"## Canned queries at {int(size):,} triples", "",
                  "| query | bound to | rows | p50 ms | p95 ms | pyoxigraph p50 ms | ours / pyoxigraph |",
                  "|---|---|---|---|---|---|---|"]
        for key, x in results.items():
            bound = ", ".join(f"{k}={v}" for k, v in x.get("params", {}).items())
            lines.append(f"| {key} | {bound} | {x['rows']} | {x['p50_ms']} | {x['p95_ms']} | "
                         f"{x['pyoxigraph_p50_ms']} | {x['overhead']} |")
    c = r["cold_start"]
    lines += ["", "## Cold start", "",
              f"`kg query who-met-whom`: {c['kg_query_ms']} ms; `python -c pass`: "
              f"{c['python_pass_ms']} ms; spaCy imported: {c['imports_spacy']}.", ""]
    path.write_text("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, under two minutes")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--markdown", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--parallel", type=int, metavar="ARTICLES",
                        help="only --workers 2 against --dask local:2 on a corpus of this many "
                             "articles, in turns (--repeat times); prints, writes nothing")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.parallel:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
            bench_parallel(Path(tmp_name), args.parallel, args.repeat)
        return
    results: dict = {"quick": args.quick, "machine": machine()}
    say(f"machine: {results['machine']}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if args.quick:
            results["ingest_large"] = bench_ingest(tmp, 120, quick=True)
            results["writes"] = bench_writes(tmp, 200)
            results["queries"] = bench_queries(tmp, [10_000, 100_000], repeats=5)
        else:
            results["ingest_small"] = bench_ingest(tmp, 200, quick=False)
            results["ingest_large"] = bench_ingest(tmp, 2000, quick=False)
            results["writes"] = bench_writes(tmp, 2000)
            results["queries"] = bench_queries(tmp, [10_000, 100_000, 1_000_000], repeats=15)
        results["cold_start"] = bench_cold_start(tmp)
    say("\ntargets:")
    for name, value, ok in targets(results):
        say(f"  [{'met' if ok else 'MISSED'}] {name}: {value}")
    args.out.write_text(json.dumps(results, indent=2))
    write_markdown(results, args.markdown)
    say(f"\nwrote {args.out} and {args.markdown}")


if __name__ == "__main__":
    main()
