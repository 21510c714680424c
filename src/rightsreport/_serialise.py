"""Serialisation: plain dicts and JSON text both ways, strict, every problem at once.

The wire format is plain JSON data: objects with the model's field names, in the
order the classes declare them; dates and periods as EDTF strings; enums as their
values; integers as JSON integers and exact decimals as strings (``"12.5"``);
tuples as arrays. A field whose value is absent (``None``, an empty tuple or empty
extensions) is left out. A serialised :class:`~rightsreport.Report` starts with
``"format_version"``.

Structuring is strict and explains itself. A fast path builds the objects; only
when it fails does a second, detailed pass (a cattrs converter with
``detailed_validation``) walk the input again to list every problem, each with a
JSON path, for one :class:`~rightsreport.StructureError`.

    >>> from rightsreport import PartialDate, Statistic, from_json, to_json
    >>> figure = Statistic(
    ...     id="assemblies",
    ...     value=185,
    ...     measure="assemblies taking place",
    ...     as_of=PartialDate(year=2020, month=3),
    ... )
    >>> text = to_json(figure)
    >>> text
    '{"id":"assemblies","value":185,"measure":"assemblies taking place","qualifier":"exact","kind":"count","as_of":"2020-03"}'
    >>> from_json(text, Statistic) == figure
    True
"""

from __future__ import annotations

import enum
import functools
import inspect
import itertools
import json
import keyword
import re
import threading
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, Final, TypeVar, cast

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
)
from cattrs.gen import make_dict_structure_fn, override

try:  # the optional "fast" extra: reading and writing JSON text in C
    import msgspec
except ImportError:  # pragma: no cover - exercised in a subprocess by the tests
    msgspec = None  # type: ignore[assignment]
    _MSGSPEC_VERSION: tuple[int, ...] = ()
else:
    _MSGSPEC_VERSION = tuple(
        int(n) for n in re.findall(r"\d+", msgspec.__version__)[:2]
    )

from rightsreport import _checks as check
from rightsreport._codes import COUNTRY_CODES
from rightsreport._dates import PartialDate, Period
from rightsreport._derivation import Derivation, ShareOf
from rightsreport._errors import InvalidFieldError, StructureError
from rightsreport._extensions import Extensions, FrozenJSONObject, to_extensions
from rightsreport._report import Relation, Report
from rightsreport._statistic import Statistic

#: msgspec as the "fast" extra asks for it: an older one is left alone.
_MSGSPEC_INSTALLED: Final[bool] = _MSGSPEC_VERSION >= (0, 18)
_NEVER: Final = object()  # a default no value equals: the field is always written

__all__ = [
    "DECIMAL_PATTERN",
    "FORMAT_VERSION",
    "MAX_DEPTH",
    "MIGRATIONS",
    "MODEL_UNIONS",
    "VERSION_KEY",
    "Shape",
    "TaggedUnion",
    "Wire",
    "WireField",
    "date_text",
    "default_wire",
    "from_dict",
    "from_json",
    "make_converter",
    "period_text",
    "register_tagged_union",
    "to_dict",
    "to_json",
    "wire_of",
]

T = TypeVar("T")
#: A tagged union's member as its (tag key, tag), or None for a plain class.
_Member = tuple[str, str] | None
_V = TypeVar("_V")

#: The version of the wire format this library writes, and the newest it reads.
FORMAT_VERSION: Final = 1
#: The key under which a serialised report states its format version.
VERSION_KEY: Final = "format_version"
#: How deeply input may nest (objects and arrays) before it is refused unread.
MAX_DEPTH: Final = 100

#: Upgrades of older wire formats, one step each: ``MIGRATIONS[n]`` takes a
#: version-``n`` report payload (a fresh dict it may change) and returns the same
#: report in version ``n + 1``. Structuring runs the steps from the payload's
#: version up to :data:`FORMAT_VERSION`. Version 1 is the first, so there are none
#: yet; the first change to the format adds ``MIGRATIONS[1]``.
MIGRATIONS: Final[dict[int, Callable[[dict[str, Any]], dict[str, Any]]]] = {}

_MISSING: Final = object()
_PLAIN_KEY: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIELD_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: A decimal written as a string: JSON's number grammar, ASCII digits only.
DECIMAL_PATTERN: Final = re.compile(
    r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"
)
_TOO_DEEP_FOR_THE_STACK: Final = "expected less deeply nested input, got more than fits"
_WITHHELD: Final = (
    "invalid value (details withheld: the input has a source that is not public)"
)


# --------------------------------------------------------------------------
# What the wire looks like: shapes of values and fields of classes.


@attrs.frozen(eq=False)
class TaggedUnion:
    """A union of attrs classes told apart on the wire by a tag key.

    Attributes:
        name: How messages and the schema name the union.
        tag_key: The key that holds the tag (``"type"``).
        by_tag: Each tag and its class, in the order the schema lists them.
    """

    name: str
    tag_key: str
    by_tag: Mapping[str, type]

    @property
    def tags(self) -> dict[type, str]:
        """Each class and its tag."""
        return {cls: tag for tag, cls in self.by_tag.items()}


@attrs.frozen
class Shape:
    """The wire form of a Python type.

    ``kind`` is one of ``str``, ``int``, ``bool``, ``number`` (an ``int`` or an
    exact ``Decimal``), ``date`` (a :class:`PartialDate`), ``period``, ``json``
    (:class:`Extensions` and other JSON objects; ``of`` is the class), ``enum``
    (``of`` is the enum), ``object`` (an attrs class, ``of``), ``tuple`` (``of``
    is the item's shape), ``optional`` (``of`` is the shape when not ``None``) and
    ``union`` (``of`` is a :class:`TaggedUnion`).
    """

    kind: str
    of: Any = None

    def describe(self) -> str:
        """Say in words what a value of this shape must be."""
        kind, of = self.kind, self.of
        if kind == "optional":
            return f"{cast('Shape', of).describe()} or null"
        if kind == "tuple":
            return f"an array of {cast('Shape', of).plural()}"
        if kind == "fixed":
            items = cast("tuple[Shape, ...]", of)
            if len(set(items)) == 1:
                return f"an array of {len(items)} {items[0].plural()}"
            described = "; ".join(item.describe() for item in items)
            return f"an array of {len(items)} items ({described})"
        if kind == "enum":
            values = [member.value for member in of]
            if len(values) <= 8:
                return "one of " + ", ".join(repr(value) for value in values)
            return (
                f"{_a(of.__name__)} value such as {values[0]!r} or {values[1]!r} "
                f"(one of {len(values)}; see the schema)"
            )
        if kind == "object":
            return f"an object ({_a(of.__name__)})"
        if kind == "union":
            tags = " or ".join(repr(tag) for tag in of.by_tag)
            return f"an object whose {of.tag_key!r} is {tags}"
        return _DESCRIPTIONS[kind]

    def plural(self) -> str:
        """Say in words what the items of an array of this shape must be."""
        if self.kind in ("object", "enum"):
            return (
                f"{self.of.__name__} {'objects' if self.kind == 'object' else 'values'}"
            )
        if self.kind == "union":
            return f"{self.of.name} objects"
        return _PLURALS.get(self.kind, f"items that are each {self.describe()}")


def _a(noun: str) -> str:
    """Return the noun with its indefinite article ("an Issuer", "a Source")."""
    return f"{'an' if noun[:1] in 'AEIOU' else 'a'} {noun}"


_DESCRIPTIONS: Final = {
    "str": "a string",
    "int": "an integer",
    "bool": "true or false",
    "number": "an integer, or a decimal number as a string such as '12.5'",
    "date": "an EDTF date string such as '2020-07'",
    "period": "an EDTF interval string such as '2019-04/2020-03'",
    "json": "an object",
}
_PLURALS: Final = {
    "str": "strings",
    "int": "integers",
    "number": "numbers",
    "date": "EDTF dates",
    "period": "EDTF intervals",
    "json": "objects",
}


@attrs.frozen
class WireField:
    """One field of a class as it appears on the wire.

    Attributes:
        name: The key, which is the field's name.
        shape: Its wire form.
        required: Whether the key must be present.
        default: The value when the key is absent (unused when required).
        omitted: The value that is left out when writing, or ``_MISSING`` when the
            field is always written.
        attribute: The attrs attribute behind it.
    """

    name: str
    shape: Shape
    required: bool
    default: Any
    omitted: Any
    attribute: attrs.Attribute[Any]


# --------------------------------------------------------------------------
# Problems: internal exceptions that the detailed pass raises and flattens.


class _Reject(Exception):  # noqa: N818 - a control-flow signal, not an error
    """The fast path gives up; the detailed pass will say why."""


def _reject() -> typing.NoReturn:
    raise _Reject


class _NoMirror(Exception):  # noqa: N818 - a control-flow signal, not an error
    """A shape msgspec cannot decode as the fast path would."""


class _Problem(Exception):  # noqa: N818 - internal, never reaches users
    """A leaf problem at a path relative to where it is caught."""

    relpath: str = ""


class _Mismatch(_Problem):
    def __init__(self, expected: str, value: object, relpath: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value
        self.relpath = relpath


class _Missing(_Problem):
    def __init__(self, expected: str, relpath: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.relpath = relpath


class _Refused(_Problem):
    """The model's own check refused a value (*value*: what came on the wire)."""

    def __init__(
        self, error: InvalidFieldError, relpath: str = "", value: object = _MISSING
    ) -> None:
        super().__init__(str(error))
        self.error = error
        self.relpath = relpath
        self.value = value


class _Unknown(_Problem):
    def __init__(self, owner: str, relpath: str) -> None:
        super().__init__(owner)
        self.owner = owner
        self.relpath = relpath


class _At(Exception):  # noqa: N818 - internal, never reaches users
    """Problems found under a relative path (an index, a key)."""

    def __init__(self, relpath: str, inner: BaseException) -> None:
        super().__init__(relpath)
        self.relpath = relpath
        self.inner = inner


class _Problems(Exception):  # noqa: N818 - internal, never reaches users
    """Several problems at one place."""

    def __init__(self, problems: list[BaseException]) -> None:
        super().__init__(len(problems))
        self.problems = problems


def _key(name: object) -> str:
    if isinstance(name, str) and _PLAIN_KEY.fullmatch(name):
        return f".{name}"
    return f"[{name!r}]"


def _describe(value: object, *, redact: bool) -> str:
    """Say what came, without the value itself when *redact*."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "a boolean" if redact else ("true" if value else "false")
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if type(value) is int:
        if redact:
            return "a number"
        return str(value) if value.bit_length() <= 128 else "a very large integer"
    if type(value) is float:
        if redact:
            return "a number"
        if value != value:  # noqa: PLR0124 - NaN
            return "NaN"
        return repr(value).replace("inf", "Infinity")
    if isinstance(value, str):
        if redact:
            return "a string"
        return repr(value) if len(value) <= 60 else repr(value[:57]) + "..."
    return f"a {type(value).__name__}"


@attrs.frozen
class _Leaf:
    path: str
    problem: BaseException


def _flatten(exc: BaseException, path: str, wire: Wire, out: list[_Leaf]) -> None:
    """Turn the detailed pass's exception tree into leaves with absolute paths."""
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            problem: BaseException = sub
            if isinstance(sub, KeyError):
                problem = _Missing(wire.field(exc.cl, note.name).shape.describe())
            _flatten(problem, path + _key(note.name), wire, out)
        for sub in without:
            if isinstance(sub, ForbiddenExtraKeysError):
                owner = exc.cl.__name__
                out.extend(
                    _Leaf(path + _key(key), _Unknown(owner, ""))
                    for key in sorted(sub.extra_fields, key=repr)
                )
            elif isinstance(sub, InvalidFieldError):
                relpath = _field_relpath(wire, exc.cl, sub.field)
                out.append(_Leaf(path + relpath, _Refused(sub)))
            else:
                _flatten(sub, path, wire, out)
    elif isinstance(exc, _At):
        _flatten(exc.inner, path + exc.relpath, wire, out)
    elif isinstance(exc, _Problems):
        for item in exc.problems:
            _flatten(item, path, wire, out)
    elif isinstance(exc, _Problem):
        out.append(_Leaf(path + exc.relpath, exc))
    else:
        out.append(_Leaf(path, exc))


def _field_relpath(wire: Wire, cls: type, field: str) -> str:
    """Map a model error's field (``marks[1]``) to a path under its object."""
    match = _FIELD_NAME.match(field)
    if match is not None and any(f.name == match[0] for f in wire.fields(cls)):
        return "." + field
    return ""


def _message(problem: BaseException, redact: bool) -> str:
    if isinstance(problem, _Mismatch):
        return f"expected {problem.expected}, got {_describe(problem.value, redact=redact)}"
    if isinstance(problem, _Missing):
        return f"expected {problem.expected}, got nothing (the field is required)"
    if isinstance(problem, _Refused):
        if redact:
            return _WITHHELD
        error = problem.error
        got = (
            error.got
            if problem.value is _MISSING
            else _describe(problem.value, redact=redact)
        )
        return f"expected {error.expected}, got {got}"
    if isinstance(problem, _Unknown):
        return f"unexpected key: {problem.owner} has no field of that name"
    if isinstance(problem, RecursionError):
        return _TOO_DEEP_FOR_THE_STACK
    return f"could not be structured ({type(problem).__name__})"


def _scan(data: object) -> tuple[str | None, bool]:
    """Walk the input without recursion: how deep it nests, and what it protects.

    Returns the path of the first container nested deeper than :data:`MAX_DEPTH`
    (or ``None``), and whether any object has a ``disclosure`` that is not
    ``"public"``: then no message may carry an input value.
    """
    protected = False
    stack: list[tuple[object, str, int]] = [(data, "$", 1)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return path, protected
        items: Iterator[tuple[object, object]]
        if isinstance(value, dict):
            disclosure = value.get("disclosure")
            if disclosure is not None and disclosure != "public":
                protected = True
            items = iter(value.items())
            stack.extend(
                (item, path + _key(key), depth + 1)
                for key, item in items
                if isinstance(item, (dict, list, tuple))
            )
        elif isinstance(value, (list, tuple)):
            stack.extend(
                (item, f"{path}[{index}]", depth + 1)
                for index, item in enumerate(value)
                if isinstance(item, (dict, list, tuple))
            )
    return None, protected


# --------------------------------------------------------------------------
# Leaf conversions shared by both passes.

_from_edtf_date = functools.lru_cache(maxsize=4096)(PartialDate.from_edtf)
_from_edtf_period = functools.lru_cache(maxsize=4096)(Period.from_edtf)
_EMPTY_EXTENSIONS: Final = Extensions()


@functools.lru_cache(maxsize=4096)
def _decimal(value: object) -> Decimal:
    """Parse a decimal string (cached: a Decimal is immutable, and figures repeat)."""
    if type(value) is str and DECIMAL_PATTERN.fullmatch(value) is not None:
        return Decimal(value)
    raise _Reject


def _nesting(value: object) -> int:
    """How many levels of containers *value* is (0 for a scalar)."""
    if isinstance(value, Mapping):
        return 1 + max(map(_nesting, value.values()), default=0)
    if isinstance(value, (list, tuple)):
        return 1 + max(map(_nesting, value), default=0)
    return 0


def _extensions(value: object, depth: int) -> Extensions:
    if type(value) is not dict:
        raise _Reject
    if not value:
        return _EMPTY_EXTENSIONS
    result = Extensions(value)
    if depth + _nesting(value) - 1 > MAX_DEPTH:
        raise _Reject
    return result


def _json_object(value: object, depth: int) -> FrozenJSONObject:
    if type(value) is not dict:
        raise _Reject
    result = FrozenJSONObject(value)
    if depth + _nesting(value) - 1 > MAX_DEPTH:
        raise _Reject
    return result


def _thaw_sorted(value: object) -> object:
    """Plain JSON data with every object's keys sorted: the canonical form."""
    if isinstance(value, tuple):
        return [_thaw_sorted(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _thaw_sorted(value[key]) for key in sorted(value)}
    return value


_TWO_DIGITS: Final = tuple(f"{number:02d}" for number in range(100))
_QUALIFIER: Final = {(True, True): "%", (True, False): "~", (False, True): "?"}


def date_text(date: PartialDate) -> str:
    """Return ``str(date)``, the EDTF form, faster (it is written for every date)."""
    year = date.year
    text = str(year) if year >= 1000 else f"{year:04d}"
    month = date.month
    if month is not None:
        text += "-" + _TWO_DIGITS[month]
        day = date.day
        if day is not None:
            text += "-" + _TWO_DIGITS[day]
    if date.approximate or date.uncertain:
        text += _QUALIFIER[date.approximate, date.uncertain]
    return text


def period_text(period: Period) -> str:
    """Return ``str(period)``, the EDTF interval, faster."""
    start, end = period.start, period.end
    return (
        (".." if start is None else date_text(start))
        + "/"
        + (".." if end is None else date_text(end))
    )


_REMEMBERED: Final = 4096  # texts kept per function; a report repeats a few dates


class _TextMemory(typing.Generic[_V]):
    """The text of the values a function wrote lately, remembered by identity.

    Dates and periods are immutable, and a report repeats a few of them (decoding
    shares one object per distinct text), so their text is worked out once. An
    entry holds the value itself, keeping it alive, so no other object can have
    its id while the entry lasts. Generated code looks entries up inline with
    ``lookup`` (an entry is ``(value, text)``) and calls ``text`` on a miss.
    """

    def __init__(self, write: Callable[[_V], str]) -> None:
        self._write = write
        self._texts: dict[int, tuple[_V, str]] = {}
        self.lookup = self._texts.get

    def text(self, value: _V) -> str:
        """Return *value*'s text, remembering it."""
        entry = self._texts.get(id(value))
        if entry is not None:
            return entry[1]
        text = self._write(value)
        if len(self._texts) >= _REMEMBERED:
            self._texts.clear()
        self._texts[id(value)] = (value, text)
        return text


_DATE_TEXTS: Final = _TextMemory(date_text)
_PERIOD_TEXTS: Final = _TextMemory(period_text)


_encode: Final = json.encoder.encode_basestring  # what json.dumps uses for str
_JSON_ENCODER: Final = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, check_circular=False, separators=(",", ":")
)


@functools.lru_cache(maxsize=1024)
def _valid_language(value: str) -> None:
    """Check a language tag as the model does (cached: reports use a few tags).

    Only valid tags are cached; an invalid one raises every time.
    """
    check.check_language_tag("language", value)


def _enum_member(mapping: Mapping[object, enum.Enum], value: object) -> enum.Enum:
    """Return the member with *value*, of the value's exact type (``True`` is not 1)."""
    member = mapping[value]
    wanted = type(member.value)
    if type(value) is not wanted and not (wanted is str and isinstance(value, str)):
        raise _Reject
    return member


def _raw_json(raw: Any) -> object:
    """Parse JSON text msgspec left raw (a ``msgspec.Raw``, bytes in UTF-8)."""
    return json.loads(bytes(raw))


def _plain_text_enum(enum_class: type[enum.Enum]) -> bool:
    """Whether an enum's values are all text and only they find its members.

    msgspec calls an enum's ``_missing_`` for other values, which the fast path
    (a mapping from values to members) never does.
    """
    return all(type(member.value) is str for member in enum_class) and (
        getattr(enum_class._missing_, "__func__", None) is enum.Enum._missing_.__func__  # type: ignore[attr-defined]
    )


_BASE_NAMESPACE: Final[dict[str, object]] = {
    "_dict": dict,
    "_list": list,
    "_tuple": tuple,
    "_str": str,
    "_int": int,
    "_bool": bool,
    "_type": type,
    "_len": len,
    "_enum_member": _enum_member,
    "_valid_language": _valid_language,
    "_reject": _reject,
    "_MISSING": _MISSING,
    "_decimal": _decimal,
    "_date": _from_edtf_date,
    "_period": _from_edtf_period,
    "_extensions": _extensions,
    "_json_object": _json_object,
    "_thaw": _thaw_sorted,
    "_date_text": _DATE_TEXTS.text,
    "_period_text": _PERIOD_TEXTS.text,
    "_date_lookup": _DATE_TEXTS.lookup,
    "_period_lookup": _PERIOD_TEXTS.lookup,
    "_id": id,
    "_UNSET": msgspec.UNSET if _MSGSPEC_INSTALLED else None,
    "_raw_json": _raw_json,
    "_raw": msgspec.Raw if _MSGSPEC_INSTALLED else None,
    "_QUOTE": '"',
    "_EMPTY": "",
    "_encode": _encode,
    "_int_text": int.__repr__,
    "_json_text": _JSON_ENCODER.encode,
    "_TRUE": "true",
    "_FALSE": "false",
    "_NULL": "null",
    "_OPEN": "[",
    "_CLOSE": "]",
    "_COMMA": ",",
    "_new": object.__new__,
    "_id_match": check.IDENTIFIER_PATTERN.fullmatch,
    "_countries": COUNTRY_CODES,
}


def _braces(text: str) -> str:
    """Return *text* as the literal part of an f-string."""
    return text.replace("{", "{{").replace("}", "}}")


def _uses_instance(validator: object) -> bool:
    """Whether an attrs validator may need the instance (so cannot run early)."""
    return getattr(validator, "__module__", None) != "rightsreport._checks"


# --------------------------------------------------------------------------
# The wire: shapes, generated fast functions and the detailed pass.


class Wire:
    """Everything a converter knows about the wire form of rightsreport types.

    Fast structuring and unstructuring functions are generated per class on first
    use; the detailed pass is a cattrs converter with ``detailed_validation``.
    """

    def __init__(
        self, report_class: type = Report, converter: cattrs.Converter | None = None
    ) -> None:
        self.report_class = report_class
        self.converter = converter
        self.unions: dict[frozenset[object], TaggedUnion] = {}
        self._reset()

    def _custom(self, shape: Shape, direction: str) -> tuple[object, type] | None:
        """Return a hook the converter's user registered for *shape*'s type.

        As with cattrs' own generated hooks, a hook registered before a class is
        first used is honoured inside it; the generated code calls it.
        """
        tp = _nominal(shape)
        if tp is None or self.converter is None:
            return None
        if direction == "structure":
            hook: object = self.converter.get_structure_hook(tp)
        else:
            hook = self.converter.get_unstructure_hook(tp)
        return None if getattr(hook, "rightsreport_hook", False) else (hook, tp)

    def _reset(self) -> None:
        self._lock = threading.RLock()
        self._fields: dict[type, tuple[WireField, ...]] = {}
        self._namespace: dict[str, object] = dict(_BASE_NAMESPACE)
        self._names: dict[tuple[str, Shape], str] = {}
        self._shapes: dict[object, Shape] = {}
        self._counter = itertools.count()
        self._fast: dict[Shape, Callable[[Any], Any]] = {}
        self._unstructure: dict[Shape, Callable[[Any], Any]] = {}
        self._writers: dict[Shape, Callable[[Any], str]] = {}
        self._detailed: dict[Shape, Callable[[Any], Any]] = {}
        self._decoders: dict[
            Shape, Callable[[str | bytes | bytearray], Any] | None
        ] = {}
        self._mirrors: dict[tuple[type, _Member], Any] = {}
        self._encoders: dict[Shape, Callable[[Any], str] | None] = {}
        self._detailed_converter = cattrs.Converter(
            detailed_validation=True, forbid_extra_keys=True
        )

    # -- shapes ------------------------------------------------------------

    def add_union(self, union: TaggedUnion, members: tuple[type, ...]) -> None:
        """Learn a tagged union (clearing what was generated before)."""
        self.unions[frozenset(members)] = union
        self._reset()

    def shape(self, tp: object) -> Shape:
        """Return the wire shape of a type, or raise :class:`TypeError`."""
        try:
            return self._shapes[tp]
        except (KeyError, TypeError):
            pass
        shape = self._shape(tp)  # only hashable types have a wire form
        self._shapes[tp] = shape
        return shape

    def _shape(self, tp: object) -> Shape:
        if tp is str:
            return Shape("str")
        if tp is bool:
            return Shape("bool")
        if tp is int:
            return Shape("int")
        if tp is PartialDate:
            return Shape("date")
        if tp is Period:
            return Shape("period")
        if tp is Extensions or tp is FrozenJSONObject:
            return Shape("json", tp)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return Shape("enum", tp)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return Shape("tuple", self.shape(args[0]))
        if origin is tuple and args and Ellipsis not in args:
            return Shape("fixed", tuple(self.shape(arg) for arg in args))
        if origin is typing.Union or origin is types.UnionType:
            members = [arg for arg in args if arg is not type(None)]
            if len(members) < len(args):
                inner: object = members[0]
                for member in members[1:]:
                    inner = inner | member
                return Shape("optional", self.shape(inner))
            if set(members) == {int, Decimal}:
                return Shape("number")
            union = self.unions.get(frozenset(members))
            if union is not None:
                return Shape("union", union)
        if isinstance(tp, type) and attrs.has(tp):
            return Shape("object", tp)
        raise TypeError(f"rightsreport has no wire form for {tp!r}")

    def handles(self, tp: object) -> bool:
        """Whether *tp* has a wire form."""
        try:
            shape = self.shape(tp)
            if shape.kind == "object":
                self.fields(shape.of)
        except (TypeError, NameError):
            return False
        return True

    def fields(self, cls: type) -> tuple[WireField, ...]:
        """Return the wire fields of an attrs class, in declaration order."""
        known = self._fields.get(cls)
        if known is not None:
            return known
        hints = typing.get_type_hints(cls)
        result = []
        for attribute in attrs.fields(cls):
            if not attribute.init:
                continue
            if not _plain_name(attribute.name):
                raise TypeError(
                    f"rightsreport has no wire form for a field named {attribute.name!r}"
                )
            shape = self.shape(hints[attribute.name])
            default = attribute.default
            required = default is attrs.NOTHING
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            omitted: object = _MISSING
            if not required:
                if default is None and shape.kind == "optional":
                    omitted = None
                elif default == () and shape.kind == "tuple":
                    omitted = ()
                elif default is False and shape.kind == "bool":
                    omitted = False  # a flag off by default: written only when on
                elif (
                    shape.kind == "json"
                    and isinstance(default, Mapping)
                    and not default
                ):
                    omitted = default
            result.append(
                WireField(
                    name=attribute.name,
                    shape=shape,
                    required=required,
                    default=default,
                    omitted=omitted,
                    attribute=attribute,
                )
            )
        self._fields[cls] = fields = tuple(result)
        return fields

    def field(self, cls: type, name: str) -> WireField:
        """Return the wire field *name* of *cls*."""
        return next(f for f in self.fields(cls) if f.name == name)

    # -- code generation ----------------------------------------------------

    def _bind(self, value: object, prefix: str) -> str:
        name = f"_{prefix}{next(self._counter)}"
        self._namespace[name] = value
        return name

    def _define(self, name: str, lines: list[str]) -> Callable[[Any], Any]:
        exec("\n".join(lines), self._namespace)  # noqa: S102 - generated from our classes
        return cast("Callable[[Any], Any]", self._namespace[name])

    def _generated(
        self, key: tuple[str, Shape], prefix: str, lines: Callable[[str], list[str]]
    ) -> str:
        """Return the name of the generated function for *key*, defining it if new.

        The name is taken before *lines* makes its code, so that the code for a
        class that holds itself (a report in a relation) can call it by name.
        """
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = f"{prefix}{next(self._counter)}"
            self._define(name, lines(name))
        return name

    # -- fast structuring ---------------------------------------------------

    def fast(self, shape: Shape) -> Callable[..., Any]:
        """Return the fast structuring function of a shape."""
        function = self._fast.get(shape)
        if function is None:
            with self._lock:  # generated once, whole, before anyone calls it
                name = self._fast_name(shape)
                function = self._fast[shape] = cast(
                    "Callable[[Any], Any]", self._namespace[name]
                )
        return function

    def _fast_name(self, shape: Shape) -> str:
        """Return the name of a shape's fast function, generating it if new."""
        return self._generated(
            ("fast", shape), "_s", lambda name: self._fast_lines(shape, name)
        )

    def _fast_lines(self, shape: Shape, name: str) -> list[str]:
        # Every fast function takes the depth of the container it reads (the
        # top-level value is at depth 1) and refuses deeper than MAX_DEPTH, as
        # the detailed pass's scan does, so that both agree on what is too deep.
        # Generated names start with "_" so that no field name can shadow them.
        kind, of = shape.kind, shape.of
        if kind == "object":
            return [
                f"def {name}(_x, _d=1):",
                "    if _type(_x) is not _dict: _reject()",
                f"    return {self._builder_name(of)}(_d, **_x)",
            ]
        if kind == "tuple":
            item = self._fast_expr(of, "_i", "_d + 1")
            return [
                f"def {name}(_x, _d=1):",
                f"    if _type(_x) is not _list or _d > {MAX_DEPTH}: _reject()",
                f"    return _tuple([{item} for _i in _x])",
            ]
        if kind == "fixed":
            items = ", ".join(
                self._fast_expr(item, f"_x[{index}]", "_d + 1")
                for index, item in enumerate(of)
            )
            return [
                f"def {name}(_x, _d=1):",
                f"    if _type(_x) is not _list or _len(_x) != {len(of)} or _d > {MAX_DEPTH}:",
                "        _reject()",
                f"    return ({items},)",
            ]
        if kind == "union":
            lines = [
                f"def {name}(_x, _d=1):",
                "    if _type(_x) is not _dict: _reject()",
                "    _body = _dict(_x)",
                f"    _tag = _body.pop({of.tag_key!r})",
            ]
            for tag, cls in of.by_tag.items():
                builder = self._builder_name(cls)
                lines.append(f"    if _tag == {tag!r}: return {builder}(_d, **_body)")
            lines.append("    _reject()")
            return lines
        return [
            f"def {name}(_x, _d=1):",
            f"    return {self._fast_expr(shape, '_x', '_d')}",
        ]

    def _fast_expr(self, shape: Shape, var: str, depth: str) -> str:
        """Return an expression structuring *var*, a value at depth *depth*."""
        custom = self._custom(shape, "structure")
        if custom is not None:
            hook, tp = custom
            return f"{self._bind(hook, 'H')}({var}, {self._bind(tp, 'T')})"
        kind, of = shape.kind, shape.of
        if kind in ("str", "int", "bool"):
            return f"({var} if _type({var}) is _{kind} else _reject())"
        if kind == "enum":
            key = ("enum", shape)
            name = self._names.get(key)
            if name is None:
                mapping = {member.value: member for member in of}
                name = self._names[key] = self._bind(mapping, "E")
            if all(type(member.value) is str for member in of):
                return f"{name}[{var}]"  # only a str can equal a str key
            return f"_enum_member({name}, {var})"
        if kind == "number":
            return f"({var} if _type({var}) is _int else _decimal({var}))"
        if kind == "date":
            return f"_date({var})"
        if kind == "period":
            return f"_period({var})"
        if kind == "json":
            function = "_extensions" if of is Extensions else "_json_object"
            return f"{function}({var}, {depth})"
        if kind == "optional":
            return f"(None if {var} is None else {self._fast_expr(of, var, depth)})"
        if kind == "object":
            builder = self._builder_name(of)
            return (
                f"({builder}({depth}, **{var}) if _type({var}) is _dict else _reject())"
            )
        return f"{self._fast_name(shape)}({var}, {depth})"

    def _builder_name(self, cls: type) -> str:
        """Return the name of the function that builds *cls* from keywords.

        ``builder(depth, **payload)`` lets the interpreter match keys to fields:
        a missing required key or an unknown one is a ``TypeError`` there, for
        less work than looking each field up.
        """
        return self._generated(
            ("build", Shape("object", cls)),
            "_b",
            lambda name: self._builder_lines(cls, name),
        )

    def _builder_lines(self, cls: type, name: str) -> list[str]:
        fields = self.fields(cls)
        parameters = []
        body = [f"    if _d > {MAX_DEPTH}: _reject()"]
        if cls is self.report_class:
            parameters.append(f"{VERSION_KEY}=_MISSING")
            body += [
                f"    if {VERSION_KEY} is not _MISSING and (",
                f"        _type({VERSION_KEY}) is not _int or {VERSION_KEY} != {FORMAT_VERSION}",
                "    ):",
                "        _reject()",
            ]
        arguments = []
        for index, f in enumerate(fields):
            expr = self._fast_expr(f.shape, f.name, "_d + 1")
            if f.required:
                parameters.append(f.name)
                body.append(f"    _a{index} = {expr}")
            elif f.default is None and f.shape.kind == "optional":
                parameters.append(f"{f.name}=None")
                body.append(f"    _a{index} = {expr}")
            else:
                parameters.append(f"{f.name}=_MISSING")
                default = self._bind(f.default, "D")
                body.append(
                    f"    _a{index} = {default} if {f.name} is _MISSING else {expr}"
                )
            arguments.append(f"{f.attribute.alias}=_a{index}")
        lines = [f"def {name}(_d, /, *, {', '.join(parameters)}):", *body]
        if _can_build_directly(cls):
            lines += self._build_lines(cls, fields)
        else:
            lines.append(f"    return {self._bind(cls, 'C')}({', '.join(arguments)})")
        return lines

    def _build_lines(self, cls: type, fields: tuple[WireField, ...]) -> list[str]:
        """Build an instance without ``__init__``, running the model's checks.

        ``__init__`` would set each field, run each field's validator and then
        ``__attrs_post_init__``. This does the same work for less: the slots are
        set through their descriptors, the checks of the ``_checks`` factories
        run inline (type checks the wire shapes already made are skipped), any
        other validator is called as it is, after every field is set, and then
        ``__attrs_post_init__``. It only has to accept and refuse exactly what
        ``__init__`` does: any refusal sends the input to the detailed pass,
        which calls ``__init__`` for its messages.
        """
        lines = [f"    _inst = _new({self._bind(cls, 'C')})"]
        later: list[str] = []
        for index, f in enumerate(fields):
            var = f"_a{index}"
            setter = self._bind(_slot_setter(cls, f.name), "P")
            lines.append(f"    {setter}(_inst, {var})")
            for line in self._check_lines(f.attribute.validator, f.shape, var, f):
                (later if line.startswith("@") else lines).append(line.lstrip("@"))
        lines += later
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("    _inst.__attrs_post_init__()")
        lines.append("    return _inst")
        return lines

    def _hooked(self, shape: Shape) -> bool:
        """Whether a user's structure hook makes *shape*'s values (or its items')."""
        while shape.kind in ("optional", "tuple"):
            shape = shape.of
        return self._custom(shape, "structure") is not None

    def _check_lines(
        self,
        validator: object,
        shape: Shape,
        var: str,
        f: WireField,
        indent: str = "    ",
    ) -> list[str]:
        """Lines that refuse *var* when *validator* would (``@``: run after the sets)."""
        if validator is None:
            return []
        name = getattr(validator, "__qualname__", "")
        closure = _closure(validator)
        # What a user's hook makes is unknown: no check is implied by the shape.
        produced = None if self._hooked(shape) else _produced_type(shape)
        inline = {
            "text.<locals>.validate": f"not {var}.strip()",
            "identifier.<locals>.validate": f"_id_match({var}) is None",
            "country_code.<locals>.validate": f"{var} not in _countries",
            "non_negative_int.<locals>.validate": f"{var} < 0",
            "positive_int.<locals>.validate": f"{var} < 1",
            "non_negative_number.<locals>.validate": f"{var} < 0",
        }
        wire_type = {
            "text.<locals>.validate": "str",
            "identifier.<locals>.validate": "str",
            "country_code.<locals>.validate": "str",
            "non_negative_int.<locals>.validate": "int",
            "positive_int.<locals>.validate": "int",
            "non_negative_number.<locals>.validate": "number",
        }
        if name in inline and shape.kind == wire_type[name]:
            return [f"{indent}if {inline[name]}: _reject()"]
        if name == "language_tag.<locals>.validate" and shape.kind == "str":
            return [f"{indent}_valid_language({var})"]
        if name == "optional.<locals>.validate" and shape.kind == "optional":
            inner = self._check_lines(
                closure["validator"], shape.of, var, f, indent + "    "
            )
            if not inner:
                return []
            if inner[0].startswith("@"):
                return [f"@{indent}if {var} is not None:", *inner]
            return [f"{indent}if {var} is not None:", *inner]
        hooked = self._hooked(shape)
        if name == "instance_of.<locals>.validate" and (
            _subclass(produced, closure["cls"])
            or (
                shape.kind == "union"
                and not hooked
                and all(_subclass(c, closure["cls"]) for c in shape.of.by_tag.values())
            )
        ):
            return []
        if not hooked and _IMPLIED_BY_SHAPE.get(id(validator)) == _shape_text(shape):
            return []
        if (
            name == "tuple_of.<locals>.validate"
            and shape.kind == "tuple"
            and not hooked
            and _subclass(_produced_type(shape.of), closure["item"])
        ):
            return []
        if name == "tuple_each.<locals>.validate" and shape.kind == "tuple":
            item_check = {
                check.check_text: "not _i.strip()",
                check.check_identifier: "_id_match(_i) is None",
                check.check_country_code: "_i not in _countries",
            }.get(closure["check"])
            if item_check is not None and shape.of.kind == "str":
                return [
                    f"{indent}for _i in {var}:",
                    f"{indent}    if {item_check}: _reject()",
                ]
        validate = self._bind(validator, "V")
        attribute = self._bind(f.attribute, "A")
        return [f"@{indent}{validate}(_inst, {attribute}, {var})"]

    # -- unstructuring ------------------------------------------------------

    def unstructurer(self, tp: object) -> Callable[[Any], Any]:
        """Return the function that writes a value of *tp* as plain JSON data."""
        shape = self.shape(tp)
        function = self._unstructure.get(shape)
        if function is None:
            with self._lock:
                name = self._unstructure_name(shape)
            inner = cast("Callable[[Any], Any]", self._namespace[name])
            if shape.kind == "object" and shape.of is self.report_class:

                def function(report: Any, _inner: Callable[[Any], Any] = inner) -> Any:
                    return {VERSION_KEY: FORMAT_VERSION, **_inner(report)}

            else:
                function = inner
            self._unstructure[shape] = function
        return function

    def unstructurer_of_shape(self, shape: Shape) -> Callable[[Any], Any]:
        """Return the function that writes a value of *shape* (no format version)."""
        with self._lock:
            name = self._unstructure_name(shape)
        return cast("Callable[[Any], Any]", self._namespace[name])

    def _unstructure_name(self, shape: Shape) -> str:
        return self._generated(
            ("unstructure", shape),
            "_u",
            lambda name: self._unstructure_lines(shape, name),
        )

    def _unstructure_lines(self, shape: Shape, name: str) -> list[str]:
        kind, of = shape.kind, shape.of
        if kind == "object":
            lines = self._unstructure_object_lines(of, name)
        elif kind == "union":
            lines = [f"def {name}(x):", "    t = type(x)"]
            for tag, cls in of.by_tag.items():
                member = self._unstructure_name(Shape("object", cls))
                lines.append(
                    f"    if t is {self._bind(cls, 'C')}: "
                    f"return {{{of.tag_key!r}: {tag!r}, **{member}(x)}}"
                )
            lines.append("    _reject()")
        else:
            lines = [
                f"def {name}(x):",
                f"    return {self._unstructure_expr(shape, 'x')}",
            ]
        return lines

    def _unstructure_expr(self, shape: Shape, var: str) -> str:
        custom = self._custom(shape, "unstructure")
        if custom is not None:
            return f"{self._bind(custom[0], 'H')}({var})"
        kind, of = shape.kind, shape.of
        if kind in ("str", "int", "bool"):
            return var
        if kind == "enum":
            return f"{var}._value_"
        if kind == "number":
            return f"({var} if type({var}) is _int else _str({var}))"
        if kind in ("date", "period"):
            return f"_{kind}_text({var})"
        if kind == "json":
            return f"_thaw({var})"
        if kind == "optional":
            return f"(None if {var} is None else {self._unstructure_expr(of, var)})"
        if kind == "tuple":
            if of.kind in ("str", "int", "bool"):
                return f"_list({var})"
            item = self._unstructure_expr(of, f"_i{id(shape)}")
            return f"[{item} for _i{id(shape)} in {var}]"
        if kind == "fixed":
            items = ", ".join(
                self._unstructure_expr(item, f"{var}[{index}]")
                for index, item in enumerate(of)
            )
            return f"[{items}]"
        return f"{self._unstructure_name(shape)}({var})"

    def _unstructure_object_lines(self, cls: type, name: str) -> list[str]:
        lines = [f"def {name}(o):"]
        leading: list[str] = []
        body: list[str] = []
        for f in self.fields(cls):
            value = f"o.{f.name}"
            if f.omitted is _MISSING:
                expr = self._unstructure_expr(f.shape, value)
                if body:
                    body.append(f"    d[{f.name!r}] = {expr}")
                else:
                    leading.append(f"{f.name!r}: {expr}")
                continue
            inner = f.shape.of if f.shape.kind == "optional" else f.shape
            test = "x is not None" if f.omitted is None else "x"
            body += [
                f"    x = {value}",
                f"    if {test}: d[{f.name!r}] = {self._unstructure_expr(inner, 'x')}",
            ]
        lines.append(f"    d = {{{', '.join(leading)}}}")
        lines += body
        lines.append("    return d")
        return lines

    # -- writing JSON text ----------------------------------------------------

    def writer(self, tp: object) -> Callable[[Any], str]:
        """Return the function that writes a value of *tp* as compact JSON text.

        The text is exactly ``json.dumps(to_dict(value), ensure_ascii=False,
        separators=(",", ":"))``, written without building the dicts first.
        """
        shape = self.shape(tp)
        function = self._writers.get(shape)
        if function is None:
            with self._lock:
                name = self._writer_name(shape)
            inner = cast("Callable[[Any], str]", self._namespace[name])
            if shape.kind == "object" and shape.of is self.report_class:
                opening = f'{{"{VERSION_KEY}":{FORMAT_VERSION},'

                def function(report: Any, _inner: Callable[[Any], str] = inner) -> str:
                    return opening + _inner(report)[1:]

            else:
                function = inner
            self._writers[shape] = function
        return function

    def _writer_name(self, shape: Shape) -> str:
        return self._generated(
            ("write", shape), "_w", lambda name: self._writer_lines(shape, name)
        )

    def _writer_lines(self, shape: Shape, name: str) -> list[str]:
        kind, of = shape.kind, shape.of
        if kind == "object":
            lines = self._writer_object_lines(of, name)
        elif kind == "union":
            lines = [f"def {name}(_x):", "    _t = _type(_x)"]
            for tag, cls in of.by_tag.items():
                member = self._writer_name(Shape("object", cls))
                opening = "{" + json.dumps(of.tag_key) + ":" + json.dumps(tag)
                lines += [
                    f"    if _t is {self._bind(cls, 'C')}:",
                    f"        _m = {member}(_x)",
                    f"        return {opening!r} + ('}}' if _m == '{{}}' else ',' + _m[1:])",
                ]
            lines.append("    _reject()")
        else:
            lines = [f"def {name}(_x):", f"    return {self._writer_expr(shape, '_x')}"]
        return lines

    def _writer_expr(self, shape: Shape, var: str) -> str:
        custom = self._custom(shape, "unstructure")
        if custom is not None:
            return f"_json_text({self._bind(custom[0], 'H')}({var}))"
        kind, of = shape.kind, shape.of
        if kind == "str":
            return f"_encode({var})"
        if kind == "int":
            return f"_int_text({var})"
        if kind == "bool":
            return f"(_TRUE if {var} else _FALSE)"
        if kind == "enum":
            key = ("enum-json", shape)
            name = self._names.get(key)
            if name is None:
                texts = {
                    member: json.dumps(member.value, ensure_ascii=False)
                    for member in of
                }
                name = self._names[key] = self._bind(texts, "J")
            return f"{name}[{var}]"
        if kind == "number":
            # The value is read once, in the test, which runs first.
            return (
                f"(_int_text(_n) if _type(_n := {var}) is _int else _encode(_str(_n)))"
            )
        if kind in ("date", "period"):
            # EDTF text is digits and "-/.~?%": nothing to escape.
            return f"(_QUOTE + _{kind}_text({var}) + _QUOTE)"
        if kind == "json":
            return f"_json_text(_thaw({var}))"
        if kind == "optional":
            return f"(_NULL if {var} is None else {self._writer_expr(of, var)})"
        if kind == "tuple":
            # No quotes inside: these expressions go into f-strings.
            if of.kind == "str":
                return f"(_OPEN + _COMMA.join(map(_encode, {var})) + _CLOSE)"
            item = self._writer_expr(of, f"_i{id(shape)}")
            return (
                f"(_OPEN + _COMMA.join([{item} for _i{id(shape)} in {var}]) + _CLOSE)"
            )
        if kind == "fixed":
            items = " + _COMMA + ".join(
                self._writer_expr(item, f"{var}[{index}]")
                for index, item in enumerate(of)
            )
            return f"(_OPEN + {items} + _CLOSE)"
        return f"{self._writer_name(shape)}({var})"

    def _writer_object_lines(self, cls: type, name: str) -> list[str]:
        # One f-string per object: the interpreter joins its pieces once, where
        # appending field by field would copy the text written so far each time.
        # A field that may be left out is a conditional piece, "" or its key and
        # value. Each key after the first carries a leading comma; when the first
        # field may be left out, every key does, and the first comma is cut.
        fields = self.fields(cls)
        pieces: list[str] = []
        for index, f in enumerate(fields):
            comma = "" if index == 0 and f.omitted is _MISSING else ","
            key = comma + json.dumps(f.name) + ":"
            if f.omitted is _MISSING:
                value = self._writer_expr(f.shape, f"_o.{f.name}")
                pieces.append(_braces(key) + "{" + value + "}")
                continue
            inner = f.shape.of if f.shape.kind == "optional" else f.shape
            value = self._writer_expr(inner, "_x")
            bound = self._bind(key, "K")
            read = f"(_x := _o.{f.name})"
            if f.shape.kind == "json":  # an empty mapping is left out
                piece = f"{bound} + {value} if {read}._data else _EMPTY"
            elif f.omitted is None:
                piece = f"_EMPTY if {read} is None else {bound} + {value}"
            else:
                piece = f"{bound} + {value} if {read} else _EMPTY"
            pieces.append("{" + piece + "}")
        text = "".join(pieces)
        if fields and fields[0].omitted is _MISSING:
            return [f"def {name}(_o):", f"    return f{'{{' + text + '}}'!r}"]
        return [
            f"def {name}(_o):",
            f"    _s = f{text!r}",
            "    return '{' + _s[1:] + '}'",
        ]

    # -- decoding JSON text with msgspec, when it is installed ------------------

    def decoder(self, shape: Shape) -> Callable[[str | bytes | bytearray], Any] | None:
        """Return a function decoding JSON text straight to *shape*'s value, or None.

        With msgspec installed (the ``fast`` extra), JSON text of an object shape
        is decoded in C into mirror ``msgspec.Struct`` classes that check the
        JSON types, then converted as the fast path builds from a dict: the same
        conversions of numbers, dates and extensions, the same model checks, the
        same depth limit. Wherever it refuses, it raises and the caller decodes
        the text the ordinary way, whose answer (a value or a StructureError) is
        then the one given. There is no decoder (None) without msgspec, for a
        shape that is not an object, or where a class inside would not be read
        the same: a user's structure hook on a type reached, an enum whose
        values are not all text or that finds members for other values
        (``_missing_``), a JSON object other than extensions.
        """
        if shape in self._decoders:
            return self._decoders[shape]
        with self._lock:
            decode: Callable[[str | bytes | bytearray], Any] | None = None
            if _MSGSPEC_INSTALLED and shape.kind == "object":
                self._references: list[tuple[str, tuple[type, _Member]]] = []
                self._resolve: list[tuple[Any, str, tuple[type, _Member]]] = []
                mirrors, names = dict(self._mirrors), dict(self._names)
                try:
                    mirror = self._mirror(shape)
                    for struct, reference, referred in self._resolve:
                        setattr(struct, reference, self._mirrors[referred])
                    decode = self._decoding_function(shape, mirror)
                except Exception:  # noqa: BLE001 - _NoMirror, or msgspec refusing a type
                    self._mirrors, self._names = mirrors, names  # no half-made
                    decode = None
            self._decoders[shape] = decode
        return decode

    def _decoding_function(
        self, shape: Shape, mirror: Any
    ) -> Callable[[str | bytes | bytearray], Any]:
        parse = msgspec.json.Decoder(mirror).decode
        convert = cast(
            "Callable[[Any, int], Any]",
            self._namespace[self._conversion_name(shape.of)],
        )
        if shape.of is self.report_class:

            def decode(text: str | bytes | bytearray) -> Any:
                decoded = parse(text)
                if decoded.format_version is msgspec.UNSET:
                    _reject()  # an unversioned report may need a migration
                return convert(decoded, 1)

        else:

            def decode(text: str | bytes | bytearray) -> Any:
                return convert(parse(text), 1)

        return decode

    def _mirror(self, shape: Shape) -> Any:
        """Return the type msgspec decodes *shape*'s JSON into."""
        if self._custom(shape, "structure") is not None:
            raise _NoMirror  # a user's hook decides what it accepts
        kind, of = shape.kind, shape.of
        simple = {"str": str, "date": str, "period": str, "int": int, "bool": bool}
        if kind in simple:
            return simple[kind]
        if kind == "number":
            return int | str
        if kind == "enum":
            if not _plain_text_enum(of):
                raise _NoMirror
            return of
        if kind == "json" and of is Extensions:
            return msgspec.Raw  # parsed as the ordinary path parses it
        if kind == "optional" and of.kind != "json":
            return typing.Optional[self._mirror(of)]  # noqa: UP045
        if kind == "tuple":
            return tuple[self._mirror(of), ...]  # type: ignore[misc]
        if kind == "fixed":
            return tuple[tuple(self._mirror(item) for item in of)]  # type: ignore[misc]
        if kind == "object":
            return self._mirror_struct(of, None)
        if kind == "union":
            members = tuple(
                self._mirror_struct(cls, (of.tag_key, tag))
                for tag, cls in of.by_tag.items()
            )
            return typing.Union[members]  # noqa: UP007
        raise _NoMirror

    def _mirror_struct(self, cls: type, member: _Member) -> Any:
        """Return the Struct mirroring *cls*, tagged when a union's *member*.

        A class met again while its own mirror is being made (a Report inside
        a Relation) is named, and the name set on the class that refers to it.
        """
        key = (cls, member)
        known = self._mirrors.get(key)
        if isinstance(known, str):  # in progress: refer to it by name
            self._references.append((known, key))
            return known
        if known is not None:
            return known
        name = f"_M{next(self._counter)}"
        self._mirrors[key] = name
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        if cls is self.report_class:
            fields.append((VERSION_KEY, int | msgspec.UnsetType, msgspec.UNSET))
        first_reference = len(self._references)
        for f in self.fields(cls):
            mirror = self._mirror(f.shape)
            if f.required:
                fields.append((f.name, mirror))
            elif f.default is None and f.shape.kind == "optional":
                fields.append((f.name, mirror, None))
            else:
                fields.append((f.name, mirror | msgspec.UnsetType, msgspec.UNSET))
        options: dict[str, Any] = {}
        if member is not None:
            options = {"tag_field": member[0], "tag": member[1]}
        struct = msgspec.defstruct(
            name,
            fields,
            kw_only=True,
            forbid_unknown_fields=True,
            gc=False,
            **options,
        )
        self._mirrors[key] = struct
        # msgspec looks a name up among the referring class's attributes first.
        for reference, referred in self._references[first_reference:]:
            self._resolve.append((struct, reference, referred))
        del self._references[first_reference:]
        return struct

    def _conversion_name(self, cls: type) -> str:
        """Return the name of the function building *cls* from its mirror."""
        return self._generated(
            ("convert", Shape("object", cls)),
            "_c",
            lambda name: self._conversion_lines(cls, name),
        )

    def _conversion_lines(self, cls: type, name: str) -> list[str]:
        fields = self.fields(cls)
        body = [f"def {name}(_o, _d):", f"    if _d > {MAX_DEPTH}: _reject()"]
        if cls is self.report_class:
            body += [
                f"    _v = _o.{VERSION_KEY}",
                f"    if _v is not _UNSET and _v != {FORMAT_VERSION}: _reject()",
            ]
        arguments = []
        for index, f in enumerate(fields):
            if f.required or (f.default is None and f.shape.kind == "optional"):
                expr = self._conversion_expr(f.shape, f"_o.{f.name}", "_d + 1")
                body.append(f"    _a{index} = {expr}")
            else:
                default = self._bind(f.default, "D")
                expr = self._conversion_expr(f.shape, "_x", "_d + 1")
                body.append(
                    f"    _a{index} = {default} if (_x := _o.{f.name}) is _UNSET"
                    f" else {expr}"
                )
            arguments.append(f"{f.attribute.alias}=_a{index}")
        if _can_build_directly(cls):
            body += self._build_lines(cls, fields)
        else:
            body.append(f"    return {self._bind(cls, 'C')}({', '.join(arguments)})")
        return body

    def _conversion_expr(self, shape: Shape, var: str, depth: str) -> str:
        """Return an expression converting *var*, decoded into a mirror, at *depth*.

        msgspec has checked the JSON types, so text, integers, flags and enum
        members are taken as they are; everything else is what ``_fast_expr``
        does, at the same depths.
        """
        kind, of = shape.kind, shape.of
        if kind in ("str", "int", "bool", "enum"):
            return var
        if kind == "json":  # Extensions, which msgspec left as raw JSON text
            return f"_extensions(_raw_json({var}), {depth})"
        if kind == "optional":
            inner = self._conversion_expr(of, var, depth)
            return inner if inner == var else f"(None if {var} is None else {inner})"
        if kind == "object":
            return f"{self._conversion_name(of)}({var}, {depth})"
        if kind in ("tuple", "fixed", "union"):
            return f"{self._container_conversion_name(shape)}({var}, {depth})"
        return self._fast_expr(shape, var, depth)  # number, date, period

    def _container_conversion_name(self, shape: Shape) -> str:
        return self._generated(
            ("convert", shape),
            "_c",
            lambda name: self._container_conversion_lines(shape, name),
        )

    def _container_conversion_lines(self, shape: Shape, name: str) -> list[str]:
        kind, of = shape.kind, shape.of
        lines = [f"def {name}(_x, _d):"]
        if kind == "union":
            converters = {
                self._mirror_struct(cls, (of.tag_key, tag)): self._namespace[
                    self._conversion_name(cls)
                ]
                for tag, cls in of.by_tag.items()
            }
            lines.append(f"    return {self._bind(converters, 'U')}[_type(_x)](_x, _d)")
        elif kind == "fixed" or self._conversion_expr(of, "_i", "_d + 1") == "_i":
            lines += [f"    if _d > {MAX_DEPTH}: _reject()", "    return _x"]
        else:
            item = self._conversion_expr(of, "_i", "_d + 1")
            lines += [
                f"    if _d > {MAX_DEPTH}: _reject()",
                f"    return _tuple([{item} for _i in _x])",
            ]
        return lines

    # -- encoding JSON text with msgspec, when it is installed ------------------

    def encoder(self, tp: type) -> Callable[[Any], str] | None:
        """Return a function writing a *tp* as compact JSON text with msgspec, or None.

        The text is exactly :meth:`writer`'s: each object is copied into a mirror
        ``msgspec.Struct`` (fields in the same order, the same values left out,
        dates and periods as their EDTF text, extensions as the text the writer
        gives them) and msgspec writes the whole tree in C. What msgspec cannot
        write the same raises, and the caller uses the writer: a lone surrogate
        (UTF-8 cannot hold it), subclasses of str or Decimal. There is no
        encoder (None) without msgspec, for a type that is not a class with
        fields, or where a user's unstructure hook applies to a type reached.
        """
        shape = self.shape(tp)
        if shape in self._encoders:
            return self._encoders[shape]
        with self._lock:
            encode: Callable[[Any], str] | None = None
            if _MSGSPEC_INSTALLED and shape.kind == "object":
                names = dict(self._names)
                self._copying: list[type] = []
                try:
                    copy = self._copy_name(shape.of, top=True)
                except Exception:  # noqa: BLE001 - _NoMirror, or a type msgspec refuses
                    self._names = names  # nothing half made is kept
                else:
                    to_bytes = msgspec.json.Encoder().encode
                    mirror = cast("Callable[[Any], Any]", self._namespace[copy])

                    def encode(value: Any) -> str:
                        return to_bytes(mirror(value)).decode()

            self._encoders[shape] = encode
        return encode

    def _copy_name(self, cls: type, *, top: bool = False) -> str:
        """Return the name of the function copying a *cls* into its write mirror.

        The mirror of the report written at the top carries the format version
        first, as the writer does; a report carried in a relation does not.
        """
        return self._generated(
            ("copy-top" if top else "copy", Shape("object", cls)),
            "_e",
            lambda name: [
                f"def {name}(_o):",
                f"    return {self._copy_call(cls, '_o', top=top, member=None)}",
            ],
        )

    def _copy_call(self, cls: type, var: str, *, top: bool, member: _Member) -> str:
        """Return an expression copying *var*, a *cls*, into its write mirror.

        msgspec leaves out a value that is its field's default (compared by
        identity: the values the writer leaves out are None, False and (), one
        object each), so each field's default is the value the writer leaves
        out, or one that no value is. A union's *member* carries its tag first.
        """
        version = top and cls is self.report_class
        kind = "mirror-top" if version else f"mirror-{member}"
        key = (kind, Shape("object", cls))
        mirror = self._names.get(key)
        if mirror is None:
            fields: list[tuple[str, Any, Any]] = []
            if version:
                fields.append((VERSION_KEY, Any, _NEVER))
            for f in self.fields(cls):
                if f.shape.kind == "json":
                    omitted: object = None  # empty extensions are given as None
                else:
                    omitted = _NEVER if f.omitted is _MISSING else f.omitted
                fields.append((f.name, Any, omitted))
            options: dict[str, Any] = {}
            if member is not None:
                options = {"tag_field": member[0], "tag": member[1]}
            struct = msgspec.defstruct(
                f"_W{next(self._counter)}",
                fields,
                omit_defaults=True,
                gc=False,
                **options,
            )
            mirror = self._names[key] = self._bind(struct, "W")
        arguments = [str(FORMAT_VERSION)] if version else []
        self._copying.append(cls)
        arguments += [
            self._copy_expr(f.shape, f"{var}.{f.name}") for f in self.fields(cls)
        ]
        self._copying.pop()
        return f"{mirror}({', '.join(arguments)})"

    def _copy_expr(self, shape: Shape, var: str) -> str:
        """Return an expression giving msgspec *var*'s value to write.

        Objects are copied inline where *var* is a plain name (one call less
        per object); a class that holds itself (a report in a relation), by its
        function.
        """
        if self._custom(shape, "unstructure") is not None:
            raise _NoMirror  # a user's hook decides what is written
        kind, of = shape.kind, shape.of
        if kind in ("str", "int", "bool", "number"):
            return var  # ints as numbers, Decimals as strings, as the writer does
        if kind == "fixed":
            items = [self._copy_expr(item, f"{var}[{i}]") for i, item in enumerate(of)]
            if items != [f"{var}[{i}]" for i in range(len(of))]:
                raise _NoMirror  # only fixed arrays of plain values are written as is
            return var
        if kind == "enum":
            if not all(type(member.value) is str for member in of):
                raise _NoMirror  # the writer's text for other values may differ
            return var
        if kind in ("date", "period"):  # the memory's lookup inline: hot
            name = f"_t{next(self._counter)}"
            return (
                f"({name}[1] if ({name} := _{kind}_lookup(_id({var}))) is not None"
                f" else _{kind}_text({var}))"
            )
        if kind == "json":  # the writer's own text, as it is
            name = f"_j{next(self._counter)}"
            return (
                f"(_raw(_json_text(_thaw({name})).encode())"
                f" if ({name} := {var})._data else None)"
            )
        if kind == "optional":
            name = f"_y{next(self._counter)}"
            inner = self._copy_expr(of, name)
            if inner == name:
                return var
            return f"(None if ({name} := {var}) is None else {inner})"
        if kind == "tuple":
            name = f"_i{next(self._counter)}"
            item = self._copy_expr(of, name)
            if item == name:
                return var
            # An empty array is written as () (the default msgspec leaves out).
            return f"([{item} for {name} in {var}] if {var} else ())"
        if kind == "object":
            if of in self._copying or not var.isidentifier():
                return f"{self._copy_name(of)}({var})"
            return self._copy_call(of, var, top=False, member=None)
        # The one kind left: a tagged union, whose members carry their tags.
        name = f"_u{next(self._counter)}"
        lines = [f"def {name}(_x):", "    _t = _type(_x)"]
        for tag, cls in of.by_tag.items():
            lines += [
                f"    if _t is {self._bind(cls, 'C')}:",
                f"        return {self._copy_call(cls, '_x', top=False, member=(of.tag_key, tag))}",
            ]
        lines.append("    _reject()")
        self._define(name, lines)
        return f"{name}({var})"

    # -- the detailed pass --------------------------------------------------

    def detailed(self, shape: Shape) -> Callable[[Any], Any]:
        """Return the detailed structuring function of a shape."""
        function = self._detailed.get(shape)
        if function is None:
            function = self._detailed[shape] = self._make_detailed(shape)
        return function

    def _later(self, shape: Shape) -> Callable[[Any], Any]:
        """Return a detailed function resolved on first call (classes may recurse)."""
        custom = self._custom(shape, "structure")
        if custom is not None:
            hook = cast("Callable[[Any, type], Any]", custom[0])
            tp = custom[1]
            return lambda value: hook(value, tp)

        def call(value: object) -> object:
            return self.detailed(shape)(value)

        return call

    def _make_detailed(self, shape: Shape) -> Callable[[Any], Any]:  # noqa: PLR0915
        kind, of = shape.kind, shape.of
        expected = shape.describe()

        if kind in ("str", "int", "bool"):
            wanted = {"str": str, "int": int, "bool": bool}[kind]

            def primitive(value: object) -> object:
                if kind == "str":
                    if isinstance(value, str):
                        return value
                elif type(value) is wanted:
                    return value
                raise _Mismatch(expected, value)

            return primitive

        if kind == "enum":
            mapping = {member.value: member for member in of}

            def member(value: object) -> object:
                try:
                    return _enum_member(mapping, value)
                except (_Reject, KeyError, TypeError):
                    pass
                raise _Mismatch(expected, value)

            return member

        if kind == "number":

            def number(value: object) -> object:
                if type(value) is int:
                    return value
                if isinstance(value, str) and DECIMAL_PATTERN.fullmatch(value):
                    try:
                        return Decimal(value)
                    except ArithmeticError:
                        raise _Mismatch(
                            "a decimal number within range", value
                        ) from None
                raise _Mismatch(expected, value)

            return number

        if kind in ("date", "period"):
            parse = _from_edtf_date if kind == "date" else _from_edtf_period

            def edtf(value: object) -> object:
                if not isinstance(value, str):
                    raise _Mismatch(expected, value)
                try:
                    return parse(value)
                except InvalidFieldError as error:
                    raise _Refused(error) from None

            return edtf

        if kind == "json":

            def json_object(value: object) -> object:
                if not isinstance(value, dict):
                    raise _Mismatch(expected, value)
                problems: list[BaseException] = []
                for key, item in value.items():
                    try:
                        of({key: item})
                    except InvalidFieldError as error:
                        relpath = error.field.removeprefix("extensions")
                        problems.append(_Refused(error, relpath))
                if problems:
                    raise _Problems(problems)
                return of(value)

            return json_object

        if kind == "optional":
            inner = self._later(of)

            def optional(value: object) -> object:
                if value is None:
                    return None
                try:
                    return inner(value)
                except _Mismatch as problem:
                    if problem.value is not value or problem.relpath:
                        raise
                    raise _Mismatch(expected, value) from None

            return optional

        if kind == "fixed":
            parts = [self._later(item) for item in of]

            def fixed(value: object) -> object:
                if not isinstance(value, list) or len(value) != len(parts):
                    raise _Mismatch(expected, value)
                result = []
                problems: list[BaseException] = []
                for index, (part, element) in enumerate(zip(parts, value, strict=True)):
                    try:
                        result.append(part(element))
                    except Exception as exc:  # noqa: BLE001 - reported with its path
                        problems.append(_At(f"[{index}]", exc))
                if problems:
                    raise _Problems(problems)
                return tuple(result)

            return fixed

        if kind == "tuple":
            item = self._later(of)

            def sequence(value: object) -> object:
                if not isinstance(value, list):
                    raise _Mismatch(expected, value)
                result = []
                problems: list[BaseException] = []
                for index, element in enumerate(value):
                    try:
                        result.append(item(element))
                    except Exception as exc:  # noqa: BLE001 - reported with its path
                        problems.append(_At(f"[{index}]", exc))
                if problems:
                    raise _Problems(problems)
                return tuple(result)

            return sequence

        if kind == "union":
            return self._detailed_union(of)

        return self._detailed_object(of)

    def _detailed_union(self, union: TaggedUnion) -> Callable[[Any], Any]:
        tag_key = union.tag_key
        tags = " or ".join(repr(tag) for tag in union.by_tag)
        members = {
            tag: self._later(Shape("object", cls)) for tag, cls in union.by_tag.items()
        }

        def tagged(value: object) -> object:
            if not isinstance(value, dict):
                raise _Mismatch(Shape("union", union).describe(), value)
            if tag_key not in value:
                raise _Missing(tags, _key(tag_key))
            body = dict(value)
            tag = body.pop(tag_key)
            structure = members.get(tag) if isinstance(tag, str) else None
            if structure is None:
                raise _Mismatch(tags, tag, _key(tag_key))
            return structure(body)

        return tagged

    def _detailed_object(self, cls: type) -> Callable[[Any], Any]:
        overrides = {
            f.name: override(struct_hook=self._field_hook(f)) for f in self.fields(cls)
        }
        options: dict[str, Any] = {
            "_cattrs_forbid_extra_keys": True,
            "_cattrs_detailed_validation": True,
            "_cattrs_use_linecache": False,
            **overrides,
        }
        generated: Callable[[Any, type], Any] = make_dict_structure_fn(
            cls, self._detailed_converter, **options
        )
        expected = Shape("object", cls).describe()
        is_report = cls is self.report_class

        def structure(value: object) -> object:
            if not isinstance(value, dict):
                raise _Mismatch(expected, value)
            version_problem = None
            if is_report and VERSION_KEY in value:
                version = value[VERSION_KEY]
                value = {k: v for k, v in value.items() if k != VERSION_KEY}
                if type(version) is not int or version != FORMAT_VERSION:
                    version_problem = _Mismatch(
                        f"the format version {FORMAT_VERSION}",
                        version,
                        _key(VERSION_KEY),
                    )
            try:
                result = generated(value, cls)
            except ClassValidationError as exc:
                if version_problem is None:
                    raise
                # Noted like a field's problem, so that it comes first, in order.
                first = _Mismatch(version_problem.expected, version_problem.value)
                first.__notes__ = [
                    AttributeValidationNote(VERSION_KEY, VERSION_KEY, int)
                ]
                raise ClassValidationError(
                    exc.message, [first, *exc.exceptions], cls
                ) from None
            if version_problem is not None:
                raise version_problem
            return result

        return structure

    def _field_hook(self, f: WireField) -> Callable[[Any, Any], Any]:
        inner = self._later(f.shape)
        validator = f.attribute.validator
        if validator is None or _uses_instance(validator):
            return lambda value, _: inner(value)
        attribute = f.attribute
        per_item = f.shape.kind == "tuple"

        def hook(value: Any, _: object) -> object:
            result = inner(value)
            if per_item:
                problems: list[BaseException] = []
                for index, element in enumerate(result):
                    try:
                        validator(None, attribute, (element,))
                    except InvalidFieldError as error:
                        refused = _Refused(error, value=value[index])
                        problems.append(_At(f"[{index}]", refused))
                if problems:
                    raise _Problems(problems)
            else:
                try:
                    validator(None, attribute, result)
                except InvalidFieldError as error:
                    raise _Refused(error, value=value) from None
            return result

        return hook

    # -- entry points ---------------------------------------------------------

    def structure(self, data: object, tp: type[T]) -> T:
        """Build a *tp* from plain data, or raise :class:`StructureError`."""
        shape = self.shape(tp)
        top_report = shape.kind == "object" and shape.of is self.report_class
        if not top_report or (type(data) is dict and VERSION_KEY in data):
            try:
                return cast("T", self.fast(shape)(data))
            except Exception:  # noqa: BLE001, S110 - the detailed pass explains
                pass
        return cast("T", self.explain(data, shape, top_report))

    def explain(self, data: object, shape: Shape, top_report: bool) -> object:
        """Run the detailed pass: return the value, or raise with every problem."""
        target = _target_name(shape)
        too_deep, redact = _scan(data)
        if too_deep is not None:
            raise StructureError(
                [
                    (
                        too_deep,
                        f"expected at most {MAX_DEPTH} levels of nesting, got deeper",
                    )
                ],
                target,
            )
        problems: list[tuple[str, str]] = []
        if top_report and isinstance(data, dict):
            data, migrated = self._upgrade(data, problems, redact, target)
            if migrated:
                try:
                    return self.fast(shape)(data)
                except Exception:  # noqa: BLE001, S110 - the detailed pass explains
                    pass
        try:
            result = self.detailed(shape)(data)
        except Exception as exc:  # noqa: BLE001 - every problem becomes a message
            leaves: list[_Leaf] = []
            try:
                _flatten(exc, "$", self, leaves)
            except RecursionError:  # a stack too short even for the report
                leaves = [_Leaf("$", RecursionError())]
            problems.extend(
                (leaf.path, _message(leaf.problem, redact)) for leaf in leaves
            )
        else:
            if not problems:
                return result
        raise StructureError(problems, target)

    def _upgrade(
        self,
        data: dict[Any, Any],
        problems: list[tuple[str, str]],
        redact: bool,
        target: str,
    ) -> tuple[dict[Any, Any], bool]:
        """Check a report's format version, migrating older versions to this one.

        Returns the data to structure and whether it was migrated.
        """
        path = "$" + _key(VERSION_KEY)
        expected = f"the format version {FORMAT_VERSION}"
        if VERSION_KEY not in data:
            problems.append(
                (path, f"expected {expected}, got nothing (the field is required)")
            )
            return data, False
        version = data[VERSION_KEY]
        if version == FORMAT_VERSION and type(version) is int:
            return data, False
        rest = {key: value for key, value in data.items() if key != VERSION_KEY}
        if type(version) is not int:
            problems.append(
                (path, f"expected {expected}, got {_describe(version, redact=redact)}")
            )
            return rest, False
        if version > FORMAT_VERSION:
            raise StructureError(
                [
                    (
                        path,
                        (
                            f"expected a format version up to {FORMAT_VERSION}, "
                            f"got {version}: the data was written by a newer "
                            "rightsreport; upgrade to read it"
                        ),
                    )
                ],
                target,
            )
        while version < FORMAT_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                oldest = min(MIGRATIONS, default=FORMAT_VERSION)
                raise StructureError(
                    [
                        (
                            path,
                            (
                                f"expected a format version from {oldest} "
                                f"to {FORMAT_VERSION}, got {version}"
                            ),
                        )
                    ],
                    target,
                )
            rest = step(rest)
            version += 1
        return {VERSION_KEY: FORMAT_VERSION, **rest}, True

    def unstructure(self, obj: object) -> Any:
        """Write *obj* as plain JSON data."""
        try:
            function = self.unstructurer(type(obj))
        except TypeError:
            raise InvalidFieldError(
                "obj", "an instance of a rightsreport type", type(obj).__name__
            ) from None
        return function(obj)


def _closure(function: object) -> dict[str, Any]:
    """Return the variables a closure captured, by name (empty for others)."""
    code = getattr(function, "__code__", None)
    cells = getattr(function, "__closure__", None) or ()
    if code is None:
        return {}
    return dict(zip(code.co_freevars, (c.cell_contents for c in cells), strict=True))


def _nominal(shape: Shape) -> type | None:
    """Return the class a shape stands for, when it is one a hook can be for."""
    if shape.kind in ("object", "enum", "json"):
        return cast("type", shape.of)
    return {
        "str": str,
        "int": int,
        "bool": bool,
        "date": PartialDate,
        "period": Period,
    }.get(shape.kind)


def _produced_type(shape: Shape) -> type | None:
    """Return the type the fast path always makes for *shape*, if there is one."""
    if shape.kind in ("enum", "object", "json"):
        return cast("type", shape.of)
    return {
        "date": PartialDate,
        "period": Period,
        "str": str,
        "int": int,
        "bool": bool,
    }.get(shape.kind)


#: Validators of the model that only check what a wire shape already makes
#: sure of, with that shape (see ``_shape_text``): an int or a finite Decimal for
#: a number, a Report for a related report. Keyed by the functions' ids, so that
#: a user's validator of the same name is never taken for one of them.
_IMPLIED_BY_SHAPE: Final = {
    id(attrs.fields(Statistic).value.validator): "number",
    id(attrs.fields(ShareOf).percent.validator): "optional number",
    id(attrs.fields(Relation).report.validator): "optional Report",
}


def _shape_text(shape: Shape) -> str:
    """Say a shape in words for ``_IMPLIED_BY_SHAPE``: its kind, or its class."""
    if shape.kind == "optional":
        return "optional " + _shape_text(shape.of)
    if shape.kind == "object":
        return cast("type", shape.of).__name__
    return shape.kind


def _subclass(produced: type | None, expected: object) -> bool:
    """Whether values of type *produced* always pass ``isinstance(v, expected)``.

    ``instance_of`` refuses a bool unless ``bool`` is one of the classes.
    """
    if produced is None:
        return False
    classes = expected if isinstance(expected, tuple) else (expected,)
    if produced is bool:
        return bool in classes
    return all(isinstance(c, type) for c in classes) and issubclass(produced, classes)


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    """Return a fast way to set field *name* on an instance, bypassing frozenness."""
    descriptor = inspect.getattr_static(cls, name, None)
    if isinstance(descriptor, types.MemberDescriptorType):
        return cast("Callable[[object, object], None]", descriptor.__set__)
    return functools.partial(_set_attribute, name=name)


def _set_attribute(instance: object, value: object, *, name: str) -> None:
    object.__setattr__(instance, name, value)


def _can_build_directly(cls: type) -> bool:
    """Whether an instance may be built without ``__init__`` (see ``_build_lines``).

    Classes with a pre-init hook, a cached hash or a converter other than
    :func:`to_extensions` (which the wire shapes already do) keep ``__init__``.
    """
    if hasattr(cls, "__attrs_pre_init__") or "__attrs_cached_hash__" in getattr(
        cls, "__slots__", ()
    ):
        return False
    return all(
        a.converter is None or a.converter is to_extensions
        for a in attrs.fields(cls)
        if a.init
    ) and all(a.init for a in attrs.fields(cls))


def _plain_name(name: str) -> bool:
    """Whether a field name can be a keyword parameter of generated code."""
    return (
        name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")
    )


def _target_name(shape: Shape) -> str:
    if shape.kind in ("object", "enum", "json"):
        return cast("str", shape.of.__name__)
    if shape.kind == "union":
        return cast("str", shape.of.name)
    if shape.kind in ("date", "period"):
        return "PartialDate" if shape.kind == "date" else "Period"
    return "value"


# --------------------------------------------------------------------------
# Converters and the public functions.


class _Converter(cattrs.Converter):
    """A cattrs converter whose hooks read and write the rightsreport wire format."""

    __slots__ = ("_wire",)

    _wire: Wire


#: The model's tagged unions, registered on every converter make_converter builds:
#: ``(union, tag_key, tags or None)``. A statistic's derivation is one: ``{"type":
#: "share_of", "whole_id": ...}``, its tag the class name in snake_case.
MODEL_UNIONS: Final[list[tuple[object, str, Mapping[type, str] | None]]] = [
    (Derivation, "type", None),
]


def make_converter() -> cattrs.Converter:
    """Return a new cattrs converter that knows every rightsreport type.

    Its structure hooks are strict and raise :class:`~rightsreport.StructureError`
    listing every problem; its unstructure hooks write the canonical wire form
    (a report with its format version). Build your own when you want to change
    something: the module's converter is private and never changes.

        >>> from rightsreport import Period, make_converter
        >>> converter = make_converter()
        >>> converter.structure("2019-04/2020-03", Period)
        Period(start=PartialDate(year=2019, month=4, day=None, approximate=False, uncertain=False), end=PartialDate(year=2020, month=3, day=None, approximate=False, uncertain=False))
        >>> converter.unstructure(Period.from_edtf("2020/.."))
        '2020/..'
    """
    converter = _Converter(forbid_extra_keys=True, detailed_validation=False)
    wire = Wire(converter=converter)
    converter._wire = wire  # noqa: SLF001

    def structure_factory(tp: Any) -> Callable[[Any, Any], Any]:
        def structure(data: Any, _: object) -> Any:
            return wire.structure(data, tp)

        structure.rightsreport_hook = True  # type: ignore[attr-defined]
        return structure

    def unstructure_factory(tp: Any) -> Callable[[Any], Any]:
        def unstructure(value: Any) -> Any:
            return wire.unstructurer(tp)(value)

        unstructure.rightsreport_hook = True  # type: ignore[attr-defined]
        return unstructure

    converter.register_structure_hook_factory(wire.handles, structure_factory)
    converter.register_unstructure_hook_factory(wire.handles, unstructure_factory)

    # cattrs' own hooks for these (lax: 123 becomes "123") are found before any
    # factory, and every StrEnum is a str: take them over by class.
    def structure_by_type(data: Any, tp: Any) -> Any:
        return wire.structure(data, tp)

    def unstructure_by_type(value: Any) -> Any:
        return wire.unstructurer(type(value))(value)

    structure_by_type.rightsreport_hook = True  # type: ignore[attr-defined]
    unstructure_by_type.rightsreport_hook = True  # type: ignore[attr-defined]
    for base in (str, int, bool, enum.Enum):
        converter.register_structure_hook(base, structure_by_type)
        converter.register_unstructure_hook(base, unstructure_by_type)
    for union, tag_key, tags in MODEL_UNIONS:
        register_tagged_union(converter, union, tag_key=tag_key, tags=tags)
    return converter


def wire_of(converter: cattrs.Converter) -> Wire:
    """Return the wire description behind a converter from :func:`make_converter`."""
    if not isinstance(converter, _Converter):
        raise InvalidFieldError(
            "converter", "a converter from make_converter()", type(converter).__name__
        )
    return converter._wire  # noqa: SLF001


def register_tagged_union(
    converter: cattrs.Converter,
    union: object,
    *,
    tag_key: str = "type",
    tags: Mapping[type, str] | None = None,
    name: str | None = None,
) -> TaggedUnion:
    """Teach *converter* a union of attrs classes, tagged on the wire by *tag_key*.

    Each member is written as its own object with ``tag_key`` added first (the
    tag defaults to the class name in snake_case); reading picks the member by its
    tag, and an unknown or missing tag is a problem at ``<path>.<tag_key>``. The
    tag key may not be a field of any member.
    """
    members = tuple(arg for arg in typing.get_args(union) if arg is not type(None))
    if len(members) < 2 or not all(attrs.has(member) for member in members):
        raise InvalidFieldError(
            "union", "a union of two or more attrs classes", repr(union)
        )
    for member in members:
        if any(field.name == tag_key for field in attrs.fields(member)):
            raise InvalidFieldError(
                "tag_key",
                f"a key that is not a field of {member.__name__}",
                repr(tag_key),
            )
    given = dict(tags or {})
    by_tag = {given.get(member, _snake(member.__name__)): member for member in members}
    if len(by_tag) != len(members):
        raise InvalidFieldError("tags", "a different tag for each member", repr(given))
    described = TaggedUnion(
        name=name or " or ".join(member.__name__ for member in members),
        tag_key=tag_key,
        by_tag=by_tag,
    )
    wire_of(converter).add_union(described, members)
    return described


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


_CONVERTER: Final = make_converter()
_WIRE: Final = wire_of(_CONVERTER)
#: Whether from_json and to_json use msgspec (installed with the "fast" extra).
#: The answers are the same either way; only the time differs. Private: the tests
#: and benchmarks turn it off to run the ordinary path.
ACCELERATED: bool = msgspec is not None


def default_wire() -> Wire:
    """Return the wire description the package's own functions use."""
    return _WIRE


def to_dict(obj: object) -> Any:
    """Return *obj* as plain JSON data: dicts, lists, strings, integers, booleans.

    The inverse of :func:`from_dict`. Dates and periods become EDTF strings,
    enums their values, decimals strings; absent fields are left out. A report
    starts with its format version::

        >>> from rightsreport import Identifier, Period, to_dict
        >>> to_dict(Identifier(scheme="wikidata", value="Q42"))
        {'scheme': 'wikidata', 'value': 'Q42'}
        >>> to_dict(Period.from_edtf("2019-04/2020-03"))
        '2019-04/2020-03'

    Raises:
        InvalidFieldError: *obj* is not a rightsreport object.
    """
    return _WIRE.unstructure(obj)


def from_dict(data: object, cls: type[T]) -> T:
    """Build a *cls* from plain JSON data, strictly.

    Text must be a string, numbers integers (or decimals written as strings),
    enums their exact values; a missing required field, an unknown key (outside
    ``extensions``) or anything the model refuses is a problem, and every problem
    is reported at once::

        >>> from rightsreport import BreakdownPart, from_dict
        >>> from_dict({"label": "land rights", "value": 101}, BreakdownPart)
        BreakdownPart(label='land rights', value=101, unit=None, category=None, printed=None)
        >>> from_dict({"label": 101, "value": "-3", "colour": "red"}, BreakdownPart)
        Traceback (most recent call last):
        ...
        rightsreport.StructureError: 3 problems in the BreakdownPart:
          $.label: expected a string, got 101
          $.value: expected a number >= 0, got '-3'
          $.colour: unexpected key: BreakdownPart has no field of that name

    Raises:
        StructureError: The data does not describe a valid *cls*.
        InvalidFieldError: *cls* is not a rightsreport type.
    """
    if not _WIRE.handles(cls):
        raise InvalidFieldError("cls", "a rightsreport type", repr(cls))
    return _WIRE.structure(data, cls)


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Return *obj* as JSON text in the canonical form.

    The same object always gives the same text: keys in the classes' field order,
    extension keys sorted, no insignificant whitespace (unless *indent* asks for
    it), non-ASCII characters as they are. Hash it, diff it, deduplicate it::

        >>> from rightsreport import Source, SourceKind, IdentificationLevel, to_json
        >>> print(
        ...     to_json(
        ...         Source(
        ...             id="cchr",
        ...             kind=SourceKind.ORGANISATION,
        ...             identification=IdentificationLevel.NAMED,
        ...             name="Cambodian Center for Human Rights",
        ...         ),
        ...         indent=2,
        ...     )
        ... )
        {
          "id": "cchr",
          "kind": "organisation",
          "identification": "named",
          "name": "Cambodian Center for Human Rights",
          "disclosure": "public"
        }
    """
    if indent is None:
        try:
            write = _WIRE.writer(type(obj))
        except TypeError:
            raise InvalidFieldError(
                "obj", "an instance of a rightsreport type", type(obj).__name__
            ) from None
        encode = _WIRE.encoder(type(obj)) if ACCELERATED else None
        if encode is not None:
            try:
                return encode(obj)
            except Exception:  # noqa: BLE001, S110 - the writer answers
                pass
        return write(obj)
    return json.dumps(
        _WIRE.unstructure(obj),
        ensure_ascii=False,
        allow_nan=False,
        check_circular=False,
        indent=indent,
        separators=(",", ": "),
    )


def from_json(text: str | bytes | bytearray, cls: type[T]) -> T:
    r"""Build a *cls* from JSON text (``str``, or ``bytes`` in UTF-8, 16 or 32).

    Exactly :func:`from_dict` on the parsed text. Malformed JSON is a
    :class:`~rightsreport.StructureError` too, with its line and column::

        >>> from rightsreport import Report, from_json
        >>> from_json('{"format_version": 1,\n "id": "r1" "kind": "other"}', Report)
        Traceback (most recent call last):
        ...
        rightsreport.StructureError: 1 problem in the Report:
          $: malformed JSON at line 2, column 13: Expecting ',' delimiter

    Raises:
        StructureError: The text is not JSON, or does not describe a valid *cls*.
        InvalidFieldError: *cls* is not a rightsreport type.
    """
    if not _WIRE.handles(cls):
        raise InvalidFieldError("cls", "a rightsreport type", repr(cls))
    shape = _WIRE.shape(cls)
    decode = _WIRE.decoder(shape) if ACCELERATED else None
    if decode is not None and isinstance(text, (str, bytes, bytearray)):
        try:
            return cast("T", decode(text))
        except Exception:  # noqa: BLE001, S110 - the ordinary path answers
            pass
    data = _loads(text, _target_name(shape))
    return _WIRE.structure(data, cls)


def _loads(text: object, target: str) -> object:
    if not isinstance(text, (str, bytes, bytearray)):
        raise StructureError(
            [
                (
                    "$",
                    f"expected JSON text (str or bytes), got {_describe(text, redact=True)}",
                )
            ],
            target,
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise StructureError([("$", message)], target) from exc
    except UnicodeDecodeError as exc:
        message = (
            f"malformed JSON: not UTF-8, UTF-16 or UTF-32 text (at byte {exc.start})"
        )
        raise StructureError([("$", message)], target) from exc
    except RecursionError:
        message = "expected JSON nested less deeply, got more than fits"
        raise StructureError([("$", message)], target) from None
    except ValueError as exc:
        message = f"malformed JSON: {exc}"
        raise StructureError([("$", message)], target) from exc
