"""Tables: a report's statistics and quotes as flat rows for counting.

Each row is a ``dict`` with every column of :data:`STATISTICS_COLUMNS` or
:data:`QUOTES_COLUMNS`, in that order, whose values are ``str``, ``int`` or
``None`` only, each column always of one type. Rows go straight into
``csv.DictWriter``, ``pandas.DataFrame`` or ``polars.DataFrame``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, TypeAlias

from rightsreport._dates import PartialDate, Period
from rightsreport._derivation import DERIVATION_KINDS
from rightsreport._errors import InvalidFieldError
from rightsreport._quote import Quote
from rightsreport._report import Report
from rightsreport._source import Source
from rightsreport._statistic import Statistic
from rightsreport._values import Affiliation

__all__ = [
    "QUOTES_COLUMNS",
    "STATISTICS_COLUMNS",
    "Row",
    "quotes_table",
    "statistics_table",
]

#: A table row: column name to a flat, JSON-compatible value.
Row: TypeAlias = dict[str, str | int | None]

#: The columns of :func:`statistics_table`, in order. Every value is a ``str``
#: or ``None``: figures are written exactly (``"185"``, ``"12.50"``), never as
#: floats, and dates as EDTF (``period``, ``as_of``) or ISO 8601 days (the
#: ``_earliest`` and ``_latest`` bounds, ``None`` for an open end).
STATISTICS_COLUMNS: Final = (
    "report_id",
    "id",
    "parent_id",
    "label",
    "measure",
    "value",
    "kind",
    "qualifier",
    "unit",
    "period",
    "period_earliest",
    "period_latest",
    "as_of",
    "as_of_earliest",
    "as_of_latest",
    "country",
    "place",
    "category",
    "completeness",
    "source_id",
    "source",
    "relay_chain",
    "baseline",
    "derivation",
    "derived_from",
    "derivation_stated",
)

#: The columns of :func:`quotes_table`, in order. ``page``, ``paragraph``,
#: ``start`` and ``end`` are ``int`` or ``None``; every other value is a ``str``
#: or ``None``.
QUOTES_COLUMNS: Final = (
    "report_id",
    "id",
    "speaker_id",
    "speaker",
    "attributed_as",
    "role",
    "kind",
    "said_on",
    "said_on_earliest",
    "said_on_latest",
    "language",
    "section",
    "page",
    "paragraph",
    "start",
    "end",
    "text",
)


def _check(report: object) -> Report:
    if not isinstance(report, Report):
        raise InvalidFieldError("report", "a Report", type(report).__name__)
    return report


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _edtf(value: PartialDate | Period | None) -> str | None:
    return None if value is None else str(value)


def _sources(report: Report) -> dict[str, Source]:
    resolved: dict[str, Source] = {}
    for source in report.sources:
        resolved.setdefault(source.id, source)
    return resolved


def _label(sources: dict[str, Source], source_id: str | None) -> str | None:
    source = None if source_id is None else sources.get(source_id)
    return None if source is None else source.label


def _statistic_row(
    report: Report, statistic: Statistic, sources: dict[str, Source]
) -> Row:
    chain = [
        *([] if statistic.source_id is None else [statistic.source_id]),
        *statistic.relayed_via,
    ]
    period, as_of, place = statistic.period, statistic.as_of, statistic.place
    breakdown = statistic.breakdown
    derivation = statistic.derivation
    return {
        "report_id": report.id,
        "id": statistic.id,
        "parent_id": None,
        "label": statistic.measure,
        "measure": statistic.measure,
        "value": str(statistic.value),
        "kind": statistic.kind.value,
        "qualifier": statistic.qualifier.value,
        "unit": statistic.unit,
        "period": _edtf(period),
        "period_earliest": None if period is None else _iso(period.earliest),
        "period_latest": None if period is None else _iso(period.latest),
        "as_of": _edtf(as_of),
        "as_of_earliest": None if as_of is None else _iso(as_of.earliest),
        "as_of_latest": None if as_of is None else _iso(as_of.latest),
        "country": None if place is None else place.country,
        "place": None if place is None else place.name,
        "category": None if statistic.category is None else statistic.category.value,
        "completeness": None if breakdown is None else breakdown.completeness.value,
        "source_id": statistic.source_id,
        "source": _label(sources, statistic.source_id),
        "relay_chain": " -> ".join(chain) or None,
        "baseline": "true" if statistic.baseline else "false",
        "derivation": None
        if derivation is None
        else DERIVATION_KINDS[type(derivation)],
        "derived_from": None
        if derivation is None
        else ", ".join(derivation.inputs) or None,
        "derivation_stated": None if derivation is None else derivation.stated,
    }


def statistics_table(report: Report) -> list[Row]:
    """Return one row per statistic of *report* and one per part of its breakdown.

    A part's row has the id ``<statistic id>/<index>`` (from 0), the statistic's
    id as ``parent_id``, its own label, value and (if it has them) unit and
    category, and shares everything else with its statistic's row: measure,
    kind, qualifier, period, place, source and relay chain. ``source`` is the
    source's label: its name, or for an unnamed or redacted source its
    description, or failing that its id (a pseudonym after
    :func:`~rightsreport.redact`). ``relay_chain`` is the producer's id and the
    relays' ids, producer first, joined by ``" -> "``.

    ``baseline`` is ``"true"`` for a figure printed only as a baseline for
    comparison, else ``"false"`` (a part's row follows its statistic's). A derived
    figure's row says how it derives: ``derivation`` is the kind (``share_of``,
    ``change_from``, ``total_of``, ``difference_of``, ``rate_of``),
    ``derived_from`` the ids of the statistics it derives from in the
    derivation's order (a difference's minuend first, a rate's count before its
    population) joined by ``", "``, and ``derivation_stated`` what the text states
    about the relation (``"45%"``, ``"about half"``, ``"+20%"``, ``"per
    100,000"``). All three are ``None`` for other figures and for parts.

    Only *report*'s own statistics are rows; for the reports it carries, call
    this on each of ``report.walk()``.

        >>> from rightsreport import statistics_table
        >>> from rightsreport.examples import cambodia_2020
        >>> rows = statistics_table(cambodia_2020())
        >>> [(r["id"], r["parent_id"], r["value"], r["unit"]) for r in rows]
        [('assembly-association-violations', None, '62', 'cases'), ('assemblies', None, '185', 'assemblies'), ('assemblies/0', 'assemblies', '101', 'assemblies'), ('assemblies/1', 'assemblies', '68', 'assemblies'), ('assemblies/2', 'assemblies', '16', 'assemblies')]
        >>> rows[2]["label"], rows[2]["measure"]
        ('land rights', 'assemblies taking place')
        >>> rows[0]["relay_chain"]
        'unnamed-ngo-assembly-violations -> state-department-report'
        >>> rows[2]["period"], rows[2]["period_earliest"], rows[2]["period_latest"]
        ('2019-04/2020-03', '2019-04-01', '2020-03-31')

    Raises:
        InvalidFieldError: *report* is not a Report.
    """
    report = _check(report)
    sources = _sources(report)
    rows: list[Row] = []
    for statistic in report.statistics:
        row = _statistic_row(report, statistic, sources)
        rows.append(row)
        if statistic.breakdown is None:
            continue
        for index, part in enumerate(statistic.breakdown.parts):
            category = part.category or statistic.category
            rows.append(
                row
                | {
                    "id": f"{statistic.id}/{index}",
                    "parent_id": statistic.id,
                    "label": part.label,
                    "value": str(part.value),
                    "unit": part.unit or statistic.unit,
                    "category": None if category is None else category.value,
                    "derivation": None,
                    "derived_from": None,
                    "derivation_stated": None,
                }
            )
    return rows


def _held(affiliation: Affiliation, when: PartialDate | None) -> bool:
    """Whether *affiliation* is known (or, undated, assumed) to hold at *when*."""
    if when is None:
        return True
    dated = [d for d in (affiliation.period, affiliation.attested) if d is not None]
    return not dated or any(d.overlaps(when) for d in dated)


def _role_at(source: Source | None, when: PartialDate | None) -> str | None:
    """Return the roles *source* held at *when*, joined by ``"; "``, or ``None``.

    A role counts when its period or its attested date overlaps *when*; an
    undated role is assumed to hold; with *when* unknown, every role counts.
    """
    if source is None:
        return None
    held = [str(a) for a in source.affiliations if _held(a, when)]
    return "; ".join(held) or None


def _quote_row(report: Report, quote: Quote, sources: dict[str, Source]) -> Row:
    speaker = None if quote.speaker_id is None else sources.get(quote.speaker_id)
    said_on, locator = quote.said_on, quote.locator
    return {
        "report_id": report.id,
        "id": quote.id,
        "speaker_id": quote.speaker_id,
        "speaker": None if speaker is None else speaker.label,
        "attributed_as": quote.attributed_as,
        "role": _role_at(speaker, said_on or report.published),
        "kind": quote.kind.value,
        "said_on": _edtf(said_on),
        "said_on_earliest": None if said_on is None else _iso(said_on.earliest),
        "said_on_latest": None if said_on is None else _iso(said_on.latest),
        "language": quote.language,
        "section": None if locator is None else locator.section,
        "page": None if locator is None else locator.page,
        "paragraph": None if locator is None else locator.paragraph,
        "start": None if locator is None else locator.start,
        "end": None if locator is None else locator.end,
        "text": quote.text,
    }


def quotes_table(report: Report) -> list[Row]:
    """Return one row per quote of *report*: who said it, in which role, where.

    ``speaker`` is the speaker's label (name, else description, else id);
    ``role`` the speaker's roles at the time: those whose period or attested
    date overlaps the date the words were said, or failing that the report's
    publication date, plus any undated ones, each as ``"role, organisation"``
    and joined by ``"; "``. The locator is spread over ``section``, ``page``,
    ``paragraph``, ``start`` and ``end``.

        >>> from rightsreport import quotes_table
        >>> from rightsreport.examples import cambodia_2020
        >>> rows = {row["id"]: row for row in quotes_table(cambodia_2020())}
        >>> row = rows["malin-critical-reports-normal"]
        >>> row["speaker"], row["kind"]
        ('Chin Malin', 'paraphrase')
        >>> row["role"]
        'vice president, Cambodian Human Rights Committee; spokesperson, Justice Ministry'

    Raises:
        InvalidFieldError: *report* is not a Report.
    """
    report = _check(report)
    sources = _sources(report)
    return [_quote_row(report, quote, sources) for quote in report.quotes]
