"""Imprecise dates and periods, as reports write them, with EDTF as their text form.

A :class:`PartialDate` keeps exactly the precision a document gives (a year, a
month or a day) and the EDTF level 1 qualifiers (approximate ``~``, uncertain
``?``, both ``%``). A :class:`Period` has a start and an end, either of which may be
open. Comparisons respect precision: every value has an earliest and a latest
possible day, and relations are stated in terms of those bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from typing import Any, Final

from attrs import field, frozen

from rightsreport._errors import DateParseError, InvalidFieldError

__all__ = ["DatePrecision", "PartialDate", "Period"]

_EDTF_DATE: Final = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?")
_QUALIFIERS: Final = {"": (False, False), "~": (True, False), "?": (False, True)}
_QUALIFIERS["%"] = (True, True)


class DatePrecision(enum.StrEnum):
    """How much of a date a document gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check_year(_: object, attribute: object, value: Any) -> None:
    if type(value) is not int:
        raise InvalidFieldError("year", "an int from 1 to 9999", type(value).__name__)
    if not 1 <= value <= 9999:
        raise InvalidFieldError("year", "a year from 1 to 9999", repr(value))


def _check_month(_: object, attribute: object, value: Any) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise InvalidFieldError("month", "an int from 1 to 12", type(value).__name__)
    if not 1 <= value <= 12:
        raise InvalidFieldError("month", "a month from 1 to 12", repr(value))


def _check_flag(_: object, attribute: object, value: Any) -> None:
    if type(value) is not bool:
        name = getattr(attribute, "name", "flag")
        raise InvalidFieldError(name, "a bool", type(value).__name__)


@frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date known to a year, a month or a day.

    The precision is what the document gives, never more: "July 2020" is
    ``PartialDate(year=2020, month=7)``, and no day is invented for it. Its
    ``str()`` is the EDTF form::

        >>> from rightsreport import PartialDate
        >>> july = PartialDate(year=2020, month=7)
        >>> str(july)
        '2020-07'
        >>> july.earliest, july.latest
        (datetime.date(2020, 7, 1), datetime.date(2020, 7, 31))
        >>> PartialDate.from_edtf("2020").contains(july)
        True
        >>> str(PartialDate(year=2020, month=10, approximate=True))
        '2020-10~'

    Attributes:
        year: The year, 1 to 9999.
        month: The month, 1 to 12, or ``None`` at year precision.
        day: The day of the month, or ``None``; a day needs a month.
        approximate: The document gives the date as approximate ("around May
            2020"), EDTF ``~``.
        uncertain: The date is doubtful ("possibly 2019"), EDTF ``?``.
    """

    year: int = field(validator=_check_year)
    month: int | None = field(default=None, validator=_check_month)
    day: int | None = field(default=None)
    approximate: bool = field(default=False, validator=_check_flag)
    uncertain: bool = field(default=False, validator=_check_flag)

    @day.validator
    def _check_day(self, _: object, value: object) -> None:
        if value is None:
            return
        if type(value) is not int:
            raise InvalidFieldError("day", "an int from 1 to 31", type(value).__name__)
        if self.month is None:
            raise InvalidFieldError("day", "None when month is None", repr(value))
        last = calendar.monthrange(self.year, self.month)[1]
        if not 1 <= value <= last:
            raise InvalidFieldError(
                "day",
                f"a day from 1 to {last} of {self.year}-{self.month:02d}",
                repr(value),
            )

    @classmethod
    def from_edtf(cls, text: str) -> PartialDate:
        """Parse an EDTF level 0 date with an optional level 1 qualifier.

        Accepts ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``, each optionally followed
        by ``~`` (approximate), ``?`` (uncertain) or ``%`` (both)::

            >>> PartialDate.from_edtf("2020-07~")
            PartialDate(year=2020, month=7, day=None, approximate=True, uncertain=False)

        Raises:
            InvalidFieldError: *text* is not such a date, or names a day that does
                not exist.
        """
        if not isinstance(text, str):
            raise InvalidFieldError("edtf", "an EDTF date string", type(text).__name__)
        match = _EDTF_DATE.fullmatch(text)
        if match is None:
            raise InvalidFieldError(
                "edtf",
                "an EDTF date such as '2020', '2020-07' or '2020-07-31~'",
                repr(text),
            )
        year, month, day, qualifier = match.groups()
        approximate, uncertain = _QUALIFIERS[qualifier or ""]
        return cls(
            year=int(year),
            month=None if month is None else int(month),
            day=None if day is None else int(day),
            approximate=approximate,
            uncertain=uncertain,
        )

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        reference: PartialDate | dt.date | None = None,
        dayfirst: bool | None = None,
    ) -> PartialDate:
        """Read one date as a document writes it, at the precision it gives.

        No day or year is ever filled in: "July 2020" is a month. Surrounding words
        such as "as of", "in", "during" and "by" are understood and dropped::

            >>> str(PartialDate.parse("as of July 2020"))
            '2020-07'
            >>> str(PartialDate.parse("March 30, 2021"))
            '2021-03-30'
            >>> str(PartialDate.parse("around May 2020"))
            '2020-05~'

        Relative phrases need *reference*, the date the text was written (usually
        its publication date)::

            >>> str(PartialDate.parse("July of last year", reference=PartialDate(year=2021)))
            '2020-07'

        The phrases understood are listed in the documentation's page on dates.

        Args:
            text: The phrase, in English.
            reference: The date relative phrases ("last year") count from.
            dayfirst: How to read a numeric date whose order the numbers do not
                settle (``01/02/2021``): ``True`` for day/month/year, ``False``
                for month/day/year, ``None`` to refuse it.

        Raises:
            DateParseError: *text* is not a date this parser understands, is
                relative and *reference* is missing, or names a period ("since
                2017": use :meth:`Period.parse`).
            InvalidFieldError: an argument has the wrong type.
        """
        from rightsreport._dateparse import Shape, parse  # noqa: PLC0415 - a cycle

        parsed = parse(text, reference, dayfirst)
        if parsed.shape is Shape.PERIOD or parsed.start is None:
            period = Period(start=parsed.start, end=parsed.end)
            raise DateParseError(
                text, text, 0, f"is a period ({period}): use Period.parse"
            )
        return parsed.start

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """Return the day-precision date for a :class:`datetime.date`.

        A :class:`datetime.datetime` is refused: a report's dates are calendar
        days, and a time of day with no time zone is ambiguous.
        """
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise InvalidFieldError("date", "a datetime.date", type(value).__name__)
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> DatePrecision:
        """Whether the date is known to the year, the month or the day."""
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def earliest(self) -> dt.date:
        """The first day the date can mean (``2020-07`` -> 1 July 2020)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day the date can mean (``2020-07`` -> 31 July 2020)."""
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def contains(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether every day *other* can mean lies within this date's bounds.

        >>> PartialDate(year=2020).contains(PartialDate(year=2020, month=7))
        True
        >>> PartialDate(year=2020, month=7).contains(PartialDate(year=2020))
        False
        """
        return _contains(self.earliest, self.latest, other)

    def overlaps(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether this date and *other* can mean at least one common day."""
        return _overlaps(self.earliest, self.latest, other)

    def before(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether this date certainly ends before *other* starts.

        >>> PartialDate(year=2020).before(PartialDate(year=2021, month=3, day=30))
        True
        >>> PartialDate(year=2021).before(PartialDate(year=2021, month=3, day=30))
        False
        """
        return _before(self.latest, other)

    def after(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether this date certainly starts after *other* ends."""
        return _after(self.earliest, other)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.approximate and self.uncertain:
            return text + "%"
        if self.approximate:
            return text + "~"
        if self.uncertain:
            return text + "?"
        return text


def _check_end(_: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, PartialDate):
        name = getattr(attribute, "name", "end")
        raise InvalidFieldError(name, "a PartialDate or None", type(value).__name__)


@frozen(kw_only=True, order=False)
class Period:
    """A span of time between two partial dates; either end may be open.

    ``None`` at an end means open: the span runs on without a known limit, EDTF
    ``..`` ("since 2017" is ``2017/..``). The end may not lie certainly before the
    start::

        >>> from rightsreport import PartialDate, Period
        >>> period = Period.from_edtf("2019-04/2020-03")
        >>> period.earliest, period.latest
        (datetime.date(2019, 4, 1), datetime.date(2020, 3, 31))
        >>> period.overlaps(PartialDate(year=2020))
        True
        >>> str(Period(start=PartialDate(year=2017)))
        '2017/..'

    Attributes:
        start: The first date of the span, or ``None`` when open.
        end: The last date of the span (inclusive), or ``None`` when open.
    """

    start: PartialDate | None = field(default=None, validator=_check_end)
    end: PartialDate | None = field(default=None, validator=_check_end)

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise InvalidFieldError("end", "a PartialDate when start is open", "None")
        if (
            self.start is not None
            and self.end is not None
            and self.end.latest < self.start.earliest
        ):
            raise InvalidFieldError(
                "end", f"a date on or after the start {self.start}", repr(str(self.end))
            )

    @classmethod
    def from_edtf(cls, text: str) -> Period:
        """Parse an EDTF interval: two dates (or ``..`` for open) around a ``/``.

        >>> str(Period.from_edtf("2020/.."))
        '2020/..'
        >>> Period.from_edtf("../2020-06").end
        PartialDate(year=2020, month=6, day=None, approximate=False, uncertain=False)

        Raises:
            InvalidFieldError: *text* is not such an interval, or ends before it
                starts.
        """
        if not isinstance(text, str):
            raise InvalidFieldError(
                "edtf", "an EDTF interval string", type(text).__name__
            )
        start, slash, end = text.partition("/")
        if not slash or "/" in end:
            raise InvalidFieldError(
                "edtf",
                "an EDTF interval such as '2019-04/2020-03' or '2020/..'",
                repr(text),
            )
        return cls(start=_interval_end(start), end=_interval_end(end))

    @property
    def earliest(self) -> dt.date | None:
        """The first day the period can include, or ``None`` when open."""
        return None if self.start is None else self.start.earliest

    @property
    def latest(self) -> dt.date | None:
        """The last day the period can include, or ``None`` when open."""
        return None if self.end is None else self.end.latest

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        reference: PartialDate | dt.date | None = None,
        dayfirst: bool | None = None,
    ) -> Period:
        """Read a period as a document writes it, at the precision it gives.

        >>> str(Period.parse("from April 2019 to March 2020"))
        '2019-04/2020-03'
        >>> str(Period.parse("since 2017"))
        '2017/..'
        >>> str(Period.parse("the first half of 2020"))
        '2020-01/2020-06'
        >>> str(Period.parse("mid-2019"))
        '2019-05~/2019-08~'

        A phrase naming one date is the period from that date to itself ("in
        2020" is ``2020/2020``); one naming the date something is counted up to
        ("as of July 2020", "by June 2020") is open at the start::

            >>> str(Period.parse("in 2020")), str(Period.parse("as of July 2020"))
            ('2020/2020', '../2020-07')
            >>> str(Period.parse("the past 12 months", reference=dt.date(2021, 3, 30)))
            '2020-03-31/2021-03-30'

        Arguments and errors are those of :meth:`PartialDate.parse`.
        """
        from rightsreport._dateparse import Shape, parse  # noqa: PLC0415 - a cycle

        parsed = parse(text, reference, dayfirst)
        if parsed.shape is Shape.UP_TO:
            return cls(end=parsed.end)
        return cls(start=parsed.start, end=parsed.end)

    @property
    def is_open(self) -> bool:
        """Whether either end is open."""
        return self.start is None or self.end is None

    @property
    def duration(self) -> tuple[dt.timedelta, dt.timedelta] | None:
        """The shortest and the longest the period can last, ends included.

        Each end is known only to its precision, so the length is a range. From
        April 2019 to March 2020 runs at least from 30 April 2019 to 1 March 2020
        and at most from 1 April 2019 to 31 March 2020::

            >>> shortest, longest = Period.from_edtf("2019-04/2020-03").duration
            >>> shortest.days, longest.days
            (307, 366)
            >>> Period.from_edtf("2020/2020").duration[0].days
            1

        ``None`` when an end is open. Qualifiers (``~``, ``?``) do not change it:
        bounds are the days the written precision allows.
        """
        if self.start is None or self.end is None:
            return None
        one = dt.timedelta(days=1)
        longest = self.end.latest - self.start.earliest + one
        shortest = max(self.end.earliest - self.start.latest + one, one)
        return shortest, longest

    def contains(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether every day *other* can mean lies within this period.

        >>> Period.from_edtf("2020/..").contains(PartialDate(year=2024))
        True
        """
        return _contains(_low(self.earliest), _high(self.latest), other)

    def overlaps(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether this period and *other* can share at least one day.

        >>> Period.from_edtf("2019-04/2020-03").overlaps(PartialDate(year=2019))
        True
        """
        return _overlaps(_low(self.earliest), _high(self.latest), other)

    def before(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether this period certainly ends before *other* starts."""
        return _before(_high(self.latest), other)

    def after(self, other: PartialDate | Period | dt.date) -> bool:
        """Whether this period certainly starts after *other* ends."""
        return _after(_low(self.earliest), other)

    def __str__(self) -> str:
        start = ".." if self.start is None else str(self.start)
        end = ".." if self.end is None else str(self.end)
        return f"{start}/{end}"


def _interval_end(text: str) -> PartialDate | None:
    if text == "..":
        return None
    return PartialDate.from_edtf(text)


def _low(value: dt.date | None) -> dt.date:
    return dt.date.min if value is None else value


def _high(value: dt.date | None) -> dt.date:
    return dt.date.max if value is None else value


def bounds(value: object) -> tuple[dt.date, dt.date]:
    """Return the earliest and latest day *value* can mean (open ends unbounded).

    Anything but a PartialDate, a Period or a :class:`datetime.date` is refused,
    a :class:`datetime.datetime` included: it is no calendar day until a time zone
    says which.
    """
    if isinstance(value, PartialDate):
        return value.earliest, value.latest
    if isinstance(value, Period):
        return _low(value.earliest), _high(value.latest)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value, value
    raise InvalidFieldError(
        "other", "a PartialDate, a Period or a datetime.date", type(value).__name__
    )


def _contains(
    low: dt.date, high: dt.date, other: PartialDate | Period | dt.date
) -> bool:
    other_low, other_high = bounds(other)
    return low <= other_low and other_high <= high


def _overlaps(
    low: dt.date, high: dt.date, other: PartialDate | Period | dt.date
) -> bool:
    other_low, other_high = bounds(other)
    return low <= other_high and other_low <= high


def _before(high: dt.date, other: PartialDate | Period | dt.date) -> bool:
    return high < bounds(other)[0]


def _after(low: dt.date, other: PartialDate | Period | dt.date) -> bool:
    return low > bounds(other)[1]
