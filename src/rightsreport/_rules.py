"""The built-in validation rules, each registered with its code, severity and docs.

A :class:`Rule` describes one code: what it checks, an example that triggers it (a
doctest, run by the test suite against :data:`EXAMPLE_SETUP`) and how to fix a
finding. :data:`RULES` maps every built-in code to its rule; the documentation's
list of codes is rendered from it, so the two cannot drift apart.

The checks are functions registered with :func:`check` (or :func:`check_across`)
for the codes they report.
A document check sees one :class:`Document` at a time (the report being validated
or one carried in its relations), a cross-document check sees them all through
the :class:`Context`. Every occurrence is reported, with the JSON path of the
offending object or field. No message repeats a value taken from a source that is
not public, or from a quote or statistic that derives from one: such messages
name paths instead.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from itertools import chain
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from attrs import field, frozen

from rightsreport import _checks as check_value
from rightsreport._dates import PartialDate, Period
from rightsreport._disclosure import (
    protected_sources,
    published_quotes,
    published_statistics,
    published_texts,
    quote_is_protected,
    statistic_is_protected,
    strings,
)
from rightsreport._errors import InvalidFieldError
from rightsreport._findings import Finding, Severity, trusted_finding
from rightsreport._quote import Quote
from rightsreport._report import Claim, Illustration, Report
from rightsreport._similarity import (
    MatchKind,
    NameMatch,
    WordCache,
    folded_tokens,
    folded_words,
    has_any_word,
    match_name,
    near_duplicates,
)
from rightsreport._source import Source
from rightsreport._statistic import BreakdownPart, Number, Statistic
from rightsreport._values import Locator
from rightsreport._vocabulary import (
    BreakdownCompleteness,
    Disclosure,
    IdentificationLevel,
    QuoteKind,
    RelationKind,
    ReportKind,
    RightsCategory,
    SourceKind,
    StatisticKind,
    StatisticQualifier,
)

if TYPE_CHECKING:
    from rightsreport._validate import ValidationOptions

__all__ = [
    "CHECKS",
    "EXAMPLE_SETUP",
    "RULES",
    "Check",
    "Context",
    "Document",
    "Rule",
    "check",
    "check_across",
]

_CODE: Final = re.compile(r"[A-Z]+[0-9]+")
#: What a message says in place of a value that is not public.
_WITHHELD: Final = "not shown: not public"
# Reading an enum member from its class goes through a descriptor in Python 3.11
# (about 0.09 us, as much as a simple check costs): the loops that run once per
# object compare with these.
_PUBLIC: Final = Disclosure.PUBLIC
_PERCENTAGE: Final = StatisticKind.PERCENTAGE
_COUNT: Final = StatisticKind.COUNT
_EXHAUSTIVE: Final = BreakdownCompleteness.EXHAUSTIVE
_EXACT: Final = StatisticQualifier.EXACT
_AT_MOST: Final = StatisticQualifier.AT_MOST
_SPEAKER_ID: Final = attrgetter("speaker_id")
_SOURCE_ID: Final = attrgetter("source_id")
_RELAYED_VIA: Final = attrgetter("relayed_via")


@frozen(kw_only=True)
class Rule:
    """One validation code: what it checks, an example, and how to fix a finding.

        >>> from rightsreport import RULES
        >>> rule = RULES["RR201"]
        >>> rule.severity.value, rule.title
        ('error', 'exhaustive breakdown does not sum to its total')

    Attributes:
        code: The stable code, ``RR`` and three digits (``RR201``).
        severity: The severity of its findings.
        title: A short name, lower case.
        checks: What it checks, in a sentence or two.
        example: A doctest that triggers it, run against :data:`EXAMPLE_SETUP`.
        fix: How to fix a finding; the findings' hint.
        domain_rule: The number of the domain expert's rule it implements.
    """

    code: str = field(validator=check_value.text())
    severity: Severity = field(
        validator=check_value.instance_of(Severity, "a Severity")
    )
    title: str = field(validator=check_value.text())
    checks: str = field(validator=check_value.text())
    example: str = field(validator=check_value.text())
    fix: str = field(validator=check_value.text())
    domain_rule: int = field(validator=check_value.positive_int())

    def __attrs_post_init__(self) -> None:
        if _CODE.fullmatch(self.code) is None:
            raise InvalidFieldError(
                "code", "letters then digits, such as 'RR201'", repr(self.code)
            )


_registry: dict[str, Rule] = {}


def _rule(
    code: str,
    severity: Severity,
    title: str,
    *,
    checks: str,
    example: str,
    fix: str,
    domain_rule: int,
) -> Rule:
    rule = Rule(
        code=code,
        severity=severity,
        title=title,
        checks=" ".join(checks.split()),
        example=example,
        fix=" ".join(fix.split()),
        domain_rule=domain_rule,
    )
    _registry[code] = rule
    return rule


class Document:
    """A report being validated, with where it sits and the indexes rules share.

    Attributes:
        report: The report.
        path: The JSON path of the report: ``$`` for the one given to
            :func:`~rightsreport.validate`, ``$.relations[0].report`` for one it
            carries.
        words: The names and attributions of the report split into words, for
            the rules on names (RR401, RR403, RR601) to share.
        protected: The ids of its protected sources
            (:func:`~rightsreport._disclosure.protected_sources`).
        source_ids: The ids of its sources (a set-like view).
    """

    __slots__ = (
        "_figures",
        "_sources",
        "_statistics",
        "path",
        "protected",
        "report",
        "source_ids",
        "words",
    )

    def __init__(self, report: Report, path: str) -> None:
        self.report = report
        self.path = path
        self._sources: dict[str, int] = {}
        for index, source in enumerate(report.sources):
            self._sources.setdefault(source.id, index)
        self.protected = protected_sources(report.sources)
        self.source_ids = self._sources.keys()
        self._statistics: dict[str, int] | None = None
        self._figures: dict[Number, list[Statistic]] | None = None
        self.words: WordCache = {}

    def source(self, source_id: str | None) -> Source | None:
        """Return the first source with id *source_id*, or ``None``."""
        index = self._sources.get(source_id) if source_id is not None else None
        return None if index is None else self.report.sources[index]

    def source_path(self, source_id: str) -> str:
        """Return the path of the first source with id *source_id* (it must exist)."""
        return f"{self.path}.sources[{self._sources[source_id]}]"

    def has_statistic(self, statistic_id: str) -> bool:
        """Whether a statistic of the report has id *statistic_id*."""
        if self._statistics is None:
            self._statistics = {s.id: i for i, s in enumerate(self.report.statistics)}
        return statistic_id in self._statistics

    def figure(self, statistic: Statistic) -> Statistic | None:
        """Return this report's statistic with *statistic*'s value, if any.

        One with the same measure is preferred; else the first with the value.
        """
        if self._figures is None:
            self._figures = {}
            for candidate in self.report.statistics:
                self._figures.setdefault(candidate.value, []).append(candidate)
        candidates = self._figures.get(statistic.value, ())
        for candidate in candidates:
            if candidate.measure == statistic.measure:
                return candidate
        return candidates[0] if candidates else None

    def quote_is_protected(self, quote: Quote) -> bool:
        """Whether a quote is protected (:func:`~rightsreport._disclosure.quote_is_protected`)."""
        return quote_is_protected(quote, self.protected)

    def statistic_is_protected(self, statistic: Statistic) -> bool:
        """Whether a statistic is protected (:func:`~rightsreport._disclosure.statistic_is_protected`)."""
        return statistic_is_protected(statistic, self.protected)


class Context:
    """Every report validated together, the options, and how findings are made.

    Attributes:
        documents: The report given, then every report reachable through
            relations that carry one, breadth first, each once.
        options: The options of this validation.
    """

    __slots__ = ("_by_id", "documents", "options", "walk_findings")

    def __init__(self, report: Report, options: ValidationOptions) -> None:
        self.options = options
        documents: list[Document] = []
        self._by_id: dict[str, Document] = {}
        self.walk_findings: list[Finding] = []
        queue = deque([(report, "$")])
        while queue:
            current, path = queue.popleft()
            known = self._by_id.get(current.id)
            if known is not None:
                if known.report != current:
                    self.walk_findings.append(
                        self.finding(
                            RR106,
                            path,
                            f"report id {current.id!r} is already used by a "
                            f"different report at {known.path}",
                        )
                    )
                continue
            document = Document(current, path)
            documents.append(document)
            self._by_id[current.id] = document
            queue.extend(
                (relation.report, f"{path}.relations[{index}].report")
                for index, relation in enumerate(current.relations)
                if relation.report is not None
            )
        self.documents = tuple(documents)

    def document(self, report_id: str | None) -> Document | None:
        """Return the validated report with id *report_id*, or ``None``."""
        return None if report_id is None else self._by_id.get(report_id)

    def finding(self, rule: Rule, path: str, message: str) -> Finding:
        """Return a finding of *rule* at *path*, with the rule's fix as its hint.

        Built without running :class:`~rightsreport.Finding`'s field validators
        (:func:`~rightsreport._findings.trusted_finding`):
        a registered rule's code, severity and fix are valid, and the rules'
        paths and messages are never empty. A report with an error in every
        object makes a finding per object, so this is on the hot path.
        """
        return trusted_finding(rule.code, rule.severity, path, message, rule.fix)


DocumentCheck = Callable[[Document, Context], Iterator[Finding]]
AcrossCheck = Callable[[Context], Iterator[Finding]]


@frozen
class Check:
    """A registered check function and the codes it reports.

    Attributes:
        codes: The codes of the findings it may report.
        document: Called once per validated report, or ``None``.
        across: Called once with every report, or ``None``.
    """

    codes: tuple[str, ...]
    document: DocumentCheck | None = None
    across: AcrossCheck | None = None


_checks: list[Check] = []


def check(*rules: Rule) -> Callable[[DocumentCheck], DocumentCheck]:
    """Register a document check that reports findings of *rules*."""

    def register(function: DocumentCheck) -> DocumentCheck:
        _checks.append(Check(tuple(rule.code for rule in rules), document=function))
        return function

    return register


def check_across(*rules: Rule) -> Callable[[AcrossCheck], AcrossCheck]:
    """Register a cross-document check that reports findings of *rules*."""

    def register(function: AcrossCheck) -> AcrossCheck:
        _checks.append(Check(tuple(rule.code for rule in rules), across=function))
        return function

    return register


# The setup every rule's example runs against: a minimal report with one named
# person, one quote of hers and one statistic she gave, and ``check``, which
# prints what validating a changed copy finds.
EXAMPLE_SETUP: Final = """
>>> from decimal import Decimal
>>> from attrs import evolve
>>> from rightsreport import (
...     Breakdown, BreakdownCompleteness, BreakdownPart, Claim, Disclosure,
...     IdentificationLevel, Locator, PartialDate, Period, Quote, QuoteKind,
...     Relation, RelationKind, Report, ReportKind, RightsCategory, Source,
...     SourceKind, Statistic, StatisticKind, validate,
... )
>>> chea = Source(
...     id="chea",
...     kind=SourceKind.PERSON,
...     identification=IdentificationLevel.NAMED,
...     name="Sok Chea",
... )
>>> said = Quote(
...     id="q1",
...     text="We were not told.",
...     kind=QuoteKind.VERBATIM,
...     speaker_id="chea",
...     attributed_as="Sok Chea",
... )
>>> count = Statistic(
...     id="n1", value=185, measure="assemblies", unit="assemblies", source_id="chea"
... )
>>> report = Report(
...     id="r1",
...     kind=ReportKind.MONITORING_REPORT,
...     title="Assemblies in 2020",
...     coverage=Period.from_edtf("2020/2020"),
...     published=PartialDate(year=2021, month=3),
...     sources=(chea,),
...     quotes=(said,),
...     statistics=(count,),
... )
>>> def check(select=None, **changes):
...     for finding in validate(evolve(report, **changes), select=select):
...         print(finding)
>>> check()
"""


# --------------------------------------------------------------------------
# RR1xx: ids and references (domain rules 1, 2 and 11)
# --------------------------------------------------------------------------

RR101 = _rule(
    "RR101",
    Severity.ERROR,
    "duplicate id",
    checks="""Ids of sources, quotes, statistics and claims are unique among their
    kind within a report, since references to them are by id.""",
    example="""
>>> check(quotes=(said, evolve(said, text="Nobody came.")))
$.quotes[1].id: RR101 error: id 'q1' is already used by $.quotes[0]
""",
    fix="Give each object its own id, and point references at the right one.",
    domain_rule=1,
)
RR102 = _rule(
    "RR102",
    Severity.ERROR,
    "reference to an unknown source",
    checks="""A quote's speaker, a statistic's source, a claim's source and an
    affiliation's organisation id each name a source of the same report.""",
    example="""
>>> check(quotes=(evolve(said, speaker_id="chia"),), select=["RR102"])
$.quotes[0].speaker_id: RR102 error: speaker 'chia' is not a source of this report
""",
    fix="Correct the id, or add the source to the report's sources.",
    domain_rule=2,
)
RR103 = _rule(
    "RR103",
    Severity.ERROR,
    "quote without a speaker",
    checks="""Every quote is attributed to a source: words nobody said are not a
    quote.""",
    example="""
>>> check(quotes=(evolve(said, speaker_id=None, attributed_as=None),), select=["RR103"])
$.quotes[0].speaker_id: RR103 error: the quote has no speaker, expected the id of a source
""",
    fix="Set the quote's speaker_id to the source it is attributed to.",
    domain_rule=2,
)
RR104 = _rule(
    "RR104",
    Severity.WARNING,
    "source nothing refers to",
    checks="""Every source is referred to by a quote, a statistic (as its source or
    a relay), a claim or another source's affiliation.""",
    example="""
>>> check(quotes=(), statistics=())
$.sources[0]: RR104 warning: source 'chea' is not referred to by any quote, statistic, relay, claim or affiliation
""",
    fix="""Attach the quotes or figures that come from the source, or remove it.""",
    domain_rule=2,
)
RR105 = _rule(
    "RR105",
    Severity.ERROR,
    "claim refers to an unknown quote or statistic",
    checks="""The quotes and statistics a claim cites are quotes and statistics of
    the same report.""",
    example="""
>>> claim = Claim(id="c1", text="Assemblies were dispersed.", statistic_ids=("n2",))
>>> check(claims=(claim,))
$.claims[0].statistic_ids[0]: RR105 error: statistic 'n2' is not a statistic of this report
""",
    fix="Correct the id, or add the quote or statistic to the report.",
    domain_rule=2,
)
RR106 = _rule(
    "RR106",
    Severity.ERROR,
    "two different related reports share an id",
    checks="""The reports carried in relations, at any depth, are told apart by
    their ids: two different reports with the same id cannot both be followed.""",
    example="""
>>> first = Report(id="r2", kind=ReportKind.PRESS_RELEASE, title="Statement")
>>> second = evolve(first, title="Another statement")
>>> check(
...     relations=(
...         Relation(kind=RelationKind.CITES, target_id="r2", report=first),
...         Relation(kind=RelationKind.CITES, target_id="r2", report=second),
...     )
... )
$.relations[1].report: RR106 error: report id 'r2' is already used by a different report at $.relations[0].report
""",
    fix="Give each report its own id, or carry the same report in both places.",
    domain_rule=1,
)
RR107 = _rule(
    "RR107",
    Severity.WARNING,
    "document source names a report the report has no relation to",
    checks="""A document source's report_id names a report that this report
    relates to (is about, cites, responds to or is an addendum of).""",
    example="""
>>> dossier = Source(
...     id="dossier",
...     kind=SourceKind.DOCUMENT,
...     identification=IdentificationLevel.NAMED,
...     name="Annual dossier",
...     report_id="dossier-2020",
... )
>>> check(sources=(chea, dossier), statistics=(evolve(count, relayed_via=("dossier",)),))
$.sources[1].report_id: RR107 warning: report 'dossier-2020' is not among this report's relations
""",
    fix="""Add a relation to the report (a citation, for one the report quotes or
    relays), or correct the report_id.""",
    domain_rule=11,
)
RR111 = _rule(
    "RR111",
    Severity.ERROR,
    "relay is not a source of the report",
    checks="""Each id in a statistic's relayed_via names a source of the same
    report.""",
    example="""
>>> check(statistics=(evolve(count, relayed_via=("state-report",)),))
$.statistics[0].relayed_via[0]: RR111 error: relay 'state-report' is not a source of this report
""",
    fix="""Add the relaying document as a source (kind document, with its
    report_id), or correct the id.""",
    domain_rule=11,
)
RR112 = _rule(
    "RR112",
    Severity.ERROR,
    "relay is not a document",
    checks="""A statistic is relayed by documents (a report that cites it), so each
    relay is a source of kind document.""",
    example="""
>>> check(statistics=(evolve(count, source_id=None, relayed_via=("chea",)),))
$.statistics[0].relayed_via[0]: RR112 error: relay 'chea' is a person, expected a document
""",
    fix="""List only the documents that passed the figure on; a person or body that
    produced it is the statistic's source.""",
    domain_rule=11,
)
RR113 = _rule(
    "RR113",
    Severity.ERROR,
    "circular relay chain",
    checks="""A relay chain runs from the figure's producer through each relaying
    report to this one without coming back: no source or report appears twice,
    the producer is not a relay, and following the chain through the reports
    carried in relations never returns to a report already on it.""",
    example="""
>>> dossier = Source(
...     id="dossier",
...     kind=SourceKind.DOCUMENT,
...     identification=IdentificationLevel.NAMED,
...     name="Annual dossier",
...     report_id="r1",
... )
>>> check(sources=(chea, dossier), statistics=(evolve(count, relayed_via=("dossier",)),))
$.statistics[0].relayed_via[0]: RR113 error: relay 'dossier' is this report itself
""",
    fix="""List each relaying document once, producer's side first, none of them
    the report that prints the figure.""",
    domain_rule=11,
)
RR114 = _rule(
    "RR114",
    Severity.WARNING,
    "relayed figure not found in the relaying report",
    checks="""When the report a figure is relayed through is carried in a relation,
    it has a statistic with the same value.""",
    example="""
>>> cited = Report(id="r0", kind=ReportKind.COUNTRY_REPORT, title="Country report")
>>> state = Source(
...     id="state",
...     kind=SourceKind.DOCUMENT,
...     identification=IdentificationLevel.NAMED,
...     name="Country report",
...     report_id="r0",
... )
>>> check(
...     sources=(chea, state),
...     statistics=(evolve(count, relayed_via=("state",)),),
...     relations=(Relation(kind=RelationKind.CITES, target_id="r0", report=cited),),
... )
$.statistics[0].relayed_via[0]: RR114 warning: no statistic of $.relations[0].report has the value 185
""",
    fix="""Add the figure to the carried report as it prints it, or correct the
    value or the relay chain.""",
    domain_rule=11,
)


def _duplicates(
    items: Sequence[Quote | Statistic | Source],
    kind: str,
    path: str,
    protected: Callable[[int], bool],
    ctx: Context,
) -> Iterator[Finding]:
    if len({item.id for item in items}) == len(items):
        return  # no id twice: the common case, found in one pass in C
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        earlier = first.setdefault(item.id, index)
        if earlier != index:
            shown = "this id" if protected(index) else f"id {item.id!r}"
            yield ctx.finding(
                RR101,
                f"{path}.{kind}[{index}].id",
                f"{shown} is already used by {path}.{kind}[{earlier}]",
            )


@check(RR101)
def _unique_ids(doc: Document, ctx: Context) -> Iterator[Finding]:
    report, path = doc.report, doc.path
    sources = report.sources
    yield from _duplicates(
        sources, "sources", path, lambda i: sources[i].id in doc.protected, ctx
    )
    quotes = report.quotes
    yield from _duplicates(
        quotes, "quotes", path, lambda i: doc.quote_is_protected(quotes[i]), ctx
    )
    statistics = report.statistics
    yield from _duplicates(
        statistics,
        "statistics",
        path,
        lambda i: doc.statistic_is_protected(statistics[i]),
        ctx,
    )
    claims: dict[str, int] = {}
    for index, claim in enumerate(report.claims):
        earlier = claims.setdefault(claim.id, index)
        if earlier != index:
            yield ctx.finding(
                RR101,
                f"{path}.claims[{index}].id",
                f"id {claim.id!r} is already used by {path}.claims[{earlier}]",
            )


@check(RR102, RR103, RR105)
def _references(doc: Document, ctx: Context) -> Iterator[Finding]:
    report, path = doc.report, doc.path
    known = doc.source_ids
    # Each collection is looked at object by object only if one of its
    # references is missing: most reports have none.
    speakers = {quote.speaker_id for quote in report.quotes}
    if None in speakers or not known >= speakers:
        yield from _speakers(doc, ctx)
    producers = {statistic.source_id for statistic in report.statistics}
    producers.discard(None)
    if not known >= producers:
        yield from _producers(doc, ctx)
    for index, source in enumerate(report.sources):
        for position, affiliation in enumerate(source.affiliations):
            organisation = affiliation.organisation_id
            if organisation is not None and organisation not in known:
                yield ctx.finding(
                    RR102,
                    f"{path}.sources[{index}].affiliations[{position}].organisation_id",
                    _unknown("organisation", organisation, source.id in doc.protected),
                )
    yield from _claim_references(doc, ctx)


def _speakers(doc: Document, ctx: Context) -> Iterator[Finding]:
    path = doc.path
    for index, quote in enumerate(doc.report.quotes):
        if quote.speaker_id is None:
            yield ctx.finding(
                RR103,
                f"{path}.quotes[{index}].speaker_id",
                "the quote has no speaker, expected the id of a source",
            )
        elif doc.source(quote.speaker_id) is None:
            yield ctx.finding(
                RR102,
                f"{path}.quotes[{index}].speaker_id",
                _unknown("speaker", quote.speaker_id, doc.quote_is_protected(quote)),
            )


def _producers(doc: Document, ctx: Context) -> Iterator[Finding]:
    for index, statistic in enumerate(doc.report.statistics):
        if statistic.source_id is not None and doc.source(statistic.source_id) is None:
            yield ctx.finding(
                RR102,
                f"{doc.path}.statistics[{index}].source_id",
                _unknown(
                    "source",
                    statistic.source_id,
                    doc.statistic_is_protected(statistic),
                ),
            )


def _claim_references(doc: Document, ctx: Context) -> Iterator[Finding]:
    report, path = doc.report, doc.path
    quote_ids: set[str] | None = None
    for index, claim in enumerate(report.claims):
        where = f"{path}.claims[{index}]"
        if claim.source_id is not None and doc.source(claim.source_id) is None:
            yield ctx.finding(
                RR102,
                f"{where}.source_id",
                _unknown("source", claim.source_id, protected=False),
            )
        if claim.quote_ids and quote_ids is None:
            quote_ids = {quote.id for quote in report.quotes}
        for position, quote_id in enumerate(claim.quote_ids):
            if quote_ids is not None and quote_id not in quote_ids:
                yield ctx.finding(
                    RR105,
                    f"{where}.quote_ids[{position}]",
                    f"quote {quote_id!r} is not a quote of this report",
                )
        for position, statistic_id in enumerate(claim.statistic_ids):
            if not doc.has_statistic(statistic_id):
                yield ctx.finding(
                    RR105,
                    f"{where}.statistic_ids[{position}]",
                    f"statistic {statistic_id!r} is not a statistic of this report",
                )


def _unknown(role: str, source_id: str, protected: bool) -> str:
    if protected:
        return f"the {role} is not a source of this report (id {_WITHHELD})"
    return f"{role} {source_id!r} is not a source of this report"


@check(RR104)
def _unused_sources(doc: Document, ctx: Context) -> Iterator[Finding]:
    report = doc.report
    # Gathered a field at a time, in C; None (no reference) is dropped after.
    used: set[str | None] = set(map(_SPEAKER_ID, report.quotes))
    used.update(map(_SOURCE_ID, report.statistics))
    used.update(chain.from_iterable(map(_RELAYED_VIA, report.statistics)))
    used.update(map(_SOURCE_ID, report.claims))
    for source in report.sources:
        if source.affiliations:
            used.update(
                affiliation.organisation_id
                for affiliation in source.affiliations
                if affiliation.organisation_id != source.id
            )
    used.discard(None)
    for index, source in enumerate(report.sources):
        if source.id not in used:
            shown = (
                "this source" if source.id in doc.protected else f"source {source.id!r}"
            )
            yield ctx.finding(
                RR104,
                f"{doc.path}.sources[{index}]",
                f"{shown} is not referred to by any quote, statistic, relay, claim "
                "or affiliation",
            )


@check(RR107)
def _document_reports(doc: Document, ctx: Context) -> Iterator[Finding]:
    report = doc.report
    targets = {relation.target_id for relation in report.relations}
    targets.add(report.id)
    for index, source in enumerate(report.sources):
        if source.report_id is not None and source.report_id not in targets:
            shown = (
                "the report this source names"
                if source.id in doc.protected
                else f"report {source.report_id!r}"
            )
            yield ctx.finding(
                RR107,
                f"{doc.path}.sources[{index}].report_id",
                f"{shown} is not among this report's relations",
            )


@check(RR111, RR112, RR113, RR114)
def _relays(doc: Document, ctx: Context) -> Iterator[Finding]:
    for index, statistic in enumerate(doc.report.statistics):
        if statistic.relayed_via:
            yield from _relay_chain(doc, index, statistic, ctx)


def _relay_chain(
    doc: Document, index: int, statistic: Statistic, ctx: Context
) -> Iterator[Finding]:
    where = f"{doc.path}.statistics[{index}].relayed_via"
    protected = doc.statistic_is_protected(statistic)
    seen_sources: set[str] = set()
    seen_reports: dict[str, int] = {}
    nearest: tuple[int, Source] | None = None
    for position, relay_id in enumerate(statistic.relayed_via):
        path = f"{where}[{position}]"
        hidden = protected or relay_id in doc.protected
        shown = "the relay" if hidden else f"relay {relay_id!r}"
        source = doc.source(relay_id)
        if source is None:
            yield ctx.finding(RR111, path, f"{shown} is not a source of this report")
            continue
        if source.kind is not SourceKind.DOCUMENT:
            yield ctx.finding(
                RR112, path, f"{shown} is a {source.kind.value}, expected a document"
            )
        if relay_id == statistic.source_id:
            yield ctx.finding(RR113, path, f"{shown} is also the figure's producer")
        elif relay_id in seen_sources:
            yield ctx.finding(RR113, path, f"{shown} appears twice in the chain")
        elif source.report_id == doc.report.id:
            yield ctx.finding(RR113, path, f"{shown} is this report itself")
        elif source.report_id is not None and source.report_id in seen_reports:
            earlier = seen_reports[source.report_id]
            yield ctx.finding(
                RR113,
                path,
                f"{shown} is the same report as {where}[{earlier}]",
            )
        seen_sources.add(relay_id)
        if source.report_id is not None:
            seen_reports.setdefault(source.report_id, position)
            nearest = (position, source)
    if nearest is not None and nearest[0] == len(statistic.relayed_via) - 1:
        yield from _follow_chain(
            doc, statistic, nearest[1], f"{where}[{nearest[0]}]", ctx
        )


def _follow_chain(
    doc: Document, statistic: Statistic, relay: Source, path: str, ctx: Context
) -> Iterator[Finding]:
    """Follow a figure into the carried reports that relay it, looking for a loop."""
    visited = {doc.report.id}
    current_doc, current = doc, statistic
    source: Source | None = relay
    first = True
    while source is not None and source.report_id is not None:
        if source.report_id in visited:
            if not first:
                yield ctx.finding(
                    RR113,
                    path,
                    "the chain, followed through the reports carried in relations, "
                    f"comes back to {_report_path(ctx, source.report_id)}",
                )
            return
        visited.add(source.report_id)
        relaying = ctx.document(source.report_id)
        if relaying is None:
            return
        found = relaying.figure(current)
        if found is None:
            if first:
                shown = (
                    "this figure"
                    if current_doc.statistic_is_protected(current)
                    else f"the value {current.value}"
                )
                yield ctx.finding(
                    RR114, path, f"no statistic of {relaying.path} has {shown}"
                )
            return
        first = False
        current_doc, current = relaying, found
        source = relaying.source(found.relayed_via[-1]) if found.relayed_via else None


def _report_path(ctx: Context, report_id: str) -> str:
    """Return the path of the validated report with id *report_id*."""
    document = ctx.document(report_id)
    return document.path if document is not None else repr(report_id)


# --------------------------------------------------------------------------
# RR2xx: figures (domain rules 3 and 4)
# --------------------------------------------------------------------------

RR201 = _rule(
    "RR201",
    Severity.ERROR,
    "exhaustive breakdown does not sum to its total",
    checks="""The parts of an exhaustive breakdown of an exact figure sum to the
    figure. Parts count in the total's unit unless they give their own; figures
    qualified as at least, at most, approximate or an order of magnitude are not
    summed.""",
    example="""
>>> parts = (BreakdownPart(label="land", value=101), BreakdownPart(label="labour", value=74))
>>> breakdown = Breakdown(completeness=BreakdownCompleteness.EXHAUSTIVE, parts=parts)
>>> check(statistics=(evolve(count, breakdown=breakdown),))
$.statistics[0].breakdown: RR201 error: parts sum to 175, total is 185
""",
    fix="""Correct the part or the total that was mistyped, add the missing part,
    or mark the breakdown partial if the parts are only some of the total.""",
    domain_rule=3,
)
RR202 = _rule(
    "RR202",
    Severity.ERROR,
    "partial breakdown exceeds its total",
    checks="""The parts of a partial breakdown ("including ...") never sum to more
    than the total (or, for parts in percent of a count, more than 100).""",
    example="""
>>> parts = (BreakdownPart(label="land", value=101), BreakdownPart(label="labour", value=94))
>>> breakdown = Breakdown(completeness=BreakdownCompleteness.PARTIAL, parts=parts)
>>> check(statistics=(evolve(count, breakdown=breakdown),))
$.statistics[0].breakdown: RR202 error: parts sum to 195, more than the total 185
""",
    fix="Correct the part or the total that was mistyped.",
    domain_rule=3,
)
RR203 = _rule(
    "RR203",
    Severity.ERROR,
    "percentages do not sum to their whole",
    checks="""An exhaustive breakdown in percent sums to 100 (or, for a percentage
    figure, to the figure) within rounding: by default each printed percentage may
    be off by half a unit of its last digit; the ``percentage_tolerance`` option
    sets a fixed tolerance instead.""",
    example="""
>>> parts = (
...     BreakdownPart(label="land", value=55, unit="%"),
...     BreakdownPart(label="labour", value=40, unit="%"),
... )
>>> breakdown = Breakdown(completeness=BreakdownCompleteness.EXHAUSTIVE, parts=parts)
>>> check(statistics=(evolve(count, breakdown=breakdown),))
$.statistics[0].breakdown: RR203 error: percentages sum to 95, expected 100 within 1.0
""",
    fix="""Correct the percentage that was mistyped, add the missing part, or mark
    the breakdown partial.""",
    domain_rule=4,
)
RR204 = _rule(
    "RR204",
    Severity.ERROR,
    "percentage outside 0 to 100",
    checks="""A percentage figure, and a breakdown part in percent, lies between 0
    and 100.""",
    example="""
>>> check(statistics=(evolve(count, kind=StatisticKind.PERCENTAGE, value=120, unit="%"),))
$.statistics[0].value: RR204 error: percentage is 120, expected 0 to 100
""",
    fix="""Correct the figure; a change or a ratio above 100 percent is a rate, not a
    percentage.""",
    domain_rule=4,
)
RR205 = _rule(
    "RR205",
    Severity.ERROR,
    "count that is not a whole number",
    checks="""A count, and each part of a count's breakdown in the same unit, is a
    whole number (construction already refuses negative counts).""",
    example="""
>>> check(statistics=(evolve(count, value=Decimal("95.5")),))
$.statistics[0].value: RR205 error: count is 95.5, expected a whole number
""",
    fix="Correct the figure, or give the statistic the kind it has (amount, rate).",
    domain_rule=4,
)
RR206 = _rule(
    "RR206",
    Severity.WARNING,
    "exhaustive breakdown in mixed units",
    checks="""The parts of an exhaustive breakdown are all in the total's unit, or
    all in percent, so that they can be summed.""",
    example="""
>>> parts = (
...     BreakdownPart(label="land", value=101),
...     BreakdownPart(label="labour", value=84, unit="people"),
... )
>>> breakdown = Breakdown(completeness=BreakdownCompleteness.EXHAUSTIVE, parts=parts)
>>> check(statistics=(evolve(count, breakdown=breakdown),))
$.statistics[0].breakdown: RR206 warning: parts are in 'assemblies' and 'people', expected one unit: the sum was not checked
""",
    fix="""Give every part the same unit as the total (or leave it out), or split
    the figure into one statistic per unit.""",
    domain_rule=3,
)

_PERCENT_UNITS: Final = frozenset({"%", "percent", "per cent", "percentage"})
_HALF: Final = Decimal("0.5")


def _unit_key(unit: str | None) -> str | None:
    return None if unit is None else " ".join(unit.casefold().split())


def _half_unit(value: Number) -> Decimal:
    """Half a unit of the last printed digit: how far rounding may have moved it."""
    if isinstance(value, Decimal):
        # The exponent of the last digit (figures are finite: construction).
        return _HALF.scaleb(value.adjusted() - len(value.as_tuple().digits) + 1)
    return _HALF


def _tolerance(values: Sequence[Number], options: ValidationOptions) -> Decimal:
    if options.percentage_tolerance is not None:
        return options.percentage_tolerance
    return sum((_half_unit(value) for value in values), Decimal(0))


def _is_whole(value: Number) -> bool:
    return isinstance(value, int) or value == value.to_integral_value()


@check(RR201, RR202, RR203, RR204, RR205, RR206)
def _figures(doc: Document, ctx: Context) -> Iterator[Finding]:
    # Findings are gathered in one list: a report with a faulty part in every
    # statistic has a finding per part, and nested generators cost on each.
    out: list[Finding] = []
    for index, statistic in enumerate(doc.report.statistics):
        kind = statistic.kind
        value = statistic.value
        if kind is _PERCENTAGE and not 0 <= value <= 100:
            out.append(
                ctx.finding(
                    RR204,
                    f"{doc.path}.statistics[{index}].value",
                    f"the percentage is outside 0 to 100 ({_WITHHELD})"
                    if doc.statistic_is_protected(statistic)
                    else f"percentage is {value}, expected 0 to 100",
                )
            )
        elif kind is _COUNT and type(value) is not int and not _is_whole(value):
            out.append(
                ctx.finding(
                    RR205,
                    f"{doc.path}.statistics[{index}].value",
                    f"the count is not a whole number ({_WITHHELD})"
                    if doc.statistic_is_protected(statistic)
                    else f"count is {value}, expected a whole number",
                )
            )
        breakdown = statistic.breakdown
        if breakdown is None:
            continue
        # Most breakdowns are parts in the total's unit: summed here, and
        # looked at again only for a finding.
        if kind is not _PERCENTAGE:
            qualifier = statistic.qualifier
            exhaustive = breakdown.completeness is _EXHAUSTIVE
            if qualifier is _EXACT or (not exhaustive and qualifier is _AT_MOST):
                parts_sum = _plain_sum(breakdown.parts, kind is _COUNT)
                if parts_sum is not None and (
                    parts_sum == value if exhaustive else parts_sum <= value
                ):
                    continue
            elif _plain(breakdown.parts, kind is _COUNT):
                continue  # no sum to check (Decimal sums cost)
        _breakdown(doc, index, statistic, ctx, out)
    return iter(out)


def _plain(parts: Sequence[BreakdownPart], count: bool) -> bool:
    """Whether every part is in the total's unit (and, of a count, an int)."""
    for part in parts:
        if part.unit is not None or (count and type(part.value) is not int):
            return False
    return True


def _plain_sum(parts: Sequence[BreakdownPart], count: bool) -> Number | None:
    """Return the sum of parts all in the total's unit, or None for any other.

    None too when a part of a count is not an int, which may not be whole.
    """
    total: Number = 0
    for part in parts:
        value = part.value
        if part.unit is not None or (count and type(value) is not int):
            return None
        total += value
    return total


class _Parts:
    """A breakdown's parts sorted by unit: the total's, percent, or another.

    A part without a unit counts in the total's; a part in percent of a
    percentage figure counts in the total's too.
    """

    __slots__ = ("other", "percent", "same")

    def __init__(self, statistic: Statistic, parts: Sequence[BreakdownPart]) -> None:
        self.other = 0
        self.percent: list[Number] = []
        self.same: list[Number] = []
        total_unit: str | None = None
        for part in parts:
            if part.unit is None:
                self.same.append(part.value)
                continue
            if total_unit is None:
                total_unit = _unit_key(statistic.unit) or ""
            unit = _unit_key(part.unit)
            if unit == total_unit:
                self.same.append(part.value)
            elif unit in _PERCENT_UNITS:
                if statistic.kind is _PERCENTAGE:
                    self.same.append(part.value)
                else:
                    self.percent.append(part.value)
            else:
                self.other += 1


def _part_findings(
    doc: Document, index: int, statistic: Statistic, ctx: Context, out: list[Finding]
) -> None:
    """Report parts in percent above 100 and parts of a count that are not whole."""
    where = f"{doc.path}.statistics[{index}].breakdown"
    protected = doc.statistic_is_protected(statistic)
    breakdown = statistic.breakdown
    assert breakdown is not None  # noqa: S101  (the caller checked)
    is_percentage = statistic.kind is _PERCENTAGE
    is_count = statistic.kind is _COUNT
    for position, part in enumerate(breakdown.parts):
        value = part.value
        if part.unit is None:  # in the total's unit
            same, in_percent = True, is_percentage
        else:
            unit = _unit_key(part.unit)
            same = unit == _unit_key(statistic.unit)
            in_percent = unit in _PERCENT_UNITS or (same and is_percentage)
        if in_percent and value > 100:
            out.append(
                ctx.finding(
                    RR204,
                    f"{where}.parts[{position}].value",
                    f"a part in percent is above 100 ({_WITHHELD})"
                    if protected
                    else f"percentage is {value}, expected 0 to 100",
                )
            )
        if same and is_count and type(value) is not int and not _is_whole(value):
            out.append(
                ctx.finding(
                    RR205,
                    f"{where}.parts[{position}].value",
                    f"a part of the count is not a whole number ({_WITHHELD})"
                    if protected
                    else f"count is {value}, expected a whole number",
                )
            )


def _all_ints(parts: Sequence[BreakdownPart]) -> bool:
    """Whether every part is an int, so that none can fail to be whole."""
    for part in parts:  # noqa: SIM110  (all() of a generator costs 3x, per figure)
        if type(part.value) is not int:
            return False
    return True


def _breakdown(
    doc: Document, index: int, statistic: Statistic, ctx: Context, out: list[Finding]
) -> None:
    breakdown = statistic.breakdown
    assert breakdown is not None  # noqa: S101  (the caller checked)
    parts = _Parts(statistic, breakdown.parts)
    kind = statistic.kind
    if (
        parts.percent
        or kind is _PERCENTAGE
        or (kind is _COUNT and not _all_ints(breakdown.parts))
    ):
        _part_findings(doc, index, statistic, ctx, out)
    # Where and whether protected are worked out only for a finding.
    site = (doc, index)
    if breakdown.completeness is _EXHAUSTIVE:
        if (
            parts.other
            or parts.percent
            or kind is _PERCENTAGE
            or statistic.qualifier is _EXACT
        ):
            _exhaustive(statistic, parts, site, ctx, out)
    else:
        _partial(statistic, parts, site, ctx, out)


def _where(site: tuple[Document, int]) -> str:
    document, index = site
    return f"{document.path}.statistics[{index}].breakdown"


def _protected(site: tuple[Document, int], statistic: Statistic) -> bool:
    return site[0].statistic_is_protected(statistic)


def _sum(values: Sequence[Number]) -> Number:
    total: Number = 0
    for value in values:
        total += value
    return total


def _exhaustive(
    statistic: Statistic,
    parts: _Parts,
    site: tuple[Document, int],
    ctx: Context,
    out: list[Finding],
) -> None:
    total = statistic.value
    if parts.other or (parts.same and parts.percent):
        assert statistic.breakdown is not None  # noqa: S101  (the caller checked)
        units: list[str] = []
        for part in statistic.breakdown.parts:
            unit = part.unit if part.unit is not None else statistic.unit
            if unit is not None and unit not in units:
                units.append(unit)
        shown = " and ".join(repr(unit) for unit in units)
        out.append(
            ctx.finding(
                RR206,
                _where(site),
                f"parts are in different units, expected one unit ({_WITHHELD})"
                if _protected(site, statistic)
                else f"parts are in {shown}, expected one unit: the sum was not checked",
            )
        )
    elif parts.percent or statistic.kind is _PERCENTAGE:
        # Parts in percent of a count sum to 100; parts of a percentage, to it.
        values = parts.percent or parts.same
        whole: Number = 100 if parts.percent else total
        printed = values if parts.percent else [*values, total]
        tolerance = _tolerance(printed, ctx.options)
        parts_sum = _sum(values)
        if abs(Decimal(parts_sum) - Decimal(whole)) > tolerance:
            out.append(
                ctx.finding(
                    RR203,
                    _where(site),
                    f"percentages do not sum to their whole within rounding ({_WITHHELD})"
                    if _protected(site, statistic)
                    else f"percentages sum to {parts_sum}, expected {whole} "
                    f"within {tolerance}",
                )
            )
    else:  # an exact figure: _breakdown sends no other here
        parts_sum = _sum(parts.same)
        if parts_sum != total:
            out.append(
                ctx.finding(
                    RR201,
                    _where(site),
                    f"parts do not sum to the total ({_WITHHELD})"
                    if _protected(site, statistic)
                    else f"parts sum to {parts_sum}, total is {total}",
                )
            )


_BOUNDED: Final = frozenset({StatisticQualifier.EXACT, StatisticQualifier.AT_MOST})


def _partial(
    statistic: Statistic,
    parts: _Parts,
    site: tuple[Document, int],
    ctx: Context,
    out: list[Finding],
) -> None:
    total = statistic.value
    is_percentage = statistic.kind is _PERCENTAGE
    if parts.same and (is_percentage or statistic.qualifier in _BOUNDED):
        values = parts.same
        parts_sum = _sum(values)
        limit = total + (
            _tolerance([*values, total], ctx.options) if is_percentage else 0
        )
        if parts_sum > limit:
            out.append(
                ctx.finding(
                    RR202,
                    _where(site),
                    f"parts sum to more than the total ({_WITHHELD})"
                    if _protected(site, statistic)
                    else f"parts sum to {parts_sum}, more than the total {total}",
                )
            )
    if parts.percent and not is_percentage:
        values = parts.percent
        parts_sum = _sum(values)
        if parts_sum > 100 + _tolerance(values, ctx.options):
            out.append(
                ctx.finding(
                    RR202,
                    _where(site),
                    f"parts in percent sum to more than 100 ({_WITHHELD})"
                    if _protected(site, statistic)
                    else f"parts in percent sum to {parts_sum}, more than 100",
                )
            )


# --------------------------------------------------------------------------
# RR3xx: dates (domain rules 5 and 6)
# --------------------------------------------------------------------------

RR301 = _rule(
    "RR301",
    Severity.ERROR,
    "dated after the document was published",
    checks="""Nothing a document prints happens after it was published: a quote's
    date, a statistic's "as of" date and the start of its period, an
    illustration's date, and the dates of a source's roles all lie on or before
    the publication date. Compared precision-aware: only a date that is certainly
    later counts.""",
    example="""
>>> check(quotes=(evolve(said, said_on=PartialDate(year=2021, month=5)),))
$.quotes[0].said_on: RR301 error: said on 2021-05, after the document was published (2021-03)
""",
    fix="""Correct the date, or the publication date; a figure's "as of" date is
    when it was true, not when it was printed.""",
    domain_rule=6,
)
RR302 = _rule(
    "RR302",
    Severity.WARNING,
    '"as of" date outside the coverage',
    checks="""A statistic's "as of" date falls within the report's coverage period
    (at least partly, given the precision of both). A figure marked as a
    baseline for comparison (``baseline=True``) may lie outside it.""",
    example="""
>>> check(statistics=(evolve(count, as_of=PartialDate(year=2019, month=7)),))
$.statistics[0].as_of: RR302 warning: as of 2019-07, outside the coverage 2020/2020
""",
    fix="""Check the date; a figure printed only as a baseline for comparison
    ("1,000 the year before") is marked baseline=True.""",
    domain_rule=5,
)
RR303 = _rule(
    "RR303",
    Severity.WARNING,
    "period entirely outside the coverage",
    checks="""A statistic's period shares at least one day with the report's
    coverage. A period that only overlaps the coverage (April 2019 to March 2020
    in a report on 2020) is normal and not reported, and so is a figure marked as
    a baseline for comparison (``baseline=True``).""",
    example="""
>>> check(statistics=(evolve(count, period=Period.from_edtf("2018-04/2019-03")),))
$.statistics[0].period: RR303 warning: period 2018-04/2019-03 lies entirely outside the coverage 2020/2020
""",
    fix="""Check the period; a figure printed only as a baseline for comparison
    ("1,000 the year before") is marked baseline=True.""",
    domain_rule=5,
)
RR304 = _rule(
    "RR304",
    Severity.ERROR,
    "published before its coverage ends",
    checks="""A report is published on or after the end of the period it covers.
    The coverage runs to the last day its end can mean (``2020/2020`` to 31
    December 2020), and only a publication date certainly before that counts:
    "2020" is not, "2020-11" is.""",
    example="""
>>> check(published=PartialDate(year=2020, month=11))
$.published: RR304 error: published 2020-11, before its coverage ends (2020-12-31)
""",
    fix="""Correct the publication date or the coverage; an edition label ("2020
    Country Reports") is neither of them.""",
    domain_rule=6,
)
RR305 = _rule(
    "RR305",
    Severity.ERROR,
    "published before the report it is about",
    checks="""A report that is about, or responds to, another report carried in its
    relations is published on or after it (precision-aware: an article dated only
    "2021" is not before a report of 30 March 2021).""",
    example="""
>>> annual = Report(
...     id="r0",
...     kind=ReportKind.COUNTRY_REPORT,
...     title="Country report",
...     published=PartialDate(year=2021, month=3, day=30),
... )
>>> check(
...     published=PartialDate(year=2021, month=2),
...     relations=(Relation(kind=RelationKind.IS_ABOUT, target_id="r0", report=annual),),
... )
$.relations[0]: RR305 error: published 2021-02, before the report it is about (2021-03-30)
""",
    fix="Correct either publication date, or the kind of the relation.",
    domain_rule=6,
)

# Days as (year, month, day) tuples, which compare quickly. A date's last day
# uses 31 for any month: a last day is only ever compared with a first day,
# which is a real date, and no real date falls between the 28th and the 31st
# of a month that has fewer days.
_Day = tuple[int, int, int]
_NO_START: Final[_Day] = (0, 0, 0)
_NO_END: Final[_Day] = (10_000, 0, 0)


def _first(date: PartialDate | None) -> _Day:
    if date is None:
        return _NO_START
    return (date.year, date.month or 1, date.day or 1)


def _last(date: PartialDate | None) -> _Day:
    if date is None:
        return _NO_END
    return (date.year, date.month or 12, date.day or 31)


_AFTER_ABOUT: Final = {
    RelationKind.IS_ABOUT: "the report it is about",
    RelationKind.RESPONDS_TO: "the report it responds to",
}


@check(RR301)
def _after_publication(doc: Document, ctx: Context) -> Iterator[Finding]:
    published = doc.report.published
    if published is None:
        return
    path = doc.path
    late = f"after the document was published ({published})"
    # Dated after publication: not starting on or before its last day.
    window = _Window(_NO_START, _last(published))
    inner = window.inner_high  # a date in this year or before is not after

    def dated(what: str, value: PartialDate | Period, protected: bool) -> str:
        if protected:
            return f"{what} {late} ({_WITHHELD})"
        return f"{what} {value}, {late}"

    for index, quote in enumerate(doc.report.quotes):
        if (
            quote.said_on is not None
            and quote.said_on.year > inner
            and not window.starts_before(quote.said_on)
        ):
            yield ctx.finding(
                RR301,
                f"{path}.quotes[{index}].said_on",
                dated("said on", quote.said_on, doc.quote_is_protected(quote)),
            )
    for index, statistic in enumerate(doc.report.statistics):
        as_of, period = statistic.as_of, statistic.period
        if as_of is not None and as_of.year > inner and not window.starts_before(as_of):
            yield ctx.finding(
                RR301,
                f"{path}.statistics[{index}].as_of",
                dated("as of", as_of, doc.statistic_is_protected(statistic)),
            )
        start = None if period is None else period.start
        if start is not None and start.year > inner and not window.starts_before(start):
            assert period is not None  # noqa: S101  (it has a start)
            yield ctx.finding(
                RR301,
                f"{path}.statistics[{index}].period",
                dated("period", period, doc.statistic_is_protected(statistic)),
            )
    for index, illustration in enumerate(doc.report.illustrations):
        depicted = illustration.depicted_on
        if (
            depicted is not None
            and depicted.year > inner
            and not window.starts_before(depicted)
        ):
            yield ctx.finding(
                RR301,
                f"{path}.illustrations[{index}].depicted_on",
                dated("depicts", depicted, protected=False),
            )
    for index, source in enumerate(doc.report.sources):
        protected = source.id in doc.protected
        for position, affiliation in enumerate(source.affiliations):
            where = f"{path}.sources[{index}].affiliations[{position}]"
            attested = affiliation.attested
            if (
                attested is not None
                and attested.year > inner
                and not window.starts_before(attested)
            ):
                yield ctx.finding(
                    RR301, f"{where}.attested", dated("attested", attested, protected)
                )
            role = affiliation.period
            if (
                role is not None
                and role.start is not None
                and role.start.year > inner
                and not window.starts_before(role.start)
            ):
                yield ctx.finding(
                    RR301, f"{where}.period", dated("held", role, protected)
                )


@check(RR302, RR303)
def _coverage(doc: Document, ctx: Context) -> Iterator[Finding]:
    coverage = doc.report.coverage
    if coverage is None:
        return
    low, high = _first(coverage.start), _last(coverage.end)
    window = _Window(low, high)
    inner_low, inner_high = window.inner_low, window.inner_high
    for index, statistic in enumerate(doc.report.statistics):
        if statistic.baseline:
            continue  # printed for comparison: outside the coverage by design
        as_of, period = statistic.as_of, statistic.period
        if (
            as_of is not None
            and not inner_low <= as_of.year <= inner_high
            and not (window.ends_after(as_of) and window.starts_before(as_of))
        ):
            yield ctx.finding(
                RR302,
                f"{doc.path}.statistics[{index}].as_of",
                f"the date is outside the coverage {coverage} ({_WITHHELD})"
                if doc.statistic_is_protected(statistic)
                else f"as of {as_of}, outside the coverage {coverage}",
            )
        if (
            period is not None
            and not (
                (period.end is None or period.end.year >= inner_low)
                and (period.start is None or period.start.year <= inner_high)
            )
            and not (
                window.ends_after(period.end) and window.starts_before(period.start)
            )
        ):
            yield ctx.finding(
                RR303,
                f"{doc.path}.statistics[{index}].period",
                f"the period lies entirely outside the coverage {coverage} "
                f"({_WITHHELD})"
                if doc.statistic_is_protected(statistic)
                else f"period {period} lies entirely outside the coverage {coverage}",
            )


class _Window:
    """A span of days, and whether dates reach into it, year first.

    Comparing years first builds a day only for a date in the first or last
    year of the span, and none when the span runs over whole years. A date in
    a year from :attr:`inner_low` to :attr:`inner_high` lies within the span
    whatever its month and day: callers check that first, inline.
    """

    __slots__ = (
        "high",
        "high_whole",
        "high_year",
        "inner_high",
        "inner_low",
        "low",
        "low_whole",
        "low_year",
    )

    def __init__(self, low: _Day, high: _Day) -> None:
        self.low, self.high = low, high
        self.low_year, self.high_year = low[0], high[0]
        self.low_whole = low[1:] == (1, 1)
        self.high_whole = high[1:] == (12, 31)
        self.inner_low = self.low_year if self.low_whole else self.low_year + 1
        self.inner_high = self.high_year if self.high_whole else self.high_year - 1

    def ends_after(self, date: PartialDate | None) -> bool:
        """Whether the last day *date* may mean (open: ``None``) is in or after it."""
        if date is None:
            return True
        year = date.year
        if year != self.low_year:
            return year > self.low_year
        return self.low_whole or _last(date) >= self.low

    def starts_before(self, date: PartialDate | None) -> bool:
        """Whether the first day *date* may mean (open: ``None``) is in or before it."""
        if date is None:
            return True
        year = date.year
        if year != self.high_year:
            return year < self.high_year
        return self.high_whole or _first(date) <= self.high


@check(RR304, RR305)
def _publication_order(doc: Document, ctx: Context) -> Iterator[Finding]:
    report = doc.report
    published = report.published
    if published is None:
        return
    coverage = report.coverage
    ends = None if coverage is None else coverage.latest
    if ends is not None and published.latest < ends:
        yield ctx.finding(
            RR304,
            f"{doc.path}.published",
            f"published {published}, before its coverage ends ({ends.isoformat()})",
        )
    for index, relation in enumerate(report.relations):
        about = _AFTER_ABOUT.get(relation.kind)
        other = relation.report
        if about is None or other is None or other.published is None:
            continue
        if published.before(other.published):
            yield ctx.finding(
                RR305,
                f"{doc.path}.relations[{index}]",
                f"published {published}, before {about} ({other.published})",
            )


# --------------------------------------------------------------------------
# RR4xx: names and sources (domain rules 7 and 9)
# --------------------------------------------------------------------------

RR401 = _rule(
    "RR401",
    Severity.WARNING,
    "attribution looks misspelt",
    checks="""The name printed in a quote's attribution matches the speaker's name
    or an alias word by word (a surname or given name alone matches, as does an
    initial). When every word matches but some only nearly (a similarity of at
    least ``name_similarity``, default 0.9, by the better of Jaro-Winkler and
    scaled Damerau-Levenshtein, with the same numbers), the attribution is a
    likely misspelling.""",
    example="""
>>> check(quotes=(evolve(said, attributed_as="Sok Chae"),))
$.quotes[0].attributed_as: RR401 warning: 'Chae' looks like a misspelling of 'Chea' in the speaker's name 'Sok Chea'
""",
    fix="""Correct the attribution if the slip is yours; if the document prints it
    so, keep it as printed and add a note; if it is a real spelling of the name,
    add it to the source's aliases.""",
    domain_rule=7,
)
RR402 = _rule(
    "RR402",
    Severity.WARNING,
    "attribution matches none of the speaker's names",
    checks="""The name printed in a quote's attribution matches, word by word, the
    speaker's name or one of its aliases (see RR401 for how words match).""",
    example="""
>>> check(quotes=(evolve(said, attributed_as="Chin Malin"),))
$.quotes[0].attributed_as: RR402 warning: attribution 'Chin Malin' matches no name of the speaker, expected a form of 'Sok Chea'
""",
    fix="""Check the quote's speaker_id: the words may be someone else's. If the
    attribution is another name of the speaker, add it to the aliases.""",
    domain_rule=7,
)
RR403 = _rule(
    "RR403",
    Severity.WARNING,
    "likely duplicate sources",
    checks="""No two sources of a report have near-identical names or aliases.
    Names are compared as words, setting aside case, accents, honorifics, word
    order and small words ("of", "the"); near-identical names have the same words,
    or differ in one word that is a near miss (see RR401), or in one extra word
    when both have at least two ("Chad M. Roedemeier").""",
    example="""
>>> chae = evolve(chea, id="chae", name="Chae Sok")
>>> check(sources=(chea, chae), select=["RR403"])
$.sources[1]: RR403 warning: name 'Chae Sok' is near-identical to 'Sok Chea' of $.sources[0]: likely the same source
""",
    fix="""Merge the two sources and point their quotes and statistics at one id;
    if they are different people, give each a distinguishing detail in a note.""",
    domain_rule=7,
)
RR404 = _rule(
    "RR404",
    Severity.ERROR,
    "named source without a name",
    checks="""A source identified in print by name or pseudonym has a name (the
    pseudonym, for a pseudonymous source).""",
    example="""
>>> check(sources=(evolve(chea, name=None),), quotes=(evolve(said, attributed_as=None),))
$.sources[0].name: RR404 error: identification is 'named' but the source has no name
""",
    fix="Add the name, or set the identification the document actually uses.",
    domain_rule=9,
)
RR405 = _rule(
    "RR405",
    Severity.ERROR,
    "described source without a description",
    checks="""A source described but not named in print ("a political analyst",
    "local NGOs") has a public description, which is also what a public export
    shows in place of a protected identity.""",
    example="""
>>> unnamed = evolve(
...     chea, identification=IdentificationLevel.DESCRIBED_UNNAMED, name=None
... )
>>> check(sources=(unnamed,), quotes=(evolve(said, attributed_as=None),))
$.sources[0].description: RR405 error: identification is 'described_unnamed' but the source has no public description
""",
    fix="Add the description the document prints.",
    domain_rule=9,
)
RR406 = _rule(
    "RR406",
    Severity.WARNING,
    "verbatim quote from an anonymous source",
    checks="""An anonymous source may back a claim, but words quoted verbatim (or
    partly verbatim) from it are noted: they cannot be checked with the speaker.""",
    example="""
>>> anonymous = evolve(
...     chea, identification=IdentificationLevel.ANONYMOUS, name=None
... )
>>> check(sources=(anonymous,), quotes=(evolve(said, attributed_as=None),))
$.quotes[0]: RR406 warning: a verbatim quote from an anonymous source ($.sources[0])
""",
    fix="""Nothing to fix if the document quotes it so; record what is known of the
    source (its connection to the information, its reliability) in the source.""",
    domain_rule=9,
)


@check(RR401, RR402)
def _attributions(doc: Document, ctx: Context) -> Iterator[Finding]:
    threshold = ctx.options.name_similarity
    # Reports print the same attribution of the same speaker many times: each
    # pair is compared once, and an exact match (most of them) remembered as None.
    # Keyed by one string, not a tuple: a report of many quotes keeps many
    # pairs, and tuples that live are work for the garbage collector. Ids
    # never hold a control character, so the key is unambiguous.
    matches: dict[str, NameMatch | None] = {}
    for index, quote in enumerate(doc.report.quotes):
        printed = quote.attributed_as
        speaker_id = quote.speaker_id
        if printed is None or speaker_id is None:
            continue
        key = f"{speaker_id}\x1f{printed}"
        match = matches.get(key, _UNSEEN)
        if match is _UNSEEN:
            speaker = doc.source(speaker_id)
            match = matches[key] = (
                None
                if speaker is None or not speaker.names
                else _inexact(match_name(printed, speaker.names, threshold, doc.words))
            )
        if match is None:
            continue
        speaker = doc.source(speaker_id)
        assert speaker is not None  # noqa: S101  (a match has a speaker)
        protected = doc.quote_is_protected(quote) or speaker.id in doc.protected
        path = f"{doc.path}.quotes[{index}].attributed_as"
        if match.kind is _NEAR:
            if protected:
                message = (
                    "the attribution looks like a misspelling of the speaker's name "
                    f"({_WITHHELD})"
                )
            else:
                message = _misspelling(match, speaker)
            yield ctx.finding(RR401, path, message)
            continue
        if protected:
            message = f"the attribution matches no name of the speaker ({_WITHHELD})"
        else:
            expected = " or ".join(repr(name) for name in speaker.names)
            message = (
                f"attribution {printed!r} matches no name of the speaker, expected "
                f"a form of {expected}"
            )
        yield ctx.finding(RR402, path, message)


_UNSEEN: Final = NameMatch(MatchKind.NONE)
_EXACT_MATCH: Final = MatchKind.EXACT
_NEAR: Final = MatchKind.NEAR


def _inexact(match: NameMatch) -> NameMatch | None:
    """Return *match* unless it is exact: nothing to report."""
    return None if match.kind is _EXACT_MATCH else match


def _misspelling(match: NameMatch, speaker: Source) -> str:
    """Say which printed words look misspelt, and how the name spells them."""
    found = " and ".join(repr(word) for word, _ in match.misspellings)
    meant = " and ".join(repr(word) for _, word in match.misspellings)
    verb = (
        "look like misspellings"
        if len(match.misspellings) > 1
        else "looks like a misspelling"
    )
    whose = "name" if match.name == speaker.name else "alias"
    return f"{found} {verb} of {meant} in the speaker's {whose} {match.name!r}"


@check(RR403)
def _duplicate_sources(doc: Document, ctx: Context) -> Iterator[Finding]:
    sources = doc.report.sources
    names = (
        (index, name) for index, source in enumerate(sources) for name in source.names
    )
    threshold = ctx.options.name_similarity
    for duplicate in near_duplicates(names, threshold):
        first, second = sources[duplicate.first], sources[duplicate.second]
        earlier = f"{doc.path}.sources[{duplicate.first}]"
        if first.id in doc.protected or second.id in doc.protected:
            message = (
                f"a name of this source is near-identical to one of {earlier} "
                f"({_WITHHELD}): likely the same source"
            )
        else:
            message = (
                f"name {duplicate.second_name!r} is near-identical to "
                f"{duplicate.first_name!r} of {earlier}: likely the same source"
            )
        yield ctx.finding(RR403, f"{doc.path}.sources[{duplicate.second}]", message)


_NEEDS_NAME: Final = frozenset(
    {IdentificationLevel.NAMED, IdentificationLevel.PSEUDONYM}
)
_VERBATIM: Final = frozenset({QuoteKind.VERBATIM, QuoteKind.PARTIAL})


@check(RR404, RR405, RR406)
def _identification(doc: Document, ctx: Context) -> Iterator[Finding]:
    anonymous: set[str] = set()
    for index, source in enumerate(doc.report.sources):
        level = source.identification
        if level in _NEEDS_NAME and source.name is None:
            yield ctx.finding(
                RR404,
                f"{doc.path}.sources[{index}].name",
                f"identification is {level.value!r} but the source has no name",
            )
        elif (
            level is IdentificationLevel.DESCRIBED_UNNAMED
            and source.description is None
        ):
            yield ctx.finding(
                RR405,
                f"{doc.path}.sources[{index}].description",
                f"identification is {level.value!r} but the source has no public "
                "description",
            )
        elif level is IdentificationLevel.ANONYMOUS:
            anonymous.add(source.id)
    if not anonymous:
        return
    for index, quote in enumerate(doc.report.quotes):
        if quote.speaker_id in anonymous and quote.kind in _VERBATIM:
            yield ctx.finding(
                RR406,
                f"{doc.path}.quotes[{index}]",
                f"a {quote.kind.value} quote from an anonymous source "
                f"({doc.source_path(quote.speaker_id)})",
            )


# --------------------------------------------------------------------------
# RR5xx: codes and taxonomy (domain rule 12)
# --------------------------------------------------------------------------

RR501 = _rule(
    "RR501",
    Severity.ERROR,
    "section locator is not a State Department section",
    checks="""In a country report, a locator's section is one of the State
    Department's sections: a number from 1 to 7, or a lettered subsection such as
    ``2.b``. Construction already checks country codes, language tags and
    instrument article numbers.""",
    example="""
>>> country = dict(kind=ReportKind.COUNTRY_REPORT)
>>> check(statistics=(evolve(count, locator=Locator(section="2B")),), **country)
$.statistics[0].locator.section: RR501 error: section '2B' is not a State Department section, expected 1 to 7 or a subsection such as '2.b'
""",
    fix="Write the section as the report numbers it: ``2.b``, not ``2B`` or ``Section 2``.",
    domain_rule=12,
)
RR502 = _rule(
    "RR502",
    Severity.WARNING,
    "rights category contradicts its section",
    checks="""In a country report, the rights category of a statistic or a claim
    agrees with the section its locator names: the same section, or one within
    the other (category ``2`` in section ``2.b`` agrees).""",
    example="""
>>> located = evolve(
...     count,
...     category=RightsCategory.TORTURE,
...     locator=Locator(section="2.b"),
... )
>>> check(statistics=(located,), kind=ReportKind.COUNTRY_REPORT)
$.statistics[0].category: RR502 warning: category 'torture' (section 1.c) contradicts the locator's section '2.b'
""",
    fix="Correct the category or the locator.",
    domain_rule=12,
)

_SECTION: Final = re.compile(r"[1-7](?:\.[a-z])?")


def _located(doc: Document) -> Iterator[tuple[str, Locator, RightsCategory | None]]:
    report, path = doc.report, doc.path
    for index, quote in enumerate(report.quotes):
        if quote.locator is not None:
            yield f"{path}.quotes[{index}]", quote.locator, None
    for index, statistic in enumerate(report.statistics):
        if statistic.locator is not None:
            yield f"{path}.statistics[{index}]", statistic.locator, statistic.category
    for index, claim in enumerate(report.claims):
        if claim.locator is not None:
            yield f"{path}.claims[{index}]", claim.locator, claim.category


def _codes_agree(category: str, section: str) -> bool:
    return (
        category == section
        or category.startswith(section + ".")
        or section.startswith(category + ".")
    )


@check(RR501, RR502)
def _sections(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.report.kind is not ReportKind.COUNTRY_REPORT:
        return
    for where, locator, category in _located(doc):
        section = locator.section
        if section is None:
            continue
        if _SECTION.fullmatch(section) is None:
            yield ctx.finding(
                RR501,
                f"{where}.locator.section",
                f"section {section!r} is not a State Department section, expected "
                "1 to 7 or a subsection such as '2.b'",
            )
        elif category is not None and not _codes_agree(category.code, section):
            yield ctx.finding(
                RR502,
                f"{where}.category",
                f"category {category.value!r} (section {category.code}) contradicts "
                f"the locator's section {section!r}",
            )


# --------------------------------------------------------------------------
# RR6xx: disclosure (domain rule 10)
# --------------------------------------------------------------------------

RR601 = _rule(
    "RR601",
    Severity.ERROR,
    "protected identity in a published field",
    checks="""The name or an alias of a source that is not public (restricted or
    confidential) appears in no field a public export would show: the report's
    title, claims, public sources (and the protected source's own public
    description), public quotes and statistics (text, attribution, measure,
    labels, notes), illustrations and extensions, in any report validated
    together. Names are matched as whole words, ignoring case and accents. The
    finding gives the paths, never the name.""",
    example="""
>>> secret = evolve(chea, disclosure=Disclosure.CONFIDENTIAL)
>>> public = evolve(said, disclosure=Disclosure.PUBLIC, attributed_as=None)
>>> check(sources=(secret,), quotes=(public,), title="What Sok Chea saw", select=["RR601"])
$.title: RR601 error: the name of the protected source $.sources[0] appears in a field a public export shows
""",
    fix="""Replace the name with the source's public description, or protect the
    object that carries it (set its disclosure).""",
    domain_rule=10,
)
RR602 = _rule(
    "RR602",
    Severity.WARNING,
    "public item from a protected source",
    checks="""Quotes and statistics follow their source's disclosure (a statistic
    also its relays'); one explicitly marked public while its source is not is
    noted, since publishing it may identify the source.""",
    example="""
>>> secret = evolve(chea, disclosure=Disclosure.CONFIDENTIAL)
>>> public = evolve(said, disclosure=Disclosure.PUBLIC, attributed_as=None)
>>> check(sources=(secret,), quotes=(public,))
$.quotes[0].disclosure: RR602 warning: marked public, but its speaker $.sources[0] is confidential
""",
    fix="""Leave the disclosure unset so that it follows the source, unless the
    words or the figure are safe to publish; then keep it and say why in a note.""",
    domain_rule=10,
)


@check(RR602)
def _public_from_protected(doc: Document, ctx: Context) -> Iterator[Finding]:
    if not doc.protected:
        return
    report = doc.report
    for index, quote in enumerate(report.quotes):
        speaker = quote.speaker_id
        if quote.disclosure is _PUBLIC and speaker in doc.protected:
            source = doc.source(speaker)
            assert source is not None  # noqa: S101  (protected ids are sources)
            yield ctx.finding(
                RR602,
                f"{doc.path}.quotes[{index}].disclosure",
                f"marked public, but its speaker {doc.source_path(source.id)} is "
                f"{source.disclosure.value}",
            )
    for index, statistic in enumerate(report.statistics):
        if statistic.disclosure is not _PUBLIC:
            continue
        for role, source_id in (
            ("source", statistic.source_id),
            *(("relay", relay) for relay in statistic.relayed_via),
        ):
            source = doc.source(source_id) if source_id in doc.protected else None
            if source is not None:
                yield ctx.finding(
                    RR602,
                    f"{doc.path}.statistics[{index}].disclosure",
                    f"marked public, but its {role} {doc.source_path(source.id)} is "
                    f"{source.disclosure.value}",
                )
                break


_Fields = list[tuple[str, str]]


def _published_fields(doc: Document) -> Iterator[tuple[str, int, _Fields]]:
    """Yield, for each object a public export of *doc* shows, its texts.

    Each object comes as ``(collection, index, [(path suffix, text), ...])``:
    the report itself (collection ``""``), each claim, each source (only the
    public description of a protected one), each public quote and statistic,
    each illustration, with the strings inside their extensions
    (:data:`~rightsreport._disclosure.PUBLISHED`).
    """
    report, protected = doc.report, doc.protected
    yield "", 0, strings(report, "")
    for index, claim in enumerate(report.claims):
        yield "claims", index, strings(claim, "")
    for index, source in enumerate(report.sources):
        yield "sources", index, strings(source, "", protected=source.id in protected)
    for index, quote in enumerate(report.quotes):
        if not quote_is_protected(quote, protected):
            yield "quotes", index, strings(quote, "")
    for index, statistic in enumerate(report.statistics):
        if not statistic_is_protected(statistic, protected):
            yield "statistics", index, strings(statistic, "")
    for index, illustration in enumerate(report.illustrations):
        yield "illustrations", index, strings(illustration, "")


def _published_texts(doc: Document) -> list[str | None]:
    """Return every text :func:`_published_fields` gives, quickly, and ``None``s.

    For the first pass over a whole report, which most reports end at: no path is
    built, and each field is read for a whole collection at once.
    """
    report, protected = doc.report, doc.protected
    texts: list[str | None] = []
    published_texts((report,), Report, texts)
    published_texts(report.claims, Claim, texts)
    sources, quotes, statistics = report.sources, report.quotes, report.statistics
    if protected:
        published_texts(
            [s for s in sources if s.id in protected], Source, texts, protected=True
        )
        sources = tuple(s for s in sources if s.id not in protected)
    published_texts(sources, Source, texts)
    published_texts(published_quotes(quotes, protected), Quote, texts)
    published_texts(published_statistics(statistics, protected), Statistic, texts)
    published_texts(report.illustrations, Illustration, texts)
    return texts


# A protected name as its words, where its key word sits in it, and the path of
# its source.
_ProtectedName = tuple[tuple[str, ...], int, str]


def _protected_index(ctx: Context) -> dict[str, list[_ProtectedName]]:
    """Index every protected name by its likeliest rare word.

    That is the word fewest sources' names share (a given name many people have
    is a poor key), the longest of those. A text without any key word holds no
    protected name, and the fewer texts hold a key, the less is searched.
    """
    names: list[tuple[tuple[str, ...], str]] = []
    for doc in ctx.documents:
        for source_id in sorted(doc.protected):
            source = doc.source(source_id)
            assert source is not None  # noqa: S101  (protected ids are sources)
            names.extend(
                (folded_tokens(name), doc.source_path(source_id))
                for name in source.names
            )
    if not names:
        return {}
    # How many sources' names have each word of a protected name.
    wanted = {word for words_of_name, _ in names for word in words_of_name}
    shared: Counter[str] = Counter()
    for doc in ctx.documents:
        for source in doc.report.sources:
            # A source's names as their folded words (tokens, remembered).
            found = wanted.intersection(
                [folded for name in source.names for folded in folded_tokens(name)]
            )
            for word in found:  # one or two words: cheaper than Counter.update
                shared[word] += 1
    index: dict[str, list[_ProtectedName]] = {}
    for words_of_name, source_path in names:
        if words_of_name:
            key = min(
                range(len(words_of_name)),
                key=lambda i: (shared[words_of_name[i]], -len(words_of_name[i])),
            )
            index.setdefault(words_of_name[key], []).append(
                (words_of_name, key, source_path)
            )
    return index


@check_across(RR601)
def _protected_names(ctx: Context) -> Iterator[Finding]:
    protected = _protected_index(ctx)
    if not protected:
        return
    keys = protected.keys()
    for doc in ctx.documents:
        # One pass over every published text of the report rules most reports
        # out; only a report that has a key word is searched object by object,
        # a stream of objects, so that no object's texts outlive it.
        # Reports repeat their measures, units and labels: each is read once.
        texts = set(_published_texts(doc))
        texts.discard(None)
        if not has_any_word("\n".join(texts), keys):  # type: ignore[arg-type]
            continue
        for collection, index, fields in _published_fields(doc):
            if not has_any_word("\n".join(text for _, text in fields), keys):
                continue
            where = f"{doc.path}.{collection}[{index}]" if collection else doc.path
            for suffix, text in fields:
                for source_path in _names_in(folded_words(text), protected):
                    yield ctx.finding(
                        RR601,
                        where + suffix,
                        f"the name of the protected source {source_path} appears "
                        "in a field a public export shows",
                    )


def _names_in(
    words: list[str], protected: Mapping[str, list[_ProtectedName]]
) -> list[str]:
    """Return the paths of the protected sources whose names *words* contain."""
    found: list[str] = []
    for position, word in enumerate(words):
        for words_of_name, key, source_path in protected.get(word, ()):
            start = position - key
            if (
                start >= 0
                and source_path not in found
                and tuple(words[start : start + len(words_of_name)]) == words_of_name
            ):
                found.append(source_path)
    return found


class _Rules(Mapping[str, Rule]):
    """Every built-in validation rule, by code, in code order; read-only.

    The codes are what ``select`` and ``ignore`` take; each :class:`Rule` says
    what it checks, shows an example and says how to fix a finding::

        >>> from rightsreport import RULES
        >>> RULES["RR401"].title
        'attribution looks misspelt'
        >>> [code for code in RULES if code.startswith("RR3")]
        ['RR301', 'RR302', 'RR303', 'RR304', 'RR305']
    """

    __slots__ = ("_rules",)

    def __init__(self, rules: Mapping[str, Rule]) -> None:
        self._rules = MappingProxyType(dict(sorted(rules.items())))

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __repr__(self) -> str:
        return f"<{len(self)} rules: {', '.join(self._rules)}>"


# The RR7xx rules (derived figures) live in a module of their own, which registers
# them with _rule and check like the rules above; it must run before RULES is built.
from rightsreport import _derived_rules  # noqa: E402, F401

#: Every built-in rule, by code.
RULES: Final[Mapping[str, Rule]] = _Rules(_registry)
#: Every built-in check, in the order they run.
CHECKS: Final[tuple[Check, ...]] = tuple(_checks)

# The rules' examples run as doctests (``doctest.testmod`` reads ``__test__``).
__test__ = {code: EXAMPLE_SETUP + rule.example for code, rule in RULES.items()}
