"""Vocabularies: stable snake_case values; the State Department sections."""

from __future__ import annotations

import enum
import inspect
import re

import pytest

import rightsreport
from rightsreport import Instrument, RightsCategory

ENUMS = [
    obj
    for name in rightsreport.__all__
    if inspect.isclass(obj := getattr(rightsreport, name))
    and issubclass(obj, enum.Enum)
]


@pytest.mark.parametrize("vocabulary", ENUMS, ids=lambda e: e.__name__)
def test_values_are_snake_case_and_match_names(vocabulary: type[enum.Enum]) -> None:
    """Every value is the lower-case member name: stable snake_case."""
    for member in vocabulary:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", member.value), member
        assert member.value == member.name.lower()


def test_open_vocabularies_have_other() -> None:
    """Where the world is open, there is OTHER."""
    assert rightsreport.ReportKind.OTHER.value == "other"
    assert rightsreport.IssuerType.OTHER.value == "other"


@pytest.mark.parametrize(
    ("code", "member"),
    [
        ("1", RightsCategory.INTEGRITY_OF_THE_PERSON),
        ("1.c", RightsCategory.TORTURE),
        ("1.f", RightsCategory.ARBITRARY_INTERFERENCE_WITH_PRIVACY),
        ("2.a", RightsCategory.FREEDOM_OF_EXPRESSION),
        ("2.b", RightsCategory.FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION),
        ("3", RightsCategory.POLITICAL_PARTICIPATION),
        ("7", RightsCategory.WORKER_RIGHTS),
        ("7.a", RightsCategory.FREEDOM_OF_ASSOCIATION_AT_WORK),
    ],
)
def test_section_codes(code: str, member: RightsCategory) -> None:
    """Codes map both ways."""
    assert RightsCategory.from_code(code) is member
    assert member.code == code


def test_section_parents() -> None:
    """A subsection's parent is its section; a section has none."""
    assert RightsCategory.TORTURE.parent is RightsCategory.INTEGRITY_OF_THE_PERSON
    assert RightsCategory.FORCED_LABOUR.parent is RightsCategory.WORKER_RIGHTS
    assert RightsCategory.CIVIL_LIBERTIES.parent is None
    assert all(member.code for member in RightsCategory)


@pytest.mark.parametrize("code", ["2.z", "8", "", "2b"])
def test_unknown_codes_are_refused(code: str) -> None:
    """An unknown code names itself and the known ones."""
    with pytest.raises(
        ValueError,
        match=rf"^'{re.escape(code)}' is not a State Department section code; known: 1, 1.a",
    ):
        RightsCategory.from_code(code)


def test_instrument_article_counts() -> None:
    """The instruments' numbers of articles."""
    assert [(i.value, i.article_count) for i in Instrument] == [
        ("iccpr", 53),
        ("icescr", 31),
        ("udhr", 30),
    ]
