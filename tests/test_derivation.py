"""Derivations: what each says, what construction refuses, how statistics hold and write them."""

from __future__ import annotations

import pickle
from decimal import Decimal
from fractions import Fraction

import jsonschema
import pytest
from hypothesis import given

from rightsreport import (
    ChangeFrom,
    Derivation,
    DifferenceOf,
    InvalidFieldError,
    Period,
    RateOf,
    ShareOf,
    ShareWord,
    Statistic,
    StructureError,
    TotalOf,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from rightsreport import testing as strategies
from rightsreport._derivation import DERIVATION_KINDS


@pytest.mark.parametrize(
    ("derivation", "inputs"),
    [
        (ShareOf(whole_id="detained", percent=Decimal(45)), ("detained",)),
        (ChangeFrom(baseline_id="before", percent=20), ("before",)),
        (ChangeFrom(baseline_period=Period.from_edtf("2019/2019"), absolute=-5), ()),
        (TotalOf(part_ids=("killed", "injured")), ("killed", "injured")),
        (
            DifferenceOf(minuend_id="all", subtrahend_ids=("land", "work")),
            ("all", "land", "work"),
        ),
        (RateOf(per=1000), ()),
        (RateOf(per=1000, denominator_id="births"), ("births",)),
        (
            RateOf(per=100_000, numerator_id="killings", denominator_id="people"),
            ("killings", "people"),
        ),
    ],
)
def test_inputs_name_what_a_figure_derives_from(
    derivation: Derivation, inputs: tuple[str, ...]
) -> None:
    """``inputs`` lists the ids of the statistics a derivation uses, in order."""
    assert derivation.inputs == inputs


@pytest.mark.parametrize(
    ("cls", "fields", "message"),
    [
        (
            ShareOf,
            {"whole_id": "not an id"},
            "'whole_id' must be an id of letters, digits and '._:-', starting with a letter or digit (got 'not an id')",
        ),
        (
            ShareOf,
            {"whole_id": "w", "percent": Decimal("100.5")},
            "'percent' must be a share from 0 to 100 (got Decimal('100.5'))",
        ),
        (
            ShareOf,
            {"whole_id": "w", "percent": -1},
            "'percent' must be a share from 0 to 100 (got -1)",
        ),
        (
            ShareOf,
            {"whole_id": "w", "percent": 0.45},
            "'percent' must be an int or a decimal.Decimal (never a float) (got float)",
        ),
        (
            ShareOf,
            {"whole_id": "w", "fraction": (4, 3)},
            "'fraction' must be a (numerator, denominator) pair of ints with 0 <= numerator <= denominator (got (4, 3))",
        ),
        (
            ShareOf,
            {"whole_id": "w", "fraction": (0, 0)},
            "'fraction' must be a (numerator, denominator) pair of ints with 0 <= numerator <= denominator (got (0, 0))",
        ),
        (
            ShareOf,
            {"whole_id": "w", "fraction": [1, 3]},
            "'fraction' must be a (numerator, denominator) pair of ints with 0 <= numerator <= denominator (got [1, 3])",
        ),
        (
            ShareOf,
            {"whole_id": "w", "fraction": (1, 2, 3)},
            "'fraction' must be a (numerator, denominator) pair of ints with 0 <= numerator <= denominator (got (1, 2, 3))",
        ),
        (
            ShareOf,
            {"whole_id": "w", "fraction": (True, 2)},
            "'fraction' must be a (numerator, denominator) pair of ints with 0 <= numerator <= denominator (got (True, 2))",
        ),
        (
            ShareOf,
            {"whole_id": "w", "words": "half"},
            "'words' must be a ShareWord (got str)",
        ),
        (
            ShareOf,
            {"whole_id": "w", "percent": 50, "words": ShareWord.HALF},
            "'words' must be unset when percent states the share (got <ShareWord.HALF: 'half'>)",
        ),
        (
            ShareOf,
            {"whole_id": "w", "fraction": (1, 2), "words": ShareWord.HALF},
            "'words' must be unset when fraction states the share (got <ShareWord.HALF: 'half'>)",
        ),
        (
            ShareOf,
            {"whole_id": "w", "approximate": 1},
            "'approximate' must be a bool (got int)",
        ),
        (
            ShareOf,
            {"whole_id": "w", "partition": ""},
            "'partition' must be an id of letters, digits and '._:-', starting with a letter or digit (got '')",
        ),
        (
            ChangeFrom,
            {"percent": 20},
            "'baseline_id' must be a baseline id or a baseline period (or both) (got None)",
        ),
        (
            ChangeFrom,
            {"baseline_id": "b", "percent": 20, "absolute": 200},
            "'absolute' must be unset when percent states the change (got 200)",
        ),
        (
            ChangeFrom,
            {"baseline_id": "b", "absolute": Decimal("Infinity")},
            "'absolute' must be a finite number (got Decimal('Infinity'))",
        ),
        (
            ChangeFrom,
            {"baseline_id": "b", "baseline_period": "2019"},
            "'baseline_period' must be a Period (got str)",
        ),
        (
            TotalOf,
            {"part_ids": ("killed",)},
            "'part_ids' must be at least 2 statistic id(s) (got ('killed',))",
        ),
        (
            TotalOf,
            {"part_ids": ("killed", "killed")},
            "'part_ids' must be distinct statistic ids (got ('killed', 'killed'))",
        ),
        (
            TotalOf,
            {"part_ids": ["killed", "injured"]},
            "'part_ids' must be a tuple of ids (got list)",
        ),
        (
            DifferenceOf,
            {"minuend_id": "all", "subtrahend_ids": ()},
            "'subtrahend_ids' must be at least 1 statistic id(s) (got ())",
        ),
        (
            DifferenceOf,
            {"minuend_id": "all", "subtrahend_ids": ("land", "all")},
            "'subtrahend_ids' must be ids other than the minuend 'all' (got ('land', 'all'))",
        ),
        (RateOf, {"per": 0}, "'per' must be a positive int (got 0)"),
        (
            RateOf,
            {"per": Decimal(1000)},
            "'per' must be a positive int (got Decimal)",
        ),
        (
            RateOf,
            {"per": 1000, "numerator_id": "n", "denominator_id": "n"},
            "'denominator_id' must be an id other than the numerator 'n' (got 'n')",
        ),
    ],
)
def test_construction_refuses(
    cls: type, fields: dict[str, object], message: str
) -> None:
    """Construction refuses what can never be a derivation, naming the field."""
    with pytest.raises(InvalidFieldError) as caught:
        cls(**fields)
    assert str(caught.value) == message


def test_shares_accept_their_edges() -> None:
    """0 and 100 percent, and "n in n", are shares."""
    assert ShareOf(whole_id="w", percent=0).percent == 0
    assert ShareOf(whole_id="w", percent=Decimal("100.0")).percent == Decimal(100)
    assert ShareOf(whole_id="w", fraction=(3, 3)).fraction == (3, 3)
    assert ShareOf(whole_id="w", fraction=(0, 1)).fraction == (0, 1)


@pytest.mark.parametrize(
    ("word", "phrase", "fraction"),
    [
        (ShareWord.ALL, "all", Fraction(1)),
        (ShareWord.NEARLY_ALL, "nearly all", None),
        (ShareWord.MOST, "most", None),
        (ShareWord.THREE_QUARTERS, "three quarters", Fraction(3, 4)),
        (ShareWord.TWO_THIRDS, "two thirds", Fraction(2, 3)),
        (ShareWord.HALF, "half", Fraction(1, 2)),
        (ShareWord.NEARLY_HALF, "nearly half", None),
        (ShareWord.THIRD, "a third", Fraction(1, 3)),
        (ShareWord.QUARTER, "a quarter", Fraction(1, 4)),
        (ShareWord.FIFTH, "a fifth", Fraction(1, 5)),
        (ShareWord.TENTH, "a tenth", Fraction(1, 10)),
        (ShareWord.MINORITY, "a minority", None),
        (ShareWord.NONE, "none", Fraction(0)),
    ],
)
def test_share_words(word: ShareWord, phrase: str, fraction: Fraction | None) -> None:
    """Each word has the phrase messages print and, if it names one, its fraction."""
    assert word.phrase == phrase
    assert word.fraction == fraction


def test_every_share_word_is_in_the_table() -> None:
    """The table above covers every member (a new word needs a row)."""
    assert len(ShareWord) == 13


def _statistic(**changes: object) -> Statistic:
    fields: dict[str, object] = {"id": "held", "value": 540, "measure": "held"}
    fields.update(changes)
    return Statistic(**fields)  # type: ignore[arg-type]


def test_statistics_default_to_no_derivation_and_no_baseline() -> None:
    """Existing statistics keep working: both new fields have defaults."""
    figure = _statistic()
    assert figure.derivation is None
    assert figure.baseline is False


def test_statistics_hold_derivations_and_baselines() -> None:
    """A derived figure names how it derives; a baseline says it is one."""
    share = ShareOf(whole_id="detained", percent=45)
    assert _statistic(derivation=share).derivation is share
    assert _statistic(baseline=True).baseline is True


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"derivation": "share"},
            "'derivation' must be a ShareOf, ChangeFrom, TotalOf, DifferenceOf or RateOf (got str)",
        ),
        (
            {"derivation": TotalOf(part_ids=("held", "released"))},
            "'derivation' must be a derivation from statistics other than 'held' itself (got ('held', 'released'))",
        ),
        (
            {"derivation": ShareOf(whole_id="held")},
            "'derivation' must be a derivation from statistics other than 'held' itself (got ('held',))",
        ),
        ({"baseline": 1}, "'baseline' must be a bool (got int)"),
        ({"baseline": None}, "'baseline' must be a bool (got NoneType)"),
    ],
)
def test_statistics_refuse(changes: dict[str, object], message: str) -> None:
    """A statistic never derives from itself, and baseline is a real bool."""
    with pytest.raises(InvalidFieldError) as caught:
        _statistic(**changes)
    assert str(caught.value) == message


@given(strategies.derivations())
def test_derivations_hash_pickle_and_never_lose_inputs(derivation: Derivation) -> None:
    """Generated derivations are values: they hash, pickle and come back equal."""
    back = pickle.loads(pickle.dumps(derivation))  # noqa: S301
    assert back == derivation
    assert hash(back) == hash(derivation)
    assert all(isinstance(identifier, str) for identifier in derivation.inputs)


@given(strategies.statistics(derivation=strategies.derivations()))
def test_generated_statistics_never_derive_from_themselves(figure: Statistic) -> None:
    """The strategy keeps a statistic's own id out of its derivation."""
    assert figure.derivation is not None
    assert figure.id not in figure.derivation.inputs


# --- on the wire ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("derivation", "wire"),
    [
        (
            ShareOf(whole_id="detained", percent=45, approximate=True),
            {
                "type": "share_of",
                "whole_id": "detained",
                "percent": 45,
                "approximate": True,
            },
        ),
        (
            ShareOf(whole_id="detained", percent=Decimal("45.0"), partition="sex"),
            {
                "type": "share_of",
                "whole_id": "detained",
                "percent": "45.0",
                "partition": "sex",
            },
        ),
        (
            ShareOf(whole_id="cases", fraction=(1, 5)),
            {"type": "share_of", "whole_id": "cases", "fraction": [1, 5]},
        ),
        (
            ShareOf(whole_id="cases", words=ShareWord.HALF),
            {"type": "share_of", "whole_id": "cases", "words": "half"},
        ),
        (
            ChangeFrom(
                baseline_id="before",
                percent=-20,
                baseline_period=Period.from_edtf("2019/2019"),
            ),
            {
                "type": "change_from",
                "baseline_id": "before",
                "percent": -20,
                "baseline_period": "2019/2019",
            },
        ),
        (
            ChangeFrom(baseline_id="before", absolute=Decimal("2.5")),
            {"type": "change_from", "baseline_id": "before", "absolute": "2.5"},
        ),
        (
            TotalOf(part_ids=("killed", "injured")),
            {"type": "total_of", "part_ids": ["killed", "injured"]},
        ),
        (
            DifferenceOf(minuend_id="all", subtrahend_ids=("land",)),
            {"type": "difference_of", "minuend_id": "all", "subtrahend_ids": ["land"]},
        ),
        (
            RateOf(per=100_000, numerator_id="killings", denominator_id="people"),
            {
                "type": "rate_of",
                "per": 100000,
                "numerator_id": "killings",
                "denominator_id": "people",
            },
        ),
    ],
)
def test_wire_form(derivation: Derivation, wire: dict[str, object]) -> None:
    """A statistic writes its derivation as an object tagged with its kind."""
    figure = _statistic(derivation=derivation)
    data = to_dict(figure)
    assert data["derivation"] == wire
    assert from_dict(data, Statistic) == figure
    assert jsonschema.Draft202012Validator(json_schema(Statistic)).is_valid(data)


def test_wire_form_of_a_baseline() -> None:
    """``baseline`` is written only when set, like every flag off by default."""
    assert "baseline" not in to_dict(_statistic())
    assert to_dict(_statistic(baseline=True))["baseline"] is True
    assert (
        from_dict({"id": "n", "value": 1, "measure": "m"}, Statistic).baseline is False
    )


@pytest.mark.parametrize(
    ("derivation", "problems"),
    [
        (
            {"type": "share", "whole_id": "w"},
            (
                (
                    "$.derivation.type",
                    "expected 'share_of' or 'change_from' or 'total_of' or 'difference_of' or 'rate_of', got 'share'",
                ),
            ),
        ),
        (
            {"whole_id": "w"},
            (
                (
                    "$.derivation.type",
                    "expected 'share_of' or 'change_from' or 'total_of' or 'difference_of' or 'rate_of', got nothing (the field is required)",
                ),
            ),
        ),
        (
            {"type": "total_of", "part_ids": ["a"]},
            (
                (
                    "$.derivation.part_ids",
                    "expected at least 2 statistic id(s), got ('a',)",
                ),
            ),
        ),
        (
            {"type": "share_of", "whole_id": "held"},
            (
                (
                    "$.derivation",
                    "expected a derivation from statistics other than 'held' itself, got ('held',)",
                ),
            ),
        ),
    ],
)
def test_reading_refuses(derivation: dict[str, object], problems: object) -> None:
    """Unknown or missing tags and impossible derivations are problems at a path."""
    data = {"id": "held", "value": 1, "measure": "m", "derivation": derivation}
    with pytest.raises(StructureError) as caught:
        from_dict(data, Statistic)
    assert caught.value.problems == problems


@pytest.mark.parametrize(
    "derivation",
    [
        {"type": "total_of", "part_ids": ["a"]},
        {"type": "total_of", "part_ids": ["a", "a"]},
        {"type": "share_of", "whole_id": "w", "fraction": [1, 0]},
        {"type": "share_of", "whole_id": "w", "fraction": [1, 2, 3]},
        {"type": "rate_of", "per": 0},
        {"type": "share", "whole_id": "w"},
    ],
)
def test_schema_refuses(derivation: dict[str, object]) -> None:
    """The JSON Schema refuses what reading refuses, where a schema can say it."""
    data = {"id": "held", "value": 1, "measure": "m", "derivation": derivation}
    assert not jsonschema.Draft202012Validator(json_schema(Statistic)).is_valid(data)


@given(strategies.statistics())
def test_statistics_round_trip_with_their_derivations(figure: Statistic) -> None:
    """Generated statistics, derived or not, come back equal from JSON."""
    assert from_json(to_json(figure), Statistic) == figure


@pytest.mark.parametrize(
    ("derivation", "stated"),
    [
        (ShareOf(whole_id="w", percent=45), "45%"),
        (
            ShareOf(whole_id="w", percent=Decimal("45.0"), approximate=True),
            "about 45.0%",
        ),
        (ShareOf(whole_id="w", fraction=(1, 5)), "1 in 5"),
        (ShareOf(whole_id="w", words=ShareWord.MOST), "most"),
        (ShareOf(whole_id="w"), None),
        (ChangeFrom(baseline_id="b", percent=20), "+20%"),
        (ChangeFrom(baseline_id="b", percent=Decimal("-2.5")), "-2.5%"),
        (ChangeFrom(baseline_id="b", absolute=200), "+200"),
        (
            ChangeFrom(baseline_period=Period.from_edtf("2019/2019"), absolute=-3),
            "-3 from 2019/2019",
        ),
        (ChangeFrom(baseline_id="b"), None),
        (TotalOf(part_ids=("a", "b")), None),
        (DifferenceOf(minuend_id="a", subtrahend_ids=("b",)), None),
        (RateOf(per=1000), "per 1,000"),
    ],
)
def test_stated(derivation: Derivation, stated: str | None) -> None:
    """What the text states about the relation, as tables and JSON-LD print it."""
    assert derivation.stated == stated


@given(strategies.derivations())
def test_kinds_are_the_wire_tags(derivation: Derivation) -> None:
    """Tables and JSON-LD name a derivation's kind as the wire format tags it."""
    figure = Statistic(id="derived", value=1, measure="m", derivation=derivation)
    assert to_dict(figure)["derivation"]["type"] == DERIVATION_KINDS[type(derivation)]
