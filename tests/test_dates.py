"""PartialDate and Period: construction, EDTF both ways, bounds and relations."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any, NamedTuple

import attrs
import pytest
from hypothesis import given

from rightsreport import DatePrecision, InvalidFieldError, PartialDate, Period
from rightsreport.testing import partial_dates, periods

D = PartialDate.from_edtf
P = Period.from_edtf

# -- EDTF both ways ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("2020", (2020, None, None, False, False)),
        ("2020-07", (2020, 7, None, False, False)),
        ("2020-07-31", (2020, 7, 31, False, False)),
        ("2020~", (2020, None, None, True, False)),
        ("2020-07?", (2020, 7, None, False, True)),
        ("2020-07-31%", (2020, 7, 31, True, True)),
        ("2020-02-29", (2020, 2, 29, False, False)),
        ("0001", (1, None, None, False, False)),
        ("9999-12-31", (9999, 12, 31, False, False)),
    ],
)
def test_partial_date_edtf(text: str, fields: tuple[Any, ...]) -> None:
    """EDTF dates parse to their fields and print back unchanged."""
    date = PartialDate.from_edtf(text)
    assert (
        date.year,
        date.month,
        date.day,
        date.approximate,
        date.uncertain,
    ) == fields
    assert str(date) == text


EDTF_DATE = "an EDTF date such as '2020', '2020-07' or '2020-07-31~'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", f"'edtf' must be {EDTF_DATE} (got '')"),
        ("20", f"'edtf' must be {EDTF_DATE} (got '20')"),
        ("2020-7", f"'edtf' must be {EDTF_DATE} (got '2020-7')"),
        ("2020-07-1", f"'edtf' must be {EDTF_DATE} (got '2020-07-1')"),
        ("2020~~", f"'edtf' must be {EDTF_DATE} (got '2020~~')"),
        (" 2020", f"'edtf' must be {EDTF_DATE} (got ' 2020')"),
        ("July 2020", f"'edtf' must be {EDTF_DATE} (got 'July 2020')"),
        ("2019/2020", f"'edtf' must be {EDTF_DATE} (got '2019/2020')"),
        ("0000", "'year' must be a year from 1 to 9999 (got 0)"),
        ("2020-13", "'month' must be a month from 1 to 12 (got 13)"),
        ("2020-00", "'month' must be a month from 1 to 12 (got 0)"),
        ("2020-02-30", "'day' must be a day from 1 to 29 of 2020-02 (got 30)"),
        ("2021-02-29", "'day' must be a day from 1 to 28 of 2021-02 (got 29)"),
        ("2020-04-00", "'day' must be a day from 1 to 30 of 2020-04 (got 0)"),
    ],
)
def test_invalid_partial_date_edtf(text: str, message: str) -> None:
    """Malformed or impossible EDTF dates are refused with the exact message."""
    with pytest.raises(InvalidFieldError) as caught:
        PartialDate.from_edtf(text)
    assert str(caught.value) == message


def test_from_edtf_refuses_a_non_string() -> None:
    """A non-string is refused by type, not parsed."""
    with pytest.raises(InvalidFieldError) as caught:
        PartialDate.from_edtf(2020)  # type: ignore[arg-type]
    assert str(caught.value) == "'edtf' must be an EDTF date string (got int)"
    with pytest.raises(InvalidFieldError) as caught:
        Period.from_edtf(None)  # type: ignore[arg-type]
    assert str(caught.value) == "'edtf' must be an EDTF interval string (got NoneType)"


@pytest.mark.parametrize(
    "text",
    [
        "2019-04/2020-03",
        "2020/2020",
        "2020/..",
        "../2020-06",
        "2020-07~/2020-08?",
        "2020-07-31/2020-08",
        "2020-07/2020-07-01",
    ],
)
def test_period_edtf(text: str) -> None:
    """EDTF intervals parse and print back unchanged."""
    assert str(Period.from_edtf(text)) == text


EDTF_INTERVAL = "an EDTF interval such as '2019-04/2020-03' or '2020/..'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2020", f"'edtf' must be {EDTF_INTERVAL} (got '2020')"),
        ("2020/2021/2022", f"'edtf' must be {EDTF_INTERVAL} (got '2020/2021/2022')"),
        ("../..", "'end' must be a PartialDate when start is open (got None)"),
        ("2021/2020", "'end' must be a date on or after the start 2021 (got '2020')"),
        (
            "2020-07/2020-06-30",
            "'end' must be a date on or after the start 2020-07 (got '2020-06-30')",
        ),
        ("2020-13/..", "'month' must be a month from 1 to 12 (got 13)"),
        ("2020/", f"'edtf' must be {EDTF_DATE} (got '')"),
        ("2020/...", f"'edtf' must be {EDTF_DATE} (got '...')"),
    ],
)
def test_invalid_period_edtf(text: str, message: str) -> None:
    """Malformed, empty or reversed intervals are refused with the exact message."""
    with pytest.raises(InvalidFieldError) as caught:
        Period.from_edtf(text)
    assert str(caught.value) == message


@given(partial_dates())
def test_partial_date_edtf_round_trip(date: PartialDate) -> None:
    """PartialDate.from_edtf(str(date)) == date for every date."""
    assert PartialDate.from_edtf(str(date)) == date


@given(periods())
def test_period_edtf_round_trip(period: Period) -> None:
    """Period.from_edtf(str(period)) == period for every period."""
    assert Period.from_edtf(str(period)) == period


# -- construction --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"year": "2020"}, "'year' must be an int from 1 to 9999 (got str)"),
        ({"year": True}, "'year' must be an int from 1 to 9999 (got bool)"),
        ({"year": 2020.0}, "'year' must be an int from 1 to 9999 (got float)"),
        ({"year": 10000}, "'year' must be a year from 1 to 9999 (got 10000)"),
        ({"year": 2020, "month": "7"}, "'month' must be an int from 1 to 12 (got str)"),
        ({"year": 2020, "month": 13}, "'month' must be a month from 1 to 12 (got 13)"),
        ({"year": 2020, "day": 5}, "'day' must be None when month is None (got 5)"),
        (
            {"year": 2020, "month": 4, "day": "5"},
            "'day' must be an int from 1 to 31 (got str)",
        ),
        (
            {"year": 2020, "month": 4, "day": 31},
            "'day' must be a day from 1 to 30 of 2020-04 (got 31)",
        ),
        ({"year": 2020, "approximate": 1}, "'approximate' must be a bool (got int)"),
        (
            {"year": 2020, "uncertain": None},
            "'uncertain' must be a bool (got NoneType)",
        ),
    ],
)
def test_partial_date_construction_errors(kwargs: dict[str, Any], message: str) -> None:
    """What can never be a date is refused at construction, naming the field."""
    with pytest.raises(InvalidFieldError) as caught:
        PartialDate(**kwargs)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": "2020"}, "'start' must be a PartialDate or None (got str)"),
        (
            {"start": D("2020"), "end": dt.date(2021, 1, 1)},
            "'end' must be a PartialDate or None (got date)",
        ),
        ({}, "'end' must be a PartialDate when start is open (got None)"),
    ],
)
def test_period_construction_errors(kwargs: dict[str, Any], message: str) -> None:
    """Periods need PartialDate ends, at least one of them."""
    with pytest.raises(InvalidFieldError) as caught:
        Period(**kwargs)
    assert str(caught.value) == message


def test_a_period_may_end_within_its_start() -> None:
    """Ends that may be the same day are allowed: 2020 to July 2020 is valid."""
    assert str(Period(start=D("2020"), end=D("2020-07"))) == "2020/2020-07"
    assert str(Period(start=D("2020-07-31"), end=D("2020-07"))) == "2020-07-31/2020-07"


def test_from_date() -> None:
    """A datetime.date becomes a day; a datetime or anything else is refused."""
    assert PartialDate.from_date(dt.date(2021, 3, 30)) == D("2021-03-30")
    for value in (dt.datetime(2021, 3, 30, tzinfo=dt.UTC), "2021-03-30"):
        with pytest.raises(InvalidFieldError) as caught:
            PartialDate.from_date(value)  # type: ignore[arg-type]
        assert str(caught.value) == (
            f"'date' must be a datetime.date (got {type(value).__name__})"
        )


# -- precision and bounds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2020", DatePrecision.YEAR, dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        ("2020-07", DatePrecision.MONTH, dt.date(2020, 7, 1), dt.date(2020, 7, 31)),
        ("2020-02", DatePrecision.MONTH, dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("2021-02", DatePrecision.MONTH, dt.date(2021, 2, 1), dt.date(2021, 2, 28)),
        ("2021-03-30", DatePrecision.DAY, dt.date(2021, 3, 30), dt.date(2021, 3, 30)),
        ("2020-07~", DatePrecision.MONTH, dt.date(2020, 7, 1), dt.date(2020, 7, 31)),
        ("2020%", DatePrecision.YEAR, dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
    ],
)
def test_partial_date_bounds(
    text: str, precision: DatePrecision, earliest: dt.date, latest: dt.date
) -> None:
    """Bounds are the first and last day the precision allows; qualifiers don't move them."""
    date = D(text)
    assert (date.precision, date.earliest, date.latest) == (precision, earliest, latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "is_open"),
    [
        ("2019-04/2020-03", dt.date(2019, 4, 1), dt.date(2020, 3, 31), False),
        ("2020/..", dt.date(2020, 1, 1), None, True),
        ("../2020-06", None, dt.date(2020, 6, 30), True),
    ],
)
def test_period_bounds(
    text: str, earliest: dt.date | None, latest: dt.date | None, is_open: bool
) -> None:
    """A period's bounds are its ends' outer bounds; an open end has none."""
    period = P(text)
    assert (period.earliest, period.latest, period.is_open) == (
        earliest,
        latest,
        is_open,
    )


@pytest.mark.parametrize(
    ("text", "shortest", "longest"),
    [
        ("2019-04/2020-03", 307, 366),
        ("2020/2020", 1, 366),
        ("2021/2021", 1, 365),
        ("2020-07/2020-07", 1, 31),
        ("2021-03-30/2021-03-30", 1, 1),
        ("2020-01-15/2020-02", 18, 46),
        ("2020-03-31/2021-03-30", 365, 365),
        ("2020~/2021?", 2, 731),
    ],
)
def test_period_duration(text: str, shortest: int, longest: int) -> None:
    """Duration runs from the closest to the farthest reading of the ends."""
    duration = P(text).duration
    assert duration is not None
    assert (duration[0].days, duration[1].days) == (shortest, longest)


@pytest.mark.parametrize("text", ["2020/..", "../2020"])
def test_an_open_period_has_no_duration(text: str) -> None:
    """An open period has no known length."""
    assert P(text).duration is None


# -- relations -----------------------------------------------------------------------

DAY = dt.date(2020, 7, 15)


class Relation(NamedTuple):
    """Two values and the relations the first has to the second."""

    a: PartialDate | Period
    b: PartialDate | Period | dt.date
    holds: str  # the names of the relations that hold, in order


RELATIONS = [
    Relation(D("2020"), D("2020-07"), "contains overlaps"),
    Relation(D("2020-07"), D("2020"), "overlaps"),
    Relation(D("2020-07"), D("2020-07-31"), "contains overlaps"),
    Relation(D("2020-07"), D("2020-08-01"), "before"),
    Relation(D("2020-08-01"), D("2020-07"), "after"),
    Relation(D("2019"), D("2020-01-01"), "before"),
    Relation(D("2020-07~"), D("2020-07"), "contains overlaps"),
    Relation(D("2020-07"), DAY, "contains overlaps"),
    Relation(D("2020-06"), DAY, "before"),
    Relation(P("2019-04/2020-03"), D("2020"), "overlaps"),
    Relation(P("2019-04/2020-03"), D("2019-12"), "contains overlaps"),
    Relation(P("2019-04/2020-03"), D("2020-04"), "before"),
    Relation(P("2019-04/2020-03"), D("2019-03"), "after"),
    Relation(P("2020/.."), D("2024"), "contains overlaps"),
    Relation(P("2020/.."), P("2021/.."), "contains overlaps"),
    Relation(P("2021/.."), P("2020/.."), "overlaps"),
    Relation(P("2020/.."), D("2019"), "after"),
    Relation(P("../2020"), D("2021"), "before"),
    Relation(P("../2020"), P("2020-12/.."), "overlaps"),
    Relation(P("../2020"), P("2021/.."), "before"),
    Relation(D("2021"), P("../2020"), "after"),
    Relation(D("2020"), P("2019-04/2020-03"), "overlaps"),
    Relation(D("2020"), P("2020-01/2020-12"), "contains overlaps"),
    Relation(D("2020"), P("2020/.."), "overlaps"),
]


@pytest.mark.parametrize("case", RELATIONS, ids=[f"{r.a} ? {r.b}" for r in RELATIONS])
def test_relations(case: Relation) -> None:
    """Relations hold in terms of the days each value can mean."""
    a, b = case.a, case.b
    results = {
        "contains": a.contains(b),
        "overlaps": a.overlaps(b),
        "before": a.before(b),
        "after": a.after(b),
    }
    assert " ".join(name for name, holds in results.items() if holds) == case.holds


@pytest.mark.parametrize("other", [dt.datetime(2020, 7, 1, tzinfo=dt.UTC), "2020"])
@pytest.mark.parametrize("value", [D("2020"), P("2020/..")])
def test_relations_refuse_other_types(value: PartialDate | Period, other: Any) -> None:
    """A datetime (ambiguous without a day boundary) or a string is refused."""
    for relation in (value.contains, value.overlaps, value.before, value.after):
        with pytest.raises(InvalidFieldError) as caught:
            relation(other)
        assert str(caught.value) == (
            "'other' must be a PartialDate, a Period or a datetime.date "
            f"(got {type(other).__name__})"
        )


@given(partial_dates() | periods(), partial_dates() | periods())
def test_relations_are_consistent(
    a: PartialDate | Period, b: PartialDate | Period
) -> None:
    """Before mirrors after; what is before never overlaps; containing overlaps."""
    assert a.before(b) == b.after(a)
    assert not (a.before(b) and a.overlaps(b))
    assert not a.contains(b) or a.overlaps(b)
    assert a.contains(a)
    assert a.overlaps(b) == b.overlaps(a)


# -- values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", [D("2020"), D("2020-07-31%"), P("2019-04/2020-03"), P("../2020~")]
)
def test_values_pickle_hash_and_are_frozen(value: PartialDate | Period) -> None:
    """Dates and periods pickle, hash by value, and cannot be changed."""
    back = pickle.loads(pickle.dumps(value))  # noqa: S301
    assert back == value
    assert hash(back) == hash(value)
    assert len({value, back}) == 1
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.start = None  # type: ignore[misc, union-attr]


def test_equality_includes_precision_and_qualifiers() -> None:
    """July 2020 is not 1 July 2020, and 2020~ is not 2020."""
    assert D("2020-07") != D("2020-07-01")
    assert D("2020~") != D("2020")
    assert P("2020/2020") != P("2020/..")
