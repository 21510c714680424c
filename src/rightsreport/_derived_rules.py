"""The RR7xx rules: derived figures agree with the figures they derive from.

A statistic's ``derivation`` names the statistics it derives from and states the
relation (a share, a change, a total, a difference, a rate). These rules check,
with the exact arithmetic of :mod:`rightsreport._arithmetic`, that the figures
agree within the precision the text implies, that shares said to make a whole do,
and that a part never exceeds its whole. Each message shows the arithmetic ("45%
of 1,200 is 540, the report gives 562"), except where a figure is not public: then
it names paths only.

Counts that are not whole numbers (RR205), percentages outside 0 to 100 (RR204)
and breakdowns that exceed their total (RR202) are the figure rules' job, not
these. :mod:`rightsreport._rules` imports this module, which registers the rules
with the same machinery as its own, before it lists :data:`~rightsreport.RULES`.
The tolerances are validation options (see :class:`~rightsreport.ValidationOptions`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from rightsreport._arithmetic import (
    Comparison,
    Figure,
    Tolerance,
    compare_change,
    compare_difference,
    compare_partition,
    compare_rate,
    compare_share,
    compare_stated_share,
    compare_total,
    format_number,
    implied_band,
    share_of_whole,
)
from rightsreport._dates import PartialDate, Period
from rightsreport._derivation import ChangeFrom, DifferenceOf, RateOf, ShareOf, TotalOf
from rightsreport._findings import Finding, Severity
from rightsreport._rules import _WITHHELD, Context, Document, Rule, _rule, check
from rightsreport._statistic import Statistic
from rightsreport._vocabulary import StatisticKind, StatisticQualifier

if TYPE_CHECKING:
    from rightsreport._validate import ValidationOptions

__all__ = ["tolerance"]

_QUALIFIER_WORDS: Final = {
    StatisticQualifier.EXACT: "",
    StatisticQualifier.AT_LEAST: "at least ",
    StatisticQualifier.AT_MOST: "at most ",
    StatisticQualifier.APPROXIMATELY: "about ",
    StatisticQualifier.ORDER_OF_MAGNITUDE: "of the order of ",
}

RR701 = _rule(
    "RR701",
    Severity.ERROR,
    "derivation refers to an unknown statistic",
    checks="""Each statistic a derivation names (a share's whole, a change's
    baseline, a total's parts, a difference's figures, a rate's count and
    population) is a statistic of the same report.""",
    example="""
>>> from rightsreport import ShareOf
>>> dispersed = Statistic(id="n2", value=83, measure="assemblies dispersed",
...                       derivation=ShareOf(whole_id="n9", percent=45))
>>> check(statistics=(count, dispersed))
$.statistics[1].derivation.whole_id: RR701 error: statistic 'n9' is not a statistic of this report
""",
    fix="Correct the id, or add the statistic the figure derives from to the report.",
    domain_rule=2,
)
RR702 = _rule(
    "RR702",
    Severity.ERROR,
    "share does not agree with its whole",
    checks="""A part and its whole agree with the share the text states ("45
    percent", "one in five", "half"), within the share's printed precision ("45
    percent" is 44.5 to 45.5) or the band of its words ("half" is 45 to 55
    percent, "about half" 40 to 60, "most" more than 50). A percentage that is
    itself the share agrees with the share its derivation states in words.""",
    example="""
>>> from rightsreport import ShareOf
>>> dispersed = Statistic(id="n2", value=90, measure="assemblies dispersed",
...                       derivation=ShareOf(whole_id="n1", percent=45))
>>> check(statistics=(count, dispersed))
$.statistics[1].derivation: RR702 error: 45% of 185 is 83.25, the report gives 90
""",
    fix="""Check the part, the whole and the stated share against the document: a
    digit transposed in one of them is the usual cause.""",
    domain_rule=3,
)
RR703 = _rule(
    "RR703",
    Severity.ERROR,
    "change does not agree with its baseline",
    checks="""A later figure agrees with its baseline and the change the text
    states ("rose 20 percent", "200 more"), within the change's printed
    precision.""",
    example="""
>>> from rightsreport import ChangeFrom
>>> before = Statistic(id="n0", value=150, measure="assemblies", baseline=True)
>>> rise = evolve(count, derivation=ChangeFrom(baseline_id="n0", percent=20))
>>> check(statistics=(rise, before))
$.statistics[0].derivation: RR703 error: 150 up 20% is 180, the report gives 185
""",
    fix="""Check the later figure, the baseline and the stated change against the
    document.""",
    domain_rule=3,
)
RR704 = _rule(
    "RR704",
    Severity.ERROR,
    "total does not agree with its parts",
    checks="""A figure given as the sum of others ("killed and injured together")
    equals their sum, within the precision of the figures.""",
    example="""
>>> from rightsreport import TotalOf
>>> land = Statistic(id="n2", value=101, measure="assemblies over land")
>>> work = Statistic(id="n3", value=68, measure="assemblies over work")
>>> total = evolve(count, derivation=TotalOf(part_ids=("n2", "n3")))
>>> check(statistics=(total, land, work))
$.statistics[0].derivation: RR704 error: 101 + 68 is 169, the report gives 185
""",
    fix="Check the total and each part against the document.",
    domain_rule=3,
)
RR705 = _rule(
    "RR705",
    Severity.ERROR,
    "difference does not agree with its figures",
    checks="""A figure given as one figure less others ("the other 16") equals
    that difference, within the precision of the figures.""",
    example="""
>>> from rightsreport import DifferenceOf
>>> land = Statistic(id="n2", value=101, measure="assemblies over land")
>>> other = Statistic(id="n3", value=16, measure="other assemblies",
...                   derivation=DifferenceOf(minuend_id="n1", subtrahend_ids=("n2",)))
>>> check(statistics=(count, land, other))
$.statistics[2].derivation: RR705 error: 185 - 101 is 84, the report gives 16
""",
    fix="Check each figure against the document, and that the difference names all that is taken away.",
    domain_rule=3,
)
RR706 = _rule(
    "RR706",
    Severity.ERROR,
    "rate does not agree with its count and population",
    checks="""A rate ("3.1 per 100,000") agrees with the count and the population
    it is computed from, within its printed precision.""",
    example="""
>>> from rightsreport import RateOf, StatisticKind
>>> people = Statistic(id="n2", value=16_000_000, measure="inhabitants")
>>> rate = Statistic(id="n3", value=Decimal("1.3"), kind=StatisticKind.RATE,
...                  measure="assemblies", unit="per 100,000",
...                  derivation=RateOf(per=100_000, numerator_id="n1", denominator_id="n2"))
>>> check(statistics=(count, people, rate))
$.statistics[2].derivation: RR706 error: 185 per 16,000,000 is 1.15625 per 100,000, the report gives 1.3
""",
    fix="Check the rate, its base, the count and the population against the document.",
    domain_rule=3,
)
RR707 = _rule(
    "RR707",
    Severity.ERROR,
    "shares said to make a whole do not sum to 100",
    checks="""Shares of the same whole that carry the same ``partition`` label say
    that together they make all of it: their percentages sum to 100 within the
    rounding of each (or within the ``percentage_tolerance`` option, when
    given).""",
    example="""
>>> from rightsreport import ShareOf, StatisticKind
>>> def share(id, value):
...     return Statistic(id=id, value=value, kind=StatisticKind.PERCENTAGE,
...                      measure="assemblies", unit="%",
...                      derivation=ShareOf(whole_id="n1", partition="reason"))
>>> check(statistics=(count, share("n2", 55), share("n3", 37)))
$.statistics[1].derivation.partition: RR707 error: the shares of $.statistics[0] in partition 'reason' ($.statistics[1], $.statistics[2]): 55% + 37% is 92%, not 100%
""",
    fix="""Check each share against the document; if the shares are not all of the
    whole, leave out the partition label.""",
    domain_rule=4,
)
RR708 = _rule(
    "RR708",
    Severity.ERROR,
    "part exceeds its whole",
    checks="""A figure given as a share of another is no larger than it (a
    breakdown's parts are RR202's).""",
    example="""
>>> from rightsreport import ShareOf
>>> dispersed = Statistic(id="n2", value=195, measure="assemblies dispersed",
...                       derivation=ShareOf(whole_id="n1"))
>>> check(statistics=(count, dispersed))
$.statistics[1].value: RR708 error: the part, 195, is more than its whole, 185 ($.statistics[0])
""",
    fix="Check the part and the whole against the document, and that the whole is the right statistic.",
    domain_rule=3,
)
RR709 = _rule(
    "RR709",
    Severity.WARNING,
    "baseline is not earlier than the figure",
    checks="""A change is from an earlier figure: its baseline (the baseline
    statistic's period or "as of" date, else the change's baseline period)
    starts before the figure it is compared with.""",
    example="""
>>> from rightsreport import ChangeFrom
>>> later = Statistic(id="n0", value=150, measure="assemblies",
...                   period=Period.from_edtf("2021/2021"), baseline=True)
>>> rise = evolve(count, period=Period.from_edtf("2020/2020"),
...               derivation=ChangeFrom(baseline_id="n0"))
>>> check(statistics=(rise, later))
$.statistics[0].derivation.baseline_id: RR709 warning: the baseline's 2021/2021 does not start before the figure's 2020/2020
""",
    fix="""Check the dates of both figures; if the change runs the other way, put
    the derivation on the later figure.""",
    domain_rule=5,
)

RULES_7XX: Final[tuple[Rule, ...]] = (
    RR701,
    RR702,
    RR703,
    RR704,
    RR705,
    RR706,
    RR707,
    RR708,
    RR709,
)


def tolerance(options: ValidationOptions) -> Tolerance:
    """Return the arithmetic's tolerance under validation *options*."""
    return Tolerance(
        rounding=Fraction(options.rounding_tolerance),
        approximate=Fraction(options.approximate_tolerance),
        share_words=Fraction(options.share_word_tolerance),
        approximate_share=Fraction(options.approximate_share_tolerance),
    )


class _Derived:
    """What the checks of one document share: its statistics by id, as figures."""

    __slots__ = ("ctx", "doc", "figures", "indexes", "protected", "tolerance")

    def __init__(self, doc: Document, ctx: Context) -> None:
        self.doc = doc
        self.ctx = ctx
        self.tolerance = tolerance(ctx.options)
        self.indexes: dict[str, int] = {}
        for index, statistic in enumerate(doc.report.statistics):
            self.indexes.setdefault(statistic.id, index)
        self.protected: dict[int, bool] = {}
        self.figures: dict[int, Figure] = {}

    def statistic(self, statistic_id: str) -> tuple[int, Statistic]:
        """Return the index and the statistic of a known id (checked by RR701)."""
        index = self.indexes[statistic_id]
        return index, self.doc.report.statistics[index]

    def path(self, index: int) -> str:
        return f"{self.doc.path}.statistics[{index}]"

    def is_protected(self, index: int) -> bool:
        known = self.protected.get(index)
        if known is None:
            known = self.doc.statistic_is_protected(self.doc.report.statistics[index])
            self.protected[index] = known
        return known

    def figure(self, statistic: Statistic) -> Figure:
        """Return *statistic* as the arithmetic reads it (once per statistic)."""
        known = self.figures.get(id(statistic))
        if known is None:
            known = self.figures[id(statistic)] = self._figure(statistic)
        return known

    def _figure(self, statistic: Statistic) -> Figure:
        percentage = statistic.kind is StatisticKind.PERCENTAGE
        text = _QUALIFIER_WORDS[statistic.qualifier] + format_number(statistic.value)
        return Figure(
            value=statistic.value,
            band=implied_band(
                statistic.value,
                tolerance=self.tolerance,
                printed=statistic.printed,
                qualifier=statistic.qualifier,
                whole=statistic.kind is StatisticKind.COUNT,
            ),
            text=text + "%" if percentage else text,
            suffix="%" if percentage else "",
        )

    def finding(
        self,
        rule: Rule,
        path: str,
        comparison: Comparison,
        indexes: Sequence[int],
        withheld: str,
    ) -> Finding:
        """Return a finding of a disagreement: the arithmetic, unless a figure is secret."""
        if any(self.is_protected(index) for index in indexes):
            return self.ctx.finding(rule, path, f"{withheld} ({_WITHHELD})")
        return self.ctx.finding(rule, path, comparison.message)


_FIELDS: Final = {
    ShareOf: ("whole_id",),
    ChangeFrom: ("baseline_id",),
    TotalOf: ("part_ids",),
    DifferenceOf: ("minuend_id", "subtrahend_ids"),
    RateOf: ("numerator_id", "denominator_id"),
}


def _references(derivation: object) -> Iterator[tuple[str, str]]:
    """Yield each id a derivation names with its path below the derivation."""
    for name in _FIELDS[type(derivation)]:
        value = getattr(derivation, name)
        if isinstance(value, tuple):
            for position, identifier in enumerate(value):
                yield f"{name}[{position}]", identifier
        elif value is not None:
            yield name, value


_DERIVATION: Final = attrgetter("derivation")


@check(*RULES_7XX)
def _derived(doc: Document, ctx: Context) -> Iterator[Finding]:
    # Most reports derive no figure: one pass in C says so.
    if not any(map(_DERIVATION, doc.report.statistics)):
        return
    derived = _Derived(doc, ctx)
    partitions: dict[tuple[str, str], list[int]] = {}
    for index, statistic in enumerate(doc.report.statistics):
        derivation = statistic.derivation
        if derivation is None:
            continue
        where = f"{derived.path(index)}.derivation"
        unknown = False
        for relpath, identifier in _references(derivation):
            if identifier not in derived.indexes:
                unknown = True
                yield ctx.finding(
                    RR701,
                    f"{where}.{relpath}",
                    f"the statistic named is not a statistic of this report "
                    f"(id {_WITHHELD})"
                    if derived.is_protected(index)
                    else f"statistic {identifier!r} is not a statistic of this report",
                )
        if unknown:
            continue
        if isinstance(derivation, ShareOf):
            yield from _share(derived, index, statistic, derivation)
            if derivation.partition is not None:
                key = (derivation.whole_id, derivation.partition)
                partitions.setdefault(key, []).append(index)
        elif isinstance(derivation, ChangeFrom):
            yield from _change(derived, index, statistic, derivation)
        elif isinstance(derivation, TotalOf):
            yield from _total(derived, index, statistic, derivation)
        elif isinstance(derivation, DifferenceOf):
            yield from _difference(derived, index, statistic, derivation)
        else:
            yield from _rate(derived, index, statistic, derivation)
    for (whole_id, label), members in partitions.items():
        yield from _partition(derived, whole_id, label, members)


def _share(
    derived: _Derived, index: int, statistic: Statistic, share: ShareOf
) -> Iterator[Finding]:
    where = f"{derived.path(index)}.derivation"
    part = derived.figure(statistic)
    if statistic.kind is StatisticKind.PERCENTAGE:
        comparison = compare_stated_share(part, share, derived.tolerance)
        if comparison is not None and not comparison.agrees:
            yield derived.finding(
                RR702,
                where,
                comparison,
                [index],
                "the percentage does not agree with the share stated",
            )
        return
    whole_index, whole_statistic = derived.statistic(share.whole_id)
    whole = derived.figure(whole_statistic)
    indexes = [index, whole_index]
    low, high = part.band.low, whole.band.high
    if low is not None and high is not None and low > high:
        message = (
            f"the part is more than its whole {derived.path(whole_index)} ({_WITHHELD})"
            if any(derived.is_protected(i) for i in indexes)
            else f"the part, {part.text}, is more than its whole, {whole.text} "
            f"({derived.path(whole_index)})"
        )
        yield derived.ctx.finding(RR708, f"{derived.path(index)}.value", message)
        return
    comparison = compare_share(part, whole, share, derived.tolerance)
    if comparison is not None and not comparison.agrees:
        yield derived.finding(
            RR702,
            where,
            comparison,
            indexes,
            f"the part does not agree with its share of {derived.path(whole_index)}",
        )


def _change(
    derived: _Derived, index: int, statistic: Statistic, change: ChangeFrom
) -> Iterator[Finding]:
    where = f"{derived.path(index)}.derivation"
    baseline: Statistic | None = None
    indexes = [index]
    if change.baseline_id is not None:
        baseline_index, baseline = derived.statistic(change.baseline_id)
        indexes.append(baseline_index)
    if baseline is not None and statistic.kind is not StatisticKind.PERCENTAGE:
        comparison = compare_change(
            derived.figure(statistic),
            derived.figure(baseline),
            change,
            derived.tolerance,
        )
        if comparison is not None and not comparison.agrees:
            yield derived.finding(
                RR703,
                where,
                comparison,
                indexes,
                f"the figure does not agree with its baseline {derived.path(indexes[-1])} and the change stated",
            )
    earlier = _when(baseline) if baseline is not None else None
    relpath = "baseline_id"
    if earlier is None and change.baseline_period is not None:
        earlier, relpath = change.baseline_period, "baseline_period"
    later = _when(statistic)
    if earlier is None or later is None:
        return
    start, figure_start = earlier.earliest, later.earliest
    if start is not None and figure_start is not None and start >= figure_start:
        message = (
            f"the baseline does not start before the figure ({_WITHHELD})"
            if any(derived.is_protected(i) for i in indexes)
            else f"the baseline's {earlier} does not start before the figure's {later}"
        )
        yield derived.ctx.finding(RR709, f"{where}.{relpath}", message)


def _when(statistic: Statistic) -> Period | PartialDate | None:
    return statistic.period if statistic.period is not None else statistic.as_of


def _total(
    derived: _Derived, index: int, statistic: Statistic, total: TotalOf
) -> Iterator[Finding]:
    found = [derived.statistic(identifier) for identifier in total.part_ids]
    comparison = compare_total(
        derived.figure(statistic), [derived.figure(part) for _, part in found]
    )
    if not comparison.agrees:
        yield derived.finding(
            RR704,
            f"{derived.path(index)}.derivation",
            comparison,
            [index, *(i for i, _ in found)],
            "the total does not agree with the sum of its parts",
        )


def _difference(
    derived: _Derived, index: int, statistic: Statistic, difference: DifferenceOf
) -> Iterator[Finding]:
    minuend_index, minuend = derived.statistic(difference.minuend_id)
    found = [derived.statistic(identifier) for identifier in difference.subtrahend_ids]
    comparison = compare_difference(
        derived.figure(statistic),
        derived.figure(minuend),
        [derived.figure(part) for _, part in found],
    )
    if not comparison.agrees:
        yield derived.finding(
            RR705,
            f"{derived.path(index)}.derivation",
            comparison,
            [index, minuend_index, *(i for i, _ in found)],
            "the figure does not agree with the difference of its figures",
        )


def _rate(
    derived: _Derived, index: int, statistic: Statistic, rate: RateOf
) -> Iterator[Finding]:
    if rate.numerator_id is None or rate.denominator_id is None:
        return
    numerator_index, numerator = derived.statistic(rate.numerator_id)
    denominator_index, denominator = derived.statistic(rate.denominator_id)
    comparison = compare_rate(
        derived.figure(statistic),
        derived.figure(numerator),
        derived.figure(denominator),
        rate.per,
    )
    if comparison is not None and not comparison.agrees:
        yield derived.finding(
            RR706,
            f"{derived.path(index)}.derivation",
            comparison,
            [index, numerator_index, denominator_index],
            "the rate does not agree with its count and population",
        )


def _partition(
    derived: _Derived, whole_id: str, label: str, members: list[int]
) -> Iterator[Finding]:
    whole_index, whole_statistic = derived.statistic(whole_id)
    whole = derived.figure(whole_statistic)
    shares = []
    for index in members:
        statistic = derived.doc.report.statistics[index]
        figure = derived.figure(statistic)
        if statistic.kind is StatisticKind.PERCENTAGE:
            shares.append((figure.band, Fraction(statistic.value)))
            continue
        band = share_of_whole(figure, whole)
        if band is None:
            return
        shares.append((band, Fraction(statistic.value) / Fraction(whole.value) * 100))
    comparison = compare_partition(shares)
    limit = derived.ctx.options.percentage_tolerance
    if limit is None:
        agrees = comparison.agrees
    else:
        centre = sum((centre for _, centre in shares), Fraction(0))
        agrees = abs(centre - 100) <= Fraction(limit)
    if agrees:
        return
    paths = ", ".join(derived.path(index) for index in members)
    where = f"{derived.path(members[0])}.derivation.partition"
    if any(derived.is_protected(i) for i in [whole_index, *members]):
        yield derived.ctx.finding(
            RR707,
            where,
            f"the shares of {derived.path(whole_index)} in partition {label!r} "
            f"({paths}) do not sum to 100 ({_WITHHELD})",
        )
        return
    yield derived.ctx.finding(
        RR707,
        where,
        f"the shares of {derived.path(whole_index)} in partition {label!r} "
        f"({paths}): {comparison.message}",
    )
