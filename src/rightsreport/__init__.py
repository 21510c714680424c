"""Typed models of human-rights reports: documents, sources, quotes and statistics.

Everything public is importable from here, and :data:`__all__` is the whole public
surface. The submodules :mod:`rightsreport.examples` (the worked example) and
:mod:`rightsreport.testing` (hypothesis strategies, needs ``hypothesis``) are
public too; every other module is private.
"""

from __future__ import annotations

from rightsreport._dates import DatePrecision, PartialDate, Period
from rightsreport._derivation import (
    ChangeFrom,
    Derivation,
    DifferenceOf,
    RateOf,
    ShareOf,
    ShareWord,
    TotalOf,
)
from rightsreport._errors import (
    DateParseError,
    DisclosureError,
    InvalidFieldError,
    RightsReportError,
    StructureError,
    ValidationError,
)
from rightsreport._extensions import Extensions, FrozenJSONObject
from rightsreport._findings import Finding, Severity
from rightsreport._jsonld import to_jsonld
from rightsreport._quote import Quote
from rightsreport._redact import Audience, redact
from rightsreport._report import Claim, Illustration, Issuer, Relation, Report
from rightsreport._rules import RULES, Rule
from rightsreport._schema import json_schema
from rightsreport._serialise import (
    from_dict,
    from_json,
    make_converter,
    to_dict,
    to_json,
)
from rightsreport._source import Source
from rightsreport._statistic import Breakdown, BreakdownPart, Number, Statistic
from rightsreport._tables import (
    QUOTES_COLUMNS,
    STATISTICS_COLUMNS,
    quotes_table,
    statistics_table,
)
from rightsreport._text import Normalisation, TextAnchor, anchor_quote, text_findings
from rightsreport._validate import ValidationOptions, ValidationResult, validate
from rightsreport._values import (
    Affiliation,
    EditorialMark,
    Identifier,
    InstrumentArticle,
    LocalisedText,
    Locator,
    Place,
)
from rightsreport._vocabulary import (
    BreakdownCompleteness,
    Consent,
    Disclosure,
    EditorialMarkKind,
    IdentificationLevel,
    Instrument,
    IssuerType,
    OfficialResponse,
    Prevalence,
    QuoteKind,
    RelationKind,
    Reliability,
    ReportKind,
    RightsCategory,
    SourceConnection,
    SourceKind,
    StatisticKind,
    StatisticQualifier,
)

# Plain sorted() order, which tests/test_init.py checks (ruff sorts constants first).
__all__ = [  # noqa: RUF022
    "Affiliation",
    "Audience",
    "Breakdown",
    "BreakdownCompleteness",
    "BreakdownPart",
    "ChangeFrom",
    "Claim",
    "Consent",
    "DateParseError",
    "DatePrecision",
    "Derivation",
    "DifferenceOf",
    "Disclosure",
    "DisclosureError",
    "EditorialMark",
    "EditorialMarkKind",
    "Extensions",
    "Finding",
    "FrozenJSONObject",
    "IdentificationLevel",
    "Identifier",
    "Illustration",
    "Instrument",
    "InstrumentArticle",
    "InvalidFieldError",
    "Issuer",
    "IssuerType",
    "LocalisedText",
    "Locator",
    "Normalisation",
    "Number",
    "OfficialResponse",
    "PartialDate",
    "Period",
    "Place",
    "Prevalence",
    "QUOTES_COLUMNS",
    "Quote",
    "QuoteKind",
    "RULES",
    "RateOf",
    "Relation",
    "RelationKind",
    "Reliability",
    "Report",
    "ReportKind",
    "RightsCategory",
    "RightsReportError",
    "Rule",
    "STATISTICS_COLUMNS",
    "Severity",
    "ShareOf",
    "ShareWord",
    "Source",
    "SourceConnection",
    "SourceKind",
    "Statistic",
    "StatisticKind",
    "StatisticQualifier",
    "StructureError",
    "TextAnchor",
    "TotalOf",
    "ValidationError",
    "ValidationOptions",
    "ValidationResult",
    "anchor_quote",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "quotes_table",
    "redact",
    "statistics_table",
    "text_findings",
    "to_dict",
    "to_json",
    "to_jsonld",
    "validate",
]

__version__ = "0.1.0.dev0"


def _publish() -> None:
    """Make public objects say they live in ``rightsreport``.

    Reprs, tracebacks and pickles then name the public path
    (``rightsreport.Report``), never a private module.
    """
    namespace = globals()
    for name in __all__:
        obj = namespace[name]
        if isinstance(obj, type) and obj.__module__.startswith("rightsreport._"):
            obj.__module__ = __name__


_publish()
