"""Sources: who or what a report attributes its claims to."""

from __future__ import annotations

from attrs import Factory, field, frozen

from rightsreport import _checks as check
from rightsreport._extensions import Extensions, to_extensions
from rightsreport._values import Affiliation, Identifier
from rightsreport._vocabulary import (
    Consent,
    Disclosure,
    IdentificationLevel,
    Reliability,
    SourceConnection,
    SourceKind,
)

__all__ = ["Source"]

_opt_text = check.optional(check.text())


@frozen(kw_only=True)
class Source:
    """A person, organisation, government body, document or unnamed source.

    How it appears in print is its :attr:`identification`; who may learn its
    identity is its :attr:`disclosure`. A half-finished source (no name yet) is
    constructible; the validation pass says what is missing.

        >>> from rightsreport import (
        ...     Affiliation,
        ...     IdentificationLevel,
        ...     Source,
        ...     SourceKind,
        ... )
        >>> officer = Source(
        ...     id="roedemeier",
        ...     kind=SourceKind.PERSON,
        ...     identification=IdentificationLevel.NAMED,
        ...     name="Chad Roedemeier",
        ...     affiliations=(
        ...         Affiliation(
        ...             role="information officer",
        ...             organisation="U.S. Embassy in Phnom Penh",
        ...         ),
        ...     ),
        ... )
        >>> officer.label
        'Chad Roedemeier'
        >>> str(officer.affiliations[0])
        'information officer, U.S. Embassy in Phnom Penh'

    Attributes:
        id: Unique among the report's sources; quotes and statistics refer to it.
        kind: What the source is.
        identification: How the source appears in print.
        name: The source's name, for a named source or a pseudonym.
        description: The public description ("an unnamed NGO cited in the State
            Department report"); what a public export shows instead of a protected
            name.
        affiliations: Dated roles at organisations, several at once allowed.
        aliases: Other spellings and names of the same source (not misspellings).
        external_ids: Ids in outside schemes, such as a Wikidata QID.
        disclosure: Who may learn the source's identity.
        consent: What a person agreed to about being identified.
        reliability: How reliable the source is judged (HURIDOCS).
        connection: The source's connection to the information (HURIDOCS).
        report_id: For a document source, the id of the :class:`Report` it is.
        note: A free note for the people who keep the record.
        extensions: Namespaced user data, kept on every round-trip.
    """

    id: str = field(validator=check.identifier())
    kind: SourceKind = field(validator=check.instance_of(SourceKind, "a SourceKind"))
    identification: IdentificationLevel = field(
        validator=check.instance_of(IdentificationLevel, "an IdentificationLevel")
    )
    name: str | None = field(default=None, validator=_opt_text)
    description: str | None = field(default=None, validator=_opt_text)
    affiliations: tuple[Affiliation, ...] = field(
        default=(), validator=check.tuple_of(Affiliation, "Affiliation")
    )
    aliases: tuple[str, ...] = field(
        default=(), validator=check.tuple_each(check.check_text, "non-empty str")
    )
    external_ids: tuple[Identifier, ...] = field(
        default=(), validator=check.tuple_of(Identifier, "Identifier")
    )
    disclosure: Disclosure = field(
        default=Disclosure.PUBLIC,
        validator=check.instance_of(Disclosure, "a Disclosure"),
    )
    consent: Consent | None = field(
        default=None, validator=check.optional(check.instance_of(Consent, "a Consent"))
    )
    reliability: Reliability | None = field(
        default=None,
        validator=check.optional(check.instance_of(Reliability, "a Reliability")),
    )
    connection: SourceConnection | None = field(
        default=None,
        validator=check.optional(
            check.instance_of(SourceConnection, "a SourceConnection")
        ),
    )
    report_id: str | None = field(
        default=None, validator=check.optional(check.identifier())
    )
    note: str | None = field(default=None, validator=_opt_text)
    extensions: Extensions = field(default=Factory(Extensions), converter=to_extensions)

    @property
    def label(self) -> str:
        """The name if there is one, else the description, else the id."""
        return self.name or self.description or self.id

    @property
    def names(self) -> tuple[str, ...]:
        """The name (if any) followed by the aliases."""
        return self.aliases if self.name is None else (self.name, *self.aliases)

    @property
    def is_protected(self) -> bool:
        """Whether the identity must stay out of a public export."""
        return self.disclosure is not Disclosure.PUBLIC
