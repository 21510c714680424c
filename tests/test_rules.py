"""Each built-in rule: a report that triggers it, and a near miss that must not.

Every case starts from ``BASE``, a minimal report that validates cleanly, and
changes one thing. A trigger lists the exact findings of its code (path and
message); a near miss asserts that its code reports nothing.
"""

from __future__ import annotations

import importlib.util
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from conftest import BASE, CHEA, COUNT, SAID
from rightsreport import (
    RULES,
    Affiliation,
    Breakdown,
    BreakdownCompleteness,
    BreakdownPart,
    ChangeFrom,
    Claim,
    Derivation,
    DifferenceOf,
    Disclosure,
    Extensions,
    Finding,
    IdentificationLevel,
    Illustration,
    Locator,
    PartialDate,
    Period,
    Quote,
    QuoteKind,
    RateOf,
    Relation,
    RelationKind,
    Report,
    ReportKind,
    RightsCategory,
    Rule,
    Severity,
    ShareOf,
    ShareWord,
    Source,
    SourceKind,
    Statistic,
    StatisticKind,
    StatisticQualifier,
    TotalOf,
    ValidationOptions,
    validate,
)
from rightsreport import _rules as rules_module
from rightsreport._rules import CHECKS, EXAMPLE_SETUP
from rightsreport.testing import reports

DOSSIER = Source(
    id="dossier",
    kind=SourceKind.DOCUMENT,
    identification=IdentificationLevel.NAMED,
    name="Annual dossier",
    report_id="r0",
)
CITED = Report(
    id="r0",
    kind=ReportKind.COUNTRY_REPORT,
    title="Country report",
    published=PartialDate(year=2021, month=1, day=15),
    statistics=(evolve(COUNT, source_id=None),),
)
CITES = Relation(kind=RelationKind.CITES, target_id="r0", report=CITED)
SECRET = evolve(CHEA, disclosure=Disclosure.CONFIDENTIAL, description="a monitor")


def parts(*values: int | Decimal, unit: str | None = None) -> tuple[BreakdownPart, ...]:
    """Breakdown parts labelled by position, all in *unit*."""
    return tuple(
        BreakdownPart(label=f"part {index}", value=value, unit=unit)
        for index, value in enumerate(values)
    )


def breakdown(
    *values: int | Decimal,
    unit: str | None = None,
    partial: bool = False,
) -> Breakdown:
    """A breakdown of *values*, exhaustive unless *partial*."""
    return Breakdown(
        parts=parts(*values, unit=unit),
        completeness=BreakdownCompleteness.PARTIAL
        if partial
        else BreakdownCompleteness.EXHAUSTIVE,
    )


def counted(**changes: Any) -> Report:
    """BASE with its statistic changed."""
    return evolve(BASE, statistics=(evolve(COUNT, **changes),))


def quoted(**changes: Any) -> Report:
    """BASE with its quote changed."""
    return evolve(BASE, quotes=(evolve(SAID, **changes),))


def sourced(source: Source, **changes: Any) -> Report:
    """BASE with *source* in place of its source, and other changes."""
    return evolve(BASE, sources=(source,), **changes)


def country(report: Report) -> Report:
    """*report* as a country report, where sections are the State Department's."""
    return evolve(report, kind=ReportKind.COUNTRY_REPORT)


def figure(
    statistic_id: str,
    value: int | Decimal,
    derivation: Derivation | None = None,
    **changes: Any,
) -> Statistic:
    """A statistic of BASE's measure, derived as said."""
    return Statistic(
        id=statistic_id,
        value=value,
        measure="assemblies",
        derivation=derivation,
        **changes,
    )


def rate(statistic_id: str, value: str, derivation: RateOf) -> Statistic:
    """A rate, printed with the places of *value*."""
    return figure(statistic_id, Decimal(value), derivation, kind=StatisticKind.RATE)


def share(statistic_id: str, percent: int) -> Statistic:
    """A percentage of BASE's count, one of the shares of the partition 'reason'."""
    return figure(
        statistic_id,
        percent,
        ShareOf(whole_id="n1", partition="reason"),
        kind=StatisticKind.PERCENTAGE,
    )


def derived(*statistics: Statistic) -> Report:
    """BASE with *statistics* after its count."""
    return evolve(BASE, statistics=(COUNT, *statistics))


@dataclass(frozen=True)
class Case:
    """A report, and what the code under test must report on it."""

    name: str
    report: Callable[[], Report]
    findings: tuple[tuple[str, str], ...] = ()
    options: tuple[tuple[str, Any], ...] = ()


def trigger(
    name: str, report: Callable[[], Report], *findings: tuple[str, str]
) -> Case:
    """A case that must report exactly *findings* (path, message)."""
    return Case(name, report, findings)


def miss(name: str, report: Callable[[], Report]) -> Case:
    """A near miss: the code must report nothing."""
    return Case(name, report)


CASES: dict[str, list[Case]] = {
    "RR101": [
        trigger(
            "two quotes with one id",
            lambda: evolve(BASE, quotes=(SAID, evolve(SAID, text="Nobody came."))),
            ("$.quotes[1].id", "id 'q1' is already used by $.quotes[0]"),
        ),
        trigger(
            "sources, statistics and claims too, every occurrence",
            lambda: evolve(
                BASE,
                sources=(CHEA, CHEA, CHEA),
                statistics=(COUNT, COUNT),
                claims=(Claim(id="c", text="x"), Claim(id="c", text="y")),
            ),
            ("$.sources[1].id", "id 'chea' is already used by $.sources[0]"),
            ("$.sources[2].id", "id 'chea' is already used by $.sources[0]"),
            ("$.statistics[1].id", "id 'n1' is already used by $.statistics[0]"),
            ("$.claims[1].id", "id 'c' is already used by $.claims[0]"),
        ),
        trigger(
            "a protected source's id is not shown",
            lambda: evolve(BASE, sources=(SECRET, SECRET)),
            ("$.sources[1].id", "this id is already used by $.sources[0]"),
        ),
        miss(
            "one id in two kinds of object",
            lambda: evolve(BASE, claims=(Claim(id="q1", text="Told."),)),
        ),
        miss(
            "one id in two reports",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
                relations=(evolve(CITES, report=evolve(CITED, sources=(CHEA,))),),
            ),
        ),
    ],
    "RR102": [
        trigger(
            "a speaker that is no source",
            lambda: quoted(speaker_id="chia"),
            ("$.quotes[0].speaker_id", "speaker 'chia' is not a source of this report"),
        ),
        trigger(
            "a statistic's source, a claim's, an affiliation's organisation",
            lambda: evolve(
                BASE,
                sources=(
                    evolve(
                        CHEA,
                        affiliations=(Affiliation(role="x", organisation_id="org"),),
                    ),
                ),
                statistics=(evolve(COUNT, source_id="ngo"),),
                claims=(Claim(id="c", text="x", source_id="ngo"),),
            ),
            (
                "$.statistics[0].source_id",
                "source 'ngo' is not a source of this report",
            ),
            (
                "$.sources[0].affiliations[0].organisation_id",
                "organisation 'org' is not a source of this report",
            ),
            ("$.claims[0].source_id", "source 'ngo' is not a source of this report"),
        ),
        trigger(
            "the id of a protected quote's speaker is not shown",
            lambda: quoted(speaker_id="chia", disclosure=Disclosure.CONFIDENTIAL),
            (
                "$.quotes[0].speaker_id",
                "the speaker is not a source of this report (id not shown: not public)",
            ),
        ),
        miss("a statistic with no source", lambda: counted(source_id=None)),
    ],
    "RR103": [
        trigger(
            "a quote with no speaker",
            lambda: quoted(speaker_id=None),
            (
                "$.quotes[0].speaker_id",
                "the quote has no speaker, expected the id of a source",
            ),
        ),
        miss("a statistic with no source", lambda: counted(source_id=None)),
    ],
    "RR104": [
        trigger(
            "a source nothing refers to",
            lambda: evolve(BASE, quotes=(), statistics=()),
            (
                "$.sources[0]",
                (
                    "source 'chea' is not referred to by any quote, statistic, relay, "
                    "claim or affiliation"
                ),
            ),
        ),
        miss(
            "a source used only as a relay",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
                relations=(CITES,),
            ),
        ),
        miss(
            "a source used only as an organisation or by a claim",
            lambda: evolve(
                BASE,
                sources=(
                    evolve(
                        CHEA,
                        affiliations=(Affiliation(role="x", organisation_id="org"),),
                    ),
                    evolve(CHEA, id="org", name="Org"),
                    evolve(CHEA, id="other", name="Other Person"),
                ),
                claims=(Claim(id="c", text="x", source_id="other"),),
            ),
        ),
    ],
    "RR105": [
        trigger(
            "a claim citing unknown quotes and statistics",
            lambda: evolve(
                BASE,
                claims=(
                    Claim(id="c", text="x", quote_ids=("q2",), statistic_ids=("n2",)),
                ),
            ),
            ("$.claims[0].quote_ids[0]", "quote 'q2' is not a quote of this report"),
            (
                "$.claims[0].statistic_ids[0]",
                "statistic 'n2' is not a statistic of this report",
            ),
        ),
        miss(
            "a claim citing the report's own",
            lambda: evolve(
                BASE,
                claims=(
                    Claim(id="c", text="x", quote_ids=("q1",), statistic_ids=("n1",)),
                ),
            ),
        ),
    ],
    "RR106": [
        trigger(
            "two different reports with one id",
            lambda: evolve(
                BASE,
                relations=(CITES, evolve(CITES, report=evolve(CITED, title="Other"))),
            ),
            (
                "$.relations[1].report",
                (
                    "report id 'r0' is already used by a different report at "
                    "$.relations[0].report"
                ),
            ),
        ),
        miss(
            "the same report carried twice",
            lambda: evolve(BASE, relations=(CITES, CITES)),
        ),
    ],
    "RR107": [
        trigger(
            "a document source naming an unrelated report",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
            ),
            (
                "$.sources[1].report_id",
                "report 'r0' is not among this report's relations",
            ),
        ),
        miss(
            "a relation by reference only",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
                relations=(Relation(kind=RelationKind.CITES, target_id="r0"),),
            ),
        ),
    ],
    "RR111": [
        trigger(
            "a relay that is no source",
            lambda: counted(relayed_via=("state-report",)),
            (
                "$.statistics[0].relayed_via[0]",
                "relay 'state-report' is not a source of this report",
            ),
        ),
        miss(
            "a relay that is a source",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
                relations=(CITES,),
            ),
        ),
    ],
    "RR112": [
        trigger(
            "a person as a relay",
            lambda: counted(source_id=None, relayed_via=("chea",)),
            (
                "$.statistics[0].relayed_via[0]",
                "relay 'chea' is a person, expected a document",
            ),
        ),
        miss(
            "a document as a relay",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
                relations=(CITES,),
            ),
        ),
    ],
    "RR113": [
        trigger(
            "a relay that is the report itself",
            lambda: evolve(
                BASE,
                sources=(CHEA, evolve(DOSSIER, report_id="r1")),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
            ),
            ("$.statistics[0].relayed_via[0]", "relay 'dossier' is this report itself"),
        ),
        trigger(
            "the producer as a relay, a relay twice, one report twice",
            lambda: evolve(
                BASE,
                sources=(
                    evolve(DOSSIER, id="producer", report_id="r9"),
                    DOSSIER,
                    evolve(DOSSIER, id="copy"),
                ),
                quotes=(),
                statistics=(
                    evolve(
                        COUNT,
                        source_id="producer",
                        relayed_via=("producer", "dossier", "dossier", "copy"),
                    ),
                ),
                relations=(
                    Relation(kind=RelationKind.CITES, target_id="r9"),
                    Relation(kind=RelationKind.CITES, target_id="r0"),
                ),
            ),
            (
                "$.statistics[0].relayed_via[0]",
                "relay 'producer' is also the figure's producer",
            ),
            (
                "$.statistics[0].relayed_via[2]",
                "relay 'dossier' appears twice in the chain",
            ),
            (
                "$.statistics[0].relayed_via[3]",
                "relay 'copy' is the same report as $.statistics[0].relayed_via[1]",
            ),
        ),
        trigger(
            "a chain that comes back through the carried reports",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
                relations=(
                    evolve(
                        CITES,
                        report=evolve(
                            CITED,
                            sources=(evolve(DOSSIER, id="back", report_id="r1"),),
                            statistics=(
                                evolve(COUNT, source_id=None, relayed_via=("back",)),
                            ),
                            relations=(
                                Relation(kind=RelationKind.CITES, target_id="r1"),
                            ),
                        ),
                    ),
                ),
            ),
            (
                "$.statistics[0].relayed_via[0]",
                (
                    "the chain, followed through the reports carried in relations, comes "
                    "back to $"
                ),
            ),
            (
                "$.relations[0].report.statistics[0].relayed_via[0]",
                (
                    "the chain, followed through the reports carried in relations, comes "
                    "back to $.relations[0].report"
                ),
            ),
        ),
        miss(
            "a chain of two documents, producer's side first",
            lambda: evolve(
                BASE,
                sources=(CHEA, evolve(DOSSIER, id="first", report_id="r9"), DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("first", "dossier")),),
                relations=(CITES, Relation(kind=RelationKind.CITES, target_id="r9")),
            ),
        ),
    ],
    "RR114": [
        trigger(
            "a relaying report without the figure",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, value=62, relayed_via=("dossier",)),),
                relations=(CITES,),
            ),
            (
                "$.statistics[0].relayed_via[0]",
                "no statistic of $.relations[0].report has the value 62",
            ),
        ),
        trigger(
            "only the first relaying report is searched from the figure",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(evolve(COUNT, relayed_via=("dossier",)),),
                relations=(
                    evolve(
                        CITES,
                        report=evolve(
                            CITED,
                            sources=(evolve(DOSSIER, id="deeper", report_id="r9"),),
                            statistics=(
                                evolve(COUNT, source_id=None, relayed_via=("deeper",)),
                            ),
                            relations=(
                                Relation(
                                    kind=RelationKind.CITES,
                                    target_id="r9",
                                    report=evolve(CITED, id="r9", statistics=()),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
            (
                "$.relations[0].report.statistics[0].relayed_via[0]",
                (
                    "no statistic of $.relations[0].report.relations[0].report has the "
                    "value 185"
                ),
            ),
        ),
        miss(
            "the same value under another measure",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(
                    evolve(COUNT, measure="marches", relayed_via=("dossier",)),
                ),
                relations=(CITES,),
            ),
        ),
        miss(
            "the same figure, written as a decimal",
            lambda: evolve(
                BASE,
                sources=(CHEA, DOSSIER),
                statistics=(
                    evolve(COUNT, value=Decimal(185), relayed_via=("dossier",)),
                ),
                relations=(CITES,),
            ),
        ),
    ],
    "RR201": [
        trigger(
            "parts that miss the total",
            lambda: counted(breakdown=breakdown(101, 74)),
            ("$.statistics[0].breakdown", "parts sum to 175, total is 185"),
        ),
        trigger(
            "decimal parts",
            lambda: counted(
                kind=StatisticKind.AMOUNT,
                value=Decimal("10.5"),
                breakdown=breakdown(Decimal("5.25"), Decimal("5.5")),
            ),
            ("$.statistics[0].breakdown", "parts sum to 10.75, total is 10.5"),
        ),
        miss("parts that sum to it", lambda: counted(breakdown=breakdown(101, 68, 16))),
        miss(
            "an approximate total",
            lambda: counted(
                qualifier=StatisticQualifier.APPROXIMATELY, breakdown=breakdown(101, 74)
            ),
        ),
        miss(
            "parts in the total's unit, said again",
            lambda: counted(breakdown=breakdown(101, 68, 16, unit="Assemblies")),
        ),
    ],
    "RR202": [
        trigger(
            "a partial breakdown above the total",
            lambda: counted(breakdown=breakdown(101, 94, partial=True)),
            ("$.statistics[0].breakdown", "parts sum to 195, more than the total 185"),
        ),
        trigger(
            "parts in percent above 100",
            lambda: counted(breakdown=breakdown(60, 50, unit="%", partial=True)),
            ("$.statistics[0].breakdown", "parts in percent sum to 110, more than 100"),
        ),
        trigger(
            "parts of a percentage above it",
            lambda: counted(
                kind=StatisticKind.PERCENTAGE,
                value=45,
                unit="%",
                breakdown=breakdown(30, 20, partial=True),
            ),
            ("$.statistics[0].breakdown", "parts sum to 50, more than the total 45"),
        ),
        miss(
            "a partial breakdown of an 'at least' total",
            lambda: counted(
                qualifier=StatisticQualifier.AT_LEAST,
                breakdown=breakdown(101, 94, partial=True),
            ),
        ),
        miss(
            "a partial breakdown that reaches the total",
            lambda: counted(breakdown=breakdown(101, 84, partial=True)),
        ),
        miss(
            "parts in percent short of 100",
            lambda: counted(breakdown=breakdown(40, 20, unit="%", partial=True)),
        ),
    ],
    "RR203": [
        trigger(
            "percentages short of 100",
            lambda: counted(breakdown=breakdown(55, 40, unit="%")),
            (
                "$.statistics[0].breakdown",
                "percentages sum to 95, expected 100 within 1.0",
            ),
        ),
        trigger(
            "parts of a percentage that miss it",
            lambda: counted(
                kind=StatisticKind.PERCENTAGE,
                value=Decimal("45.5"),
                unit="percent",
                breakdown=breakdown(Decimal("30.0"), Decimal("14.0")),
            ),
            (
                "$.statistics[0].breakdown",
                "percentages sum to 44.0, expected 45.5 within 0.15",
            ),
        ),
        Case(
            "a fixed tolerance",
            lambda: counted(breakdown=breakdown(33, 33, 33, unit="percent")),
            (
                (
                    "$.statistics[0].breakdown",
                    "percentages sum to 99, expected 100 within 0.5",
                ),
            ),
            (("percentage_tolerance", Decimal("0.5")),),
        ),
        miss(
            "three thirds, rounded",
            lambda: counted(breakdown=breakdown(33, 33, 33, unit="%")),
        ),
    ],
    "RR204": [
        trigger(
            "a percentage of 120",
            lambda: counted(kind=StatisticKind.PERCENTAGE, value=120, unit="%"),
            ("$.statistics[0].value", "percentage is 120, expected 0 to 100"),
        ),
        trigger(
            "a part in percent of 120",
            lambda: counted(breakdown=breakdown(120, unit="%", partial=True)),
            (
                "$.statistics[0].breakdown.parts[0].value",
                "percentage is 120, expected 0 to 100",
            ),
        ),
        miss(
            "a percentage of 100",
            lambda: counted(kind=StatisticKind.PERCENTAGE, value=100),
        ),
        miss("a count of 120", lambda: counted(value=120)),
    ],
    "RR205": [
        trigger(
            "a count of 95.5",
            lambda: counted(value=Decimal("95.5")),
            ("$.statistics[0].value", "count is 95.5, expected a whole number"),
        ),
        trigger(
            "a part of a count of 10.5",
            lambda: counted(breakdown=breakdown(Decimal("174.5"), Decimal("10.5"))),
            (
                "$.statistics[0].breakdown.parts[0].value",
                "count is 174.5, expected a whole number",
            ),
            (
                "$.statistics[0].breakdown.parts[1].value",
                "count is 10.5, expected a whole number",
            ),
        ),
        miss("a count written 95.0", lambda: counted(value=Decimal("95.0"))),
        miss(
            "an amount of 95.5",
            lambda: counted(kind=StatisticKind.AMOUNT, value=Decimal("95.5")),
        ),
    ],
    "RR206": [
        trigger(
            "parts in two units",
            lambda: counted(
                breakdown=Breakdown(
                    completeness=BreakdownCompleteness.EXHAUSTIVE,
                    parts=(
                        BreakdownPart(label="land", value=101),
                        BreakdownPart(label="labour", value=84, unit="people"),
                    ),
                )
            ),
            (
                "$.statistics[0].breakdown",
                (
                    "parts are in 'assemblies' and 'people', expected one unit: the sum "
                    "was not checked"
                ),
            ),
        ),
        miss(
            "a partial breakdown in two units",
            lambda: counted(
                breakdown=Breakdown(
                    completeness=BreakdownCompleteness.PARTIAL,
                    parts=(
                        BreakdownPart(label="land", value=101),
                        BreakdownPart(label="labour", value=84, unit="people"),
                    ),
                )
            ),
        ),
    ],
    "RR301": [
        trigger(
            "a quote said after publication",
            lambda: quoted(said_on=PartialDate(year=2021, month=5)),
            (
                "$.quotes[0].said_on",
                "said on 2021-05, after the document was published (2021-03)",
            ),
        ),
        trigger(
            "figures, illustrations and roles dated after publication",
            lambda: evolve(
                BASE,
                sources=(
                    evolve(
                        CHEA,
                        affiliations=(
                            Affiliation(
                                role="monitor",
                                attested=PartialDate(year=2022),
                                period=Period.from_edtf("2021-04/.."),
                            ),
                        ),
                    ),
                ),
                statistics=(
                    evolve(
                        COUNT,
                        as_of=PartialDate(year=2021, month=4, day=1),
                        period=Period.from_edtf("2021-04/2021-06"),
                    ),
                ),
                illustrations=(
                    Illustration(caption="A march", depicted_on=PartialDate(year=2022)),
                ),
            ),
            (
                "$.statistics[0].as_of",
                "as of 2021-04-01, after the document was published (2021-03)",
            ),
            (
                "$.statistics[0].period",
                "period 2021-04/2021-06, after the document was published (2021-03)",
            ),
            (
                "$.illustrations[0].depicted_on",
                "depicts 2022, after the document was published (2021-03)",
            ),
            (
                "$.sources[0].affiliations[0].attested",
                "attested 2022, after the document was published (2021-03)",
            ),
            (
                "$.sources[0].affiliations[0].period",
                "held 2021-04/.., after the document was published (2021-03)",
            ),
        ),
        miss(
            "a year that may be before",
            lambda: quoted(said_on=PartialDate(year=2021)),
        ),
        miss(
            "a period that runs on past publication",
            lambda: counted(period=Period.from_edtf("2020-06/..")),
        ),
    ],
    "RR302": [
        trigger(
            "an 'as of' date before the coverage",
            lambda: counted(as_of=PartialDate(year=2019, month=7)),
            ("$.statistics[0].as_of", "as of 2019-07, outside the coverage 2020/2020"),
        ),
        miss(
            "an 'as of' date in the coverage",
            lambda: counted(as_of=PartialDate(year=2020, month=7)),
        ),
        miss(
            "a report with no coverage",
            lambda: evolve(counted(as_of=PartialDate(year=2019)), coverage=None),
        ),
        miss(
            "a baseline for comparison before the coverage",
            lambda: counted(as_of=PartialDate(year=2019, month=7), baseline=True),
        ),
    ],
    "RR303": [
        trigger(
            "a period entirely before the coverage",
            lambda: counted(period=Period.from_edtf("2018-04/2019-03")),
            (
                "$.statistics[0].period",
                "period 2018-04/2019-03 lies entirely outside the coverage 2020/2020",
            ),
        ),
        miss(
            "a period that straddles the coverage",
            lambda: counted(period=Period.from_edtf("2019-04/2020-03")),
        ),
        miss("an open period", lambda: counted(period=Period.from_edtf("../2020-01"))),
        miss(
            "a baseline for comparison from the year before",
            lambda: counted(period=Period.from_edtf("2019/2019"), baseline=True),
        ),
    ],
    "RR304": [
        trigger(
            "published in the year it covers",
            lambda: evolve(BASE, published=PartialDate(year=2020, month=11)),
            ("$.published", "published 2020-11, before its coverage ends (2020-12-31)"),
        ),
        miss(
            "published in a year that may be after",
            lambda: evolve(BASE, published=PartialDate(year=2020)),
        ),
        miss(
            "an open coverage",
            lambda: evolve(BASE, coverage=Period.from_edtf("2020/..")),
        ),
    ],
    "RR305": [
        trigger(
            "an article before the report it is about",
            lambda: evolve(
                BASE,
                published=PartialDate(year=2021, month=1, day=10),
                relations=(evolve(CITES, kind=RelationKind.IS_ABOUT),),
            ),
            (
                "$.relations[0]",
                "published 2021-01-10, before the report it is about (2021-01-15)",
            ),
        ),
        trigger(
            "a response before the report",
            lambda: evolve(
                BASE,
                published=PartialDate(year=2020, month=12),
                coverage=None,
                relations=(evolve(CITES, kind=RelationKind.RESPONDS_TO),),
            ),
            (
                "$.relations[0]",
                "published 2020-12, before the report it responds to (2021-01-15)",
            ),
        ),
        miss(
            "an article dated in a month that may be after",
            lambda: evolve(
                BASE,
                published=PartialDate(year=2021, month=1),
                relations=(evolve(CITES, kind=RelationKind.IS_ABOUT),),
            ),
        ),
        miss(
            "a citation of a later report",
            lambda: evolve(
                BASE,
                published=PartialDate(year=2021, month=1, day=10),
                relations=(CITES,),
            ),
        ),
    ],
    "RR401": [
        trigger(
            "a slip in the surname",
            lambda: quoted(attributed_as="Sok Chae"),
            (
                "$.quotes[0].attributed_as",
                "'Chae' looks like a misspelling of 'Chea' in the speaker's name 'Sok Chea'",
            ),
        ),
        trigger(
            "two slips, against an alias",
            lambda: evolve(
                BASE,
                sources=(evolve(CHEA, name="Chea", aliases=("Chad Roedemeier",)),),
                quotes=(evolve(SAID, attributed_as="Chda Rodemeier"),),
            ),
            (
                "$.quotes[0].attributed_as",
                (
                    "'Chda' and 'Rodemeier' look like misspellings of 'Chad' and "
                    "'Roedemeier' in the speaker's alias 'Chad Roedemeier'"
                ),
            ),
        ),
        miss("a given name alone", lambda: quoted(attributed_as="Chea")),
        miss(
            "an honorific and an initial", lambda: quoted(attributed_as="Mr. S. Chea")
        ),
    ],
    "RR402": [
        trigger(
            "someone else's name",
            lambda: quoted(attributed_as="Chin Malin"),
            (
                "$.quotes[0].attributed_as",
                (
                    "attribution 'Chin Malin' matches no name of the speaker, expected a "
                    "form of 'Sok Chea'"
                ),
            ),
        ),
        miss(
            "an alias",
            lambda: evolve(
                BASE,
                sources=(evolve(CHEA, aliases=("Chea Sok",)),),
                quotes=(evolve(SAID, attributed_as="Chea Sok"),),
            ),
        ),
        miss(
            "a speaker with no name to compare",
            lambda: evolve(
                BASE,
                sources=(
                    evolve(
                        CHEA,
                        name=None,
                        identification=IdentificationLevel.DESCRIBED_UNNAMED,
                        description="a monitor",
                    ),
                ),
                quotes=(evolve(SAID, attributed_as="the monitor"),),
            ),
        ),
    ],
    "RR403": [
        trigger(
            "one name with a slip",
            lambda: evolve(
                BASE, sources=(CHEA, evolve(CHEA, id="chae", name="Chae Sok"))
            ),
            (
                "$.sources[1]",
                (
                    "name 'Chae Sok' is near-identical to 'Sok Chea' of $.sources[0]: "
                    "likely the same source"
                ),
            ),
        ),
        trigger(
            "an alias of one is the other's name",
            lambda: evolve(
                BASE,
                sources=(
                    CHEA,
                    evolve(CHEA, id="other", name="S. Chea", aliases=("Sok Chea",)),
                ),
            ),
            (
                "$.sources[1]",
                (
                    "name 'Sok Chea' is near-identical to 'Sok Chea' of $.sources[0]: "
                    "likely the same source"
                ),
            ),
        ),
        miss(
            "names that differ in a short word",
            lambda: evolve(
                BASE,
                sources=(
                    CHEA,
                    evolve(CHEA, id="us", name="US Embassy"),
                    evolve(CHEA, id="uk", name="UK Embassy"),
                ),
            ),
        ),
        miss(
            "editions a year apart",
            lambda: evolve(
                BASE,
                sources=(
                    CHEA,
                    evolve(DOSSIER, name="2020 Country Reports"),
                    evolve(DOSSIER, id="next", name="2021 Country Reports"),
                ),
            ),
        ),
    ],
    "RR404": [
        trigger(
            "a named source without a name",
            lambda: sourced(
                evolve(CHEA, name=None), quotes=(evolve(SAID, attributed_as=None),)
            ),
            (
                "$.sources[0].name",
                "identification is 'named' but the source has no name",
            ),
        ),
        trigger(
            "a pseudonymous source without its pseudonym",
            lambda: sourced(
                evolve(CHEA, name=None, identification=IdentificationLevel.PSEUDONYM),
                quotes=(evolve(SAID, attributed_as=None),),
            ),
            (
                "$.sources[0].name",
                "identification is 'pseudonym' but the source has no name",
            ),
        ),
        miss(
            "an organisation known only by its organisation",
            lambda: sourced(
                evolve(
                    CHEA,
                    name=None,
                    identification=IdentificationLevel.ORGANISATION_ONLY,
                    affiliations=(Affiliation(organisation="Ministry of Information"),),
                ),
                quotes=(evolve(SAID, attributed_as=None),),
            ),
        ),
    ],
    "RR405": [
        trigger(
            "a described source without a description",
            lambda: sourced(
                evolve(
                    CHEA,
                    name=None,
                    identification=IdentificationLevel.DESCRIBED_UNNAMED,
                ),
                quotes=(evolve(SAID, attributed_as=None),),
            ),
            (
                "$.sources[0].description",
                (
                    "identification is 'described_unnamed' but the source has no public "
                    "description"
                ),
            ),
        ),
        miss(
            "a described source with one",
            lambda: sourced(
                evolve(
                    CHEA,
                    name=None,
                    identification=IdentificationLevel.DESCRIBED_UNNAMED,
                    description="a political analyst",
                ),
                quotes=(evolve(SAID, attributed_as=None),),
            ),
        ),
    ],
    "RR406": [
        trigger(
            "verbatim and partial quotes from an anonymous source",
            lambda: sourced(
                evolve(CHEA, name=None, identification=IdentificationLevel.ANONYMOUS),
                quotes=(
                    evolve(SAID, attributed_as=None),
                    evolve(SAID, id="q2", attributed_as=None, kind=QuoteKind.PARTIAL),
                ),
            ),
            ("$.quotes[0]", "a verbatim quote from an anonymous source ($.sources[0])"),
            ("$.quotes[1]", "a partial quote from an anonymous source ($.sources[0])"),
        ),
        miss(
            "a paraphrase from an anonymous source",
            lambda: sourced(
                evolve(CHEA, name=None, identification=IdentificationLevel.ANONYMOUS),
                quotes=(evolve(SAID, attributed_as=None, kind=QuoteKind.PARAPHRASE),),
            ),
        ),
    ],
    "RR501": [
        trigger(
            "sections in another numbering, in a country report",
            lambda: country(
                evolve(
                    BASE,
                    quotes=(evolve(SAID, locator=Locator(section="Section 2")),),
                    statistics=(evolve(COUNT, locator=Locator(section="2B")),),
                    claims=(Claim(id="c", text="x", locator=Locator(section="8.a")),),
                )
            ),
            (
                "$.quotes[0].locator.section",
                (
                    "section 'Section 2' is not a State Department section, expected 1 to "
                    "7 or a subsection such as '2.b'"
                ),
            ),
            (
                "$.statistics[0].locator.section",
                (
                    "section '2B' is not a State Department section, expected 1 to 7 or a "
                    "subsection such as '2.b'"
                ),
            ),
            (
                "$.claims[0].locator.section",
                (
                    "section '8.a' is not a State Department section, expected 1 to 7 or a "
                    "subsection such as '2.b'"
                ),
            ),
        ),
        miss(
            "the same in a monitoring report",
            lambda: counted(locator=Locator(section="2B")),
        ),
        miss(
            "a section of the right form",
            lambda: country(counted(locator=Locator(section="2.b", page=3))),
        ),
    ],
    "RR502": [
        trigger(
            "torture in the assembly section",
            lambda: country(
                evolve(
                    BASE,
                    statistics=(
                        evolve(
                            COUNT,
                            category=RightsCategory.TORTURE,
                            locator=Locator(section="2.b"),
                        ),
                    ),
                    claims=(
                        Claim(
                            id="c",
                            text="x",
                            category=RightsCategory.WORKER_RIGHTS,
                            locator=Locator(section="2"),
                        ),
                    ),
                )
            ),
            (
                "$.statistics[0].category",
                "category 'torture' (section 1.c) contradicts the locator's section '2.b'",
            ),
            (
                "$.claims[0].category",
                "category 'worker_rights' (section 7) contradicts the locator's section '2'",
            ),
        ),
        miss(
            "a section within the category",
            lambda: country(
                counted(
                    category=RightsCategory.CIVIL_LIBERTIES,
                    locator=Locator(section="2.b"),
                )
            ),
        ),
        miss(
            "a locator without a section",
            lambda: country(
                counted(category=RightsCategory.TORTURE, locator=Locator(page=3))
            ),
        ),
    ],
    "RR601": [
        trigger(
            "a protected name in the title, a quote, a claim and an extension",
            lambda: evolve(
                BASE,
                title="What Sok Chea saw",
                sources=(
                    SECRET,
                    evolve(
                        CHEA,
                        id="other",
                        name="Other Person",
                        note="Sok Chea's friend",
                        affiliations=(Affiliation(role="monitor"),),
                    ),
                ),
                quotes=(
                    evolve(SAID, disclosure=Disclosure.PUBLIC, attributed_as=None),
                    evolve(
                        SAID,
                        id="q2",
                        speaker_id="other",
                        attributed_as=None,
                        text="Ask SOK CHEA.",
                    ),
                ),
                claims=(
                    Claim(
                        id="c",
                        text="Monitors were followed.",
                        extensions=Extensions({"org.example:witness": ["sok  chea"]}),
                    ),
                ),
                statistics=(evolve(COUNT, source_id="other"),),
            ),
            (
                "$.title",
                "the name of the protected source $.sources[0] appears in a field a public export shows",
            ),
            (
                "$.claims[0].extensions['org.example:witness'][0]",
                "the name of the protected source $.sources[0] appears in a field a public export shows",
            ),
            (
                "$.sources[1].note",
                "the name of the protected source $.sources[0] appears in a field a public export shows",
            ),
            (
                "$.quotes[1].text",
                "the name of the protected source $.sources[0] appears in a field a public export shows",
            ),
        ),
        trigger(
            "in a carried report, and the source's own description",
            lambda: evolve(
                BASE,
                sources=(
                    evolve(
                        SECRET, description="Sok Chea, a monitor", aliases=("Chea S.",)
                    ),
                ),
                relations=(
                    evolve(CITES, report=evolve(CITED, title="Chea S. reports")),
                ),
            ),
            (
                "$.sources[0].description",
                "the name of the protected source $.sources[0] appears in a field a public export shows",
            ),
            (
                "$.relations[0].report.title",
                "the name of the protected source $.sources[0] appears in a field a public export shows",
            ),
        ),
        miss(
            "in a quote that follows the source",
            lambda: evolve(
                BASE,
                sources=(SECRET,),
                quotes=(evolve(SAID, text="I, Sok Chea, saw it."),),
            ),
        ),
        miss(
            "one word of the name alone",
            lambda: evolve(BASE, title="What Chea saw", sources=(SECRET,)),
        ),
    ],
    "RR602": [
        trigger(
            "a public quote and a public statistic from a confidential source",
            lambda: evolve(
                BASE,
                sources=(SECRET, evolve(DOSSIER, disclosure=Disclosure.RESTRICTED)),
                quotes=(
                    evolve(SAID, disclosure=Disclosure.PUBLIC, attributed_as=None),
                ),
                statistics=(
                    evolve(COUNT, disclosure=Disclosure.PUBLIC),
                    evolve(
                        COUNT,
                        id="n2",
                        source_id=None,
                        relayed_via=("dossier",),
                        disclosure=Disclosure.PUBLIC,
                    ),
                ),
                relations=(CITES,),
            ),
            (
                "$.quotes[0].disclosure",
                "marked public, but its speaker $.sources[0] is confidential",
            ),
            (
                "$.statistics[0].disclosure",
                "marked public, but its source $.sources[0] is confidential",
            ),
            (
                "$.statistics[1].disclosure",
                "marked public, but its relay $.sources[1] is restricted",
            ),
        ),
        miss(
            "a quote that follows its source",
            lambda: evolve(
                BASE, sources=(SECRET,), quotes=(evolve(SAID, attributed_as=None),)
            ),
        ),
    ],
    "RR701": [
        trigger(
            "a share of a statistic the report does not have",
            lambda: derived(figure("n2", 83, ShareOf(whole_id="n9", percent=45))),
            (
                "$.statistics[1].derivation.whole_id",
                "statistic 'n9' is not a statistic of this report",
            ),
        ),
        trigger(
            "a total's second part, and a rate's population",
            lambda: derived(
                figure("n2", 200, TotalOf(part_ids=("n1", "n9"))),
                figure(
                    "n3",
                    Decimal("1.2"),
                    RateOf(per=1000, numerator_id="n1", denominator_id="people"),
                ),
            ),
            (
                "$.statistics[1].derivation.part_ids[1]",
                "statistic 'n9' is not a statistic of this report",
            ),
            (
                "$.statistics[2].derivation.denominator_id",
                "statistic 'people' is not a statistic of this report",
            ),
        ),
        trigger(
            "a figure from a protected source does not show the id",
            lambda: sourced(
                SECRET,
                statistics=(
                    COUNT,
                    evolve(figure("n2", 83, ShareOf(whole_id="n9")), source_id="chea"),
                ),
            ),
            (
                "$.statistics[1].derivation.whole_id",
                "the statistic named is not a statistic of this report (id not shown: not public)",
            ),
        ),
        miss(
            "every statistic named is the report's",
            lambda: derived(
                figure("n2", 101),
                figure("n3", 84, DifferenceOf(minuend_id="n1", subtrahend_ids=("n2",))),
            ),
        ),
    ],
    "RR702": [
        trigger(
            "45 percent of 185 is not 90",
            lambda: derived(figure("n2", 90, ShareOf(whole_id="n1", percent=45))),
            ("$.statistics[1].derivation", "45% of 185 is 83.25, the report gives 90"),
        ),
        trigger(
            "just outside the rounding: 82 of 185 is 44.3 percent",
            lambda: derived(figure("n2", 82, ShareOf(whole_id="n1", percent=45))),
            ("$.statistics[1].derivation", "45% of 185 is 83.25, the report gives 82"),
        ),
        trigger(
            "a percentage that is not the half its words say",
            lambda: derived(
                figure(
                    "n2",
                    62,
                    ShareOf(whole_id="n1", words=ShareWord.HALF),
                    kind=StatisticKind.PERCENTAGE,
                )
            ),
            ("$.statistics[1].derivation", "half is 50%, the report gives 62%"),
        ),
        Case(
            "a narrower word band, as an option",
            lambda: derived(
                figure("n2", 88, ShareOf(whole_id="n1", words=ShareWord.HALF))
            ),
            (
                (
                    "$.statistics[1].derivation",
                    "half of 185 is 92.5, the report gives 88",
                ),
            ),
            (("share_word_tolerance", 2),),
        ),
        trigger(
            "a figure from a protected source shows no arithmetic",
            lambda: sourced(
                SECRET,
                statistics=(
                    COUNT,
                    figure("n2", 90, ShareOf(whole_id="n1", percent=45)),
                ),
            ),
            (
                "$.statistics[1].derivation",
                "the part does not agree with its share of $.statistics[0] (not shown: not public)",
            ),
        ),
        miss(
            "within the rounding: 84 of 185 is 45.4 percent",
            lambda: derived(figure("n2", 84, ShareOf(whole_id="n1", percent=45))),
        ),
        miss(
            "about half: 80 of 185 is 43 percent",
            lambda: derived(
                figure(
                    "n2",
                    80,
                    ShareOf(whole_id="n1", words=ShareWord.HALF, approximate=True),
                )
            ),
        ),
        miss(
            "a share stating nothing",
            lambda: derived(figure("n2", 80, ShareOf(whole_id="n1"))),
        ),
    ],
    "RR703": [
        trigger(
            "150 up 20 percent is not 185",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(COUNT, derivation=ChangeFrom(baseline_id="n0", percent=20)),
                    figure("n0", 150, baseline=True),
                ),
            ),
            ("$.statistics[0].derivation", "150 up 20% is 180, the report gives 185"),
        ),
        trigger(
            "an absolute change",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(COUNT, derivation=ChangeFrom(baseline_id="n0", absolute=-5)),
                    figure("n0", 200, baseline=True),
                ),
            ),
            ("$.statistics[0].derivation", "200 down 5 is 195, the report gives 185"),
        ),
        miss(
            "154 up 20 percent is 184.8, which 185 rounds",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(COUNT, derivation=ChangeFrom(baseline_id="n0", percent=20)),
                    figure("n0", 154, baseline=True),
                ),
            ),
        ),
        Case(
            "a whole unit of rounding, as an option: 150 up 24 percent",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(COUNT, derivation=ChangeFrom(baseline_id="n0", percent=24)),
                    figure("n0", 150, baseline=True),
                ),
            ),
            (),
            (("rounding_tolerance", 1),),
        ),
    ],
    "RR704": [
        trigger(
            "101 and 68 are not 185",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(COUNT, derivation=TotalOf(part_ids=("n2", "n3"))),
                    figure("n2", 101),
                    figure("n3", 68),
                ),
            ),
            ("$.statistics[0].derivation", "101 + 68 is 169, the report gives 185"),
        ),
        miss(
            "101, 68 and 16 are 185",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(COUNT, derivation=TotalOf(part_ids=("n2", "n3", "n4"))),
                    figure("n2", 101),
                    figure("n3", 68),
                    figure("n4", 16),
                ),
            ),
        ),
    ],
    "RR705": [
        trigger(
            "185 less 101 is not 16",
            lambda: derived(
                figure("n2", 101),
                figure("n3", 16, DifferenceOf(minuend_id="n1", subtrahend_ids=("n2",))),
            ),
            ("$.statistics[2].derivation", "185 - 101 is 84, the report gives 16"),
        ),
        miss(
            "185 less 101 and 68 is 16",
            lambda: derived(
                figure("n2", 101),
                figure("n3", 68),
                figure(
                    "n4", 16, DifferenceOf(minuend_id="n1", subtrahend_ids=("n2", "n3"))
                ),
            ),
        ),
    ],
    "RR706": [
        trigger(
            "185 per 16 million is not 1.3 per 100,000",
            lambda: derived(
                figure("n2", 16_000_000),
                rate(
                    "n3",
                    "1.3",
                    RateOf(per=100_000, numerator_id="n1", denominator_id="n2"),
                ),
            ),
            (
                "$.statistics[2].derivation",
                "185 per 16,000,000 is 1.15625 per 100,000, the report gives 1.3",
            ),
        ),
        miss(
            "1.2 per 100,000 rounds 1.15625",
            lambda: derived(
                figure("n2", 16_000_000),
                rate(
                    "n3",
                    "1.2",
                    RateOf(per=100_000, numerator_id="n1", denominator_id="n2"),
                ),
            ),
        ),
        miss(
            "a rate whose population the report does not give",
            lambda: derived(rate("n3", "1.3", RateOf(per=100_000, numerator_id="n1"))),
        ),
    ],
    "RR707": [
        trigger(
            "55 and 37 percent of the whole, said to be all of it",
            lambda: derived(share("n2", 55), share("n3", 37)),
            (
                "$.statistics[1].derivation.partition",
                (
                    "the shares of $.statistics[0] in partition 'reason' "
                    "($.statistics[1], $.statistics[2]): 55% + 37% is 92%, not 100%"
                ),
            ),
        ),
        trigger(
            "counts that do not make their whole",
            lambda: derived(
                figure("n2", 101, ShareOf(whole_id="n1", partition="reason")),
                figure("n3", 68, ShareOf(whole_id="n1", partition="reason")),
            ),
            (
                "$.statistics[1].derivation.partition",
                (
                    "the shares of $.statistics[0] in partition 'reason' "
                    "($.statistics[1], $.statistics[2]): about 54.59% + about 36.76% "
                    "is about 91.35%, not 100%"
                ),
            ),
        ),
        miss("55 and 45 percent", lambda: derived(share("n2", 55), share("n3", 45))),
        miss(
            "33, 33 and 33 percent: 100 within rounding",
            lambda: derived(share("n2", 33), share("n3", 33), share("n4", 33)),
        ),
        Case(
            "a wider tolerance, as an option",
            lambda: derived(share("n2", 55), share("n3", 37)),
            (),
            (("percentage_tolerance", 10),),
        ),
    ],
    "RR708": [
        trigger(
            "a part larger than its whole",
            lambda: derived(figure("n2", 195, ShareOf(whole_id="n1"))),
            (
                "$.statistics[1].value",
                "the part, 195, is more than its whole, 185 ($.statistics[0])",
            ),
        ),
        miss(
            "a part that is all of its whole",
            lambda: derived(figure("n2", 185, ShareOf(whole_id="n1"))),
        ),
        miss(
            "a part larger than an approximate whole's value, within its band",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(COUNT, qualifier=StatisticQualifier.APPROXIMATELY),
                    figure("n2", 195, ShareOf(whole_id="n1")),
                ),
            ),
        ),
    ],
    "RR709": [
        trigger(
            "a baseline after the figure",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(
                        COUNT,
                        period=Period.from_edtf("2020/2020"),
                        derivation=ChangeFrom(baseline_id="n0"),
                    ),
                    evolve(
                        figure("n0", 150, baseline=True),
                        period=Period.from_edtf("2021/2021"),
                    ),
                ),
            ),
            (
                "$.statistics[0].derivation.baseline_id",
                "the baseline's 2021/2021 does not start before the figure's 2020/2020",
            ),
        ),
        trigger(
            "a baseline period the same as the figure's",
            lambda: counted(
                as_of=PartialDate(year=2020, month=7),
                derivation=ChangeFrom(
                    baseline_period=Period.from_edtf("2020-07/2020-12"), percent=20
                ),
            ),
            (
                "$.statistics[0].derivation.baseline_period",
                "the baseline's 2020-07/2020-12 does not start before the figure's 2020-07",
            ),
        ),
        miss(
            "the year before",
            lambda: evolve(
                BASE,
                statistics=(
                    evolve(
                        COUNT,
                        period=Period.from_edtf("2020/2020"),
                        derivation=ChangeFrom(baseline_id="n0"),
                    ),
                    evolve(
                        figure("n0", 150, baseline=True),
                        period=Period.from_edtf("2019/2019"),
                    ),
                ),
            ),
        ),
    ],
}

_CASES = [
    pytest.param(code, case, id=f"{code}: {case.name}")
    for code, cases in CASES.items()
    for case in cases
]


def test_the_base_report_validates_cleanly() -> None:
    """Every case changes one thing in a report that has no finding at all."""
    assert validate(BASE).findings == ()


@pytest.mark.parametrize(("code", "case"), _CASES)
def test_rule(code: str, case: Case) -> None:
    """The code reports exactly the expected findings, or nothing on a near miss."""
    result = validate(case.report(), **dict(case.options))
    found = tuple((f.path, f.message) for f in result if f.code == code)
    assert found == case.findings
    rule = RULES[code]
    assert all(
        f.severity is rule.severity and f.hint == rule.fix
        for f in result
        if f.code == code
    )


def test_every_rule_has_a_trigger_and_a_near_miss() -> None:
    """No code goes untested either way."""
    assert sorted(CASES) == sorted(RULES)
    for code, cases in CASES.items():
        assert any(case.findings for case in cases), code
        assert any(not case.findings for case in cases), code


def test_every_rule_is_run_by_a_check() -> None:
    """Each registered code is reported by some check, and each check's codes exist."""
    reported = {code for check in CHECKS for code in check.codes}
    assert reported | {"RR106"} == set(RULES)  # RR106 is found while walking
    assert all(check.document or check.across for check in CHECKS)


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda rule: rule.code)
def test_rule_metadata(rule: Rule) -> None:
    """Each rule is documented: a code in its range, a title, an example, a fix."""
    ranges = {
        1: (1, 2, 11),
        2: (3, 4),
        3: (5, 6),
        4: (7, 9),
        5: (12,),
        6: (10,),
        7: (2, 3, 4, 5),
    }
    assert re.fullmatch(r"RR[1-7]\d\d", rule.code)
    assert rule.domain_rule in ranges[int(rule.code[2])]
    assert rule.title[0] in '"' + string.ascii_lowercase
    assert rule.example.lstrip().startswith(">>>")
    assert f": {rule.code} {rule.severity.value}: " in rule.example
    assert rule.fix.endswith(".")
    assert rule.checks.endswith(".")


def test_rule_examples_run_as_doctests() -> None:
    """The module's ``__test__`` holds every example, after the shared setup."""
    assert rules_module.__test__ == {
        code: EXAMPLE_SETUP + rule.example for code, rule in RULES.items()
    }


def test_a_malformed_code_is_refused() -> None:
    """A rule's code is letters then digits."""
    with pytest.raises(ValueError, match="'code' must be letters then digits"):
        Rule(
            code="rr1",
            severity=Severity.ERROR,
            title="t",
            checks="c.",
            example=">>> 1",
            fix="f.",
            domain_rule=1,
        )


def _extension() -> ModuleType:
    path = (
        Path(__file__).resolve().parent.parent
        / "docs"
        / "_ext"
        / "rightsreport_rules.py"
    )
    spec = importlib.util.spec_from_file_location("rightsreport_rules", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_docs_list_every_rule() -> None:
    """The docs' list of codes is rendered from RULES: each code, its example, its fix."""
    page = "\n".join(_extension().render())
    for code, rule in RULES.items():
        assert f"{code}: {rule.title}" in page
        assert (
            f"   * - {code}\n     - {rule.severity.value}\n     - {rule.title}" in page
        )
        assert rule.example.strip().splitlines()[0] in page
        assert rule.fix in page
    docs = (
        Path(__file__).resolve().parent.parent / "docs" / "validation.md"
    ).read_text()
    assert ".. rightsreport-rules::" in docs


def test_rules_is_a_read_only_mapping_in_code_order() -> None:
    """RULES maps each code to its rule, in order, and cannot be changed."""
    assert list(RULES) == sorted(RULES)
    assert len(RULES) == 41
    assert RULES.get("RR999") is None
    assert repr(RULES).startswith("<41 rules: RR101, RR102, ")
    with pytest.raises(TypeError):
        RULES["RR999"] = RULES["RR101"]  # type: ignore[index]


@given(reports(max_items=3, max_related=0))
def test_the_quick_pass_reads_every_published_text(report: Report) -> None:
    """The disclosure scan's first pass sees exactly the texts its second pass does."""
    document = rules_module.Document(report, "$")
    by_object = [
        text
        for _, _, fields in rules_module._published_fields(document)
        for _, text in fields
    ]
    quick = rules_module._published_texts(document)
    assert Counter(text for text in quick if text is not None) == Counter(by_object)


_PARTIAL_DATES = st.builds(
    lambda year, month, day: PartialDate(
        year=year,
        month=month,
        day=None if month is None or day is None else day,
    ),
    st.integers(2018, 2022),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 28),
)


@given(_PARTIAL_DATES, _PARTIAL_DATES, _PARTIAL_DATES)
def test_the_year_first_date_window_agrees_with_whole_days(
    start: PartialDate, end: PartialDate, date: PartialDate
) -> None:
    """The date rules' shortcut by years decides as comparing whole days does."""
    low, high = rules_module._first(start), rules_module._last(end)
    window = rules_module._Window(low, high)
    assert window.ends_after(date) is (rules_module._last(date) >= low)
    assert window.starts_before(date) is (rules_module._first(date) <= high)
    assert window.ends_after(None)  # an open end reaches any span
    assert window.starts_before(None)
    if window.inner_low <= date.year <= window.inner_high:
        assert rules_module._last(date) >= low
        assert rules_module._first(date) <= high


_PARTS = st.lists(
    st.builds(
        BreakdownPart,
        label=st.just("part"),
        value=st.integers(0, 60) | st.decimals(0, 60, places=1),
        unit=st.sampled_from([None, None, "assemblies", "%", "people"]),
    ),
    min_size=1,
    max_size=3,
)


@given(
    _PARTS,
    st.sampled_from(list(BreakdownCompleteness)),
    st.sampled_from(list(StatisticQualifier)),
    st.sampled_from(list(StatisticKind)),
    st.integers(0, 120) | st.decimals(0, 120, places=1),
)
def test_the_plain_breakdown_shortcut_finds_what_the_general_path_finds(
    parts: list[BreakdownPart],
    completeness: BreakdownCompleteness,
    qualifier: StatisticQualifier,
    kind: StatisticKind,
    value: int | Decimal,
) -> None:
    """Breakdowns summed without sorting units report exactly as sorted ones do."""
    statistic = evolve(
        COUNT,
        kind=kind,
        qualifier=qualifier,
        value=value,
        breakdown=Breakdown(completeness=completeness, parts=tuple(parts)),
    )
    report = evolve(BASE, statistics=(statistic,))
    context = rules_module.Context(report, ValidationOptions())
    (document,) = context.documents
    quick = [
        finding
        for finding in rules_module._figures(document, context)
        if ".breakdown" in finding.path
    ]
    general: list[Finding] = []
    rules_module._breakdown(document, 0, statistic, context, general)
    assert quick == general


def test_an_unknown_producer_is_reported_among_known_ones() -> None:
    """RR102 names only the statistics whose source is unknown, in order."""
    report = evolve(
        BASE,
        statistics=(
            COUNT,
            evolve(COUNT, id="n2", source_id="chia"),
            evolve(COUNT, id="n3"),
        ),
    )
    assert [(f.code, f.path, f.message) for f in validate(report)] == [
        (
            "RR102",
            "$.statistics[1].source_id",
            "source 'chia' is not a source of this report",
        )
    ]


def _witness_report(name: str, text: str, other: str = "Sok Chea") -> Report:
    """A confidential witness named *name*, and a public quote of *text*."""
    return Report(
        id="r",
        kind=ReportKind.MONITORING_REPORT,
        title="T",
        sources=(
            Source(
                id="s1",
                kind=SourceKind.PERSON,
                identification=IdentificationLevel.NAMED,
                name=name,
                disclosure=Disclosure.CONFIDENTIAL,
            ),
            Source(
                id="s2",
                kind=SourceKind.PERSON,
                identification=IdentificationLevel.NAMED,
                name=other,
            ),
        ),
        quotes=(Quote(id="q2", text=text, kind=QuoteKind.PARAPHRASE, speaker_id="s2"),),
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ọ̀ṣun Adé", "We met Ọ̀ṣun Adé at the market."),
        ("Ọ̀ṣun Adé", "We met Osun Ade at the market."),
        ("i\u0307lham Chin", "We met i\u0307lham Chin."),
    ],
    ids=["Yoruba marks", "Yoruba name unmarked", "dotted i lower-cased"],
)
def test_rr601_finds_names_with_marks_that_join_no_letter(name: str, text: str) -> None:
    """A combining mark with no precomposed letter does not split a protected name."""
    findings = validate(_witness_report(name, text), select=["RR601"]).findings
    assert [(f.code, f.path) for f in findings] == [("RR601", "$.quotes[0].text")]


def test_rr403_compares_names_with_marks_that_join_no_letter() -> None:
    """ "Osun Ade" is near-identical to "Ọ̀ṣun Adé", marks or not."""
    report = evolve(
        _witness_report("Ọ̀ṣun Adé", "nothing", other="Osun Ade"),
        sources=tuple(
            evolve(s, disclosure=Disclosure.PUBLIC)
            for s in _witness_report("Ọ̀ṣun Adé", "x", other="Osun Ade").sources
        ),
    )
    findings = validate(report, select=["RR403"]).findings
    assert [(f.code, f.path) for f in findings] == [("RR403", "$.sources[1]")]
