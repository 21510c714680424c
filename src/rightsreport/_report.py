"""Reports: documents that make human-rights claims, and what they hold."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from attrs import Factory, field, frozen

from rightsreport import _checks as check
from rightsreport._dates import PartialDate, Period
from rightsreport._errors import InvalidFieldError
from rightsreport._extensions import Extensions, to_extensions
from rightsreport._quote import Quote
from rightsreport._source import Source
from rightsreport._statistic import Statistic
from rightsreport._values import Identifier, InstrumentArticle, Locator, Place
from rightsreport._vocabulary import (
    IssuerType,
    OfficialResponse,
    Prevalence,
    RelationKind,
    ReportKind,
    RightsCategory,
)

__all__ = ["Claim", "Illustration", "Issuer", "Relation", "Report"]

_opt_text = check.optional(check.text())
_ids = check.tuple_each(check.check_identifier, "ids")


@frozen(kw_only=True)
class Issuer:
    """Who issues a report.

    Attributes:
        name: The issuing body ("U.S. Department of State").
        type: Its position towards the subject state.
        unit: The office within it that wrote the report ("Bureau of Democracy,
            Human Rights, and Labor").
        abbreviation: Its usual short name ("CamboJA").
        country: Its ISO 3166-1 alpha-2 country, where it has one.
    """

    name: str = field(validator=check.text())
    type: IssuerType | None = field(
        default=None,
        validator=check.optional(check.instance_of(IssuerType, "an IssuerType")),
    )
    unit: str | None = field(default=None, validator=_opt_text)
    abbreviation: str | None = field(default=None, validator=_opt_text)
    country: str | None = field(
        default=None, validator=check.optional(check.country_code())
    )


@frozen(kw_only=True)
class Claim:
    """A finding a report states ("a pervasive culture of impunity continued").

    Attributes:
        id: Unique among the report's claims.
        text: The finding, as printed or summarised.
        category: The rights category it concerns.
        instruments: The instrument articles it concerns.
        prevalence: How widespread the report says the practice is.
        official_response: How the authorities answered it.
        source_id: The source the report gives for it, if not the report itself.
        quote_ids: Quotes that state or support it.
        statistic_ids: Statistics that support it.
        locator: Where it sits in the document.
        note: A free note.
        extensions: Namespaced user data, kept on every round-trip.
    """

    id: str = field(validator=check.identifier())
    text: str = field(validator=check.text())
    category: RightsCategory | None = field(
        default=None,
        validator=check.optional(check.instance_of(RightsCategory, "a RightsCategory")),
    )
    instruments: tuple[InstrumentArticle, ...] = field(
        default=(), validator=check.tuple_of(InstrumentArticle, "InstrumentArticle")
    )
    prevalence: Prevalence | None = field(
        default=None,
        validator=check.optional(check.instance_of(Prevalence, "a Prevalence")),
    )
    official_response: OfficialResponse | None = field(
        default=None,
        validator=check.optional(
            check.instance_of(OfficialResponse, "an OfficialResponse")
        ),
    )
    source_id: str | None = field(
        default=None, validator=check.optional(check.identifier())
    )
    quote_ids: tuple[str, ...] = field(default=(), validator=_ids)
    statistic_ids: tuple[str, ...] = field(default=(), validator=_ids)
    locator: Locator | None = field(
        default=None, validator=check.optional(check.instance_of(Locator, "a Locator"))
    )
    note: str | None = field(default=None, validator=_opt_text)
    extensions: Extensions = field(default=Factory(Extensions), converter=to_extensions)


@frozen(kw_only=True)
class Illustration:
    """A photograph or graphic printed with a report, with its caption and credit.

    Attributes:
        caption: The caption as printed.
        credit: The credit line as printed ("CamboJA/Panha Chhorpoan").
        depicted_on: When the scene shown took place.
        place: Where it took place.
    """

    caption: str = field(validator=check.text())
    credit: str | None = field(default=None, validator=_opt_text)
    depicted_on: PartialDate | None = field(
        default=None,
        validator=check.optional(check.instance_of(PartialDate, "a PartialDate")),
    )
    place: Place | None = field(
        default=None, validator=check.optional(check.instance_of(Place, "a Place"))
    )


def _check_related_report(_: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, Report):
        raise InvalidFieldError("report", "a Report or None", type(value).__name__)


@frozen(kw_only=True)
class Relation:
    """How a report relates to another one, which it may carry in full.

    With :attr:`report` given, the other document is reachable from this one and
    is validated together with it.

    Attributes:
        kind: Is about, cites, responds to, is an addendum of.
        target_id: The other report's id.
        report: The other report itself, when it is represented.
    """

    kind: RelationKind = field(
        validator=check.instance_of(RelationKind, "a RelationKind")
    )
    target_id: str = field(validator=check.identifier())
    report: Report | None = field(default=None, validator=_check_related_report)

    def __attrs_post_init__(self) -> None:
        if self.report is not None and self.report.id != self.target_id:
            raise InvalidFieldError(
                "report", f"the report with id {self.target_id!r}", repr(self.report.id)
            )


@frozen(kw_only=True)
class Report:
    """A document that makes human-rights claims, and everything it holds.

    Coverage period, edition label and publication date are three different
    things, never derived from one another: the State Department's "2020 Country
    Reports" cover 2020 and were published on 30 March 2021.

        >>> from rightsreport import PartialDate, Period, Report, ReportKind
        >>> report = Report(
        ...     id="us-dos-2020-kh",
        ...     kind=ReportKind.COUNTRY_REPORT,
        ...     title="2020 Country Reports on Human Rights Practices: Cambodia",
        ...     subject_countries=("KH",),
        ...     coverage=Period.from_edtf("2020/2020"),
        ...     published=PartialDate(year=2021, month=3, day=30),
        ... )
        >>> str(report.coverage), str(report.published)
        ('2020/2020', '2021-03-30')

    Attributes:
        id: The report's id, unique among the reports a user keeps together.
        kind: What kind of document it is.
        title: The title as printed.
        issuer: Who issued it.
        subject_countries: ISO 3166-1 alpha-2 codes of the countries it is about.
        coverage: The period its findings cover.
        edition: Its edition label ("2020 Country Reports on Human Rights
            Practices").
        published: When it was published.
        language: Its BCP 47 language tag.
        page_count: How many pages it has.
        identifiers: Its URL, UN symbol, Amnesty index number and so on.
        claims: The findings it states.
        sources: Who and what it attributes claims to.
        quotes: The words it quotes.
        statistics: The figures it gives.
        relations: How it relates to other reports.
        illustrations: Photographs and graphics printed with it.
        note: A free note.
        extensions: Namespaced user data, kept on every round-trip.
    """

    id: str = field(validator=check.identifier())
    kind: ReportKind = field(validator=check.instance_of(ReportKind, "a ReportKind"))
    title: str = field(validator=check.text())
    issuer: Issuer | None = field(
        default=None, validator=check.optional(check.instance_of(Issuer, "an Issuer"))
    )
    subject_countries: tuple[str, ...] = field(
        default=(),
        validator=check.tuple_each(
            check.check_country_code, "ISO 3166-1 alpha-2 codes"
        ),
    )
    coverage: Period | None = field(
        default=None, validator=check.optional(check.instance_of(Period, "a Period"))
    )
    edition: str | None = field(default=None, validator=_opt_text)
    published: PartialDate | None = field(
        default=None,
        validator=check.optional(check.instance_of(PartialDate, "a PartialDate")),
    )
    language: str | None = field(
        default=None, validator=check.optional(check.language_tag())
    )
    page_count: int | None = field(
        default=None, validator=check.optional(check.positive_int())
    )
    identifiers: tuple[Identifier, ...] = field(
        default=(), validator=check.tuple_of(Identifier, "Identifier")
    )
    claims: tuple[Claim, ...] = field(
        default=(), validator=check.tuple_of(Claim, "Claim")
    )
    sources: tuple[Source, ...] = field(
        default=(), validator=check.tuple_of(Source, "Source")
    )
    quotes: tuple[Quote, ...] = field(
        default=(), validator=check.tuple_of(Quote, "Quote")
    )
    statistics: tuple[Statistic, ...] = field(
        default=(), validator=check.tuple_of(Statistic, "Statistic")
    )
    relations: tuple[Relation, ...] = field(
        default=(), validator=check.tuple_of(Relation, "Relation")
    )
    illustrations: tuple[Illustration, ...] = field(
        default=(), validator=check.tuple_of(Illustration, "Illustration")
    )
    note: str | None = field(default=None, validator=_opt_text)
    extensions: Extensions = field(default=Factory(Extensions), converter=to_extensions)

    def source(self, source_id: str) -> Source | None:
        """Return the source with id *source_id*, or ``None``."""
        return next((s for s in self.sources if s.id == source_id), None)

    def quote(self, quote_id: str) -> Quote | None:
        """Return the quote with id *quote_id*, or ``None``."""
        return next((q for q in self.quotes if q.id == quote_id), None)

    def statistic(self, statistic_id: str) -> Statistic | None:
        """Return the statistic with id *statistic_id*, or ``None``."""
        return next((s for s in self.statistics if s.id == statistic_id), None)

    def related(self, kind: RelationKind | None = None) -> tuple[Report, ...]:
        """Return the reports carried in this one's relations, of *kind* if given."""
        return tuple(
            relation.report
            for relation in self.relations
            if relation.report is not None and (kind is None or relation.kind is kind)
        )

    def walk(self) -> Iterator[Report]:
        """Yield this report and every report reachable through its relations.

        Each report is yielded once, this one first, breadth first.
        """
        seen: set[str] = set()
        queue = [self]
        while queue:
            report = queue.pop(0)
            if report.id in seen:
                continue
            seen.add(report.id)
            yield report
            queue.extend(report.related())
