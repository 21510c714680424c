"""The JSON Schema: valid draft 2020-12, generated, and in step with the library."""

from __future__ import annotations

import enum
import json
import re
import sys
from pathlib import Path
from typing import Any, cast

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rightsreport
from rightsreport import (
    InvalidFieldError,
    PartialDate,
    Report,
    json_schema,
    make_converter,
    to_dict,
)
from rightsreport import _checks as check
from rightsreport import testing as strategies
from rightsreport._schema import DRAFT, NON_BLANK, build_schema, field_constraints
from rightsreport._serialise import default_wire, register_tagged_union, wire_of

ROOT = Path(__file__).resolve().parent.parent
EXPORTED = ROOT / "docs" / "_static" / "report.schema.json"

#: The validation pass's machinery (its options, rule registry entries and result
#: wrapper): public classes, but not data that travels on the wire.
MACHINERY = {"Rule", "ValidationOptions", "ValidationResult"}

PUBLIC_TYPES = [
    obj
    for name in rightsreport.__all__
    if isinstance(obj := getattr(rightsreport, name), type)
    and not issubclass(obj, Exception)
    and name not in MACHINERY
]


def validator(cls: type) -> jsonschema.Draft202012Validator:
    """A validator for *cls*'s schema."""
    return jsonschema.Draft202012Validator(json_schema(cls))


@pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda cls: cls.__name__)
def test_schema_is_valid_draft_2020_12(cls: type) -> None:
    """Every public type's schema is itself a valid draft 2020-12 schema."""
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DRAFT
    assert schema["$id"] == f"urn:rightsreport:format:1:{cls.__name__}"
    assert schema["title"] == cls.__name__


def test_report_schema_in_the_docs_is_current() -> None:
    """docs/_static/report.schema.json is exactly what json_schema(Report) gives.

    Regenerate it with::

        python -c "import json, rightsreport as r; print(json.dumps(r.json_schema(r.Report), indent=2, ensure_ascii=False))" > docs/_static/report.schema.json
    """
    expected = json.dumps(json_schema(Report), indent=2, ensure_ascii=False) + "\n"
    assert EXPORTED.read_text(encoding="utf-8") == expected


def test_schema_accepts_the_worked_example(article: Report) -> None:
    """The worked example, as written by to_dict, is valid against the schema."""
    assert list(validator(Report).iter_errors(to_dict(article))) == []


def test_report_schema_requires_the_format_version(article: Report) -> None:
    """At the top level the format version is required and must be 1."""
    data = to_dict(article)
    check = validator(Report)
    data["format_version"] = 2
    assert not check.is_valid(data)
    del data["format_version"]
    assert not check.is_valid(data)
    data["relations"][0]["report"]["format_version"] = 1
    data["format_version"] = 1
    assert check.is_valid(data)


@settings(max_examples=25)
@given(strategies.reports())
def test_schema_accepts_generated_reports(report: Report) -> None:
    """Every generated report is valid against the schema."""
    assert list(validator(Report).iter_errors(to_dict(report))) == []


@given(
    st.one_of(
        strategies.sources(),
        strategies.quotes(),
        strategies.statistics(),
        strategies.claims(),
        strategies.partial_dates(),
        strategies.periods(),
        strategies.extensions(),
        strategies.places(),
        strategies.locators(),
        strategies.identifiers(),
    )
)
def test_schema_accepts_generated_instances(value: object) -> None:
    """Generated instances of the other types are valid against their schemas."""
    assert list(validator(type(value)).iter_errors(to_dict(value))) == []


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (rightsreport.Source, {"id": "s", "kind": "person"}),
        (
            rightsreport.Source,
            {"id": "s", "kind": "person", "identification": "named", "x": 1},
        ),
        (rightsreport.Statistic, {"id": "n", "value": 1.5, "measure": "m"}),
        (rightsreport.Statistic, {"id": "n", "value": "1e", "measure": "m"}),
        (rightsreport.BreakdownPart, {"label": "l", "value": "-2.5"}),
        (rightsreport.BreakdownPart, {"label": "l", "value": -1}),
        (rightsreport.Period, "../.."),
        (rightsreport.Period, "2020"),
        (rightsreport.PartialDate, "July 2020"),
        (rightsreport.Extensions, {"reviewer": "jd"}),
        (rightsreport.LocalisedText, {"text": "t", "language": "en_US"}),
        (rightsreport.LocalisedText, {"text": "t", "language": "eng"}),
        (rightsreport.Place, {"subdivision": "KH 12"}),
        (rightsreport.Locator, {"page": 0}),
        (rightsreport.Disclosure, "secret"),
    ],
)
def test_schema_rejects(cls: type, data: object) -> None:
    """Shapes the library refuses are refused by the schema too."""
    assert not validator(cls).is_valid(data)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (rightsreport.BreakdownPart, {"label": "l", "value": "-0.0"}),
        (rightsreport.BreakdownPart, {"label": "l", "value": "1.5E+3"}),
        (rightsreport.Period, "2019-04/.."),
        (rightsreport.LocalisedText, {"text": "t", "language": "zh-Hans-CN"}),
        (rightsreport.Place, {"country": "KH", "subdivision": "KH-12"}),
    ],
)
def test_schema_accepts(cls: type, data: object) -> None:
    """Edge cases the library accepts are accepted by the schema too."""
    assert rightsreport.from_dict(data, cls) is not None
    assert validator(cls).is_valid(data)


def test_every_validator_is_described() -> None:
    """Each construction check of a public class maps to schema keywords.

    A new kind of check in the model shows up here, so that the schema never
    silently falls behind what the library refuses.
    """
    unknown = [
        f"{cls.__name__}.{field.name}"
        for cls in PUBLIC_TYPES
        if default_wire().shape(cls).kind == "object"
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", cls))
        if field_constraints(field.validator) is None
    ]
    assert unknown == []


def test_unknown_validators_are_left_to_the_library() -> None:
    """A check the schema cannot describe adds nothing to it."""

    def odd(_: object, __: object, value: int) -> None:
        if value % 2 == 0:
            raise ValueError(value)

    assert field_constraints(odd) is None
    assert field_constraints(None) == {}


def test_non_blank_pattern_is_python_whitespace() -> None:
    """The pattern for non-blank text treats exactly Python's whitespace as blank."""
    pattern = re.compile(NON_BLANK)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (pattern.search(char) is None) is char.isspace(), hex(code)


def test_descriptions_are_plain_text() -> None:
    """Field descriptions come from the docstrings without Sphinx markup."""
    text = json.dumps(json_schema(Report))
    assert ":class:" not in text
    assert "``" not in text
    source = json_schema(Report)["$defs"]["Source"]
    assert source["description"] == (
        "A person, organisation, government body, document or unnamed source."
    )
    assert source["properties"]["report_id"]["description"] == (
        "For a document source, the id of the Report it is."
    )


def test_enums_are_definitions_with_their_values() -> None:
    """Enums are listed once, by value, with their docstring."""
    schema = json_schema(rightsreport.RightsCategory)
    assert schema["$ref"] == "#/$defs/RightsCategory"
    assert schema["$defs"]["RightsCategory"]["enum"][:2] == [
        "integrity_of_the_person",
        "arbitrary_killing",
    ]


class Level(enum.Enum):
    """A test-only enum of integers."""

    LOW = 1
    HIGH = 2


class Mixed(enum.Enum):
    """A test-only enum of mixed values."""

    A = 1
    B = "b"


def test_enums_of_other_values() -> None:
    """An enum of integers is an integer schema; a mixed one has no type."""
    wire = wire_of(make_converter())
    assert build_schema(wire, Level)["$defs"]["Level"]["type"] == "integer"
    assert "type" not in build_schema(wire, Mixed)["$defs"]["Mixed"]


def test_json_schema_refuses_other_types() -> None:
    """Only rightsreport types have a schema."""
    with pytest.raises(InvalidFieldError):
        json_schema(dict)


class Colour(enum.Enum):
    """A test-only colour."""

    RED = "red"


@attrs.frozen(kw_only=True)
class Dot:
    """A test-only dot."""

    colour: Colour


@attrs.frozen(kw_only=True)
class Line:
    """A test-only line.

    Attributes:
        length: How long it is.
    """

    length: int = attrs.field(default=1)


@attrs.frozen(kw_only=True)
class Sketch:
    """A test-only sketch of dots and lines."""

    marks: tuple[Dot | Line, ...]


def test_tagged_union_schema() -> None:
    """A tagged union is a oneOf of its members, each requiring its tag."""
    converter = make_converter()
    register_tagged_union(converter, Dot | Line, tag_key="type")
    schema: dict[str, Any] = build_schema(wire_of(converter), Sketch)
    jsonschema.Draft202012Validator.check_schema(schema)
    check = jsonschema.Draft202012Validator(schema)
    good = {"marks": [{"type": "dot", "colour": "red"}, {"type": "line"}]}
    assert check.is_valid(good)
    assert converter.structure(good, Sketch) == Sketch(
        marks=(Dot(colour=Colour.RED), Line())
    )
    assert not check.is_valid({"marks": [{"type": "circle"}]})
    assert not check.is_valid({"marks": [{"colour": "red"}]})
    assert not check.is_valid({"marks": [{"type": "line", "colour": "red"}]})
    variants = schema["$defs"]["Sketch"]["properties"]["marks"]["items"]["oneOf"]
    assert variants[1]["properties"]["length"] == {
        "description": "How long it is.",
        "type": "integer",
        "default": 1,
    }
    union_schema = build_schema(wire_of(converter), Dot | Line)
    assert union_schema["title"] == "Dot or Line"


@attrs.frozen(kw_only=True)
class Odd:
    """A test-only class of shapes the model does not use yet.

    Attributes:
        flag: A yes or no.

            Its description goes on after a blank line.
        maybes: Integers or nulls.
        day: A date whose field check adds a pattern of its own.

    Example:
        Not an attribute.
    """

    flag: bool
    maybes: tuple[int | None, ...] = ()
    day: PartialDate | None = attrs.field(
        default=None, validator=check.optional(check.identifier())
    )


def test_schema_of_other_shapes() -> None:
    """Booleans, nulls inside arrays and two patterns on one value are described."""
    schema = build_schema(wire_of(make_converter()), Odd)
    jsonschema.Draft202012Validator.check_schema(schema)
    properties = schema["$defs"]["Odd"]["properties"]
    assert properties["flag"] == {
        "description": "A yes or no. Its description goes on after a blank line.",
        "type": "boolean",
    }
    assert properties["maybes"]["items"] == {
        "anyOf": [{"type": "integer"}, {"type": "null"}]
    }
    day = properties["day"]["anyOf"][0]
    assert day["pattern"].startswith("^(?:([0-9]{4})")
    assert day["allOf"] == [{"pattern": "^(?:[A-Za-z0-9][A-Za-z0-9._:\\-]{0,199})$"}]
    assert "Example" not in json.dumps(properties)


def test_tuple_checks_of_other_functions_are_left_out() -> None:
    """A tuple check with a function the schema does not know adds nothing."""

    def shout(name: str, value: object) -> None:
        if value != str(value).upper():
            raise InvalidFieldError(name, "upper case", repr(value))

    assert field_constraints(check.tuple_each(shout, "upper case")) is None
