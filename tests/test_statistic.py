"""Statistics: exact values, counts never negative, breakdowns."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rightsreport import (
    Breakdown,
    BreakdownCompleteness,
    BreakdownPart,
    InvalidFieldError,
    Statistic,
    StatisticKind,
    StatisticQualifier,
)


def _statistic(**changes: object) -> Statistic:
    fields: dict[str, object] = {"id": "n1", "value": 185, "measure": "assemblies"}
    fields.update(changes)
    return Statistic(**fields)  # type: ignore[arg-type]


def test_defaults() -> None:
    """A figure is an exact count unless said otherwise."""
    figure = _statistic()
    assert figure.qualifier is StatisticQualifier.EXACT
    assert figure.kind is StatisticKind.COUNT
    assert figure.relayed_via == ()
    assert figure.display_value == "185"


def test_decimal_value_stays_exact() -> None:
    """A decimal figure is kept exactly as given."""
    figure = _statistic(value=Decimal("12.50"), kind=StatisticKind.PERCENTAGE)
    assert str(figure.value) == "12.50"


def test_negative_values_are_fine_for_non_counts() -> None:
    """A change or an amount may be negative; a count may not."""
    assert _statistic(value=-20, kind=StatisticKind.AMOUNT).value == -20
    with pytest.raises(InvalidFieldError) as caught:
        _statistic(value=-3)
    assert str(caught.value) == "'value' must be a count >= 0 (got -3)"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"value": 1.5},
            "'value' must be an int or a decimal.Decimal (never a float) (got float)",
        ),
        (
            {"value": True},
            "'value' must be an int or a decimal.Decimal (never a float) (got bool)",
        ),
        (
            {"value": "185"},
            "'value' must be an int or a decimal.Decimal (never a float) (got str)",
        ),
        (
            {"value": Decimal("NaN")},
            "'value' must be a finite number (got Decimal('NaN'))",
        ),
        ({"measure": ""}, "'measure' must be a non-empty str (got '')"),
        ({"qualifier": "exact"}, "'qualifier' must be a StatisticQualifier (got str)"),
        (
            {"relayed_via": ("ok", "not ok")},
            "'relayed_via[1]' must be an id of letters, digits and '._:-', starting with a letter or digit (got 'not ok')",
        ),
        ({"breakdown": ()}, "'breakdown' must be a Breakdown (got tuple)"),
    ],
)
def test_construction_refuses(changes: dict[str, object], message: str) -> None:
    """Fields refuse what can never be valid, naming the field."""
    with pytest.raises(InvalidFieldError) as caught:
        _statistic(**changes)
    assert str(caught.value) == message


def test_display_value() -> None:
    """The value with its unit, or as printed."""
    assert _statistic(unit="cases", value=62).display_value == "62 cases"
    assert (
        _statistic(unit="cases", printed="at least 62").display_value
        == "at least 62 cases"
    )
    assert _statistic(unit="cases", printed="62 cases").display_value == "62 cases"


def test_breakdown() -> None:
    """Parts sum exactly; a breakdown needs a part; parts are never negative."""
    breakdown = Breakdown(
        completeness=BreakdownCompleteness.PARTIAL,
        parts=(
            BreakdownPart(label="a", value=Decimal("0.1")),
            BreakdownPart(label="b", value=Decimal("0.2")),
        ),
    )
    assert breakdown.sum() == Decimal("0.3")
    with pytest.raises(InvalidFieldError) as caught:
        Breakdown(completeness=BreakdownCompleteness.EXHAUSTIVE, parts=())
    assert str(caught.value) == "'parts' must be at least one BreakdownPart (got ())"
    with pytest.raises(InvalidFieldError) as caught:
        BreakdownPart(label="land rights", value=-1)
    assert str(caught.value) == "'value' must be a number >= 0 (got -1)"
