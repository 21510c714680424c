"""Reports: construction, lookups, relations and walking related reports."""

from __future__ import annotations

import pytest

from rightsreport import (
    Claim,
    IdentificationLevel,
    Illustration,
    InvalidFieldError,
    Issuer,
    IssuerType,
    Relation,
    RelationKind,
    Report,
    ReportKind,
    Source,
    SourceKind,
)


def _report(report_id: str = "r1", /, **changes: object) -> Report:
    fields: dict[str, object] = {
        "id": report_id,
        "kind": ReportKind.MONITORING_REPORT,
        "title": "Annual count",
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


def test_half_finished_report_is_constructible() -> None:
    """Only id, kind and title are needed; references are not checked here."""
    report = _report(claims=(Claim(id="c1", text="x", source_id="nobody"),))
    assert report.sources == ()
    assert report.source("nobody") is None
    assert report.quote("q") is None
    assert report.statistic("n") is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"subject_countries": ("KH", "Cambodia")},
            "'subject_countries[1]' must be an ISO 3166-1 alpha-2 country code such as 'KH' (got 'Cambodia')",
        ),
        (
            {"subject_countries": ["KH"]},
            "'subject_countries' must be a tuple of ISO 3166-1 alpha-2 codes (got list)",
        ),
        ({"page_count": 0}, "'page_count' must be a positive int (got 0)"),
        (
            {"language": "khm"},
            "'language' must be the two-letter language subtag 'km' (got 'khm')",
        ),
        ({"title": ""}, "'title' must be a non-empty str (got '')"),
        ({"published": "2021"}, "'published' must be a PartialDate (got str)"),
        ({"sources": (None,)}, "'sources[0]' must be Source (got NoneType)"),
        ({"issuer": "CamboJA"}, "'issuer' must be an Issuer (got str)"),
    ],
)
def test_construction_refuses(changes: dict[str, object], message: str) -> None:
    """Fields refuse what can never be valid, naming the field and index."""
    with pytest.raises(InvalidFieldError) as caught:
        _report(**changes)
    assert str(caught.value) == message


def test_issuer_and_illustration() -> None:
    """Issuers check their country; illustrations need a caption."""
    assert (
        Issuer(name="CamboJA", type=IssuerType.MEDIA_OUTLET, country="KH").country
        == "KH"
    )
    with pytest.raises(InvalidFieldError, match=r"^'country' must be an ISO 3166-1"):
        Issuer(name="x", country="KHM")
    with pytest.raises(InvalidFieldError, match=r"^'caption' must be a non-empty str"):
        Illustration(caption="")


def test_relation_carries_the_right_report() -> None:
    """A carried report must be the one the relation names."""
    other = _report("r2")
    assert (
        Relation(kind=RelationKind.CITES, target_id="r2", report=other).report is other
    )
    with pytest.raises(InvalidFieldError) as caught:
        Relation(kind=RelationKind.CITES, target_id="r3", report=other)
    assert str(caught.value) == "'report' must be the report with id 'r3' (got 'r2')"
    with pytest.raises(InvalidFieldError) as caught:
        Relation(kind=RelationKind.CITES, target_id="r3", report="r3")  # type: ignore[arg-type]
    assert str(caught.value) == "'report' must be a Report or None (got str)"


def test_lookups_find_by_id() -> None:
    """``source``, ``quote`` and ``statistic`` find objects by id."""
    source = Source(
        id="s2", kind=SourceKind.UNNAMED, identification=IdentificationLevel.ANONYMOUS
    )
    assert _report(sources=(source,)).source("s2") is source


def test_related_and_walk() -> None:
    """Related reports are found by kind; walking visits each report once."""
    leaf = _report("leaf")
    middle = _report(
        "middle",
        relations=(Relation(kind=RelationKind.CITES, target_id="leaf", report=leaf),),
    )
    top = _report(
        "top",
        relations=(
            Relation(kind=RelationKind.IS_ABOUT, target_id="middle", report=middle),
            Relation(kind=RelationKind.CITES, target_id="leaf", report=leaf),
            Relation(kind=RelationKind.RESPONDS_TO, target_id="elsewhere"),
        ),
    )
    assert top.related() == (middle, leaf)
    assert top.related(RelationKind.IS_ABOUT) == (middle,)
    assert top.related(RelationKind.RESPONDS_TO) == ()
    assert [r.id for r in top.walk()] == ["top", "middle", "leaf"]
