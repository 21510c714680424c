"""Small value types: identifiers, affiliations, places, articles, locators, marks."""

from __future__ import annotations

import pytest

from rightsreport import (
    Affiliation,
    EditorialMark,
    EditorialMarkKind,
    Identifier,
    Instrument,
    InstrumentArticle,
    InvalidFieldError,
    LocalisedText,
    Locator,
    PartialDate,
    Place,
)


def _message(call: object, **kwargs: object) -> str:
    with pytest.raises(InvalidFieldError) as caught:
        call(**kwargs)  # type: ignore[operator]
    return str(caught.value)


@pytest.mark.parametrize(
    ("scheme", "value"),
    [
        ("wikidata", "Q42"),
        ("url", "https://www.state.gov/reports/"),
        ("url", "http://example.org"),
        ("un_symbol", "A/HRC/48/79"),
        ("amnesty_index", "ASA 23/3730/2021"),
    ],
)
def test_identifier_accepts(scheme: str, value: str) -> None:
    """Known schemes are checked; other schemes take any text."""
    assert Identifier(scheme=scheme, value=value).value == value


@pytest.mark.parametrize(
    ("scheme", "value", "message"),
    [
        ("wikidata", "42", "'value' must be a Wikidata QID such as 'Q42' (got '42')"),
        ("wikidata", "Q0", "'value' must be a Wikidata QID such as 'Q42' (got 'Q0')"),
        (
            "url",
            "www.example.org",
            "'value' must be an http or https URL without spaces (got 'www.example.org')",
        ),
        (
            "URL",
            "https://x",
            "'scheme' must be a lower snake_case scheme such as 'url' (got 'URL')",
        ),
        ("", "x", "'scheme' must be a non-empty str (got '')"),
    ],
)
def test_identifier_refuses(scheme: str, value: str, message: str) -> None:
    """Malformed QIDs, URLs and schemes are refused."""
    assert _message(Identifier, scheme=scheme, value=value) == message


def test_affiliation_needs_role_or_organisation() -> None:
    """An affiliation with neither role nor organisation says nothing."""
    assert _message(Affiliation) == (
        "'role' must be a role or an organisation (or both) (got neither)"
    )
    assert str(Affiliation(role="political analyst")) == "political analyst"
    assert str(Affiliation(organisation="CCHR")) == "CCHR"
    assert (
        str(Affiliation(role="spokesperson", organisation="Justice Ministry"))
        == "spokesperson, Justice Ministry"
    )


def test_affiliation_checks_its_fields() -> None:
    """Dates and ids in an affiliation are typed."""
    assert _message(Affiliation, role="x", attested="2021") == (
        "'attested' must be a PartialDate or None (got str)"
    )
    assert _message(Affiliation, role="x", organisation_id="not an id") == (
        "'organisation_id' must be an id of letters, digits and '._:-', starting "
        "with a letter or digit (got 'not an id')"
    )
    assert Affiliation(role="x", attested=PartialDate(year=2021)).attested == (
        PartialDate(year=2021)
    )


def test_place() -> None:
    """A place has a country, a subdivision within it, or a name."""
    assert Place(country="KH", subdivision="KH-12").subdivision == "KH-12"
    assert Place(name="Phnom Penh").country is None
    assert _message(Place) == (
        "'country' must be a country, a subdivision or a name (got none of them)"
    )
    assert _message(Place, country="KH", subdivision="TH-10") == (
        "'subdivision' must be a subdivision of KH (got 'TH-10')"
    )
    assert _message(Place, subdivision="KH12") == (
        "'subdivision' must be an ISO 3166-2 code such as 'KH-12' (got 'KH12')"
    )
    assert _message(Place, country="Cambodia") == (
        "'country' must be an ISO 3166-1 alpha-2 country code such as 'KH' (got 'Cambodia')"
    )


@pytest.mark.parametrize(
    ("instrument", "article", "ok"),
    [
        (Instrument.ICCPR, 21, True),
        (Instrument.ICCPR, 53, True),
        (Instrument.ICCPR, 54, False),
        (Instrument.UDHR, 30, True),
        (Instrument.UDHR, 31, False),
        (Instrument.ICESCR, 31, True),
        (Instrument.ICESCR, 32, False),
    ],
)
def test_instrument_article_range(
    instrument: Instrument, article: int, ok: bool
) -> None:
    """Article numbers must exist in their instrument."""
    if ok:
        assert (
            InstrumentArticle(instrument=instrument, article=article).article == article
        )
    else:
        assert _message(InstrumentArticle, instrument=instrument, article=article) == (
            f"'article' must be an article of the {instrument.name} "
            f"(1 to {instrument.article_count}) (got {article})"
        )


def test_instrument_article_refuses_zero_and_strings() -> None:
    """Article 0 and a string instrument are refused."""
    assert _message(InstrumentArticle, instrument=Instrument.UDHR, article=0) == (
        "'article' must be a positive int (got 0)"
    )
    assert _message(InstrumentArticle, instrument="iccpr", article=1) == (
        "'instrument' must be an Instrument (got str)"
    )
    assert (
        str(InstrumentArticle(instrument=Instrument.UDHR, article=20)) == "UDHR art. 20"
    )


def test_locator() -> None:
    """A locator needs something to locate by; offsets are ordered."""
    assert Locator(section="2.b", page=12).section == "2.b"
    assert Locator(start=5, end=5).end == 5
    assert _message(Locator) == (
        "'section' must be a section, page, paragraph or offset (got none of them)"
    )
    assert (
        _message(Locator, start=10, end=3)
        == "'end' must be an offset >= start (10) (got 3)"
    )
    assert _message(Locator, page=0) == "'page' must be a positive int (got 0)"
    assert _message(Locator, start=-1) == "'start' must be a non-negative int (got -1)"
    assert _message(Locator, page=True) == "'page' must be a positive int (got bool)"


def test_localised_text() -> None:
    """A text with a canonical language tag."""
    assert LocalisedText(text="សួស្តី", language="km").language == "km"
    assert _message(LocalisedText, text="x", language="khm") == (
        "'language' must be the two-letter language subtag 'km' (got 'khm')"
    )


def test_editorial_marks() -> None:
    """Insertions and ellipses cover characters; interruptions are zero-width."""
    assert EditorialMark(kind=EditorialMarkKind.INTERRUPTION, start=4, end=4).end == 4
    assert (
        _message(EditorialMark, kind=EditorialMarkKind.INTERRUPTION, start=4, end=5)
        == "'end' must be equal to start (4) for an interruption (got 5)"
    )
    assert _message(
        EditorialMark, kind=EditorialMarkKind.INSERTION, start=4, end=4
    ) == ("'end' must be an offset > start (4) (got 4)")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("if it [the report] is", [("insertion", "[the report]")]),
        ("and so … on", [("ellipsis", "…")]),
        ("and so ... on [...] x", [("ellipsis", "..."), ("ellipsis", "[...]")]),
        ("new (access to the) GSP", []),
        ("no marks at all.", []),
    ],
)
def test_find_in(text: str, found: list[tuple[str, str]]) -> None:
    """Brackets and ellipses are found; parentheses are left to the user."""
    marks = EditorialMark.find_in(text)
    assert [(m.kind.value, text[m.start : m.end]) for m in marks] == found
