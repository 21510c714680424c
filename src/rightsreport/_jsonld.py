"""Linked data: a report as schema.org JSON-LD with an inline context.

:func:`to_jsonld` returns a JSON-compatible ``dict`` whose ``@context`` is given
inline, so a JSON-LD processor expands it without fetching anything. Nodes are
blank nodes (``_:<report id>`` and ``_:<report id>/source/<source id>``): this
library mints no IRIs on anyone's behalf.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from rightsreport._dates import PartialDate, Period
from rightsreport._derivation import DERIVATION_KINDS
from rightsreport._errors import InvalidFieldError
from rightsreport._quote import Quote
from rightsreport._report import Claim, Illustration, Issuer, Relation, Report
from rightsreport._source import Source
from rightsreport._statistic import Number, Statistic
from rightsreport._values import (
    Affiliation,
    Identifier,
    InstrumentArticle,
    LocalisedText,
    Place,
)
from rightsreport._vocabulary import (
    RelationKind,
    ReportKind,
    RightsCategory,
    SourceKind,
    StatisticQualifier,
)

__all__ = ["CONTEXT", "to_jsonld"]

JSON = dict[str, Any]

#: The inline context: schema.org terms by default, ``xsd`` for typed decimal
#: literals, and ``prov`` (W3C PROV-O) for ``prov:wasDerivedFrom``, which links a
#: derived figure to the figures it derives from.
CONTEXT: Final = {
    "@vocab": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
}

_REPORT_TYPES: Final = {
    ReportKind.NEWS_ARTICLE: "NewsArticle",
    ReportKind.DATASET: "Dataset",
}
_SOURCE_TYPES: Final = {
    SourceKind.PERSON: "Person",
    SourceKind.ORGANISATION: "Organization",
    SourceKind.GOVERNMENT_BODY: "GovernmentOrganization",
    SourceKind.DOCUMENT: "CreativeWork",
    SourceKind.UNNAMED: "Thing",
}
#: The property that holds a source's roles, by kind; documents hold none.
_ROLE_PROPERTIES: Final = {
    SourceKind.PERSON: "affiliation",
    SourceKind.UNNAMED: "affiliation",
    SourceKind.ORGANISATION: "memberOf",
    SourceKind.GOVERNMENT_BODY: "memberOf",
}
_RELATION_PROPERTIES: Final = {
    RelationKind.IS_ABOUT: "about",
    RelationKind.CITES: "citation",
    RelationKind.RESPONDS_TO: "citation",
    RelationKind.IS_ADDENDUM_OF: "isPartOf",
}
_SECTIONS: Final = "US State Department Country Reports on Human Rights Practices"


def _compact(node: JSON) -> JSON:
    """Drop the keys whose value is ``None`` or an empty list."""
    return {k: v for k, v in node.items() if v is not None and v != []}


def _date(value: PartialDate | Period | None) -> str | None:
    return None if value is None else str(value)


def _number(value: Number) -> int | JSON:
    if isinstance(value, Decimal):
        return {"@value": str(value), "@type": "xsd:decimal"}
    return value


def _report_id(report_id: str) -> str:
    return f"_:{report_id}"


def _item_id(report: Report, kind: str, item_id: str) -> str:
    return f"_:{report.id}/{kind}/{item_id}"


def _source_id(report: Report, source: Source) -> str:
    """Return the node id of *source*: a known report's own, for a document."""
    if source.kind is SourceKind.DOCUMENT and source.report_id is not None:
        return _report_id(source.report_id)
    return _item_id(report, "source", source.id)


def _property_value(property_id: str, value: object, **more: object) -> JSON:
    return _compact(
        {"@type": "PropertyValue", "propertyID": property_id, "value": value, **more}
    )


def _identifiers(identifiers: tuple[Identifier, ...]) -> list[JSON]:
    return [_property_value(i.scheme, i.value) for i in identifiers]


def _place(place: Place | None) -> JSON | None:
    if place is None:
        return None
    address = None
    if place.country is not None or place.subdivision is not None:
        address = _compact(
            {
                "@type": "PostalAddress",
                "addressCountry": place.country,
                "addressRegion": place.subdivision,
            }
        )
    return _compact({"@type": "Place", "name": place.name, "address": address})


def _category(category: RightsCategory) -> JSON:
    return {
        "@type": "DefinedTerm",
        "termCode": category.code,
        "name": category.value,
        "inDefinedTermSet": {"@type": "DefinedTermSet", "name": _SECTIONS},
    }


def _instrument(article: InstrumentArticle) -> JSON:
    return {
        "@type": "DefinedTerm",
        "termCode": str(article.article),
        "name": str(article),
        "inDefinedTermSet": {
            "@type": "DefinedTermSet",
            "name": article.instrument.name,
        },
    }


def _issuer(issuer: Issuer | None) -> JSON | None:
    if issuer is None:
        return None
    department = (
        None if issuer.unit is None else {"@type": "Organization", "name": issuer.unit}
    )
    return _compact(
        {
            "@type": "Organization",
            "name": issuer.name,
            "alternateName": issuer.abbreviation,
            "department": department,
            "address": None
            if issuer.country is None
            else {"@type": "PostalAddress", "addressCountry": issuer.country},
        }
    )


def _role(
    affiliation: Affiliation, prop: str, organisations: dict[str, str]
) -> JSON | None:
    """Return the role node between a source and a body (schema.org's Role)."""
    if affiliation.organisation is None and affiliation.organisation_id is None:
        return None
    target: JSON
    if affiliation.organisation_id in organisations:
        target = {"@id": organisations[affiliation.organisation_id]}
    else:
        target = _compact({"@type": "Organization", "name": affiliation.organisation})
    period = affiliation.period
    return _compact(
        {
            "@type": "OrganizationRole",
            "roleName": affiliation.role,
            "startDate": None if period is None else _date(period.start),
            "endDate": None if period is None else _date(period.end),
            prop: target,
        }
    )


def _source(report: Report, source: Source, organisations: dict[str, str]) -> JSON:
    prop = _ROLE_PROPERTIES.get(source.kind)
    roles: list[JSON] = []
    titles: list[str] = []
    if prop is not None:
        for affiliation in source.affiliations:
            role = _role(affiliation, prop, organisations)
            if role is not None:
                roles.append(role)
            elif affiliation.role is not None and source.kind is SourceKind.PERSON:
                titles.append(affiliation.role)
    wikidata = [
        f"https://www.wikidata.org/wiki/{i.value}"
        for i in source.external_ids
        if i.scheme == "wikidata"
    ]
    return _compact(
        {
            "@id": _source_id(report, source),
            "@type": _SOURCE_TYPES[source.kind],
            "name": source.name,
            "alternateName": list(source.aliases),
            "description": source.description,
            "sameAs": wikidata,
            "identifier": _identifiers(
                tuple(i for i in source.external_ids if i.scheme != "wikidata")
            ),
            "jobTitle": titles,
            prop or "affiliation": roles,
        }
    )


def _localised(text: LocalisedText | None) -> JSON | None:
    if text is None:
        return None
    return {"@type": "Quotation", "text": text.text, "inLanguage": text.language}


def _quotation(quote: Quote, report: Report, speakers: dict[str, str]) -> JSON:
    speaker = (
        None
        if quote.speaker_id is None or quote.speaker_id not in speakers
        else {"@id": speakers[quote.speaker_id]}
    )
    return _compact(
        {
            "@id": _item_id(report, "quote", quote.id),
            "@type": "Quotation",
            "text": quote.text,
            "genre": quote.kind.value,
            "creator": speaker,
            "spokenByCharacter": speaker,
            "creditText": quote.attributed_as,
            "dateCreated": _date(quote.said_on),
            "inLanguage": quote.language,
            "translationOfWork": _localised(quote.original),
            "workTranslation": _localised(quote.translation),
        }
    )


def _observation(
    statistic: Statistic,
    report: Report,
    labels: dict[str, str],
    statistic_ids: frozenset[str],
) -> JSON:
    def label(source_id: str) -> str:
        return labels.get(source_id, source_id)

    extra = [
        _property_value("qualifier", statistic.qualifier.value),
        _property_value("kind", statistic.kind.value),
    ]
    if statistic.source_id is not None:
        extra.append(_property_value("source", label(statistic.source_id)))
    if statistic.relayed_via:
        relays = " -> ".join(map(label, statistic.relayed_via))
        extra.append(_property_value("relayed_via", relays))
    if statistic.category is not None:
        extra.append(
            _property_value(
                "category", statistic.category.code, name=statistic.category.value
            )
        )
    breakdown = statistic.breakdown
    if breakdown is not None:
        extra.append(_property_value("breakdown", breakdown.completeness.value))
        extra.extend(
            _property_value(
                "breakdown_part",
                _number(part.value),
                name=part.label,
                unitText=part.unit,
            )
            for part in breakdown.parts
        )
    derivation = statistic.derivation
    derived_from = []
    if derivation is not None:
        extra.append(
            _property_value(
                "derivation",
                DERIVATION_KINDS[type(derivation)],
                description=derivation.stated,
            )
        )
        derived_from = [
            {"@id": _item_id(report, "statistic", statistic_id)}
            for statistic_id in derivation.inputs
            if statistic_id in statistic_ids
        ]
    if statistic.baseline:
        extra.append(_property_value("baseline", value=True))
    qualifier = statistic.qualifier
    value = _number(statistic.value)
    return _compact(
        {
            "@id": _item_id(report, "statistic", statistic.id),
            "@type": "Observation",
            "measuredProperty": {"@type": "Property", "name": statistic.measure},
            "value": value,
            "minValue": value if qualifier is StatisticQualifier.AT_LEAST else None,
            "maxValue": value if qualifier is StatisticQualifier.AT_MOST else None,
            "unitText": statistic.unit,
            "observationDate": _date(statistic.as_of),
            "observationPeriod": _date(statistic.period),
            "observationAbout": _place(statistic.place),
            "additionalProperty": extra,
            "prov:wasDerivedFrom": derived_from,
        }
    )


def _claim(claim: Claim, report: Report, sources: dict[str, str]) -> JSON:
    about = [
        *([] if claim.category is None else [_category(claim.category)]),
        *map(_instrument, claim.instruments),
    ]
    author = (
        {"@id": sources[claim.source_id]}
        if claim.source_id is not None and claim.source_id in sources
        else None
    )
    return _compact(
        {
            "@id": _item_id(report, "claim", claim.id),
            "@type": "Claim",
            "text": claim.text,
            "about": about,
            "author": author,
        }
    )


def _image(illustration: Illustration) -> JSON:
    return _compact(
        {
            "@type": "ImageObject",
            "caption": illustration.caption,
            "creditText": illustration.credit,
            "contentReferenceTime": _date(illustration.depicted_on),
            "contentLocation": _place(illustration.place),
        }
    )


def _related(relation: Relation) -> JSON:
    if relation.report is None:
        return {"@id": _report_id(relation.target_id)}
    return _report(relation.report)


def _report(report: Report) -> JSON:
    ids: dict[str, str] = {}
    labels: dict[str, str] = {}
    for source in report.sources:
        ids.setdefault(source.id, _source_id(report, source))
        labels.setdefault(source.id, source.label)
    relations: dict[str, list[JSON]] = {}
    for relation in report.relations:
        prop = _RELATION_PROPERTIES[relation.kind]
        relations.setdefault(prop, []).append(_related(relation))
    urls = [i.value for i in report.identifiers if i.scheme == "url"]
    statistic_ids = frozenset(s.id for s in report.statistics)
    return _compact(
        {
            "@id": _report_id(report.id),
            "@type": _REPORT_TYPES.get(report.kind, "Report"),
            "name": report.title,
            "genre": report.kind.value,
            "publisher": _issuer(report.issuer),
            "spatialCoverage": [
                _place(Place(country=code)) for code in report.subject_countries
            ],
            "temporalCoverage": _date(report.coverage),
            "version": report.edition,
            "datePublished": _date(report.published),
            "inLanguage": report.language,
            "numberOfPages": report.page_count,
            "url": urls,
            "identifier": _identifiers(
                tuple(i for i in report.identifiers if i.scheme != "url")
            ),
            "mentions": [
                *(_source(report, source, ids) for source in report.sources),
                *(
                    _observation(s, report, labels, statistic_ids)
                    for s in report.statistics
                ),
            ],
            "hasPart": [
                *(_claim(claim, report, ids) for claim in report.claims),
                *(_quotation(quote, report, ids) for quote in report.quotes),
            ],
            "image": [_image(i) for i in report.illustrations],
            **relations,
        }
    )


def to_jsonld(report: Report) -> dict[str, Any]:
    """Return *report* as schema.org JSON-LD, with its ``@context`` inline.

    The report is a ``NewsArticle`` (a news article), a ``Dataset`` (a data
    set) or a ``Report`` (any other kind, named in ``genre``). Its sources are
    ``Person``, ``Organization``, ``GovernmentOrganization``, ``CreativeWork``
    (a document; one that is a known report is that report's node) or
    ``Thing`` (unnamed) nodes it ``mentions``, with dated roles as
    ``OrganizationRole`` nodes (``roleName``, ``startDate``, ``endDate``).
    Quotes are ``Quotation`` parts whose ``creator`` and ``spokenByCharacter``
    are the speaker; statistics are ``Observation`` nodes with a
    ``measuredProperty``, ``value``, ``unitText``, ``observationDate`` and
    ``observationPeriod``, and their qualifier, source, relays and breakdown as
    ``additionalProperty`` values. A derived figure links the figures it derives
    from with ``prov:wasDerivedFrom`` and says how in a ``derivation`` property
    (its kind as the value, what the text states as the description); a
    baseline figure has a ``baseline`` property. ``is_about`` becomes ``about``, ``cites`` and
    ``responds_to`` ``citation``, ``is_addendum_of`` ``isPartOf``; carried
    reports are nested in full. Dates are EDTF, which ISO 8601-2 includes;
    decimals are ``xsd:decimal`` literals. Notes and extensions are not
    exported.

    Everything given is exported: call :func:`~rightsreport.redact` first for a
    public graph.

        >>> from rightsreport import to_jsonld
        >>> from rightsreport.examples import cambodia_2020
        >>> doc = to_jsonld(cambodia_2020())
        >>> doc["@context"]["@vocab"], doc["@type"], doc["datePublished"]
        ('https://schema.org/', 'NewsArticle', '2021')
        >>> doc["about"][0]["@type"], doc["about"][0]["temporalCoverage"]
        ('Report', '2020/2020')

    Raises:
        InvalidFieldError: *report* is not a Report.
    """
    if not isinstance(report, Report):
        raise InvalidFieldError("report", "a Report", type(report).__name__)
    return {"@context": dict(CONTEXT), **_report(report)}
