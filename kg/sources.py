"""Stage 1, sources: files, folders, JSON lines and stdin become `Article`s.

Reading never stops at a bad input: every problem is yielded as a `SourceError` naming the
file (and line) and the reason, and the caller goes on with the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg import EXTRACTOR_VERSION
from kg.errors import Skipped, SourceError

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}  # read by kg.webpages
FEED_SUFFIXES = {".rss", ".atom", ".xml"}  # read by kg.feeds
DOCUMENT_SUFFIXES = {".pdf", ".docx"}  # read by kg.documents
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | \
    FEED_SUFFIXES | DOCUMENT_SUFFIXES
READS = ".txt, .md, .jsonl, .html, .rss/.atom/.xml feeds, .pdf and .docx"
DATE_ORDERS = ("DMY", "MDY", "YMD")
METADATA_FIELDS = ("id", "title", "published", "url", "source", "date_order")

MAX_ARTICLE_CHARS = 1_000_000  # spaCy's own limit for one text; no news article comes near
MAX_FILE_BYTES = 8 * 1024 * 1024  # a .txt or .md file larger than this is not one article
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")

_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}


@dataclass(frozen=True)
class Article:
    """One news article: its body text and what we know about it."""

    id: str
    text: str
    origin: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    date_order: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def content_hash(self) -> str:
        """Changes when the text, the metadata or the extractor changes."""
        parts = [
            EXTRACTOR_VERSION,
            self.text,
            self.title or "",
            self.published.isoformat() if self.published else "",
            self.url or "",
            self.source or "",
            self.date_order or "",
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def article_id(text: str, title: str | None, published: dt.date | None, url: str | None,
               explicit: str | None = None, source_file: str | None = None) -> str:
    """A stable id: an explicit id, else the URL, else the file it is (a .md or .txt file
    holds one article), else title and date, else the text.

    Re-ingesting the same article (even with edited text, or with --published given the
    second time) therefore replaces its graph.
    """
    if explicit:
        key = "id:" + explicit
    elif url:
        key = "url:" + url.strip()
    elif source_file:
        key = "file:" + source_file
    elif title:
        key = f"title:{title.strip()}|{published.isoformat() if published else ''}"
    else:
        key = "text:" + text
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def parse_date(value: object, origin: str, field_name: str = "published") -> dt.date | None:
    """A metadata date: a YAML date, or an ISO string (YYYY-MM-DD, or a timestamp)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise SourceError(origin, f"{field_name} {value!r} is not a date; write it as YYYY-MM-DD")


def check_date_order(value: object, origin: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().upper() in DATE_ORDERS:
        return value.strip().upper()
    raise SourceError(origin, f"date_order {value!r} is not one of {', '.join(DATE_ORDERS)}")


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252/Latin-1.

    Binary files are rejected with what they look like.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(origin, f"UTF-16 text that does not decode ({exc.reason})") from None
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise SourceError(origin, f"binary file ({what}), not an article")
    if b"\x00" in data[:8192]:
        raise SourceError(origin, "binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            # Real UTF-8 sequences beside broken ones: a damaged file, not another encoding.
            raise SourceError(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                              f"{exc.start}); re-save the file as UTF-8") from None
    try:
        return data.decode("cp1252")  # Windows-1252, the usual "Latin-1" of news files
    except UnicodeDecodeError:
        return data.decode("latin-1")


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: dates stay strings and get our own clear check."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    k: [(tag, regexp) for tag, regexp in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str, origin: str) -> tuple[dict, str]:
    """YAML front matter between `---` lines at the very top, and the body after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.load(match.group(1), Loader=_FrontMatterLoader) or {}  # noqa: S506
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (front matter line {line + 2})" if line is not None else ""
        raise SourceError(origin, f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise SourceError(origin, "front matter must be a YAML mapping (key: value lines)")
    return meta, text[match.end():]


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and "<body" in text[:5000].lower()
    )


def make_article(text: str, meta: dict, origin: str, *, published: dt.date | None = None,
                 date_order: str | None = None, source_file: str | None = None) -> Article:
    """Check the text and metadata and build the Article. CLI values override metadata."""
    if not isinstance(text, str):
        raise SourceError(origin, f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise SourceError(origin, "no text: the article is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise SourceError(origin, f"text of {len(text):,} characters is too long for one article "
                          f"(at most {MAX_ARTICLE_CHARS:,}); split it into articles")
    if looks_like_html(text):
        raise SourceError(origin, "looks like HTML; save the article text as .txt or .md")
    from kg.language import not_english

    language = not_english(text)
    if language:
        raise SourceError(origin, f"not English: the text reads as {language}, and kg's "
                          "extractor reads English only")
    for key in ("title", "url", "source", "id"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise SourceError(origin, f"{key} must be a string, not {type(value).__name__}")
    title = _clean_str(meta.get("title"))
    url = _clean_str(meta.get("url"))
    pub = published or parse_date(meta.get("published") or meta.get("date"), origin)
    order = date_order or check_date_order(meta.get("date_order"), origin)
    return Article(
        id=article_id(text, title, pub, url, _clean_str(meta.get("id")), source_file),
        text=text,
        origin=origin,
        title=title,
        published=pub,
        url=url,
        source=_clean_str(meta.get("source")),
        date_order=order,
    )


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _split_title(text: str) -> tuple[str | None, str]:
    """A plain-text article whose first line is short and followed by more text has a title."""
    stripped = text.lstrip("\n")
    first, sep, rest = stripped.partition("\n")
    if sep and rest.strip() and 0 < len(first.strip()) <= 200 and not first.rstrip().endswith(
        (".", '"', "”")
    ):
        return first.strip(), rest
    return None, text


def read_text_file(data: str, origin: str, suffix: str, **overrides) -> Article:
    if suffix in MARKDOWN_SUFFIXES or data.startswith("---"):
        meta, body = split_front_matter(data, origin)
        if suffix in MARKDOWN_SUFFIXES and "title" not in meta:
            heading = re.match(r"\s*#\s+(.+)\n", body)
            if heading:
                meta["title"] = heading.group(1).strip()
                body = body[heading.end():]
    else:
        meta = {}
        title, body = _split_title(data)
        if title:
            meta["title"] = title
    meta.setdefault("title", Path(origin).stem if origin != "-" else None)
    return make_article(body, meta, origin, **overrides)


def read_jsonl(data: str, origin: str, first_line: int = 1,
               **overrides) -> Iterator[Article | SourceError]:
    """One article per line: {"text": ..., "title", "published", "url", "source", "id"}."""
    # split on "\n" only: str.splitlines() would also cut at U+2028 inside a JSON string
    for number, line in enumerate(data.split("\n"), start=first_line):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield SourceError(where, "each line must be a JSON object with a \"text\" field")
            continue
        if "text" not in record:
            yield SourceError(where, "missing the \"text\" field")
            continue
        meta = {k: record.get(k) for k in METADATA_FIELDS if record.get(k) is not None}
        meta.setdefault("title", None)
        try:
            yield make_article(record["text"], meta, where, **overrides)
        except SourceError as err:
            yield err


def _read_bytes(path: Path, origin: str) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise SourceError(origin, "cannot read the file (permission denied)") from None
    except IsADirectoryError:
        raise SourceError(origin, "is a folder") from None
    except OSError as exc:
        raise SourceError(origin, f"cannot read the file ({exc.strerror or exc})") from None


def read_file(path: Path, **overrides) -> Iterator[Article | SourceError]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        yield SourceError(origin, f"unknown extension {suffix or '(none)'!r}; kg reads {READS}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, origin, **overrides)
        return
    if suffix in FEED_SUFFIXES | DOCUMENT_SUFFIXES:
        yield from _read_binary_kind(path, origin, suffix, **overrides)
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield SourceError(origin, f"cannot read the file ({exc.strerror or exc})")
        return
    if size > MAX_FILE_BYTES:
        yield SourceError(origin, f"file of {size / 1e6:.1f} MB is too large for one article "
                          f"(at most {MAX_FILE_BYTES // 2**20} MiB); split it, or use .jsonl")
        return
    try:
        data = decode(_read_bytes(path, origin), origin)
    except SourceError as err:
        yield err
        return
    # one article a file: the file is the article, whatever its date or title say
    yield from read_data(data, origin, suffix, source_file=str(path.resolve()), **overrides)


def _read_binary_kind(path: Path, origin: str, suffix: str,
                      **overrides) -> Iterator[Article | SourceError]:
    """A feed (its XML declares its own encoding), a PDF or a Word file: read as bytes."""
    try:
        if path.stat().st_size > 4 * MAX_FILE_BYTES:
            yield SourceError(origin, f"file larger than {4 * MAX_FILE_BYTES // 2**20} MiB; "
                              "not read")
            return
        data = _read_bytes(path, origin)
    except OSError as exc:
        yield SourceError(origin, f"cannot read the file ({exc.strerror or exc})")
        return
    except SourceError as err:
        yield err
        return
    try:
        if suffix in FEED_SUFFIXES:
            from kg.feeds import read_feed

            yield from read_feed(data, origin, **overrides)
        elif suffix == ".pdf":
            from kg.documents import read_pdf

            yield read_pdf(data, origin, **overrides)
        else:
            from kg.documents import read_docx

            yield read_docx(data, origin, **overrides)
    except SourceError as err:
        yield err


def _read_jsonl_file(path: Path, origin: str, **overrides) -> Iterator[Article | SourceError]:
    """A JSONL file line by line, so a large file is never held whole in memory."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield SourceError(origin, f"cannot read the file ({exc.strerror or exc})")
        return
    with fh:
        first = True
        for number, raw in enumerate(fh, start=1):
            if first and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            first = False
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield SourceError(f"{origin}:{number}", "not valid UTF-8; JSON lines must be UTF-8")
                continue
            yield from read_jsonl(line, origin, first_line=number, **overrides)


def read_data(data: str, origin: str, suffix: str, **overrides) -> Iterator[Article | SourceError]:
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(data, origin, **overrides)
        return
    try:
        if suffix in FEED_SUFFIXES:
            from kg.feeds import read_feed

            overrides.pop("source_file", None)  # (a feed's items are many articles)
            yield from read_feed(data, origin, **overrides)
        elif suffix in HTML_SUFFIXES or looks_like_html(data):
            from kg.webpages import read_html  # a saved page (or a .txt that is one)

            yield read_html(data, origin, **overrides)
        else:
            yield read_text_file(data, origin, suffix, **overrides)
    except SourceError as err:
        yield err


FOLDER_NOTES = {"README", "CHANGELOG", "LICENSE", "LICENCE", "CONTRIBUTING", "NOTES",
                "AUTHORS", "COPYING", "INDEX"}


def walk(folder: Path) -> Iterator[Path | SourceError]:
    """Files below a folder, sorted, hidden ones skipped, symlink loops reported once."""
    seen: set[str] = set()

    def visit(directory: Path) -> Iterator[Path | SourceError]:
        real = os.path.realpath(directory)
        if real in seen:
            yield SourceError(str(directory), "symlink loop: this folder was already read")
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            yield SourceError(str(directory), f"cannot list the folder ({exc.strerror or exc})")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from visit(path)
            elif path.stem.upper() in FOLDER_NOTES:  # a folder's README.md is about the
                # folder, not news: said, and read only when named on its own
                yield Skipped(str(path), f"not read: a folder's {path.stem} is no article "
                              "(name it on its own to ingest it)")
            elif path.suffix.lower() in KNOWN_SUFFIXES or not path.exists():
                yield path
            else:  # other files in a folder (images, notes): said, not counted as failures
                yield Skipped(str(path), f"not read: kg reads {READS}, "
                              f"not {path.suffix.lower() or 'files without an extension'}")

    yield from visit(folder)


def read_sources(paths: Iterable[str], *, published: dt.date | None = None,
                 date_order: str | None = None, fetcher: object | None = None,
                 url_lists: Iterable[str] = ()) -> Iterator[Article | SourceError]:
    """Every article in the given paths (files, folders, URLs, `-` for stdin), then at the
    URLs the `url_lists` files list, in order. `fetcher` (a kg.fetch.Fetcher) fetches URLs;
    one with default settings is made when a URL comes and none is given."""
    overrides = {"published": published, "date_order": date_order}
    for url_list in url_lists:
        from kg.fetch import Fetcher, read_url_list

        fetcher = fetcher or Fetcher()
        yield from read_url_list(url_list, fetcher, **overrides)  # type: ignore[arg-type]
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            from kg.fetch import Fetcher

            fetcher = fetcher or Fetcher()
            yield from fetcher.articles(raw, **overrides)  # type: ignore[attr-defined]
            continue
        if raw == "-":
            raw_bytes = sys.stdin.buffer.read()
            if raw_bytes.startswith((b"%PDF", b"PK\x03\x04")):  # a PDF or a .docx piped in
                from kg.documents import read_docx, read_pdf

                reader = read_pdf if raw_bytes.startswith(b"%PDF") else read_docx
                try:
                    yield reader(raw_bytes, "-", **overrides)
                except SourceError as exc:
                    yield exc
                continue
            try:
                data = decode(raw_bytes, "-")
            except SourceError as exc:  # an image piped in: named, like a file's
                yield exc
                continue
            from kg.feeds import looks_like_feed

            head = data.lstrip()[:1]
            suffix = ".jsonl" if head == "{" else ".md" if data.startswith("---") else \
                ".xml" if looks_like_feed(data) else ".txt"
            yield from read_data(data, "-", suffix, **overrides)
            continue
        path = Path(raw)
        if path.is_dir():
            for item in walk(path):
                if isinstance(item, SourceError):
                    yield item
                else:
                    yield from read_file(item, **overrides)
        elif path.exists() or path.is_symlink():
            yield from read_file(path, **overrides)
        else:
            yield SourceError(raw, "no such file or folder")
