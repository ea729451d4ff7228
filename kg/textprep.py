"""Text preparation before NLP: hide what is not story text, keeping every offset.

News pages come with furniture: Markdown images, table pipes, photo credits, bylines, and
captions that the page repeats. Each is replaced by spaces of the same length, so that the
text spaCy reads has the same character offsets as the article and evidence offsets point
into the article itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_PIPE = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.M)
_CREDIT = re.compile(
    r"[(\[]?\b(?:Photo|Photos|Image|Picture|Video|Graphic|Credit|Source|Illustration)s?"
    r"(?: by)?\s*:\s*[^.\n|)\]]{1,60}[)\]]?[ \t]*$",
    re.M,
)
_RULE = re.compile(r"^[ \t]*([_=*~#-])\1{2,}[ \t]*$", re.M)  # a line drawn across: "_____"
_MOJIBAKE_BULLET = re.compile(r"^[ \t]*\?[ \t]+(?=[A-Z])", re.M)  # "? They agreed": a bullet
# ("•") a saved page lost to its encoding; a question mark never starts a line
_STAMP = re.compile(  # a page's time stamp: "Written By DNA Web Team | Updated: Apr 29, 2010",
    # "Last Update : Friday, Oct 9, 2015", "Published: 10/25/2023" (no story sentence: not the lead)
    r"^[ \t]*(?:(?:Written|Posted|Reported)[ \t]+[Bb]y\b[^\n]{0,60}\|[^\n]{0,80}|"
    r"(?:Last[ \t]+)?(?:Updated|Update|Published|Posted)(?:[ \t]+(?:at|on))?[ \t]*:[^\n]{0,80})$",
    re.M)
_EDITORIAL = re.compile(  # "President [Omar] Al-Bashir", "AU Chairman [Alpha Oumar] Konare":
    # words an editor put in brackets inside a name (not a Markdown link, "[text](url)")
    r"\[([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})\](?!\()")
_REPORTING = re.compile(r"^[ \t]*\(?(?:Reporting|Additional reporting|Writing|Editing) by\b.*$",
                        re.M | re.I)
_BYLINE = re.compile(
    r"^[ \t]*(?:By[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*"
    r"(?:[ \t]*[(,][ \t]*[A-Z][\w .&'’-]{1,40}\)?)?[ \t]*$"
)


_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_OPENING_BYLINE = re.compile(  # "By MARK HOLLIS and ANNA PETRENKO", "By A, B and C"
    rf"^[ \t]*[Bb]y[ \t]+(?:the[ \t]+)?{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_NAME}){{0,4}}"
    r"(?:[ \t]+[A-Z][a-z]+\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}(?: [ap]\.?m\.?)?)?)?[ \t]*$")
_AGENCY_LINE = re.compile(  # the line under it: "Associated Press", "Reuters staff writer"
    r"^[ \t]*(?:[\w.&'’-]+[ \t]+){0,3}(?:press|reuters|afp|news|agency|writers?|"
    r"correspondents?|reporters?|staff|bureau)[ \t]*$", re.I)


@dataclass(frozen=True)
class Removed:
    start: int
    end: int
    why: str


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def prepare(text: str, title: str | None = None) -> tuple[str, list[Removed]]:
    """The article text with non-story parts blanked out, and what was blanked and why.
    With the article's title: a first line that repeats it with the site's name after " | "
    or a dash (a saved page's <title>) is not a story sentence."""
    chars = list(text)
    removed: list[Removed] = []

    def hide(start: int, end: int, why: str) -> None:
        if end > start:
            _blank(chars, start, end)
            removed.append(Removed(start, end, why))

    for pattern, why in ((_IMAGE, "image"), (_HEADING, "heading mark"), (_PIPE, "table pipe"),
                         (_CREDIT, "photo credit"), (_REPORTING, "reporting credit"),
                         (_RULE, "rule line"), (_STAMP, "time stamp")):
        current = "".join(chars)  # each pattern sees what the ones before it left
        for m in pattern.finditer(current):
            hide(m.start(), m.end(), why)
    for m in _EDITORIAL.finditer("".join(chars)):  # keep the words, hide the brackets
        hide(m.start(), m.start() + 1, "editorial bracket")
        hide(m.end() - 1, m.end(), "editorial bracket")
    for m in _LINK.finditer("".join(chars)):  # keep a link's words, hide its brackets and address
        hide(m.start(), m.start() + 1, "link")
        hide(m.start(1) + len(m.group(1)), m.end(), "link")

    # Lines: repeated lines (captions the page shows twice) and a closing byline.
    seen: set[str] = set()
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    current = "".join(chars)
    for start, end in lines:
        key = " ".join(current[start:end].split())
        if not key:
            continue
        if len(key) >= 20 and key in seen:
            hide(start, end, "repeated line")
        seen.add(key)
    story_lines = [(s, e) for s, e in lines if current[s:e].strip()]
    if story_lines and title and _repeats_title(current[slice(*story_lines[0])], title):
        hide(*story_lines[0], "headline repeated")
        story_lines = story_lines[1:]
    if story_lines and _OPENING_BYLINE.match(current[slice(*story_lines[0])]):
        # an opening byline naming several reporters, and the agency line under it
        hide(*story_lines[0], "byline")
        if len(story_lines) > 1 and _AGENCY_LINE.match(current[slice(*story_lines[1])]):
            hide(*story_lines[1], "byline")
        story_lines = story_lines[1:]
    _unwrap(chars, lines)
    for m in _MOJIBAKE_BULLET.finditer("".join(chars)):  # (after _unwrap: a list item's line)
        hide(m.start(), m.end(), "bullet")
    for start, end in story_lines[-1:] + story_lines[:1]:
        line = "".join(chars[start:end])
        words = line.split()
        if 0 < len(words) <= 7 and _BYLINE.match(line) and not line.rstrip().endswith("."):
            if (start, end) == story_lines[0] and not line.strip().startswith("By "):
                continue  # a short first line is only a byline when it says "By"
            hide(start, end, "byline")
    return "".join(chars).translate(_HYPHENS), removed


# Hyphens the model does not know as one ("Secretary‑General", "Frank‑Walter" with U+2011, the
# non-breaking hyphen of UN pages): the ASCII hyphen, one character for one, so offsets stay.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•#|]|\?[ \t]|\d{1,2}[.)])")
_OPEN_END = re.compile(r"[.!?:;\"”’)\]]\s*$")  # a line that may end a sentence or a heading


def _unwrap(chars: list[str], lines: list[tuple[int, int]]) -> None:
    """Hard-wrapped text (a press release saved as plain text: "... President Lula da" /
    "Silva, President Hu Jintao ..."): in a text most of whose lines are cut at 50-100
    characters in mid-sentence, a line break after such a line is a space, so names and
    sentences run on as written. Short lines (headings, dates) and lines that end a sentence
    keep their breaks; the offsets stay."""
    text = "".join(chars)
    rows = [(text[s:e], s, e) for s, e in lines]
    filled = [t for t, _, _ in rows if t.strip()]
    cut = [t for t in filled if 50 <= len(t.rstrip()) <= 100 and not _OPEN_END.search(t)
           and not _LIST_ITEM.match(t)]
    if len(cut) < 3 or len(cut) < 0.3 * len(filled):
        return
    for (line, _, end), (after, _, _) in zip(rows, rows[1:], strict=False):
        if 40 <= len(line.rstrip()) <= 100 and not _OPEN_END.search(line) and \
                after.strip() and not _LIST_ITEM.match(after) \
                and after[:1] not in (" ", "\t") and \
                end < len(chars) and chars[end] == "\n":
            chars[end] = " "


def _repeats_title(line: str, title: str) -> bool:
    """"Trump fully backs Abe-Kim summit | #AsiaNewsNetwork" under the title "Trump fully
    backs Abe-Kim summit": the headline again, with the site's name."""
    fold = lambda t: " ".join(t.split()).casefold()  # noqa: E731
    line, title = fold(line), fold(title)
    if not title or not line.startswith(title):
        return False
    rest = line[len(title):].strip()
    # (the headline alone stays: readouts repeat it as their first line, and the story is
    # read with it, "Readout of X's Meeting with Y"; only the page's <title> copy goes)
    return rest[:1] in ("|", "\u2013", "\u2014") and len(rest.split()) <= 6
