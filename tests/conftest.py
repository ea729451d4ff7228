from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "sco-summit-2025.md"


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as nlp_stage

    return nlp_stage.load()


@pytest.fixture(scope="session")
def read(nlp):
    """Extract facts from a text of our own: read(text, published="2025-09-01", order=None,
    url=..., title=...): keywords past the first three are front matter."""
    from kg.extract import extract
    from kg.sources import make_article
    from kg.textprep import prepare

    def run(text: str, published: str | None = "2025-09-01", order: str | None = None,
            **front_matter: str):
        meta = {"title": "test", **front_matter}
        article = make_article(text, meta, "test.txt",
                               published=dt.date.fromisoformat(published) if published else None,
                               date_order=order)
        return extract(nlp(prepare(article.text)[0]), article)

    return run


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, nlp):
    """A store holding seeds/ and, where present, the shared seed article."""
    from kg.ingest import ingest
    from kg.store import open_store

    path = tmp_path_factory.mktemp("store") / "kg-data"
    paths = [str(SEEDS)] + ([str(SHARED_SEED)] if SHARED_SEED.exists() else [])
    store = open_store(str(path))
    summary = ingest(paths, store)
    assert summary.ok, summary.failed
    yield store
    store.close()


@pytest.fixture
def query(seed_store):
    from kg import queries

    def run(name: str, **params: str) -> list[dict[str, str]]:
        return queries.run(seed_store, queries.find(name), params)[1]

    return run


class OxigraphServer:
    """A real `oxigraph serve` on a free loopback port, over a data folder."""

    def __init__(self, location: Path):
        self.location = location
        self.proc = None
        self.url = ""

    def start(self, port: int = 0) -> OxigraphServer:
        from kg import server

        self.proc, self.url = server.start(str(self.location), port)
        return self

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/")[0])

    def stop(self, kill: bool = False) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill() if kill else self.proc.terminate()
            self.proc.wait(timeout=30)
        self.proc = None


SERVERS = ["oxigraph", "virtuoso"]  # the real SPARQL servers the endpoint suite runs on


def start_server(kind: str, location: Path, port: int = 0):
    """A real server of this kind on a free loopback port: Oxigraph from PyPI, Virtuoso from
    Debian's package (installed by tools/install_virtuoso.sh; skipped, saying why, only when
    it could not be installed)."""
    if kind == "virtuoso":
        from tests import virtuoso

        if not virtuoso.available():
            pytest.skip(virtuoso.MISSING)
        return virtuoso.VirtuosoServer(location).start(port)
    return OxigraphServer(location).start(port)


@pytest.fixture
def oxigraph_server(tmp_path):
    server = OxigraphServer(tmp_path / "oxigraph-data").start()
    yield server
    server.stop()


@pytest.fixture(params=SERVERS)
def any_server(request, tmp_path):
    """Each real server in turn, fresh for one test."""
    server = start_server(request.param, tmp_path / f"{request.param}-data")
    yield server
    server.stop()


@pytest.fixture(scope="module", params=SERVERS)
def module_server(request, tmp_path_factory):
    server = start_server(request.param, tmp_path_factory.mktemp(request.param) / "data")
    yield server
    server.stop()
