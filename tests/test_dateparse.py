"""Reading dates as reports write them: PartialDate.parse and Period.parse.

The table of supported phrases lives in docs/dates.md and is read from there, so the
documentation cannot drift from the code.
"""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import rightsreport._dateparse
from rightsreport import (
    DateParseError,
    InvalidFieldError,
    PartialDate,
    Period,
    Report,
    RightsReportError,
)
from rightsreport.testing import partial_dates, periods

DOCS_PAGE = Path(__file__).resolve().parent.parent / "docs" / "dates.md"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Row(NamedTuple):
    """One row of the documented phrase table."""

    phrase: str
    options: dict[str, Any]
    date: str | None  # None: PartialDate.parse refuses it as a period
    period: str


def _options(cell: str) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for item in cell.replace("`", "").split():
        key, _, value = item.partition("=")
        if key == "reference":
            options[key] = PartialDate.from_edtf(value)
        else:
            options[key] = {"True": True, "False": False}[value]
    return options


def _table() -> list[Row]:
    text = DOCS_PAGE.read_text("utf-8")
    body = text.split("<!-- phrase-table:start -->")[1]
    body = body.split("<!-- phrase-table:end -->")[0]
    rows = []
    for line in body.strip().splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        phrase, options, date, period = cells
        rows.append(
            Row(
                phrase.strip("`"),
                _options(options),
                None if date == "a period" else date.strip("`"),
                period.strip("`"),
            )
        )
    return rows


TABLE = _table()


def _id(row: Row) -> str:
    options = " ".join(f"{key}={value}" for key, value in row.options.items())
    return f"{row.phrase} [{options}]" if options else row.phrase


def test_the_table_is_large_and_has_no_duplicates() -> None:
    """The documented table holds at least 80 distinct phrase and option pairs."""
    assert len(TABLE) >= 80
    assert len({_id(row) for row in TABLE}) == len(TABLE)


@pytest.mark.parametrize("row", TABLE, ids=_id)
def test_partial_date_parse(row: Row) -> None:
    """PartialDate.parse gives the table's EDTF, or refuses a period saying so."""
    if row.date is not None:
        assert str(PartialDate.parse(row.phrase, **row.options)) == row.date
        return
    with pytest.raises(DateParseError) as caught:
        PartialDate.parse(row.phrase, **row.options)
    assert str(caught.value) == (
        f"cannot parse {row.phrase!r}: {row.phrase!r} is a period "
        f"({row.period}): use Period.parse"
    )
    assert (caught.value.part, caught.value.position) == (row.phrase, 0)


@pytest.mark.parametrize("row", TABLE, ids=_id)
def test_period_parse(row: Row) -> None:
    """Period.parse gives the table's EDTF interval."""
    period = Period.parse(row.phrase, **row.options)
    assert str(period) == row.period
    assert Period.from_edtf(row.period) == period


@pytest.mark.parametrize(
    "row", [row for row in TABLE if "reference" in row.options], ids=_id
)
def test_relative_phrases_need_a_reference(row: Row) -> None:
    """Every phrase the table reads against a reference is refused without one."""
    for method in (PartialDate.parse, Period.parse):
        with pytest.raises(DateParseError) as caught:
            method(row.phrase)
        assert caught.value.reason == (
            "is relative: pass the date it is relative to as reference="
        )
        assert row.phrase[caught.value.position :].startswith(caught.value.part)


def test_the_worked_example_as_of_july_of_last_year(article: Report) -> None:
    """The article's "as of July of last year" is July 2020 against its 2021 date."""
    statistic = article.statistic("assembly-association-violations")
    assert statistic is not None
    assert article.published is not None
    parsed = PartialDate.parse("as of July of last year", reference=article.published)
    assert parsed == statistic.as_of == PartialDate(year=2020, month=7)


def test_the_worked_example_assembly_period(article: Report) -> None:
    """The article's "from April 2019 to March 2020" is the statistic's period."""
    statistic = article.statistic("assemblies")
    assert statistic is not None
    assert Period.parse("from April 2019 to March 2020") == statistic.period


class Refusal(NamedTuple):
    """A phrase that must be refused, with the error's exact fields."""

    phrase: str
    options: dict[str, Any]
    part: str
    position: int
    reason: str


IS_RELATIVE = "is relative: pass the date it is relative to as reference="
AMBIGUOUS = (
    "is ambiguous: pass dayfirst=True (day/month/year) "
    "or dayfirst=False (month/day/year)"
)
YEAR_2021 = {"reference": PartialDate(year=2021)}

REFUSED = [
    Refusal("", {}, "", 0, "has no date in it"),
    Refusal("   ", {}, "   ", 0, "has no date in it"),
    Refusal("the", {}, "the", 0, "has no date in it"),
    Refusal("Jully 2020", {}, "Jully", 0, "not understood"),
    Refusal("July 2O20", {}, "2O20", 5, "not understood"),
    Refusal("in July 2020 2021", {}, "2021", 13, "not understood"),
    Refusal("30 Foo 2021", {}, "Foo", 3, "not understood"),
    Refusal("yesterday", {}, "yesterday", 0, "not understood"),
    Refusal("two years ago", YEAR_2021, "two", 0, "not understood"),
    Refusal("2020 and 2021", {}, "and", 5, "not understood"),
    Refusal("as 2020", {}, "2020", 3, "not understood"),
    Refusal("10000", {}, "10000", 0, "not understood"),
    Refusal("../..", {}, "../..", 0, "not understood"),
    Refusal("in 2020 ~", {}, "~", 8, "not understood"),
    Refusal("the past few months", YEAR_2021, "past", 4, "not understood"),
    Refusal("the 30th of 2021", {}, "2021", 12, "not understood"),
    Refusal("each quarter of 2020", {}, "each", 0, "not understood"),
    Refusal("in the past", YEAR_2021, "past", 7, "not understood"),
    Refusal("July", {}, "July", 0, "has no year"),
    Refusal("in July", {}, "July", 3, "has no year"),
    Refusal("15 March", {}, "15 March", 0, "has no year"),
    Refusal("April to June", {}, "April", 0, "has no year"),
    Refusal("Q3", {}, "Q3", 0, "has no year"),
    Refusal("the third quarter", {}, "third quarter", 4, "has no year"),
    Refusal("the end of January", {}, "end of January", 4, "has no year"),
    Refusal("from 15 to 20", {}, "15", 5, "has no month"),
    Refusal("since", {}, "since", 0, "must be followed by a date"),
    Refusal("from April 2019 to", {}, "to", 16, "must be followed by a date"),
    Refusal("between 2019 and", {}, "and", 13, "must be followed by a date"),
    Refusal("between 2019", {}, "2019", 8, "must be followed by 'and' and a date"),
    Refusal("early", {}, "early", 0, "must be followed by a date"),
    Refusal("..", {}, "..", 0, "must be followed by '/'"),
    Refusal("01/02/2021", {}, "01/02/2021", 0, AMBIGUOUS),
    Refusal("01/02/03", {}, "01/02/03", 0, AMBIGUOUS),
    Refusal(
        "30/03/2021",
        {"dayfirst": False},
        "30/03/2021",
        0,
        "names month 30, but months run from 1 to 12",
    ),
    Refusal("13/2020", {}, "13/2020", 0, "names month 13, but months run from 1 to 12"),
    Refusal(
        "31 June 2021",
        {},
        "31 June 2021",
        0,
        "names day 31 of June 2021, which has 30 days",
    ),
    Refusal(
        "2021-02-29",
        {},
        "2021-02-29",
        0,
        "names day 29 of February 2021, which has 28 days",
    ),
    Refusal("0000", {}, "0000", 0, "names year 0, outside 1 to 9999"),
    Refusal("2020-13", {}, "2020-13", 0, "is neither a month nor a span of years"),
    Refusal("2020/07", {}, "2020/07", 0, "is neither a month nor a span of years"),
    Refusal("2019-19", {}, "2019-19", 0, "is neither a month nor a span of years"),
    Refusal("Q5 2020", {}, "Q5", 0, "is not a quarter of a year"),
    Refusal("H3 2020", {}, "H3", 0, "is not a half of a year"),
    Refusal("Q3rd 2020", {}, "Q3rd", 0, "is not a quarter of a year"),
    Refusal("mid-30 March 2021", {}, "mid-30 March 2021", 0, "needs a year or a month"),
    Refusal("early 2019-20", {}, "early 2019-20", 0, "needs a year or a month"),
    Refusal("the end of 15", {}, "end of 15", 4, "needs a year or a month"),
    Refusal("2020-2019", {}, "2020-2019", 0, "ends before it starts (2020 to 2019)"),
    Refusal(
        "December-January 2021",
        {},
        "December-January 2021",
        0,
        "ends before it starts (2021-12 to 2021-01)",
    ),
    Refusal("last year", {}, "last year", 0, IS_RELATIVE),
    Refusal("July of last year", {}, "last year", 8, IS_RELATIVE),
    Refusal("the past 12 months", {}, "past 12 months", 4, IS_RELATIVE),
    Refusal(
        "last month",
        YEAR_2021,
        "last month",
        0,
        "needs a reference known to the month (got 2021)",
    ),
    Refusal(
        "last July",
        YEAR_2021,
        "last July",
        0,
        "needs a reference known to the month (got 2021)",
    ),
    Refusal(
        "last year",
        {"reference": PartialDate(year=1)},
        "last year",
        0,
        "names year 0, outside 1 to 9999",
    ),
    Refusal(
        "the past 12 months",
        {"reference": PartialDate(year=1, month=3, day=5)},
        "past 12 months",
        4,
        "reaches outside the years 1 to 9999 from 0001-03-05",
    ),
]


@pytest.mark.parametrize("refusal", REFUSED, ids=lambda refusal: refusal.phrase)
def test_refused_phrases(refusal: Refusal) -> None:
    """Both parsers refuse the phrase, naming it, the part and the reason."""
    assert len(REFUSED) >= 20
    for method in (PartialDate.parse, Period.parse):
        with pytest.raises(DateParseError) as caught:
            method(refusal.phrase, **refusal.options)
        error = caught.value
        assert (error.phrase, error.part, error.position, error.reason) == refusal[
            :1
        ] + refusal[2:]
        assert str(error) == (
            f"cannot parse {refusal.phrase!r}: {refusal.part!r} {refusal.reason}"
        )
        assert refusal.phrase[error.position :].startswith(error.part)


def test_date_parse_error_is_a_value_error_and_pickles() -> None:
    """DateParseError is a RightsReportError and a ValueError, and pickles."""
    error = DateParseError("Jully 2020", "Jully", 0, "not understood")
    assert isinstance(error, RightsReportError)
    assert isinstance(error, ValueError)
    assert not isinstance(error, TypeError)
    back = pickle.loads(pickle.dumps(error))  # noqa: S301
    assert type(back) is DateParseError
    assert (back.phrase, back.part, back.position, back.reason, str(back)) == (
        "Jully 2020",
        "Jully",
        0,
        "not understood",
        "cannot parse 'Jully 2020': 'Jully' not understood",
    )


def test_an_end_before_the_start_keeps_the_model_error() -> None:
    """A reversed range's DateParseError chains the model's InvalidFieldError."""
    with pytest.raises(DateParseError) as caught:
        Period.parse("2020 to 2019")
    assert isinstance(caught.value.__cause__, InvalidFieldError)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": 2020}, "'text' must be a str (got int)"),
        ({"text": None}, "'text' must be a str (got NoneType)"),
        (
            {"text": "2020", "reference": "2021"},
            "'reference' must be a PartialDate, a datetime.date or None (got str)",
        ),
        (
            {"text": "2020", "reference": dt.datetime(2021, 3, 30, tzinfo=dt.UTC)},
            "'reference' must be a PartialDate, a datetime.date or None (got datetime)",
        ),
        (
            {"text": "2020", "dayfirst": 1},
            "'dayfirst' must be True, False or None (got int)",
        ),
    ],
)
def test_arguments_of_the_wrong_type(kwargs: dict[str, Any], message: str) -> None:
    """Wrong argument types raise InvalidFieldError naming the argument."""
    text = kwargs.pop("text")
    for method in (PartialDate.parse, Period.parse):
        with pytest.raises(InvalidFieldError) as caught:
            method(text, **kwargs)
        assert str(caught.value) == message


def test_a_date_reference_is_a_day() -> None:
    """A datetime.date reference counts as a day-precision PartialDate."""
    day = dt.date(2021, 3, 30)
    for phrase in ("last month", "the past 12 months", "last July", "this year"):
        assert Period.parse(phrase, reference=day) == Period.parse(
            phrase, reference=PartialDate.from_date(day)
        )


def test_nothing_is_filled_in() -> None:
    """The text's precision is kept: no day for a month, no month for a year."""
    assert PartialDate.parse("July 2020") == PartialDate(year=2020, month=7)
    assert PartialDate.parse("2020") == PartialDate(year=2020)
    assert PartialDate.parse("in 2020").precision.value == "year"


def test_the_result_never_depends_on_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing never asks for today's date: every table row still parses."""

    class NoToday(dt.date):
        @classmethod
        def today(cls) -> NoToday:
            raise AssertionError("parse asked for today's date")

    fake = SimpleNamespace(date=NoToday, datetime=dt.datetime, timedelta=dt.timedelta)
    monkeypatch.setattr(rightsreport._dateparse, "dt", fake)
    for row in TABLE:
        assert str(Period.parse(row.phrase, **row.options)) == row.period


# -- properties ------------------------------------------------------------------


@given(partial_dates())
def test_partial_date_parse_reads_edtf(date: PartialDate) -> None:
    """Every PartialDate's EDTF form parses back to it."""
    assert PartialDate.parse(str(date)) == date


@given(periods())
def test_period_parse_reads_edtf(period: Period) -> None:
    """Every Period's EDTF form parses back to it."""
    assert Period.parse(str(period)) == period


def _written(date: PartialDate, form: int) -> str:
    """*date* (without qualifiers) the way a report might print it."""
    if date.month is None:
        return f"{date.year}"
    name = MONTHS[date.month - 1]
    if date.day is None:
        return (
            f"{name} {date.year}",
            f"{name[:3]}. {date.year}",
            f"{date.month}/{date.year}",
        )[form % 3]
    return (
        f"{date.day} {name} {date.year}",
        f"{name} {date.day}, {date.year}",
        f"{name[:3]}. {date.day}, {date.year}",
        f"the {date.day}th of {name} {date.year}",
        f"{date.year}-{date.month:02d}-{date.day:02d}",
    )[form % 5]


plain_dates = partial_dates().map(
    lambda date: PartialDate(year=date.year, month=date.month, day=date.day)
)


@given(plain_dates, st.integers(0, 14), st.booleans())
def test_written_dates_parse_to_themselves(
    date: PartialDate, form: int, around: bool
) -> None:
    """A date written in any common form parses to that date, "around" marking ~."""
    phrase = ("around " if around else "") + _written(date, form)
    parsed = PartialDate.parse(phrase)
    assert parsed == PartialDate(
        year=date.year, month=date.month, day=date.day, approximate=around
    )


@given(plain_dates, plain_dates, st.integers(0, 14), st.integers(0, 14))
def test_written_ranges_parse_to_periods(
    first: PartialDate, second: PartialDate, form: int, other_form: int
) -> None:
    """ "From A to B" parses to the period A/B for any ordered written dates."""
    start, end = sorted((first, second), key=lambda date: date.earliest)
    phrase = f"from {_written(start, form)} to {_written(end, other_form)}"
    assert Period.parse(phrase) == Period(start=start, end=end)


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(1, 36))
def test_the_past_months_end_on_the_reference(day: dt.date, months: int) -> None:
    """Against a day, "the past N months" is exact: N months up to that day."""
    period = Period.parse(f"the past {months} months", reference=day)
    assert period.latest == day
    assert period.earliest == day + dt.timedelta(days=1) - relativedelta(months=months)
    assert period.duration is not None
    shortest, longest = period.duration
    assert shortest == longest


@given(partial_dates())
def test_relative_years_follow_the_reference(reference: PartialDate) -> None:
    """Last, this and next year are the calendar years around the reference."""
    for phrase, offset in (("last year", -1), ("this year", 0), ("next year", 1)):
        parsed = PartialDate.parse(phrase, reference=reference)
        assert parsed == PartialDate(
            year=reference.year + offset,
            approximate=reference.approximate,
            uncertain=reference.uncertain,
        )


@given(partial_dates().filter(lambda date: date.month is not None))
def test_the_past_months_hold_every_reading(reference: PartialDate) -> None:
    """A coarse reference gives a period that holds each day's exact reading."""
    period = Period.parse("the past 12 months", reference=reference)
    for day in (reference.earliest, reference.latest):
        assert period.contains(Period.parse("the past 12 months", reference=day))
