"""Statistics: figures a report gives, with what they count and where they come from."""

from __future__ import annotations

from decimal import Decimal

from attrs import Factory, field, frozen

from rightsreport import _checks as check
from rightsreport._dates import PartialDate, Period
from rightsreport._derivation import DERIVATION_TYPES, Derivation
from rightsreport._errors import InvalidFieldError
from rightsreport._extensions import Extensions, to_extensions
from rightsreport._values import InstrumentArticle, Locator, Place
from rightsreport._vocabulary import (
    BreakdownCompleteness,
    Disclosure,
    RightsCategory,
    StatisticKind,
    StatisticQualifier,
)

__all__ = ["Breakdown", "BreakdownPart", "Number", "Statistic"]

#: A figure as printed: an ``int``, or an exact ``Decimal`` where the text gives
#: decimals. Never a ``float``, which would change what was printed.
Number = int | Decimal

_opt_text = check.optional(check.text())
_opt_category = check.optional(check.instance_of(RightsCategory, "a RightsCategory"))


@frozen(kw_only=True)
class BreakdownPart:
    """One labelled part of a statistic's breakdown ("101 related to land rights").

    Attributes:
        label: What the part counts ("land rights").
        value: The part's figure, >= 0.
        unit: The part's unit when it differs from the total's.
        category: The rights category the part concerns.
        printed: The figure as printed, when it differs from ``str(value)``.
    """

    label: str = field(validator=check.text())
    value: Number = field(validator=check.non_negative_number())
    unit: str | None = field(default=None, validator=_opt_text)
    category: RightsCategory | None = field(default=None, validator=_opt_category)
    printed: str | None = field(default=None, validator=_opt_text)


@frozen(kw_only=True)
class Breakdown:
    """A statistic's total split into labelled parts.

    Whether the parts agree with the total is checked by the validation pass, not
    here: a half-finished transcription must be constructible.

        >>> from rightsreport import Breakdown, BreakdownCompleteness, BreakdownPart
        >>> breakdown = Breakdown(
        ...     completeness=BreakdownCompleteness.EXHAUSTIVE,
        ...     parts=(
        ...         BreakdownPart(label="land rights", value=101),
        ...         BreakdownPart(label="workers' rights", value=68),
        ...         BreakdownPart(label="other reasons", value=16),
        ...     ),
        ... )
        >>> breakdown.sum()
        185

    Attributes:
        parts: The parts, at least one.
        completeness: Exhaustive (the parts are the whole total) or partial
            ("including ...").
    """

    parts: tuple[BreakdownPart, ...] = field(
        validator=check.tuple_of(BreakdownPart, "BreakdownPart")
    )
    completeness: BreakdownCompleteness = field(
        validator=check.instance_of(BreakdownCompleteness, "a BreakdownCompleteness")
    )

    def __attrs_post_init__(self) -> None:
        if not self.parts:
            raise InvalidFieldError("parts", "at least one BreakdownPart", "()")

    def sum(self) -> Number:
        """Return the sum of the parts' values, exact."""
        total: Number = 0
        for part in self.parts:
            total += part.value
        return total


@frozen(kw_only=True)
class Statistic:
    """A figure a report gives: what it counts, when, where, and on whose word.

    The value is exact as printed; the :attr:`qualifier` says how it relates to
    the true figure ("at least 62"). A figure has a :attr:`period` it covers, an
    :attr:`as_of` date it was true at, or both. :attr:`source_id` is who produced
    it; :attr:`relayed_via` the documents that passed it on, nearest the producer
    first (an NGO's count cited in the State Department's report, which the
    article cites).

        >>> from rightsreport import PartialDate, Statistic
        >>> cases = Statistic(
        ...     id="assembly-violations",
        ...     value=62,
        ...     measure="violations of freedom of peaceful assembly and association",
        ...     unit="cases",
        ...     as_of=PartialDate(year=2020, month=7),
        ... )
        >>> cases.display_value
        '62 cases'

    Attributes:
        id: Unique among the report's statistics.
        value: The figure: an ``int`` or an exact ``Decimal``.
        measure: What is counted or measured.
        qualifier: How the figure relates to the true one.
        kind: A count, a percentage, a rate, an amount or a score.
        unit: The counting unit ("cases", "assemblies", "per 100,000").
        period: The span the figure covers.
        as_of: The date the figure was true at.
        place: Where the figure applies.
        source_id: The id of the :class:`Source` that produced the figure.
        relayed_via: Ids of the document sources that passed it on, producer's
            side first.
        breakdown: The figure split into labelled parts.
        category: The rights category the figure concerns.
        instruments: The instrument articles the figure concerns.
        printed: The figure as printed ("at least 62", "1,659"), for finding it in
            the text.
        locator: Where the figure sits in the document.
        disclosure: Overrides the source's disclosure; ``None`` follows it.
        note: A free note.
        extensions: Namespaced user data, kept on every round-trip.
        derivation: How the figure derives from other statistics of the same
            report: a share of, a change from, a total or a difference of other
            figures, or a rate per a stated base.
        baseline: The figure is printed only as a baseline for comparison ("1,000
            the year before"): it may lie outside the report's coverage.
    """

    id: str = field(validator=check.identifier())
    value: Number = field()
    measure: str = field(validator=check.text())
    qualifier: StatisticQualifier = field(
        default=StatisticQualifier.EXACT,
        validator=check.instance_of(StatisticQualifier, "a StatisticQualifier"),
    )
    kind: StatisticKind = field(
        default=StatisticKind.COUNT,
        validator=check.instance_of(StatisticKind, "a StatisticKind"),
    )
    unit: str | None = field(default=None, validator=_opt_text)
    period: Period | None = field(
        default=None, validator=check.optional(check.instance_of(Period, "a Period"))
    )
    as_of: PartialDate | None = field(
        default=None,
        validator=check.optional(check.instance_of(PartialDate, "a PartialDate")),
    )
    place: Place | None = field(
        default=None, validator=check.optional(check.instance_of(Place, "a Place"))
    )
    source_id: str | None = field(
        default=None, validator=check.optional(check.identifier())
    )
    relayed_via: tuple[str, ...] = field(
        default=(), validator=check.tuple_each(check.check_identifier, "ids")
    )
    breakdown: Breakdown | None = field(
        default=None,
        validator=check.optional(check.instance_of(Breakdown, "a Breakdown")),
    )
    category: RightsCategory | None = field(default=None, validator=_opt_category)
    instruments: tuple[InstrumentArticle, ...] = field(
        default=(), validator=check.tuple_of(InstrumentArticle, "InstrumentArticle")
    )
    printed: str | None = field(default=None, validator=_opt_text)
    locator: Locator | None = field(
        default=None, validator=check.optional(check.instance_of(Locator, "a Locator"))
    )
    disclosure: Disclosure | None = field(
        default=None,
        validator=check.optional(check.instance_of(Disclosure, "a Disclosure")),
    )
    note: str | None = field(default=None, validator=_opt_text)
    extensions: Extensions = field(default=Factory(Extensions), converter=to_extensions)
    derivation: Derivation | None = field(
        default=None,
        validator=check.optional(
            check.instance_of(
                DERIVATION_TYPES,
                "a ShareOf, ChangeFrom, TotalOf, DifferenceOf or RateOf",
            )
        ),
    )
    baseline: bool = field(default=False, validator=check.instance_of(bool, "a bool"))

    @value.validator
    def _check_value(self, _: object, value: object) -> None:
        check.check_number("value", value)

    def __attrs_post_init__(self) -> None:
        if self.kind is StatisticKind.COUNT and self.value < 0:
            raise InvalidFieldError("value", "a count >= 0", repr(self.value))
        if self.derivation is not None and self.id in self.derivation.inputs:
            raise InvalidFieldError(
                "derivation",
                f"a derivation from statistics other than {self.id!r} itself",
                repr(self.derivation.inputs),
            )

    @property
    def display_value(self) -> str:
        """The value with its unit, as a reader would say it ("62 cases")."""
        text = self.printed or str(self.value)
        if self.unit is None or self.unit in text:
            return text
        return f"{text} {self.unit}"
