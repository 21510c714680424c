"""Serialisation: round trips, the golden file, strict structuring and its messages."""

from __future__ import annotations

import contextlib
import copy
import enum
import inspect
import json
import pickle
import re
import subprocess
import sys
import weakref
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import cattrs
import jsonschema
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rightsreport
from rightsreport import (
    Breakdown,
    ChangeFrom,
    DifferenceOf,
    Disclosure,
    Extensions,
    Finding,
    FrozenJSONObject,
    InvalidFieldError,
    Number,
    PartialDate,
    Period,
    RateOf,
    Report,
    RightsReportError,
    Severity,
    ShareOf,
    Source,
    Statistic,
    StructureError,
    TotalOf,
    from_dict,
    from_json,
    make_converter,
    to_dict,
    to_json,
)
from rightsreport import _checks as check
from rightsreport import _serialise as serialise
from rightsreport import testing as strategies
from rightsreport._serialise import (
    FORMAT_VERSION,
    MAX_DEPTH,
    MIGRATIONS,
    Shape,
    register_tagged_union,
    wire_of,
)

GOLDEN = Path(__file__).parent / "golden" / "cambodia_2020.json"


def golden() -> dict[str, Any]:
    """A fresh copy of the worked example as plain data."""
    data: dict[str, Any] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data


# -- helpers to edit payloads by path -----------------------------------------

_STEP = re.compile(r"\.(\w+)|\[(\d+)\]|\['([^']*)'\]")


def _steps(path: str) -> list[str | int]:
    assert path.startswith("$")
    steps: list[str | int] = []
    for name, index, key in _STEP.findall(path[1:]):
        steps.append(int(index) if index else (name or key))
    return steps


def put(path: str, value: object) -> Callable[[Any], None]:
    """An edit that sets the value at *path* (creating a last key if needed)."""

    def edit(data: Any) -> None:
        *parents, last = _steps(path)
        for step in parents:
            data = data[step]
        data[last] = value

    return edit


def drop(path: str) -> Callable[[Any], None]:
    """An edit that deletes the key or item at *path*."""

    def edit(data: Any) -> None:
        *parents, last = _steps(path)
        for step in parents:
            data = data[step]
        del data[last]

    return edit


def edited(*edits: Callable[[Any], None]) -> dict[str, Any]:
    """The golden payload with *edits* applied."""
    data = golden()
    for edit in edits:
        edit(data)
    return data


def problems_of(data: object, cls: type = Report) -> tuple[tuple[str, str], ...]:
    """The problems ``from_dict`` reports (failing the test if it accepts)."""
    with pytest.raises(StructureError) as caught:
        from_dict(data, cls)
    return caught.value.problems


# -- the golden file ---------------------------------------------------------------


def test_golden_file_is_the_worked_example(article: Report) -> None:
    """The committed JSON is exactly what to_json writes for the worked example."""
    assert GOLDEN.read_text(encoding="utf-8") == to_json(article, indent=2) + "\n"


def test_golden_file_reads_back(article: Report) -> None:
    """Reading the golden file rebuilds the worked example, equal in every field."""
    assert from_json(GOLDEN.read_text(encoding="utf-8"), Report) == article
    assert from_json(GOLDEN.read_bytes(), Report) == article


def test_worked_example_round_trips(article: Report) -> None:
    """Compact JSON and dicts both round-trip, and the text is stable."""
    text = to_json(article)
    assert from_json(text, Report) == article
    assert from_dict(to_dict(article), Report) == article
    assert to_json(from_json(text, Report)) == text


def test_report_states_its_format_version_first(article: Report) -> None:
    """A serialised report starts with its format version; nested ones do not."""
    data = to_dict(article)
    assert next(iter(data)) == "format_version"
    assert data["format_version"] == FORMAT_VERSION == 1
    assert "format_version" not in data["relations"][0]["report"]


# -- round trips for every public type --------------------------------------------------


def encoded(data: object) -> str:
    """The canonical text of plain data, as the standard library writes it."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


ENUMS = [
    obj
    for name in rightsreport.__all__
    if isinstance(obj := getattr(rightsreport, name), type)
    and issubclass(obj, enum.Enum)
]


def _findings() -> st.SearchStrategy[Finding]:
    return st.builds(
        Finding,
        code=st.from_regex(r"RR[1-8][0-9]{2}", fullmatch=True),
        severity=st.sampled_from(list(Severity)),
        path=strategies.texts(),
        message=strategies.texts(),
        hint=st.text(max_size=10),
    )


def _parts() -> st.SearchStrategy[object]:
    return strategies.breakdowns().map(lambda breakdown: breakdown.parts[0])


def _anchors() -> st.SearchStrategy[rightsreport.TextAnchor]:
    def build(
        offsets: list[int], texts: list[str], normalisations: list[object]
    ) -> rightsreport.TextAnchor:
        start, end = sorted(offsets[:2])
        return rightsreport.TextAnchor(
            start=start,
            end=end,
            exact=texts[0],
            prefix=texts[1],
            normalisations=tuple(normalisations),  # type: ignore[arg-type]
            spans=tuple(zip(offsets[::2], offsets[1::2], strict=False)),
        )

    return st.builds(
        build,
        st.lists(st.integers(0, 10**6), min_size=2, max_size=6),
        st.lists(st.text(max_size=10), min_size=2, max_size=2),
        st.lists(st.sampled_from(list(rightsreport.Normalisation)), unique=True),
    )


def _marks() -> st.SearchStrategy[object]:
    return (
        strategies.texts(40)
        .flatmap(strategies.editorial_marks)
        .filter(bool)
        .map(lambda marks: marks[0])
    )


ROUND_TRIP = {
    "PartialDate": strategies.partial_dates(),
    "Period": strategies.periods(),
    "Extensions": strategies.extensions(),
    "FrozenJSONObject": st.dictionaries(
        strategies.texts(5), strategies.json_values()
    ).map(FrozenJSONObject),
    "Identifier": strategies.identifiers(),
    "Affiliation": strategies.affiliations(),
    "Place": strategies.places(),
    "InstrumentArticle": strategies.instrument_articles(),
    "Locator": strategies.locators(),
    "LocalisedText": strategies.localised_texts(),
    "EditorialMark": _marks(),
    "BreakdownPart": _parts(),
    "Breakdown": strategies.breakdowns(),
    "Source": strategies.sources(),
    "Quote": strategies.quotes(),
    "Statistic": strategies.statistics(),
    "Issuer": strategies.issuers(),
    "Claim": strategies.claims(),
    "Illustration": strategies.illustrations(),
    "Finding": _findings(),
    "TextAnchor": _anchors(),
    "ShareOf": strategies.derivations(kinds=[ShareOf]),
    "ChangeFrom": strategies.derivations(kinds=[ChangeFrom]),
    "TotalOf": strategies.derivations(kinds=[TotalOf]),
    "DifferenceOf": strategies.derivations(kinds=[DifferenceOf]),
    "RateOf": strategies.derivations(kinds=[RateOf]),
    "Enum": st.sampled_from(ENUMS).flatmap(lambda cls: st.sampled_from(list(cls))),
}


def test_round_trip_table_covers_every_public_data_class() -> None:
    """Every public class that is not an error has a round-trip strategy here."""
    public = {
        name
        for name in rightsreport.__all__
        if isinstance(obj := getattr(rightsreport, name), type)
        and not issubclass(obj, (Exception, enum.Enum))
    }
    # Report and Relation round-trip in their own tests; the validation pass's
    # options, rules and result wrapper are machinery, not data on the wire.
    assert public - set(ROUND_TRIP) == {
        "Relation",
        "Report",
        "Rule",
        "ValidationOptions",
        "ValidationResult",
    }


@pytest.mark.parametrize("name", sorted(ROUND_TRIP))
def test_round_trip(name: str) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x, canonical text."""

    @given(ROUND_TRIP[name])
    def check_round_trip(value: object) -> None:
        cls = type(value)
        data = to_dict(value)
        assert json.loads(json.dumps(data)) == data
        assert from_dict(data, cls) == value
        text = to_json(value)
        assert text == encoded(data)
        again = from_json(text, cls)
        assert again == value
        assert type(again) is cls
        assert to_json(again) == text

    check_round_trip()


@settings(max_examples=25)
@given(strategies.reports())
def test_reports_round_trip(report: Report) -> None:
    """Generated reports, with carried relations, round-trip through dicts and JSON."""
    assert from_dict(to_dict(report), Report) == report
    assert to_json(report) == encoded(to_dict(report))
    text = to_json(report, indent=1)
    assert from_json(text, Report) == report
    assert to_json(from_json(text, Report)) == to_json(report)


@settings(max_examples=25)
@given(strategies.relations())
def test_relations_round_trip(relation: object) -> None:
    """Relations round-trip, with or without the related report carried."""
    assert from_json(to_json(relation), type(relation)) == relation


def _plain_types(value: object) -> set[type]:
    if isinstance(value, dict):
        assert all(type(key) is str for key in value)
        return {dict}.union(*(_plain_types(item) for item in value.values()))
    if isinstance(value, list):
        return {list}.union(*(_plain_types(item) for item in value))
    return {type(value)}


@settings(max_examples=25)
@given(strategies.reports())
def test_to_dict_is_plain_json_data(report: Report) -> None:
    """to_dict gives only dicts with str keys, lists, str, int, float, bool, None."""
    assert _plain_types(to_dict(report)) <= {
        dict,
        list,
        str,
        int,
        float,
        bool,
        type(None),
    }


@given(strategies.partial_dates(), strategies.periods())
def test_dates_are_written_as_their_edtf_text(
    date: PartialDate, period: Period
) -> None:
    """The writer's own EDTF formatting is exactly the model's str()."""
    assert serialise.date_text(date) == str(date)
    assert serialise.period_text(period) == str(period)
    assert to_json(date) == f'"{date}"'
    assert to_dict(period) == str(period)


def test_early_years_are_four_digits() -> None:
    """Years before 1000 are zero-padded, as EDTF wants."""
    assert (
        to_dict(PartialDate(year=33, month=4, day=3, uncertain=True)) == "0033-04-03?"
    )


def test_numbers_stay_exact() -> None:
    """Ints are JSON integers, decimals strings that keep their printed precision."""
    figure = Statistic(id="n", value=Decimal("12.50"), measure="rate", unit="%")
    data = to_dict(figure)
    assert data["value"] == "12.50"
    value = from_dict(data, Statistic).value
    assert isinstance(value, Decimal)
    assert value.as_tuple() == Decimal("12.50").as_tuple()
    assert to_dict(Statistic(id="n", value=12, measure="m"))["value"] == 12
    assert (
        type(from_json('{"id":"n","value":"12","measure":"m"}', Statistic).value)
        is Decimal
    )
    big = 10**40 + 1
    assert (
        from_json(to_json(Statistic(id="n", value=big, measure="m")), Statistic).value
        == big
    )


def test_canonical_text_ignores_extension_key_order() -> None:
    """Equal extensions given in a different key order write the same text."""
    one = Source(
        id="s",
        kind=rightsreport.SourceKind.PERSON,
        identification=rightsreport.IdentificationLevel.NAMED,
        extensions={"org.b:x": {"z": 1, "a": [2]}, "org.a:y": True},
    )
    two = attrs.evolve(one, extensions={"org.a:y": True, "org.b:x": {"a": [2], "z": 1}})
    assert one == two
    assert to_json(one) == to_json(two)
    assert to_json(one).endswith(
        '"extensions":{"org.a:y":true,"org.b:x":{"a":[2],"z":1}}}'
    )


def test_extensions_keep_every_json_value() -> None:
    """Extension values (nested objects, arrays, floats, null) survive a round trip."""
    value = {"org.example:x": {"a": [1, 2.5, None, "é", {"b": False}], "c": -0.0}}
    source = from_dict(
        {
            "id": "s",
            "kind": "unnamed",
            "identification": "anonymous",
            "extensions": value,
        },
        Source,
    )
    assert to_dict(source)["extensions"] == value


def test_absent_values_are_left_out() -> None:
    """None, empty tuples and empty extensions are not written; defaults are."""
    assert to_dict(Statistic(id="n", value=1, measure="m")) == {
        "id": "n",
        "value": 1,
        "measure": "m",
        "qualifier": "exact",
        "kind": "count",
    }


def test_null_and_empty_arrays_read_as_absent() -> None:
    """Explicit null for an optional field and [] for a tuple are accepted."""
    data = {"id": "n", "value": 1, "measure": "m", "unit": None, "relayed_via": []}
    assert from_dict(data, Statistic) == Statistic(id="n", value=1, measure="m")


def test_dates_and_enums_are_strings() -> None:
    """Dates, periods and enums have string wire forms of their own."""
    assert to_dict(PartialDate(year=2020, month=7, approximate=True)) == "2020-07~"
    assert from_dict("2019-04/2020-03", Period) == Period.from_edtf("2019-04/2020-03")
    assert to_dict(Disclosure.CONFIDENTIAL) == "confidential"
    assert from_json('"restricted"', Disclosure) is Disclosure.RESTRICTED


def test_to_dict_refuses_other_objects() -> None:
    """Anything that is not a rightsreport object is refused with InvalidFieldError."""
    with pytest.raises(
        InvalidFieldError,
        match=r"'obj' must be an instance of a rightsreport type \(got dict\)",
    ):
        to_dict({"id": "x"})
    with pytest.raises(InvalidFieldError, match="got set"):
        to_json(set())
    with pytest.raises(InvalidFieldError, match="got set"):
        to_json(set(), indent=2)


@pytest.mark.parametrize("function", [from_dict, from_json])
def test_from_functions_refuse_unknown_types(
    function: Callable[[Any, Any], object],
) -> None:
    """Asking for a type without a wire form is a programming error, not bad data."""
    with pytest.raises(InvalidFieldError, match="'cls' must be a rightsreport type"):
        function("{}", dict)


# -- strict structuring: a table of invalid payloads -------------------------------------

REPORT_KINDS = (
    "a ReportKind value such as 'country_report' or 'annual_report_entry' "
    "(one of 13; see the schema)"
)
SOURCE_KINDS = (
    "one of 'person', 'organisation', 'government_body', 'document', 'unnamed'"
)
NUMBER = "an integer, or a decimal number as a string such as '12.5'"

#: (id, edits, expected problems, whether the JSON Schema rejects it too)
INVALID: list[tuple[str, list[Callable[[Any], None]], list[tuple[str, str]], bool]] = [
    (
        "number for text",
        [put("$.title", 123)],
        [("$.title", "expected a string, got 123")],
        True,
    ),
    (
        "boolean for number",
        [put("$.statistics[1].value", value=True)],
        [("$.statistics[1].value", f"expected {NUMBER}, got true")],
        True,
    ),
    (
        "float for number",
        [put("$.statistics[1].value", 185.0)],
        [("$.statistics[1].value", f"expected {NUMBER}, got 185.0")],
        False,  # JSON Schema counts 185.0 as an integer
    ),
    (
        "number text with a comma",
        [put("$.statistics[1].value", "1,659")],
        [("$.statistics[1].value", f"expected {NUMBER}, got '1,659'")],
        True,
    ),
    (
        "negative breakdown part",
        [put("$.statistics[1].breakdown.parts[0].value", -3)],
        [
            (
                "$.statistics[1].breakdown.parts[0].value",
                "expected a number >= 0, got -3",
            )
        ],
        True,
    ),
    (
        "negative count",
        [put("$.statistics[0].value", -5)],
        [("$.statistics[0].value", "expected a count >= 0, got -5")],
        False,
    ),
    (
        "unknown enum value",
        [put("$.sources[0].kind", "human")],
        [("$.sources[0].kind", f"expected {SOURCE_KINDS}, got 'human'")],
        True,
    ),
    (
        "enum value in the wrong case",
        [put("$.kind", "News_Article")],
        [("$.kind", f"expected {REPORT_KINDS}, got 'News_Article'")],
        True,
    ),
    (
        "null for a field with a default",
        [put("$.sources[0].disclosure", None)],
        [
            (
                "$.sources[0].disclosure",
                "expected one of 'public', 'restricted', 'confidential', got null",
            )
        ],
        True,
    ),
    (
        "missing required field",
        [drop("$.quotes[0].text")],
        [
            (
                "$.quotes[0].text",
                "expected a string, got nothing (the field is required)",
            )
        ],
        True,
    ),
    (
        "unknown key",
        [put("$.sources[0].colour", "red")],
        [("$.sources[0].colour", "unexpected key: Source has no field of that name")],
        True,
    ),
    (
        "unknown key that is not a name",
        [put("$.issuer['see also']", "x")],
        [("$.issuer['see also']", "unexpected key: Issuer has no field of that name")],
        True,
    ),
    (
        "extension key without a namespace",
        [put("$.extensions", {"reviewer": "jd"})],
        [
            (
                "$.extensions['reviewer']",
                "expected a namespaced key such as 'org.example:reviewer', got 'reviewer'",
            )
        ],
        True,
    ),
    (
        "period that ends before it starts",
        [put("$.relations[0].report.coverage", "2021/2020")],
        [
            (
                "$.relations[0].report.coverage",
                "expected a date on or after the start 2021, got '2020'",
            )
        ],
        False,
    ),
    (
        "day that does not exist",
        [put("$.published", "2021-02-30")],
        [("$.published", "expected a day from 1 to 28 of 2021-02, got 30")],
        False,
    ),
    (
        "date that is not EDTF",
        [put("$.published", "March 2021")],
        [
            (
                "$.published",
                (
                    "expected an EDTF date such as '2020', '2020-07' or '2020-07-31~', "
                    "got 'March 2021'"
                ),
            )
        ],
        True,
    ),
    (
        "number for a date",
        [put("$.published", 2021)],
        [
            (
                "$.published",
                "expected an EDTF date string such as '2020-07' or null, got 2021",
            )
        ],
        True,
    ),
    (
        "string for an array",
        [put("$.subject_countries", "KH")],
        [("$.subject_countries", "expected an array of strings, got 'KH'")],
        True,
    ),
    (
        "null for an array",
        [put("$.sources", None)],
        [("$.sources", "expected an array of Source objects, got null")],
        True,
    ),
    (
        "unknown country code",
        [put("$.subject_countries", ["KH", "XX"])],
        [
            (
                "$.subject_countries[1]",
                "expected an ISO 3166-1 alpha-2 country code such as 'KH', got 'XX'",
            )
        ],
        True,
    ),
    (
        "malformed id",
        [put("$.sources[0].id", "chad roedemeier")],
        [
            (
                "$.sources[0].id",
                (
                    "expected an id of letters, digits and '._:-', starting with a letter "
                    "or digit, got 'chad roedemeier'"
                ),
            )
        ],
        True,
    ),
    (
        "blank text",
        [put("$.sources[0].name", "   ")],
        [("$.sources[0].name", "expected a non-empty str, got '   '")],
        True,
    ),
    (
        "three-letter language code",
        [put("$.language", "khm")],
        [("$.language", "expected the two-letter language subtag 'km', got 'khm'")],
        True,
    ),
    (
        "string for an object",
        [put("$.issuer", "CamboJA")],
        [("$.issuer", "expected an object (an Issuer) or null, got 'CamboJA'")],
        True,
    ),
    (
        "object that breaks its own invariant",
        [put("$.illustrations[0].place", {})],
        [
            (
                "$.illustrations[0].place.country",
                "expected a country, a subdivision or a name, got none of them",
            )
        ],
        False,
    ),
    (
        "mark beyond the quote's text",
        [put("$.quotes[0].marks", [{"kind": "insertion", "start": 5, "end": 900}])],
        [
            (
                "$.quotes[0].marks[0]",
                "expected offsets within the text (0 to 30), got 5..900",
            )
        ],
        False,
    ),
    (
        "related report with another id",
        [put("$.relations[0].target_id", "another-report")],
        [
            (
                "$.relations[0].report",
                (
                    "expected the report with id 'another-report', "
                    "got 'us-dos-2020-country-report-kh'"
                ),
            )
        ],
        False,
    ),
    (
        "wrong format version in a nested report",
        [put("$.relations[0].report.format_version", 2)],
        [
            (
                "$.relations[0].report.format_version",
                "expected the format version 1, got 2",
            )
        ],
        True,
    ),
    (
        "nested report with a wrong version and another problem",
        [
            put("$.relations[0].report.format_version", 2),
            put("$.relations[0].report.title", 5),
        ],
        [
            (
                "$.relations[0].report.format_version",
                "expected the format version 1, got 2",
            ),
            ("$.relations[0].report.title", "expected a string, got 5"),
        ],
        True,
    ),
    (
        "external id against its scheme",
        [put("$.sources[0].external_ids", [{"scheme": "wikidata", "value": "42"}])],
        [
            (
                "$.sources[0].external_ids[0].value",
                "expected a Wikidata QID such as 'Q42', got '42'",
            )
        ],
        False,
    ),
    (
        "several problems at once, in document order",
        [
            put("$.statistics[1].breakdown.parts[2].label", ""),
            put("$.title", None),
            put("$.quotes[1].kind", "verbatim!"),
            drop("$.sources[2].identification"),
        ],
        [
            ("$.title", "expected a string, got null"),
            (
                "$.sources[2].identification",
                (
                    "expected one of 'named', 'organisation_only', 'described_unnamed', "
                    "'pseudonym', 'anonymous', got nothing (the field is required)"
                ),
            ),
            (
                "$.quotes[1].kind",
                "expected one of 'verbatim', 'partial', 'paraphrase', got 'verbatim!'",
            ),
            (
                "$.statistics[1].breakdown.parts[2].label",
                "expected a non-empty str, got ''",
            ),
        ],
        True,
    ),
]


@pytest.mark.parametrize(
    ("edits", "expected"),
    [pytest.param(edits, expected, id=name) for name, edits, expected, _ in INVALID],
)
def test_invalid_payloads(
    edits: list[Callable[[Any], None]], expected: list[tuple[str, str]]
) -> None:
    """Each invalid payload gives exactly these problems, through dicts and JSON."""
    data = edited(*edits)
    assert list(problems_of(data)) == expected
    with pytest.raises(StructureError) as caught:
        from_json(json.dumps(data), Report)
    assert list(caught.value.problems) == expected


@pytest.mark.parametrize(
    "edits",
    [pytest.param(edits, id=name) for name, edits, _, schema in INVALID if schema],
)
def test_schema_rejects_invalid_payloads(edits: list[Callable[[Any], None]]) -> None:
    """The JSON Schema rejects the invalid payloads whose fault is in their shape."""
    schema = jsonschema.Draft202012Validator(rightsreport.json_schema(Report))
    assert not schema.is_valid(edited(*edits))


@pytest.mark.parametrize(
    "edits",
    [pytest.param(edits, id=name) for name, edits, _, schema in INVALID if not schema],
)
def test_schema_cannot_see_checks_across_fields(
    edits: list[Callable[[Any], None]],
) -> None:
    """Checks relating fields (dates in order, counts >= 0) are the library's alone."""
    schema = jsonschema.Draft202012Validator(rightsreport.json_schema(Report))
    assert schema.is_valid(edited(*edits))


def test_nan_in_extensions_is_refused() -> None:
    """A non-finite float (possible in a dict, or as NaN in lax JSON) is refused."""
    data = edited(put("$.extensions", {"org.x:v": float("nan")}))
    assert problems_of(data) == (
        ("$.extensions['org.x:v']", "expected a finite JSON number, got nan"),
    )
    with pytest.raises(StructureError) as caught:
        from_json('{"id": "n", "value": NaN, "measure": "m"}', Statistic)
    assert caught.value.problems == (("$.value", f"expected {NUMBER}, got NaN"),)


def test_extensions_accept_any_namespaced_key() -> None:
    """Unknown keys are refused everywhere except inside extensions."""
    data = edited(put("$.sources[0].extensions", {"org.example:anything": {"x": [1]}}))
    source = from_dict(data, Report).sources[0]
    assert source.extensions == {"org.example:anything": {"x": (1,)}}


def test_str_subclasses_are_text() -> None:
    """A str subclass (an enum member) is accepted where text is, as the model does."""
    data = {
        "id": "s",
        "kind": "person",
        "identification": "named",
        "name": Severity.ERROR,
    }
    assert from_dict(data, Source).name == "error"


def test_structure_error_is_a_value_error() -> None:
    """StructureError is the package's error and a ValueError; it pickles."""
    error = StructureError([("$.a", "expected x, got y")], "Report")
    assert isinstance(error, RightsReportError)
    assert isinstance(error, ValueError)
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert again.problems == error.problems
    assert again.target == "Report"
    assert str(again) == "1 problem in the Report:\n  $.a: expected x, got y"


def test_structure_error_shows_a_bounded_list() -> None:
    """str() shows the first problems; .problems keeps every one."""
    data = {"id": "n", "value": 1, "measure": "m", "relayed_via": [1] * 120}
    problems = problems_of(data, Statistic)
    assert len(problems) == 120
    assert problems[119] == ("$.relayed_via[119]", "expected a string, got 1")
    with pytest.raises(StructureError) as caught:
        from_dict(data, Statistic)
    lines = str(caught.value).splitlines()
    assert lines[0] == "120 problems in the Statistic:"
    assert len(lines) == 1 + StructureError.SHOWN + 1
    assert lines[-1] == "  ... and 70 more (see .problems)"


def test_structure_error_keeps_the_cause() -> None:
    """The detailed pass's cattrs error stays reachable as the cause."""
    with pytest.raises(StructureError):
        from_dict({"label": 1, "value": 1}, rightsreport.BreakdownPart)


# -- the format version -------------------------------------------------------------


def test_missing_format_version() -> None:
    """A top-level report must say its format version; other problems still show."""
    data = edited(drop("$.format_version"), put("$.title", 1))
    assert problems_of(data) == (
        (
            "$.format_version",
            "expected the format version 1, got nothing (the field is required)",
        ),
        ("$.title", "expected a string, got 1"),
    )


def test_format_version_of_the_wrong_type() -> None:
    """A version that is not an integer is a problem (true is not 1)."""
    assert problems_of(edited(put("$.format_version", value=True))) == (
        ("$.format_version", "expected the format version 1, got true"),
    )


def test_future_format_version_is_refused_clearly() -> None:
    """A newer version is refused before anything else is read."""
    data = edited(put("$.format_version", 2), put("$.title", 1))
    assert problems_of(data) == (
        (
            "$.format_version",
            (
                "expected a format version up to 1, got 2: the data was written by a newer "
                "rightsreport; upgrade to read it"
            ),
        ),
    )


def test_unknown_old_format_version() -> None:
    """A version older than any migration knows is refused."""
    assert problems_of(edited(put("$.format_version", 0))) == (
        ("$.format_version", "expected a format version from 1 to 1, got 0"),
    )


def test_migrations_upgrade_older_versions(
    monkeypatch: pytest.MonkeyPatch, article: Report
) -> None:
    """A registered migration step upgrades an older payload before structuring."""

    def from_zero(data: dict[str, Any]) -> dict[str, Any]:
        data["title"] = data.pop("name")
        return data

    monkeypatch.setitem(MIGRATIONS, 0, from_zero)
    data = golden()
    data["format_version"] = 0
    data["name"] = data.pop("title")
    assert from_dict(data, Report) == article
    data["name"] = 7
    assert problems_of(data) == (("$.title", "expected a string, got 7"),)


# -- JSON text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"id": "r", "kind": }',
            "malformed JSON at line 1, column 21: Expecting value",
        ),
        (
            '{"format_version": 1,\n  "id": "r"\n  "kind": "other"}',
            "malformed JSON at line 3, column 3: Expecting ',' delimiter",
        ),
        ("", "malformed JSON at line 1, column 1: Expecting value"),
        ('{"a": 1} x', "malformed JSON at line 1, column 10: Extra data"),
        (
            b'{"title": "\xff"}',
            "malformed JSON: not UTF-8, UTF-16 or UTF-32 text (at byte 11)",
        ),
        ("[" * 100_000, "expected JSON nested less deeply, got more than fits"),
        (
            "9" * 5000,
            (
                "malformed JSON: Exceeds the limit (4300 digits) for integer string conversion: "
                "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        ),
        (12, "expected JSON text (str or bytes), got a number"),
    ],
    ids=["value", "delimiter", "empty", "extra", "utf-8", "deep", "digits", "not text"],
)
def test_malformed_json(text: Any, message: str) -> None:
    """Malformed JSON raises StructureError, with the line and column when known."""
    with pytest.raises(StructureError) as caught:
        from_json(text, Report)
    assert caught.value.problems == (("$", message),)


def test_json_bytes_in_other_encodings(article: Report) -> None:
    """Bytes may be UTF-8 (with or without BOM), UTF-16 or UTF-32."""
    text = to_json(article)
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        assert from_json(text.encode(encoding), Report) == article
    assert from_json(bytearray(text.encode()), Report) == article


def test_to_json_is_compact_unicode_by_default(article: Report) -> None:
    """No spaces between tokens, non-ASCII as is; indent gives readable text."""
    text = to_json(article)
    assert '", "' not in text
    assert "“committed abuses with impunity”" in text
    assert to_json(article, indent=2).startswith('{\n  "format_version": 1,\n  "id": ')


# -- deep and huge input ------------------------------------------------------------


def _nested_report(depth: int) -> dict[str, Any]:
    report: dict[str, Any] = {"id": "r0", "kind": "other", "title": "t"}
    for level in range(1, depth):
        report = {
            "id": f"r{level}",
            "kind": "other",
            "title": "t",
            "relations": [
                {"kind": "cites", "target_id": report["id"], "report": report}
            ],
        }
    return {"format_version": 1, **report}


def test_deep_but_allowed_nesting_reads() -> None:
    """Relations nested as deep as the limit allows are read."""
    report = from_dict(_nested_report(MAX_DEPTH // 3), Report)
    assert len(list(report.walk())) == MAX_DEPTH // 3


@pytest.mark.parametrize("depth", [MAX_DEPTH, 2000])
def test_too_deep_input_is_refused(depth: int) -> None:
    """Input nested beyond the limit is a StructureError, never a RecursionError."""
    problems = problems_of(_nested_report(depth))
    assert len(problems) == 1
    path, message = problems[0]
    assert path.startswith("$.relations[0].report.relations[0].report")
    assert message == "expected at most 100 levels of nesting, got deeper"
    with pytest.raises(StructureError) as caught:
        from_json(_nested_report_text(depth), Report)
    [(path, message)] = caught.value.problems
    if depth == MAX_DEPTH:
        assert path.startswith("$.relations[0].report.relations[0].report")
        assert message == "expected at most 100 levels of nesting, got deeper"
    else:
        assert (path, message) == (
            "$",
            "expected JSON nested less deeply, got more than fits",
        )


def _nested_report_text(depth: int) -> str:
    """The JSON text of _nested_report(depth), written without recursion."""
    opening = '{"id":"r","kind":"other","title":"t","relations":[{"kind":"cites","target_id":"r","report":'
    inner = '{"id":"r","kind":"other","title":"t"}'
    return (
        '{"format_version":1,'
        + opening[1:]
        + opening * (depth - 2)
        + inner
        + "}]}" * (depth - 1)
    )


def test_fast_path_refuses_what_is_too_deep() -> None:
    """The fast path counts depth exactly as the scan does, containers at depth 101 too."""
    wire = serialise.default_wire()
    level_99 = {"id": "n", "value": 1, "measure": "m"}
    fast_statistic = wire.fast(wire.shape(Statistic))
    assert fast_statistic({"relayed_via": [], **level_99}, 99) == Statistic(
        id="n", value=1, measure="m"
    )
    with pytest.raises(serialise._Reject):
        fast_statistic({"relayed_via": [], **level_99}, 100)
    with pytest.raises(serialise._Reject):
        fast_statistic({"extensions": {"org.x:y": [[1]]}, **level_99}, 98)
    assert fast_statistic({"extensions": {"org.x:y": [1]}, **level_99}, 98).extensions


def test_deep_extension_values_are_refused() -> None:
    """Extension values nest at most as deep as the model allows."""
    value: object = 1
    for _ in range(70):
        value = [value]
    data = {"id": "n", "value": 1, "measure": "m", "extensions": {"org.x:deep": value}}
    [(path, message)] = problems_of(data, Statistic)
    assert path.startswith("$.extensions['org.x:deep'][0][0]")
    assert message == "expected JSON nested at most 64 deep, got deeper"


def test_many_problems_are_all_reported() -> None:
    """Ten thousand bad items give ten thousand problems, not a crash."""
    data = edited(put("$.subject_countries", [0] * 10_000))
    assert len(problems_of(data)) == 10_000


# -- confidential sources ------------------------------------------------------------

INFORMANT = "Sok Secret-Informant"


def _with_confidential_source() -> dict[str, Any]:
    return edited(
        put("$.sources[3].disclosure", "confidential"),
        put("$.sources[3].name", INFORMANT),
    )


def test_messages_withhold_values_when_a_source_is_confidential() -> None:
    """With a confidential source in the input, messages carry paths, not values."""
    data = _with_confidential_source()
    edit_all = [
        put("$.sources[3].aliases", [INFORMANT, 5]),
        put("$.quotes[4].text", 17),
        put("$.quotes[5].attributed_as", "  "),
        put("$.quotes[6].language", 1.5),
        put("$.statistics[0].value", INFORMANT),
        put("$.sources[3].kind", INFORMANT),
        put("$.sources[3].affiliations[0].period", f"{INFORMANT}/2020"),
        put("$.sources[3].extensions", {INFORMANT: 1}),
    ]
    for edit in edit_all:
        edit(data)
    problems = problems_of(data)
    assert problems == (
        ("$.sources[3].kind", f"expected {SOURCE_KINDS}, got a string"),
        ("$.sources[3].affiliations[0].period", serialise._WITHHELD),
        ("$.sources[3].aliases[1]", "expected a string, got a number"),
        ("$.sources[3].extensions['Sok Secret-Informant']", serialise._WITHHELD),
        ("$.quotes[4].text", "expected a string, got a number"),
        ("$.quotes[5].attributed_as", serialise._WITHHELD),
        ("$.quotes[6].language", "expected a string or null, got a number"),
        ("$.statistics[0].value", f"expected {NUMBER}, got a string"),
    )
    with pytest.raises(StructureError) as caught:
        from_dict(data, Report)
    assert "Secret" not in str(caught.value).replace("['Sok Secret-Informant']", "")


@pytest.mark.parametrize(
    "disclosure", ["restricted", "confidential", "CONFIDENTIAL", 3]
)
def test_any_disclosure_but_public_withholds_values(disclosure: object) -> None:
    """Restricted, confidential or unreadable disclosures all withhold values."""
    data = edited(put("$.quotes[2].disclosure", disclosure), put("$.kind", INFORMANT))
    problems = problems_of(data)
    assert ("$.kind", f"expected {REPORT_KINDS}, got a string") in problems
    assert all(INFORMANT not in message for _, message in problems)


def test_public_sources_keep_values_in_messages() -> None:
    """Without a protected source, messages show what came."""
    assert problems_of(edited(put("$.title", 5))) == (
        ("$.title", "expected a string, got 5"),
    )


def _leaf_paths(value: object, path: str = "$") -> list[str]:
    if isinstance(value, dict):
        return [
            p
            for key, item in value.items()
            for p in _leaf_paths(item, f"{path}['{key}']")
        ]
    if isinstance(value, list):
        return [
            p
            for index, item in enumerate(value)
            for p in _leaf_paths(item, f"{path}[{index}]")
        ]
    return [path]


LEAVES = _leaf_paths(golden())


@given(
    st.lists(
        st.tuples(st.sampled_from(LEAVES), st.sampled_from([0, 1, 2, 3])),
        min_size=1,
        max_size=4,
    ),
    st.text(min_size=1, max_size=5),
)
def test_no_message_leaks_a_confidential_value(
    spots: list[tuple[str, int]], noise: str
) -> None:
    """Secrets put anywhere in a payload with a confidential source never show."""
    data = _with_confidential_source()
    secret = f"INFORMANT{noise}"
    for path, form in spots:
        value: object = [
            secret,
            {"text": secret},
            {secret: secret},
            f" {secret}/{secret}",
        ][form]
        put(path, value)(data)
    try:
        from_dict(data, Report)
    except StructureError as error:
        text = "\n".join(message for _, message in error.problems)
        assert "INFORMANT" not in text


# -- nothing but StructureError escapes ------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
TARGETS = [
    Report,
    Source,
    rightsreport.Quote,
    Statistic,
    Breakdown,
    PartialDate,
    Period,
    Extensions,
]


@given(JSON, st.sampled_from(TARGETS))
def test_arbitrary_json_raises_only_structure_error(data: object, cls: type) -> None:
    """Any JSON value gives an object or a StructureError, nothing else."""
    with contextlib.suppress(StructureError):
        from_dict(data, cls)


@given(st.lists(st.tuples(st.sampled_from(LEAVES), JSON), min_size=1, max_size=3))
def test_mutated_reports_raise_only_structure_error(
    changes: list[tuple[str, object]],
) -> None:
    """Any value put anywhere in a report gives a report or a StructureError."""
    data = golden()
    for path, value in changes:
        put(path, value)(data)
    with contextlib.suppress(StructureError):
        from_dict(data, Report)
    with contextlib.suppress(StructureError):
        from_json(json.dumps(data), Report)


@given(st.lists(st.tuples(st.sampled_from(LEAVES), JSON), min_size=1, max_size=3))
def test_fast_path_agrees_with_the_detailed_pass(
    changes: list[tuple[str, object]],
) -> None:
    """The fast path accepts only what the detailed pass accepts, building the same."""
    data = golden()
    for path, value in changes:
        put(path, value)(data)
    wire = serialise.default_wire()
    shape = wire.shape(Report)
    try:
        fast = wire.fast(shape)(data)
    except Exception:  # noqa: BLE001 - any failure sends the input to the detailed pass
        return
    assert wire.detailed(shape)(copy.deepcopy(data)) == fast


# -- converters -------------------------------------------------------------------------


def test_make_converter_returns_a_fresh_converter(article: Report) -> None:
    """Each call builds a new cattrs converter that knows every type."""
    one, two = make_converter(), make_converter()
    assert isinstance(one, cattrs.Converter)
    assert one is not two
    assert one.unstructure(article) == to_dict(article)
    assert one.structure(to_dict(article), Report) == article
    with pytest.raises(StructureError):
        one.structure({"id": 1}, Source)


class _Colour(enum.Enum):
    RED = 1


@pytest.mark.parametrize(
    ("data", "cls", "problem"),
    [
        (123, str, ("$", "expected a string, got 123")),
        (True, int, ("$", "expected an integer, got true")),
        (1, bool, ("$", "expected true or false, got 1")),
        (
            "persn",
            rightsreport.SourceKind,
            ("$", f"expected {SOURCE_KINDS}, got 'persn'"),
        ),
        ("red", _Colour, ("$", "expected one of 1, got 'red'")),
        (True, _Colour, ("$", "expected one of 1, got true")),
    ],
    ids=["str", "int", "bool", "str enum", "enum", "bool for int enum"],
)
def test_converter_is_strict_for_plain_types(
    data: object, cls: type, problem: object
) -> None:
    """The converter's own hooks for plain types and enums are strict too."""
    converter = make_converter()
    with pytest.raises(StructureError) as caught:
        converter.structure(data, cls)
    assert caught.value.problems == (problem,)


def test_converter_writes_enums_as_plain_values() -> None:
    """Unstructuring an enum member gives its value, a plain str or int."""
    converter = make_converter()
    value = converter.unstructure(rightsreport.SourceKind.PERSON)
    assert value == "person"
    assert type(value) is str
    assert converter.unstructure(_Colour.RED) == 1
    assert converter.structure(1, _Colour) is _Colour.RED


def test_changing_a_converter_leaves_the_functions_alone(article: Report) -> None:
    """Hooks registered on a made converter do not reach to_dict and from_dict."""
    converter = make_converter()
    converter.register_unstructure_hook(PartialDate, lambda _: "changed")
    assert converter.unstructure(PartialDate(year=2020)) == "changed"
    assert to_dict(PartialDate(year=2020)) == "2020"
    assert to_dict(article) == make_converter().unstructure(article)


def test_hooks_registered_first_apply_inside_classes() -> None:
    """As with cattrs, a hook registered before a class is used applies inside it."""
    converter = make_converter()
    converter.register_unstructure_hook(PartialDate, lambda date: date.year)
    converter.register_structure_hook(
        PartialDate, lambda value, _: PartialDate(year=value)
    )
    figure = Statistic(id="n", value=1, measure="m", as_of=PartialDate(year=2020))
    data = converter.unstructure(figure)
    assert data["as_of"] == 2020
    assert converter.structure(data, Statistic) == figure
    with pytest.raises(StructureError) as caught:
        converter.structure({**data, "as_of": 0}, Statistic)
    assert caught.value.problems == (
        ("$.as_of", "could not be structured (InvalidFieldError)"),
    )


def test_converter_reads_types_inside_other_classes() -> None:
    """The converter's hooks work for a user's own class holding rightsreport types."""

    converter = make_converter()
    data = {"date": "2020-07", "kinds": ["person"]}
    assert converter.structure(data, _Holder) == _Holder(
        date=PartialDate(year=2020, month=7), kinds=(rightsreport.SourceKind.PERSON,)
    )
    with pytest.raises(StructureError) as caught:
        converter.structure({"date": "2020-13", "kinds": []}, _Holder)
    assert caught.value.problems == (
        ("$.date", "expected a month from 1 to 12, got 13"),
    )


def test_wire_of_refuses_other_converters() -> None:
    """Only converters from make_converter carry a wire description."""
    with pytest.raises(InvalidFieldError):
        wire_of(cattrs.Converter())


@attrs.frozen(kw_only=True)
class _Holder:
    date: PartialDate
    kinds: tuple[rightsreport.SourceKind, ...]


# -- tagged unions (a test-only union; derivations will use the same helper) ------------


@attrs.frozen(kw_only=True)
class Square:
    side: int = attrs.field(validator=check.positive_int())


@attrs.frozen(kw_only=True)
class Circle:
    radius: Number
    label: str | None = None


@attrs.frozen(kw_only=True)
class Drawing:
    shapes: tuple[Square | Circle, ...] = ()
    main: Square | Circle | None = None


@pytest.fixture
def drawing_converter() -> cattrs.Converter:
    """A converter that knows the Square | Circle union, tagged by 'type'."""
    converter = make_converter()
    register_tagged_union(converter, Square | Circle, tag_key="type")
    return converter


def test_tagged_union_round_trips(drawing_converter: cattrs.Converter) -> None:
    """Members are written with their tag first and read back by it."""
    drawing = Drawing(
        shapes=(Square(side=2), Circle(radius=Decimal("1.5"), label="c")),
        main=Square(side=1),
    )
    data = drawing_converter.unstructure(drawing)
    assert data == {
        "shapes": [
            {"type": "square", "side": 2},
            {"type": "circle", "radius": "1.5", "label": "c"},
        ],
        "main": {"type": "square", "side": 1},
    }
    assert drawing_converter.structure(data, Drawing) == drawing
    union: Any = Square | Circle
    assert drawing_converter.structure(
        {"type": "circle", "radius": 3}, union
    ) == Circle(radius=3)


@pytest.mark.parametrize(
    ("shapes", "expected"),
    [
        (
            [{"type": "triangle", "side": 1}],
            [("$.shapes[0].type", "expected 'square' or 'circle', got 'triangle'")],
        ),
        (
            [{"side": 1}],
            [
                (
                    "$.shapes[0].type",
                    "expected 'square' or 'circle', got nothing (the field is required)",
                )
            ],
        ),
        (
            [{"type": "square", "side": 1, "radius": 2}],
            [
                (
                    "$.shapes[0].radius",
                    "unexpected key: Square has no field of that name",
                )
            ],
        ),
        (
            [{"type": "square", "side": 0}],
            [("$.shapes[0].side", "expected a positive int, got 0")],
        ),
        (
            [{"type": "circle"}],
            [
                (
                    "$.shapes[0].radius",
                    f"expected {NUMBER}, got nothing (the field is required)",
                )
            ],
        ),
        (
            ["square"],
            [
                (
                    "$.shapes[0]",
                    "expected an object whose 'type' is 'square' or 'circle', got 'square'",
                )
            ],
        ),
        (
            [{"type": ["square"], "side": 1}],
            [("$.shapes[0].type", "expected 'square' or 'circle', got an array")],
        ),
    ],
    ids=[
        "unknown tag",
        "missing tag",
        "extra key",
        "bad field",
        "missing field",
        "not an object",
        "unhashable tag",
    ],
)
def test_tagged_union_problems(
    drawing_converter: cattrs.Converter,
    shapes: list[object],
    expected: list[tuple[str, str]],
) -> None:
    """Tag problems are reported at the tag's path; member problems at theirs."""
    with pytest.raises(StructureError) as caught:
        drawing_converter.structure({"shapes": shapes}, Drawing)
    assert list(caught.value.problems) == expected


def test_model_unions_are_on_every_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    """A union listed in MODEL_UNIONS is known to each converter made afterwards."""
    monkeypatch.setattr(serialise, "MODEL_UNIONS", [(Square | Circle, "shape", None)])
    converter = make_converter()
    assert converter.unstructure(Drawing(main=Circle(radius=1))) == {
        "main": {"shape": "circle", "radius": 1}
    }


def test_tagged_union_takes_explicit_tags() -> None:
    """Tags may be given per class; the tag key may be any key that is not a field."""
    converter = make_converter()
    union = register_tagged_union(
        converter, Square | Circle, tag_key="kind", tags={Square: "sq"}, name="Shape"
    )
    assert union.tags == {Square: "sq", Circle: "circle"}
    assert converter.unstructure(Drawing(main=Square(side=3))) == {
        "main": {"kind": "sq", "side": 3}
    }


@pytest.mark.parametrize(
    ("union", "options", "message"),
    [
        (Square, {}, "'union' must be a union of two or more attrs classes"),
        (int | str, {}, "'union' must be a union of two or more attrs classes"),
        (
            Square | Circle,
            {"tag_key": "label"},
            "'tag_key' must be a key that is not a field of Circle",
        ),
        (
            Square | Circle,
            {"tags": {Square: "x", Circle: "x"}},
            "'tags' must be a different tag for each member",
        ),
    ],
    ids=["one class", "not attrs", "tag is a field", "same tag"],
)
def test_tagged_union_refuses_bad_definitions(
    union: object, options: dict[str, Any], message: str
) -> None:
    """A union that could not be read back unambiguously is refused up front."""
    with pytest.raises(InvalidFieldError, match=re.escape(message)):
        register_tagged_union(make_converter(), union, **options)


def test_unregistered_union_has_no_wire_form() -> None:
    """A union of classes nobody registered is not guessed at."""
    assert not wire_of(make_converter()).handles(Drawing)
    wire = serialise.Wire()
    with pytest.raises(TypeError, match="no wire form"):
        wire.shape(Square | Circle)


def test_shapes_describe_themselves() -> None:
    """Shape descriptions read as the messages use them."""
    wire = serialise.Wire()
    assert wire.shape(tuple[Source, ...]).describe() == "an array of Source objects"
    assert (
        wire.shape(tuple[Disclosure, ...]).describe() == "an array of Disclosure values"
    )
    assert wire.shape(tuple[PartialDate, ...]).describe() == "an array of EDTF dates"
    assert wire.shape(tuple[tuple[int, ...], ...]).describe() == (
        "an array of items that are each an array of integers"
    )
    assert wire.shape(bool).describe() == "true or false"
    assert Shape("optional", Shape("int")).describe() == "an integer or null"


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([[1]], [("$.spans[0]", "expected an array of 2 integers, got an array")]),
        (
            [[1, 2, 3]],
            [("$.spans[0]", "expected an array of 2 integers, got an array")],
        ),
        (
            [[1, "a"], 3],
            [
                ("$.spans[0][1]", "expected an integer, got 'a'"),
                ("$.spans[1]", "expected an array of 2 integers, got 3"),
            ],
        ),
    ],
    ids=["short", "long", "items"],
)
def test_fixed_length_arrays(spans: object, expected: list[tuple[str, str]]) -> None:
    """Fixed-length tuples (a text anchor's spans) are arrays of exactly that length."""
    data = {"start": 0, "end": 9, "exact": "x", "spans": spans}
    assert list(problems_of(data, rightsreport.TextAnchor)) == expected


def test_fixed_length_arrays_of_mixed_items() -> None:
    """A fixed tuple of different types says what each item must be."""
    shape = serialise.Wire().shape(tuple[int, str])
    assert shape.describe() == "an array of 2 items (an integer; a string)"
    converter = make_converter()
    assert converter.structure([1, "a"], tuple[int, str]) == (1, "a")
    assert converter.unstructure((1, "a"), tuple[int, str]) == [1, "a"]


def test_bools_are_strict() -> None:
    """A bool field accepts only true and false."""
    converter = make_converter()
    assert converter.structure({"flag": True}, _Flag) == _Flag(flag=True)
    with pytest.raises(StructureError) as caught:
        converter.structure({"flag": 1}, _Flag)
    assert caught.value.problems == (("$.flag", "expected true or false, got 1"),)
    assert converter.unstructure(_Flag(flag=False)) == {"flag": False}


@attrs.frozen(kw_only=True)
class _Flag:
    flag: bool


# -- classes with unusual features: the same machinery serves users' own classes ---------


def _upper(name: str, value: object) -> None:
    if not isinstance(value, str) or value != value.upper():
        raise InvalidFieldError(name, "upper-case text", repr(value))


@attrs.frozen(kw_only=True, slots=False)
class _Loose:
    """Not slotted, with an attrs validator, a check of its own and a null default."""

    flag: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    count: int = attrs.field(default=0, validator=check.instance_of(int, "an int"))
    level: int | None = attrs.field(
        default=None, validator=check.optional(check.instance_of(int, "an int"))
    )
    maybe: int | None = 5
    tags: tuple[str, ...] = attrs.field(
        default=(), validator=check.tuple_each(_upper, "upper-case text")
    )


@attrs.frozen(kw_only=True)
class _Converted:
    """A field with a converter: built through __init__."""

    count: int = attrs.field(converter=int)


@attrs.frozen(kw_only=True)
class _PreInit:
    """A pre-init hook: built through __init__."""

    name: str

    def __attrs_pre_init__(self) -> None:
        """Nothing to do; its presence is the point."""


@attrs.frozen(kw_only=True)
class _Blank:
    """No fields at all."""


@attrs.frozen
class _Refusing:
    """A post-init check that raises something other than InvalidFieldError."""

    value: int

    def __attrs_post_init__(self) -> None:
        if self.value == 13:
            raise ValueError(self.value)
        if self.value == 7:
            raise InvalidFieldError("luck", "no sevens", "7")


@attrs.frozen(kw_only=True)
class _Notes:
    data: FrozenJSONObject


@attrs.frozen(kw_only=True)
class _Canvas:
    items: tuple[Square | _Blank, ...]


@pytest.mark.parametrize(
    "value",
    [
        _Loose(flag=True),
        _Loose(flag=False, count=3, level=2, maybe=None, tags=("A", "B")),
        _Converted(count=3),
        _PreInit(name="x"),
        _Blank(),
        _Refusing(1),
        _Notes(data=FrozenJSONObject({"a": [1, {"b": None}]})),
    ],
    ids=repr,
)
def test_users_classes_round_trip(value: object) -> None:
    """Classes built with other attrs features round-trip and write canonical text."""
    data = to_dict(value)
    assert from_dict(data, type(value)) == value
    assert to_json(value) == encoded(data)
    assert from_json(to_json(value), type(value)) == value


def test_null_is_written_when_it_is_not_the_default() -> None:
    """None where the default is something else is written as null, and read back."""
    assert (
        to_json(_Loose(flag=True, maybe=None)) == '{"flag":true,"count":0,"maybe":null}'
    )
    assert from_dict({"flag": True}, _Loose).maybe == 5


@pytest.mark.parametrize(
    ("cls", "data", "problems"),
    [
        (_Loose, {"flag": 1}, [("$.flag", "expected true or false, got 1")]),
        (
            _Loose,
            {"flag": True, "count": True},
            [("$.count", "expected an integer, got true")],
        ),
        (
            _Loose,
            {"flag": True, "tags": ["A", "b", "C", "d"]},
            [
                ("$.tags[1]", "expected upper-case text, got 'b'"),
                ("$.tags[3]", "expected upper-case text, got 'd'"),
            ],
        ),
        (_Converted, {"count": "3"}, [("$.count", "expected an integer, got '3'")]),
        (
            _PreInit,
            {},
            [("$.name", "expected a string, got nothing (the field is required)")],
        ),
        (
            _Blank,
            {"x": 1},
            [("$.x", "unexpected key: _Blank has no field of that name")],
        ),
        (_Refusing, {"value": 13}, [("$", "could not be structured (ValueError)")]),
        (_Refusing, {"value": 7}, [("$", "expected no sevens, got 7")]),
        (_Notes, {"data": [1]}, [("$.data", "expected an object, got an array")]),
    ],
)
def test_users_classes_are_read_strictly(
    cls: type, data: object, problems: list[tuple[str, str]]
) -> None:
    """The same strict reading, with the same paths and messages."""
    assert list(problems_of(data, cls)) == problems


def test_objects_deep_inside_count_towards_the_depth() -> None:
    """A JSON object field deep in the input is refused past the depth limit."""
    wire = serialise.default_wire()
    fast = wire.fast(wire.shape(_Notes))
    deep: object = 1
    for _ in range(10):
        deep = [deep]
    assert fast({"data": {"a": deep}}, 89).data.to_json_data() == {"a": deep}
    with pytest.raises(serialise._Reject):
        fast({"data": {"a": deep}}, 90)
    with pytest.raises(serialise._Reject):
        fast({"data": [1]}, 1)


def test_writer_of_a_tagged_union() -> None:
    """Tagged unions write the same text as encoding their dicts, empty members too."""
    converter = make_converter()
    register_tagged_union(converter, Square | _Blank, tags={_Blank: "blank"})
    canvas = _Canvas(items=(Square(side=1), _Blank()))
    data = converter.unstructure(canvas)
    assert data == {"items": [{"type": "square", "side": 1}, {"type": "blank"}]}
    assert wire_of(converter).writer(_Canvas)(canvas) == encoded(data)
    assert converter.structure(data, _Canvas) == canvas


def test_writer_uses_hooks_registered_first() -> None:
    """A hook registered before first use shapes the text as it shapes the dicts."""
    converter = make_converter()
    converter.register_unstructure_hook(PartialDate, lambda date: date.year)
    figure = Statistic(id="n", value=1, measure="m", as_of=PartialDate(year=2020))
    assert wire_of(converter).writer(Statistic)(figure) == encoded(
        converter.unstructure(figure)
    )


def test_union_problems_name_the_union() -> None:
    """An error reading a union itself names the union."""
    converter = make_converter()
    register_tagged_union(converter, Square | Circle, name="Shape")
    union: Any = Square | Circle
    with pytest.raises(StructureError) as caught:
        converter.structure({"type": "hexagon"}, union)
    assert str(caught.value).startswith("1 problem in the Shape:")


def test_decimal_beyond_range() -> None:
    """A decimal string whose exponent is out of any range is a problem, not a crash."""
    data = {"id": "n", "value": "1e999999999999999999999", "measure": "m"}
    assert problems_of(data, Statistic) == (
        (
            "$.value",
            "expected a decimal number within range, got '1e999999999999999999999'",
        ),
    )


def test_valid_parts_next_to_invalid_ones() -> None:
    """Valid extensions and spans beside a problem are read without complaint."""
    source = {
        "id": "s",
        "kind": "persn",
        "identification": "named",
        "extensions": {"org.x:y": [1]},
    }
    assert problems_of(source, Source) == (
        ("$.kind", f"expected {SOURCE_KINDS}, got 'persn'"),
    )
    anchor = {"start": 0, "end": 1, "exact": 5, "spans": [[0, 1]]}
    assert problems_of(anchor, rightsreport.TextAnchor) == (
        ("$.exact", "expected a string, got 5"),
    )


def test_python_objects_are_named_by_type() -> None:
    """A non-JSON Python value in a dict is described by its type."""
    assert problems_of(
        {"label": Decimal(1), "value": 1}, rightsreport.BreakdownPart
    ) == (("$.label", "expected a string, got a Decimal"),)


def test_stack_exhaustion_in_the_detailed_pass() -> None:
    """Even when the stack runs out below the depth limit, only StructureError escapes."""
    data = _nested_report(25)
    data["title"] = 5
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 60)
    try:
        with pytest.raises(StructureError) as caught:
            from_dict(data, Report)
    finally:
        sys.setrecursionlimit(old)
    problems = caught.value.problems
    assert ("$.title", "expected a string, got 5") in problems
    assert problems[-1][1] == "expected less deeply nested input, got more than fits"


def test_first_use_from_many_threads(article: Report) -> None:
    """Code generated on first use is complete before any thread can call it."""
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    converter = make_converter()
    data = to_dict(article)

    def use(_: int) -> bool:
        return (
            converter.structure(data, Report) == article
            and converter.unstructure(article) == data
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(use, range(16)))


def test_remembered_text_is_worked_out_once_per_value() -> None:
    """A remembered writer calls the real one once per value it is given."""
    calls: list[PartialDate] = []

    def write(date: PartialDate) -> str:
        calls.append(date)
        return serialise.date_text(date)

    remembered = serialise._TextMemory(write).text
    date = PartialDate(year=2020, month=7)
    assert [remembered(date), remembered(date)] == ["2020-07", "2020-07"]
    assert calls == [date]


def test_remembered_values_are_kept_alive_so_their_ids_stay_theirs() -> None:
    """An id is only ever looked up for the live object it was remembered for."""
    remembered = serialise._TextMemory(serialise.date_text).text
    date = PartialDate(year=1999)
    alive = weakref.ref(date)
    assert remembered(date) == "1999"
    del date
    kept = alive()
    assert kept is not None
    assert remembered(PartialDate(year=2001)) == "2001"
    assert remembered(kept) == "1999"


def test_remembered_texts_are_forgotten_past_the_limit() -> None:
    """When full, the memory starts again: the first value is written anew."""
    calls: list[int] = []

    def write(number: int) -> str:
        calls.append(number)
        return str(number)

    remembered = serialise._TextMemory(write).text
    values = [10**30 + n for n in range(serialise._REMEMBERED + 1)]
    for value in values:
        remembered(value)
    remembered(values[0])
    assert len(calls) == serialise._REMEMBERED + 2
    assert calls[-1] == values[0]


# -- decoding with msgspec (the "fast" extra) ----------------------------------------


@contextlib.contextmanager
def _ordinary_decoding() -> Iterator[None]:
    """Decode JSON text with the standard library, as without the fast extra."""
    saved = serialise.ACCELERATED
    serialise.ACCELERATED = False
    try:
        yield
    finally:
        serialise.ACCELERATED = saved


def _outcome(text: str | bytes, cls: type) -> object:
    """What from_json gives: the value, or the problems of its StructureError."""
    try:
        return from_json(text, cls)
    except StructureError as error:
        return error.problems


def _check_decoders_agree(text: str | bytes, cls: type, *, valid: bool = False) -> None:
    """msgspec's decoder accepts only what the ordinary path accepts, equal; and
    from_json answers the same with it as without it. A *valid* text must be
    decoded by msgspec's path itself, not handed on."""
    with _ordinary_decoding():
        ordinary = _outcome(text, cls)
    assert _outcome(text, cls) == ordinary
    wire = serialise.default_wire()
    decode = wire.decoder(wire.shape(cls))
    assert decode is not None
    try:
        decoded = decode(text)
    except Exception:  # noqa: BLE001 - any refusal hands the text to the ordinary path
        assert not valid
        return
    assert decoded == ordinary
    assert type(decoded) is type(ordinary)


def test_the_tests_decode_with_msgspec() -> None:
    """The test environment has the fast extra, so the tests run msgspec's path."""
    wire = serialise.default_wire()
    assert serialise.ACCELERATED
    assert wire.decoder(wire.shape(Report)) is not None
    assert wire.decoder(wire.shape(Source)) is wire.decoder(wire.shape(Source))


def test_only_objects_decode_with_msgspec() -> None:
    """Dates, periods and extensions on their own decode the ordinary way."""
    wire = serialise.default_wire()
    for cls in (PartialDate, Period, Extensions):
        assert wire.decoder(wire.shape(cls)) is None
    assert from_json('"2020-07"', PartialDate) == PartialDate(year=2020, month=7)


def test_users_hooks_are_never_bypassed_by_msgspec() -> None:
    """A converter with a user's hook for a type inside a class has no decoder."""
    converter = make_converter()
    converter.register_structure_hook(
        PartialDate, lambda value, _: PartialDate(year=value)
    )
    wire = wire_of(converter)
    assert wire.decoder(wire.shape(Statistic)) is None
    assert wire.decoder(wire.shape(rightsreport.Identifier)) is not None


def test_the_worked_example_decodes_the_same_either_way(article: Report) -> None:
    """The golden file, carried State Department report included, decodes equal."""
    text = GOLDEN.read_text(encoding="utf-8")
    _check_decoders_agree(text, Report, valid=True)
    _check_decoders_agree(text.encode("utf-8"), Report, valid=True)
    assert from_json(text, Report) == article


def _nested(levels: int) -> str:
    """A report carrying a report carrying a report ... *levels* deep."""
    report: dict[str, Any] = {"id": "r0", "kind": "other", "title": "T"}
    for level in range(1, levels):
        report = {
            "id": f"r{level}",
            "kind": "other",
            "title": "T",
            "relations": [{"kind": "about", "target_id": "x", "report": report}],
        }
    return json.dumps({"format_version": 1, **report})


GOLDEN_TEXT = json.dumps(golden())
EDGE_TEXTS = [
    pytest.param("\ufeff" + GOLDEN_TEXT, id="byte-order mark"),
    pytest.param(("\ufeff" + GOLDEN_TEXT).encode("utf-8"), id="UTF-8 BOM bytes"),
    pytest.param(GOLDEN_TEXT.encode("utf-16"), id="UTF-16 bytes"),
    pytest.param(
        GOLDEN_TEXT.replace('"format_version": 1', '"format_version": 1.0'),
        id="float version",
    ),
    pytest.param(
        GOLDEN_TEXT.replace('"format_version": 1', '"format_version": true'),
        id="bool version",
    ),
    pytest.param(GOLDEN_TEXT.replace('"format_version": 1, ', ""), id="no version"),
    pytest.param(
        GOLDEN_TEXT.replace('"page_count": 35', f'"page_count": {2**70}'),
        id="huge integer",
    ),
    pytest.param(
        GOLDEN_TEXT.replace('"page_count": 35', '"page_count": 35.0'),
        id="integral float",
    ),
    pytest.param(
        GOLDEN_TEXT.replace('"id": ', '"id": "dup", "id": ', 1), id="duplicate key"
    ),
    pytest.param(
        GOLDEN_TEXT.replace('"title": "', '"title": "\\ud800', 1), id="lone surrogate"
    ),
    pytest.param(GOLDEN_TEXT[:-1] + ', "extensions": {"org.x:n": NaN}}', id="NaN"),
    pytest.param(
        GOLDEN_TEXT[:-1] + ', "extensions": {"org.x:n": 1e400}}', id="overflowing float"
    ),
    pytest.param(
        GOLDEN_TEXT[:-1] + ', "extensions": {"org.x:n": [1, {"a": null}]}}',
        id="extensions",
    ),
    pytest.param(GOLDEN_TEXT[:-1] + ', "extensions": {}}', id="empty extensions"),
    pytest.param(GOLDEN_TEXT[:-1] + ', "unknown": 1}', id="unknown key"),
    pytest.param(GOLDEN_TEXT[:-1] + " x", id="malformed"),
    pytest.param(_nested(30), id="30 levels of reports"),
    pytest.param(_nested(40), id="40 levels of reports"),
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_edge_cases_decode_the_same_either_way(text: str | bytes) -> None:
    """Texts where JSON parsers differ give the same answer with msgspec or not."""
    _check_decoders_agree(text, Report)


@settings(max_examples=25)
@given(strategies.reports())
def test_generated_reports_decode_the_same_either_way(report: Report) -> None:
    """Any report's JSON text, extensions and all, is decoded by msgspec's path."""
    _check_decoders_agree(to_json(report), Report, valid=True)


@given(st.lists(st.tuples(st.sampled_from(LEAVES), JSON), min_size=1, max_size=3))
def test_mutated_reports_decode_the_same_either_way(
    changes: list[tuple[str, object]],
) -> None:
    """Any value put anywhere in a report gets the same answer by either path."""
    data = golden()
    for path, value in changes:
        put(path, value)(data)
    _check_decoders_agree(json.dumps(data), Report)


@given(JSON, st.sampled_from([Source, rightsreport.Quote, Statistic, Breakdown]))
def test_arbitrary_json_decodes_the_same_either_way(data: object, cls: type) -> None:
    """Any JSON value as any class gets the same answer by either path."""
    _check_decoders_agree(json.dumps(data), cls)


def test_without_msgspec_json_is_the_same() -> None:
    """Without the fast extra installed, from_json and to_json work as ever."""
    code = (
        "import sys; sys.modules['msgspec'] = None\n"
        "import rightsreport as rr\n"
        "from rightsreport import _serialise\n"
        "from rightsreport.examples import cambodia_2020\n"
        "assert not _serialise.ACCELERATED\n"
        "report = cambodia_2020()\n"
        "assert rr.from_json(rr.to_json(report), rr.Report) == report\n"
        "assert rr.to_json(report) == _serialise.default_wire().writer(rr.Report)("
        "report)\n"
        "print('decoded')\n"
    )
    run = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, "decoded\n", "")


@attrs.frozen(kw_only=True)
class _Paint:
    colour: _Colour
    name: str | None = None


def test_int_valued_enums_decode_the_ordinary_way() -> None:
    """msgspec would take 1.0 for an int enum's 1; such classes have no decoder."""
    wire = wire_of(make_converter())
    assert wire.decoder(wire.shape(_Paint)) is None
    assert wire.decoder(wire.shape(Source)) is not None


def test_users_tagged_unions_decode_through_msgspec(
    drawing_converter: cattrs.Converter,
) -> None:
    """A user's class with a tagged union gets a decoder that builds the same."""
    drawing = Drawing(
        shapes=(Square(side=2), Circle(radius=Decimal("1.5"), label="c")),
        main=Circle(radius=1),
    )
    text = json.dumps(drawing_converter.unstructure(drawing))
    wire = wire_of(drawing_converter)
    decode = wire.decoder(wire.shape(Drawing))
    assert decode is not None
    assert decode(text) == drawing
    with pytest.raises(msgspec.ValidationError):
        decode(text.replace('"circle"', '"oval"', 1))


def _even(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if value % 2:
        raise InvalidFieldError(attribute.name, "an even number", str(value))


@attrs.frozen(kw_only=True)
class _Pair:
    count: int | None = attrs.field(default=None, validator=check.optional(_even))


def test_users_optional_validators_run_on_the_fast_path() -> None:
    """A user's own validator inside optional() runs, on either decoding path."""
    converter = make_converter()
    wire = wire_of(converter)
    assert converter.structure({"count": 2}, _Pair) == _Pair(count=2)
    assert converter.structure({}, _Pair) == _Pair()
    with pytest.raises(StructureError):
        converter.structure({"count": 3}, _Pair)
    decode = wire.decoder(wire.shape(_Pair))
    assert decode is not None
    assert decode('{"count": 4}') == _Pair(count=4)
    with pytest.raises(InvalidFieldError):
        decode('{"count": 5}')


def _check_encoders_agree(value: object) -> None:
    """msgspec's encoder writes exactly the writer's text, or refuses."""
    wire = serialise.default_wire()
    written = wire.writer(type(value))(value)
    encode = wire.encoder(type(value))
    if encode is not None:
        assert encode(value) == written
    assert to_json(value) == written
    with _ordinary_decoding():
        assert to_json(value) == written


@pytest.mark.parametrize("name", sorted(ROUND_TRIP))
def test_every_type_is_written_the_same_either_way(name: str) -> None:
    """For every public type, msgspec's text is the writer's, byte for byte."""
    given(ROUND_TRIP[name])(_check_encoders_agree)()


@settings(max_examples=25)
@given(strategies.reports())
def test_generated_reports_are_written_the_same_either_way(report: Report) -> None:
    """Any report, carried reports included, is written the same by either path."""
    _check_encoders_agree(report)


def test_objects_are_written_by_msgspec_and_the_rest_by_the_writer(
    article: Report,
) -> None:
    """Classes with fields have a msgspec encoder; dates and enums do not."""
    wire = serialise.default_wire()
    assert wire.encoder(Report) is not None
    assert wire.encoder(Statistic) is wire.encoder(Statistic)
    for cls in (PartialDate, Period, Extensions, rightsreport.SourceKind):
        assert wire.encoder(cls) is None
    _check_encoders_agree(article)


def test_a_union_member_carries_its_tag_only_inside_the_union() -> None:
    """A derivation alone is written without its tag, as the writer does."""
    share = ShareOf(whole_id="total", percent=Decimal("12.5"))
    figure = Statistic(id="part", value=10, measure="m", derivation=share)
    assert to_json(share) == '{"whole_id":"total","percent":"12.5"}'
    assert to_json(figure).endswith(
        '"derivation":{"type":"share_of","whole_id":"total","percent":"12.5"}}'
    )
    _check_encoders_agree(share)
    _check_encoders_agree(figure)


def test_text_msgspec_cannot_write_falls_back_to_the_writer() -> None:
    """A lone surrogate, which UTF-8 cannot hold, is written as json writes it."""
    source = Source(
        id="s",
        kind=rightsreport.SourceKind.PERSON,
        identification=rightsreport.IdentificationLevel.NAMED,
        name="Sok \ud800",
    )
    encode = serialise.default_wire().encoder(Source)
    assert encode is not None
    with pytest.raises(UnicodeEncodeError):
        encode(source)
    assert to_json(source) == encoded(to_dict(source))
    assert '"name":"Sok \ud800"' in to_json(source)


def test_extensions_are_written_as_the_writer_writes_them() -> None:
    """Floats and nested values in extensions keep the json module's spelling."""
    figure = Statistic(
        id="n",
        value=1,
        measure="m",
        extensions={"org.example:score": 1e16, "org.example:list": [0.1, {"b": None}]},
    )
    _check_encoders_agree(figure)
    assert to_json(figure).endswith(
        '"extensions":{"org.example:list":[0.1,{"b":null}],"org.example:score":1e+16}}'
    )


def test_users_unstructure_hooks_are_never_bypassed_by_msgspec() -> None:
    """A converter with a user's hook for a type inside a class has no encoder."""
    converter = make_converter()
    converter.register_unstructure_hook(PartialDate, lambda date: date.year)
    wire = wire_of(converter)
    assert wire.encoder(Statistic) is None
    assert wire.encoder(rightsreport.Identifier) is not None
    assert wire_of(make_converter()).encoder(_Paint) is None


def test_a_refused_mirror_leaves_nothing_half_made() -> None:
    """After a class is refused for a user's hook, others still get whole mirrors."""
    converter = make_converter()
    converter.register_unstructure_hook(PartialDate, lambda date: date.year)
    converter.register_structure_hook(
        PartialDate, lambda value, _: PartialDate(year=value)
    )
    wire = wire_of(converter)
    assert wire.encoder(Statistic) is None
    assert wire.decoder(wire.shape(Statistic)) is None
    part = rightsreport.BreakdownPart(label="women", value=3)
    breakdown = Breakdown(
        parts=(part,), completeness=rightsreport.BreakdownCompleteness.PARTIAL
    )
    encode = wire.encoder(Breakdown)
    decode = wire.decoder(wire.shape(Breakdown))
    assert encode is not None
    assert decode is not None
    assert decode(encode(breakdown)) == breakdown


def test_extensions_are_read_on_msgspec_s_path() -> None:
    """A report with extensions, nested ones too, is decoded by msgspec's path."""
    data = golden()
    data["extensions"] = {"org.example:reviewer": {"name": "A", "checked": [1, 2.5]}}
    data["sources"][0]["extensions"] = {}
    _check_decoders_agree(json.dumps(data), Report, valid=True)
    report = from_json(json.dumps(data), Report)
    assert to_dict(report)["extensions"] == data["extensions"]


def test_a_users_hook_is_not_taken_for_the_shape_it_replaces() -> None:
    """With a hook for bool or Report, the model's own checks of the result run."""
    converter = make_converter()
    converter.register_structure_hook(bool, lambda value, _: value)
    with pytest.raises(StructureError):
        converter.structure(
            {"id": "s", "value": 1, "measure": "m", "baseline": "yes"}, Statistic
        )
    converter = make_converter()
    converter.register_structure_hook(Report, lambda value, _: value)
    with pytest.raises(StructureError):
        converter.structure(
            {"kind": "about", "target_id": "r2", "report": {"id": "r2"}},
            rightsreport.Relation,
        )


def _check_optional_number(
    _: object, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    """A user's validator that shares a name with one of the model's."""
    if value is not None and value > 100:
        raise InvalidFieldError(attribute.name, "at most 100", str(value))


@attrs.frozen(kw_only=True)
class _Share:
    percent: int | None = attrs.field(default=None, validator=_check_optional_number)


def test_a_users_validator_is_never_taken_for_the_models_by_its_name() -> None:
    """Validators the wire shape implies are known by identity, not by name."""
    converter = make_converter()
    assert converter.structure({"percent": 50}, _Share) == _Share(percent=50)
    with pytest.raises(StructureError):
        converter.structure({"percent": 150}, _Share)
    decode = wire_of(converter).decoder(wire_of(converter).shape(_Share))
    assert decode is not None
    with pytest.raises(InvalidFieldError):
        decode('{"percent": 150}')


@attrs.frozen(kw_only=True)
class _Node:
    name: str
    children: tuple[_Node, ...] = ()


def test_classes_that_hold_themselves_are_written_by_msgspec() -> None:
    """A user's class holding itself gets an encoder that calls itself."""
    converter = make_converter()
    wire = wire_of(converter)
    tree = _Node(name="a", children=(_Node(name="b", children=(_Node(name="c"),)),))
    encode = wire.encoder(_Node)
    assert encode is not None
    text = '{"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]}'
    assert encode(tree) == wire.writer(_Node)(tree) == text


class _Nothing(enum.Enum):
    """An enum without members, which msgspec cannot decode into."""


@attrs.frozen(kw_only=True)
class _Box:
    nothing: _Nothing | None = None
    count: int = 0


def test_a_type_msgspec_refuses_leaves_decoding_to_the_ordinary_path() -> None:
    """msgspec refusing a class when making its decoder is no error of ours."""
    wire = wire_of(make_converter())
    assert wire.decoder(wire.shape(_Box)) is None
    assert wire.decoder(wire.shape(_Paint)) is None  # a half-made mirror is not kept
    assert make_converter().structure({"count": 1}, _Box) == _Box(count=1)


class _Lenient(enum.Enum):
    """An enum that finds its members for other spellings of their values."""

    RED = "red"

    @classmethod
    def _missing_(cls, value: object) -> _Lenient | None:
        return cls.RED if str(value).lower() == "red" else None


@attrs.frozen(kw_only=True)
class _Swatch:
    colour: _Lenient


def test_enums_with_missing_hooks_are_not_read_by_msgspec() -> None:
    """msgspec would call _missing_; the fast path reads values exactly."""
    converter = make_converter()
    wire = wire_of(converter)
    assert wire.decoder(wire.shape(_Swatch)) is None
    with pytest.raises(StructureError):
        converter.structure({"colour": "RED"}, _Swatch)


@attrs.frozen(kw_only=True)
class _Holder2:
    first: Square | Circle
    second: Square | Drawing


def test_a_class_in_two_unions_carries_each_unions_tag(
    drawing_converter: cattrs.Converter,
) -> None:
    """Mirrors are made per union: each member carries its own union's tag key."""
    register_tagged_union(drawing_converter, Square | Drawing, tag_key="kind")
    wire = wire_of(drawing_converter)
    holder = _Holder2(first=Square(side=1), second=Square(side=2))
    written = wire.writer(_Holder2)(holder)
    assert (
        written
        == '{"first":{"type":"square","side":1},"second":{"kind":"square","side":2}}'
    )
    encode = wire.encoder(_Holder2)
    decode = wire.decoder(wire.shape(_Holder2))
    assert encode is not None
    assert decode is not None
    assert encode(holder) == written
    assert decode(written) == holder


@attrs.frozen(kw_only=True)
class _Span:
    ends: tuple[PartialDate, PartialDate]


def test_fixed_arrays_of_objects_are_written_by_the_writer() -> None:
    """Only fixed arrays of plain values go to msgspec as they are."""
    wire = wire_of(make_converter())
    span = _Span(ends=(PartialDate(year=2019), PartialDate(year=2020, month=3)))
    assert wire.encoder(_Span) is None
    assert wire.writer(_Span)(span) == '{"ends":["2019","2020-03"]}'
