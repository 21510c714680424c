"""Sources: construction, labels and the protected flag."""

from __future__ import annotations

import pytest

from rightsreport import (
    Affiliation,
    Disclosure,
    Extensions,
    IdentificationLevel,
    Identifier,
    InvalidFieldError,
    Source,
    SourceKind,
)


def _source(**changes: object) -> Source:
    fields: dict[str, object] = {
        "id": "s1",
        "kind": SourceKind.PERSON,
        "identification": IdentificationLevel.NAMED,
    }
    fields.update(changes)
    return Source(**fields)  # type: ignore[arg-type]


def test_minimal_source_is_constructible() -> None:
    """A half-finished source (no name yet) can be built; defaults are public."""
    source = _source()
    assert source.name is None
    assert source.disclosure is Disclosure.PUBLIC
    assert source.affiliations == ()
    assert source.extensions == Extensions()
    assert source.label == "s1"
    assert source.names == ()
    assert not source.is_protected


def test_label_and_names() -> None:
    """The label prefers the name, then the description; names include aliases."""
    named = _source(name="Chak Sopheap", aliases=("Sopheap",))
    assert named.label == "Chak Sopheap"
    assert named.names == ("Chak Sopheap", "Sopheap")
    described = _source(
        kind=SourceKind.UNNAMED,
        identification=IdentificationLevel.DESCRIBED_UNNAMED,
        description="a political analyst",
        aliases=("the analyst",),
    )
    assert described.label == "a political analyst"
    assert described.names == ("the analyst",)


@pytest.mark.parametrize("disclosure", [Disclosure.RESTRICTED, Disclosure.CONFIDENTIAL])
def test_protected(disclosure: Disclosure) -> None:
    """Restricted and confidential sources are protected."""
    assert _source(disclosure=disclosure).is_protected


def test_extensions_accept_a_plain_dict() -> None:
    """A plain dict of namespaced keys becomes Extensions."""
    source = _source(extensions={"org.example:reviewer": "jd"})
    assert isinstance(source.extensions, Extensions)
    assert source.extensions["org.example:reviewer"] == "jd"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"id": ""},
            "'id' must be an id of letters, digits and '._:-', starting with a letter or digit (got '')",
        ),
        ({"kind": "person"}, "'kind' must be a SourceKind (got str)"),
        (
            {"identification": None},
            "'identification' must be an IdentificationLevel (got NoneType)",
        ),
        ({"name": " "}, "'name' must be a non-empty str (got ' ')"),
        ({"aliases": ["x"]}, "'aliases' must be a tuple of non-empty str (got list)"),
        ({"aliases": ("x", "")}, "'aliases[1]' must be a non-empty str (got '')"),
        (
            {"affiliations": ("officer",)},
            "'affiliations[0]' must be Affiliation (got str)",
        ),
        (
            {"external_ids": (Identifier(scheme="wikidata", value="Q1"), 3)},
            "'external_ids[1]' must be Identifier (got int)",
        ),
        ({"disclosure": "confidential"}, "'disclosure' must be a Disclosure (got str)"),
        (
            {"report_id": "a b"},
            "'report_id' must be an id of letters, digits and '._:-', starting with a letter or digit (got 'a b')",
        ),
        (
            {"extensions": {"plain": 1}},
            "'extensions['plain']' must be a namespaced key such as 'org.example:reviewer' (got 'plain')",
        ),
        ({"extensions": ["x"]}, "'extensions' must be a mapping (got list)"),
    ],
)
def test_construction_refuses(changes: dict[str, object], message: str) -> None:
    """Each field refuses what can never be valid, naming the field."""
    with pytest.raises(InvalidFieldError) as caught:
        _source(**changes)
    assert str(caught.value) == message


def test_several_affiliations_at_once() -> None:
    """A person may hold several roles at once."""
    source = _source(
        name="Chin Malin",
        affiliations=(
            Affiliation(
                role="vice president", organisation="Cambodian Human Rights Committee"
            ),
            Affiliation(role="spokesperson", organisation="Justice Ministry"),
        ),
    )
    assert len(source.affiliations) == 2
