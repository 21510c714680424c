"""Namespaced user data carried on reports, sources, quotes and statistics.

:class:`Extensions` is an immutable mapping from namespaced keys
(``org.example:reviewer``) to JSON-compatible values, deep-frozen so that a model
holding it stays hashable and safe to share. Serialisation keeps it whole on every
round-trip.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any, Final, TypeAlias, cast

from rightsreport._errors import InvalidFieldError

__all__ = [
    "EXTENSION_KEY_PATTERN",
    "Extensions",
    "FrozenJSONObject",
    "JSONValue",
    "to_extensions",
]

#: A JSON value as held inside :class:`Extensions`: arrays are tuples and objects
#: are :class:`FrozenJSONObject` mappings.
JSONValue: TypeAlias = (
    "bool | int | float | str | tuple[JSONValue, ...] | Mapping[str, JSONValue] | None"
)

#: A namespaced key: a reverse-domain or short namespace, a colon, a local name.
EXTENSION_KEY_PATTERN: Final = re.compile(
    r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
    r":[A-Za-z0-9_][A-Za-z0-9_.\-]*"
)

_MAX_DEPTH: Final = 64


def _freeze(value: object, path: str, depth: int) -> JSONValue:
    if depth > _MAX_DEPTH:
        raise InvalidFieldError(
            path, f"JSON nested at most {_MAX_DEPTH} deep", "deeper"
        )
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidFieldError(path, "a finite JSON number", repr(value))
        return value
    if isinstance(value, (list, tuple)):
        return tuple(
            _freeze(item, f"{path}[{index}]", depth + 1)
            for index, item in enumerate(value)
        )
    if isinstance(value, Mapping):
        return FrozenJSONObject._of(value, path, depth + 1)  # noqa: SLF001
    raise InvalidFieldError(
        path,
        "a JSON-compatible value (None, bool, int, float, str, list or dict)",
        type(value).__name__,
    )


def thaw(value: JSONValue) -> object:
    """Return *value* as plain JSON data: lists and dicts, ready for ``json.dumps``."""
    if isinstance(value, tuple):
        return [thaw(item) for item in value]
    if isinstance(value, Mapping):
        return {key: thaw(item) for key, item in value.items()}
    return value


class FrozenJSONObject(Mapping[str, JSONValue]):
    """An immutable, hashable JSON object: a nested object inside :class:`Extensions`."""

    __slots__ = ("_data", "_hash")

    _data: dict[str, JSONValue]
    _hash: int | None

    def __init__(self, data: Mapping[str, object] | None = None) -> None:
        self._data = self._frozen_items(data or {}, "extensions", 0)
        self._hash = None

    @classmethod
    def _of(
        cls, data: Mapping[object, object], path: str, depth: int
    ) -> FrozenJSONObject:
        new = cls.__new__(cls)
        new._data = cls._frozen_items(data, path, depth)  # noqa: SLF001
        new._hash = None  # noqa: SLF001
        return new

    @classmethod
    def _frozen_items(
        cls, data: Mapping[Any, object], path: str, depth: int
    ) -> dict[str, JSONValue]:
        if not isinstance(data, Mapping):
            raise InvalidFieldError(path, "a mapping", type(data).__name__)
        items: dict[str, JSONValue] = {}
        for key, value in data.items():
            if not isinstance(key, str):
                raise InvalidFieldError(path, "str keys", type(key).__name__)
            item_path = f"{path}[{key!r}]"
            cls._check_key(key, item_path)
            items[key] = _freeze(value, item_path, depth)
        return items

    @staticmethod
    def _check_key(key: str, path: str) -> None:
        """Accept any key (nested objects have free keys)."""

    def __getitem__(self, key: str) -> JSONValue:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(
                json.dumps(thaw(self), sort_keys=True, separators=(",", ":"))
            )
        return self._hash

    def __repr__(self) -> str:
        return f"{type(self).__name__}({thaw(self)!r})"

    def __reduce__(self) -> tuple[type[FrozenJSONObject], tuple[object]]:
        return (type(self), (thaw(self),))

    def to_json_data(self) -> dict[str, object]:
        """Return the object as a plain ``dict`` of plain JSON values."""
        return cast("dict[str, object]", thaw(self))


class Extensions(FrozenJSONObject):
    """Namespaced user data: keys like ``org.example:reviewer``, JSON values.

    Everything a user adds here survives every round-trip; nothing else that the
    model does not know is accepted.

        >>> from rightsreport import Extensions
        >>> ext = Extensions({"org.example:reviewer": "jd", "org.example:tags": ["a"]})
        >>> ext["org.example:tags"]
        ('a',)
        >>> Extensions({"reviewer": "jd"})
        Traceback (most recent call last):
        ...
        rightsreport.InvalidFieldError: 'extensions['reviewer']' must be a namespaced key such as 'org.example:reviewer' (got 'reviewer')
    """

    __slots__ = ()

    @staticmethod
    def _check_key(key: str, path: str) -> None:
        if EXTENSION_KEY_PATTERN.fullmatch(key) is None:
            raise InvalidFieldError(
                path, "a namespaced key such as 'org.example:reviewer'", repr(key)
            )


def to_extensions(value: Mapping[str, object]) -> Extensions:
    """Return *value* as :class:`Extensions` (unchanged if it already is).

    The models' converter: a plain ``dict`` of namespaced keys is accepted.
    """
    if isinstance(value, Extensions):
        return value
    if not isinstance(value, Mapping):
        raise InvalidFieldError("extensions", "a mapping", type(value).__name__)
    return Extensions(value)
