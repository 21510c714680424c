"""The worked example: a CamboJA news article on the State Department's 2020 report.

:func:`cambodia_2020` returns the article as a :class:`~rightsreport.Report`
holding every fact it prints: the article and the report it is about (carried in
full through an ``is_about`` relation), the report's findings, every source, quote
and paraphrase with its attribution as printed (including the misspelling
"Rodemeier"), both statistics with their relay chain, periods and breakdown, and
the photograph's caption and credit.

    >>> from rightsreport.examples import cambodia_2020
    >>> article = cambodia_2020()
    >>> article.kind.value, article.issuer.abbreviation
    ('news_article', 'CamboJA')
    >>> [str(s.value) for s in article.statistics]
    ['62', '185']
    >>> report = article.related()[0]
    >>> report.page_count, str(report.published), str(report.coverage)
    (35, '2021-03-30', '2020/2020')
"""

from __future__ import annotations

from rightsreport._dates import PartialDate, Period
from rightsreport._quote import Quote
from rightsreport._report import Claim, Illustration, Issuer, Relation, Report
from rightsreport._source import Source
from rightsreport._statistic import Breakdown, BreakdownPart, Statistic
from rightsreport._values import (
    Affiliation,
    EditorialMark,
    InstrumentArticle,
    Place,
)
from rightsreport._vocabulary import (
    BreakdownCompleteness,
    EditorialMarkKind,
    IdentificationLevel,
    Instrument,
    IssuerType,
    QuoteKind,
    RelationKind,
    ReportKind,
    RightsCategory,
    SourceKind,
)

__all__ = ["cambodia_2020", "state_department_2020_cambodia"]

ARTICLE_ID = "camboja-2021-us-report"
REPORT_ID = "us-dos-2020-country-report-kh"

#: When the article was published, as far as its text shows: "last year" is 2020.
_ARTICLE_DATE = PartialDate(year=2021)
#: The State Department released the 2020 Country Reports on 30 March 2021.
_RELEASED = PartialDate(year=2021, month=3, day=30)
_CAMBODIA = Place(country="KH")


def _marks(
    text: str, *, insertions: tuple[str, ...] = (), interruptions: tuple[str, ...] = ()
) -> tuple[EditorialMark, ...]:
    """Locate insertions (by their text) and interruptions (after the given text)."""
    marks = list(EditorialMark.find_in(text))
    for inserted in insertions:
        start = text.index(inserted)
        if not any(mark.start == start for mark in marks):
            marks.append(
                EditorialMark(
                    kind=EditorialMarkKind.INSERTION,
                    start=start,
                    end=start + len(inserted),
                )
            )
    for before in interruptions:
        at = text.index(before) + len(before)
        marks.append(
            EditorialMark(kind=EditorialMarkKind.INTERRUPTION, start=at, end=at)
        )
    return tuple(sorted(marks, key=lambda mark: (mark.start, mark.end)))


def _report_sources() -> tuple[Source, ...]:
    return (
        Source(
            id="unnamed-ngo-assembly-violations",
            kind=SourceKind.UNNAMED,
            identification=IdentificationLevel.DESCRIBED_UNNAMED,
            description="an unnamed NGO cited in the State Department report",
        ),
    )


def _violations_statistic(*, relayed_via: tuple[str, ...]) -> Statistic:
    return Statistic(
        id="assembly-association-violations",
        value=62,
        measure="violations of freedom of peaceful assembly and association",
        unit="cases",
        as_of=PartialDate(year=2020, month=7),
        place=_CAMBODIA,
        source_id="unnamed-ngo-assembly-violations",
        relayed_via=relayed_via,
        category=RightsCategory.FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION,
        instruments=(
            InstrumentArticle(instrument=Instrument.ICCPR, article=21),
            InstrumentArticle(instrument=Instrument.ICCPR, article=22),
        ),
        printed="62",
    )


def state_department_2020_cambodia() -> Report:
    """Return the State Department's 2020 report on Cambodia, as the article shows it.

    Only what the article says of it is here: issuer, subject, coverage, edition,
    release date, length, the findings the article lists, the two passages it
    quotes (as its findings) and the NGO figure it cites.
    """
    return Report(
        id=REPORT_ID,
        kind=ReportKind.COUNTRY_REPORT,
        title="2020 Country Reports on Human Rights Practices: Cambodia",
        issuer=Issuer(
            name="U.S. Department of State",
            unit="Bureau of Democracy, Human Rights, and Labor",
            type=IssuerType.FOREIGN_GOVERNMENT,
            country="US",
        ),
        subject_countries=("KH",),
        coverage=Period(start=PartialDate(year=2020), end=PartialDate(year=2020)),
        edition="2020 Country Reports on Human Rights Practices",
        published=_RELEASED,
        language="en",
        page_count=35,
        claims=_findings(),
        sources=_report_sources(),
        statistics=(_violations_statistic(relayed_via=()),),
    )


def _findings() -> tuple[Claim, ...]:
    return (
        Claim(
            id="impunity",
            text="A pervasive culture of impunity continued. Government officials, "
            "including police, committed abuses with impunity, and in most cases the "
            "government took little or no action. Government officials and their "
            "family members were generally immune to prosecution.",
        ),
        Claim(
            id="torture",
            text="Torture and cruel, inhuman or degrading treatment or punishment "
            "of individuals by state actors.",
            category=RightsCategory.TORTURE,
            instruments=(InstrumentArticle(instrument=Instrument.ICCPR, article=7),),
        ),
        Claim(
            id="privacy",
            text="Arbitrary interference in the private lives of citizens.",
            category=RightsCategory.ARBITRARY_INTERFERENCE_WITH_PRIVACY,
            instruments=(InstrumentArticle(instrument=Instrument.ICCPR, article=17),),
        ),
        Claim(
            id="judicial-independence",
            text="Absence of judicial independence.",
            category=RightsCategory.DENIAL_OF_FAIR_PUBLIC_TRIAL,
            instruments=(InstrumentArticle(instrument=Instrument.ICCPR, article=14),),
        ),
        Claim(
            id="electronic-surveillance",
            text="Pervasive electronic media surveillance.",
            category=RightsCategory.ARBITRARY_INTERFERENCE_WITH_PRIVACY,
        ),
        Claim(
            id="expression-press-internet",
            text="Serious restrictions on free expression, the press and the "
            "internet: threats of violence, unjustified arrests or prosecutions of "
            "journalists, censorship, site blocking and criminal libel laws.",
            category=RightsCategory.FREEDOM_OF_EXPRESSION,
            instruments=(InstrumentArticle(instrument=Instrument.ICCPR, article=19),),
        ),
    )


def _report_quotes() -> tuple[Quote, ...]:
    speaker_id = "state-department-report"
    return (
        Quote(
            id="impunity",
            text="A pervasive culture of impunity continued. Government officials, "
            "including police, committed abuses with impunity, and in most cases the "
            "government took little or no action,",
            kind=QuoteKind.VERBATIM,
            speaker_id=speaker_id,
            note='Attributed in print to "the 35-page report".',
            language="en",
        ),
        Quote(
            id="immune-to-prosecution",
            text="Government officials and their family members were generally immune "
            "to prosecution.",
            kind=QuoteKind.VERBATIM,
            speaker_id=speaker_id,
            language="en",
        ),
    )


def _article_sources() -> tuple[Source, ...]:
    attested = _ARTICLE_DATE
    return (
        Source(
            id="chad-roedemeier",
            kind=SourceKind.PERSON,
            identification=IdentificationLevel.NAMED,
            name="Chad Roedemeier",
            affiliations=(
                Affiliation(
                    role="information officer",
                    organisation="U.S. Embassy in Phnom Penh",
                    attested=attested,
                ),
            ),
        ),
        Source(
            id="chin-malin",
            kind=SourceKind.PERSON,
            identification=IdentificationLevel.NAMED,
            name="Chin Malin",
            affiliations=(
                Affiliation(
                    role="vice president",
                    organisation="Cambodian Human Rights Committee",
                    attested=attested,
                ),
                Affiliation(
                    role="spokesperson",
                    organisation="Justice Ministry",
                    attested=attested,
                ),
            ),
        ),
        Source(
            id="chak-sopheap",
            kind=SourceKind.PERSON,
            identification=IdentificationLevel.NAMED,
            name="Chak Sopheap",
            affiliations=(
                Affiliation(
                    role="executive director",
                    organisation="Cambodian Center for Human Rights (CCHR)",
                    attested=attested,
                ),
            ),
        ),
        Source(
            id="em-sovannara",
            kind=SourceKind.PERSON,
            identification=IdentificationLevel.NAMED,
            name="Em Sovannara",
            affiliations=(Affiliation(role="political analyst", attested=attested),),
        ),
        *_report_sources(),
        Source(
            id="unnamed-ngo-assemblies",
            kind=SourceKind.UNNAMED,
            identification=IdentificationLevel.DESCRIBED_UNNAMED,
            description="another unnamed human rights NGO",
        ),
        Source(
            id="us-department-of-state",
            kind=SourceKind.GOVERNMENT_BODY,
            identification=IdentificationLevel.NAMED,
            name="U.S. Department of State",
            aliases=("US State Department", "State Department"),
        ),
        Source(
            id="state-department-report",
            kind=SourceKind.DOCUMENT,
            identification=IdentificationLevel.NAMED,
            name="2020 Country Reports on Human Rights Practices: Cambodia",
            aliases=("2020 human rights report",),
            report_id=REPORT_ID,
        ),
    )


def _article_quotes() -> tuple[Quote, ...]:
    malin = (
        "We recognize the report if based on those aspects, and if there are any "
        "loopholes, we will consider improving, But if it [the report] is made "
        "without the technical basis of human rights and only to politicize human "
        "rights issues in order to achieve its regional, geopolitical ambitions and "
        "interests, it is unacceptable."
    )
    sovannara = (
        "This could be a pressure and Cambodian government needs to pay attention, "
        "because if such a report frequently appears, it could damage Cambodia’s "
        "image in the international arena, It also affects trade relations, as "
        "Cambodia needs to apply for new (access to the) GSP."
    )
    return (
        Quote(
            id="headline-impunity",
            text="committed abuses with impunity",
            kind=QuoteKind.PARTIAL,
            speaker_id="us-department-of-state",
            attributed_as="US State Department",
            language="en",
        ),
        *_report_quotes(),
        Quote(
            id="roedemeier-regular-task",
            text="the most recent report was completed as a regular task of the "
            "federal government",
            kind=QuoteKind.PARAPHRASE,
            speaker_id="chad-roedemeier",
            attributed_as="Chad Roedemeier",
            language="en",
        ),
        Quote(
            id="roedemeier-congress",
            text="The US Congress requires that we produce a full and complete report "
            "regarding the status of internationally recognized human rights every "
            "year,",
            kind=QuoteKind.VERBATIM,
            speaker_id="chad-roedemeier",
            attributed_as="Rodemeier",
            language="en",
        ),
        Quote(
            id="malin-critical-reports-normal",
            text="critical reports are normal and acceptable if based on technical "
            "aspects of human rights, pointing out that no country has a perfect "
            "record for implementation",
            kind=QuoteKind.PARAPHRASE,
            speaker_id="chin-malin",
            attributed_as="Chin Malin",
            language="en",
        ),
        Quote(
            id="malin-technical-basis",
            text=malin,
            kind=QuoteKind.VERBATIM,
            speaker_id="chin-malin",
            language="en",
            marks=_marks(malin, interruptions=("we will consider improving,",)),
        ),
        Quote(
            id="sopheap-deterioration",
            text="the year 2020 indeed saw the continued deterioration of the human "
            "rights situation in the Kingdom, a situation she said was exacerbated by "
            "the Covid-19 global pandemic",
            kind=QuoteKind.PARAPHRASE,
            speaker_id="chak-sopheap",
            attributed_as="Chak Sopheap",
            language="en",
        ),
        Quote(
            id="sopheap-harassment",
            text="Opposition members, human rights defenders, activists and other "
            "dissenting voices continued to be the target of sustained, systematic "
            "harassment,",
            kind=QuoteKind.VERBATIM,
            speaker_id="chak-sopheap",
            attributed_as="Sopheap",
            language="en",
        ),
        Quote(
            id="sopheap-obligations",
            text="the government needs to fulfill its international human rights "
            "obligations and take corrective measures to ensure full respect for "
            "fundamental rights and freedoms in the Kingdom",
            kind=QuoteKind.PARAPHRASE,
            speaker_id="chak-sopheap",
            language="en",
        ),
        Quote(
            id="sopheap-democracy",
            text="This is necessary in order to allow for a just and thriving democracy",
            kind=QuoteKind.PARAPHRASE,
            speaker_id="chak-sopheap",
            attributed_as="Sopheap",
            language="en",
        ),
        Quote(
            id="sovannara-do-not-ignore",
            text="the Cambodian government should not ignore the State Department "
            "report, as it will likely affect the country’s foreign policy",
            kind=QuoteKind.PARAPHRASE,
            speaker_id="em-sovannara",
            attributed_as="Em Sovannara",
            language="en",
        ),
        Quote(
            id="sovannara-gsp",
            text="the US is an influential country for Cambodia, as the Kingdom has "
            "been granted access to the Generalized System of Preferences, a "
            "beneficial agreement for trade relations",
            kind=QuoteKind.PARAPHRASE,
            speaker_id="em-sovannara",
            attributed_as="Sovannara",
            language="en",
        ),
        Quote(
            id="sovannara-pressure",
            text=sovannara,
            kind=QuoteKind.VERBATIM,
            speaker_id="em-sovannara",
            language="en",
            marks=_marks(
                sovannara,
                insertions=("(access to the)",),
                interruptions=("in the international arena,",),
            ),
        ),
    )


def _article_statistics() -> tuple[Statistic, ...]:
    return (
        _violations_statistic(relayed_via=("state-department-report",)),
        Statistic(
            id="assemblies",
            value=185,
            measure="assemblies taking place",
            unit="assemblies",
            period=Period(
                start=PartialDate(year=2019, month=4),
                end=PartialDate(year=2020, month=3),
            ),
            place=_CAMBODIA,
            source_id="unnamed-ngo-assemblies",
            category=RightsCategory.FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION,
            breakdown=Breakdown(
                completeness=BreakdownCompleteness.EXHAUSTIVE,
                parts=(
                    BreakdownPart(label="land rights", value=101),
                    BreakdownPart(
                        label="workers’ rights",
                        value=68,
                        category=RightsCategory.WORKER_RIGHTS,
                    ),
                    BreakdownPart(label="other reasons", value=16),
                ),
            ),
            printed="185",
        ),
    )


def cambodia_2020() -> Report:
    """Return the CamboJA article on the State Department's 2020 Cambodia report.

    The report it is about is carried in full through the article's ``is_about``
    relation (:meth:`~rightsreport.Report.related`).
    """
    return Report(
        id=ARTICLE_ID,
        kind=ReportKind.NEWS_ARTICLE,
        title="Cambodian leaders “committed abuses with impunity”, says US State "
        "Department in 2020 human rights report",
        issuer=Issuer(
            name="Cambodian Journalists Alliance Association",
            abbreviation="CamboJA",
            type=IssuerType.MEDIA_OUTLET,
            country="KH",
        ),
        subject_countries=("KH",),
        published=_ARTICLE_DATE,
        language="en",
        sources=_article_sources(),
        quotes=_article_quotes(),
        statistics=_article_statistics(),
        relations=(
            Relation(
                kind=RelationKind.IS_ABOUT,
                target_id=REPORT_ID,
                report=state_department_2020_cambodia(),
            ),
        ),
        illustrations=(
            Illustration(
                caption="Family members of former officials of the deposed CNRP "
                "political opposition gather in front of the US embassy seeking help "
                "to release their relatives, October 2020.",
                credit="CamboJA/Panha Chhorpoan",
                depicted_on=PartialDate(year=2020, month=10),
                place=Place(country="KH", name="the US embassy"),
            ),
        ),
    )
