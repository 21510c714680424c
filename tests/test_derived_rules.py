"""The RR7xx rules through validate(): derived figures agree with their inputs.

Each rule's trigger and near miss are in tests/test_rules.py with every other
rule's; here are the rounding edges, the options, the secrecy of figures that are
not public, and the property that a consistent derivation is never flagged while
one digit changed past the tolerance always is.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import pytest
from attrs import evolve
from hypothesis import assume, given
from hypothesis import strategies as st

from rightsreport import (
    ChangeFrom,
    Derivation,
    DifferenceOf,
    Disclosure,
    IdentificationLevel,
    InvalidFieldError,
    PartialDate,
    Period,
    RateOf,
    Report,
    ReportKind,
    ShareOf,
    ShareWord,
    Source,
    SourceKind,
    Statistic,
    StatisticKind,
    StatisticQualifier,
    TotalOf,
    ValidationOptions,
    validate,
)
from rightsreport._arithmetic import Tolerance
from rightsreport._derived_rules import tolerance

YEAR = Period.from_edtf("2020/2020")


def _figure(
    statistic_id: str,
    value: int | Decimal,
    derivation: Derivation | None = None,
    /,
    **changes: object,
) -> Statistic:
    return Statistic(
        id=statistic_id,
        value=value,
        measure="people detained",
        derivation=derivation,
        **changes,  # type: ignore[arg-type]
    )


def _report(*statistics: Statistic, **changes: object) -> Report:
    return Report(
        id="r1",
        kind=ReportKind.MONITORING_REPORT,
        title="Detentions in 2020",
        coverage=YEAR,
        statistics=statistics,
        **changes,  # type: ignore[arg-type]
    )


def _found(report: Report, **options: object) -> list[tuple[str, str, str]]:
    result = validate(report, select=["RR7"], **options)  # type: ignore[arg-type]
    return [(f.code, f.path, f.message) for f in result]


# Each row: the whole, the part, the stated share, and what RR7 finds (none: []).
SHARES = [
    (1200, 540, ShareOf(whole_id="w", percent=45), []),
    (1200, 534, ShareOf(whole_id="w", percent=45), []),  # 44.5%: the low edge
    (1200, 546, ShareOf(whole_id="w", percent=45), []),  # 45.5%: the high edge
    (
        1200,
        533,
        ShareOf(whole_id="w", percent=45),
        [("RR702", "45% of 1,200 is 540, the report gives 533")],
    ),
    (
        1200,
        547,
        ShareOf(whole_id="w", percent=45),
        [("RR702", "45% of 1,200 is 540, the report gives 547")],
    ),
    (
        1200,
        562,
        ShareOf(whole_id="w", percent=45),
        [("RR702", "45% of 1,200 is 540, the report gives 562")],
    ),
    (1200, 540, ShareOf(whole_id="w", percent=Decimal("45.0")), []),
    (
        1200,
        541,
        ShareOf(whole_id="w", percent=Decimal("45.0")),
        [("RR702", "45.0% of 1,200 is 540, the report gives 541")],
    ),
    (62, 31, ShareOf(whole_id="w", words=ShareWord.HALF), []),
    (62, 25, ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True), []),
    (
        62,
        24,
        ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True),
        [("RR702", "about half of 62 is 31, the report gives 24")],
    ),
    (
        62,
        31,
        ShareOf(whole_id="w", words=ShareWord.MOST),
        [("RR702", "most of 62 is more than 31 and at most 62, the report gives 31")],
    ),
    (10, 3, ShareOf(whole_id="w", words=ShareWord.THIRD), []),
    (1000, 200, ShareOf(whole_id="w", fraction=(1, 5)), []),
    (
        1000,
        1200,
        ShareOf(whole_id="w", percent=45),
        [("RR708", "the part, 1,200, is more than its whole, 1,000 ($.statistics[0])")],
    ),
    (0, 0, ShareOf(whole_id="w", percent=45), []),  # a share of nothing: unchecked
]


@pytest.mark.parametrize(("whole", "part", "share", "found"), SHARES)
def test_shares(
    whole: int, part: int, share: ShareOf, found: list[tuple[str, str]]
) -> None:
    """Parts agree with their stated share of the whole within its precision."""
    report = _report(_figure("w", whole), _figure("p", part, share))
    expected = [
        (
            code,
            "$.statistics[1].value"
            if code == "RR708"
            else "$.statistics[1].derivation",
            message,
        )
        for code, message in found
    ]
    assert _found(report) == expected


@pytest.mark.parametrize(
    ("whole", "found"),
    [
        (_figure("w", 1200, qualifier=StatisticQualifier.APPROXIMATELY), []),
        (_figure("w", 1200, qualifier=StatisticQualifier.AT_LEAST), []),
        (_figure("w", 1_200_000, printed="1.2 million"), []),
        (
            _figure("w", 1_200_000, printed="1,200,000"),
            [("RR702", "45% of 1,200,000 is 540,000, the report gives 562,000")],
        ),
    ],
)
def test_the_whole_is_read_at_its_printed_precision(
    whole: Statistic, found: list[tuple[str, str]]
) -> None:
    """An approximate, open or rounded whole lets the part stray further."""
    value = 562 if whole.value == 1200 else 562_000
    report = _report(whole, _figure("p", value, ShareOf(whole_id="w", percent=45)))
    assert [(code, message) for code, _, message in _found(report)] == found


def test_figures_of_other_kinds() -> None:
    """A change on a percentage, a rate or a difference of decimals is checked too."""
    report = _report(
        _figure("before", 1000, baseline=True),
        _figure(
            "rise",
            20,
            ChangeFrom(baseline_id="before"),
            kind=StatisticKind.PERCENTAGE,
        ),
        _figure("a", Decimal("12.5"), kind=StatisticKind.PERCENTAGE),
        _figure("b", Decimal("30.2"), kind=StatisticKind.PERCENTAGE),
        _figure(
            "rest",
            Decimal("57.6"),
            DifferenceOf(minuend_id="whole", subtrahend_ids=("a", "b")),
            kind=StatisticKind.PERCENTAGE,
        ),
        _figure("whole", Decimal("100.0"), kind=StatisticKind.PERCENTAGE),
        _figure("rate", Decimal("3.1"), RateOf(per=100_000), kind=StatisticKind.RATE),
    )
    assert _found(report) == [
        (
            "RR705",
            "$.statistics[4].derivation",
            "100.0% - 12.5% - 30.2% is 57.3%, the report gives 57.6%",
        ),
    ]


def test_unknown_statistics_stop_the_arithmetic() -> None:
    """A derivation naming an unknown statistic is reported once, not computed."""
    report = _report(
        _figure("a", 1),
        _figure("t", 5, TotalOf(part_ids=("a", "gone"))),
        _figure("s", 5, ShareOf(whole_id="gone", partition="all")),
    )
    assert _found(report) == [
        (
            "RR701",
            "$.statistics[1].derivation.part_ids[1]",
            "statistic 'gone' is not a statistic of this report",
        ),
        (
            "RR701",
            "$.statistics[2].derivation.whole_id",
            "statistic 'gone' is not a statistic of this report",
        ),
    ]


def test_partitions_of_a_zero_whole_are_not_checked() -> None:
    """Counts in a partition of nothing have no shares to sum."""
    report = _report(
        _figure("w", 0),
        _figure("a", 0, ShareOf(whole_id="w", partition="sex")),
        _figure("b", 0, ShareOf(whole_id="w", partition="sex")),
    )
    assert _found(report) == []


@pytest.mark.parametrize(
    ("figure_time", "baseline_time", "found"),
    [
        ({"period": YEAR}, {"period": Period.from_edtf("2019/2019")}, False),
        ({"period": YEAR}, {"as_of": PartialDate(year=2020, month=1)}, True),
        ({"period": YEAR}, {"period": Period.from_edtf("../2019")}, False),
        ({"period": Period.from_edtf("../2020")}, {"period": YEAR}, False),
        ({}, {"period": YEAR}, False),
        ({"period": YEAR}, {}, False),
    ],
)
def test_baselines_are_earlier(
    figure_time: dict[str, object], baseline_time: dict[str, object], found: bool
) -> None:
    """RR709 compares the first days the two can mean; open or unknown, no finding."""
    report = _report(
        _figure("now", 1200, ChangeFrom(baseline_id="then"), **figure_time),
        _figure("then", 1000, baseline=True, **baseline_time),
    )
    assert [code for code, _, _ in _found(report)] == (["RR709"] if found else [])


def test_a_baseline_outside_the_coverage_is_not_a_coverage_warning() -> None:
    """Marked as a baseline, a figure from 2019 is expected; unmarked, it is noted."""
    before = _figure("then", 1000, period=Period.from_edtf("2019/2019"))
    now = _figure("now", 1200, ChangeFrom(baseline_id="then", percent=20), period=YEAR)
    unmarked = validate(_report(now, before), select=["RR3", "RR7"])
    assert [(f.code, f.path) for f in unmarked] == [("RR303", "$.statistics[1].period")]
    marked = _report(now, _figure("then", 1000, period=before.period, baseline=True))
    assert validate(marked, select=["RR3", "RR7"]).findings == ()


# Options


def test_options_become_the_tolerance() -> None:
    """The four options are the arithmetic's tolerance, exactly."""
    options = ValidationOptions(
        rounding_tolerance=1,
        approximate_tolerance=Decimal("0.25"),
        share_word_tolerance=2,
        approximate_share_tolerance=Decimal("2.5"),
    )
    assert tolerance(options) == Tolerance(
        rounding=Fraction(1),
        approximate=Fraction(1, 4),
        share_words=Fraction(2),
        approximate_share=Fraction(5, 2),
    )
    assert tolerance(ValidationOptions()) == Tolerance()


def test_options_change_what_is_flagged() -> None:
    """A wider band accepts what the default flags, and a narrower one the reverse."""
    about = _report(
        _figure("w", 1200, qualifier=StatisticQualifier.APPROXIMATELY),
        _figure("p", 660, ShareOf(whole_id="w", percent=50)),
    )
    assert [code for code, _, _ in _found(about)] == []
    assert [code for code, _, _ in _found(about, approximate_tolerance=0)] == ["RR702"]
    hedged = _report(
        _figure("w", 100),
        _figure("p", 41, ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True)),
    )
    assert _found(hedged) == []
    assert [code for code, _, _ in _found(hedged, approximate_share_tolerance=2)] == [
        "RR702"
    ]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        (
            "rounding_tolerance",
            0.5,
            "'rounding_tolerance' must be an int or a decimal.Decimal >= 0 (never a float) (got float)",
        ),
        (
            "approximate_tolerance",
            -1,
            "'approximate_tolerance' must be a finite number >= 0 (got -1)",
        ),
        (
            "share_word_tolerance",
            Decimal("Infinity"),
            "'share_word_tolerance' must be a finite number >= 0 (got Decimal('Infinity'))",
        ),
        (
            "approximate_share_tolerance",
            True,
            "'approximate_share_tolerance' must be an int or a decimal.Decimal >= 0 (never a float) (got bool)",
        ),
    ],
)
def test_options_refuse(option: str, value: object, message: str) -> None:
    """Tolerances are exact numbers, never floats, never negative."""
    with pytest.raises(InvalidFieldError) as caught:
        validate(_report(), **{option: value})  # type: ignore[arg-type]
    assert str(caught.value) == message


# Secrecy


@pytest.mark.parametrize("protection", ["source", "own disclosure"])
@pytest.mark.parametrize("which", ["whole", "part"])
def test_figures_that_are_not_public_are_never_shown(
    protection: str, which: str
) -> None:
    """A message about a derivation names paths, not figures, when one is secret.

    Every derivation here disagrees, and every one involves the whole; the
    share, the total, the difference and the rate involve the part too.
    """
    informant = Source(
        id="informant",
        kind=SourceKind.PERSON,
        identification=IdentificationLevel.DESCRIBED_UNNAMED,
        description="a monitor",
        disclosure=Disclosure.CONFIDENTIAL,
    )

    def secret(figure: Statistic) -> Statistic:
        if protection == "source":
            return evolve(figure, source_id="informant")
        return evolve(figure, disclosure=Disclosure.CONFIDENTIAL)

    whole = _figure("w", 9_876_543)
    part = _figure("p", 1_234_567, ShareOf(whole_id="w", percent=45))
    if which == "whole":
        whole = secret(whole)
    else:
        part = secret(part)
    report = _report(
        whole,
        part,
        _figure("q", 1_234_567, ShareOf(whole_id="w", partition="all")),
        _figure("t", 1, TotalOf(part_ids=("w", "p"))),
        _figure("d", 1, DifferenceOf(minuend_id="w", subtrahend_ids=("p",))),
        _figure("c", 1, ChangeFrom(baseline_id="w", percent=Decimal("-12.5"))),
        _figure(
            "r",
            Decimal("98.7"),
            RateOf(per=1000, numerator_id="p", denominator_id="w"),
            kind=StatisticKind.RATE,
        ),
        sources=(informant,),
    )
    found = {
        f.path.split(".derivation")[0]: f.message
        for f in validate(report, select=["RR7"])
    }
    assert sorted(found) == [f"$.statistics[{i}]" for i in range(1, 7)]
    shown = ("9,876,543", "9876543") if which == "whole" else ("1,234,567", "1234567")
    involved = range(1, 7) if which == "whole" else (1, 3, 4, 6)
    for index in range(1, 7):
        message = found[f"$.statistics[{index}]"]
        assert not any(value in message for value in shown), message
        assert ("not shown: not public" in message) is (index in involved), message


# The property: consistent never flagged; one digit changed, flagged past the band


def _quantize(value: Fraction, places: int) -> Decimal:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def _with_digit_changed(text: str, data: st.DataObject) -> str:
    positions = [index for index, char in enumerate(text) if char.isdigit()]
    index = data.draw(st.sampled_from(positions), label="position")
    digit = data.draw(
        st.sampled_from([d for d in "0123456789" if d != text[index]]), label="digit"
    )
    return text[:index] + digit + text[index + 1 :]


@st.composite
def _consistent(draw: st.DrawFn) -> tuple[Report, dict[str, Fraction], int]:
    """A report of random figures whose derivations all agree.

    Returns the report, the exact value each derived percentage or rate stands
    for, and its printed places.
    """
    whole = draw(st.integers(1, 10**6))
    part = draw(st.integers(0, whole))
    other = draw(st.integers(0, 10**6))
    before = draw(st.integers(1, 10**6))
    places = draw(st.integers(0, 2))
    share = Fraction(part, whole) * 100
    change = Fraction(whole - before, before) * 100
    rate = Fraction(part, whole) * 1000
    report = _report(
        _figure("whole", whole),
        _figure("part", part),
        _figure("other", other),
        _figure("before", before, baseline=True),
        _figure(
            "share",
            _quantize(share, places),
            ShareOf(whole_id="whole"),
            kind=StatisticKind.PERCENTAGE,
        ),
        _figure(
            "held", part, ShareOf(whole_id="whole", percent=_quantize(share, places))
        ),
        _figure(
            "rise",
            whole,
            ChangeFrom(baseline_id="before", percent=_quantize(change, places)),
        ),
        _figure("total", whole + other, TotalOf(part_ids=("whole", "other"))),
        _figure(
            "rest",
            whole - part,
            DifferenceOf(minuend_id="whole", subtrahend_ids=("part",)),
        ),
        _figure(
            "rate",
            _quantize(rate, places),
            RateOf(per=1000, numerator_id="part", denominator_id="whole"),
            kind=StatisticKind.RATE,
        ),
    )
    return report, {"share": share, "change": change, "rate": rate}, places


@given(_consistent())
def test_a_consistent_report_is_never_flagged(
    scenario: tuple[Report, dict[str, Fraction], int],
) -> None:
    """Figures derived from random figures and printed rounded agree, always."""
    report, _, _ = scenario
    assert _found(report) == []


#: The code that checks each derived figure of the scenario.
CODES = {
    "held": "RR702",
    "rise": "RR703",
    "total": "RR704",
    "rest": "RR705",
    "rate": "RR706",
}


@given(
    _consistent(), st.sampled_from(["held", "rise", "total", "rest", "rate"]), st.data()
)
def test_one_digit_changed_is_flagged_past_the_tolerance(
    scenario: tuple[Report, dict[str, Fraction], int], target: str, data: st.DataObject
) -> None:
    """Change one digit of one printed figure: flagged exactly when it strays.

    The tolerance is the issue's own: half a unit of the last printed place of
    the stated percentage or the rate; exact for counts.
    """
    report, exact, places = scenario
    index, figure = next(
        (i, s) for i, s in enumerate(report.statistics) if s.id == target
    )
    derivation = figure.derivation
    half_unit = Fraction(1, 2) / 10**places
    if target == "rate":
        changed_rate = Decimal(_with_digit_changed(str(figure.value), data))
        changed = _figure("rate", changed_rate, derivation, kind=StatisticKind.RATE)
        strays = abs(Fraction(changed_rate) - exact["rate"]) > half_unit
    else:
        value = int(_with_digit_changed(str(figure.value), data))
        changed = _figure(target, value, derivation)
        whole = int(report.statistics[0].value)
        before = int(report.statistics[3].value)
        if target == "held":
            assert isinstance(derivation, ShareOf)
            assert derivation.percent is not None
            assume(value <= whole)
            strays = (
                abs(Fraction(value, whole) * 100 - Fraction(derivation.percent))
                > half_unit
            )
        elif target == "rise":
            assert isinstance(derivation, ChangeFrom)
            assert derivation.percent is not None
            strays = (
                abs(
                    Fraction(value - before, before) * 100
                    - Fraction(derivation.percent)
                )
                > half_unit
            )
        else:
            strays = True  # counts printed to the unit are exact
    statistics = list(report.statistics)
    statistics[index] = changed
    codes = [code for code, _, _ in _found(_report(*statistics))]
    assert codes == ([CODES[target]] if strays else [])


def test_counts_are_whole_numbers_by_the_figure_rules() -> None:
    """ "95.5 deaths" is an error and "95.5 percent" is not: RR205, not an RR7xx rule."""
    deaths = _report(_figure("d", Decimal("95.5")))
    share = _report(_figure("d", Decimal("95.5"), kind=StatisticKind.PERCENTAGE))
    assert [f.code for f in validate(deaths, select=["RR2", "RR7"])] == ["RR205"]
    assert validate(share, select=["RR2", "RR7"]).findings == ()
