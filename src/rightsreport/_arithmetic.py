"""Exact arithmetic for derived figures: what a printed figure stands for, and checks.

Every figure is read as the :class:`Band` of values it can stand for, given the
precision the text implies: "45 percent" stands for 44.5 to 45.5, "3.1" for 3.05
to 3.15, "1.2 million" for 1,150,000 to 1,250,000, and a count printed to the
unit ("1,200 people") for exactly itself, since people are whole. Qualifiers
widen the band ("about", "at least"). A derivation agrees with the figures it
derives from when the band the inputs allow meets the band the derived figure
stands for.

All arithmetic is exact, in :class:`~fractions.Fraction`; no float is ever made.
Bands from sums are exact; bands from products and quotients are closed hulls,
which can only accept more, never flag more.

    >>> from rightsreport._arithmetic import Band, Tolerance, implied_band
    >>> from decimal import Decimal
    >>> print(implied_band(Decimal("45"), tolerance=Tolerance()))
    44.5 to 45.5
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

from attrs import field, frozen

from rightsreport._derivation import ChangeFrom, ShareOf, ShareWord
from rightsreport._vocabulary import StatisticQualifier

__all__ = [
    "Band",
    "Comparison",
    "Figure",
    "Tolerance",
    "compare_change",
    "compare_difference",
    "compare_partition",
    "compare_rate",
    "compare_share",
    "compare_stated_share",
    "compare_total",
    "format_number",
    "implied_band",
    "printed_unit",
    "share_band",
    "share_of_whole",
]

_HUNDRED: Final = Fraction(100)

_SCALES: Final = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_PRINTED_NUMBER: Final = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
    r"(?:\s*(thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)

#: Word bands that are ranges of their own, in percent: (low, high, low open,
#: high open). Words naming a fraction are their fraction +- the word tolerance.
_WORD_RANGES: Final = {
    ShareWord.NEARLY_ALL: (Fraction(90), _HUNDRED, False, True),
    ShareWord.MOST: (Fraction(50), _HUNDRED, True, False),
    ShareWord.NEARLY_HALF: (Fraction(40), Fraction(50), False, True),
    ShareWord.MINORITY: (Fraction(0), Fraction(50), False, True),
}
#: Words that are exact whatever the tolerance: all, none.
_EXACT_WORDS: Final = frozenset({ShareWord.ALL, ShareWord.NONE})


@frozen(kw_only=True)
class Tolerance:
    """How far the arithmetic lets a figure stray from what its inputs imply.

    Attributes:
        rounding: The share of a unit in the last printed place a figure may
            stray by: ``1/2`` (the default) reads "45" as 44.5 to 45.5; ``1``
            also accepts figures truncated rather than rounded.
        approximate: The relative band of a figure qualified "approximately",
            ``1/10`` by default: "about 1,200" stands for 1,080 to 1,320.
        share_words: Percentage points either side of a share stated as a
            fraction or a fraction word, 5 by default: "half" is 45 to 55.
        approximate_share: Further percentage points either side of a share the
            text hedges ("about half", "some 45 percent"), 5 by default.
    """

    rounding: Fraction = field(default=Fraction(1, 2))
    approximate: Fraction = field(default=Fraction(1, 10))
    share_words: Fraction = field(default=Fraction(5))
    approximate_share: Fraction = field(default=Fraction(5))


@frozen
class Band:
    """The values a figure can stand for: a range, closed unless said otherwise.

    ``None`` at an end means no limit that way ("at least 62" has no upper one).

        >>> from fractions import Fraction
        >>> band = Band(Fraction(534), Fraction(546))
        >>> band.overlaps(Band.point(Fraction(562)))
        False
        >>> print(Band(Fraction(50), Fraction(100), low_open=True))
        more than 50 and at most 100
    """

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def point(cls, value: Fraction) -> Band:
        """Return the band of exactly *value*."""
        return cls(value, value)

    @classmethod
    def around(cls, centre: Fraction, half: Fraction) -> Band:
        """Return the closed band from ``centre - half`` to ``centre + half``."""
        return cls(centre - half, centre + half)

    @classmethod
    def everything(cls) -> Band:
        """Return the band with no limit either way: nothing fails against it."""
        return cls(None, None)

    @property
    def is_point(self) -> bool:
        """Whether the band is exactly one value."""
        return self.low is not None and self.low == self.high

    @property
    def bounded(self) -> bool:
        """Whether both ends are limited."""
        return self.low is not None and self.high is not None

    def __add__(self, other: Band) -> Band:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = (
            None if self.high is None or other.high is None else self.high + other.high
        )
        return Band(
            low,
            high,
            low_open=self.low_open or other.low_open,
            high_open=self.high_open or other.high_open,
        )

    def __neg__(self) -> Band:
        return Band(
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
            low_open=self.high_open,
            high_open=self.low_open,
        )

    def __sub__(self, other: Band) -> Band:
        return self + -other

    def __mul__(self, other: Band) -> Band:
        if self.is_point and other.is_point:
            return Band.point(self.low * other.low)  # type: ignore[operator]
        if (
            self.low is not None
            and self.high is not None
            and other.low is not None
            and other.high is not None
        ):
            products = [
                a * b for a in (self.low, self.high) for b in (other.low, other.high)
            ]
            return Band(min(products), max(products))
        if self._non_negative() and other._non_negative():
            assert self.low is not None  # noqa: S101 - non-negative has a low end
            assert other.low is not None  # noqa: S101
            if self.high == 0 or other.high == 0:
                return Band.point(Fraction(0))
            return Band(self.low * other.low, None)
        return Band.everything()

    def __truediv__(self, other: Band) -> Band:
        if self.is_point and other.is_point and other.low:
            return Band.point(self.low / other.low)  # type: ignore[operator]
        if other.low is not None and other.low > 0:
            high = Fraction(0) if other.high is None else 1 / other.high
            return self * Band(high, 1 / other.low)
        if other.high is not None and other.high < 0:
            low = Fraction(0) if other.low is None else 1 / other.low
            return self * Band(1 / other.high, low)
        return Band.everything()

    def scale(self, factor: Fraction) -> Band:
        """Return the band times an exact *factor*; a positive one keeps open ends."""
        if factor == 0:
            return Band.point(Fraction(0))
        low = None if self.low is None else self.low * factor
        high = None if self.high is None else self.high * factor
        if factor > 0:
            return Band(low, high, low_open=self.low_open, high_open=self.high_open)
        return Band(high, low, low_open=self.high_open, high_open=self.low_open)

    def widen(self, by: Fraction) -> Band:
        """Return the band reaching *by* further either way."""
        return Band(
            None if self.low is None else self.low - by,
            None if self.high is None else self.high + by,
            low_open=self.low_open,
            high_open=self.high_open,
        )

    def clip(self, low: Fraction, high: Fraction) -> Band:
        """Return the band limited to *low* .. *high* (a share to 0 .. 100)."""
        new_low, low_open = low, False
        if self.low is not None and self.low >= low:
            new_low, low_open = self.low, self.low_open
        new_high, high_open = high, False
        if self.high is not None and self.high <= high:
            new_high, high_open = self.high, self.high_open
        return Band(new_low, new_high, low_open=low_open, high_open=high_open)

    def overlaps(self, other: Band) -> bool:
        """Whether some value lies in both bands."""
        return _below(self.low, self.low_open, other.high, other.high_open) and _below(
            other.low, other.low_open, self.high, self.high_open
        )

    def __str__(self) -> str:
        return self.describe()

    def describe(self, unit: str = "") -> str:
        """Say the band in words, each number followed by *unit* ("%").

        >>> from fractions import Fraction
        >>> Band(Fraction(89, 2), Fraction(91, 2)).describe("%")
        '44.5% to 45.5%'
        >>> Band(None, Fraction(50), high_open=True).describe()
        'less than 50'
        """
        low = None if self.low is None else format_number(self.low) + unit
        high = None if self.high is None else format_number(self.high) + unit
        if low is None and high is None:
            return "any value"
        if low == high:
            return str(low)
        if (
            low is not None
            and high is not None
            and not self.low_open
            and not self.high_open
        ):
            return f"{low} to {high}"
        lower = (
            None
            if low is None
            else ("more than " if self.low_open else "at least ") + low
        )
        upper = (
            None
            if high is None
            else ("less than " if self.high_open else "at most ") + high
        )
        return " and ".join(part for part in (lower, upper) if part is not None)

    def _non_negative(self) -> bool:
        return self.low is not None and self.low >= 0


def _below(
    low: Fraction | None, low_open: bool, high: Fraction | None, high_open: bool
) -> bool:
    """Whether a band starting at *low* can meet one ending at *high*."""
    if low is None or high is None:
        return True
    if low < high:
        return True
    return low == high and not low_open and not high_open


@frozen(kw_only=True)
class Figure:
    """A figure as the arithmetic sees it: its value, its band and its text.

    Attributes:
        value: The value as given.
        band: The values it stands for.
        text: How a message prints it ("1,200", "45%").
        suffix: What follows a number of its kind in a message ("%" for a
            percentage), so that an expected value prints like the figure.
    """

    value: int | Decimal
    band: Band
    text: str
    suffix: str = ""


@frozen(kw_only=True)
class Comparison:
    """The outcome of checking a derived figure against what its inputs imply.

    The words are written only when asked for: most figures agree, and their
    messages are never read.

    Attributes:
        expected: The band the inputs allow.
        actual: The band the derived figure stands for.
        describe: Returns the message and the allowed values in words.
    """

    expected: Band
    actual: Band
    describe: Callable[[], tuple[str, str]]

    @property
    def agrees(self) -> bool:
        """Whether the derived figure agrees with its inputs."""
        return self.expected.overlaps(self.actual)

    @property
    def message(self) -> str:
        """The arithmetic and what the report gives: "45% of 1,200 is 540, ..."."""
        return self.describe()[0]

    @property
    def allowed(self) -> str:
        """The values the inputs allow, in words ("534 to 546")."""
        return self.describe()[1]


def format_number(value: int | Decimal | Fraction) -> str:
    """Print a figure for a message: thousands separated, exact when it can be.

    A fraction with no short decimal form is rounded to two places and said to
    be "about" that.

        >>> from fractions import Fraction
        >>> (
        ...     format_number(1200),
        ...     format_number(Fraction(25, 8)),
        ...     format_number(Fraction(10, 3)),
        ... )
        ('1,200', '3.125', 'about 3.33')
    """
    if isinstance(value, int | Decimal):
        return f"{value:,}"
    scaled = value * 10**6
    if scaled.denominator == 1:
        exact = Decimal(scaled.numerator).scaleb(-6).normalize()
        return f"{exact:,f}"
    rounded = Decimal(round(value * 100)).scaleb(-2)
    return f"about {rounded:,f}"


def printed_unit(value: int | Decimal, printed: str | None = None) -> Fraction:
    """Return the place of a figure's last printed digit: what it was rounded to.

    Read from *printed* when a number there is the value ("1.2 million" is
    rounded to 100,000), else from the value's own digits (``Decimal("3.10")`` to
    0.01, an ``int`` to 1).

        >>> from decimal import Decimal
        >>> printed_unit(1_200_000, "1.2 million"), printed_unit(Decimal("3.10"))
        (Fraction(100000, 1), Fraction(1, 100))
    """
    if printed is not None:
        target = abs(Fraction(value))
        for match in _PRINTED_NUMBER.finditer(printed):
            whole, decimals, scale = match.groups()
            digits = Fraction(Decimal(whole.replace(",", "") + "." + (decimals or "0")))
            factor = _SCALES[scale.lower()] if scale else 1
            if digits * factor == target:
                return Fraction(1, 10 ** len(decimals or "")) * factor
    if isinstance(value, int):
        return Fraction(1)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 - figures are finite
    return Fraction(10) ** exponent


def implied_band(
    value: int | Decimal,
    *,
    tolerance: Tolerance,
    printed: str | None = None,
    qualifier: StatisticQualifier = StatisticQualifier.EXACT,
    whole: bool = False,
) -> Band:
    """Return the band of values a printed figure stands for.

    Half a unit of the last printed place either way (:attr:`Tolerance.rounding`),
    except that a count (*whole*) printed to the unit is exact. "Approximately"
    widens the band to :attr:`Tolerance.approximate` of the value either way;
    "at least" and "at most" open it on one side; "order of magnitude" reaches a
    factor of ten either way.

        >>> from decimal import Decimal
        >>> tolerance = Tolerance()
        >>> print(implied_band(Decimal("3.1"), tolerance=tolerance))
        3.05 to 3.15
        >>> print(implied_band(1200, tolerance=tolerance, whole=True))
        1,200
        >>> print(
        ...     implied_band(
        ...         62,
        ...         tolerance=tolerance,
        ...         qualifier=StatisticQualifier.AT_LEAST,
        ...         whole=True,
        ...     )
        ... )
        at least 62
    """
    centre = Fraction(value)
    unit = printed_unit(value, printed)
    half = Fraction(0) if whole and unit == 1 else unit * tolerance.rounding
    if qualifier is StatisticQualifier.APPROXIMATELY:
        half = max(half, abs(centre) * tolerance.approximate)
    band = Band.around(centre, half)
    if qualifier is StatisticQualifier.AT_LEAST:
        return Band(band.low, None)
    if qualifier is StatisticQualifier.AT_MOST:
        return Band(Fraction(0) if whole else None, band.high)
    if qualifier is StatisticQualifier.ORDER_OF_MAGNITUDE:
        return (
            Band(centre / 10, centre * 10)
            if centre >= 0
            else Band(centre * 10, centre / 10)
        )
    return band


def share_band(share: ShareOf, tolerance: Tolerance) -> Band | None:
    """Return the percentages a stated share stands for (``None``: none stated).

    >>> from decimal import Decimal
    >>> from rightsreport import ShareOf, ShareWord
    >>> tolerance = Tolerance()
    >>> print(share_band(ShareOf(whole_id="w", percent=Decimal("45")), tolerance))
    44.5 to 45.5
    >>> print(
    ...     share_band(
    ...         ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True), tolerance
    ...     )
    ... )
    40 to 60
    >>> print(share_band(ShareOf(whole_id="w", words=ShareWord.MOST), tolerance))
    more than 50 and at most 100
    """
    if share.percent is not None:
        band = Band.around(
            Fraction(share.percent), printed_unit(share.percent) * tolerance.rounding
        )
    elif share.fraction is not None:
        numerator, denominator = share.fraction
        band = Band.around(
            Fraction(numerator, denominator) * _HUNDRED, tolerance.share_words
        )
    elif share.words is not None:
        band = _word_band(share.words, tolerance)
    else:
        return None
    if share.approximate:
        band = band.widen(tolerance.approximate_share)
    return band.clip(Fraction(0), _HUNDRED)


def _word_band(words: ShareWord, tolerance: Tolerance) -> Band:
    fraction = words.fraction
    if fraction is None:
        low, high, low_open, high_open = _WORD_RANGES[words]
        return Band(low, high, low_open=low_open, high_open=high_open)
    if words in _EXACT_WORDS:
        return Band.point(fraction * _HUNDRED)
    return Band.around(fraction * _HUNDRED, tolerance.share_words)


def _share_text(share: ShareOf) -> str:
    """Print the stated share for a message ("45%", "1 in 5", "about half")."""
    text = share.stated
    assert text is not None  # noqa: S101 - callers check a share is stated
    return text


def _share_centre(share: ShareOf) -> Fraction | None:
    """Return the stated share as a fraction of one (``None``: a range word)."""
    if share.percent is not None:
        return Fraction(share.percent) / _HUNDRED
    if share.fraction is not None:
        return Fraction(*share.fraction)
    assert share.words is not None  # noqa: S101 - callers check a share is stated
    return share.words.fraction


def share_of_whole(part: Figure, whole: Figure) -> Band | None:
    """Return the percentages of *whole* that *part* can be (``None``: undefined).

    >>> from fractions import Fraction
    >>> part = Figure(value=562, band=Band.point(Fraction(562)), text="562")
    >>> whole = Figure(value=1200, band=Band.point(Fraction(1200)), text="1,200")
    >>> print(share_of_whole(part, whole))
    about 46.83
    """
    if whole.band.low is None or whole.band.low <= 0:
        return None
    return (part.band / whole.band).scale(_HUNDRED)


def compare_share(
    part: Figure, whole: Figure, share: ShareOf, tolerance: Tolerance
) -> Comparison | None:
    """Check a part against the share of its whole that the text states.

    ``None`` when no share is stated or the whole can be zero.

        >>> from decimal import Decimal
        >>> from fractions import Fraction
        >>> from rightsreport import ShareOf
        >>> part = Figure(value=562, band=Band.point(Fraction(562)), text="562")
        >>> whole = Figure(value=1200, band=Band.point(Fraction(1200)), text="1,200")
        >>> outcome = compare_share(
        ...     part, whole, ShareOf(whole_id="w", percent=Decimal("45")), Tolerance()
        ... )
        >>> outcome.agrees, outcome.message, outcome.allowed
        (False, '45% of 1,200 is 540, the report gives 562', '534 to 546')
    """
    stated = share_band(share, tolerance)
    actual = share_of_whole(part, whole)
    if stated is None or actual is None:
        return None

    def describe() -> tuple[str, str]:
        whole_value = Fraction(whole.value)
        centre = _share_centre(share)
        allowed = stated.scale(whole_value / _HUNDRED)
        expected_text = (
            allowed.describe(part.suffix)
            if centre is None
            else format_number(centre * whole_value) + part.suffix
        )
        message = (
            f"{_share_text(share)} of {whole.text} is {expected_text}, "
            f"the report gives {part.text}"
        )
        return message, str(allowed)

    return Comparison(expected=stated, actual=actual, describe=describe)


def compare_stated_share(
    percentage: Figure, share: ShareOf, tolerance: Tolerance
) -> Comparison | None:
    """Check a percentage against the share its derivation states in other words.

    >>> from fractions import Fraction
    >>> from rightsreport import ShareOf, ShareWord
    >>> figure = Figure(
    ...     value=62, band=Band.around(Fraction(62), Fraction(1, 2)), text="62%"
    ... )
    >>> compare_stated_share(
    ...     figure, ShareOf(whole_id="w", words=ShareWord.HALF), Tolerance()
    ... ).message
    'half is 50%, the report gives 62%'
    """
    stated = share_band(share, tolerance)
    if stated is None:
        return None

    def describe() -> tuple[str, str]:
        centre = _share_centre(share)
        expected_text = (
            stated.describe("%")
            if centre is None
            else format_number(centre * _HUNDRED) + "%"
        )
        message = (
            f"{_share_text(share)} is {expected_text}, "
            f"the report gives {percentage.text}"
        )
        return message, stated.describe("%")

    return Comparison(expected=stated, actual=percentage.band, describe=describe)


def compare_change(
    current: Figure, baseline: Figure, change: ChangeFrom, tolerance: Tolerance
) -> Comparison | None:
    """Check a later figure against its baseline and the change the text states.

    ``None`` when no change is stated.

        >>> from fractions import Fraction
        >>> from rightsreport import ChangeFrom
        >>> later = Figure(value=1250, band=Band.point(Fraction(1250)), text="1,250")
        >>> earlier = Figure(value=1000, band=Band.point(Fraction(1000)), text="1,000")
        >>> outcome = compare_change(
        ...     later, earlier, ChangeFrom(baseline_id="b", percent=20), Tolerance()
        ... )
        >>> outcome.message, outcome.allowed
        ('1,000 up 20% is 1,200, the report gives 1,250', '1,195 to 1,205')
    """
    percent, stated_change = change.percent, change.absolute
    if percent is not None:
        stated = Band.around(
            Fraction(percent), printed_unit(percent) * tolerance.rounding
        )
        expected = baseline.band * (
            stated.scale(1 / _HUNDRED) + Band.point(Fraction(1))
        )
    elif stated_change is not None:
        stated = Band.around(
            Fraction(stated_change), printed_unit(stated_change) * tolerance.rounding
        )
        expected = baseline.band + stated
    else:
        return None

    def describe() -> tuple[str, str]:
        if percent is not None:
            centre = Fraction(baseline.value) * (1 + Fraction(percent) / _HUNDRED)
            step, rising = f"{format_number(_magnitude(percent))}%", percent >= 0
        else:
            assert stated_change is not None  # noqa: S101 - one of the two is set
            centre = Fraction(baseline.value) + Fraction(stated_change)
            step, rising = format_number(_magnitude(stated_change)), stated_change >= 0
        message = (
            f"{baseline.text} {'up' if rising else 'down'} {step} is "
            f"{format_number(centre)}{current.suffix}, the report gives {current.text}"
        )
        return message, str(expected)

    return Comparison(expected=expected, actual=current.band, describe=describe)


def compare_total(total: Figure, parts: Sequence[Figure]) -> Comparison:
    """Check a total against the figures it sums.

    >>> from fractions import Fraction
    >>> def exact(value):
    ...     return Figure(
    ...         value=value, band=Band.point(Fraction(value)), text=f"{value:,}"
    ...     )
    >>> compare_total(exact(45), [exact(12), exact(30)]).message
    '12 + 30 is 42, the report gives 45'
    """
    expected = _sum(part.band for part in parts)

    def describe() -> tuple[str, str]:
        centre = sum((Fraction(part.value) for part in parts), Fraction(0))
        arithmetic = " + ".join(part.text for part in parts)
        message = (
            f"{arithmetic} is {format_number(centre)}{total.suffix}, "
            f"the report gives {total.text}"
        )
        return message, str(expected)

    return Comparison(expected=expected, actual=total.band, describe=describe)


def compare_difference(
    result: Figure, minuend: Figure, subtrahends: Sequence[Figure]
) -> Comparison:
    """Check a difference against the figures it is taken from and takes away.

    >>> from fractions import Fraction
    >>> def exact(value):
    ...     return Figure(
    ...         value=value, band=Band.point(Fraction(value)), text=f"{value:,}"
    ...     )
    >>> compare_difference(exact(20), exact(185), [exact(101), exact(68)]).message
    '185 - 101 - 68 is 16, the report gives 20'
    """
    expected = minuend.band - _sum(part.band for part in subtrahends)

    def describe() -> tuple[str, str]:
        centre = Fraction(minuend.value) - sum(
            (Fraction(part.value) for part in subtrahends), Fraction(0)
        )
        arithmetic = " - ".join([minuend.text, *(part.text for part in subtrahends)])
        message = (
            f"{arithmetic} is {format_number(centre)}{result.suffix}, "
            f"the report gives {result.text}"
        )
        return message, str(expected)

    return Comparison(expected=expected, actual=result.band, describe=describe)


def compare_rate(
    rate: Figure, numerator: Figure, denominator: Figure, per: int
) -> Comparison | None:
    """Check a rate against the count and the population it is computed from.

    ``None`` when the population can be zero.

        >>> from decimal import Decimal
        >>> from fractions import Fraction
        >>> def exact(value):
        ...     return Figure(
        ...         value=value, band=Band.point(Fraction(value)), text=f"{value:,}"
        ...     )
        >>> rate = Figure(
        ...     value=Decimal("3.4"),
        ...     band=Band.around(Fraction("3.4"), Fraction("0.05")),
        ...     text="3.4",
        ... )
        >>> compare_rate(rate, exact(500), exact(16_000_000), 100_000).message
        '500 per 16,000,000 is 3.125 per 100,000, the report gives 3.4'
    """
    if denominator.band.low is None or denominator.band.low <= 0:
        return None
    expected = (numerator.band / denominator.band).scale(Fraction(per))

    def describe() -> tuple[str, str]:
        centre = Fraction(numerator.value) / Fraction(denominator.value) * per
        message = (
            f"{numerator.text} per {denominator.text} is {format_number(centre)} "
            f"per {per:,}, the report gives {rate.text}"
        )
        return message, str(expected)

    return Comparison(expected=expected, actual=rate.band, describe=describe)


def compare_partition(shares: Sequence[tuple[Band, Fraction]]) -> Comparison:
    """Check that shares claiming to make a whole sum to 100 within rounding.

    Each share is its band and its central value, in percent.

        >>> from fractions import Fraction
        >>> def percent(value):
        ...     return (Band.around(Fraction(value), Fraction(1, 2)), Fraction(value))
        >>> outcome = compare_partition([percent(60), percent(45)])
        >>> outcome.agrees, outcome.message
        (False, '60% + 45% is 105%, not 100%')
        >>> compare_partition([percent(33), percent(33), percent(33)]).agrees
        True
    """
    actual = _sum(band for band, _ in shares)

    def describe() -> tuple[str, str]:
        centre = sum((value for _, value in shares), Fraction(0))
        arithmetic = " + ".join(f"{format_number(value)}%" for _, value in shares)
        return f"{arithmetic} is {format_number(centre)}%, not 100%", actual.describe(
            "%"
        )

    return Comparison(expected=Band.point(_HUNDRED), actual=actual, describe=describe)


def _magnitude(value: int | Decimal) -> int | Decimal:
    return -value if value < 0 else value


def _sum(bands: Iterable[Band]) -> Band:
    total = Band.point(Fraction(0))
    for band in bands:
        total += band
    return total
