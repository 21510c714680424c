"""Linked data: the worked example as schema.org, expanded offline by pyld."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, NoReturn

import attrs
import pytest
from hypothesis import given
from pyld import jsonld

from rightsreport import (
    Affiliation,
    Claim,
    Disclosure,
    IdentificationLevel,
    Identifier,
    InvalidFieldError,
    LocalisedText,
    Period,
    Quote,
    QuoteKind,
    Relation,
    RelationKind,
    Report,
    ReportKind,
    ShareOf,
    Source,
    SourceKind,
    Statistic,
    StatisticQualifier,
    TotalOf,
    redact,
    to_jsonld,
)
from rightsreport.examples import cambodia_2020
from rightsreport.testing import reports

S = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
Node = dict[str, Any]


class NetworkRefusedError(AssertionError):
    """Raised when a JSON-LD processor tries to fetch a document."""


#: The URLs a processor asked the loader for during a test.
FETCHED: list[str] = []


def _refuse(url: str, options: object = None) -> NoReturn:
    FETCHED.append(url)
    raise NetworkRefusedError(url)


OPTIONS = {"documentLoader": _refuse}


class Graph:
    """The flattened, expanded graph of a document, for looking nodes up."""

    def __init__(self, doc: dict[str, Any]) -> None:
        flat = jsonld.flatten(doc, None, OPTIONS)
        nodes = flat["@graph"] if isinstance(flat, dict) else flat
        self.nodes: dict[str, Node] = {node["@id"]: node for node in nodes}

    def of_type(self, name: str) -> list[Node]:
        return [n for n in self.nodes.values() if S + name in n.get("@type", [])]

    def one(self, name: str, prop: str, value: object) -> Node:
        (node,) = [n for n in self.of_type(name) if self.value(n, prop) == value]
        return node

    def values(self, node: Node, prop: str) -> list[Any]:
        return [
            self.nodes[v["@id"]] if "@id" in v else v["@value"]
            for v in node.get(S + prop, [])
        ]

    def value(self, node: Node, prop: str) -> Any:
        found = self.values(node, prop)
        return found[0] if len(found) == 1 else found or None


@pytest.fixture(scope="module")
def graph() -> Graph:
    """The worked example's graph."""
    return Graph(to_jsonld(cambodia_2020()))


def _report(**changes: Any) -> Report:
    fields: dict[str, Any] = {
        "id": "r1",
        "kind": ReportKind.MONITORING_REPORT,
        "title": "Monitoring report",
    }
    fields.update(changes)
    return Report(**fields)


# The context


def test_the_context_is_inline_and_nothing_is_fetched(article: Report) -> None:
    """Expansion works with a loader that refuses every fetch."""
    doc = to_jsonld(article)
    assert doc["@context"] == {"@vocab": S, "xsd": XSD, "prov": PROV}
    FETCHED.clear()
    expanded = jsonld.expand(doc, OPTIONS)
    assert expanded[0]["@type"] == [S + "NewsArticle"]
    assert FETCHED == []
    # The guard works: a remote context is asked for, and refused.
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand({**doc, "@context": "https://schema.org/"}, OPTIONS)
    assert FETCHED == ["https://schema.org/"]


def test_the_document_is_plain_json(article: Report) -> None:
    """``json.dumps`` takes it as it is, and the context is a fresh copy."""
    doc = to_jsonld(article)
    assert json.loads(json.dumps(doc)) == doc
    doc["@context"]["@vocab"] = "changed"
    assert to_jsonld(article)["@context"]["@vocab"] == S


def test_only_a_report_is_exported() -> None:
    """Anything else is refused by type."""
    with pytest.raises(InvalidFieldError) as caught:
        to_jsonld("report")  # type: ignore[arg-type]
    assert str(caught.value) == "'report' must be a Report (got str)"


# The worked example's triples


def test_the_article_and_the_report_it_is_about(graph: Graph) -> None:
    """Two documents: a NewsArticle about a Report, with their own dates."""
    (article,) = graph.of_type("NewsArticle")
    assert graph.value(article, "datePublished") == "2021"
    assert graph.value(article, "inLanguage") == "en"
    publisher = graph.value(article, "publisher")
    assert isinstance(publisher, dict)
    assert graph.value(publisher, "alternateName") == "CamboJA"
    report = graph.value(article, "about")
    assert isinstance(report, dict)
    assert S + "Report" in report["@type"]
    assert graph.value(report, "temporalCoverage") == "2020/2020"
    assert graph.value(report, "datePublished") == "2021-03-30"
    assert graph.value(report, "version") == (
        "2020 Country Reports on Human Rights Practices"
    )
    assert report[S + "numberOfPages"] == [{"@value": 35}]  # a native JSON number
    issuer = graph.value(report, "publisher")
    assert isinstance(issuer, dict)
    department = graph.value(issuer, "department")
    assert isinstance(department, dict)
    assert graph.value(department, "name") == (
        "Bureau of Democracy, Human Rights, and Labor"
    )
    (country,) = [
        graph.value(p, "address") for p in graph.values(report, "spatialCoverage")
    ]
    assert isinstance(country, dict)
    assert graph.value(country, "addressCountry") == "KH"


def test_quotations_name_their_speaker(graph: Graph) -> None:
    """The misspelt attribution stays credit text; creator is the one person."""
    quote = graph.one("Quotation", "creditText", "Rodemeier")
    person = graph.value(quote, "creator")
    assert isinstance(person, dict)
    assert person["@type"] == [S + "Person"]
    assert graph.value(person, "name") == "Chad Roedemeier"
    assert graph.value(quote, "spokenByCharacter") is person
    assert graph.value(quote, "genre") == "verbatim"
    # The report's own passages are findings (claims), not quotations.
    assert len(graph.of_type("Quotation")) == len(cambodia_2020().quotes) == 14


def test_a_document_quoted_is_the_report_node(graph: Graph) -> None:
    """Quotes of "the 35-page report" are created by the report itself."""
    (article,) = graph.of_type("NewsArticle")
    report = graph.value(article, "about")
    quotes = [
        q
        for q in graph.values(article, "hasPart")
        if isinstance(q, dict) and graph.value(q, "creator") is report
    ]
    assert sorted(str(graph.value(q, "text"))[:20] for q in quotes) == [
        "A pervasive culture ",
        "Government officials",
    ]


def test_people_hold_roles_at_organisations(graph: Graph) -> None:
    """Two roles at once: an OrganizationRole each, between person and body."""
    malin = graph.one("Person", "name", "Chin Malin")
    roles = graph.values(malin, "affiliation")
    assert all(
        isinstance(r, dict) and r["@type"] == [S + "OrganizationRole"] for r in roles
    )
    held = sorted(
        (
            graph.value(role, "roleName"),
            graph.value(graph.value(role, "affiliation"), "name"),
        )
        for role in roles
        if isinstance(role, dict)
    )
    assert held == [
        ("spokesperson", "Justice Ministry"),
        ("vice president", "Cambodian Human Rights Committee"),
    ]
    analyst = graph.one("Person", "name", "Em Sovannara")
    assert graph.value(analyst, "jobTitle") == "political analyst"
    state = graph.one("GovernmentOrganization", "name", "U.S. Department of State")
    assert sorted(map(str, graph.values(state, "alternateName"))) == [
        "State Department",
        "US State Department",
    ]


def test_the_assemblies_are_an_observation_with_its_breakdown(graph: Graph) -> None:
    """185 assemblies from April 2019 to March 2020: 101 + 68 + 16."""
    (node,) = [
        n
        for n in graph.of_type("Observation")
        if graph.value(n, "observationPeriod") == "2019-04/2020-03"
    ]
    assert node[S + "value"] == [{"@value": 185}]
    assert graph.value(node, "unitText") == "assemblies"
    measured = graph.value(node, "measuredProperty")
    assert isinstance(measured, dict)
    assert measured["@type"] == [S + "Property"]
    assert graph.value(measured, "name") == "assemblies taking place"
    extra = {}
    parts = {}
    for value in graph.values(node, "additionalProperty"):
        assert isinstance(value, dict)
        if graph.value(value, "propertyID") == "breakdown_part":
            parts[graph.value(value, "name")] = graph.value(value, "value")
        else:
            extra[graph.value(value, "propertyID")] = graph.value(value, "value")
    assert parts == {"land rights": 101, "workers’ rights": 68, "other reasons": 16}
    assert sum(parts.values()) == 185
    assert extra == {
        "qualifier": "exact",
        "kind": "count",
        "source": "another unnamed human rights NGO",
        "category": "2.b",
        "breakdown": "exhaustive",
    }


def test_the_violations_count_keeps_its_date_and_relay(graph: Graph) -> None:
    """62 cases as of July 2020, from an unnamed NGO via the State Department."""
    nodes = [
        n for n in graph.of_type("Observation") if graph.value(n, "observationDate")
    ]
    assert len(nodes) == 2  # the article's and the report's own
    extras = [
        {
            graph.value(v, "propertyID"): graph.value(v, "value")
            for v in graph.values(n, "additionalProperty")
        }
        for n in nodes
    ]
    relayed = [e for e in extras if "relayed_via" in e]
    assert relayed == [
        {
            "qualifier": "exact",
            "kind": "count",
            "source": "an unnamed NGO cited in the State Department report",
            "relayed_via": "2020 Country Reports on Human Rights Practices: Cambodia",
            "category": "2.b",
        }
    ]
    assert {graph.value(n, "observationDate") for n in nodes} == {"2020-07"}


def test_findings_are_claims_about_sections_and_articles(graph: Graph) -> None:
    """The torture finding is about section 1.c and ICCPR article 7."""
    torture = [
        c
        for c in graph.of_type("Claim")
        if str(graph.value(c, "text")).startswith("Torture")
    ]
    assert len(torture) == 1
    terms = sorted(
        (str(graph.value(t, "termCode")), str(graph.value(t, "name")))
        for t in graph.values(torture[0], "about")
        if isinstance(t, dict)
    )
    assert terms == [("1.c", "torture"), ("7", "ICCPR art. 7")]


def test_the_photograph_is_an_image(graph: Graph) -> None:
    """Caption, credit, when and where the scene took place."""
    (image,) = graph.of_type("ImageObject")
    assert graph.value(image, "creditText") == "CamboJA/Panha Chhorpoan"
    assert graph.value(image, "contentReferenceTime") == "2020-10"
    place = graph.value(image, "contentLocation")
    assert isinstance(place, dict)
    assert graph.value(place, "name") == "the US embassy"


def test_n_quads_hold_the_figures(article: Report) -> None:
    """The RDF carries the figures as typed literals."""
    nquads = jsonld.to_rdf(
        to_jsonld(article), {"format": "application/n-quads", **OPTIONS}
    )
    lines = nquads.splitlines()
    for figure in (62, 185, 101, 68, 16, 35):
        literal = f'"{figure}"^^<{XSD}integer> .'
        assert any(line.endswith(literal) for line in lines), figure
    assert any(
        line.endswith(f'<{S}observationPeriod> "2019-04/2020-03" .') for line in lines
    )


# Mapping rules


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (RelationKind.IS_ABOUT, "about"),
        (RelationKind.CITES, "citation"),
        (RelationKind.RESPONDS_TO, "citation"),
        (RelationKind.IS_ADDENDUM_OF, "isPartOf"),
    ],
)
def test_relations(kind: RelationKind, expected: str) -> None:
    """A carried report is nested in full; a referenced one is a node id."""
    carried = _report(id="r2", title="The other report")
    doc = to_jsonld(
        _report(
            relations=(
                Relation(kind=kind, target_id="r2", report=carried),
                Relation(kind=kind, target_id="r3"),
            )
        )
    )
    nested, referenced = doc[expected]
    assert (nested["@id"], nested["name"]) == ("_:r2", "The other report")
    assert referenced == {"@id": "_:r3"}


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        (ReportKind.NEWS_ARTICLE, "NewsArticle"),
        (ReportKind.DATASET, "Dataset"),
        (ReportKind.COUNTRY_REPORT, "Report"),
        (ReportKind.PRESS_RELEASE, "Report"),
    ],
)
def test_report_types(kind: ReportKind, schema_type: str) -> None:
    """News articles and data sets have their own types; the rest are Reports."""
    doc = to_jsonld(_report(kind=kind))
    assert (doc["@type"], doc["genre"]) == (schema_type, kind.value)


def test_sources_of_every_kind() -> None:
    """Types by kind; ids become sameAs or identifiers; roles as the kind allows."""
    ngo = Source(
        id="ngo",
        kind=SourceKind.ORGANISATION,
        identification=IdentificationLevel.NAMED,
        name="LICADHO",
        external_ids=(
            Identifier(scheme="wikidata", value="Q6458277"),
            Identifier(scheme="viaf", value="12345"),
        ),
        affiliations=(
            Affiliation(organisation="Cambodian Human Rights Action Coalition"),
            Affiliation(role="member"),
        ),
    )
    lawyer = Source(
        id="lawyer",
        kind=SourceKind.PERSON,
        identification=IdentificationLevel.NAMED,
        name="Sam Sokong",
        affiliations=(
            Affiliation(
                role="lawyer",
                organisation_id="ngo",
                period=Period.from_edtf("2015-06/.."),
            ),
        ),
    )
    body = Source(
        id="ministry",
        kind=SourceKind.GOVERNMENT_BODY,
        identification=IdentificationLevel.ORGANISATION_ONLY,
        name="Interior Ministry",
    )
    paper = Source(
        id="paper",
        kind=SourceKind.DOCUMENT,
        identification=IdentificationLevel.NAMED,
        name="A leaked memo",
        affiliations=(Affiliation(organisation="Interior Ministry"),),
    )
    doc = to_jsonld(_report(sources=(ngo, lawyer, body, paper)))
    by_id = {node["@id"]: node for node in doc["mentions"]}
    assert by_id["_:r1/source/ngo"] == {
        "@id": "_:r1/source/ngo",
        "@type": "Organization",
        "name": "LICADHO",
        "sameAs": ["https://www.wikidata.org/wiki/Q6458277"],
        "identifier": [
            {"@type": "PropertyValue", "propertyID": "viaf", "value": "12345"}
        ],
        "memberOf": [
            {
                "@type": "OrganizationRole",
                "memberOf": {
                    "@type": "Organization",
                    "name": "Cambodian Human Rights Action Coalition",
                },
            }
        ],
    }
    assert by_id["_:r1/source/lawyer"]["affiliation"] == [
        {
            "@type": "OrganizationRole",
            "roleName": "lawyer",
            "startDate": "2015-06",
            "affiliation": {"@id": "_:r1/source/ngo"},
        }
    ]
    assert by_id["_:r1/source/ministry"]["@type"] == "GovernmentOrganization"
    assert by_id["_:r1/source/paper"] == {
        "@id": "_:r1/source/paper",
        "@type": "CreativeWork",
        "name": "A leaked memo",
    }


def test_dated_roles_expand_to_start_and_end_dates() -> None:
    """A role's period gives the role node its startDate and endDate."""
    spokesperson = Source(
        id="malin",
        kind=SourceKind.PERSON,
        identification=IdentificationLevel.NAMED,
        name="Chin Malin",
        affiliations=(
            Affiliation(
                role="spokesperson",
                organisation="Justice Ministry",
                period=Period.from_edtf("2015/2019-06"),
            ),
        ),
    )
    graph = Graph(to_jsonld(_report(sources=(spokesperson,))))
    (role,) = graph.of_type("OrganizationRole")
    assert graph.value(role, "startDate") == "2015"
    assert graph.value(role, "endDate") == "2019-06"
    assert graph.value(role, "roleName") == "spokesperson"


@pytest.mark.parametrize(
    ("qualifier", "bounds"),
    [
        (StatisticQualifier.AT_LEAST, {"minValue"}),
        (StatisticQualifier.AT_MOST, {"maxValue"}),
        (StatisticQualifier.APPROXIMATELY, set()),
    ],
)
def test_figures_qualifiers_and_decimals(
    qualifier: StatisticQualifier, bounds: set[str]
) -> None:
    """Decimals are typed literals; "at least" and "at most" become bounds."""
    statistic = Statistic(
        id="n", value=Decimal("12.5"), measure="share", qualifier=qualifier
    )
    (node,) = to_jsonld(_report(statistics=(statistic,)))["mentions"]
    decimal = {"@value": "12.5", "@type": "xsd:decimal"}
    assert node["value"] == decimal
    assert {key for key in ("minValue", "maxValue") if key in node} == bounds
    assert all(node[key] == decimal for key in bounds)
    graph = Graph(to_jsonld(_report(statistics=(statistic,))))
    (observation,) = graph.of_type("Observation")
    assert observation[S + "value"] == [{"@value": "12.5", "@type": XSD + "decimal"}]


def test_derived_figures_link_what_they_derive_from() -> None:
    """prov:wasDerivedFrom links the figures; a derivation property says how."""
    report = _report(
        statistics=(
            Statistic(id="detained", value=1200, measure="detained"),
            Statistic(id="before", value=1000, measure="detained", baseline=True),
            Statistic(
                id="held",
                value=540,
                measure="held without charge",
                derivation=ShareOf(whole_id="detained", percent=45),
            ),
            Statistic(
                id="both",
                value=2200,
                measure="detained in two years",
                derivation=TotalOf(part_ids=("detained", "missing")),
            ),
        )
    )
    doc = to_jsonld(report)
    by_id = {node["@id"]: node for node in doc["mentions"]}
    assert by_id["_:r1/statistic/held"]["prov:wasDerivedFrom"] == [
        {"@id": "_:r1/statistic/detained"}
    ]
    graph = Graph(doc)
    detained, before, held, both = (
        graph.one("Observation", "value", value) for value in (1200, 1000, 540, 2200)
    )
    assert held[PROV + "wasDerivedFrom"] == [{"@id": detained["@id"]}]
    # An id that names no statistic of the report is not linked.
    assert both[PROV + "wasDerivedFrom"] == [{"@id": detained["@id"]}]

    def properties(node: Node) -> dict[str, tuple[object, object]]:
        return {
            graph.value(value, "propertyID"): (
                graph.value(value, "value"),
                graph.value(value, "description"),
            )
            for value in graph.values(node, "additionalProperty")
            if isinstance(value, dict)
        }

    assert properties(held)["derivation"] == ("share_of", "45%")
    assert properties(both)["derivation"] == ("total_of", None)
    assert properties(before)["baseline"] == (True, None)
    assert "baseline" not in properties(held)
    assert PROV + "wasDerivedFrom" not in detained


def test_quotes_in_translation_and_unresolved_speakers() -> None:
    """Original and translation are linked Quotations; no speaker, no creator."""
    quote = Quote(
        id="q",
        text="We were not warned",
        kind=QuoteKind.VERBATIM,
        speaker_id="nobody",
        language="en",
        original=LocalisedText(text="យើងមិនត្រូវបានព្រមានទេ", language="km"),
        translation=LocalisedText(text="On ne nous a pas prévenus", language="fr"),
    )
    (node,) = to_jsonld(_report(quotes=(quote,)))["hasPart"]
    assert "creator" not in node
    assert node["translationOfWork"] == {
        "@type": "Quotation",
        "text": "យើងមិនត្រូវបានព្រមានទេ",
        "inLanguage": "km",
    }
    assert node["workTranslation"]["inLanguage"] == "fr"


def test_identifiers_and_claim_authors() -> None:
    """A url identifier is the url; others are PropertyValues; claims have authors."""
    source = Source(
        id="ngo",
        kind=SourceKind.UNNAMED,
        identification=IdentificationLevel.DESCRIBED_UNNAMED,
        description="a local NGO",
    )
    doc = to_jsonld(
        _report(
            identifiers=(
                Identifier(scheme="url", value="https://example.org/r1"),
                Identifier(scheme="un_symbol", value="A/HRC/45/51"),
            ),
            sources=(source,),
            claims=(
                Claim(id="c1", text="Arrests rose", source_id="ngo"),
                Claim(id="c2", text="Trials were unfair", source_id="gone"),
            ),
        )
    )
    assert doc["url"] == ["https://example.org/r1"]
    assert doc["identifier"] == [
        {"@type": "PropertyValue", "propertyID": "un_symbol", "value": "A/HRC/45/51"}
    ]
    first, second = doc["hasPart"]
    assert first["author"] == {"@id": "_:r1/source/ngo"}
    assert "author" not in second


def test_a_redacted_report_exports_no_protected_name(article: Report) -> None:
    """Redact first, then export: the graph shows the description only."""
    private = attrs.evolve(
        article,
        sources=tuple(
            attrs.evolve(
                s, disclosure=Disclosure.CONFIDENTIAL, description="a senior official"
            )
            if s.id == "chin-malin"
            else s
            for s in article.sources
        ),
    )
    text = json.dumps(to_jsonld(redact(private)), ensure_ascii=False)
    assert "Chin Malin" not in text
    assert '"description": "a senior official"' in text


@given(reports(max_items=2))
def test_any_report_expands_offline(report: Report) -> None:
    """Every generated report exports to JSON that pyld expands without fetching."""
    doc = to_jsonld(report)
    json.dumps(doc)
    expanded = jsonld.expand(doc, OPTIONS)
    assert len(expanded) == 1
    assert expanded[0]["@id"] == f"_:{report.id}"
    assert expanded[0][S + "name"] == [{"@value": report.title}]
