"""Redaction: the version of a report that an audience may see.

:func:`redact` returns an ordinary :class:`~rightsreport.Report` in which every
source the audience may not identify is reduced to an allow-list of fields, and
refuses with :class:`~rightsreport.DisclosureError` when a protected name would
still be published somewhere else. The rules, in full, are in ``docs/exports.md``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final, Literal

import attrs

from rightsreport._disclosure import PROTECTED, strings
from rightsreport._errors import DisclosureError, InvalidFieldError
from rightsreport._quote import Quote
from rightsreport._report import Claim, Relation, Report
from rightsreport._source import Source
from rightsreport._statistic import Statistic
from rightsreport._vocabulary import Disclosure, IdentificationLevel

__all__ = [
    "CLAIM_KEPT",
    "PSEUDONYM_PREFIX",
    "QUOTE_KEPT",
    "SOURCE_KEPT",
    "STATISTIC_KEPT",
    "Audience",
    "redact",
]


class Audience(enum.StrEnum):
    """Who an export is for, and so which sources stay protected in it.

    ``redact`` accepts a member or its value (``"public"``, ``"internal"``)::

        >>> from rightsreport import Audience, Disclosure
        >>> sorted(Audience.PUBLIC.protects)
        [<Disclosure.CONFIDENTIAL: 'confidential'>, <Disclosure.RESTRICTED: 'restricted'>]
        >>> sorted(Audience("internal").protects)
        [<Disclosure.CONFIDENTIAL: 'confidential'>]
    """

    #: Anyone: restricted and confidential sources are redacted.
    PUBLIC = "public"
    #: The keeping organisation's own people: restricted sources are shown,
    #: confidential ones redacted.
    INTERNAL = "internal"

    @property
    def protects(self) -> frozenset[Disclosure]:
        """The disclosures whose sources this audience may not identify."""
        if self is Audience.PUBLIC:
            return PROTECTED
        return frozenset({Disclosure.CONFIDENTIAL})


#: The prefix of the ids that redaction gives protected sources (``source-1``).
PSEUDONYM_PREFIX: Final = "source-"

#: What a protected source keeps; its ``id`` is replaced by a pseudonym and its
#: ``identification`` recomputed. Every other field, including any added later,
#: is dropped.
SOURCE_KEPT: Final = frozenset(
    {"id", "kind", "identification", "description", "disclosure"}
)
#: What a quote keeps when it follows a protected speaker's disclosure.
QUOTE_KEPT: Final = frozenset(
    {
        "id",
        "text",
        "kind",
        "speaker_id",
        "attributed_as",
        "said_on",
        "language",
        "original",
        "translation",
        "locator",
        "marks",
        "disclosure",
    }
)
#: What a statistic keeps when it follows a protected source's disclosure.
STATISTIC_KEPT: Final = frozenset(
    {
        "id",
        "value",
        "measure",
        "qualifier",
        "kind",
        "unit",
        "period",
        "as_of",
        "place",
        "source_id",
        "relayed_via",
        "breakdown",
        "category",
        "instruments",
        "printed",
        "locator",
        "disclosure",
        "derivation",
        "baseline",
    }
)
#: What a claim keeps when its source is protected.
CLAIM_KEPT: Final = frozenset(
    {
        "id",
        "text",
        "category",
        "instruments",
        "prevalence",
        "official_response",
        "source_id",
        "quote_ids",
        "statistic_ids",
        "locator",
    }
)

_SEPARATORS: Final = re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    """Fold case and turn every run of non-alphanumerics into one space."""
    return _SEPARATORS.sub(" ", text.casefold())


class _Matcher:
    """Finds whether a text contains any of a set of protected names.

    Matching is case-insensitive and treats any run of spaces, punctuation and
    underscores as one space ("Chin Malin" is found in "CHIN-MALIN'S"), and it
    is a plain substring search: a short name is found inside longer words. It
    finds at least everything an exact substring search finds.
    """

    def __init__(self, names: Iterable[str]) -> None:
        words: set[str] = set()
        symbols: set[str] = set()
        for name in names:
            needle = _normal(name).strip()
            if needle:
                words.add(needle)
            else:  # no letter or digit at all: look for the characters as they are
                symbols.add(name.casefold())
        ordered = sorted(words, key=lambda word: (-len(word), word))
        self._words = re.compile("|".join(map(re.escape, ordered))) if words else None
        self._symbols = tuple(sorted(symbols))
        self.empty = self._words is None and not self._symbols

    def safe_key(self, key: str) -> bool:
        """Whether a mapping key may appear in a path: it holds no name."""
        return not self.finds(key)

    def finds(self, text: str) -> bool:
        if self._words is not None and self._words.search(_normal(text)):
            return True
        folded = text.casefold()
        return any(symbol in folded for symbol in self._symbols)


def _scan(value: object, path: str, matcher: _Matcher) -> list[str]:
    """Return the paths under *value* whose published text holds a protected name.

    Every string is looked at (:func:`~rightsreport._disclosure.strings` with
    ``every``): texts, ids, enum values, extension keys and values; numbers and
    dates in their written form. A key that holds a name is reported at its
    object's path, so that no path echoes it.
    """
    if matcher.empty:
        return []
    return [
        where
        for where, text in strings(value, path, every=True, safe_key=matcher.safe_key)
        if matcher.finds(text)
    ]


def _kept(obj: object, names: frozenset[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def _tree(report: Report) -> Iterator[Report]:
    """Yield *report* and every report carried in its relations, at any depth."""
    yield report
    for relation in report.relations:
        if relation.report is not None:
            yield from _tree(relation.report)


def _audience(value: object) -> Audience:
    try:
        return Audience(value)  # type: ignore[arg-type]  # checked right here
    except (ValueError, TypeError):
        raise InvalidFieldError(
            "audience", "'public' or 'internal'", repr(value)
        ) from None


@attrs.frozen
class _Plan:
    """How one report's sources are redacted: pseudonyms and the renaming."""

    protects: frozenset[Disclosure]
    resolved: dict[str, Source]
    pseudonyms: dict[int, str]
    rename: dict[str, str]

    def protected(self, source_id: str | None) -> Source | None:
        """Return the source *source_id* resolves to if the audience may not know it."""
        source = None if source_id is None else self.resolved.get(source_id)
        if source is not None and source.disclosure in self.protects:
            return source
        return None

    def renamed(self, source_id: str) -> str:
        return self.rename.get(source_id, source_id)


def _plan(report: Report, protects: frozenset[Disclosure]) -> _Plan:
    resolved: dict[str, Source] = {}
    for source in report.sources:
        resolved.setdefault(source.id, source)
    references = [
        *(quote.speaker_id for quote in report.quotes),
        *(statistic.source_id for statistic in report.statistics),
        *(relay for statistic in report.statistics for relay in statistic.relayed_via),
        *(claim.source_id for claim in report.claims),
        *(
            affiliation.organisation_id
            for source in report.sources
            for affiliation in source.affiliations
        ),
    ]
    # Ids that stay in the report: public sources' and references to anything
    # but a protected source. A pseudonym never takes one of them.
    taken = {s.id for s in report.sources if s.disclosure not in protects}
    taken.update(
        ref
        for ref in references
        if ref is not None
        and (ref not in resolved or resolved[ref].disclosure not in protects)
    )
    pseudonyms: dict[int, str] = {}
    number = 0
    for index, source in enumerate(report.sources):
        if source.disclosure in protects:
            number += 1
            while f"{PSEUDONYM_PREFIX}{number}" in taken:
                number += 1
            pseudonyms[index] = f"{PSEUDONYM_PREFIX}{number}"
    rename: dict[str, str] = {}
    for index, source in enumerate(report.sources):
        if index in pseudonyms and resolved[source.id] is source:
            rename[source.id] = pseudonyms[index]
    return _Plan(
        protects=protects, resolved=resolved, pseudonyms=pseudonyms, rename=rename
    )


def _redacted_source(source: Source, pseudonym: str) -> Source:
    fields = _kept(source, SOURCE_KEPT)
    fields["id"] = pseudonym
    fields["identification"] = (
        IdentificationLevel.ANONYMOUS
        if source.description is None
        else IdentificationLevel.DESCRIBED_UNNAMED
    )
    return Source(**fields)


def _public_source(source: Source, plan: _Plan) -> Source:
    affiliations = []
    changed = False
    for affiliation in source.affiliations:
        organisation = plan.protected(affiliation.organisation_id)
        if organisation is None or affiliation.organisation_id is None:
            affiliations.append(affiliation)
            continue
        pseudonym = plan.renamed(affiliation.organisation_id)
        affiliations.append(
            attrs.evolve(
                affiliation,
                organisation_id=pseudonym,
                organisation=organisation.description or pseudonym,
            )
        )
        changed = True
    return attrs.evolve(source, affiliations=tuple(affiliations)) if changed else source


def _quote(quote: Quote, plan: _Plan) -> Quote:
    speaker = plan.protected(quote.speaker_id)
    if speaker is None or quote.speaker_id is None:
        return quote
    fields = (
        _kept(quote, QUOTE_KEPT)
        if quote.disclosure is None
        else attrs.asdict(quote, recurse=False)
    )
    fields["speaker_id"] = plan.renamed(quote.speaker_id)
    fields["attributed_as"] = speaker.description
    return Quote(**fields)


def _statistic(statistic: Statistic, plan: _Plan) -> Statistic:
    relayed_via = tuple(plan.renamed(relay) for relay in statistic.relayed_via)
    if plan.protected(statistic.source_id) is None or statistic.source_id is None:
        if relayed_via == statistic.relayed_via:
            return statistic
        return attrs.evolve(statistic, relayed_via=relayed_via)
    fields = (
        _kept(statistic, STATISTIC_KEPT)
        if statistic.disclosure is None
        else attrs.asdict(statistic, recurse=False)
    )
    fields["source_id"] = plan.renamed(statistic.source_id)
    fields["relayed_via"] = relayed_via
    return Statistic(**fields)


def _unlinked(statistic: Statistic, removed: set[str]) -> Statistic:
    """Drop a derivation from a removed statistic.

    The stated share or change would let a reader work the removed figure out
    again, so the link goes with it; the derived figure itself stays.
    """
    derivation = statistic.derivation
    if derivation is None or removed.isdisjoint(derivation.inputs):
        return statistic
    return attrs.evolve(statistic, derivation=None)


def _claim(
    claim: Claim, plan: _Plan, removed_quotes: set[str], removed_statistics: set[str]
) -> Claim:
    fields = (
        attrs.asdict(claim, recurse=False)
        if plan.protected(claim.source_id) is None
        else _kept(claim, CLAIM_KEPT)
    )
    if claim.source_id is not None:
        fields["source_id"] = plan.renamed(claim.source_id)
    fields["quote_ids"] = tuple(i for i in claim.quote_ids if i not in removed_quotes)
    fields["statistic_ids"] = tuple(
        i for i in claim.statistic_ids if i not in removed_statistics
    )
    return Claim(**fields)


_COLLECTIONS: Final = frozenset(
    {"sources", "quotes", "statistics", "claims", "relations"}
)


def _redact(
    report: Report, path: str, protects: frozenset[Disclosure], matcher: _Matcher
) -> tuple[Report, list[str]]:
    """Redact one report (and those it carries); return it and the leaks found.

    Leak paths are those of the report given, so that a removed quote does not
    shift the indices a user is told about, and come in field order.
    """
    plan = _plan(report, protects)
    leaks: dict[str, list[str]] = {name: [] for name in _COLLECTIONS}

    sources = []
    for index, source in enumerate(report.sources):
        new_source = (
            _redacted_source(source, plan.pseudonyms[index])
            if index in plan.pseudonyms
            else _public_source(source, plan)
        )
        leaks["sources"].extend(_scan(new_source, f"{path}.sources[{index}]", matcher))
        sources.append(new_source)

    quotes = []
    removed_quotes: set[str] = set()
    for index, quote in enumerate(report.quotes):
        if quote.disclosure in protects:
            removed_quotes.add(quote.id)
            continue
        new_quote = _quote(quote, plan)
        leaks["quotes"].extend(_scan(new_quote, f"{path}.quotes[{index}]", matcher))
        quotes.append(new_quote)

    statistics = []
    removed_statistics = {
        statistic.id
        for statistic in report.statistics
        if statistic.disclosure in protects
    }
    for index, statistic in enumerate(report.statistics):
        if statistic.disclosure in protects:
            continue
        new_statistic = _unlinked(_statistic(statistic, plan), removed_statistics)
        leaks["statistics"].extend(
            _scan(new_statistic, f"{path}.statistics[{index}]", matcher)
        )
        statistics.append(new_statistic)

    claims = []
    # Pruned id lists are scanned as given, so that positions stay the user's.
    lists = {"quote_ids": removed_quotes, "statistic_ids": removed_statistics}
    for index, claim in enumerate(report.claims):
        new_claim = _claim(claim, plan, removed_quotes, removed_statistics)
        claim_path = f"{path}.claims[{index}]"
        for field in attrs.fields(Claim):
            if field.name not in lists:
                leaks["claims"].extend(
                    _scan(
                        getattr(new_claim, field.name),
                        f"{claim_path}.{field.name}",
                        matcher,
                    )
                )
                continue
            for position, kept_id in enumerate(getattr(claim, field.name)):
                if kept_id not in lists[field.name]:
                    leaks["claims"].extend(
                        _scan(
                            kept_id, f"{claim_path}.{field.name}[{position}]", matcher
                        )
                    )
        claims.append(new_claim)

    relations = []
    for index, relation in enumerate(report.relations):
        relation_path = f"{path}.relations[{index}]"
        related: Report | None = None
        related_leaks: list[str] = []
        if relation.report is not None:
            related, related_leaks = _redact(
                relation.report, f"{relation_path}.report", protects, matcher
            )
        for field in attrs.fields(Relation):
            if field.name == "report":
                leaks["relations"].extend(related_leaks)
            else:
                leaks["relations"].extend(
                    _scan(
                        getattr(relation, field.name),
                        f"{relation_path}.{field.name}",
                        matcher,
                    )
                )
        relations.append(
            relation
            if related is None
            else Relation(
                kind=relation.kind, target_id=relation.target_id, report=related
            )
        )

    redacted = attrs.evolve(
        report,
        sources=tuple(sources),
        quotes=tuple(quotes),
        statistics=tuple(statistics),
        claims=tuple(claims),
        relations=tuple(relations),
    )
    found: list[str] = []
    for field in attrs.fields(Report):
        if field.name in leaks:
            found.extend(leaks[field.name])
        else:
            found.extend(
                _scan(getattr(redacted, field.name), f"{path}.{field.name}", matcher)
            )
    return redacted, found


def redact(
    report: Report,
    audience: Audience | Literal["public", "internal"] = Audience.PUBLIC,
) -> Report:
    """Return the version of *report* that *audience* may see.

    Redaction is an allow-list. For the public audience, a restricted or
    confidential source keeps only its kind, its public description and its
    disclosure, under a pseudonymous id (``source-1``, ``source-2``, ... in
    report order); every reference to it follows the new id. The quotes and
    statistics it gave are kept (the words and figures are the evidence), with
    the attribution as printed replaced by the description, but their notes and
    extensions are dropped. A quote or statistic whose own disclosure the
    audience may not see is removed, and claims stop referring to it. Related
    reports carried in relations are redacted the same way. The internal
    audience sees restricted sources and redacts confidential ones.

    Redacting twice gives the same report as redacting once.

        >>> import attrs
        >>> from rightsreport import Disclosure, redact
        >>> from rightsreport.examples import cambodia_2020
        >>> article = cambodia_2020()
        >>> analyst = attrs.evolve(
        ...     article.source("em-sovannara"),
        ...     disclosure=Disclosure.CONFIDENTIAL,
        ...     description="a political analyst",
        ... )
        >>> private = attrs.evolve(
        ...     article,
        ...     sources=tuple(
        ...         analyst if s.id == analyst.id else s for s in article.sources
        ...     ),
        ... )
        >>> public = redact(private)
        >>> public.source("source-1")
        Source(id='source-1', kind=<SourceKind.PERSON: 'person'>, identification=<IdentificationLevel.DESCRIBED_UNNAMED: 'described_unnamed'>, name=None, description='a political analyst', ...)
        >>> public.quote("sovannara-gsp").attributed_as
        'a political analyst'
        >>> redact(public) == public
        True

    Args:
        report: The report to redact.
        audience: Who the result is for.

    Raises:
        DisclosureError: The name or an alias of a source the audience may not
            identify would still appear in the result (in any text, id, note or
            extension, here or in a related report). Matching ignores case and
            punctuation and finds names inside longer words, so it may refuse
            more than it must; it never refuses less. The error names the paths,
            never the name.
        InvalidFieldError: *report* is not a Report, or *audience* is unknown.
    """
    if not isinstance(report, Report):
        raise InvalidFieldError("report", "a Report", type(report).__name__)
    chosen = _audience(audience)
    protects = chosen.protects
    matcher = _Matcher(
        name
        for member in _tree(report)
        for source in member.sources
        if source.disclosure in protects
        for name in source.names
    )
    redacted, leaks = _redact(report, "$", protects, matcher)
    if leaks:
        raise DisclosureError(tuple(dict.fromkeys(leaks)), chosen.value)
    return redacted
