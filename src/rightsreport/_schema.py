"""JSON Schema (draft 2020-12) of the wire format, generated from the classes.

Nothing here is written by hand per class: the schema follows each class's attrs
fields, their types (through the same wire shapes the converter uses), their
construction checks (an id pattern, a country code list, a non-blank text) and
the field descriptions in the class docstrings. What the schema cannot say
(checks across fields, such as a period that must not end before it starts) the
library still checks when structuring.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable
from typing import Any, Final

from rightsreport import _checks as check
from rightsreport._codes import COUNTRY_CODES, LANGUAGE_ALPHA3_TO_ALPHA2
from rightsreport._dates import _EDTF_DATE
from rightsreport._errors import InvalidFieldError
from rightsreport._extensions import EXTENSION_KEY_PATTERN, Extensions
from rightsreport._serialise import (
    DECIMAL_PATTERN,
    FORMAT_VERSION,
    VERSION_KEY,
    Shape,
    TaggedUnion,
    Wire,
    default_wire,
)
from rightsreport._values import _SUBDIVISION

__all__ = ["DRAFT", "build_schema", "field_constraints", "json_schema"]

#: The JSON Schema dialect of every generated schema.
DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"

_DIGIT: Final = re.compile(r"\\d")


def _whitespace_class() -> str:
    """Return a character class of exactly what Python's ``str.strip()`` removes."""
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    ranges: list[tuple[int, int]] = []
    for char in spaces:
        code = ord(char)
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    parts = [
        f"\\u{low:04x}" if low == high else f"\\u{low:04x}-\\u{high:04x}"
        for low, high in ranges
    ]
    return "".join(parts)


#: A string with at least one character that is not whitespace.
NON_BLANK: Final = f"[^{_whitespace_class()}]"
_DATE: Final = _DIGIT.sub("[0-9]", _EDTF_DATE.pattern)
_PERIOD_END: Final = f"(?:\\.\\.|{_DATE})"
_NON_NEGATIVE_DECIMAL: Final = (
    r"^(?:-?0(?:\.0+)?(?:[eE][+-]?[0-9]+)?"
    r"|(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)$"
)


def _anchored(pattern: str) -> str:
    return f"^(?:{pattern})$"


def _language_pattern() -> str:
    """Return the language tag pattern, without Python's verbose layout and named groups."""
    compact = re.sub(r"\s+", "", check._LANGUAGE_TAG.pattern)  # noqa: SLF001
    return _anchored(re.sub(r"\(\?P<\w+>", "(?:", compact))


_TEXT: Final[dict[str, Any]] = {"minLength": 1, "pattern": NON_BLANK}
_IDENTIFIER: Final[dict[str, Any]] = {
    "pattern": _anchored(check.IDENTIFIER_PATTERN.pattern)
}
_COUNTRY: Final[dict[str, Any]] = {"enum": sorted(COUNTRY_CODES)}
_LANGUAGE: Final[dict[str, Any]] = {
    "pattern": _language_pattern(),
    "not": {
        "pattern": "^(?:" + "|".join(sorted(LANGUAGE_ALPHA3_TO_ALPHA2)) + ")(?:-|$)"
    },
}

#: The checks of the tuple validators, by the function they apply to each item.
_ITEM_CHECKS: Final[dict[Callable[..., object], dict[str, Any]]] = {
    check.check_text: _TEXT,
    check.check_identifier: _IDENTIFIER,
    check.check_country_code: _COUNTRY,
}

#: Validators that only check the type, which the shape already says.
_TYPE_ONLY: Final = frozenset(
    {
        "instance_of.<locals>.validate",
        "tuple_of.<locals>.validate",
        "_check_related_report",
        "Statistic._check_value",
        "_check_flag",
        "_check_end",
        "_check_optional_number",
    }
)


def _closure(function: Callable[..., object]) -> dict[str, Any]:
    cells = function.__closure__ or ()
    return dict(
        zip(
            function.__code__.co_freevars, (c.cell_contents for c in cells), strict=True
        )
    )


def field_constraints(validator: object) -> dict[str, Any] | None:
    """Return the schema keywords an attrs validator amounts to.

    ``None`` means the validator is not one this module knows: its check is then
    left to the library (``tests/test_schema.py`` keeps that list empty).
    """
    if validator is None:
        return {}
    name = getattr(validator, "__qualname__", "")
    if name in _TYPE_ONLY:
        return {}
    known: dict[str, dict[str, Any]] = {
        "text.<locals>.validate": _TEXT,
        "identifier.<locals>.validate": _IDENTIFIER,
        "country_code.<locals>.validate": _COUNTRY,
        "language_tag.<locals>.validate": _LANGUAGE,
        "non_negative_int.<locals>.validate": {"minimum": 0},
        "positive_int.<locals>.validate": {"minimum": 1},
        "non_negative_number.<locals>.validate": {"minimum": 0},
        "Place._check_subdivision": {"pattern": _anchored(_SUBDIVISION.pattern)},
        "_check_fraction": {
            "prefixItems": [
                {"type": "integer", "minimum": 0},
                {"type": "integer", "minimum": 1},
            ]
        },
    }
    if name in known:
        return dict(known[name])
    if name == "_check_id_tuple.<locals>.validate":
        least = _closure(validator)["minimum"]  # type: ignore[arg-type]
        return {"items": dict(_IDENTIFIER), "minItems": least, "uniqueItems": True}
    if name == "optional.<locals>.validate":
        return field_constraints(_closure(validator)["validator"])  # type: ignore[arg-type]
    if name == "tuple_each.<locals>.validate":
        item = _ITEM_CHECKS.get(_closure(validator)["check"])  # type: ignore[arg-type]
        return None if item is None else {"items": dict(item)}
    return None


_ROLE: Final = re.compile(r":[a-z]+:`~?(?:[\w.]+\.)?([^`]+)`")


def _plain(text: str) -> str:
    """Docstring markup as plain text: ``:class:`Source``` and ````int```` lose it."""
    return _ROLE.sub(r"\1", text).replace("``", "")


def _docs(cls: type) -> tuple[str, dict[str, str]]:
    """Return the summary and the ``Attributes:`` descriptions of a class's docstring."""
    text = _plain(inspect.cleandoc(cls.__doc__ or ""))
    summary = text.split("\n\n", 1)[0].replace("\n", " ").strip()
    fields: dict[str, str] = {}
    lines = text.splitlines()
    if "Attributes:" in lines:
        current = None
        for line in lines[lines.index("Attributes:") + 1 :]:
            if line and not line.startswith(" "):
                break
            match = re.match(r"    (\w+): (.*)", line)
            if match:
                current = match[1]
                fields[current] = match[2].strip()
            elif current and line.strip():
                fields[current] += " " + line.strip()
    return summary, fields


class _Builder:
    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.defs: dict[str, dict[str, Any]] = {}

    def shape(self, shape: Shape) -> dict[str, Any]:
        kind, of = shape.kind, shape.of
        if kind == "str":
            return {"type": "string"}
        if kind == "int":
            return {"type": "integer"}
        if kind == "bool":
            return {"type": "boolean"}
        if kind == "number":
            return {
                "oneOf": [
                    {"type": "integer"},
                    {"type": "string", "pattern": _anchored(DECIMAL_PATTERN.pattern)},
                ]
            }
        if kind == "date":
            return {"type": "string", "pattern": _anchored(_DATE)}
        if kind == "period":
            return {
                "type": "string",
                "pattern": f"^{_PERIOD_END}/{_PERIOD_END}$",
                "not": {"const": "../.."},
            }
        if kind == "json":
            schema: dict[str, Any] = {"type": "object"}
            if of is Extensions:
                schema["propertyNames"] = {
                    "pattern": _anchored(EXTENSION_KEY_PATTERN.pattern)
                }
            return schema
        if kind == "optional":
            return {"anyOf": [self.shape(of), {"type": "null"}]}
        if kind == "tuple":
            return {"type": "array", "items": self.shape(of)}
        if kind == "fixed":
            return {
                "type": "array",
                "prefixItems": [self.shape(item) for item in of],
                "items": False,
                "minItems": len(of),
            }
        if kind == "enum":
            return self.enum(of)
        if kind == "union":
            return self.union(of)
        return self.object_ref(of)

    def enum(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            summary, _ = _docs(cls)
            values = [member.value for member in cls]  # type: ignore[attr-defined]
            schema: dict[str, Any] = {"title": name, "description": summary}
            kinds = {type(value) for value in values}
            if kinds <= {str}:
                schema["type"] = "string"
            elif kinds <= {int}:
                schema["type"] = "integer"
            schema["enum"] = values
            self.defs[name] = schema
        return {"$ref": f"#/$defs/{name}"}

    def object_ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # a placeholder: the class may refer to itself
            self.defs[name] = self.object_schema(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type) -> dict[str, Any]:
        summary, described = _docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls is self.wire.report_class:
            properties[VERSION_KEY] = {
                "description": "The version of the wire format (required at the "
                "top level of a serialised report).",
                "const": FORMAT_VERSION,
            }
        for field in self.wire.fields(cls):
            schema = self.field(field.shape, field.attribute.validator)
            if field.name in described:
                schema = {"description": described[field.name], **schema}
            if field.required:
                required.append(field.name)
            else:
                schema["default"] = self.wire.unstructurer_of_shape(field.shape)(
                    field.default
                )
            properties[field.name] = schema
        result: dict[str, Any] = {
            "title": cls.__name__,
            "description": summary,
            "type": "object",
            "properties": properties,
        }
        if required:
            result["required"] = required
        result["additionalProperties"] = False
        return result

    def field(self, shape: Shape, validator: object) -> dict[str, Any]:
        constraints = field_constraints(validator) or {}
        if shape.kind == "optional":
            return {"anyOf": [self.field(shape.of, validator), {"type": "null"}]}
        schema = self.shape(shape)
        if not constraints:
            return schema
        if shape.kind == "tuple":
            items = constraints.pop("items", {})
            return {**schema, "items": {**schema["items"], **items}, **constraints}
        if shape.kind == "number" and "minimum" in constraints:
            return {
                "oneOf": [
                    {"type": "integer", "minimum": constraints["minimum"]},
                    {"type": "string", "pattern": _NON_NEGATIVE_DECIMAL},
                ]
            }
        if "pattern" in constraints and "pattern" in schema:
            constraints = {
                "allOf": [{"pattern": constraints.pop("pattern")}],
                **constraints,
            }
        return {**schema, **constraints}

    def union(self, union: TaggedUnion) -> dict[str, Any]:
        variants = []
        for tag, cls in union.by_tag.items():
            schema = self.object_schema(cls)
            schema["properties"] = {
                union.tag_key: {"const": tag},
                **schema["properties"],
            }
            schema["required"] = [union.tag_key, *schema.get("required", [])]
            variants.append(schema)
        return {"oneOf": variants}


def build_schema(wire: Wire, tp: object) -> dict[str, Any]:
    """Return the JSON Schema of *tp* as the converter behind *wire* reads it."""
    shape = wire.shape(tp)
    builder = _Builder(wire)
    root = builder.shape(shape)
    name = getattr(tp, "__name__", None) or (
        shape.of.name if shape.kind == "union" else str(tp)
    )
    document: dict[str, Any] = {
        "$schema": DRAFT,
        "$id": f"urn:rightsreport:format:{FORMAT_VERSION}:{name}",
        "title": name,
    }
    if shape.kind == "object":
        document["description"] = _docs(shape.of)[0]
    document.update(root)
    if shape.kind == "object" and shape.of is wire.report_class:
        document["required"] = [VERSION_KEY]
    if builder.defs:
        document["$defs"] = dict(sorted(builder.defs.items()))
    return document


def json_schema(cls: type) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of *cls*'s wire form.

    Generated from the classes: their fields, types, construction checks and
    docstrings. For :class:`~rightsreport.Report` it describes a serialised
    report, ``format_version`` included::

        >>> from rightsreport import Report, json_schema
        >>> schema = json_schema(Report)
        >>> schema["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> schema["required"], schema["$ref"]
        (['format_version'], '#/$defs/Report')
        >>> schema["$defs"]["Report"]["required"]
        ['id', 'kind', 'title']
        >>> schema["$defs"]["Disclosure"]["enum"]
        ['public', 'restricted', 'confidential']

    Raises:
        InvalidFieldError: *cls* is not a rightsreport type.
    """
    wire = default_wire()
    if not wire.handles(cls):
        raise InvalidFieldError("cls", "a rightsreport type", repr(cls))
    return build_schema(wire, cls)
