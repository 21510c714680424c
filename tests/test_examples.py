"""The worked example holds every fact the CamboJA article prints."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from rightsreport import (
    BreakdownCompleteness,
    Disclosure,
    EditorialMarkKind,
    IdentificationLevel,
    Instrument,
    InstrumentArticle,
    IssuerType,
    PartialDate,
    Period,
    QuoteKind,
    RelationKind,
    Report,
    ReportKind,
    RightsCategory,
    SourceKind,
    StatisticKind,
    StatisticQualifier,
)
from rightsreport.examples import cambodia_2020, state_department_2020_cambodia


@pytest.fixture(scope="module")
def report(article: Report) -> Report:
    """The State Department report, as carried by the article."""
    (carried,) = article.related(RelationKind.IS_ABOUT)
    return carried


def test_example_is_deterministic_hashable_and_picklable(article: Report) -> None:
    """Two calls build equal reports; the report hashes and pickles."""
    assert cambodia_2020() == article
    assert hash(cambodia_2020()) == hash(article)
    assert pickle.loads(pickle.dumps(article)) == article  # noqa: S301


def test_article_document(article: Report) -> None:
    """The article: a CamboJA news article about Cambodia, in English, of 2021."""
    assert article.kind is ReportKind.NEWS_ARTICLE
    assert article.title == (
        "Cambodian leaders “committed abuses with impunity”, says US State "
        "Department in 2020 human rights report"
    )
    assert article.issuer is not None
    assert article.issuer.name == "Cambodian Journalists Alliance Association"
    assert article.issuer.abbreviation == "CamboJA"
    assert article.issuer.type is IssuerType.MEDIA_OUTLET
    assert article.subject_countries == ("KH",)
    assert article.language == "en"
    assert article.published == PartialDate(year=2021)


def test_article_is_about_the_report(article: Report, report: Report) -> None:
    """The article's only relation is ``is_about`` the report, carried in full."""
    assert [(r.kind, r.target_id) for r in article.relations] == [
        (RelationKind.IS_ABOUT, "us-dos-2020-country-report-kh")
    ]
    assert report == state_department_2020_cambodia()
    assert [r.id for r in article.walk()] == [article.id, report.id]


def test_report_document(report: Report) -> None:
    """Coverage, edition and publication are three distinct facts."""
    assert report.kind is ReportKind.COUNTRY_REPORT
    assert report.title == "2020 Country Reports on Human Rights Practices: Cambodia"
    assert report.issuer is not None
    assert report.issuer.name == "U.S. Department of State"
    assert report.issuer.unit == "Bureau of Democracy, Human Rights, and Labor"
    assert report.issuer.type is IssuerType.FOREIGN_GOVERNMENT
    assert report.issuer.country == "US"
    assert report.subject_countries == ("KH",)
    assert report.coverage == Period(
        start=PartialDate(year=2020), end=PartialDate(year=2020)
    )
    assert report.edition == "2020 Country Reports on Human Rights Practices"
    assert report.published == PartialDate(year=2021, month=3, day=30)
    assert report.page_count == 35
    assert report.language == "en"


def test_report_findings(report: Report) -> None:
    """The six findings the article lists, with their State Department sections."""
    assert [(c.id, c.category) for c in report.claims] == [
        ("impunity", None),
        ("torture", RightsCategory.TORTURE),
        ("privacy", RightsCategory.ARBITRARY_INTERFERENCE_WITH_PRIVACY),
        ("judicial-independence", RightsCategory.DENIAL_OF_FAIR_PUBLIC_TRIAL),
        ("electronic-surveillance", RightsCategory.ARBITRARY_INTERFERENCE_WITH_PRIVACY),
        ("expression-press-internet", RightsCategory.FREEDOM_OF_EXPRESSION),
    ]
    expression = report.claims[5]
    for practice in ("censorship", "site blocking", "criminal libel"):
        assert practice in expression.text
    assert expression.instruments == (
        InstrumentArticle(instrument=Instrument.ICCPR, article=19),
    )
    assert "pervasive culture of impunity" in report.claims[0].text


def test_sources_and_roles(article: Report) -> None:
    """Every source, with its role at an organisation at that time."""
    roles = {
        source.id: [(a.role, a.organisation) for a in source.affiliations]
        for source in article.sources
    }
    assert roles == {
        "chad-roedemeier": [("information officer", "U.S. Embassy in Phnom Penh")],
        "chin-malin": [
            ("vice president", "Cambodian Human Rights Committee"),
            ("spokesperson", "Justice Ministry"),
        ],
        "chak-sopheap": [
            ("executive director", "Cambodian Center for Human Rights (CCHR)")
        ],
        "em-sovannara": [("political analyst", None)],
        "unnamed-ngo-assembly-violations": [],
        "unnamed-ngo-assemblies": [],
        "us-department-of-state": [],
        "state-department-report": [],
    }
    names = {s.id: s.name for s in article.sources}
    assert names["chad-roedemeier"] == "Chad Roedemeier"
    assert names["chin-malin"] == "Chin Malin"
    assert names["chak-sopheap"] == "Chak Sopheap"
    assert names["em-sovannara"] == "Em Sovannara"
    assert all(s.disclosure is Disclosure.PUBLIC for s in article.sources)


def test_two_roles_at_once(article: Report) -> None:
    """Chin Malin holds both roles on the article's date."""
    malin = article.source("chin-malin")
    assert malin is not None
    assert {a.attested for a in malin.affiliations} == {PartialDate(year=2021)}


def test_unnamed_and_document_sources(article: Report) -> None:
    """Two unnamed NGOs with public descriptions; the report as a document."""
    first = article.source("unnamed-ngo-assembly-violations")
    second = article.source("unnamed-ngo-assemblies")
    assert first is not None
    assert second is not None
    for ngo in (first, second):
        assert ngo.kind is SourceKind.UNNAMED
        assert ngo.identification is IdentificationLevel.DESCRIBED_UNNAMED
        assert ngo.name is None
    assert first.description == "an unnamed NGO cited in the State Department report"
    assert second.description == "another unnamed human rights NGO"
    document = article.source("state-department-report")
    assert document is not None
    assert document.kind is SourceKind.DOCUMENT
    assert document.report_id == "us-dos-2020-country-report-kh"


QUOTES = [
    (
        "headline-impunity",
        QuoteKind.PARTIAL,
        "us-department-of-state",
        "US State Department",
    ),
    ("impunity", QuoteKind.VERBATIM, "state-department-report", None),
    ("immune-to-prosecution", QuoteKind.VERBATIM, "state-department-report", None),
    (
        "roedemeier-regular-task",
        QuoteKind.PARAPHRASE,
        "chad-roedemeier",
        "Chad Roedemeier",
    ),
    ("roedemeier-congress", QuoteKind.VERBATIM, "chad-roedemeier", "Rodemeier"),
    ("malin-critical-reports-normal", QuoteKind.PARAPHRASE, "chin-malin", "Chin Malin"),
    ("malin-technical-basis", QuoteKind.VERBATIM, "chin-malin", None),
    ("sopheap-deterioration", QuoteKind.PARAPHRASE, "chak-sopheap", "Chak Sopheap"),
    ("sopheap-harassment", QuoteKind.VERBATIM, "chak-sopheap", "Sopheap"),
    ("sopheap-obligations", QuoteKind.PARAPHRASE, "chak-sopheap", None),
    ("sopheap-democracy", QuoteKind.PARAPHRASE, "chak-sopheap", "Sopheap"),
    ("sovannara-do-not-ignore", QuoteKind.PARAPHRASE, "em-sovannara", "Em Sovannara"),
    ("sovannara-gsp", QuoteKind.PARAPHRASE, "em-sovannara", "Sovannara"),
    ("sovannara-pressure", QuoteKind.VERBATIM, "em-sovannara", None),
]


def test_quotes_with_attributions_as_printed(article: Report) -> None:
    """Every quote and paraphrase, its speaker and the name as printed."""
    assert [
        (q.id, q.kind, q.speaker_id, q.attributed_as) for q in article.quotes
    ] == QUOTES
    assert all(q.language == "en" for q in article.quotes)


def test_misspelt_attribution_is_kept(article: Report) -> None:
    """The article prints "Rodemeier" for Chad Roedemeier; the data keeps it."""
    quote = article.quote("roedemeier-congress")
    assert quote is not None
    assert quote.attributed_as == "Rodemeier"
    assert quote.text.startswith("The US Congress requires that we produce")


def test_editorial_insertions(article: Report) -> None:
    """``[the report]`` and ``(access to the)`` are marked as insertions."""
    malin = article.quote("malin-technical-basis")
    sovannara = article.quote("sovannara-pressure")
    assert malin is not None
    assert sovannara is not None
    inserted = [
        quote.marked_text(mark)
        for quote in (malin, sovannara)
        for mark in quote.marks
        if mark.kind is EditorialMarkKind.INSERTION
    ]
    assert inserted == ["[the report]", "(access to the)"]
    assert sovannara.without_insertions().endswith("apply for new GSP.")


def test_quotes_split_by_their_attribution(article: Report) -> None:
    """Both quotes split by "he said" are one quote with two segments."""
    malin = article.quote("malin-technical-basis")
    sovannara = article.quote("sovannara-pressure")
    assert malin is not None
    assert sovannara is not None
    assert malin.segments() == (
        (
            "We recognize the report if based on those aspects, and if there are any "
            "loopholes, we will consider improving,"
        ),
        (
            "But if it [the report] is made without the technical basis of human "
            "rights and only to politicize human rights issues in order to achieve "
            "its regional, geopolitical ambitions and interests, it is unacceptable."
        ),
    )
    assert sovannara.segments()[1] == (
        "It also affects trade relations, as Cambodia needs to apply for new "
        "(access to the) GSP."
    )


def test_violations_statistic(article: Report, report: Report) -> None:
    """62 cases as of July 2020, from an unnamed NGO, relayed by the report."""
    figure = article.statistic("assembly-association-violations")
    assert figure is not None
    assert figure.value == 62
    assert figure.qualifier is StatisticQualifier.EXACT
    assert figure.kind is StatisticKind.COUNT
    assert figure.unit == "cases"
    assert (
        figure.measure == "violations of freedom of peaceful assembly and association"
    )
    assert figure.as_of == PartialDate(year=2020, month=7)
    assert figure.period is None
    assert figure.source_id == "unnamed-ngo-assembly-violations"
    assert figure.relayed_via == ("state-department-report",)
    assert figure.category is RightsCategory.FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION
    cited = report.statistic("assembly-association-violations")
    assert cited is not None
    assert (cited.value, cited.source_id, cited.relayed_via) == (
        62,
        "unnamed-ngo-assembly-violations",
        (),
    )


def test_assemblies_statistic(article: Report, report: Report) -> None:
    """185 assemblies, April 2019 to March 2020, broken down 101/68/16."""
    figure = article.statistic("assemblies")
    assert figure is not None
    assert figure.value == 185
    assert figure.qualifier is StatisticQualifier.EXACT
    assert figure.period == Period(
        start=PartialDate(year=2019, month=4), end=PartialDate(year=2020, month=3)
    )
    assert str(figure.period) == "2019-04/2020-03"
    assert figure.source_id == "unnamed-ngo-assemblies"
    assert figure.breakdown is not None
    assert figure.breakdown.completeness is BreakdownCompleteness.EXHAUSTIVE
    assert [(p.label, p.value) for p in figure.breakdown.parts] == [
        ("land rights", 101),
        ("workers’ rights", 68),
        ("other reasons", 16),
    ]
    assert figure.breakdown.sum() == 185
    assert report.coverage is not None
    assert figure.period.overlaps(report.coverage)
    assert not report.coverage.contains(figure.period)


def test_photo_caption(article: Report) -> None:
    """The photograph: the gathering in October 2020, and its credit."""
    (photo,) = article.illustrations
    assert photo.depicted_on == PartialDate(year=2020, month=10)
    assert photo.credit == "CamboJA/Panha Chhorpoan"
    assert photo.caption.startswith(
        "Family members of former officials of the deposed CNRP"
    )
    assert photo.depicted_on.latest == dt.date(2020, 10, 31)
