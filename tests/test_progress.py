"""Issue 13, progress: one live line on a terminal, plain lines when piped or in CI."""

from __future__ import annotations

import io
from types import SimpleNamespace

from kg.progress import Progress, count_articles, live_wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_live_line_counts_articles_words_and_failures_on_a_terminal():
    out, err = io.StringIO(), Terminal()
    progress = Progress(out, err, live=True, quiet=False, total=3)
    for n in range(3):
        progress.article(SimpleNamespace(text="word " * 100, origin=f"a{n}.md"), "new", 10)
    progress.problem("error: b.md: no text: the article is empty", failed=True)
    progress.close()
    screen = err.getvalue()
    assert "3/3 articles" in screen and "words/s" in screen and "1 failed" in screen
    assert "error: b.md: no text" in screen  # printed above the line
    assert out.getvalue() == ""  # no per-article lines under a live line


def test_plain_lines_when_piped_and_only_problems_when_quiet():
    out, err = io.StringIO(), io.StringIO()
    progress = Progress(out, err, live=False, quiet=False)
    progress.article(SimpleNamespace(text="x", origin="a.md"), "new", 12)
    progress.problem("warning: a.md: check this", failed=False)
    assert out.getvalue() == "new          12 triples  a.md\n"
    assert err.getvalue() == "warning: a.md: check this\n"
    quiet_out = io.StringIO()
    quiet = Progress(quiet_out, io.StringIO(), live=False, quiet=True)
    quiet.article(SimpleNamespace(text="x", origin="a.md"), "new", 12)
    assert quiet_out.getvalue() == ""


def test_a_live_line_only_for_a_person_at_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert live_wanted(Terminal(), quiet=False)
    assert not live_wanted(io.StringIO(), quiet=False)  # piped
    assert not live_wanted(Terminal(), quiet=True)  # -q
    monkeypatch.setenv("CI", "true")
    assert not live_wanted(Terminal(), quiet=False)  # in CI


def test_the_total_is_counted_when_the_inputs_allow(tmp_path):
    (tmp_path / "a.md").write_text("A.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B.\n")
    (tmp_path / "lines.jsonl").write_text('{"text": "1"}\n{"text": "2"}\n{"text": "3"}\n')
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    assert count_articles([str(tmp_path)]) == 5
    assert count_articles([str(tmp_path), "https://example.org/a"]) is None  # a URL
    assert count_articles(["-"]) is None
    (tmp_path / "feed.rss").write_text("<rss/>")
    assert count_articles([str(tmp_path)]) is None  # a feed's items are not known


def test_kg_ingest_at_a_terminal_shows_one_live_line(tmp_path):
    """The real command in a pseudo-terminal: the live line ends at the total, and the
    per-article lines of a piped run are not printed."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import subprocess
    import sys
    import termios
    from pathlib import Path

    seeds = Path(__file__).parent.parent / "seeds"
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["TERM"] = "xterm"
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(seeds), "--store",
                             str(tmp_path / "st")], stdin=slave, stdout=slave, stderr=slave,
                            env=env, close_fds=True)
    os.close(slave)
    screen = b""
    while select.select([master], [], [], 120)[0]:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        screen += data
    assert proc.wait(timeout=60) == 0
    text = screen.decode("utf-8", "replace")
    articles = sum(1 for p in seeds.iterdir() if p.suffix in (".md", ".txt")) + sum(
        len(p.read_text().splitlines()) for p in seeds.glob("*.jsonl"))
    assert f"{articles}/{articles} articles" in text and "words/s, 0 failed" in text, text
    assert "triples  " not in text  # no per-article lines under the live line
    assert "Ingested into" in text


def test_kg_ingest_piped_to_a_reader_that_leaves_writes_everything(tmp_path):
    """`kg ingest ... | head -1`: the reader closes the pipe after one line. The ingest goes
    on to the end and writes every article (before, the writer thread died of
    BrokenPipeError on the next progress line and the main thread waited for it forever)."""
    import subprocess
    import sys

    from kg.store import open_store

    articles = tmp_path / "in"
    articles.mkdir()
    for i in range(40):  # more lines than one read of the reader takes
        (articles / f"a{i:02}.md").write_text(
            f"---\ntitle: Talks {i}\npublished: 2024-05-{1 + i % 28:02}\n---\n"
            f"Chancellor Olaf Scholz met President Emmanuel Macron in Paris on talk {i}.\n")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(articles), "--store",
                             str(tmp_path / "st")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # as `head -1` does
    assert first.startswith(b"new")
    assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    assert b"BrokenPipeError" not in proc.stderr.read()
    with open_store(str(tmp_path / "st"), create=False) as store:
        assert len(store.graphs()) == 40
