"""Controlled vocabularies, as enums with stable snake_case values.

The values are the wire form and never change; new members may be added. Where the
world is open, a vocabulary has ``OTHER``. Candidates come from the practitioners'
own lists: HURIDOCS micro-thesauri, the State Department's report sections and the
Political Terror Scale's coding cues.
"""

from __future__ import annotations

import enum

__all__ = [
    "BreakdownCompleteness",
    "Consent",
    "Disclosure",
    "EditorialMarkKind",
    "IdentificationLevel",
    "Instrument",
    "IssuerType",
    "OfficialResponse",
    "Prevalence",
    "QuoteKind",
    "RelationKind",
    "Reliability",
    "ReportKind",
    "RightsCategory",
    "SourceConnection",
    "SourceKind",
    "StatisticKind",
    "StatisticQualifier",
]


class ReportKind(enum.StrEnum):
    """What kind of document a report is."""

    COUNTRY_REPORT = "country_report"
    ANNUAL_REPORT_ENTRY = "annual_report_entry"
    WORLD_REPORT_CHAPTER = "world_report_chapter"
    MONITORING_REPORT = "monitoring_report"
    UPR_DOCUMENT = "upr_document"
    TREATY_BODY_DOCUMENT = "treaty_body_document"
    SPECIAL_PROCEDURE_REPORT = "special_procedure_report"
    UN_DOCUMENT = "un_document"
    PRESS_RELEASE = "press_release"
    NEWS_ARTICLE = "news_article"
    STATEMENT = "statement"
    DATASET = "dataset"
    OTHER = "other"


class IssuerType(enum.StrEnum):
    """Who issues a report, by their position towards the subject state."""

    FOREIGN_GOVERNMENT = "foreign_government"
    SUBJECT_STATE_GOVERNMENT = "subject_state_government"
    INTERGOVERNMENTAL_BODY = "intergovernmental_body"
    NATIONAL_HUMAN_RIGHTS_INSTITUTION = "national_human_rights_institution"
    INTERNATIONAL_NGO = "international_ngo"
    DOMESTIC_NGO = "domestic_ngo"
    TRADE_UNION = "trade_union"
    MEDIA_OUTLET = "media_outlet"
    ACADEMIC_PROJECT = "academic_project"
    OTHER = "other"


class RelationKind(enum.StrEnum):
    """How one report relates to another."""

    IS_ABOUT = "is_about"
    CITES = "cites"
    RESPONDS_TO = "responds_to"
    IS_ADDENDUM_OF = "is_addendum_of"


class SourceKind(enum.StrEnum):
    """What a source is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT_BODY = "government_body"
    DOCUMENT = "document"
    UNNAMED = "unnamed"


class IdentificationLevel(enum.StrEnum):
    """How a source appears in print."""

    NAMED = "named"
    ORGANISATION_ONLY = "organisation_only"
    DESCRIBED_UNNAMED = "described_unnamed"
    PSEUDONYM = "pseudonym"
    ANONYMOUS = "anonymous"


class Disclosure(enum.StrEnum):
    """Who may learn a source's identity, and what derives from it."""

    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"


class Consent(enum.StrEnum):
    """What a person agreed to about being identified."""

    NOT_REQUIRED_PUBLIC_RECORD = "not_required_public_record"
    GIVEN_NAMED = "given_named"
    GIVEN_ANONYMOUS_ONLY = "given_anonymous_only"
    NOT_OBTAINED = "not_obtained"
    WITHDRAWN = "withdrawn"


class Reliability(enum.StrEnum):
    """How reliable a source is judged to be (HURIDOCS)."""

    HIGHLY_RELIABLE = "highly_reliable"
    LIKELY_RELIABLE = "likely_reliable"
    UNSURE = "unsure"
    LIKELY_UNRELIABLE = "likely_unreliable"
    HIGHLY_UNRELIABLE = "highly_unreliable"
    UNKNOWN = "unknown"


class SourceConnection(enum.StrEnum):
    """A source's connection to the information it gives (HURIDOCS)."""

    VICTIM = "victim"
    WITNESS = "witness"
    PERPETRATOR = "perpetrator"
    RELATED_TO_VICTIM = "related_to_victim"
    RELATED_TO_PERPETRATOR = "related_to_perpetrator"
    THIRD_PARTY_RELAYED = "third_party_relayed"
    SERVICE_PROVIDER = "service_provider"
    UNKNOWN = "unknown"


class QuoteKind(enum.StrEnum):
    """How closely a quote reproduces the words said."""

    VERBATIM = "verbatim"
    PARTIAL = "partial"
    PARAPHRASE = "paraphrase"


class EditorialMarkKind(enum.StrEnum):
    """What an editor did to a quote's text at a marked place.

    - ``INSERTION``: words the editor added, such as ``[the report]`` or ``(access
      to the)``.
    - ``ELLIPSIS``: an ellipsis standing for words left out (which may or may not
      be in print).
    - ``INTERRUPTION``: the quote is split in print here, with the attribution in
      between ("..., he said. ..."); a zero-width mark.
    """

    #: Words the editor added, such as ``[the report]`` or ``(access to the)``.
    INSERTION = "insertion"
    #: An ellipsis standing for words left out (which may or may not be in print).
    ELLIPSIS = "ellipsis"
    #: The quote is split in print here, with the attribution in between
    #: ("..., he said. ..."); a zero-width mark.
    INTERRUPTION = "interruption"


class OfficialResponse(enum.StrEnum):
    """How the authorities answered an allegation."""

    ACKNOWLEDGED = "acknowledged"
    DENIED = "denied"
    ACKNOWLEDGED_DENIED_RESPONSIBILITY = "acknowledged_denied_responsibility"
    ALTERNATIVE_EXPLANATION = "alternative_explanation"
    ACCEPTED_RESPONSIBILITY = "accepted_responsibility"
    NO_RESPONSE = "no_response"


class Prevalence(enum.StrEnum):
    """How widespread a report says a practice is, in the words coders read."""

    ISOLATED = "isolated"
    REPORTS = "reports"
    FREQUENT = "frequent"
    WIDESPREAD = "widespread"
    SYSTEMATIC = "systematic"


class StatisticQualifier(enum.StrEnum):
    """How a printed figure relates to the true one."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    APPROXIMATELY = "approximately"
    ORDER_OF_MAGNITUDE = "order_of_magnitude"


class StatisticKind(enum.StrEnum):
    """What sort of number a statistic is."""

    COUNT = "count"
    PERCENTAGE = "percentage"
    RATE = "rate"
    AMOUNT = "amount"
    SCORE = "score"


class BreakdownCompleteness(enum.StrEnum):
    """Whether a breakdown's parts cover the whole total.

    - ``EXHAUSTIVE``: the parts are all of the total and must sum to it.
    - ``PARTIAL``: the parts are some of the total ("including ..."), never more
      than it.
    """

    #: The parts are all of the total and must sum to it.
    EXHAUSTIVE = "exhaustive"
    #: The parts are some of the total ("including ..."), never more than it.
    PARTIAL = "partial"


class Instrument(enum.StrEnum):
    """A human-rights instrument whose articles claims refer to."""

    ICCPR = "iccpr"
    ICESCR = "icescr"
    UDHR = "udhr"

    @property
    def article_count(self) -> int:
        """How many articles the instrument has."""
        return _ARTICLE_COUNTS[self]


_ARTICLE_COUNTS = {Instrument.ICCPR: 53, Instrument.ICESCR: 31, Instrument.UDHR: 30}


class RightsCategory(enum.StrEnum):
    """The US State Department's report sections, used as a coarse rights taxonomy.

    Section titles change between editions; the codes do not. Each member's value is
    a stable snake_case name and :attr:`code` its section code::

        >>> from rightsreport import RightsCategory
        >>> RightsCategory.from_code("2.b")
        <RightsCategory.FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION: 'freedom_of_assembly_and_association'>
        >>> RightsCategory.TORTURE.code, RightsCategory.TORTURE.parent
        ('1.c', <RightsCategory.INTEGRITY_OF_THE_PERSON: 'integrity_of_the_person'>)
    """

    INTEGRITY_OF_THE_PERSON = "integrity_of_the_person"
    ARBITRARY_KILLING = "arbitrary_killing"
    DISAPPEARANCE = "disappearance"
    TORTURE = "torture"
    ARBITRARY_ARREST_OR_DETENTION = "arbitrary_arrest_or_detention"
    DENIAL_OF_FAIR_PUBLIC_TRIAL = "denial_of_fair_public_trial"
    ARBITRARY_INTERFERENCE_WITH_PRIVACY = "arbitrary_interference_with_privacy"
    ABUSES_IN_INTERNAL_CONFLICT = "abuses_in_internal_conflict"
    CIVIL_LIBERTIES = "civil_liberties"
    FREEDOM_OF_EXPRESSION = "freedom_of_expression"
    FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION = "freedom_of_assembly_and_association"
    FREEDOM_OF_RELIGION = "freedom_of_religion"
    FREEDOM_OF_MOVEMENT = "freedom_of_movement"
    POLITICAL_PARTICIPATION = "political_participation"
    CORRUPTION_AND_TRANSPARENCY = "corruption_and_transparency"
    INVESTIGATION_OF_ABUSES = "investigation_of_abuses"
    DISCRIMINATION_AND_TRAFFICKING = "discrimination_and_trafficking"
    WORKER_RIGHTS = "worker_rights"
    FREEDOM_OF_ASSOCIATION_AT_WORK = "freedom_of_association_at_work"
    FORCED_LABOUR = "forced_labour"
    CHILD_LABOUR = "child_labour"
    EMPLOYMENT_DISCRIMINATION = "employment_discrimination"
    ACCEPTABLE_WORK_CONDITIONS = "acceptable_work_conditions"

    @property
    def code(self) -> str:
        """The section code, such as ``"1.c"`` or ``"7"``."""
        return _CODES[self]

    @property
    def parent(self) -> RightsCategory | None:
        """The whole section a subsection belongs to, or ``None`` for a section."""
        code = self.code
        return _BY_CODE[code.partition(".")[0]] if "." in code else None

    @classmethod
    def from_code(cls, code: str) -> RightsCategory:
        """Return the category for a section code such as ``"2.b"``.

        Raises:
            ValueError: No section has that code.
        """
        try:
            return _BY_CODE[code]
        except (KeyError, TypeError):
            known = ", ".join(_BY_CODE)
            raise ValueError(
                f"{code!r} is not a State Department section code; known: {known}"
            ) from None


_CODES: dict[RightsCategory, str] = dict(
    zip(
        RightsCategory,
        [
            "1", "1.a", "1.b", "1.c", "1.d", "1.e", "1.f", "1.g",
            "2", "2.a", "2.b", "2.c", "2.d",
            "3", "4", "5", "6",
            "7", "7.a", "7.b", "7.c", "7.d", "7.e",
        ],
        strict=True,
    )
)  # fmt: skip
_BY_CODE: dict[str, RightsCategory] = {code: cat for cat, code in _CODES.items()}
