"""Stage 1, sources (documents): a PDF statement or a Word (.docx) file becomes an `Article`.

pypdf reads a PDF's text layer and python-docx a .docx file's paragraphs; the title comes
from the document's properties, or else its first short line, as for a .txt article; a
PDF's creation date is its `published` (a Word file's is not: often its template's). A PDF
that is only scanned images has no text layer: said, not guessed at (kg does no OCR).
"""

from __future__ import annotations

import datetime as dt
import io
import re

from kg.errors import SourceError
from kg.sources import Article, _split_title, make_article


def _title_and_body(text: str, title: str | None) -> tuple[str | None, str]:
    if title and title.strip():
        return " ".join(title.split()), text
    return _split_title(text)


def read_pdf(data: bytes, origin: str, **overrides) -> Article:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SourceError(origin, "the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken PDF is one bad input
        raise SourceError(origin, f"cannot read the PDF ({exc})") from None
    # a line break inside a paragraph is the page's layout, a blank line is a paragraph
    text = "\n\n".join(re.sub(r"[ \t]*\n[ \t]*(?=\S)", "\n", p).strip() for p in pages)
    if not text.strip():
        raise SourceError(origin, "the PDF has no text layer (scanned pages?); kg does no OCR")
    title, body = _title_and_body(text, info.title if info else None)
    meta: dict[str, object] = {"title": title}
    created = info.creation_date if info else None
    if isinstance(created, dt.datetime):
        meta["published"] = created.date()
    return make_article(body, meta, origin, **overrides)


def read_docx(data: bytes, origin: str, **overrides) -> Article:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - not a Word document after all
        raise SourceError(origin, f"cannot read the Word document ({exc})") from None
    lines = [" ".join(p.text.split()) for p in document.paragraphs]
    text = "\n\n".join(line for line in lines if line)
    if not text.strip():
        raise SourceError(origin, "the Word document has no text")
    props = document.core_properties
    title, body = _title_and_body(text, props.title)
    # (no date from the file's properties: a Word file's "created" is often its template's)
    return make_article(body + "\n", {"title": title}, origin, **overrides)
