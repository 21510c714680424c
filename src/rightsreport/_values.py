"""Small value types shared by reports, sources, quotes and statistics."""

from __future__ import annotations

import re
from typing import Final

from attrs import field, frozen

from rightsreport import _checks as check
from rightsreport._dates import PartialDate, Period
from rightsreport._errors import InvalidFieldError
from rightsreport._vocabulary import EditorialMarkKind, Instrument

__all__ = [
    "Affiliation",
    "EditorialMark",
    "Identifier",
    "InstrumentArticle",
    "LocalisedText",
    "Locator",
    "Place",
]

_SCHEME: Final = re.compile(r"[a-z][a-z0-9_]*")
_WIKIDATA: Final = re.compile(r"Q[1-9][0-9]*")
_URL: Final = re.compile(r"https?://\S+")
_SUBDIVISION: Final = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}")
_ELLIPSIS_OR_INSERTION: Final = re.compile(r"\[(?:\.\.\.|…)\]|\.\.\.|…|\[[^\[\]]+\]")

_opt_text = check.optional(check.text())
_opt_period = check.optional(check.instance_of(Period, "a Period or None"))
_opt_date = check.optional(check.instance_of(PartialDate, "a PartialDate or None"))
_opt_positive = check.optional(check.positive_int())
_opt_offset = check.optional(check.non_negative_int())


@frozen(kw_only=True)
class Identifier:
    """An identifier of a thing in an outside scheme.

    Used for a report's identifiers (``url``, ``un_symbol``, ``amnesty_index``,
    ``doi``) and for a source's external ids (``wikidata``, ``viaf``, ``orcid``).
    The scheme is lower snake_case; ``url`` values must be http(s) URLs and
    ``wikidata`` values QIDs::

        >>> from rightsreport import Identifier
        >>> Identifier(scheme="wikidata", value="Q42")
        Identifier(scheme='wikidata', value='Q42')
        >>> Identifier(scheme="wikidata", value="42")
        Traceback (most recent call last):
        ...
        rightsreport.InvalidFieldError: 'value' must be a Wikidata QID such as 'Q42' (got '42')

    Attributes:
        scheme: The scheme's name, such as ``"url"`` or ``"wikidata"``.
        value: The identifier within the scheme, as written there.
    """

    scheme: str = field(validator=check.text())
    value: str = field(validator=check.text())

    def __attrs_post_init__(self) -> None:
        if _SCHEME.fullmatch(self.scheme) is None:
            raise InvalidFieldError(
                "scheme", "a lower snake_case scheme such as 'url'", repr(self.scheme)
            )
        if self.scheme == "wikidata" and _WIKIDATA.fullmatch(self.value) is None:
            raise InvalidFieldError(
                "value", "a Wikidata QID such as 'Q42'", repr(self.value)
            )
        if self.scheme == "url" and _URL.fullmatch(self.value) is None:
            raise InvalidFieldError(
                "value", "an http or https URL without spaces", repr(self.value)
            )


@frozen(kw_only=True)
class Affiliation:
    """A role a person holds at an organisation, with when it is known to hold.

    A person may hold several at once (a committee's vice president who is also a
    ministry's spokesperson). At least a role or an organisation is given.

    Attributes:
        role: The role as the document gives it ("information officer").
        organisation: The organisation's name ("U.S. Embassy in Phnom Penh").
        organisation_id: The id of the organisation's own :class:`Source` in the
            same report, when it has one.
        period: When the role was held, as far as known.
        attested: A date on which the document shows the role held (usually the
            document's own date).
    """

    role: str | None = field(default=None, validator=_opt_text)
    organisation: str | None = field(default=None, validator=_opt_text)
    organisation_id: str | None = field(
        default=None, validator=check.optional(check.identifier())
    )
    period: Period | None = field(default=None, validator=_opt_period)
    attested: PartialDate | None = field(default=None, validator=_opt_date)

    def __attrs_post_init__(self) -> None:
        if self.role is None and self.organisation is None:
            raise InvalidFieldError(
                "role", "a role or an organisation (or both)", "neither"
            )

    def __str__(self) -> str:
        if self.role and self.organisation:
            return f"{self.role}, {self.organisation}"
        return self.role or self.organisation or ""


@frozen(kw_only=True)
class Place:
    """Where a statistic or an event applies.

    Attributes:
        country: ISO 3166-1 alpha-2 code (``"KH"``).
        subdivision: ISO 3166-2 code (``"KH-12"``), within *country* if given.
        name: The place as the document names it ("Phnom Penh").
    """

    country: str | None = field(
        default=None, validator=check.optional(check.country_code())
    )
    subdivision: str | None = field(default=None)
    name: str | None = field(default=None, validator=_opt_text)

    @subdivision.validator
    def _check_subdivision(self, _: object, value: object) -> None:
        if value is None:
            return
        match = _SUBDIVISION.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            raise InvalidFieldError(
                "subdivision", "an ISO 3166-2 code such as 'KH-12'", repr(value)
            )
        if self.country is not None and match[1] != self.country:
            raise InvalidFieldError(
                "subdivision", f"a subdivision of {self.country}", repr(value)
            )

    def __attrs_post_init__(self) -> None:
        if self.country is None and self.subdivision is None and self.name is None:
            raise InvalidFieldError(
                "country", "a country, a subdivision or a name", "none of them"
            )


@frozen(kw_only=True)
class InstrumentArticle:
    """An article of a human-rights instrument, such as ICCPR article 21.

        >>> from rightsreport import Instrument, InstrumentArticle
        >>> str(InstrumentArticle(instrument=Instrument.ICCPR, article=21))
        'ICCPR art. 21'

    Attributes:
        instrument: The instrument.
        article: The article number, within the instrument's articles.
    """

    instrument: Instrument = field(
        validator=check.instance_of(Instrument, "an Instrument")
    )
    article: int = field(validator=check.positive_int())

    def __attrs_post_init__(self) -> None:
        if self.article > self.instrument.article_count:
            raise InvalidFieldError(
                "article",
                f"an article of the {self.instrument.name} "
                f"(1 to {self.instrument.article_count})",
                repr(self.article),
            )

    def __str__(self) -> str:
        return f"{self.instrument.name} art. {self.article}"


@frozen(kw_only=True)
class Locator:
    """Where something sits in its document.

    Any combination of a section (the State Department's ``2.b``), a page, a
    paragraph and character offsets into the document's text (``start`` inclusive,
    ``end`` exclusive, in Python ``str`` indices).

    Attributes:
        section: The section label as the document numbers it.
        page: The page, from 1.
        paragraph: The paragraph, from 1, within the section or the document.
        start: The offset of the first character.
        end: The offset just past the last character.
    """

    section: str | None = field(default=None, validator=_opt_text)
    page: int | None = field(default=None, validator=_opt_positive)
    paragraph: int | None = field(default=None, validator=_opt_positive)
    start: int | None = field(default=None, validator=_opt_offset)
    end: int | None = field(default=None, validator=_opt_offset)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidFieldError(
                "end", f"an offset >= start ({self.start})", repr(self.end)
            )
        if all(
            value is None
            for value in (self.section, self.page, self.paragraph, self.start, self.end)
        ):
            raise InvalidFieldError(
                "section", "a section, page, paragraph or offset", "none of them"
            )


@frozen(kw_only=True)
class LocalisedText:
    """A text in a stated language: a quote's original words or a translation.

    Attributes:
        text: The words.
        language: Their BCP 47 language tag (``"km"``).
    """

    text: str = field(validator=check.text())
    language: str = field(validator=check.language_tag())


@frozen(kw_only=True)
class EditorialMark:
    """A place in a quote's text where an editor intervened.

    Offsets are ``str`` indices into the quote's ``text``: ``start`` inclusive,
    ``end`` exclusive. An insertion or ellipsis covers its characters (``[the
    report]``); an interruption is zero-width and marks where the attribution splits
    the quote in print.

        >>> from rightsreport import EditorialMark
        >>> EditorialMark.find_in(
        ...     "But if it [the report] is made ... it is unacceptable"
        ... )
        (EditorialMark(kind=<EditorialMarkKind.INSERTION: 'insertion'>, start=10, end=22), EditorialMark(kind=<EditorialMarkKind.ELLIPSIS: 'ellipsis'>, start=31, end=34))

    Attributes:
        kind: What the editor did.
        start: Offset of the first character of the mark.
        end: Offset just past its last character (``start`` for an interruption).
    """

    kind: EditorialMarkKind = field(
        validator=check.instance_of(EditorialMarkKind, "an EditorialMarkKind")
    )
    start: int = field(validator=check.non_negative_int())
    end: int = field(validator=check.non_negative_int())

    def __attrs_post_init__(self) -> None:
        if self.kind is EditorialMarkKind.INTERRUPTION:
            if self.end != self.start:
                raise InvalidFieldError(
                    "end",
                    f"equal to start ({self.start}) for an interruption",
                    repr(self.end),
                )
        elif self.end <= self.start:
            raise InvalidFieldError(
                "end", f"an offset > start ({self.start})", repr(self.end)
            )

    @classmethod
    def find_in(cls, text: str) -> tuple[EditorialMark, ...]:
        """Find the marks that conventions make certain: ``[...]`` and ellipses.

        Square brackets are always editorial, and so are ``...`` and ``…``.
        Parentheses are not found, since speakers use them too; mark those
        yourself.
        """
        marks = []
        for match in _ELLIPSIS_OR_INSERTION.finditer(check.check_text("text", text)):
            found = match[0]
            kind = (
                EditorialMarkKind.ELLIPSIS
                if found.strip("[]") in {"...", "…"}
                else EditorialMarkKind.INSERTION
            )
            marks.append(cls(kind=kind, start=match.start(), end=match.end()))
        return tuple(marks)
