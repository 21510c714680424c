"""Disclosure: which sources, quotes and figures are protected, and the published texts."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given

from rightsreport import (
    Affiliation,
    Breakdown,
    BreakdownCompleteness,
    BreakdownPart,
    Claim,
    Disclosure,
    Extensions,
    IdentificationLevel,
    Illustration,
    LocalisedText,
    PartialDate,
    Place,
    Quote,
    QuoteKind,
    Report,
    ReportKind,
    Source,
    SourceKind,
    Statistic,
)
from rightsreport._disclosure import (
    PROTECTED,
    PUBLISHED,
    protected_sources,
    published_quotes,
    published_statistics,
    published_texts,
    quote_is_protected,
    statistic_is_protected,
    strings,
)
from rightsreport.testing import reports

EXTENSIONS = Extensions(
    {"org.example:who": ["Sok Chea", {"org.example:n": 3, "why": "asked"}]}
)
SOURCE = Source(
    id="s1",
    kind=SourceKind.PERSON,
    identification=IdentificationLevel.NAMED,
    name="Sok Chea",
    description="a monitor",
    aliases=("Chea", "S. Chea"),
    affiliations=(Affiliation(role="director", organisation="LICADHO"),),
    note="met twice",
    extensions=EXTENSIONS,
)
QUOTE = Quote(
    id="q1",
    text="We saw it.",
    kind=QuoteKind.VERBATIM,
    speaker_id="s1",
    attributed_as="Chea",
    original=LocalisedText(text="Yeung khernh", language="km"),
    translation=LocalisedText(text="Nous l'avons vu.", language="fr"),
    note="as printed",
)
STATISTIC = Statistic(
    id="n1",
    value=12,
    measure="arrests",
    unit="people",
    printed="twelve",
    note="at least",
    place=Place(name="Phnom Penh"),
    source_id="s1",
    breakdown=Breakdown(
        completeness=BreakdownCompleteness.EXHAUSTIVE,
        parts=(
            BreakdownPart(label="men", value=7),
            BreakdownPart(label="women", value=Decimal(5)),
        ),
    ),
    as_of=PartialDate(year=2020, month=3),
)


def test_restricted_and_confidential_sources_are_protected() -> None:
    """Anything but public: the keeping organisation's people or nobody may know."""
    assert {Disclosure.RESTRICTED, Disclosure.CONFIDENTIAL} == PROTECTED
    sources = [
        Source(
            id=disclosure.value,
            kind=SourceKind.PERSON,
            identification=IdentificationLevel.ANONYMOUS,
            disclosure=disclosure,
        )
        for disclosure in Disclosure
    ]
    assert protected_sources(sources) == {"restricted", "confidential"}


@pytest.mark.parametrize(
    ("own", "speaker_protected", "protected"),
    [
        (None, False, False),
        (None, True, True),
        (Disclosure.PUBLIC, True, False),
        (Disclosure.RESTRICTED, False, True),
        (Disclosure.CONFIDENTIAL, False, True),
    ],
)
def test_a_quote_follows_its_own_disclosure_else_its_speaker(
    own: Disclosure | None, speaker_protected: bool, protected: bool
) -> None:
    """A disclosure of the quote's own wins over its speaker's."""
    quote = Quote(
        id="q", text="t", kind=QuoteKind.VERBATIM, speaker_id="s1", disclosure=own
    )
    ids = {"s1"} if speaker_protected else set()
    assert quote_is_protected(quote, ids) is protected
    assert (published_quotes([quote], ids) == []) is protected


@pytest.mark.parametrize(
    ("own", "source_id", "relayed_via", "protected"),
    [
        (None, "s1", (), True),
        (None, "s2", (), False),
        (None, None, ("s3", "s1"), True),
        (None, None, ("s3",), False),
        (Disclosure.PUBLIC, "s1", ("s1",), False),
        (Disclosure.RESTRICTED, "s2", (), True),
    ],
)
def test_a_statistic_follows_its_own_disclosure_else_its_source_and_relays(
    own: Disclosure | None,
    source_id: str | None,
    relayed_via: tuple[str, ...],
    protected: bool,
) -> None:
    """A figure relayed by a protected document is protected too."""
    statistic = Statistic(
        id="n",
        value=1,
        measure="m",
        source_id=source_id,
        relayed_via=relayed_via,
        disclosure=own,
    )
    assert statistic_is_protected(statistic, {"s1"}) is protected
    assert (published_statistics([statistic], {"s1"}) == []) is protected
    assert statistic_is_protected(statistic, set()) is (own is Disclosure.RESTRICTED)


@given(reports(max_items=3, max_related=0))
def test_the_quick_filters_agree_with_the_definitions(report: Report) -> None:
    """published_quotes and published_statistics keep exactly the unprotected."""
    ids = protected_sources(report.sources)
    assert published_quotes(report.quotes, ids) == [
        quote for quote in report.quotes if not quote_is_protected(quote, ids)
    ]
    assert published_statistics(report.statistics, ids) == [
        s for s in report.statistics if not statistic_is_protected(s, ids)
    ]


def test_a_sources_published_texts_in_field_order() -> None:
    """Name, notes, aliases, roles and extension strings; no id, no enum value."""
    assert strings(SOURCE, "$.sources[0]") == [
        ("$.sources[0].description", "a monitor"),
        ("$.sources[0].name", "Sok Chea"),
        ("$.sources[0].note", "met twice"),
        ("$.sources[0].aliases[0]", "Chea"),
        ("$.sources[0].aliases[1]", "S. Chea"),
        ("$.sources[0].affiliations[0].role", "director"),
        ("$.sources[0].affiliations[0].organisation", "LICADHO"),
        ("$.sources[0].extensions['org.example:who'][0]", "Sok Chea"),
        ("$.sources[0].extensions['org.example:who'][1]['why']", "asked"),
    ]


def test_a_protected_source_shows_its_description_only() -> None:
    """What a public export keeps of a protected source, as text."""
    assert strings(SOURCE, "", protected=True) == [(".description", "a monitor")]
    out: list[str | None] = []
    published_texts([SOURCE], Source, out, protected=True)
    assert out == ["a monitor"]


def test_a_quote_and_a_statistic_show_their_words_and_labels() -> None:
    """Nested texts: the original and translation, the place, the parts' labels."""
    assert strings(QUOTE, "") == [
        (".text", "We saw it."),
        (".attributed_as", "Chea"),
        (".note", "as printed"),
        (".original.text", "Yeung khernh"),
        (".translation.text", "Nous l'avons vu."),
    ]
    assert strings(STATISTIC, "") == [
        (".measure", "arrests"),
        (".unit", "people"),
        (".printed", "twelve"),
        (".note", "at least"),
        (".place.name", "Phnom Penh"),
        (".breakdown.parts[0].label", "men"),
        (".breakdown.parts[1].label", "women"),
    ]


def test_every_string_with_every() -> None:
    """Ids, enum values, numbers and dates as written; a refused key stays out."""
    found = strings(STATISTIC, "$", every=True)
    assert ("$.id", "n1") in found
    assert ("$.value", "12") in found
    assert ("$.kind", "count") in found
    assert ("$.as_of", "2020-03") in found
    assert ("$.breakdown.parts[1].value", "5") in found
    assert strings(
        EXTENSIONS, "$.x", every=True, safe_key=lambda key: "n" not in key
    ) == [
        ("$.x['org.example:who'][0]", "Sok Chea"),
        ("$.x['org.example:who'][1]", "org.example:n"),
        ("$.x['org.example:who'][1]['why']", "asked"),
    ]


def test_illustrations_claims_and_the_report() -> None:
    """Caption, credit and place; a claim's text and note; the title and edition."""
    illustration = Illustration(
        caption="A march", credit="CamboJA", place=Place(name="Phnom Penh")
    )
    claim = Claim(id="c", text="Marches were dispersed.", note="n")
    report = Report(
        id="r",
        kind=ReportKind.MONITORING_REPORT,
        title="T",
        edition="2020",
        note="draft",
        claims=(claim,),
        illustrations=(illustration,),
    )
    assert strings(illustration, "") == [
        (".caption", "A march"),
        (".credit", "CamboJA"),
        (".place.name", "Phnom Penh"),
    ]
    assert strings(claim, "") == [(".text", "Marches were dispersed."), (".note", "n")]
    assert strings(report, "$") == [
        ("$.title", "T"),
        ("$.edition", "2020"),
        ("$.note", "draft"),
    ]


@given(reports(max_items=3, max_related=0))
def test_the_quick_texts_are_the_texts_with_paths(report: Report) -> None:
    """published_texts gives, for a collection, what strings gives object by object."""
    for cls, objects in (
        (Report, (report,)),
        (Claim, report.claims),
        (Source, report.sources),
        (Quote, report.quotes),
        (Statistic, report.statistics),
        (Illustration, report.illustrations),
    ):
        assert cls in PUBLISHED
        quick: list[str | None] = []
        published_texts(objects, cls, quick)
        slow = [text for item in objects for _, text in strings(item, "")]
        assert Counter(text for text in quick if text is not None) == Counter(slow)


def test_a_long_collection_is_read_a_chunk_at_a_time_and_whole() -> None:
    """Past a few hundred objects, every text is still read exactly once."""
    statistics = [
        Statistic(id=f"n{i}", value=i, measure=f"arrests {i}", unit="people")
        for i in range(300)
    ]
    out: list[str | None] = []
    published_texts(statistics, Statistic, out)
    assert Counter(text for text in out if text is not None) == Counter(
        text for statistic in statistics for _, text in strings(statistic, "")
    )
    assert len([text for text in out if text is not None]) == 600
