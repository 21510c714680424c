"""Quotes: words a report attributes to a source."""

from __future__ import annotations

from itertools import pairwise

from attrs import Factory, field, frozen

from rightsreport import _checks as check
from rightsreport._dates import PartialDate
from rightsreport._errors import InvalidFieldError
from rightsreport._extensions import Extensions, to_extensions
from rightsreport._values import EditorialMark, LocalisedText, Locator
from rightsreport._vocabulary import Disclosure, EditorialMarkKind, QuoteKind

__all__ = ["Quote"]

_opt_text = check.optional(check.text())
_opt_localised = check.optional(check.instance_of(LocalisedText, "a LocalisedText"))


@frozen(kw_only=True)
class Quote:
    """Words attributed to a source: verbatim, partial or paraphrased.

    :attr:`text` is the quote as printed, without the surrounding quotation marks
    and with the editor's own marks (``[the report]``, ellipses) left in place and
    located by :attr:`marks`, so that a verbatim check can allow for them. A quote
    split in print by its attribution ("..., he said. ...") is one quote whose text
    joins the parts with a space and marks the join as an interruption.

        >>> from rightsreport import EditorialMark, Quote, QuoteKind
        >>> text = "But if it [the report] is made without the technical basis"
        >>> quote = Quote(
        ...     id="malin-2",
        ...     text=text,
        ...     kind=QuoteKind.VERBATIM,
        ...     speaker_id="chin-malin",
        ...     marks=EditorialMark.find_in(text),
        ... )
        >>> quote.without_insertions()
        'But if it is made without the technical basis'

    Attributes:
        id: Unique among the report's quotes.
        text: The words as printed.
        kind: Verbatim, partial or paraphrase.
        speaker_id: The id of the :class:`Source` who said it.
        attributed_as: The name as printed in the attribution ("Rodemeier"),
            ``None`` when the attribution is a pronoun or absent.
        said_on: When the words were said, as far as known.
        language: The BCP 47 tag of :attr:`text`'s language.
        original: The words in the language they were said in, when :attr:`text`
            is a translation.
        translation: A translation of :attr:`text`.
        locator: Where the quote sits in the document.
        marks: The editor's insertions, ellipses and interruptions, in order.
        disclosure: Overrides the speaker's disclosure for this quote; ``None``
            follows the speaker.
        note: A free note.
        extensions: Namespaced user data, kept on every round-trip.
    """

    id: str = field(validator=check.identifier())
    text: str = field(validator=check.text())
    kind: QuoteKind = field(validator=check.instance_of(QuoteKind, "a QuoteKind"))
    speaker_id: str | None = field(
        default=None, validator=check.optional(check.identifier())
    )
    attributed_as: str | None = field(default=None, validator=_opt_text)
    said_on: PartialDate | None = field(
        default=None,
        validator=check.optional(check.instance_of(PartialDate, "a PartialDate")),
    )
    language: str | None = field(
        default=None, validator=check.optional(check.language_tag())
    )
    original: LocalisedText | None = field(default=None, validator=_opt_localised)
    translation: LocalisedText | None = field(default=None, validator=_opt_localised)
    locator: Locator | None = field(
        default=None, validator=check.optional(check.instance_of(Locator, "a Locator"))
    )
    marks: tuple[EditorialMark, ...] = field(
        default=(), validator=check.tuple_of(EditorialMark, "EditorialMark")
    )
    disclosure: Disclosure | None = field(
        default=None,
        validator=check.optional(check.instance_of(Disclosure, "a Disclosure")),
    )
    note: str | None = field(default=None, validator=_opt_text)
    extensions: Extensions = field(default=Factory(Extensions), converter=to_extensions)

    def __attrs_post_init__(self) -> None:
        previous_end = 0
        for index, mark in enumerate(self.marks):
            if mark.end > len(self.text):
                raise InvalidFieldError(
                    f"marks[{index}]",
                    f"offsets within the text (0 to {len(self.text)})",
                    f"{mark.start}..{mark.end}",
                )
            if mark.start < previous_end:
                raise InvalidFieldError(
                    f"marks[{index}]",
                    f"in order and not overlapping (starting at {previous_end} or later)",
                    f"{mark.start}..{mark.end}",
                )
            previous_end = mark.end

    def marked_text(self, mark: EditorialMark) -> str:
        """Return the characters of :attr:`text` that *mark* covers."""
        return self.text[mark.start : mark.end]

    def segments(self) -> tuple[str, ...]:
        """Return the parts of the text between interruptions, stripped.

        >>> from rightsreport import EditorialMark, EditorialMarkKind, Quote, QuoteKind
        >>> Quote(
        ...     id="q",
        ...     text="We will consider improving, But if it is made",
        ...     kind=QuoteKind.VERBATIM,
        ...     marks=(
        ...         EditorialMark(
        ...             kind=EditorialMarkKind.INTERRUPTION, start=27, end=27
        ...         ),
        ...     ),
        ... ).segments()
        ('We will consider improving,', 'But if it is made')
        """
        cuts = [
            mark.start
            for mark in self.marks
            if mark.kind is EditorialMarkKind.INTERRUPTION
        ]
        bounds = [0, *cuts, len(self.text)]
        parts = (self.text[a:b].strip() for a, b in pairwise(bounds))
        return tuple(part for part in parts if part)

    def without_insertions(self) -> str:
        """Return the text with the editor's insertions removed, spaces tidied.

        What is left is what the speaker said, as far as the text shows.
        """
        pieces = []
        position = 0
        for mark in self.marks:
            if mark.kind is EditorialMarkKind.INSERTION:
                pieces.append(self.text[position : mark.start])
                position = mark.end
        pieces.append(self.text[position:])
        return " ".join("".join(pieces).split())
