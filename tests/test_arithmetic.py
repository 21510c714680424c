"""The arithmetic of derived figures: bands of printed precision and the checks."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rightsreport import ChangeFrom, ShareOf, ShareWord, StatisticQualifier
from rightsreport._arithmetic import (
    Band,
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
    printed_unit,
    share_band,
    share_of_whole,
)

TOLERANCE = Tolerance()
F = Fraction


def _exact(value: int) -> Figure:
    """A count printed to the unit: exactly itself."""
    return Figure(value=value, band=Band.point(F(value)), text=f"{value:,}")


def _printed(text: str, *, unit: str = "") -> Figure:
    """A figure read with the precision its digits imply ("3.1" is 3.05 to 3.15)."""
    value = Decimal(text.replace(",", ""))
    return Figure(
        value=value, band=implied_band(value, tolerance=TOLERANCE), text=text + unit
    )


def _approximately(value: int) -> Figure:
    band = implied_band(
        value,
        tolerance=TOLERANCE,
        qualifier=StatisticQualifier.APPROXIMATELY,
        whole=True,
    )
    return Figure(value=value, band=band, text=f"about {value:,}")


def _at_least(value: int) -> Figure:
    band = implied_band(
        value, tolerance=TOLERANCE, qualifier=StatisticQualifier.AT_LEAST, whole=True
    )
    return Figure(value=value, band=band, text=f"at least {value:,}")


# --- what a printed figure stands for ---------------------------------------


@pytest.mark.parametrize(
    ("value", "printed", "unit"),
    [
        (45, None, F(1)),
        (Decimal(45), None, F(1)),
        (Decimal("45.0"), None, F(1, 10)),
        (Decimal("3.10"), None, F(1, 100)),
        (Decimal("1.2E+6"), None, F(100_000)),
        (1_200_000, "1.2 million", F(100_000)),
        (1_200_000, "1.2 Million people", F(100_000)),
        (1_200_000, "1,200,000", F(1)),
        (3000, "3 thousand", F(1000)),
        (Decimal("3.1"), "3.1 per 100,000", F(1, 10)),
        (100_000, "3.1 per 100,000", F(1)),
        (62, "at least 62", F(1)),
        (1200, "about 1,300", F(1)),  # not the value: the value's own digits
        (Decimal(-20), "fell 20 percent", F(1)),
        (7, "seven", F(1)),
    ],
)
def test_printed_unit(
    value: int | Decimal, printed: str | None, unit: Fraction
) -> None:
    """The unit of the last printed digit, from the text when it prints the value."""
    assert printed_unit(value, printed) == unit


@pytest.mark.parametrize(
    ("value", "printed", "qualifier", "whole", "band"),
    [
        (Decimal(45), None, StatisticQualifier.EXACT, False, "44.5 to 45.5"),
        (Decimal("45.0"), None, StatisticQualifier.EXACT, False, "44.95 to 45.05"),
        (Decimal("3.1"), None, StatisticQualifier.EXACT, False, "3.05 to 3.15"),
        (1200, None, StatisticQualifier.EXACT, True, "1,200"),
        (1200, None, StatisticQualifier.EXACT, False, "1,199.5 to 1,200.5"),
        (
            1_200_000,
            "1.2 million",
            StatisticQualifier.EXACT,
            True,
            "1,150,000 to 1,250,000",
        ),
        (Decimal("95.5"), None, StatisticQualifier.EXACT, True, "95.45 to 95.55"),
        (1200, None, StatisticQualifier.APPROXIMATELY, True, "1,080 to 1,320"),
        (Decimal(3), None, StatisticQualifier.APPROXIMATELY, False, "2.5 to 3.5"),
        (62, None, StatisticQualifier.AT_LEAST, True, "at least 62"),
        (Decimal("4.5"), None, StatisticQualifier.AT_LEAST, False, "at least 4.45"),
        (62, None, StatisticQualifier.AT_MOST, True, "0 to 62"),
        (Decimal("4.5"), None, StatisticQualifier.AT_MOST, False, "at most 4.55"),
        (500, None, StatisticQualifier.ORDER_OF_MAGNITUDE, True, "50 to 5,000"),
        (-500, None, StatisticQualifier.ORDER_OF_MAGNITUDE, False, "-5,000 to -50"),
    ],
)
def test_implied_band(
    value: int | Decimal,
    printed: str | None,
    qualifier: StatisticQualifier,
    whole: bool,
    band: str,
) -> None:
    """Half a unit of the last place either way; exact counts; qualifiers widen."""
    assert (
        str(
            implied_band(
                value,
                tolerance=TOLERANCE,
                printed=printed,
                qualifier=qualifier,
                whole=whole,
            )
        )
        == band
    )


def test_rounding_tolerance_is_an_option() -> None:
    """A whole unit of rounding also accepts figures truncated, not rounded."""
    loose = Tolerance(rounding=F(1))
    assert str(implied_band(Decimal(45), tolerance=loose)) == "44 to 46"
    wide = Tolerance(approximate=F(1, 4))
    assert (
        str(
            implied_band(
                100, tolerance=wide, qualifier=StatisticQualifier.APPROXIMATELY
            )
        )
        == "75 to 125"
    )


@pytest.mark.parametrize(
    ("share", "band"),
    [
        (ShareOf(whole_id="w", percent=Decimal(45)), "44.5 to 45.5"),
        (ShareOf(whole_id="w", percent=Decimal("45.0")), "44.95 to 45.05"),
        (ShareOf(whole_id="w", percent=0), "0 to 0.5"),
        (ShareOf(whole_id="w", percent=100), "99.5 to 100"),
        (ShareOf(whole_id="w", percent=45, approximate=True), "39.5 to 50.5"),
        (ShareOf(whole_id="w", fraction=(1, 5)), "15 to 25"),
        (ShareOf(whole_id="w", fraction=(1, 3)), "about 28.33 to about 38.33"),
        (ShareOf(whole_id="w", words=ShareWord.ALL), "100"),
        (ShareOf(whole_id="w", words=ShareWord.ALL, approximate=True), "95 to 100"),
        (
            ShareOf(whole_id="w", words=ShareWord.NEARLY_ALL),
            "at least 90 and less than 100",
        ),
        (ShareOf(whole_id="w", words=ShareWord.MOST), "more than 50 and at most 100"),
        (ShareOf(whole_id="w", words=ShareWord.THREE_QUARTERS), "70 to 80"),
        (
            ShareOf(whole_id="w", words=ShareWord.TWO_THIRDS),
            "about 61.67 to about 71.67",
        ),
        (ShareOf(whole_id="w", words=ShareWord.HALF), "45 to 55"),
        (ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True), "40 to 60"),
        (
            ShareOf(whole_id="w", words=ShareWord.NEARLY_HALF),
            "at least 40 and less than 50",
        ),
        (ShareOf(whole_id="w", words=ShareWord.QUARTER), "20 to 30"),
        (ShareOf(whole_id="w", words=ShareWord.FIFTH), "15 to 25"),
        (ShareOf(whole_id="w", words=ShareWord.TENTH), "5 to 15"),
        (
            ShareOf(whole_id="w", words=ShareWord.MINORITY),
            "at least 0 and less than 50",
        ),
        (ShareOf(whole_id="w", words=ShareWord.NONE), "0"),
    ],
)
def test_share_band(share: ShareOf, band: str) -> None:
    """Each stated share stands for its documented band, within 0 to 100."""
    described = share_band(share, TOLERANCE)
    assert described is not None
    assert str(described) == band


def test_share_band_without_a_stated_share_is_none() -> None:
    """A share stating nothing has no band of its own."""
    assert share_band(ShareOf(whole_id="w"), TOLERANCE) is None


def test_word_tolerances_are_options() -> None:
    """The word band and the hedge band come from the tolerance."""
    narrow = Tolerance(share_words=F(2), approximate_share=F(3))
    half = ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True)
    assert str(share_band(half, narrow)) == "45 to 55"
    assert str(share_band(ShareOf(whole_id="w", fraction=(1, 2)), narrow)) == "48 to 52"


# --- the bands themselves ------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "text"),
    [
        (Band(F(1), F(2)) + Band(F(10), F(20)), "11 to 22"),
        (Band(F(1), None) + Band(F(10), F(20)), "at least 11"),
        (Band(None, F(2)) + Band(F(10), F(20)), "at most 22"),
        (-Band(F(1), F(2), low_open=True), "at least -2 and less than -1"),
        (Band(F(10), F(20)) - Band(F(1), F(2)), "8 to 19"),
        (Band(F(-2), F(3)) * Band(F(4), F(5)), "-10 to 15"),
        (Band(F(2), None) * Band(F(3), F(4)), "at least 6"),
        (Band(F(2), None) * Band.point(F(0)), "0"),
        (Band.point(F(3)) * Band.point(F(-4)), "-12"),
        (Band.point(F(3)) / Band.point(F(4)), "0.75"),
        (Band(F(-2), None) * Band(F(3), F(4)), "any value"),
        (Band(F(10), F(20)) / Band(F(2), F(5)), "2 to 10"),
        (Band(F(10), F(20)) / Band(F(2), None), "0 to 10"),
        (Band(F(10), F(20)) / Band(F(-5), F(-2)), "-10 to -2"),
        (Band(F(10), F(20)) / Band(None, F(-2)), "-10 to 0"),
        (Band(F(10), F(20)) / Band(F(0), F(2)), "any value"),
        (Band(F(1), F(2), low_open=True).scale(F(-3)), "at least -6 and less than -3"),
        (Band(F(1), F(2)).scale(F(0)), "0"),
        (Band(F(-5), F(120)).clip(F(0), F(100)), "0 to 100"),
        (
            Band(F(5), F(50), high_open=True).clip(F(0), F(100)),
            "at least 5 and less than 50",
        ),
        (Band(F(5), F(50)).widen(F(10)), "-5 to 60"),
        (Band.everything(), "any value"),
        (Band(None, F(5), high_open=True), "less than 5"),
        (Band(F(5), None, low_open=True), "more than 5"),
    ],
)
def test_band_arithmetic(result: Band, text: str) -> None:
    """Sums are exact, products and quotients their closed hulls, open ends kept."""
    assert str(result) == text


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        (Band(F(1), F(2)), Band(F(2), F(3)), True),
        (Band(F(1), F(2), high_open=True), Band(F(2), F(3)), False),
        (Band(F(1), F(2)), Band(F(2), F(3), low_open=True), False),
        (Band(F(1), F(2)), Band(F(3), F(4)), False),
        (Band(F(3), F(4)), Band(F(1), F(2)), False),
        (Band(None, F(2)), Band(F(1), None), True),
        (Band.everything(), Band.point(F(7)), True),
    ],
)
def test_band_overlaps(first: Band, second: Band, overlap: bool) -> None:
    """Bands meet when some value lies in both; an open end excludes its value."""
    assert first.overlaps(second) is overlap
    assert second.overlaps(first) is overlap


def test_bounded() -> None:
    """A band is bounded when neither end is open-ended."""
    assert Band(F(1), F(2)).bounded
    assert not Band(F(1), None).bounded


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1200, "1,200"),
        (-1200, "-1,200"),
        (Decimal("1234.50"), "1,234.50"),
        (F(540), "540"),
        (F(25, 8), "3.125"),
        (F(1, 10**6), "0.000001"),
        (F(1, 3), "about 0.33"),
        (F(-10, 3), "about -3.33"),
        (F(10**7, 3), "about 3,333,333.33"),
    ],
)
def test_format_number(value: int | Decimal | Fraction, text: str) -> None:
    """Messages print exact decimals, and round only what has no short decimal."""
    assert format_number(value) == text


# --- the checks: consistent and inconsistent derivations ------------------------

# Each row: the part, its whole, the stated share, whether they agree, the message.
SHARES = [
    (
        540,
        1200,
        ShareOf(whole_id="w", percent=45),
        True,
        "45% of 1,200 is 540, the report gives 540",
    ),
    (
        534,
        1200,
        ShareOf(whole_id="w", percent=45),
        True,
        "45% of 1,200 is 540, the report gives 534",
    ),
    (
        546,
        1200,
        ShareOf(whole_id="w", percent=45),
        True,
        "45% of 1,200 is 540, the report gives 546",
    ),
    (
        533,
        1200,
        ShareOf(whole_id="w", percent=45),
        False,
        "45% of 1,200 is 540, the report gives 533",
    ),
    (
        547,
        1200,
        ShareOf(whole_id="w", percent=45),
        False,
        "45% of 1,200 is 540, the report gives 547",
    ),
    (
        562,
        1200,
        ShareOf(whole_id="w", percent=45),
        False,
        "45% of 1,200 is 540, the report gives 562",
    ),
    (
        540,
        1200,
        ShareOf(whole_id="w", percent=Decimal("45.0")),
        True,
        "45.0% of 1,200 is 540, the report gives 540",
    ),
    (
        539,
        1200,
        ShareOf(whole_id="w", percent=Decimal("45.0")),
        False,
        "45.0% of 1,200 is 540, the report gives 539",
    ),
    (
        534,
        1201,
        ShareOf(whole_id="w", percent=45),
        False,
        "45% of 1,201 is 540.45, the report gives 534",
    ),
    (
        31,
        62,
        ShareOf(whole_id="w", words=ShareWord.HALF),
        True,
        "half of 62 is 31, the report gives 31",
    ),
    (
        28,
        62,
        ShareOf(whole_id="w", words=ShareWord.HALF),
        True,
        "half of 62 is 31, the report gives 28",
    ),
    (
        27,
        62,
        ShareOf(whole_id="w", words=ShareWord.HALF),
        False,
        "half of 62 is 31, the report gives 27",
    ),
    (
        25,
        62,
        ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True),
        True,
        "about half of 62 is 31, the report gives 25",
    ),
    (
        24,
        62,
        ShareOf(whole_id="w", words=ShareWord.HALF, approximate=True),
        False,
        "about half of 62 is 31, the report gives 24",
    ),
    (
        32,
        62,
        ShareOf(whole_id="w", words=ShareWord.MOST),
        True,
        "most of 62 is more than 31 and at most 62, the report gives 32",
    ),
    (
        31,
        62,
        ShareOf(whole_id="w", words=ShareWord.MOST),
        False,
        "most of 62 is more than 31 and at most 62, the report gives 31",
    ),
    (
        30,
        62,
        ShareOf(whole_id="w", words=ShareWord.MINORITY),
        True,
        "a minority of 62 is at least 0 and less than 31, the report gives 30",
    ),
    (
        31,
        62,
        ShareOf(whole_id="w", words=ShareWord.MINORITY),
        False,
        "a minority of 62 is at least 0 and less than 31, the report gives 31",
    ),
    (
        3,
        10,
        ShareOf(whole_id="w", words=ShareWord.THIRD),
        True,
        "a third of 10 is about 3.33, the report gives 3",
    ),
    (
        4,
        10,
        ShareOf(whole_id="w", words=ShareWord.THIRD),
        False,
        "a third of 10 is about 3.33, the report gives 4",
    ),
    (
        200,
        1000,
        ShareOf(whole_id="w", fraction=(1, 5)),
        True,
        "1 in 5 of 1,000 is 200, the report gives 200",
    ),
    (
        260,
        1000,
        ShareOf(whole_id="w", fraction=(1, 5)),
        False,
        "1 in 5 of 1,000 is 200, the report gives 260",
    ),
    (
        62,
        62,
        ShareOf(whole_id="w", words=ShareWord.ALL),
        True,
        "all of 62 is 62, the report gives 62",
    ),
    (
        61,
        62,
        ShareOf(whole_id="w", words=ShareWord.ALL),
        False,
        "all of 62 is 62, the report gives 61",
    ),
    (
        0,
        62,
        ShareOf(whole_id="w", words=ShareWord.NONE),
        True,
        "none of 62 is 0, the report gives 0",
    ),
]


@pytest.mark.parametrize(("part", "whole", "share", "agrees", "message"), SHARES)
def test_compare_share(
    part: int, whole: int, share: ShareOf, agrees: bool, message: str
) -> None:
    """A part agrees with its stated share of its whole within the share's band."""
    outcome = compare_share(_exact(part), _exact(whole), share, TOLERANCE)
    assert outcome is not None
    assert outcome.agrees is agrees
    assert outcome.message == message


def test_compare_share_names_the_allowed_values() -> None:
    """The outcome says which parts the stated share allows."""
    outcome = compare_share(
        _exact(562), _exact(1200), ShareOf(whole_id="w", percent=45), TOLERANCE
    )
    assert outcome is not None
    assert outcome.allowed == "534 to 546"


def test_compare_share_with_an_approximate_whole() -> None:
    """A whole printed "about 1,200" lets the part stray further."""
    outcome = compare_share(
        _exact(562), _approximately(1200), ShareOf(whole_id="w", percent=45), TOLERANCE
    )
    assert outcome is not None
    assert outcome.agrees


@pytest.mark.parametrize(
    ("part", "whole", "share"),
    [
        (_exact(5), _exact(0), ShareOf(whole_id="w", percent=45)),
        (_exact(5), _exact(10), ShareOf(whole_id="w")),
    ],
)
def test_compare_share_cannot_check(
    part: Figure, whole: Figure, share: ShareOf
) -> None:
    """No stated share, or a whole of zero: nothing to check."""
    assert compare_share(part, whole, share, TOLERANCE) is None


def test_share_of_whole() -> None:
    """The part's share of the whole, in percent; undefined for a zero whole."""
    assert share_of_whole(_exact(1), _exact(4)) == Band.point(F(25))
    assert share_of_whole(_exact(1), _exact(0)) is None


@pytest.mark.parametrize(
    ("percentage", "share", "agrees", "message"),
    [
        (
            "50",
            ShareOf(whole_id="w", words=ShareWord.HALF),
            True,
            "half is 50%, the report gives 50%",
        ),
        (
            "62",
            ShareOf(whole_id="w", words=ShareWord.HALF),
            False,
            "half is 50%, the report gives 62%",
        ),
        (
            "40",
            ShareOf(whole_id="w", words=ShareWord.MOST),
            False,
            "most is more than 50% and at most 100%, the report gives 40%",
        ),
        (
            "20.0",
            ShareOf(whole_id="w", fraction=(1, 5)),
            True,
            "1 in 5 is 20%, the report gives 20.0%",
        ),
    ],
)
def test_compare_stated_share(
    percentage: str, share: ShareOf, agrees: bool, message: str
) -> None:
    """A percentage agrees with the share its derivation also states in words."""
    outcome = compare_stated_share(_printed(percentage, unit="%"), share, TOLERANCE)
    assert outcome is not None
    assert outcome.agrees is agrees
    assert outcome.message == message


def test_compare_stated_share_without_one() -> None:
    """A percentage whose derivation states no share has nothing to agree with."""
    assert (
        compare_stated_share(_printed("45"), ShareOf(whole_id="w"), TOLERANCE) is None
    )


@pytest.mark.parametrize(
    ("current", "baseline", "change", "agrees", "message"),
    [
        (
            _exact(1200),
            _exact(1000),
            ChangeFrom(baseline_id="b", percent=20),
            True,
            "1,000 up 20% is 1,200, the report gives 1,200",
        ),
        (
            _exact(1205),
            _exact(1000),
            ChangeFrom(baseline_id="b", percent=20),
            True,
            "1,000 up 20% is 1,200, the report gives 1,205",
        ),
        (
            _exact(1206),
            _exact(1000),
            ChangeFrom(baseline_id="b", percent=20),
            False,
            "1,000 up 20% is 1,200, the report gives 1,206",
        ),
        (
            _exact(1250),
            _exact(1000),
            ChangeFrom(baseline_id="b", percent=20),
            False,
            "1,000 up 20% is 1,200, the report gives 1,250",
        ),
        (
            _exact(800),
            _exact(1000),
            ChangeFrom(baseline_id="b", percent=-20),
            True,
            "1,000 down 20% is 800, the report gives 800",
        ),
        (
            _exact(1201),
            _exact(1000),
            ChangeFrom(baseline_id="b", percent=Decimal("20.0")),
            False,
            "1,000 up 20.0% is 1,200, the report gives 1,201",
        ),
        (
            _exact(1200),
            _exact(1000),
            ChangeFrom(baseline_id="b", absolute=200),
            True,
            "1,000 up 200 is 1,200, the report gives 1,200",
        ),
        (
            _exact(1201),
            _exact(1000),
            ChangeFrom(baseline_id="b", absolute=200),
            False,
            "1,000 up 200 is 1,200, the report gives 1,201",
        ),
        (
            _exact(750),
            _exact(1000),
            ChangeFrom(baseline_id="b", absolute=-250),
            True,
            "1,000 down 250 is 750, the report gives 750",
        ),
        (
            _exact(1300),
            _at_least(1000),
            ChangeFrom(baseline_id="b", percent=20),
            True,
            "at least 1,000 up 20% is 1,200, the report gives 1,300",
        ),
    ],
)
def test_compare_change(
    current: Figure, baseline: Figure, change: ChangeFrom, agrees: bool, message: str
) -> None:
    """A later figure agrees with its baseline and the stated change."""
    outcome = compare_change(current, baseline, change, TOLERANCE)
    assert outcome is not None
    assert outcome.agrees is agrees
    assert outcome.message == message


def test_compare_change_without_a_stated_change() -> None:
    """ "Up from 1,000" states no change to check."""
    assert (
        compare_change(_exact(1), _exact(2), ChangeFrom(baseline_id="b"), TOLERANCE)
        is None
    )


@pytest.mark.parametrize(
    ("total", "parts", "agrees", "message"),
    [
        (
            _exact(42),
            [_exact(12), _exact(30)],
            True,
            "12 + 30 is 42, the report gives 42",
        ),
        (
            _exact(45),
            [_exact(12), _exact(30)],
            False,
            "12 + 30 is 42, the report gives 45",
        ),
        (
            _exact(41),
            [_exact(12), _exact(30)],
            False,
            "12 + 30 is 42, the report gives 41",
        ),
        (
            _approximately(40),
            [_exact(12), _exact(30)],
            True,
            "12 + 30 is 42, the report gives about 40",
        ),
        (
            _exact(45),
            [_exact(12), _at_least(30)],
            True,
            "12 + at least 30 is 42, the report gives 45",
        ),
        (
            _exact(41),
            [_exact(12), _at_least(30)],
            False,
            "12 + at least 30 is 42, the report gives 41",
        ),
        (
            _printed("42.8"),
            [_printed("12.5"), _printed("30.2")],
            True,
            "12.5 + 30.2 is 42.7, the report gives 42.8",
        ),
        (
            _printed("42.9"),
            [_printed("12.5"), _printed("30.2")],
            False,
            "12.5 + 30.2 is 42.7, the report gives 42.9",
        ),
    ],
)
def test_compare_total(
    total: Figure, parts: list[Figure], agrees: bool, message: str
) -> None:
    """A total agrees with the sum of its parts within their precisions."""
    outcome = compare_total(total, parts)
    assert outcome.agrees is agrees
    assert outcome.message == message


@pytest.mark.parametrize(
    ("result", "agrees", "message"),
    [
        (_exact(16), True, "185 - 101 - 68 is 16, the report gives 16"),
        (_exact(20), False, "185 - 101 - 68 is 16, the report gives 20"),
    ],
)
def test_compare_difference(result: Figure, agrees: bool, message: str) -> None:
    """A difference agrees with the figure it is taken from less the others."""
    outcome = compare_difference(result, _exact(185), [_exact(101), _exact(68)])
    assert outcome.agrees is agrees
    assert outcome.message == message
    assert outcome.allowed == "16"


@pytest.mark.parametrize(
    ("rate", "agrees"),
    [
        ("3.1", True),
        ("3.13", True),  # 3.125 to 3.135: the exact rate is on the edge
        ("3.12", True),  # 3.115 to 3.125: on the other edge
        ("3.14", False),
        ("3.2", False),
        ("3", True),
        ("4", False),
    ],
)
def test_compare_rate(rate: str, agrees: bool) -> None:
    """A rate agrees with its count per its population within its printed places."""
    outcome = compare_rate(_printed(rate), _exact(500), _exact(16_000_000), 100_000)
    assert outcome is not None
    assert outcome.agrees is agrees
    assert outcome.message == (
        f"500 per 16,000,000 is 3.125 per 100,000, the report gives {rate}"
    )


def test_compare_rate_of_a_zero_population() -> None:
    """A rate per no one cannot be checked."""
    assert compare_rate(_printed("3.1"), _exact(5), _exact(0), 1000) is None


def _percent(text: str) -> tuple[Band, Fraction]:
    figure = _printed(text)
    return figure.band, F(figure.value)


@pytest.mark.parametrize(
    ("shares", "agrees", "message"),
    [
        (["60", "40"], True, "60% + 40% is 100%, not 100%"),
        (["33", "33", "33"], True, "33% + 33% + 33% is 99%, not 100%"),
        (["33.3", "33.3", "33.3"], True, "33.3% + 33.3% + 33.3% is 99.9%, not 100%"),
        (["60", "45"], False, "60% + 45% is 105%, not 100%"),
        (["30", "30", "30"], False, "30% + 30% + 30% is 90%, not 100%"),
        (["50.5", "49.6"], True, "50.5% + 49.6% is 100.1%, not 100%"),
        (["50.5", "49.7"], False, "50.5% + 49.7% is 100.2%, not 100%"),
        (["50.5", "50.5"], False, "50.5% + 50.5% is 101%, not 100%"),
    ],
)
def test_compare_partition(shares: list[str], agrees: bool, message: str) -> None:
    """Shares claiming to make a whole sum to 100 within their rounding."""
    outcome = compare_partition([_percent(share) for share in shares])
    assert outcome.agrees is agrees
    assert outcome.message == message


def test_comparison_agrees_when_the_bands_meet() -> None:
    """``agrees`` is whether the inputs' band meets the figure's."""
    outcome = Comparison(
        expected=Band(F(1), F(2)), actual=Band(F(3), F(4)), describe=lambda: ("m", "a")
    )
    assert not outcome.agrees
    assert (outcome.message, outcome.allowed) == ("m", "a")


# --- the property: consistent never flagged, a changed digit flagged past the band


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


@given(
    whole=st.integers(1, 10**6),
    fraction=st.fractions(0, 1),
    places=st.integers(0, 2),
    data=st.data(),
)
def test_share_property(
    whole: int, fraction: Fraction, places: int, data: st.DataObject
) -> None:
    """A percentage rounded from a real part of a whole is never flagged; the same
    percentage with one digit changed is flagged exactly when it moves further from
    the true share than half a unit of its last place."""
    part = round(fraction * whole)
    true_share = F(part, whole) * 100
    percent = _quantize(true_share, places)
    consistent = compare_share(
        _exact(part), _exact(whole), ShareOf(whole_id="w", percent=percent), TOLERANCE
    )
    assert consistent is not None
    assert consistent.agrees
    changed = Decimal(_with_digit_changed(str(percent), data))
    assume(changed <= 100)
    outcome = compare_share(
        _exact(part), _exact(whole), ShareOf(whole_id="w", percent=changed), TOLERANCE
    )
    assert outcome is not None
    half_unit = F(1, 2) / 10**places
    assert outcome.agrees is (abs(F(changed) - true_share) <= half_unit)


@given(
    count=st.integers(0, 10**6),
    population=st.integers(1, 10**8),
    per=st.sampled_from([100, 1000, 100_000]),
    places=st.integers(0, 3),
    data=st.data(),
)
def test_rate_property(
    count: int, population: int, per: int, places: int, data: st.DataObject
) -> None:
    """A rate rounded from its count and population is never flagged; with one digit
    changed it is flagged exactly when it strays more than half a unit of its last
    place from the true rate."""
    true_rate = F(count, population) * per
    printed = str(_quantize(true_rate, places))
    assert compare_rate(
        _printed(printed), _exact(count), _exact(population), per
    ).agrees  # type: ignore[union-attr]
    changed = _with_digit_changed(printed, data)
    outcome = compare_rate(_printed(changed), _exact(count), _exact(population), per)
    assert outcome is not None
    half_unit = F(1, 2) / 10**places
    assert outcome.agrees is (abs(F(Decimal(changed)) - true_rate) <= half_unit)


@given(
    baseline=st.integers(1, 10**6),
    current=st.integers(0, 10**6),
    places=st.integers(0, 1),
    data=st.data(),
)
def test_change_property(
    baseline: int, current: int, places: int, data: st.DataObject
) -> None:
    """A later count with its change rounded from the two counts is never flagged;
    a later count with one digit changed is flagged exactly when its change from
    the baseline strays more than half a unit from the stated percentage."""
    percent = _quantize(F(current - baseline, baseline) * 100, places)
    change = ChangeFrom(baseline_id="b", percent=percent)
    consistent = compare_change(_exact(current), _exact(baseline), change, TOLERANCE)
    assert consistent is not None
    assert consistent.agrees
    changed = int(_with_digit_changed(str(current), data))
    outcome = compare_change(_exact(changed), _exact(baseline), change, TOLERANCE)
    assert outcome is not None
    half_unit = F(1, 2) / 10**places
    true_change = F(changed - baseline, baseline) * 100
    assert outcome.agrees is (abs(true_change - F(percent)) <= half_unit)


@given(
    parts=st.lists(st.integers(0, 10**6), min_size=2, max_size=5),
    data=st.data(),
)
def test_total_property(parts: list[int], data: st.DataObject) -> None:
    """Counts summed are never flagged; a total with one digit changed always is,
    since counts printed to the unit are exact."""
    total = sum(parts)
    figures = [_exact(part) for part in parts]
    assert compare_total(_exact(total), figures).agrees
    changed = int(_with_digit_changed(str(total), data))
    assert not compare_total(_exact(changed), figures).agrees
