"""Derivations: how a figure follows from other figures of the same report.

Reports rarely print a figure alone: "45 percent of the 1,200 people detained",
"rose 20 percent from 1,000 the year before", "killed and injured together",
"3.1 per 100,000". A :class:`~rightsreport.Statistic` says how it derives from
other statistics with its ``derivation``, one of :class:`ShareOf`,
:class:`ChangeFrom`, :class:`TotalOf`, :class:`DifferenceOf` and :class:`RateOf`.
The statistic that carries the derivation is the derived figure; the derivation
names, by id, the statistics it derives from, and states what the text states
about the relation (the share, the change, the base of the rate).

Whether the figures agree is the validation pass's job (the ``RR7xx`` rules); the
arithmetic lives in :mod:`rightsreport._arithmetic`.
"""

from __future__ import annotations

import enum
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from rightsreport import _checks as check
from rightsreport._dates import Period
from rightsreport._errors import InvalidFieldError

if TYPE_CHECKING:
    # Only named in annotations: the classes are published as ``rightsreport.X``,
    # whose namespace resolves ``Number`` when cattrs reads the annotations.
    from rightsreport._statistic import Number

__all__ = [
    "ChangeFrom",
    "Derivation",
    "DifferenceOf",
    "RateOf",
    "ShareOf",
    "ShareWord",
    "TotalOf",
]


class ShareWord(enum.StrEnum):
    """A share printed in words ("half of the cases", "most detainees").

    Each word stands for a band of percentages. Words naming a fraction (half, a
    third, a quarter ...) allow the fraction plus or minus a tolerance in
    percentage points (the validation option ``share_word_tolerance``, 5 by
    default: "half" allows 45 to 55 percent); the others name a range of their own.
    A share marked :attr:`ShareOf.approximate` ("about half") widens the band by
    a further ``approximate_share_tolerance`` points (5 by default: "about half"
    allows 40 to 60 percent).

    ==================  ======================  ===========================
    member              printed as              band, in percent
    ==================  ======================  ===========================
    ``all``             all, every              100
    ``nearly_all``      nearly all, almost all  90 to 100, 100 excluded
    ``most``            most, a majority,       50 to 100, 50 excluded
                        more than half
    ``three_quarters``  three quarters          75, with the word tolerance
    ``two_thirds``      two thirds              66.67, with the word tolerance
    ``half``            half                    50, with the word tolerance
    ``nearly_half``     nearly half             40 to 50, 50 excluded
    ``third``           a third                 33.33, with the word tolerance
    ``quarter``         a quarter               25, with the word tolerance
    ``fifth``           a fifth                 20, with the word tolerance
    ``tenth``           a tenth                 10, with the word tolerance
    ``minority``        a minority,             0 to 50, 50 excluded
                        less than half
    ``none``            none, no                0
    ==================  ======================  ===========================

        >>> from rightsreport import ShareWord
        >>> ShareWord.THIRD.phrase, ShareWord.THIRD.fraction
        ('a third', Fraction(1, 3))
        >>> ShareWord.MOST.fraction is None
        True
    """

    ALL = "all"
    NEARLY_ALL = "nearly_all"
    MOST = "most"
    THREE_QUARTERS = "three_quarters"
    TWO_THIRDS = "two_thirds"
    HALF = "half"
    NEARLY_HALF = "nearly_half"
    THIRD = "third"
    QUARTER = "quarter"
    FIFTH = "fifth"
    TENTH = "tenth"
    MINORITY = "minority"
    NONE = "none"

    @property
    def phrase(self) -> str:
        """The word as a message prints it ("a third")."""
        return _PHRASES.get(self, self.value.replace("_", " "))

    @property
    def fraction(self) -> Fraction | None:
        """The fraction a word names ("a third" is 1/3), or ``None`` for a range."""
        return _FRACTIONS.get(self)


_PHRASES = {
    ShareWord.THIRD: "a third",
    ShareWord.QUARTER: "a quarter",
    ShareWord.FIFTH: "a fifth",
    ShareWord.TENTH: "a tenth",
    ShareWord.MINORITY: "a minority",
}

_FRACTIONS = {
    ShareWord.ALL: Fraction(1),
    ShareWord.THREE_QUARTERS: Fraction(3, 4),
    ShareWord.TWO_THIRDS: Fraction(2, 3),
    ShareWord.HALF: Fraction(1, 2),
    ShareWord.THIRD: Fraction(1, 3),
    ShareWord.QUARTER: Fraction(1, 4),
    ShareWord.FIFTH: Fraction(1, 5),
    ShareWord.TENTH: Fraction(1, 10),
    ShareWord.NONE: Fraction(0),
}

_opt_id = check.optional(check.identifier())


def _check_optional_number(
    _: object, attribute: attrs.Attribute[Any], value: Any
) -> None:
    if value is not None:
        check.check_number(attribute.name, value)


def _check_fraction(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    expected = (
        "a (numerator, denominator) pair of ints with 0 <= numerator <= denominator"
    )
    if (
        type(value) is not tuple
        or len(value) != 2
        or any(type(item) is not int for item in value)
    ):
        raise InvalidFieldError("fraction", expected, repr(value))
    numerator, denominator = value
    if denominator < 1 or not 0 <= numerator <= denominator:
        raise InvalidFieldError("fraction", expected, repr(value))


def _check_id_tuple(minimum: int) -> check.Validator:
    each = check.tuple_each(check.check_identifier, "ids")

    def validate(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        each(instance, attribute, value)
        name = attribute.name
        if len(value) < minimum:
            raise InvalidFieldError(
                name, f"at least {minimum} statistic id(s)", repr(value)
            )
        if len(set(value)) != len(value):
            raise InvalidFieldError(name, "distinct statistic ids", repr(value))

    return validate


@frozen(kw_only=True)
class ShareOf:
    """The figure is a share of another figure, its whole.

    The statistic carrying it is the part ("562 were held without charge"), and
    :attr:`whole_id` names the whole ("the 1,200 people detained"). The share the
    text states goes in at most one of :attr:`percent` ("45 percent"),
    :attr:`fraction` ("one in five": ``(1, 5)``) or :attr:`words` ("half"). When
    the statistic is itself a percentage ("45 percent were held without charge",
    with no count printed), its own value is the share and the derivation need
    state nothing more.

        >>> from decimal import Decimal
        >>> from rightsreport import ShareOf, ShareWord, Statistic
        >>> held = Statistic(
        ...     id="held-without-charge",
        ...     value=540,
        ...     measure="people held without charge",
        ...     derivation=ShareOf(whole_id="detained", percent=Decimal("45")),
        ... )
        >>> held.derivation.inputs
        ('detained',)
        >>> ShareOf(whole_id="cases", words=ShareWord.HALF, approximate=True).words
        <ShareWord.HALF: 'half'>

    Shares of the same whole that together claim to be all of it ("60 percent
    were men and 40 percent women") carry the same :attr:`partition` label; their
    shares then sum to 100 within rounding.

    Attributes:
        whole_id: The id of the statistic this is a share of.
        percent: The share as a stated percentage, 0 to 100. Its printed
            precision is its precision: ``Decimal("45")`` allows 44.5 to 45.5,
            ``Decimal("45.0")`` allows 44.95 to 45.05.
        fraction: The share as a stated fraction, ``(numerator, denominator)``.
        words: The share in words.
        approximate: The text hedges the share ("about half", "some 45
            percent").
        partition: A label shared by the shares of the same whole that together
            claim to make all of it.
    """

    whole_id: str = field(validator=check.identifier())
    percent: Number | None = field(default=None, validator=_check_optional_number)
    fraction: tuple[int, int] | None = field(default=None, validator=_check_fraction)
    words: ShareWord | None = field(
        default=None,
        validator=check.optional(check.instance_of(ShareWord, "a ShareWord")),
    )
    approximate: bool = field(
        default=False, validator=check.instance_of(bool, "a bool")
    )
    partition: str | None = field(default=None, validator=_opt_id)

    def __attrs_post_init__(self) -> None:
        if self.percent is not None and not 0 <= self.percent <= 100:
            raise InvalidFieldError(
                "percent", "a share from 0 to 100", repr(self.percent)
            )
        stated = [
            name
            for name in ("percent", "fraction", "words")
            if getattr(self, name) is not None
        ]
        if len(stated) > 1:
            raise InvalidFieldError(
                stated[1],
                f"unset when {stated[0]} states the share",
                repr(getattr(self, stated[1])),
            )

    @property
    def inputs(self) -> tuple[str, ...]:
        """The ids of the statistics the figure derives from."""
        return (self.whole_id,)

    @property
    def stated(self) -> str | None:
        """The share as stated, in words ("45%", "about half", "1 in 5"), if any.

        >>> from rightsreport import ShareOf, ShareWord
        >>> ShareOf(whole_id="w", words=ShareWord.THIRD, approximate=True).stated
        'about a third'
        """
        if self.percent is not None:
            text = f"{self.percent}%"
        elif self.fraction is not None:
            text = f"{self.fraction[0]} in {self.fraction[1]}"
        elif self.words is not None:
            text = self.words.phrase
        else:
            return None
        return f"about {text}" if self.approximate else text


@frozen(kw_only=True)
class ChangeFrom:
    """The figure is a change from an earlier figure, its baseline.

    The statistic carrying it is the later figure ("1,200 detentions in 2020"),
    :attr:`baseline_id` names the earlier one ("1,000 the year before"), and the
    change the text states goes in :attr:`percent` ("rose 20 percent") or
    :attr:`absolute` ("200 more"), negative for a fall. When the statistic is itself
    a percentage ("detentions rose 20 percent", with no later count printed), its
    own value is the change. :attr:`baseline_period` is the earlier figure's
    period, for the change whose earlier figure is not printed ("up 20 percent on
    2019").

        >>> from rightsreport import ChangeFrom, Period
        >>> rise = ChangeFrom(baseline_id="detentions-2019", percent=20)
        >>> rise.inputs
        ('detentions-2019',)
        >>> ChangeFrom(baseline_period=Period.from_edtf("2019/2019"), percent=20).inputs
        ()

    Attributes:
        baseline_id: The id of the earlier statistic.
        percent: The stated change in percent of the baseline.
        absolute: The stated change in the figure's own unit.
        baseline_period: The period of the earlier figure.
    """

    baseline_id: str | None = field(default=None, validator=_opt_id)
    percent: Number | None = field(default=None, validator=_check_optional_number)
    absolute: Number | None = field(default=None, validator=_check_optional_number)
    baseline_period: Period | None = field(
        default=None, validator=check.optional(check.instance_of(Period, "a Period"))
    )

    def __attrs_post_init__(self) -> None:
        if self.baseline_id is None and self.baseline_period is None:
            raise InvalidFieldError(
                "baseline_id", "a baseline id or a baseline period (or both)", "None"
            )
        if self.percent is not None and self.absolute is not None:
            raise InvalidFieldError(
                "absolute",
                "unset when percent states the change",
                repr(self.absolute),
            )

    @property
    def inputs(self) -> tuple[str, ...]:
        """The ids of the statistics the figure derives from."""
        return () if self.baseline_id is None else (self.baseline_id,)

    @property
    def stated(self) -> str | None:
        """The change as stated, and from when ("+20%", "-200 from 2019/2019").

        >>> from rightsreport import ChangeFrom, Period
        >>> ChangeFrom(baseline_id="b", percent=-20).stated
        '-20%'
        >>> ChangeFrom(baseline_period=Period.from_edtf("2019/2019")).stated
        'from 2019/2019'
        """
        parts = []
        if self.percent is not None:
            parts.append(f"{self.percent:+}%")
        elif self.absolute is not None:
            parts.append(f"{self.absolute:+}")
        if self.baseline_period is not None:
            parts.append(f"from {self.baseline_period}")
        return " ".join(parts) or None


@frozen(kw_only=True)
class TotalOf:
    """The figure is the sum of other figures ("killed and injured together").

        >>> from rightsreport import TotalOf
        >>> TotalOf(part_ids=("killed", "injured")).inputs
        ('killed', 'injured')

    Attributes:
        part_ids: The ids of the statistics it sums, at least two, distinct.
    """

    part_ids: tuple[str, ...] = field(validator=_check_id_tuple(2))

    @property
    def inputs(self) -> tuple[str, ...]:
        """The ids of the statistics the figure derives from."""
        return self.part_ids

    @property
    def stated(self) -> None:
        """Nothing: a total states no relation beyond its parts."""
        return None


@frozen(kw_only=True)
class DifferenceOf:
    """The figure is one figure less others ("the other 16 of the 185").

        >>> from rightsreport import DifferenceOf
        >>> DifferenceOf(
        ...     minuend_id="assemblies", subtrahend_ids=("land-rights", "workers")
        ... ).inputs
        ('assemblies', 'land-rights', 'workers')

    Attributes:
        minuend_id: The id of the statistic taken from.
        subtrahend_ids: The ids of the statistics taken away, at least one,
            distinct.
    """

    minuend_id: str = field(validator=check.identifier())
    subtrahend_ids: tuple[str, ...] = field(validator=_check_id_tuple(1))

    def __attrs_post_init__(self) -> None:
        if self.minuend_id in self.subtrahend_ids:
            raise InvalidFieldError(
                "subtrahend_ids",
                f"ids other than the minuend {self.minuend_id!r}",
                repr(self.subtrahend_ids),
            )

    @property
    def inputs(self) -> tuple[str, ...]:
        """The ids of the statistics the figure derives from."""
        return (self.minuend_id, *self.subtrahend_ids)

    @property
    def stated(self) -> None:
        """Nothing: a difference states no relation beyond its figures."""
        return None


@frozen(kw_only=True)
class RateOf:
    """The figure is a rate: a count per a stated base of a population.

    "3.1 killings per 100,000 inhabitants" is ``RateOf(per=100_000,
    numerator_id="killings", denominator_id="population")``. Either id may be
    missing when the report does not print that figure; the rate can then not be
    checked, only described.

        >>> from rightsreport import RateOf
        >>> RateOf(
        ...     per=100_000, numerator_id="killings", denominator_id="population"
        ... ).inputs
        ('killings', 'population')

    Attributes:
        per: The stated base ("per 100,000" is ``100_000``), a positive int.
        numerator_id: The id of the statistic counted.
        denominator_id: The id of the statistic it is counted among.
    """

    per: int = field(validator=check.positive_int())
    numerator_id: str | None = field(default=None, validator=_opt_id)
    denominator_id: str | None = field(default=None, validator=_opt_id)

    def __attrs_post_init__(self) -> None:
        if self.numerator_id is not None and self.numerator_id == self.denominator_id:
            raise InvalidFieldError(
                "denominator_id",
                f"an id other than the numerator {self.numerator_id!r}",
                repr(self.denominator_id),
            )

    @property
    def inputs(self) -> tuple[str, ...]:
        """The ids of the statistics the figure derives from."""
        return tuple(
            identifier
            for identifier in (self.numerator_id, self.denominator_id)
            if identifier is not None
        )

    @property
    def stated(self) -> str:
        """The base as stated ("per 100,000").

        >>> from rightsreport import RateOf
        >>> RateOf(per=100_000).stated
        'per 100,000'
        """
        return f"per {self.per:,}"


#: How a figure derives from others: one of the five derivation classes.
Derivation = ShareOf | ChangeFrom | TotalOf | DifferenceOf | RateOf

#: The derivation classes, in the order of :data:`Derivation`.
DERIVATION_TYPES: tuple[type, ...] = (
    ShareOf,
    ChangeFrom,
    TotalOf,
    DifferenceOf,
    RateOf,
)

#: The kind of each derivation, as the wire format tags it and tables name it.
DERIVATION_KINDS: dict[type, str] = {
    ShareOf: "share_of",
    ChangeFrom: "change_from",
    TotalOf: "total_of",
    DifferenceOf: "difference_of",
    RateOf: "rate_of",
}
