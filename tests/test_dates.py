from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import infer_date_order, normalise

PUB = dt.date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "order", "value", "precision"),
    [
        ("1/9", "DMY", "2025-09-01", "day"),
        ("on 29/9", "DMY", "2025-09-29", "day"),
        ("9/29", "MDY", "2025-09-29", "day"),
        ("8/8", "MDY", "2025-08-08", "day"),
        ("9/29/2025", "MDY", "2025-09-29", "day"),
        ("29/9", "MDY", "2025-09-29", "day"),  # only one reading is possible
        ("last month", None, "2025-08", "month"),
        ("in May", None, "2025-05", "month"),
        ("early 2022", None, "2022", "year"),
        ("2008", None, "2008", "year"),
        ("In 2019", None, "2019", "year"),
        ("September 1", None, "2025-09-01", "day"),
        ("1 September 2025", None, "2025-09-01", "day"),
        ("next month", None, "2025-10", "month"),
        ("next week", None, "2025-09", "month"),  # a week: no invented day
        ("on Monday", None, "2025-09-01", "day"),  # the article's own weekday
        ("Thursday", None, "2025-08-28", "day"),
        # a range of days names its first day, never a year "1919"
        ("May 18-19", None, "2025-05-18", "day"),
        ("18–19 May", None, "2025-05-18", "day"),
        ("June 14-15, 2024", None, "2024-06-14", "day"),
        ("2024-05-18", None, "2024-05-18", "day"),
    ],
)
def test_dates_normalise(text, order, value, precision):
    result = normalise(text, PUB, order)
    assert result is not None
    assert (result.value, result.precision) == (value, precision)


@pytest.mark.parametrize("text", ["one", "first", "the past 20 years", "decades", "", "  "])
def test_dates_normalise_rejects_non_dates(text):
    assert normalise(text, PUB, "DMY") is None


def test_dates_weekday_of_planned_event_is_the_next_one():
    assert normalise("Monday", dt.date(2025, 12, 4), future=True).value == "2025-12-08"


def test_dates_relative_phrase_without_published_date_is_not_guessed():
    assert normalise("last month", None) is None


@pytest.mark.parametrize(
    ("text", "order"),
    [("on 1/9 and again on 29/9", "DMY"), ("on 6/24 and 6/25", "MDY"), ("on 1/9 only", None),
     ("13/1 and 1/13", None)],
)
def test_dates_infer_order_from_unambiguous_date(text, order):
    assert infer_date_order(text) == order


@pytest.mark.parametrize("text", [
    "June 5, 2024", "on June 5, 2024", "5 June 2024", "Monday, June 5, 2023", "June 2024",
    "in June 2024", "Jan. 3, 2020", "3rd of March 2019", "the 3rd of March 2019",
    "Sept 9 2011", "31 June 2024", "on Tuesday, 14 May 2024", "March 4th, 2022",
])
def test_dates_calendar_dates_read_as_dateparser_reads_them(text):
    """Full calendar dates take a fast path; it must agree with dateparser on each form."""
    from kg.dates import _calendar, _parser

    published = dt.date(2024, 6, 14)
    phrase = text.lower().removeprefix("on ").removeprefix("in ")
    data = _parser(published, "MDY", "past").get_date_data(phrase)
    expected = None
    if data is not None and data.date_obj is not None:
        day = data.date_obj.date()
        expected = day.isoformat() if data.period == "day" else f"{day.year:04d}-{day.month:02d}"
    fast = _calendar(phrase, text)
    assert (fast.value if fast else None) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("last October", "2024-10"),  # the last October before September 2025
    ("last September", "2024-09"),  # in September, "last September" is a year ago
    ("next March", "2026-03"),
    ("this December", "2025-12"),
    ("last May", "2025-05"),
])
def test_dates_last_next_this_month(text, value):
    """dateparser reads none of these; a month named relative to the article's month."""
    got = normalise(text, PUB, "MDY")
    assert got is not None and (got.value, got.precision) == (value, "month")


@pytest.mark.parametrize(("text", "future", "value"), [
    ("1/9", False, "2025-09-01"),  # met on 1/9 (2 September article): 1 September, not 2026
    ("1/9", True, "2026-01-09"),  # will meet on 1/9: the coming date
    ("10/8", False, "2025-08-10"),
    ("10/8", True, "2025-10-08"),
])
def test_dates_a_guessed_order_keeps_a_past_event_before_the_article(text, future, value):
    """Issue 12 item 5: with no order given (None), month/day is a guess, so the other order
    is taken when only it keeps what happened before the article (and what is planned after)."""
    got = normalise(text, dt.date(2025, 9, 2), None, future=future)
    assert got is not None and got.value == value
    assert normalise("1/9", dt.date(2025, 9, 2), "MDY").value == "2026-01-09"  # given: kept


@pytest.mark.parametrize("phrase", ["this morning", "this afternoon", "earlier this evening"])
def test_a_part_of_this_day_is_the_articles_day(phrase):
    """"was received by President Biden at the White House this morning": the article's day."""
    assert normalise(phrase, dt.date(2023, 6, 22)).value == "2023-06-22"


@pytest.mark.parametrize("phrase, value", [
    ("later Thursday", "2014-09-18"), ("later on Thursday", "2014-09-18"),
    ("late on Wednesday", "2014-09-17"), ("Thursday afternoon", "2014-09-18"),
    ("Monday night", "2014-09-15"), ("early Tuesday morning", "2014-09-16"),
])
def test_a_weekday_with_a_time_of_day_is_that_day(phrase, value):
    """"Poroshenko also met Biden later Thursday", "on Thursday afternoon" in an article of
    Thursday 18 September 2014: that Thursday (not none, not the week before)."""
    assert normalise(phrase, dt.date(2014, 9, 18)).value == value


@pytest.mark.parametrize("text", [
    "December 29", "June 14", "June 20", "June 5", "5 June", "the 5th of June", "Monday, June 10",
    "29 February", "January 2", "Sept 9", "31 June",
])
@pytest.mark.parametrize("future", [False, True])
def test_dates_without_a_year_read_as_dateparser_reads_them(text, future):
    """A day and month without a year take a fast path too (dateparser costs ~4 ms a phrase
    and half a second to start); it must agree with dateparser, past and future."""
    from kg.dates import _calendar_no_year, _parser

    published = dt.date(2024, 6, 14)
    phrase = text.lower()
    data = _parser(published, "MDY", "future" if future else "past").get_date_data(phrase)
    expected = data.date_obj.date().isoformat() if data is not None and \
        data.date_obj is not None and data.period == "day" else None
    fast = _calendar_no_year(phrase, text, published, future)
    assert (fast.value if fast else None) == expected
