"""Read dates as reports write them: "July 2020", "from April 2019 to March 2020".

The private engine behind :meth:`PartialDate.parse
<rightsreport.PartialDate.parse>` and :meth:`Period.parse
<rightsreport.Period.parse>`. A small hand-written grammar over tokens, not
``dateutil.parser``: the fuzzy parser fills in what the text leaves out from today's
date (``parse("July 2020")`` gets today's day of the month), and this module's one
promise is never to know more than the text says. python-dateutil's
``relativedelta`` does the calendar arithmetic of relative phrases ("the past 12
months").

The grammar, informally (``the`` is ignored everywhere)::

    phrase  := ["as of" | "as at" | "by" | "in" | "during" | "on" | "at" | "over"
                | "for" | "throughout" | "within"] range
             | "since" span ["onwards"] | ("until" | "till" | "through" | "up to") span
             | "from" range | "between" span ("and" | sep) span | "../" span
    range   := span [(sep span) | "onwards" | "/.."]
    sep     := "to" | "-" (or an en or em dash) | "/" | "until" | "till" | "through"
    span    := ["around" | "about" | "approximately" | "circa" | "c." ...]
               ( ("early" | "mid" | "late") date          -> a third, approximate
               | ("beginning" | "start" | "end") "of" date -> an approximate edge
               | quarter | half | "the past" [N] unit | date )
    date    := year | month [day] [","] ["of"] [year] | day ["of"] month [year]
               | ISO and numeric forms | "last year" | "July of last year" | ...

Where a range leaves out the start's year or month ("January-June 2021", "1-15
March 2021"), they come from the end (and an end's missing year from the start,
"March 2-15, 2021"). Anything still missing when the phrase is read is an error.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from collections.abc import Iterator
from typing import Final, NoReturn

from attrs import define, frozen
from dateutil.relativedelta import relativedelta

from rightsreport._dates import DatePrecision, PartialDate, Period
from rightsreport._errors import DateParseError, InvalidFieldError

__all__ = ["Parsed", "Shape", "parse"]

#: Stands for the last day of a month until the year is known (February varies).
_LAST_DAY: Final = -1

_TOKEN: Final = re.compile(
    r"""
      (?P<ymd>(?P<ymd_y>\d{4})(?P<ymd_s>[-/.])(?P<ymd_m>\d{1,2})(?P=ymd_s)(?P<ymd_d>\d{1,2}))(?!\d)
    | (?P<dmy>(?P<dmy_a>\d{1,2})(?P<dmy_s>[-/.])(?P<dmy_b>\d{1,2})(?P=dmy_s)(?P<dmy_y>\d{4}|\d{2}))(?!\d)
    | (?P<ym>(?P<ym_y>\d{4})(?P<ym_s>[-/])(?P<ym_m>\d{2}))(?!\d)
    | (?P<my>(?P<my_m>\d{1,2})[/.](?P<my_y>\d{4}))(?!\d)
    | (?P<num>\d+)(?P<suffix>st|nd|rd|th)?
    | (?P<word>[a-z]+)
    | (?P<dash>-|[\u2010-\u2015\u2212])
    | (?P<dots>\.\.)
    | (?P<punct>[/,.~?%])
    | (?P<other>.)
    """,
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)

_KINDS: Final = (
    "ymd",
    "dmy",
    "ym",
    "my",
    "num",
    "word",
    "dash",
    "dots",
    "punct",
    "other",
)

#: English month names, spelt out rather than taken from ``calendar``, whose names
#: follow the process's locale.
_MONTH_NAMES: Final = (
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
_MONTHS: Final = {
    name: number
    for number, month in enumerate(_MONTH_NAMES, 1)
    for name in (month.lower(), month[:3].lower())
}
_MONTHS["sept"] = 9

_NUMBER_WORDS: Final = {
    word: number
    for number, word in enumerate(
        (
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ),
        1,
    )
}
_ORDINAL_WORDS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_UNITS: Final = {
    "year": relativedelta(years=1),
    "month": relativedelta(months=1),
    "week": relativedelta(weeks=1),
    "day": relativedelta(days=1),
}
_YEAR_OFFSETS: Final = {
    "last": -1,
    "previous": -1,
    "preceding": -1,
    "this": 0,
    "current": 0,
    "next": 1,
}
_PAST: Final = frozenset({"past", "last", "previous", "preceding"})
_APPROXIMATE: Final = frozenset(
    {"around", "about", "approximately", "approx", "circa", "c", "ca", "roughly"}
)
_SURROUNDING: Final = frozenset(
    {"in", "during", "on", "at", "over", "for", "throughout", "within"}
)
_UNTIL: Final = frozenset({"until", "till", "til", "through", "thru"})
_SEPARATOR_WORDS: Final = frozenset({"to", *_UNTIL})
_ONWARDS: Final = frozenset({"onwards", "onward", "on"})
#: Early, mid and late: the thirds of a year (in months) or of a month (in days).
_THIRDS: Final = {
    "early": ((1, 4), (1, 10)),
    "mid": ((5, 8), (11, 20)),
    "late": ((9, 12), (21, _LAST_DAY)),
}
_EDGES: Final = {"beginning": True, "start": True, "end": False}
_QUALIFIERS: Final = {"~": (True, False), "?": (False, True), "%": (True, True)}


class Shape(enum.Enum):
    """What a phrase names, which decides what each ``parse`` returns."""

    #: One date ("July 2020"): a PartialDate, or a period from it to itself.
    DATE = "date"
    #: A date something is counted up to ("as of July 2020"): a PartialDate, or
    #: a period open at the start.
    UP_TO = "up to"
    #: A span ("since 2017", "Q3 2020"): a Period only.
    PERIOD = "period"


@frozen
class Parsed:
    """The outcome of reading a phrase: its shape and its ends."""

    shape: Shape
    start: PartialDate | None
    end: PartialDate | None


@frozen
class _Token:
    kind: str
    text: str
    start: int
    end: int
    match: re.Match[str]

    @property
    def word(self) -> str:
        """The token's text in lower case."""
        return self.text.lower()


@define
class _Point:
    """One end of a span while the phrase is read: any field may still be missing."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False


@define
class _Span:
    """What a part of a phrase names: one date (start is end) or two ends."""

    start: _Point
    end: _Point

    @property
    def single(self) -> bool:
        return self.start is self.end

    def points(self) -> Iterator[_Point]:
        yield self.start
        if not self.single:
            yield self.end


def parse(text: object, reference: object = None, dayfirst: object = None) -> Parsed:
    """Read *text*; check the arguments first (the public methods' contract)."""
    if not isinstance(text, str):
        raise InvalidFieldError("text", "a str", type(text).__name__)
    if dayfirst is not None and type(dayfirst) is not bool:
        raise InvalidFieldError(
            "dayfirst", "True, False or None", type(dayfirst).__name__
        )
    if isinstance(reference, dt.date) and not isinstance(reference, dt.datetime):
        reference = PartialDate.from_date(reference)
    elif reference is not None and not isinstance(reference, PartialDate):
        raise InvalidFieldError(
            "reference",
            "a PartialDate, a datetime.date or None",
            type(reference).__name__,
        )
    return _Parser(text, reference, dayfirst).phrase()


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        match = _TOKEN.match(text, position)
        if match is None:  # pragma: no cover - the last alternative matches any char
            break
        kind = next(name for name in _KINDS if match[name] is not None)
        tokens.append(_Token(kind, match.group(), match.start(), match.end(), match))
        position = match.end()
    return [token for token in tokens if token.word != "the"]


class _Parser:
    """A recursive-descent reader over the phrase's tokens."""

    def __init__(
        self, text: str, reference: PartialDate | None, dayfirst: bool | None
    ) -> None:
        self.text = text
        self.reference = reference
        self.dayfirst = dayfirst
        self.tokens = _tokens(text)
        self.index = 0

    # -- reading tokens ------------------------------------------------------------

    def peek(self, ahead: int = 0) -> _Token | None:
        index = self.index + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def peek_word(self, ahead: int = 0) -> str:
        token = self.peek(ahead)
        return token.word if token is not None and token.kind == "word" else ""

    def take_word(self, *words: str) -> bool:
        if self.peek_word() in words:
            self.index += 1
            return True
        return False

    def take(self, kind: str, text: str | None = None) -> _Token | None:
        token = self.peek()
        if token is not None and token.kind == kind and text in {None, token.text}:
            self.index += 1
            return token
        return None

    def last_end(self) -> int:
        return self.tokens[self.index - 1].end

    # -- failing -------------------------------------------------------------------

    def error(self, start: int, end: int, reason: str) -> DateParseError:
        return DateParseError(self.text, self.text[start:end], start, reason)

    def fail(self, start: int, end: int, reason: str) -> NoReturn:
        raise self.error(start, end, reason)

    def fail_here(self, expected: str | None = None) -> NoReturn:
        """Fail at the next token (its whole word), or after the last one."""
        token = self.peek()
        if token is None:
            if not self.tokens:
                self.fail(0, len(self.text), "has no date in it")
            last = self.tokens[-1]
            self.fail(last.start, last.end, f"must be followed by {expected}")
        start, end = token.start, token.end
        while start > 0 and not self.text[start - 1].isspace():
            start -= 1
        while end < len(self.text) and not self.text[end].isspace():
            end += 1
        self.fail(start, end, "not understood")

    def need_reference(self, start: int) -> PartialDate:
        """Return the reference a relative phrase needs, or fail saying so."""
        if self.reference is None:
            self.fail(
                start,
                self.last_end(),
                "is relative: pass the date it is relative to as reference=",
            )
        return self.reference

    def need_month(self, start: int) -> tuple[PartialDate, int]:
        """Return a reference known at least to the month, and its month."""
        reference = self.need_reference(start)
        if reference.month is None:
            self.fail(
                start,
                self.last_end(),
                f"needs a reference known to the month (got {reference})",
            )
        return reference, reference.month

    # -- the phrase ----------------------------------------------------------------

    def phrase(self) -> Parsed:
        word = self.peek_word()
        if word == "since":
            self.index += 1
            span = self.span()
            self.take_word(*_ONWARDS)
            return self.finish(Shape.PERIOD, span.start, None)
        if word in _UNTIL or (word == "up" and self.peek_word(1) in {"to", "until"}):
            self.index += 2 if word == "up" else 1
            return self.finish(Shape.PERIOD, None, self.span().end)
        if word in {"as", "by"}:
            self.index += 1
            if word == "as" and not self.take_word("of", "at"):
                self.fail_here()
            span = self.span()
            if span.single:
                return self.finish(Shape.UP_TO, span.start, span.start)
            return self.finish(Shape.PERIOD, None, span.end)
        if self.take("dots"):
            if not self.take("punct", "/"):
                self.fail_here("'/'")
            return self.finish(Shape.PERIOD, None, self.span().end)
        between = self.take_word("between")
        if not between:
            self.take_word("from", *_SURROUNDING)
        first = self.span()
        if self.separator(and_=between):
            if self.take("dots"):
                return self.finish(Shape.PERIOD, first.start, None)
            return self.range(first, self.span())
        if between and first.single:
            self.fail_here("'and' and a date")
        if self.take_word(*_ONWARDS):
            return self.finish(Shape.PERIOD, first.start, None)
        if first.single:
            return self.finish(Shape.DATE, first.start, first.start)
        return self.finish(Shape.PERIOD, first.start, first.end)

    def separator(self, *, and_: bool) -> bool:
        if and_ and self.take_word("and"):
            return True
        if self.take_word(*_SEPARATOR_WORDS) or self.take("dash"):
            return True
        return self.take("punct", "/") is not None

    def range(self, first: _Span, second: _Span) -> Parsed:
        """Join two spans, lending the end's year and month to the start."""
        if second.start.day is not None and second.start.month is None:
            for point in second.points():
                point.month = first.end.month
        for point in first.points():
            if point.year is None:
                point.year = second.start.year
            if point.month is None and point.day is not None:
                point.month = second.start.month
        for point in second.points():
            if point.year is None:
                point.year = first.end.year
        return self.finish(Shape.PERIOD, first.start, second.end)

    def finish(self, shape: Shape, start: _Point | None, end: _Point | None) -> Parsed:
        """Check nothing is left over, and build the values."""
        while self.take("punct", ".") or self.take("punct", ","):
            pass
        if self.peek() is not None:
            self.fail_here()
        first = None if start is None else self.build(start)
        last = first if end is start else None if end is None else self.build(end)
        if shape is Shape.PERIOD:
            try:
                Period(start=first, end=last)
            except InvalidFieldError as exc:
                reason = f"ends before it starts ({first} to {last})"
                raise self.error(0, len(self.text), reason) from exc
        return Parsed(shape, first, last)

    def build(self, point: _Point) -> PartialDate:
        """Turn a point into a date, refusing what the phrase left out."""
        start, end = point.start, point.end
        if point.day is not None and point.month is None:
            self.fail(start, end, "has no month")
        if point.year is None:
            self.fail(start, end, "has no year")
        if not 1 <= point.year <= 9999:
            self.fail(start, end, f"names year {point.year}, outside 1 to 9999")
        day = point.day
        if point.month is not None:
            if not 1 <= point.month <= 12:
                reason = f"names month {point.month}, but months run from 1 to 12"
                self.fail(start, end, reason)
            last = calendar.monthrange(point.year, point.month)[1]
            day = last if day == _LAST_DAY else day
            if day is not None and not 1 <= day <= last:
                name = _MONTH_NAMES[point.month - 1]
                self.fail(
                    start,
                    end,
                    f"names day {day} of {name} {point.year}, which has {last} days",
                )
        return PartialDate(
            year=point.year,
            month=point.month,
            day=day,
            approximate=point.approximate,
            uncertain=point.uncertain,
        )

    # -- spans ---------------------------------------------------------------------

    def span(self) -> _Span:
        """One date or span, with an optional "around" in front."""
        approximate = self.take_word(*_APPROXIMATE)
        if approximate:
            self.take("punct", ".")
        span = self.third() or self.edge() or self.quarter() or self.window()
        span = span or self.date()
        if approximate:
            for point in span.points():
                point.approximate = True
        return span

    def third(self) -> _Span | None:
        """``early 2020``, ``mid-2019``, ``late July 2020``: approximate thirds."""
        token, word = self.peek(), self.peek_word()
        if token is None or word not in _THIRDS:
            return None
        self.index += 1
        self.take("dash")
        inner = self.date()
        point = inner.start
        if not inner.single or point.day is not None:
            self.fail(token.start, self.last_end(), "needs a year or a month")
        months, days = _THIRDS[word]
        if point.month is None:
            low = _Point(point.start, point.end, point.year, months[0])
            high = _Point(point.start, point.end, point.year, months[1])
        else:
            low = _Point(point.start, point.end, point.year, point.month, days[0])
            high = _Point(point.start, point.end, point.year, point.month, days[1])
        for end in (low, high):
            end.approximate = True
            end.uncertain = point.uncertain
        return _Span(low, high)

    def edge(self) -> _Span | None:
        """Read ``the end of 2020``, ``the beginning of July 2020``: approximate."""
        token, word = self.peek(), self.peek_word()
        if token is None or word not in _EDGES or self.peek_word(1) != "of":
            return None
        self.index += 2
        inner = self.date()
        point = inner.start
        if not inner.single or point.day is not None:
            self.fail(token.start, self.last_end(), "needs a year or a month")
        point.start = token.start
        if point.month is None:
            point.month = 1 if _EDGES[word] else 12
        else:
            point.day = 1 if _EDGES[word] else _LAST_DAY
        point.approximate = True
        return inner

    def quarter(self) -> _Span | None:
        """``Q3 2020``, ``the third quarter of 2020``, ``H1 2020``, ``the first half``."""
        token, word, after = self.peek(), self.peek_word(), self.peek(1)
        if token is None:
            return None
        if word in {"q", "h"} and after is not None and after.kind == "num":
            part = "quarter" if word == "q" else "half"
            number = int(after.text) if after.text.isdigit() else 0
            self.index += 2
        else:
            part = self.peek_word(1)
            if part not in {"quarter", "half"}:
                return None
            if word in {"last", "final"}:
                number = 4 if part == "quarter" else 2
            elif word in _ORDINAL_WORDS:
                number = _ORDINAL_WORDS[word]
            elif token.kind == "num" and token.match["suffix"]:
                number = int(token.match["num"])
            else:
                return None
            self.index += 2
        if not 1 <= number <= (4 if part == "quarter" else 2):
            self.fail(token.start, self.last_end(), f"is not a {part} of a year")
        if not self.take("punct", ","):
            self.take_word("of")
        year, relative = self.year()
        span = 3 if part == "quarter" else 6
        low = _Point(token.start, self.last_end(), year, span * number - span + 1)
        high = _Point(token.start, self.last_end(), year, span * number)
        if relative is not None:
            for end in (low, high):
                end.approximate, end.uncertain = (
                    relative.approximate,
                    relative.uncertain,
                )
        return _Span(low, high)

    def window(self) -> _Span | None:
        """Read ``the past 12 months``, ``the last two years``: up to the reference."""
        token, word = self.peek(), self.peek_word()
        if token is None or word not in _PAST:
            return None
        count_token = self.peek(1)
        count: int | None = None
        unit = self.peek_word(2)
        if (
            count_token is not None
            and count_token.kind == "num"
            and count_token.text.isdigit()
        ):
            count = int(count_token.text)
        elif count_token is not None:
            count = _NUMBER_WORDS.get(count_token.word)
        if count is None or unit.removesuffix("s") not in _UNITS:
            if word != "past" or self.peek_word(1) not in _UNITS:
                return None
            count, unit, skip = 1, self.peek_word(1), 2
        else:
            skip = 3
        self.index += skip
        reference = self.need_reference(token.start)
        delta = _UNITS[unit.removesuffix("s")] * count
        try:
            first_day = reference.earliest + dt.timedelta(days=1) - delta
        except (ValueError, OverflowError) as exc:
            reason = f"reaches outside the years 1 to 9999 from {reference}"
            raise self.error(token.start, self.last_end(), reason) from exc
        precision = reference.precision
        low = _Point(
            token.start,
            self.last_end(),
            first_day.year,
            None if precision is DatePrecision.YEAR else first_day.month,
            first_day.day if precision is DatePrecision.DAY else None,
            reference.approximate,
            reference.uncertain,
        )
        high = _Point(
            token.start,
            self.last_end(),
            reference.year,
            reference.month,
            reference.day,
            reference.approximate,
            reference.uncertain,
        )
        return _Span(low, high)

    # -- dates ---------------------------------------------------------------------

    def date(self) -> _Span:
        """One date, which may still miss its year or month (the range lends them)."""
        token = self.peek()
        if token is None:
            self.fail_here("a date")
        if token.kind == "ymd":
            self.index += 1
            match = token.match
            point = self.point(
                token, int(match["ymd_y"]), int(match["ymd_m"]), int(match["ymd_d"])
            )
            return self.qualified(point)
        if token.kind == "ym":
            return self.year_month(token)
        if token.kind == "dmy":
            self.index += 1
            return _single(self.numeric(token))
        if token.kind == "my":
            self.index += 1
            return _single(
                self.point(token, int(token.match["my_y"]), int(token.match["my_m"]))
            )
        if token.kind == "num":
            return self.from_number(token)
        if token.kind != "word":
            self.fail_here()
        return self.from_word(token)

    def point(
        self,
        token: _Token,
        year: int | None,
        month: int | None = None,
        day: int | None = None,
    ) -> _Point:
        return _Point(token.start, self.last_end(), year, month, day)

    def qualified(self, point: _Point) -> _Span:
        """Read an EDTF qualifier straight after a numeric date: ``2020-07~``."""
        token = self.peek()
        if token is not None and token.text in _QUALIFIERS and token.start == point.end:
            self.index += 1
            point.approximate, point.uncertain = _QUALIFIERS[token.text]
            point.end = token.end
        return _single(point)

    def year_month(self, token: _Token) -> _Span:
        """``2020-07`` is July 2020 (EDTF); ``2019-20`` and ``2019/20`` are two years."""
        self.index += 1
        year, digits = int(token.match["ym_y"]), int(token.match["ym_m"])
        if token.match["ym_s"] == "-" and 1 <= digits <= 12:
            return self.qualified(self.point(token, year, digits))
        century = year - year % 100
        end = century + digits if century + digits > year else century + 100 + digits
        if end - year > 10:
            self.fail(token.start, token.end, "is neither a month nor a span of years")
        return _Span(self.point(token, year), self.point(token, end))

    def numeric(self, token: _Token) -> _Point:
        """``30/03/2021``, ``03/30/2021``: the order is read from the numbers or asked."""
        first, second = int(token.match["dmy_a"]), int(token.match["dmy_b"])
        digits = token.match["dmy_y"]
        year = int(digits)
        if len(digits) == 2:  # strptime's %y: 69-99 are 1969-1999, 00-68 2000-2068
            year += 1900 if year >= 69 else 2000
        dayfirst = self.dayfirst
        if dayfirst is None:
            if first <= 12 and second <= 12 and first != second:
                self.fail(
                    token.start,
                    token.end,
                    "is ambiguous: pass dayfirst=True (day/month/year) "
                    "or dayfirst=False (month/day/year)",
                )
            dayfirst = first > 12
        day, month = (first, second) if dayfirst else (second, first)
        return self.point(token, year, month, day)

    def from_number(self, token: _Token) -> _Span:
        """``2020``, ``30 March 2021``, ``30th of March``, ``15, 2021``, ``15``."""
        self.index += 1
        if len(token.match["num"]) == 4 and not token.match["suffix"]:
            return self.qualified(self.point(token, int(token.text)))
        if len(token.match["num"]) > 2:
            self.index -= 1
            self.fail_here()
        day = int(token.match["num"])
        of = self.take_word("of")
        month = self.month()
        if month is None:
            if of:
                self.fail_here("a month")
            self.take("punct", ",")
        elif not self.take("punct", ","):
            self.take_word("of")
        year, relative = self.year()
        return _single(self.relative(self.point(token, year, month, day), relative))

    def from_word(self, token: _Token) -> _Span:
        """``July 2020``, ``March 30, 2021``, ``last year``, ``last July``."""
        month = self.month()
        if month is not None:
            day: int | None = None
            after = self.peek()
            if (
                after is not None
                and after.kind == "num"
                and len(after.match["num"]) <= 2
            ):
                self.index += 1
                day = int(after.match["num"])
            if not self.take("punct", ","):
                self.take_word("of")
            year, relative = self.year()
            return _single(self.relative(self.point(token, year, month, day), relative))
        word, following = token.word, self.peek_word(1)
        if word in _YEAR_OFFSETS and following == "month":
            self.index += 2
            reference, current = self.need_month(token.start)
            moved = dt.date(reference.year, current, 1) + relativedelta(
                months=_YEAR_OFFSETS[word]
            )
            point = self.point(token, moved.year, moved.month)
            return _single(self.relative(point, reference))
        if word in {"last", "previous"} and following in _MONTHS:
            self.index += 2
            reference, current = self.need_month(token.start)
            month = _MONTHS[following]
            year = reference.year - (1 if month >= current else 0)
            return _single(self.relative(self.point(token, year, month), reference))
        year, relative = self.year()
        if year is None:
            self.fail_here()
        return _single(self.relative(self.point(token, year), relative))

    def month(self) -> int | None:
        """Read a month's name or abbreviation (``Jul.``), if one comes next."""
        month = _MONTHS.get(self.peek_word())
        if month is not None:
            self.index += 1
            self.take("punct", ".")
        return month

    def year(self) -> tuple[int | None, PartialDate | None]:
        """Read a year if one comes next: ``2020``, or ``last year`` and its reference."""
        token = self.peek()
        if token is None:
            return None, None
        if token.kind == "num" and len(token.text) == 4 and token.text.isdigit():
            self.index += 1
            return int(token.text), None
        word = token.word if token.kind == "word" else ""
        if word in _YEAR_OFFSETS and self.peek_word(1) == "year":
            self.index += 2
            reference = self.need_reference(token.start)
            return reference.year + _YEAR_OFFSETS[word], reference
        return None, None

    def relative(self, point: _Point, reference: PartialDate | None) -> _Point:
        """Carry a reference's qualifiers to what is read relative to it."""
        if reference is not None:
            point.approximate = reference.approximate
            point.uncertain = reference.uncertain
        return point


def _single(point: _Point) -> _Span:
    return _Span(point, point)
