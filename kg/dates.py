"""Date normalisation: what a date phrase in an article means, and how precisely.

Numeric dates ("1/9", "29/9", "9/29/2025") are read in the article's date order; when the
order is not given, an unambiguous date in the same article ("29/9") decides it. Words and
relative phrases ("last month", "in May", "on Monday", "September 1") go to dateparser,
anchored on the article's published date. A day is never invented: "May" stays 2025-05.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_NUMERIC = re.compile(r"\b(\d{1,4})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b")
_YEAR = re.compile(r"^(?:in |during |since |by |until )?(?:the )?(?:year )?(\d{4})s?$")
_VAGUE_YEAR = re.compile(
    r"^(?:in |by |until |since )?(?:the )?(?:early|earlier|mid|mid-|middle of|late|later|end of|"
    r"start of|beginning of|first half of|second half of|spring|summer|autumn|fall|winter)"
    r"[ -]?(?:in )?(\d{4})$"
)
_DATE_WORD = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight)\b|"
    r"\b(?:last|next|this|previous|coming) (?:week|month|year|weekend)\b"
)
_SKIP = re.compile(r"\b(?:years?|decades?|centur(?:y|ies)|days|weeks|months|hours|minutes|"
                   r"ago|age|old|long|recent|once|annual|daily|weekly)\b")


_MONTHS = {name: i for i, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}


def is_month(word: str) -> bool:
    """"March", "Mar", "Sept.": a month's name or its short form."""
    return word.lower().rstrip(".") in _MONTHS


_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_CALENDAR = [re.compile(p) for p in (
    rf"^(?:[a-z]+day,? )?{_MONTH} {_DAY},? (?P<year>\d{{4}})$",  # June 5, 2024
    rf"^(?:[a-z]+day,? )?(?:the )?{_DAY} (?:of )?{_MONTH},? (?P<year>\d{{4}})$",  # 5 June 2024
    rf"^{_MONTH},? (?P<year>\d{{4}})$",  # June 2024
)]


@dataclass(frozen=True)
class DateValue:
    """A date with its precision: value is YYYY-MM-DD, YYYY-MM or YYYY."""

    value: str
    precision: str  # day | month | year
    text: str = ""

    @property
    def year(self) -> int:
        return int(self.value[:4])


def infer_date_order(text: str) -> str | None:
    """DMY or MDY from an unambiguous numeric date in the text ("29/9" or "9/29")."""
    votes = {"DMY": 0, "MDY": 0}
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if m.group(1) and len(m.group(1)) == 4:
            continue
        if a > 12 >= b >= 1 and a <= 31:
            votes["DMY"] += 1
        elif b > 12 >= a >= 1 and b <= 31:
            votes["MDY"] += 1
    if votes["DMY"] and not votes["MDY"]:
        return "DMY"
    if votes["MDY"] and not votes["DMY"]:
        return "MDY"
    return None


def ambiguous_numeric(text: str) -> bool:
    """"1/9", "on 10/8/2025": a numeric date whose two parts could each be the month."""
    m = _NUMERIC.search(text)
    if m is None or len(m.group(1)) == 4:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    return a != b and 1 <= a <= 12 and 1 <= b <= 12


def _nearest_year(month: int, day: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            delta = abs((dt.date(year, month, day) - published).days)
        except ValueError:
            continue
        if best is None or delta < best[0]:
            best = (delta, year)
    return best[1] if best else None


def _numeric(text: str, published: dt.date | None, order: str) -> DateValue | None:
    m = _NUMERIC.fullmatch(text.strip())
    if not m:
        return None
    first, second, year_text = m.group(1), int(m.group(2)), m.group(3)
    if len(first) == 4:  # 2025/9 is not a date form we read
        return None
    a = int(first)
    day, month = (a, second) if order == "DMY" else (second, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        day, month = month, day  # the other order is the only possible one
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000 if year < 70 else 1900
    else:
        year = _nearest_year(month, day, published)
        if year is None:
            return None
    try:
        return DateValue(dt.date(year, month, day).isoformat(), "day", text)
    except ValueError:
        return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(phrase: str, published: dt.date | None, future: bool) -> dt.date | None:
    """"Thursday" in an article of a Thursday is that day; otherwise the last one before it
    (or the next one, for a planned event)."""
    words = phrase.replace("last ", "").split()
    if published is None or len(words) != 1 or words[0] not in _WEEKDAYS:
        return None
    delta = (published.weekday() - _WEEKDAYS.index(words[0])) % 7
    if future and delta:
        return published + dt.timedelta(days=7 - delta)
    return published - dt.timedelta(days=delta)


def _relative_month(phrase: str, published: dt.date | None) -> str | None:
    """"last October" (the last October before the article's month), "next March", "this
    June": dateparser reads none of these."""
    m = re.fullmatch(r"(last|next|this|past|coming)\s+([a-z]+)", phrase)
    if published is None or m is None or m.group(2) not in _MONTHS:
        return None
    month, year = _MONTHS[m.group(2)], published.year
    if m.group(1) in ("last", "past"):
        year -= month >= published.month
    elif m.group(1) in ("next", "coming"):
        year += month <= published.month
    return f"{year:04d}-{month:02d}"


@lru_cache(maxsize=8)  # one parser per article date: keep a few, not one per day ever seen
def _parser(base: dt.date, order: str, prefer: str):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": prefer,
            "DATE_ORDER": order,
            "REQUIRE_PARTS": [],
            "STRICT_PARSING": False,
        },
    )


def _calendar(phrase: str, raw: str) -> DateValue | None:
    """A calendar date written out in full ("June 5, 2024", "5 June 2024", "June 2024"):
    read here, as dateparser reads it, because it is the commonest form and dateparser
    takes ~4 ms a phrase (measured: a sixth of extraction time on the bench corpus)."""
    for pattern in _CALENDAR:
        m = pattern.match(phrase)
        if m is None:
            continue
        year, month = int(m.group("year")), _MONTHS[m.group("month")]
        day = m.groupdict().get("day")
        if day is None:
            return DateValue(f"{year:04d}-{month:02d}", "month", raw)
        try:
            return DateValue(dt.date(year, month, int(day)).isoformat(), "day", raw)
        except ValueError:
            return None
    return None


_YEARLESS = [re.compile(p) for p in (
    rf"^(?:[a-z]+day,? )?{_MONTH} {_DAY}$",  # June 5, Monday, June 5
    rf"^(?:[a-z]+day,? )?(?:the )?{_DAY} (?:of )?{_MONTH}$",  # 5 June, the 5th of June
)]


def _calendar_no_year(phrase: str, raw: str, published: dt.date,
                      future: bool) -> DateValue | None:
    """"December 29", "5 June": the last such day on or before the article's date (the next
    one on or after it, for a planned event), as dateparser reads it, without its cost."""
    for pattern in _YEARLESS:
        m = pattern.match(phrase)
        if m is None:
            continue
        month, day = _MONTHS[m.group("month")], int(m.group("day"))
        if not (1 <= day <= 31):
            return None
        for offset in range(9):  # (29 February: the nearest leap year)
            try:
                when = dt.date(published.year + (offset if future else -offset), month, day)
            except ValueError:
                continue
            if (when > published) if future else (when <= published):
                return DateValue(when.isoformat(), "day", raw)
    return None


def normalise(text: str, published: dt.date | None, order: str | None = None,
              future: bool = False) -> DateValue | None:
    """The date a phrase names, or None when it names none we can pin down.

    `published` anchors relative phrases and years left out; `future` prefers the coming
    date for a bare weekday or month (a planned event) over the past one.
    """
    return _normalise(text, published, order, future)


@lru_cache(maxsize=4096)  # an article names its few dates again and again
def _normalise(text: str, published: dt.date | None, order: str | None,
               future: bool) -> DateValue | None:
    raw = " ".join(text.split())
    phrase = raw.lower().strip(" ,.")
    phrase = re.sub(r"^(?:on|in|at|of|from|since|by|until|as of)\s+", "", phrase)
    if not phrase:
        return None
    numeric = _numeric(phrase, published, order or "MDY")
    if numeric and order is None and published is not None and not _NUMERIC.fullmatch(
            phrase).group(3):
        # no order given or found in the text: month/day is a guess, so a past event is
        # never put after the article ("met on 1/9" on 2 September 2025: 1 September, not
        # 9 January 2026) nor a planned one before it, when the other order avoids that
        other = _numeric(phrase, published, "DMY")
        day = published.isoformat()
        if other and other.value != numeric.value and (
                (not future and numeric.value > day >= other.value) or
                (future and numeric.value < day <= other.value)):
            numeric = other
    if numeric:
        return DateValue(numeric.value, numeric.precision, raw)
    m = _YEAR.match(phrase) or _VAGUE_YEAR.match(phrase)
    if m:
        year = int(m.group(1))
        return DateValue(f"{year:04d}", "year", raw) if 1000 <= year <= 2999 else None
    phrase = re.sub(r"^(?:early|earlier|mid|mid-|late|later|the end of|the start of|"
                    r"the beginning of)(?: on)?[ -]+(?=[a-z])", "", phrase)
    # ("early September": the month, no day; "later Thursday", "late on Friday": the day)
    phrase = re.sub(r"^((?:last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day) "
                    r"(?:morning|afternoon|evening|night)$", r"\1", phrase)
    # ("Thursday afternoon": the Thursday)
    # "this morning", "earlier this afternoon": the article's day
    phrase = re.sub(r"^(?:earlier |later )?this (?:morning|afternoon|evening)$", "today", phrase)
    if not _DATE_WORD.search(phrase):
        return None
    if _SKIP.search(phrase) and not re.search(r"\b(last|next|this|previous|coming)\b", phrase):
        return None
    if published is None and not re.search(r"\b\d{4}\b", phrase):
        return None
    # a range of days names its first: "May 18-19", "18–19 May", "June 14-15, 2024"
    phrase = re.sub(r"(?<![\d/.–—-])\b(\d{1,2})\s*[-–—]\s*\d{1,2}\b(?!\s*[-–—/.]\s*\d)", r"\1", phrase)
    calendar = _calendar(phrase, raw) or (
        _calendar_no_year(phrase, raw, published, future) if published else None)
    if calendar:
        return calendar
    weekday = _weekday(phrase, published, future)
    if weekday:
        return DateValue(weekday.isoformat(), "day", raw)
    month = _relative_month(phrase, published)
    if month:
        return DateValue(month, "month", raw)
    base = published or dt.date.today()
    try:
        data = _parser(base, order or "MDY", "future" if future else "past").get_date_data(phrase)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    when = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return DateValue(f"{when.year:04d}", "year", raw)
    if period in ("month", "week"):  # a week is reported at month precision: no invented day
        return DateValue(f"{when.year:04d}-{when.month:02d}", "month", raw)
    return DateValue(when.isoformat(), "day", raw)
