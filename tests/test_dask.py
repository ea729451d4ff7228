"""Extraction on Dask (issue 14): `kg ingest --dask local:N` and a real scheduler with two
workers, each a process of its own on loopback; the store is the one a plain ingest writes,
a lost worker's batch is run again and written once, and the usage errors are plain."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.ingest import ingest
from kg.store import open_store
from tests.conftest import SEEDS
from tests.test_robustness import corpus_jsonl, kg_command

pytest.importorskip("distributed", reason="Dask is an extra: pip install '.[dask]'")
pytestmark = pytest.mark.slow
ARTICLES = 64  # synthetic ones, and the seven seeds


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    corpus_jsonl(path, ARTICLES)
    return path


@pytest.fixture(scope="module")
def plain(corpus, tmp_path_factory, nlp) -> set:
    """The quads of a plain ingest (one process, no Dask) of the seeds and the corpus."""
    with open_store(str(tmp_path_factory.mktemp("plain") / "kg-data")) as store:
        summary = ingest([str(SEEDS), str(corpus)], store)
        assert summary.ok and summary.new == ARTICLES + 7
        return set(store.quads())


def quads(path: Path) -> set:
    with open_store(str(path), create=False) as store:
        return set(store.quads())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_dask_local_2_writes_the_store_a_plain_ingest_writes(corpus, plain, tmp_path):
    store = tmp_path / "kg-data"
    proc = subprocess.run(kg_command() + ["ingest", str(SEEDS), str(corpus), "--store",
                                          str(store), "--dask", "local:2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"{ARTICLES + 7} new, 0 unchanged" in proc.stdout
    assert "Dask: 2 workers at a local cluster" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert quads(store) == plain


def test_dask_small_batches_many_in_flight_keep_the_input_order(corpus, plain, tmp_path):
    """One task per 3 articles, 2 workers: tasks finish out of order; results are taken in
    order, so the one resolver here sees the articles as a plain ingest does."""
    seen = []
    with open_store(str(tmp_path / "kg-data")) as store:
        summary = ingest([str(SEEDS), str(corpus)], store, dask="local:2", batch_size=3,
                         on_article=lambda article, state, n: seen.append(article.origin))
        assert summary.ok and summary.new == ARTICLES + 7
        assert set(store.quads()) == plain
    with open_store(str(tmp_path / "order")) as store:
        expected = []
        ingest([str(SEEDS), str(corpus)], store, batch_size=3,
               on_article=lambda article, state, n: expected.append(article.origin))
    assert seen == expected


class Cluster:
    """`dask scheduler` and two `dask worker` processes on loopback."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.folder = folder
        self.log = (folder / "scheduler.log").open("w")
        self.scheduler = subprocess.Popen(
            [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port",
             str(self.port), "--dashboard-address", f"127.0.0.1:{free_port()}"],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.workers = [self.worker(i) for i in range(2)]
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)

    def worker(self, i: int) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", "worker", self.address, "--nthreads", "1",
             "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{i}",
             "--local-directory", str(self.folder / f"w{i}")],
            stdout=subprocess.DEVNULL, stderr=(self.folder / f"worker{i}.log").open("w"),
            start_new_session=True)

    def stop(self) -> None:
        for proc in self.workers:  # a worker and its nanny, at once (a graceful stop: 8 s)
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
        self.scheduler.terminate()
        for proc in [*self.workers, self.scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.log.close()


@pytest.fixture
def cluster(tmp_path):
    started = Cluster(tmp_path)
    try:
        yield started
    finally:
        started.stop()


def test_dask_scheduler_and_two_worker_processes_write_the_plain_store(corpus, plain, cluster,
                                                                      tmp_path):
    store = tmp_path / "kg-data"
    proc = subprocess.run(kg_command() + ["ingest", str(SEEDS), str(corpus), "--store",
                                          str(store), "--dask", cluster.address],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"Dask: 2 workers at {cluster.address}; dashboard http://127.0.0.1:" in proc.stderr
    assert f"{ARTICLES + 7} new, 0 unchanged" in proc.stdout
    assert quads(store) == plain


def test_dask_a_lost_worker_s_batch_is_run_again_and_written_once(corpus, plain, cluster,
                                                                  tmp_path):
    store = tmp_path / "kg-data"
    proc = subprocess.Popen(kg_command() + ["ingest", str(SEEDS), str(corpus), "--store",
                                            str(store), "--dask", cluster.address],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    lines = []
    held: list = []
    for line in proc.stdout:  # the first batch is written: both workers hold batches now
        lines.append(line)
        if line.startswith("new"):
            from distributed import Client

            with Client(cluster.address, timeout=30) as client:  # which batches where
                names = {a: w["name"] for a, w in client.scheduler_info()["workers"].items()}
                work = {names[a]: list(keys) for a, keys in client.processing().items()}
                for address, keys in client.has_what().items():
                    work[names[address]] += keys
            victim = max(work, key=lambda name: len(work[name]))
            held = work[victim]
            killed = cluster.workers[int(victim[1:])]
            os.killpg(killed.pid, signal.SIGKILL)  # the worker and its nanny, at once
            break
    lines += proc.stdout.readlines()
    assert proc.wait(timeout=300) == 0, proc.stderr.read()[-3000:]
    assert killed.wait(timeout=10) == -signal.SIGKILL
    assert held, "the killed worker held no batch: nothing was lost"
    written = [line.split()[-1] for line in lines if line.startswith(("new", "replaced"))]
    assert len(written) == len(set(written)) == ARTICLES + 7  # each article written once
    assert f"{ARTICLES + 7} new, 0 unchanged, 0 replaced" in lines[-1]
    assert quads(store) == plain
    log = (cluster.folder / "scheduler.log").read_text()
    assert "Remove worker" in log or "Removing worker" in log  # the scheduler saw it go


def test_dask_and_workers_together_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                                      "--dask", "local:2", "--workers", "2"])
    assert result.exit_code == 2
    assert "--dask and --workers" in result.output
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("address", ["local:two", "local:0"])
def test_dask_a_bad_local_count_is_named(tmp_path, address):
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                                      "--dask", address])
    assert result.exit_code == 2
    assert f"--dask {address!r}" in result.output and "local:2" in result.output


def test_dask_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    start = time.monotonic()
    proc = subprocess.run(kg_command() + ["ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                                          "--dask", address],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert f"Error: cannot reach the Dask scheduler at {address} within 5 s" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert time.monotonic() - start < 30
    assert not (tmp_path / "s").exists()


def test_dask_missing_is_named_with_its_install_command(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "distributed" else real(name, *a))
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--store", str(tmp_path / "s"),
                                      "--dask", "local:2"])
    assert result.exit_code == 2
    assert "pip install 'kg-news[dask]'" in result.output


def test_dask_is_never_imported_without_dask(tmp_path):
    (tmp_path / "a.txt").write_text("Leader Xi Jinping met Emmanuel Macron in Paris.\n")
    probe = ("import sys\nfrom kg.cli import main\n"
             f"sys.argv = ['kg', 'ingest', {str(tmp_path / 'a.txt')!r}, '--store', "
             f"{str(tmp_path / 's')!r}, '-q']\n"
             "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('dask', 'distributed', 'kg.cluster')))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_dask_help_shows_the_option_and_examples():
    out = CliRunner().invoke(cli, ["ingest", "--help"]).output
    assert "--dask ADDRESS" in out
    assert "kg ingest archive/ --dask local:2" in out
    assert "kg ingest archive/ --dask tcp://127.0.0.1:8786" in out
