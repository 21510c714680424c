"""Tables: flat, type-stable rows of statistics and quotes."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pandas as pd
import pytest
from hypothesis import given

from rightsreport import (
    QUOTES_COLUMNS,
    STATISTICS_COLUMNS,
    Affiliation,
    Breakdown,
    BreakdownCompleteness,
    BreakdownPart,
    ChangeFrom,
    DifferenceOf,
    Disclosure,
    IdentificationLevel,
    InvalidFieldError,
    Locator,
    PartialDate,
    Period,
    Place,
    Quote,
    QuoteKind,
    RateOf,
    Report,
    ReportKind,
    RightsCategory,
    ShareOf,
    ShareWord,
    Source,
    SourceKind,
    Statistic,
    StatisticKind,
    StatisticQualifier,
    TotalOf,
    quotes_table,
    redact,
    statistics_table,
)
from rightsreport.testing import reports

#: Columns that hold ints (or None); every other column holds str (or None).
INT_COLUMNS = {"page", "paragraph", "start", "end"}


def _report(**changes: Any) -> Report:
    fields: dict[str, Any] = {
        "id": "monitor-2020",
        "kind": ReportKind.MONITORING_REPORT,
        "title": "Assemblies monitored in 2020",
    }
    fields.update(changes)
    return Report(**fields)


def _person(source_id: str, **changes: Any) -> Source:
    return Source(
        id=source_id,
        kind=SourceKind.PERSON,
        identification=IdentificationLevel.NAMED,
        **changes,
    )


# The worked example


def test_the_worked_example_statistics_rows(article: Report) -> None:
    """The NGO's 62 cases, with the relay chain through the State Department."""
    rows = statistics_table(article)
    assert [row["id"] for row in rows] == [
        "assembly-association-violations",
        "assemblies",
        "assemblies/0",
        "assemblies/1",
        "assemblies/2",
    ]
    assert rows[0] == {
        "report_id": "camboja-2021-us-report",
        "id": "assembly-association-violations",
        "parent_id": None,
        "label": "violations of freedom of peaceful assembly and association",
        "measure": "violations of freedom of peaceful assembly and association",
        "value": "62",
        "kind": "count",
        "qualifier": "exact",
        "unit": "cases",
        "period": None,
        "period_earliest": None,
        "period_latest": None,
        "as_of": "2020-07",
        "as_of_earliest": "2020-07-01",
        "as_of_latest": "2020-07-31",
        "country": "KH",
        "place": None,
        "category": "freedom_of_assembly_and_association",
        "completeness": None,
        "source_id": "unnamed-ngo-assembly-violations",
        "source": "an unnamed NGO cited in the State Department report",
        "relay_chain": "unnamed-ngo-assembly-violations -> state-department-report",
        "baseline": "false",
        "derivation": None,
        "derived_from": None,
        "derivation_stated": None,
    }
    assert rows[3] == rows[1] | {
        "id": "assemblies/1",
        "parent_id": "assemblies",
        "label": "workers’ rights",
        "value": "68",
        "category": "worker_rights",
    }


def test_the_breakdown_sums_to_the_total_in_pandas(article: Report) -> None:
    """The 185 assemblies are 101 + 68 + 16, counted in a DataFrame."""
    frame = pd.DataFrame(statistics_table(article))
    assert list(frame.columns) == list(STATISTICS_COLUMNS)
    frame["value"] = pd.to_numeric(frame["value"])
    parts = frame[frame["parent_id"] == "assemblies"]
    assert parts["label"].tolist() == [
        "land rights",
        "workers’ rights",
        "other reasons",
    ]
    assert parts["value"].tolist() == [101, 68, 16]
    totals = frame[frame["parent_id"].isna()].set_index("id")["value"]
    sums = frame.dropna(subset=["parent_id"]).groupby("parent_id")["value"].sum()
    assert sums.to_dict() == {"assemblies": 185}
    assert totals["assemblies"] == sums["assemblies"] == 185
    assert frame[frame["completeness"] == "exhaustive"][
        "parent_id"
    ].dropna().unique().tolist() == ["assemblies"]


def test_the_worked_example_quotes_rows(article: Report) -> None:
    """A row per quote; the vice president's two roles at the article's date."""
    rows = quotes_table(article)
    assert len(rows) == len(article.quotes) == 14
    by_id = {row["id"]: row for row in rows}
    assert by_id["roedemeier-congress"] == {
        "report_id": "camboja-2021-us-report",
        "id": "roedemeier-congress",
        "speaker_id": "chad-roedemeier",
        "speaker": "Chad Roedemeier",
        "attributed_as": "Rodemeier",
        "role": "information officer, U.S. Embassy in Phnom Penh",
        "kind": "verbatim",
        "said_on": None,
        "said_on_earliest": None,
        "said_on_latest": None,
        "language": "en",
        "section": None,
        "page": None,
        "paragraph": None,
        "start": None,
        "end": None,
        "text": "The US Congress requires that we produce a full and complete report "
        "regarding the status of internationally recognized human rights every year,",
    }
    assert by_id["malin-technical-basis"]["role"] == (
        "vice president, Cambodian Human Rights Committee; "
        "spokesperson, Justice Ministry"
    )
    assert by_id["sovannara-gsp"]["role"] == "political analyst"
    assert by_id["impunity"]["role"] is None  # a document holds no role
    frame = pd.DataFrame(rows)
    assert list(frame.columns) == list(QUOTES_COLUMNS)
    assert frame.groupby("speaker_id").size().to_dict()["chak-sopheap"] == 4


def test_a_redacted_report_shows_descriptions_and_pseudonyms(article: Report) -> None:
    """After redaction the tables name no protected source, and show no role."""
    private = attrs.evolve(
        article,
        sources=tuple(
            attrs.evolve(s, disclosure=Disclosure.CONFIDENTIAL)
            if s.id in {"chin-malin", "unnamed-ngo-assemblies"}
            else s
            for s in article.sources
        ),
    )
    public = redact(private)
    statistics = {row["id"]: row for row in statistics_table(public)}
    assert statistics["assemblies/0"]["source_id"] == "source-2"
    assert statistics["assemblies/0"]["source"] == "another unnamed human rights NGO"
    assert statistics["assemblies/0"]["relay_chain"] == "source-2"
    quotes = {row["id"]: row for row in quotes_table(public)}
    malin = quotes["malin-technical-basis"]
    assert (malin["speaker_id"], malin["speaker"], malin["role"]) == (
        "source-1",
        "source-1",
        None,
    )
    assert "Chin Malin" not in json.dumps(list(quotes.values()))


# Shape


@pytest.mark.parametrize("table", [statistics_table, quotes_table])
def test_only_a_report_is_tabulated(table: Any) -> None:
    """Anything else is refused by type."""
    with pytest.raises(InvalidFieldError) as caught:
        table(["not", "a", "report"])
    assert str(caught.value) == "'report' must be a Report (got list)"


def test_an_empty_report_has_no_rows_but_known_columns() -> None:
    """The columns are public, so a CSV of nothing still has its header."""
    assert statistics_table(_report()) == []
    assert quotes_table(_report()) == []
    out = io.StringIO()
    csv.DictWriter(out, fieldnames=STATISTICS_COLUMNS).writeheader()
    assert out.getvalue().startswith("report_id,id,parent_id,label,measure,value,")


def test_rows_go_through_csv_unchanged(article: Report) -> None:
    """Written with DictWriter and read back, every non-empty value is the same."""
    rows = statistics_table(article)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=STATISTICS_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert back == [
        {key: "" if value is None else str(value) for key, value in row.items()}
        for row in rows
    ]


@given(reports())
def test_every_row_has_every_column_with_one_type(report: Report) -> None:
    """Column order is fixed, values are flat, and each column has one type."""
    for table, columns in (
        (statistics_table, STATISTICS_COLUMNS),
        (quotes_table, QUOTES_COLUMNS),
    ):
        rows = table(report)
        json.dumps(rows)
        for row in rows:
            assert tuple(row) == columns
            for column, value in row.items():
                expected = int if column in INT_COLUMNS else str
                assert value is None or type(value) is expected, column
    statistic_rows = statistics_table(report)
    parts = sum(len(s.breakdown.parts) for s in report.statistics if s.breakdown)
    assert len(statistic_rows) == len(report.statistics) + parts
    assert len(quotes_table(report)) == len(report.quotes)


# Statistics rows


def test_figures_are_written_exactly() -> None:
    """A Decimal keeps its places; a part's own unit and category win."""
    statistic = Statistic(
        id="rate",
        value=Decimal("12.50"),
        measure="share of assemblies dispersed",
        unit="percent",
        qualifier=StatisticQualifier.APPROXIMATELY,
        category=RightsCategory.FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION,
        period=Period(start=PartialDate(year=2020)),
        place=Place(country="KH", name="Phnom Penh"),
        breakdown=Breakdown(
            completeness=BreakdownCompleteness.PARTIAL,
            parts=(
                BreakdownPart(
                    label="by police",
                    value=Decimal("7.25"),
                    unit="percent of all",
                    category=RightsCategory.TORTURE,
                ),
            ),
        ),
    )
    total, part = statistics_table(_report(statistics=(statistic,)))
    assert (total["value"], total["qualifier"], total["unit"]) == (
        "12.50",
        "approximately",
        "percent",
    )
    assert (total["period"], total["period_earliest"], total["period_latest"]) == (
        "2020/..",
        "2020-01-01",
        None,
    )
    assert (total["country"], total["place"], total["completeness"]) == (
        "KH",
        "Phnom Penh",
        "partial",
    )
    assert (part["value"], part["unit"], part["category"], part["qualifier"]) == (
        "7.25",
        "percent of all",
        "torture",
        "approximately",
    )
    assert total["source"] is None
    assert total["relay_chain"] is None


@pytest.mark.parametrize(
    ("source_id", "relayed_via", "source", "chain"),
    [
        ("ngo", ("paper",), "a local NGO", "ngo -> paper"),
        (None, ("paper", "wire"), None, "paper -> wire"),
        ("missing", (), None, "missing"),
        ("paper", (), "The Phnom Penh Post", "paper"),
    ],
)
def test_source_and_relay_chain(
    source_id: str | None, relayed_via: tuple[str, ...], source: str | None, chain: str
) -> None:
    """The source's label (description for the unnamed); the chain of ids."""
    sources = (
        Source(
            id="ngo",
            kind=SourceKind.UNNAMED,
            identification=IdentificationLevel.DESCRIBED_UNNAMED,
            description="a local NGO",
        ),
        Source(
            id="paper",
            kind=SourceKind.ORGANISATION,
            identification=IdentificationLevel.NAMED,
            name="The Phnom Penh Post",
        ),
    )
    statistic = Statistic(
        id="n", value=3, measure="arrests", source_id=source_id, relayed_via=relayed_via
    )
    (row,) = statistics_table(_report(sources=sources, statistics=(statistic,)))
    assert (row["source"], row["relay_chain"]) == (source, chain)


# Roles at the time


_ROLES = (
    Affiliation(
        role="spokesperson",
        organisation="Justice Ministry",
        period=Period.from_edtf("2015/2019"),
    ),
    Affiliation(
        role="vice president",
        organisation="Cambodian Human Rights Committee",
        attested=PartialDate(year=2021),
    ),
    Affiliation(role="lawyer"),
)


@pytest.mark.parametrize(
    ("said_on", "published", "role"),
    [
        (
            PartialDate(year=2018, month=5),
            None,
            "spokesperson, Justice Ministry; lawyer",
        ),
        (
            None,
            PartialDate(year=2021, month=3),
            "vice president, Cambodian Human Rights Committee; lawyer",
        ),
        (PartialDate(year=2020), PartialDate(year=2021), "lawyer"),
        (
            None,
            None,
            (
                "spokesperson, Justice Ministry; "
                "vice president, Cambodian Human Rights Committee; lawyer"
            ),
        ),
    ],
)
def test_role_at_the_time(
    said_on: PartialDate | None, published: PartialDate | None, role: str
) -> None:
    """Roles held when the words were said, else at publication; undated ones too."""
    quote = Quote(
        id="q",
        text="No comment",
        kind=QuoteKind.VERBATIM,
        speaker_id="malin",
        said_on=said_on,
        locator=Locator(section="2.b", page=4, paragraph=2, start=10, end=20),
    )
    report = _report(
        published=published,
        sources=(_person("malin", name="Chin Malin", affiliations=_ROLES),),
        quotes=(quote,),
    )
    (row,) = quotes_table(report)
    assert row["role"] == role
    assert (
        row["section"],
        row["page"],
        row["paragraph"],
        row["start"],
        row["end"],
    ) == (
        "2.b",
        4,
        2,
        10,
        20,
    )
    assert (row["said_on"], row["said_on_earliest"], row["said_on_latest"]) == (
        (None, None, None)
        if said_on is None
        else (str(said_on), said_on.earliest.isoformat(), said_on.latest.isoformat())
    )


def test_a_speaker_without_roles_or_unresolved_has_none() -> None:
    """No affiliation, or no such source: no role and (for the latter) no speaker."""
    quotes = (
        Quote(id="q1", text="Yes", kind=QuoteKind.PARAPHRASE, speaker_id="em"),
        Quote(id="q2", text="No", kind=QuoteKind.PARAPHRASE, speaker_id="nobody"),
        Quote(id="q3", text="Maybe", kind=QuoteKind.PARAPHRASE),
    )
    rows = quotes_table(
        _report(sources=(_person("em", name="Em Sovannara"),), quotes=quotes)
    )
    assert [(r["speaker"], r["role"]) for r in rows] == [
        ("Em Sovannara", None),
        (None, None),
        (None, None),
    ]


def test_the_reference_lists_the_columns() -> None:
    """docs/exports.md spells out both column lists as they are."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "exports.md").read_text(
        "utf-8"
    )
    for columns in (STATISTICS_COLUMNS, QUOTES_COLUMNS):
        assert ", ".join(f"``{c}``" for c in columns) + "." in page


# Derived figures


def test_derived_figures_name_what_they_derive_from_and_how() -> None:
    """Each derived row gives the kind, the ids in order and what the text states."""
    year = Period.from_edtf("2020/2020")
    report = Report(
        id="r1",
        kind=ReportKind.MONITORING_REPORT,
        title="Detentions in 2020",
        statistics=(
            Statistic(id="detained", value=1200, measure="detained", period=year),
            Statistic(
                id="before",
                value=1000,
                measure="detained",
                period=Period.from_edtf("2019/2019"),
                baseline=True,
            ),
            Statistic(
                id="held",
                value=540,
                measure="held without charge",
                derivation=ShareOf(whole_id="detained", percent=45),
            ),
            Statistic(
                id="half",
                value=600,
                measure="released",
                derivation=ShareOf(
                    whole_id="detained", words=ShareWord.HALF, approximate=True
                ),
            ),
            Statistic(
                id="rise",
                value=20,
                kind=StatisticKind.PERCENTAGE,
                measure="rise in detentions",
                derivation=ChangeFrom(
                    baseline_id="before", baseline_period=Period.from_edtf("2019/2019")
                ),
            ),
            Statistic(
                id="both",
                value=1140,
                measure="held or released",
                derivation=TotalOf(part_ids=("held", "half")),
            ),
            Statistic(
                id="rest",
                value=60,
                measure="other",
                derivation=DifferenceOf(
                    minuend_id="detained", subtrahend_ids=("held", "half")
                ),
                breakdown=Breakdown(
                    completeness=BreakdownCompleteness.PARTIAL,
                    parts=(BreakdownPart(label="children", value=10),),
                ),
            ),
            Statistic(
                id="rate",
                value=Decimal("7.5"),
                kind=StatisticKind.RATE,
                measure="detained",
                derivation=RateOf(per=100_000, numerator_id="detained"),
            ),
        ),
    )
    columns = ("id", "baseline", "derivation", "derived_from", "derivation_stated")
    assert [tuple(row[c] for c in columns) for row in statistics_table(report)] == [
        ("detained", "false", None, None, None),
        ("before", "true", None, None, None),
        ("held", "false", "share_of", "detained", "45%"),
        ("half", "false", "share_of", "detained", "about half"),
        ("rise", "false", "change_from", "before", "from 2019/2019"),
        ("both", "false", "total_of", "held, half", None),
        ("rest", "false", "difference_of", "detained, held, half", None),
        ("rest/0", "false", None, None, None),
        ("rate", "false", "rate_of", "detained", "per 100,000"),
    ]
