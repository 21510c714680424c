"""Hypothesis strategies that generate valid instances of every public type.

For users' own property tests and for ours. Needs the optional dependency
``hypothesis`` (``pip install 'rightsreport[testing]'``)::

    >>> from hypothesis import given
    >>> from rightsreport.testing import reports
    >>> @given(reports())
    ... def test_title_is_kept(report):
    ...     assert report.title.strip()
    >>> test_title_is_kept()

Every strategy produces values that construction accepts. :func:`reports` also
keeps ids unique and makes every reference (a quote's speaker, a statistic's
source and relay chain, an affiliation's organisation) resolve within the report,
so its reports are a good start for documents that validate; it does not promise
that every document-level rule passes.
"""

from __future__ import annotations

import datetime as dt
import enum
import string
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st

from rightsreport._codes import COUNTRY_CODES
from rightsreport._dates import PartialDate, Period
from rightsreport._derivation import (
    ChangeFrom,
    Derivation,
    DifferenceOf,
    RateOf,
    ShareOf,
    ShareWord,
    TotalOf,
)
from rightsreport._extensions import Extensions
from rightsreport._quote import Quote
from rightsreport._report import Claim, Illustration, Issuer, Relation, Report
from rightsreport._source import Source
from rightsreport._statistic import Breakdown, BreakdownPart, Number, Statistic
from rightsreport._values import (
    Affiliation,
    EditorialMark,
    Identifier,
    InstrumentArticle,
    LocalisedText,
    Locator,
    Place,
)
from rightsreport._vocabulary import (
    BreakdownCompleteness,
    Consent,
    Disclosure,
    EditorialMarkKind,
    IdentificationLevel,
    Instrument,
    IssuerType,
    OfficialResponse,
    Prevalence,
    QuoteKind,
    RelationKind,
    Reliability,
    ReportKind,
    RightsCategory,
    SourceConnection,
    SourceKind,
    StatisticKind,
    StatisticQualifier,
)

__all__ = [
    "affiliations",
    "breakdowns",
    "claims",
    "country_codes",
    "derivations",
    "editorial_marks",
    "extensions",
    "identifiers",
    "ids",
    "illustrations",
    "instrument_articles",
    "issuers",
    "json_values",
    "language_tags",
    "localised_texts",
    "locators",
    "numbers",
    "partial_dates",
    "periods",
    "places",
    "quotes",
    "relations",
    "reports",
    "sources",
    "statistics",
    "texts",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

_ID_START = string.ascii_letters + string.digits
_ID_REST = _ID_START + "._:-"
_LANGUAGES = ("en", "km", "fr", "es", "ar", "zh-Hans", "en-US", "pt-BR", "my", "th")


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def texts(max_size: int = 20) -> st.SearchStrategy[str]:
    """Non-blank text, any printable Unicode (no lone surrogates)."""
    return st.text(
        st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=max_size
    ).filter(str.strip)


def ids() -> st.SearchStrategy[str]:
    """Well-formed ids: a letter or digit, then letters, digits and ``._:-``."""
    return st.builds(
        str.__add__,
        st.sampled_from(_ID_START),
        st.text(st.sampled_from(_ID_REST), max_size=12),
    )


def country_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes."""
    return st.sampled_from(sorted(COUNTRY_CODES))


def language_tags() -> st.SearchStrategy[str]:
    """BCP 47 tags in canonical form."""
    return st.sampled_from(_LANGUAGES)


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Dates at year, month or day precision, some approximate or uncertain."""

    def build(
        day: dt.date, precision: int, approximate: bool, uncertain: bool
    ) -> PartialDate:
        return PartialDate(
            year=day.year,
            month=day.month if precision >= 1 else None,
            day=day.day if precision >= 2 else None,
            approximate=approximate,
            uncertain=uncertain,
        )

    return st.builds(
        build,
        st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
        st.integers(0, 2),
        st.booleans(),
        st.booleans(),
    )


def periods() -> st.SearchStrategy[Period]:
    """Periods with ordered ends; either end (not both) may be open."""

    def build(a: PartialDate, b: PartialDate, open_end: int) -> Period:
        start, end = (a, b) if a.earliest <= b.earliest else (b, a)
        if open_end == 1:
            return Period(start=start)
        if open_end == 2:
            return Period(end=end)
        return Period(start=start, end=end)

    return st.builds(build, partial_dates(), partial_dates(), st.integers(0, 2))


def json_values(max_leaves: int = 4) -> st.SearchStrategy[object]:
    """JSON-compatible values: what :class:`~rightsreport.Extensions` may hold."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(-(2**53), 2**53)
        | st.floats(allow_nan=False, allow_infinity=False)
        | texts(20)
    )
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(texts(10), children, max_size=3)
        ),
        max_leaves=max_leaves,
    )


def extensions() -> st.SearchStrategy[Extensions]:
    """Extension mappings with namespaced keys."""
    keys = st.builds(
        "{}:{}".format,
        st.sampled_from(("org.example", "org.hrdag", "int.huridocs", "x")),
        st.text(st.sampled_from(string.ascii_lowercase + "_"), min_size=1, max_size=8),
    )
    return st.dictionaries(keys, json_values(), max_size=2).map(Extensions)


def identifiers() -> st.SearchStrategy[Identifier]:
    """Generate identifiers in the url, wikidata and other schemes."""
    return st.one_of(
        st.builds(
            Identifier,
            scheme=st.just("wikidata"),
            value=st.integers(1, 10**8).map("Q{}".format),
        ),
        st.builds(
            Identifier,
            scheme=st.just("url"),
            value=st.text(st.sampled_from(string.ascii_lowercase), min_size=1).map(
                "https://example.org/{}".format
            ),
        ),
        st.builds(
            Identifier,
            scheme=st.sampled_from(("un_symbol", "amnesty_index", "doi")),
            value=texts(),
        ),
    )


def affiliations(
    organisation_ids: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Affiliation]:
    """Affiliations with a role, an organisation or both."""
    return st.builds(
        Affiliation,
        role=_optional(texts()),
        organisation=texts(),
        organisation_id=organisation_ids if organisation_ids is not None else st.none(),
        period=_optional(periods()),
        attested=_optional(partial_dates()),
    ) | st.builds(Affiliation, role=texts())


def places() -> st.SearchStrategy[Place]:
    """Places with a country, a name or both."""
    return st.builds(
        Place, country=country_codes(), name=_optional(texts())
    ) | st.builds(Place, name=texts())


def instrument_articles() -> st.SearchStrategy[InstrumentArticle]:
    """Articles that exist in their instrument."""
    return st.sampled_from(list(Instrument)).flatmap(
        lambda instrument: st.builds(
            InstrumentArticle,
            instrument=st.just(instrument),
            article=st.integers(1, instrument.article_count),
        )
    )


def locators() -> st.SearchStrategy[Locator]:
    """Locators with at least a section or a page, and ordered offsets."""

    def build(
        section: str | None, page: int, paragraph: int | None, offsets: list[int] | None
    ) -> Locator:
        start, end = sorted(offsets) if offsets else (None, None)
        return Locator(
            section=section, page=page, paragraph=paragraph, start=start, end=end
        )

    return st.builds(
        build,
        _optional(st.sampled_from([c.code for c in RightsCategory])),
        st.integers(1, 500),
        _optional(st.integers(1, 200)),
        _optional(st.lists(st.integers(0, 10**6), min_size=2, max_size=2)),
    )


def localised_texts() -> st.SearchStrategy[LocalisedText]:
    """Texts with a language tag."""
    return st.builds(LocalisedText, text=texts(), language=language_tags())


def editorial_marks(text: str) -> st.SearchStrategy[tuple[EditorialMark, ...]]:
    """Ordered, non-overlapping marks that lie within *text*."""
    size = len(text)

    def build(
        cuts: list[int], kinds: list[EditorialMarkKind]
    ) -> tuple[EditorialMark, ...]:
        points = sorted(set(cuts))
        marks = []
        for index, kind in enumerate(kinds):
            if 2 * index + 1 >= len(points):
                break
            start, end = points[2 * index], points[2 * index + 1]
            if kind is EditorialMarkKind.INTERRUPTION:
                end = start
            marks.append(EditorialMark(kind=kind, start=start, end=end))
        return tuple(marks)

    return st.builds(
        build,
        st.lists(st.integers(0, size), max_size=6),
        st.lists(st.sampled_from(list(EditorialMarkKind)), max_size=3),
    )


def numbers(*, non_negative: bool = True) -> st.SearchStrategy[Number]:
    """Exact figures: ints and finite decimals."""
    low = 0 if non_negative else -(10**9)
    return st.integers(low, 10**9) | st.decimals(
        min_value=low, max_value=10**9, allow_nan=False, allow_infinity=False, places=2
    )


def breakdowns() -> st.SearchStrategy[Breakdown]:
    """Breakdowns of one to four parts."""
    part = st.builds(
        BreakdownPart,
        label=texts(),
        value=numbers(),
        unit=_optional(texts()),
        category=_optional(st.sampled_from(list(RightsCategory))),
        printed=_optional(texts()),
    )
    return st.builds(
        Breakdown,
        parts=st.lists(part, min_size=1, max_size=4).map(tuple),
        completeness=st.sampled_from(list(BreakdownCompleteness)),
    )


def derivations(
    among: Sequence[str] | None = None,
    kinds: Sequence[type[Derivation]] | None = None,
) -> st.SearchStrategy[Derivation]:
    """Generate derivations from the ids *among* (any if ``None``).

    Args:
        among: The ids derivations may name; must not be empty. Totals and
            differences need two distinct ids, so with fewer than two only
            shares, changes and rates are generated.
        kinds: The derivation classes to generate (all five if ``None``).
    """
    pool: st.SearchStrategy[str] = ids() if among is None else st.sampled_from(among)
    several = among is None or len(set(among)) >= 2
    percents: st.SearchStrategy[int | Decimal] = st.integers(0, 100) | st.decimals(
        0, 100, places=1
    )
    fractions = st.integers(1, 10).flatmap(
        lambda denominator: st.tuples(st.integers(0, denominator), st.just(denominator))
    )
    shares = st.builds(
        ShareOf,
        whole_id=pool,
        approximate=st.booleans(),
        partition=_optional(st.sampled_from(("sex", "age", "region"))),
    ) | st.one_of(
        st.builds(ShareOf, whole_id=pool, percent=percents),
        st.builds(ShareOf, whole_id=pool, fraction=fractions),
        st.builds(ShareOf, whole_id=pool, words=_enum(ShareWord)),
    )
    changes = st.builds(
        ChangeFrom,
        baseline_id=pool,
        baseline_period=_optional(periods()),
    ) | st.one_of(
        st.builds(
            ChangeFrom,
            baseline_id=_optional(pool),
            percent=numbers(non_negative=False),
            baseline_period=periods(),
        ),
        st.builds(ChangeFrom, baseline_id=pool, absolute=numbers(non_negative=False)),
    )
    pairs = st.lists(pool, min_size=2, max_size=2, unique=True)
    rates = st.builds(
        RateOf,
        per=st.sampled_from((100, 1_000, 10_000, 100_000)),
        numerator_id=_optional(pool),
    )
    if several:
        rates |= pairs.map(
            lambda two: RateOf(per=100_000, numerator_id=two[0], denominator_id=two[1])
        )
    by_kind: dict[type, st.SearchStrategy[Derivation]] = {
        ShareOf: shares,
        ChangeFrom: changes,
        RateOf: rates,
    }
    if several:
        groups = st.lists(pool, min_size=2, max_size=4, unique=True).map(tuple)
        by_kind[TotalOf] = st.builds(TotalOf, part_ids=groups)
        by_kind[DifferenceOf] = groups.map(
            lambda group: DifferenceOf(minuend_id=group[0], subtrahend_ids=group[1:])
        )
    wanted = by_kind if kinds is None else kinds
    return st.one_of([by_kind[kind] for kind in wanted if kind in by_kind])


def _tuples(
    strategy: st.SearchStrategy[T], max_size: int = 3
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


def _enum(cls: type[E]) -> st.SearchStrategy[E]:
    return st.sampled_from(list(cls))


def sources(
    source_id: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Source]:
    """Generate sources of every kind, identification level and disclosure."""
    return st.builds(
        Source,
        id=source_id if source_id is not None else ids(),
        kind=_enum(SourceKind),
        identification=_enum(IdentificationLevel),
        name=_optional(texts()),
        description=_optional(texts()),
        affiliations=_tuples(affiliations()),
        aliases=_tuples(texts()),
        external_ids=_tuples(identifiers()),
        disclosure=_enum(Disclosure),
        consent=_optional(_enum(Consent)),
        reliability=_optional(_enum(Reliability)),
        connection=_optional(_enum(SourceConnection)),
        report_id=_optional(ids()),
        note=_optional(texts()),
        extensions=extensions(),
    )


def quotes(
    quote_id: st.SearchStrategy[str] | None = None,
    speaker_ids: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Quote]:
    """Quotes of every kind, with marks that fit their text."""

    @st.composite
    def build(draw: Callable[[st.SearchStrategy[Any]], Any]) -> Quote:
        text = draw(texts(80))
        return Quote(
            id=draw(quote_id if quote_id is not None else ids()),
            text=text,
            kind=draw(_enum(QuoteKind)),
            speaker_id=draw(
                speaker_ids if speaker_ids is not None else _optional(ids())
            ),
            attributed_as=draw(_optional(texts())),
            said_on=draw(_optional(partial_dates())),
            language=draw(_optional(language_tags())),
            original=draw(_optional(localised_texts())),
            translation=draw(_optional(localised_texts())),
            locator=draw(_optional(locators())),
            marks=draw(editorial_marks(text)),
            disclosure=draw(_optional(_enum(Disclosure))),
            note=draw(_optional(texts())),
            extensions=draw(extensions()),
        )

    return build()


def statistics(
    statistic_id: st.SearchStrategy[str] | None = None,
    source_ids: st.SearchStrategy[str | None] | None = None,
    relay_ids: st.SearchStrategy[tuple[str, ...]] | None = None,
    derivation: st.SearchStrategy[Derivation | None] | None = None,
) -> st.SearchStrategy[Statistic]:
    """Statistics of every kind and qualifier, some with breakdowns.

    Args:
        statistic_id: The ids to give them (any ids if ``None``).
        source_ids: Their source ids.
        relay_ids: Their relay chains.
        derivation: Their derivations; ``None`` (the default) gives some with a
            derivation from any ids (:func:`derivations`) and some without; pass
            ``st.none()`` for none. A statistic is never derived from itself.
    """
    derived: st.SearchStrategy[Derivation | None] = (
        derivation if derivation is not None else _optional(derivations())
    )

    def build(identifier: str) -> st.SearchStrategy[Statistic]:
        return st.builds(
            Statistic,
            id=st.just(identifier),
            value=numbers(),
            measure=texts(),
            qualifier=_enum(StatisticQualifier),
            kind=_enum(StatisticKind),
            unit=_optional(texts()),
            period=_optional(periods()),
            as_of=_optional(partial_dates()),
            place=_optional(places()),
            source_id=source_ids if source_ids is not None else _optional(ids()),
            relayed_via=relay_ids if relay_ids is not None else _tuples(ids()),
            breakdown=_optional(breakdowns()),
            category=_optional(_enum(RightsCategory)),
            instruments=_tuples(instrument_articles()),
            printed=_optional(texts()),
            locator=_optional(locators()),
            disclosure=_optional(_enum(Disclosure)),
            note=_optional(texts()),
            extensions=extensions(),
            derivation=derived.filter(
                lambda chosen: chosen is None or identifier not in chosen.inputs
            ),
            baseline=st.booleans(),
        )

    return (statistic_id if statistic_id is not None else ids()).flatmap(build)


def issuers() -> st.SearchStrategy[Issuer]:
    """Issuers of every type."""
    return st.builds(
        Issuer,
        name=texts(),
        type=_optional(_enum(IssuerType)),
        unit=_optional(texts()),
        abbreviation=_optional(texts()),
        country=_optional(country_codes()),
    )


def claims(claim_id: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Claim]:
    """Claims with categories, instruments and prevalence."""
    return st.builds(
        Claim,
        id=claim_id if claim_id is not None else ids(),
        text=texts(80),
        category=_optional(_enum(RightsCategory)),
        instruments=_tuples(instrument_articles()),
        prevalence=_optional(_enum(Prevalence)),
        official_response=_optional(_enum(OfficialResponse)),
        source_id=_optional(ids()),
        quote_ids=_tuples(ids()),
        statistic_ids=_tuples(ids()),
        locator=_optional(locators()),
        note=_optional(texts()),
        extensions=extensions(),
    )


def illustrations() -> st.SearchStrategy[Illustration]:
    """Captioned illustrations."""
    return st.builds(
        Illustration,
        caption=texts(),
        credit=_optional(texts()),
        depicted_on=_optional(partial_dates()),
        place=_optional(places()),
    )


def relations() -> st.SearchStrategy[Relation]:
    """Relations to other reports, some carrying the report itself."""
    by_reference = st.builds(Relation, kind=_enum(RelationKind), target_id=ids())
    carried = st.builds(
        lambda kind, report: Relation(kind=kind, target_id=report.id, report=report),
        _enum(RelationKind),
        reports(max_items=1, max_related=0),
    )
    return by_reference | carried


def _derivations_among(
    others: list[str],
) -> st.SearchStrategy[Derivation | None]:
    return _optional(derivations(others)) if others else st.none()


def _unique_ids(prefix: str, count: int) -> list[str]:
    return [f"{prefix}{index}" for index in range(count)]


def reports(
    max_items: int = 3, max_related: int = 1, *, derived: bool = True
) -> st.SearchStrategy[Report]:
    """Generate reports whose ids are unique and whose references resolve.

    Args:
        max_items: At most this many sources, quotes, statistics and claims each.
        max_related: At most this many carried related reports (each generated
            with none of its own).
        derived: Give some statistics derivations from the report's other
            statistics (the figures need not agree); ``False`` gives none.
    """

    @st.composite
    def build(draw: Callable[[st.SearchStrategy[Any]], Any]) -> Report:
        source_ids = _unique_ids("s", draw(st.integers(0, max_items)))
        refs: st.SearchStrategy[str | None] = (
            _optional(st.sampled_from(source_ids)) if source_ids else st.none()
        )
        relays: st.SearchStrategy[tuple[str, ...]] = (
            _tuples(st.sampled_from(source_ids), 2) if source_ids else st.just(())
        )
        report_sources = tuple(draw(sources(st.just(i))) for i in source_ids)
        report_quotes = tuple(
            draw(quotes(st.just(i), refs))
            for i in _unique_ids("q", draw(st.integers(0, max_items)))
        )
        statistic_ids = _unique_ids("n", draw(st.integers(0, max_items)))
        report_statistics = tuple(
            draw(
                statistics(
                    st.just(i),
                    refs,
                    relays,
                    _derivations_among([o for o in statistic_ids if o != i])
                    if derived
                    else st.none(),
                )
            )
            for i in statistic_ids
        )
        report_claims = tuple(
            draw(claims(st.just(i)))
            for i in _unique_ids("c", draw(st.integers(0, max_items)))
        )
        related: tuple[Relation, ...] = ()
        if max_related:
            related = tuple(
                draw(
                    st.lists(
                        relations(),
                        max_size=max_related,
                        unique_by=lambda r: r.target_id,
                    )
                )
            )
        return Report(
            id=draw(ids()),
            kind=draw(_enum(ReportKind)),
            title=draw(texts(80)),
            issuer=draw(_optional(issuers())),
            subject_countries=draw(_tuples(country_codes())),
            coverage=draw(_optional(periods())),
            edition=draw(_optional(texts())),
            published=draw(_optional(partial_dates())),
            language=draw(_optional(language_tags())),
            page_count=draw(_optional(st.integers(1, 2000))),
            identifiers=draw(_tuples(identifiers())),
            claims=report_claims,
            sources=report_sources,
            quotes=report_quotes,
            statistics=report_statistics,
            relations=related,
            illustrations=draw(_tuples(illustrations(), 2)),
            note=draw(_optional(texts())),
            extensions=draw(extensions()),
        )

    return build()
