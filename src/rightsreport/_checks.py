"""Construction-time checks: the invariants no model value may ever break.

Each factory returns an attrs validator that raises
:class:`~rightsreport.InvalidFieldError` naming the field, what was expected and
what came. They check only what can never be valid; document-level consistency is
the validation pass's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import attrs

from rightsreport._codes import COUNTRY_CODES, LANGUAGE_ALPHA3_TO_ALPHA2
from rightsreport._errors import InvalidFieldError

__all__ = [
    "check_country_code",
    "check_identifier",
    "check_language_tag",
    "check_text",
    "country_code",
    "identifier",
    "instance_of",
    "language_tag",
    "non_negative_int",
    "non_negative_number",
    "optional",
    "positive_int",
    "text",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

#: An id: letters, digits and ``._:-``, starting with a letter or digit.
IDENTIFIER_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}")

# RFC 5646 "langtag" production (private-use-only and grandfathered tags aside),
# with the case conventions of the canonical form: language lower case, script
# title case, region upper case, variants and extensions lower case.
_LANGUAGE_TAG: Final = re.compile(
    r"""
    (?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})
    (?:-(?P<script>[A-Z][a-z]{3}))?
    (?:-(?P<region>[A-Z]{2}|[0-9]{3}))?
    (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*
    (?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*
    (?:-x(?:-[a-z0-9]{1,8})+)?
    """,
    re.VERBOSE,
)


def _got(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _type_name(value: object) -> str:
    return type(value).__name__


def check_text(name: str, value: object) -> str:
    """Return *value* if it is a non-blank ``str``, else raise for field *name*."""
    if type(value) is not str and not isinstance(value, str):
        raise InvalidFieldError(name, "a non-empty str", _type_name(value))
    if not value.strip():
        raise InvalidFieldError(name, "a non-empty str", _got(value))
    return value


def check_identifier(name: str, value: object) -> str:
    """Return *value* if it is a well-formed id, else raise for field *name*."""
    if not isinstance(value, str):
        raise InvalidFieldError(name, "an id (str)", _type_name(value))
    if IDENTIFIER_PATTERN.fullmatch(value) is None:
        raise InvalidFieldError(
            name,
            "an id of letters, digits and '._:-', starting with a letter or digit",
            _got(value),
        )
    return value


def check_country_code(name: str, value: object) -> str:
    """Return *value* if it is an ISO 3166-1 alpha-2 code, else raise."""
    if not isinstance(value, str):
        raise InvalidFieldError(
            name, "an ISO 3166-1 alpha-2 country code", _type_name(value)
        )
    if value not in COUNTRY_CODES:
        raise InvalidFieldError(
            name, "an ISO 3166-1 alpha-2 country code such as 'KH'", _got(value)
        )
    return value


def check_language_tag(name: str, value: object) -> str:
    """Return *value* if it is a BCP 47 tag in canonical form, else raise.

    Canonical form means ``km``, not ``khm``; ``en-US``, not ``en_US`` or ``EN-us``.
    """
    if not isinstance(value, str):
        raise InvalidFieldError(
            name, "a BCP 47 language tag such as 'en' or 'km'", _type_name(value)
        )
    match = _LANGUAGE_TAG.fullmatch(value)
    if match is None:
        raise InvalidFieldError(
            name,
            "a BCP 47 language tag in canonical form such as 'en' or 'en-US'",
            _got(value),
        )
    primary = match["language"].partition("-")[0]
    shorter = LANGUAGE_ALPHA3_TO_ALPHA2.get(primary)
    if shorter is not None:
        raise InvalidFieldError(
            name, f"the two-letter language subtag {shorter!r}", _got(value)
        )
    return value


def text() -> Validator:
    """Validate a non-blank ``str``."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_text(attribute.name, value)

    return validate


def identifier() -> Validator:
    """Validate an id (see :data:`IDENTIFIER_PATTERN`)."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_identifier(attribute.name, value)

    return validate


def country_code() -> Validator:
    """Validate an ISO 3166-1 alpha-2 country code."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_country_code(attribute.name, value)

    return validate


def language_tag() -> Validator:
    """Validate a BCP 47 language tag in canonical form."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_language_tag(attribute.name, value)

    return validate


def instance_of(cls: type | tuple[type, ...], expected: str) -> Validator:
    """Validate an instance of *cls*; *expected* says it in words.

    ``bool`` is never accepted where an ``int`` is expected.
    """

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls) or (
            type(value) is bool and bool not in _as_tuple(cls)
        ):
            raise InvalidFieldError(attribute.name, expected, _type_name(value))

    return validate


def _as_tuple(cls: type | tuple[type, ...]) -> tuple[type, ...]:
    return cls if isinstance(cls, tuple) else (cls,)


def _check_int(name: str, value: object, minimum: int, expected: str) -> None:
    if type(value) is not int:
        raise InvalidFieldError(name, expected, _type_name(value))
    if value < minimum:
        raise InvalidFieldError(name, expected, _got(value))


def non_negative_int() -> Validator:
    """Validate an ``int`` >= 0 (``bool`` refused)."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        _check_int(attribute.name, value, 0, "a non-negative int")

    return validate


def positive_int() -> Validator:
    """Validate an ``int`` >= 1 (``bool`` refused)."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        _check_int(attribute.name, value, 1, "a positive int")

    return validate


def non_negative_number() -> Validator:
    """Validate a finite ``int`` or ``Decimal`` >= 0; floats are refused.

    A float would change what was printed (``0.1 + 0.2``), so figures are exact.
    """

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_number(attribute.name, value)
        if value < 0:  # type: ignore[operator]
            raise InvalidFieldError(attribute.name, "a number >= 0", _got(value))

    return validate


def check_number(name: str, value: object) -> None:
    """Raise unless *value* is an ``int`` or a finite ``Decimal``."""
    kind = type(value)
    if kind is int:
        return
    if kind is Decimal or isinstance(value, Decimal):
        if not value.is_finite():  # type: ignore[attr-defined]
            raise InvalidFieldError(name, "a finite number", _got(value))
        return
    raise InvalidFieldError(
        name, "an int or a decimal.Decimal (never a float)", _type_name(value)
    )


def optional(validator: Validator) -> Validator:
    """Run *validator* unless the value is ``None``."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return validate


def tuple_of(item: type | tuple[type, ...], expected: str) -> Validator:
    """Validate a ``tuple`` whose items are all instances of *item*.

    *expected* names an item in words (``"Source"``); the error names the index of
    the first offending item (``'sources[2]' must be Source (got dict)``).
    """

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            raise InvalidFieldError(
                attribute.name, f"a tuple of {expected}", _type_name(value)
            )
        for index, element in enumerate(value):
            if not isinstance(element, item) or type(element) is bool:
                raise InvalidFieldError(
                    f"{attribute.name}[{index}]", expected, _type_name(element)
                )

    return validate


def tuple_each(check: Callable[[str, object], object], expected: str) -> Validator:
    """Validate a ``tuple`` each of whose items passes *check*."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            raise InvalidFieldError(
                attribute.name, f"a tuple of {expected}", _type_name(value)
            )
        for index, element in enumerate(value):
            check(f"{attribute.name}[{index}]", element)

    return validate
