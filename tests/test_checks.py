"""Construction checks: each refuses what can never be valid, with an exact message."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rightsreport import InvalidFieldError
from rightsreport._checks import (
    check_country_code,
    check_identifier,
    check_language_tag,
    check_number,
    check_text,
)


@pytest.mark.parametrize("value", ["x", " padded ", "Chad Roedemeier", "ខ្មែរ"])
def test_text_accepts_non_blank_strings(value: str) -> None:
    """Any string with a visible character is text."""
    assert check_text("name", value) == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "'name' must be a non-empty str (got '')"),
        ("  \n", "'name' must be a non-empty str (got '  \\n')"),
        (123, "'name' must be a non-empty str (got int)"),
        (None, "'name' must be a non-empty str (got NoneType)"),
        (b"x", "'name' must be a non-empty str (got bytes)"),
    ],
)
def test_text_refuses(value: object, message: str) -> None:
    """Blank text and non-strings are refused, naming the field."""
    with pytest.raises(InvalidFieldError) as caught:
        check_text("name", value)
    assert str(caught.value) == message
    assert caught.value.field == "name"


@pytest.mark.parametrize("value", ["a", "q1", "chad-roedemeier", "us.dos:2020_KH", "9"])
def test_identifier_accepts(value: str) -> None:
    """Ids are letters, digits and ``._:-``, starting with a letter or digit."""
    assert check_identifier("id", value) == value


@pytest.mark.parametrize(
    ("value", "got"),
    [
        ("", "''"),
        ("-leading", "'-leading'"),
        ("has space", "'has space'"),
        ("slash/ed", "'slash/ed'"),
        ("x" * 201, "'" + "x" * 76 + "..."),
    ],
)
def test_identifier_refuses(value: str, got: str) -> None:
    """Malformed ids are refused; long values are shortened in the message."""
    with pytest.raises(InvalidFieldError) as caught:
        check_identifier("id", value)
    assert caught.value.got == got
    assert caught.value.expected == (
        "an id of letters, digits and '._:-', starting with a letter or digit"
    )


def test_identifier_refuses_non_strings() -> None:
    """An int is not an id."""
    with pytest.raises(
        InvalidFieldError, match=r"'id' must be an id \(str\) \(got int\)"
    ):
        check_identifier("id", 7)


@pytest.mark.parametrize("value", ["KH", "US", "XK", "GB"])
def test_country_code_accepts_assigned_codes(value: str) -> None:
    """Assigned ISO 3166-1 alpha-2 codes (and Kosovo's XK) pass."""
    assert check_country_code("country", value) == value


@pytest.mark.parametrize("value", ["kh", "KHM", "UK", "XX", "", "K"])
def test_country_code_refuses(value: str) -> None:
    """Lower case, alpha-3, unassigned and reserved codes are refused."""
    with pytest.raises(InvalidFieldError) as caught:
        check_country_code("country", value)
    assert str(caught.value) == (
        f"'country' must be an ISO 3166-1 alpha-2 country code such as 'KH' (got {value!r})"
    )


def test_country_code_refuses_non_strings() -> None:
    """A number is not a country code."""
    with pytest.raises(InvalidFieldError, match=r"\(got int\)$"):
        check_country_code("country", 116)


@pytest.mark.parametrize(
    "value",
    [
        "en",
        "km",
        "en-US",
        "zh-Hans",
        "zh-Hans-CN",
        "es-419",
        "sr-Latn-RS",
        "de-CH-1996",
        "en-x-private",
        "yue",
        "gsw",
    ],
)
def test_language_tag_accepts_canonical_tags(value: str) -> None:
    """Canonical BCP 47 tags pass, with scripts, regions, variants, private use."""
    assert check_language_tag("language", value) == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "en_US",
            "'language' must be a BCP 47 language tag in canonical form such as 'en' or 'en-US' (got 'en_US')",
        ),
        (
            "EN",
            "'language' must be a BCP 47 language tag in canonical form such as 'en' or 'en-US' (got 'EN')",
        ),
        (
            "en-us",
            "'language' must be a BCP 47 language tag in canonical form such as 'en' or 'en-US' (got 'en-us')",
        ),
        ("khm", "'language' must be the two-letter language subtag 'km' (got 'khm')"),
        (
            "eng-US",
            "'language' must be the two-letter language subtag 'en' (got 'eng-US')",
        ),
        ("fre", "'language' must be the two-letter language subtag 'fr' (got 'fre')"),
        (
            "",
            "'language' must be a BCP 47 language tag in canonical form such as 'en' or 'en-US' (got '')",
        ),
        (1, "'language' must be a BCP 47 language tag such as 'en' or 'km' (got int)"),
    ],
)
def test_language_tag_refuses(value: object, message: str) -> None:
    """Underscores, wrong case and three-letter codes with a two-letter form fail."""
    with pytest.raises(InvalidFieldError) as caught:
        check_language_tag("language", value)
    assert str(caught.value) == message


@pytest.mark.parametrize("value", [0, 185, Decimal("12.5"), Decimal(-1)])
def test_number_accepts_ints_and_decimals(value: object) -> None:
    """Ints and finite decimals are exact figures."""
    check_number("value", value)


@pytest.mark.parametrize(
    ("value", "got"),
    [
        (12.5, "(got float)"),
        (True, "(got bool)"),
        ("12", "(got str)"),
        (Decimal("NaN"), "(got Decimal('NaN'))"),
        (Decimal("Infinity"), "(got Decimal('Infinity'))"),
    ],
)
def test_number_refuses(value: object, got: str) -> None:
    """Floats, bools, strings and non-finite decimals are refused."""
    with pytest.raises(InvalidFieldError) as caught:
        check_number("value", value)
    assert str(caught.value).endswith(got)
