"""What the pictures share (`kg graph`, `kg map`): a date range, matplotlib's SVG and PNG of
one figure, and a self-contained HTML page holding the SVG inline with a table of its rows,
which loads nothing from anywhere."""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from pathlib import Path


def within(date: str, since: str | None, until: str | None) -> bool:
    """Whether a date (YYYY, YYYY-MM or YYYY-MM-DD, or "") is in [since, until], compared at
    the precision of each bound; an undated row is kept only when no range is given."""
    if (since or until) and not date:
        return False
    if since and date[:len(since)] < since:
        return False
    return not (until and date[:len(until)] > until)


def pyplot():  # type: ignore[no-untyped-def]
    """matplotlib's pyplot on the Agg backend (no screen), names kept as text in SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.fonttype"] = "none"
    return plt


def save(fig) -> tuple[bytes, bytes]:  # type: ignore[no-untyped-def]
    """The figure as SVG and PNG bytes; the figure is closed."""
    out = []
    for fmt in ("svg", "png"):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, bbox_inches="tight", dpi=110)
        out.append(buf.getvalue())
    pyplot().close(fig)
    return out[0], out[1]


def page(title: str, lead: str, svg: bytes, headers: list[str], rows: list[list[str]],
         after: str = "") -> str:
    """A page: the title, a line of counts, the picture inline, its rows as a table, and
    any further HTML (already escaped)."""
    body = svg.decode("utf-8")
    body = body[body.index("<svg"):]  # (without the XML declaration and doctype)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    cells = "\n".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                      for row in rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;margin:1.5em}} svg{{max-width:100%;height:auto}}
table{{border-collapse:collapse;margin-top:1em}} td,th{{border:1px solid #ccd;padding:3px 8px;
font-size:90%}} th{{background:#eef}}</style></head>
<body><h1>{html.escape(title)}</h1>
<p>{html.escape(lead)}</p>
{body}
<table><thead><tr>{head}</tr></thead><tbody>
{cells}
</tbody></table>{after}</body></html>
"""


def write(output: Path, svg: bytes, png: bytes, page_text: Callable[[], str]) -> None:
    """The picture in the format the output's suffix asks for: .svg, .png, else the page."""
    suffix = output.suffix.lower()
    if suffix == ".svg":
        output.write_bytes(svg)
    elif suffix == ".png":
        output.write_bytes(png)
    else:
        output.write_text(page_text(), encoding="utf-8")
