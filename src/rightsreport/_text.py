"""Text evidence: find a report's quotes, names and figures in the document's text.

The caller holds the document's text (a ``str``; no I/O here). :func:`anchor_quote`
says where a quote sits in it, as the W3C Web Annotation selectors, allowing for
typography and for the quote's own editorial marks; :func:`text_findings` checks a
whole report against the text (rule 8, and the text's side of rule 7) and returns
findings with the codes RR801 to RR807.

Matching is linear for ordinary texts. The text is normalised once (quote marks,
dashes, whitespace), with a map from normalised offsets back to the original ones,
and kept in a small cache, so anchoring many quotes in one text normalises it once.
A quote is looked up with :meth:`str.find` on the normalised text; a quote with
marks is matched by a regular expression run only in windows around the
occurrences of its longest literal piece. Only for a quote that is not found at all
is a word index built (once per text), to find candidate passages for a local
word-level comparison.
"""

from __future__ import annotations

import enum
import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Final, Literal, TypeVar

from attrs import field, frozen

from rightsreport import _checks as check
from rightsreport._disclosure import (
    protected_sources,
    quote_is_protected,
    statistic_is_protected,
)
from rightsreport._errors import InvalidFieldError
from rightsreport._findings import Finding, Severity
from rightsreport._quote import Quote
from rightsreport._report import Report
from rightsreport._similarity import damerau_levenshtein
from rightsreport._source import Source
from rightsreport._statistic import Number
from rightsreport._vocabulary import (
    EditorialMarkKind,
    IdentificationLevel,
    QuoteKind,
    SourceKind,
)

__all__ = ["Normalisation", "TextAnchor", "anchor_quote", "text_findings"]


class Normalisation(enum.StrEnum):
    """What :func:`anchor_quote` had to allow for to find a quote in a text.

    A :class:`TextAnchor` lists the ones its match needed, in this order; an
    exact match needs none.
    """

    #: Curly versus straight quotation marks and apostrophes, and single versus
    #: double marks (nested quotes change level between transcription and print).
    QUOTE_MARKS = "quote_marks"
    #: Hyphens, en and em dashes and minus signs, and the spaces around them.
    DASHES = "dashes"
    #: Line breaks, tabs, non-breaking and repeated spaces, soft hyphens and
    #: zero-width characters.
    WHITESPACE = "whitespace"
    #: Upper versus lower case.
    CASE = "case"
    #: The quote is split in the text by other words (the attribution, "he said"),
    #: where the quote has an interruption mark.
    SPLIT = "split"
    #: The text has nothing where the quote has an insertion.
    INSERTION_OMITTED = "insertion_omitted"
    #: The text has other words where the quote has an insertion.
    INSERTION_REPLACED = "insertion_replaced"
    #: The text has words where the quote has an ellipsis.
    ELLIPSIS_BRIDGED = "ellipsis_bridged"
    #: The text has nothing where the quote has an ellipsis.
    ELLIPSIS_OMITTED = "ellipsis_omitted"


#: Normalisations of characters, as opposed to those of the quote's marks.
_TYPOGRAPHIC: Final = (
    Normalisation.QUOTE_MARKS,
    Normalisation.DASHES,
    Normalisation.WHITESPACE,
    Normalisation.CASE,
)


@frozen(kw_only=True)
class TextAnchor:
    """Where a quote sits in a text, as the W3C Web Annotation selectors give it.

    :attr:`start` and :attr:`end` are the ``TextPositionSelector`` (``str``
    indices into the text, ``end`` exclusive); :attr:`exact`, :attr:`prefix` and
    :attr:`suffix` the ``TextQuoteSelector``, taken from the text as printed.

        >>> from rightsreport import Quote, QuoteKind, anchor_quote
        >>> text = 'Asked why, he said: "The report is  unacceptable." Then he left.'
        >>> quote = Quote(
        ...     id="q", text="The report is unacceptable.", kind=QuoteKind.VERBATIM
        ... )
        >>> anchor = anchor_quote(quote, text)
        >>> anchor.start, anchor.end, anchor.exact
        (21, 49, 'The report is  unacceptable.')
        >>> anchor.normalisations
        (<Normalisation.WHITESPACE: 'whitespace'>,)
        >>> anchor.selectors()[0]["prefix"]
        'Asked why, he said: "'

    Attributes:
        start: Offset of the first character of the match.
        end: Offset just past its last character.
        exact: The text from :attr:`start` to :attr:`end`, as printed (for a quote
            split by its attribution, the attribution included).
        prefix: Up to 32 characters of the text just before :attr:`start`.
        suffix: Up to 32 characters of the text just after :attr:`end`.
        normalisations: What the match had to allow for, in the order of
            :class:`Normalisation`; empty for an exact match.
        spans: The parts of ``start..end`` that hold the quote's own words, as
            ``(start, end)`` pairs: one for a quote printed in one piece, more
            where the text has other words in between (an attribution, words an
            ellipsis stands for, other words in place of an insertion).
    """

    start: int = field(validator=check.non_negative_int())
    end: int = field(validator=check.non_negative_int())
    exact: str = field(validator=check.instance_of(str, "a str"))
    prefix: str = field(default="", validator=check.instance_of(str, "a str"))
    suffix: str = field(default="", validator=check.instance_of(str, "a str"))
    normalisations: tuple[Normalisation, ...] = field(
        default=(), validator=check.tuple_of(Normalisation, "Normalisation")
    )
    spans: tuple[tuple[int, int], ...] = field(default=())

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidFieldError(
                "end", f"an offset >= start ({self.start})", repr(self.end)
            )

    @property
    def is_exact(self) -> bool:
        """Whether the quote is in the text exactly as given, in one piece."""
        return not self.normalisations

    def selectors(self) -> tuple[dict[str, str | int], dict[str, str | int]]:
        """Return the W3C ``TextQuoteSelector`` and ``TextPositionSelector``.

        Ready to put in a Web Annotation's ``target.selector``.
        """
        return (
            {
                "type": "TextQuoteSelector",
                "exact": self.exact,
                "prefix": self.prefix,
                "suffix": self.suffix,
            },
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        )


# --- normalisation ------------------------------------------------------------

_CONTEXT: Final = 32
_QUOTE_CHARS: Final = (
    "\"'`\u00b4\u2018\u2019\u201a\u201b\u2032\u02bc\u2039\u203a"
    "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
)
_DASH_CHARS: Final = (
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"
)
_SPACE_CHARS: Final = "".join(
    char for char in map(chr, range(0x3001)) if char.isspace() and char != " "
)
_INVISIBLE: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_OPENING_QUOTES: Final = "\"'\u2018\u201a\u201b\u201c\u201e\u201f\u00ab\u2039"
_CLOSING_QUOTES: Final = "\"'\u2019\u201d\u00bb\u203a"

_QUOTE_TABLE: Final = str.maketrans(dict.fromkeys(_QUOTE_CHARS, "'"))
_DASH_TABLE: Final = str.maketrans(dict.fromkeys(_DASH_CHARS, "-"))
_SPACE_TABLE: Final = str.maketrans(dict.fromkeys(_SPACE_CHARS, " "))
_ALL_TABLE: Final = {**_QUOTE_TABLE, **_DASH_TABLE, **_SPACE_TABLE}

_GAP: Final = f"[ {_INVISIBLE}]"
#: Runs the full normalisation rewrites: dashes with the spaces around them, a
#: run of spaces with invisible characters, repeated spaces.
_RUN: Final = re.compile(
    f"{_GAP}*-[-{_INVISIBLE}]*{_GAP}*|{_GAP}*[{_INVISIBLE}]{_GAP}*| {{2,}}"
)
_SPACE_RUN: Final = re.compile(f"{_GAP}*[{_INVISIBLE}]{_GAP}*| {{2,}}")
_DASH_RUN: Final = re.compile(r" *-+ *")
_WORD_CHAR: Final = re.compile(r"\w")


def _rewrite(run: str) -> str:
    if "-" in run:
        return "-"
    return " " if " " in run else ""


def _normalise(text: str, kinds: Iterable[Normalisation] = _TYPOGRAPHIC) -> str:
    """Apply the typographic normalisations in *kinds* to a short text."""
    kinds = frozenset(kinds)
    if Normalisation.QUOTE_MARKS in kinds:
        text = text.translate(_QUOTE_TABLE)
    if Normalisation.DASHES in kinds:
        text = text.translate(_DASH_TABLE)
    if Normalisation.WHITESPACE in kinds:
        text = _SPACE_RUN.sub(
            lambda match: _rewrite(match[0]), text.translate(_SPACE_TABLE)
        )
    if Normalisation.DASHES in kinds:
        text = _DASH_RUN.sub("-", text)
    if Normalisation.CASE in kinds:
        text = _lower(text)
    return text


def _lower(text: str) -> str:
    """Lower-case *text* without changing its length (and so its offsets)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower-case to two ("İ" to "i" and a combining dot):
    # keep the first, which is what a reader compares.
    return "".join(char.lower()[0] for char in text)


def _is_word(char: str) -> bool:
    return _WORD_CHAR.match(char) is not None


class _Document:
    """A text, normalised once, with the indexes built as they are needed."""

    __slots__ = (
        "_bigrams",
        "_capitalised",
        "_deletes",
        "_lower",
        "_norm_at",
        "_orig_at",
        "_replaced",
        "_words",
        "norm",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        translated = text.translate(_ALL_TABLE)
        pieces: list[str] = []
        norm_at = [0]
        orig_at = [0]
        #: Where in the text each character that replaced a run came from.
        replaced: dict[int, tuple[int, int]] = {}
        last = 0
        length = 0
        for match in _RUN.finditer(translated):
            replacement = _rewrite(match[0])
            if replacement == match[0]:
                continue
            pieces.append(translated[last : match.start()])
            pieces.append(replacement)
            length += match.start() - last
            if replacement:
                run = match[0]
                replaced[length] = (
                    match.start() + run.index(replacement),
                    match.start() + run.rindex(replacement) + 1,
                )
                length += 1
            last = match.end()
            norm_at.append(length)
            orig_at.append(last)
        pieces.append(translated[last:])
        self.norm = "".join(pieces)
        self._norm_at = norm_at
        self._orig_at = orig_at
        self._replaced = replaced
        self._lower: str | None = None
        self._words: tuple[list[str], list[int], list[int]] | None = None
        self._bigrams: dict[tuple[str, str], list[int]] | None = None
        self._capitalised: dict[str, list[tuple[int, int]]] | None = None
        self._deletes: dict[int, dict[str, set[str]]] = {}

    @property
    def lower(self) -> str:
        """The normalised text in lower case, offsets unchanged."""
        if self._lower is None:
            self._lower = _lower(self.norm)
        return self._lower

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of the normalised text to the original text.

        A dash that stands for a run (" - ", "--") maps to the run's dashes, a
        space that stands for a run of whitespace to the run's first space.
        """
        first = self._replaced.get(start)
        last = self._replaced.get(end - 1)
        return (
            self._to_original(start) if first is None else first[0],
            self._to_original(end - 1) + 1 if last is None else last[1],
        )

    def _to_original(self, offset: int) -> int:
        at = bisect_right(self._norm_at, offset) - 1
        return self._orig_at[at] + offset - self._norm_at[at]

    @property
    def words(self) -> tuple[list[str], list[int], list[int]]:
        """The lower-case words of the normalised text, with their offsets."""
        if self._words is None:
            words: list[str] = []
            starts: list[int] = []
            ends: list[int] = []
            for match in _TOKEN.finditer(self.lower):
                words.append(match[0])
                starts.append(match.start())
                ends.append(match.end())
            self._words = (words, starts, ends)
        return self._words

    def bigram_index(self) -> dict[tuple[str, str], list[int]]:
        """Word pairs, with the positions (in :attr:`words`) where they start."""
        if self._bigrams is None:
            words = self.words[0]
            index: dict[tuple[str, str], list[int]] = {}
            for position, pair in enumerate(pairwise(words)):
                index.setdefault(pair, []).append(position)
            self._bigrams = index
        return self._bigrams

    def capitalised(self) -> dict[str, list[tuple[int, int]]]:
        """Capitalised words, lower-cased, with their spans in the original text."""
        if self._capitalised is None:
            found: dict[str, list[tuple[int, int]]] = {}
            for match in _NAME_TOKEN.finditer(self.norm):
                word = match[0].removesuffix("'s")
                if word[0].isupper():
                    span = self.original(match.start(), match.start() + len(word))
                    found.setdefault(_lower(word), []).append(span)
            self._capitalised = found
        return self._capitalised

    def deletes(self, depth: int) -> dict[str, set[str]]:
        """Capitalised words by every string left after deleting <= *depth* chars."""
        if depth not in self._deletes:
            index: dict[str, set[str]] = {}
            for word in self.capitalised():
                for variant in _deletions(word, depth):
                    index.setdefault(variant, set()).add(word)
            self._deletes[depth] = index
        return self._deletes[depth]


@functools.lru_cache(maxsize=4)
def _document(text: str) -> _Document:
    return _Document(text)


# --- anchoring ------------------------------------------------------------------

_MAX_INSERTION_GAP: Final = 80
_MAX_ELLIPSIS_GAP: Final = 2000
_MAX_INTERRUPTION_GAP: Final = 300
_MAX_CANDIDATES: Final = 1000
_ELLIPSIS_LITERAL: Final = (
    r"\[(?:\.\.\.|\u2026|\. \. \.)\]|\(\.\.\.\)|\.\.\.|\u2026|\. \. \."
)
#: An ellipsis as printed just before a quote's first word, or just after its last.
_ELLIPSIS_BEFORE: Final = re.compile(f"(?:{_ELLIPSIS_LITERAL}) ?$")
_ELLIPSIS_AFTER: Final = re.compile(f" ?(?:{_ELLIPSIS_LITERAL})")


@frozen
class _Item:
    """A literal piece of a quote's text (*kind* ``None``) or one of its marks."""

    kind: EditorialMarkKind | None
    raw: str
    norm: str
    #: For a mark: no whitespace between it and the piece after (before) it.
    glued_after: bool = False
    glued_before: bool = False


def _items(quote: Quote) -> list[_Item]:
    """Split a quote's text into literal pieces and marks, in order."""
    text = quote.text
    items: list[_Item] = []

    def piece(start: int, end: int) -> None:
        stripped = text[start:end].strip()
        if stripped:
            items.append(_Item(None, stripped, _full(stripped)))

    position = 0
    for mark in quote.marks:
        piece(position, mark.start)
        raw = text[mark.start : mark.end]
        items.append(
            _Item(
                mark.kind,
                raw,
                _full(raw),
                glued_after=mark.end < len(text) and not text[mark.end].isspace(),
                glued_before=mark.start > 0 and not text[mark.start - 1].isspace(),
            )
        )
        position = mark.end
    piece(position, len(text))
    return items


def _full(text: str) -> str:
    """Apply the full normalisation to a short text, keeping its case."""
    return _normalise(text, _TYPOGRAPHIC[:3])


_PartKind = Literal["piece", "literal", "gap"]
#: What part of the normalised text one item matched: (kind, start, end, item).
#: Kind is "piece" (a literal piece of the quote), "literal" (a mark as printed)
#: or "gap" (other words or nothing where the quote has a mark). The item is
#: ``None`` for a leading or trailing mark: its normalisation is counted already,
#: and its part (a mark as printed, or the rest of a word glued to an insertion)
#: belongs to the anchor.
_Part = tuple[_PartKind, int, int, "_Item | None"]


@frozen
class _Match:
    """A match in the normalised text: its extent, and the text's part per item."""

    start: int
    end: int
    parts: tuple[_Part, ...]
    normalisations: frozenset[Normalisation]


class _Matcher:
    """Finds one quote in one document, by stages of increasing tolerance."""

    def __init__(self, quote: Quote, document: _Document) -> None:
        self.quote = quote
        self.document = document
        items = _items(quote)
        pieces = [index for index, item in enumerate(items) if item.kind is None]
        if pieces:
            self.leading = items[: pieces[0]]
            self.core = items[pieces[0] : pieces[-1] + 1]
            self.trailing = items[pieces[-1] + 1 :]
        else:
            self.leading, self.core, self.trailing = [], [], []

    def find(self) -> TextAnchor | None:
        """Return the anchor of the quote's best match, or ``None``.

        Without a hint, the first stage that finds the quote decides, and within
        it the first match; with one, the match nearest the hint, whatever its
        stage (an earlier stage wins a tie).
        """
        if not self.core:
            return None
        locator = self.quote.locator
        hint = None if locator is None else locator.start
        found: list[TextAnchor] = []
        for stage in (self._exact, self._normalised, self._case_folded):
            anchor = stage(hint)
            if anchor is not None:
                if hint is None:
                    return anchor
                found.append(anchor)
        return _best(found, hint, _start)

    def _normalised(self, hint: int | None) -> TextAnchor | None:
        found = _best(self._matches(ignore_case=False), hint, self._start_of)
        return None if found is None else self._anchor(found)

    def _case_folded(self, hint: int | None) -> TextAnchor | None:
        found = _best(self._matches(ignore_case=True), hint, self._start_of)
        return None if found is None else self._anchor(found)

    def _start_of(self, match: _Match) -> int:
        return self.document.original(match.start, match.end)[0]

    def _exact(self, hint: int | None) -> TextAnchor | None:
        text = self.document.text
        wanted = self.quote.text.strip()
        starts = (
            start
            for start in _occurrences(text, wanted)
            if _bounded(text, start, start + len(wanted))
        )
        start = _best(starts, hint, _identity_int)
        if start is None:
            return None
        return _make_anchor(text, ((start, start + len(wanted)),), ())

    def _matches(self, *, ignore_case: bool) -> Iterator[_Match]:
        """Yield the matches of the quote in the normalised text, in order."""
        document = self.document
        haystack = document.lower if ignore_case else document.norm
        core = self.core
        if len(core) == 1:
            wanted = _lower(core[0].norm) if ignore_case else core[0].norm
            for start in _occurrences(haystack, wanted):
                end = start + len(wanted)
                parts: tuple[_Part, ...] = (("piece", start, end, core[0]),)
                match = self._edges(start, end, parts, ignore_case=ignore_case)
                if match is not None:
                    yield match
            return
        pattern, groups = self._pattern(ignore_case=ignore_case)
        longest = max(
            (index for index, item in enumerate(core) if item.kind is None),
            key=lambda index: len(core[index].norm),
        )
        before = sum(_reach(item) for item in core[:longest])
        after = sum(_reach(item) for item in core[longest + 1 :])
        anchor = _lower(core[longest].norm) if ignore_case else core[longest].norm
        searched_to = 0
        for at in _occurrences(haystack, anchor):
            low = max(searched_to, at - before)
            high = at + len(anchor) + after
            while (found := pattern.search(document.norm, low, high)) is not None:
                low = found.start() + 1
                parts = tuple(
                    (kind, found.start(group), found.end(group), item)
                    for item, (kind, group) in zip(
                        core, _resolve(found, core, groups), strict=True
                    )
                )
                match = self._edges(
                    found.start(), found.end(), parts, ignore_case=ignore_case
                )
                if match is not None:
                    yield match
            searched_to = max(searched_to, low)

    def _pattern(
        self, *, ignore_case: bool
    ) -> tuple[re.Pattern[str], list[tuple[int, ...]]]:
        """Return the core as a regular expression, and the groups of each item."""
        chunks: list[str] = []
        groups: list[tuple[int, ...]] = []
        group = 0
        core = self.core
        if _is_word(core[0].norm[0]) and not (
            self.leading and self.leading[-1].glued_after
        ):
            chunks.append(r"(?<!\w)")
        for item in core:
            if item.kind is None:
                chunks.append(f"({re.escape(item.norm)})")
                group += 1
                groups.append((group,))
            elif item.kind is EditorialMarkKind.INTERRUPTION:
                chunks.append(f" ?(.{{0,{_MAX_INTERRUPTION_GAP}}}?) ?")
                group += 1
                groups.append((group,))
            else:
                if item.kind is EditorialMarkKind.INSERTION:
                    literal, gap = re.escape(item.norm), _MAX_INSERTION_GAP
                else:
                    literal, gap = _ELLIPSIS_LITERAL, _MAX_ELLIPSIS_GAP
                chunks.append(f" ?(?:({literal})|(.{{0,{gap}}}?)) ?")
                group += 2
                groups.append((group - 1, group))
        if _is_word(core[-1].norm[-1]) and not (
            self.trailing and self.trailing[0].glued_before
        ):
            chunks.append(r"(?!\w)")
        flags = re.IGNORECASE if ignore_case else 0
        return re.compile("".join(chunks), flags), groups

    def _edges(
        self, start: int, end: int, parts: tuple[_Part, ...], *, ignore_case: bool
    ) -> _Match | None:
        """Take in the leading and trailing marks; check the word boundaries."""
        norm = self.document.norm
        fold: Callable[[str], str] = _lower if ignore_case else _identity
        normalisations: set[Normalisation] = set()
        head: list[_Part] = []
        for item in reversed(self.leading):
            if item.kind is EditorialMarkKind.ELLIPSIS:
                found = _ELLIPSIS_BEFORE.search(norm, max(0, start - 8), start)
                if found is not None:
                    head.insert(0, ("literal", found.start(), start, None))
                    start = found.start()
            elif item.kind is EditorialMarkKind.INSERTION:
                spaced = fold(item.norm) + ("" if item.glued_after else " ")
                if fold(norm[max(0, start - len(spaced)) : start]) == spaced:
                    head.insert(0, ("literal", start - len(spaced), start, None))
                    start -= len(spaced)
                elif item.glued_after and start > 0 and _is_word(norm[start - 1]):
                    word_start = start
                    while word_start > 0 and _is_word(norm[word_start - 1]):
                        word_start -= 1
                    head.insert(0, ("gap", word_start, start, None))
                    start = word_start
                    normalisations.add(Normalisation.INSERTION_REPLACED)
                else:
                    normalisations.add(Normalisation.INSERTION_OMITTED)
        tail: list[_Part] = []
        for item in self.trailing:
            if item.kind is EditorialMarkKind.ELLIPSIS:
                found = _ELLIPSIS_AFTER.match(norm, end)
                if found is not None:
                    tail.append(("literal", end, found.end(), None))
                    end = found.end()
            elif item.kind is EditorialMarkKind.INSERTION:
                spaced = ("" if item.glued_before else " ") + fold(item.norm)
                if fold(norm[end : end + len(spaced)]) == spaced:
                    tail.append(("literal", end, end + len(spaced), None))
                    end += len(spaced)
                elif item.glued_before and end < len(norm) and _is_word(norm[end]):
                    word_end = end
                    while word_end < len(norm) and _is_word(norm[word_end]):
                        word_end += 1
                    tail.append(("gap", end, word_end, None))
                    end = word_end
                    normalisations.add(Normalisation.INSERTION_REPLACED)
                else:
                    normalisations.add(Normalisation.INSERTION_OMITTED)
        if not _bounded(norm, start, end):
            return None
        return _Match(start, end, (*head, *parts, *tail), frozenset(normalisations))

    def _anchor(self, match: _Match) -> TextAnchor:
        """Map a match back to the original text and say what it needed."""
        document = self.document
        normalisations = set(match.normalisations)
        spans: list[tuple[int, int]] = []
        for kind, start, end, item in match.parts:
            if kind == "gap" and item is not None:
                empty = not document.norm[start:end].strip()
                normalisations.add(_gap_normalisation(item, empty=empty))
                continue
            span = document.original(start, end)
            spans.append(span)
            if kind == "piece" and item is not None:
                printed = document.text[span[0] : span[1]]
                normalisations.update(_needed(printed, item.raw))
        return _make_anchor(document.text, tuple(spans), normalisations)


def _identity(text: str) -> str:
    return text


def _identity_int(number: int) -> int:
    return number


def _start(anchor: TextAnchor) -> int:
    return anchor.start


def _gap_normalisation(item: _Item, *, empty: bool) -> Normalisation:
    kind = item.kind
    if kind is EditorialMarkKind.INTERRUPTION:
        return Normalisation.SPLIT
    if kind is EditorialMarkKind.INSERTION:
        return (
            Normalisation.INSERTION_OMITTED
            if empty
            else Normalisation.INSERTION_REPLACED
        )
    return Normalisation.ELLIPSIS_OMITTED if empty else Normalisation.ELLIPSIS_BRIDGED


def _reach(item: _Item) -> int:
    """Return the most characters of the normalised text *item* can match."""
    if item.kind is None:
        return len(item.norm)
    if item.kind is EditorialMarkKind.INTERRUPTION:
        return _MAX_INTERRUPTION_GAP + 2
    if item.kind is EditorialMarkKind.INSERTION:
        return max(len(item.norm), _MAX_INSERTION_GAP) + 2
    return _MAX_ELLIPSIS_GAP + 2


def _resolve(
    found: re.Match[str], core: list[_Item], groups: list[tuple[int, ...]]
) -> Iterator[tuple[_PartKind, int]]:
    """Say for each item of the core which group matched, and as what."""
    for item, numbers in zip(core, groups, strict=True):
        if item.kind is None:
            yield "piece", numbers[0]
        elif item.kind is EditorialMarkKind.INTERRUPTION:
            yield "gap", numbers[0]
        elif found.group(numbers[0]) is not None:
            yield "literal", numbers[0]
        else:
            yield "gap", numbers[1]


def _needed(printed: str, quoted: str) -> set[Normalisation]:
    """Return the typographic normalisations without which *printed* != *quoted*."""
    if printed == quoted:
        return set()
    needed = set()
    for kind in _TYPOGRAPHIC:
        others = [other for other in _TYPOGRAPHIC if other is not kind]
        if _normalise(printed, others) != _normalise(quoted, others):
            needed.add(kind)
    return needed


def _occurrences(haystack: str, needle: str) -> Iterator[int]:
    """Yield the start of every occurrence of *needle*, overlapping ones too."""
    at = haystack.find(needle)
    count = 0
    while at >= 0 and count < _MAX_CANDIDATES:
        yield at
        count += 1
        at = haystack.find(needle, at + 1)


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` neither begins nor ends inside a word."""
    size = len(text)
    if 0 < start < size and _is_word(text[start]) and _is_word(text[start - 1]):
        return False
    return not (0 < end < size and _is_word(text[end - 1]) and _is_word(text[end]))


_T = TypeVar("_T")


def _best(
    candidates: Iterable[_T], hint: int | None, start_of: Callable[[_T], int]
) -> _T | None:
    """Return the first candidate, or with a hint the one starting nearest it."""
    if hint is None:
        return next(iter(candidates), None)
    return min(
        candidates,
        key=lambda candidate: abs(start_of(candidate) - hint),
        default=None,
    )


def _make_anchor(
    text: str,
    spans: tuple[tuple[int, int], ...],
    normalisations: Iterable[Normalisation],
) -> TextAnchor:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    start, end = merged[0][0], merged[-1][1]
    found = set(normalisations)
    return TextAnchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - _CONTEXT) : start],
        suffix=text[end : end + _CONTEXT],
        normalisations=tuple(kind for kind in Normalisation if kind in found),
        spans=tuple(merged),
    )


def anchor_quote(quote: Quote, text: str) -> TextAnchor | None:
    """Find *quote* in *text*; return where, or ``None`` if it is not there.

    Any kind of quote is looked for (a paraphrase too, though it need not be
    found). The quote is found despite typographic differences (curly versus
    straight quote marks and apostrophes, dashes, non-breaking, repeated and
    line-breaking whitespace, soft hyphens, case) and its own marks
    (:attr:`~rightsreport.Quote.marks`): an interruption may stand for the
    attribution that splits it in print; an insertion may be printed as is, or
    the text may have other words there or none; an ellipsis may be printed as
    is, or stand for words the text has. Marks are used as given: a quote
    without marks is matched literally. A match starts and ends at word
    boundaries. When the quote is in the text more than once, the first
    occurrence wins, unless the quote's :attr:`~rightsreport.Quote.locator`
    has a ``start``: then the occurrence nearest it wins.

    The text is normalised once and cached, so anchoring many quotes in the same
    text costs one normalisation.

        >>> from rightsreport import (
        ...     EditorialMark,
        ...     EditorialMarkKind,
        ...     Quote,
        ...     QuoteKind,
        ...     anchor_quote,
        ... )
        >>> text = (
        ...     "'We will consider improving,' he said. 'But if it is made "
        ...     "without the technical basis, it is unacceptable.'"
        ... )
        >>> words = "We will consider improving, But if it [the report] is made"
        >>> quote = Quote(
        ...     id="q",
        ...     text=words,
        ...     kind=QuoteKind.VERBATIM,
        ...     marks=(
        ...         EditorialMark(
        ...             kind=EditorialMarkKind.INTERRUPTION, start=27, end=27
        ...         ),
        ...         *EditorialMark.find_in(words),
        ...     ),
        ... )
        >>> anchor = anchor_quote(quote, text)
        >>> anchor.spans, [text[a:b] for a, b in anchor.spans]
        (((1, 28), (40, 57)), ['We will consider improving,', 'But if it is made'])
        >>> [kind.value for kind in anchor.normalisations]
        ['split', 'insertion_omitted']

    Raises:
        InvalidFieldError: *quote* is not a :class:`~rightsreport.Quote` or
            *text* not a ``str``.
    """
    if not isinstance(quote, Quote):
        raise InvalidFieldError("quote", "a Quote", type(quote).__name__)
    if not isinstance(text, str):
        raise InvalidFieldError("text", "a str", type(text).__name__)
    return _Matcher(quote, _document(text)).find()


# --- the closest passage to a quote that is not found --------------------------

_TOKEN: Final = re.compile(r"\w+(?:'\w+)*")
#: A word pair found more often than this says nothing about where a quote is.
_COMMON: Final = 200
_MIN_SIMILARITY: Final = 0.5
_CANDIDATE_WINDOWS: Final = 3


@frozen
class _Change:
    """One difference between a quote and the passage: the quote's view."""

    kind: Literal["changed", "added", "dropped"]
    quoted: str
    printed: str

    def __str__(self) -> str:
        if self.kind == "changed":
            return f"changed {self.printed!r} to {self.quoted!r}"
        if self.kind == "added":
            return f"added {self.quoted!r}"
        return f"dropped {self.printed!r}"


@frozen
class _Passage:
    """The passage of a text closest to a quote, and how the quote differs."""

    start: int
    end: int
    similarity: float
    changes: tuple[_Change, ...]


def _closest(quote: Quote, document: _Document) -> _Passage | None:
    """Find the passage most like *quote*, through the document's word pairs."""
    spoken = _Document(quote.text)
    quoted, quoted_starts, quoted_ends = spoken.words
    size = len(quoted)
    if size < 2:
        return None
    words = document.words[0]
    index = document.bigram_index()
    votes: Counter[int] = Counter()
    for offset, pair in enumerate(pairwise(quoted)):
        positions = index.get(pair, ())
        if len(positions) <= _COMMON:
            for position in positions:
                votes[position - offset] += 1
    slack = max(3, size // 4)
    best: tuple[float, int, int] | None = None
    for diagonal in _diagonals(votes, slack):
        low = max(0, diagonal - slack)
        window = words[low : diagonal + size + slack]
        blocks = [
            block
            for block in SequenceMatcher(
                None, quoted, window, autojunk=False
            ).get_matching_blocks()
            if block.size
        ]
        first, last = blocks[0], blocks[-1]
        begin = max(0, first.b - first.a)
        finish = min(len(window), last.b + last.size + size - last.a - last.size)
        ratio = SequenceMatcher(
            None, quoted, window[begin:finish], autojunk=False
        ).ratio()
        if best is None or ratio > best[0]:
            best = (ratio, low + begin, low + finish)
    if best is None or best[0] < _MIN_SIMILARITY:
        return None
    ratio, begin, finish = best
    _, starts, ends = document.words
    passage = words[begin:finish]
    allowed = _allowed_differences(quote, spoken, quoted_starts, quoted_ends)
    changes: list[_Change] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(
        None, quoted, passage, autojunk=False
    ).get_opcodes():
        if tag == "equal" or (tag, i1, i2) in allowed:
            continue
        said = (
            _words_of(
                quote.text, spoken.original(quoted_starts[i1], quoted_ends[i2 - 1])
            )
            if i2 > i1
            else ""
        )
        printed = (
            _words_of(
                document.text,
                document.original(starts[begin + j1], ends[begin + j2 - 1]),
            )
            if j2 > j1
            else ""
        )
        kind: Literal["changed", "added", "dropped"] = (
            "changed" if tag == "replace" else "added" if tag == "delete" else "dropped"
        )
        changes.append(_Change(kind, said, printed))
    start, end = document.original(starts[begin], ends[finish - 1])
    return _Passage(start, end, ratio, tuple(changes))


def _diagonals(votes: Counter[int], slack: int) -> list[int]:
    """Return the best-supported alignments of the quote, far enough apart."""
    diagonals = sorted(votes)
    totals = [0]
    for diagonal in diagonals:
        totals.append(totals[-1] + votes[diagonal])
    scored = sorted(
        (
            (
                totals[bisect_right(diagonals, diagonal + slack)]
                - totals[bisect_right(diagonals, diagonal - slack - 1)],
                -diagonal,
            )
            for diagonal in diagonals
        ),
        reverse=True,
    )
    chosen: list[int] = []
    for _, negative in scored:
        if all(abs(-negative - other) > slack for other in chosen):
            chosen.append(-negative)
            if len(chosen) == _CANDIDATE_WINDOWS:
                break
    return chosen


def _allowed_differences(
    quote: Quote, spoken: _Document, starts: list[int], ends: list[int]
) -> set[tuple[str, int, int]]:
    """Return the differences the quote's marks allow, as (opcode, i1, i2).

    Words of an insertion may be replaced or missing in the text; where a mark
    sits between two words (an ellipsis, an interruption, an insertion), the text
    may have words the quote has not.
    """
    spans = [
        spoken.original(start, end) for start, end in zip(starts, ends, strict=True)
    ]
    allowed: set[tuple[str, int, int]] = set()
    for mark in quote.marks:
        inside = [
            position
            for position, (start, end) in enumerate(spans)
            if mark.start <= start and end <= mark.end
        ]
        if mark.kind is EditorialMarkKind.INSERTION and inside:
            first, last = inside[0], inside[-1] + 1
            allowed.update({("replace", first, last), ("delete", first, last)})
        before = sum(1 for _, end in spans if end <= mark.start)
        after = before + len(inside)
        allowed.update({("insert", before, before), ("insert", after, after)})
        if mark.kind is EditorialMarkKind.INSERTION and inside:
            allowed.add(("replace", before, after))
    return allowed


def _words_of(text: str, span: tuple[int, int]) -> str:
    words = " ".join(text[span[0] : span[1]].split())
    return words if len(words) <= 60 else words[:57] + "..."


# --- names ---------------------------------------------------------------------

_NAME_TOKEN: Final = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_MAX_EDITS: Final = 2
#: The default ``name_similarity``, of :func:`text_findings` and of
#: :class:`~rightsreport.ValidationOptions` alike: one threshold for every name rule.
DEFAULT_NAME_SIMILARITY: Final = 0.9


def _name_tokens(name: str) -> list[str]:
    """Return the words of a name, possessives dropped ("Sopheap's": "Sopheap")."""
    return [
        token.removesuffix("'s")
        for token in _NAME_TOKEN.findall(_normalise(name, _TYPOGRAPHIC[:3]))
    ]


def _deletions(word: str, depth: int) -> set[str]:
    """Every string left after deleting at most *depth* characters of *word*."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {
            variant[:index] + variant[index + 1 :]
            for variant in frontier
            for index in range(len(variant))
        }
        found |= frontier
    return found


def _allowed_edits(similarity: float, length: int) -> int:
    """Return how many edits leave a word of *length* at least *similarity* alike.

    With a hair of slack, as ``_similarity.near`` has, so that
    one edit in ten reaches 0.9 and two in ten reach 0.8 (``1 - 0.8`` is a shade
    under 0.2 in floating point).
    """
    return int((1 - similarity) * length + 1e-9)


def _is_person(source: Source) -> bool:
    return (
        source.kind is SourceKind.PERSON
        or source.identification is IdentificationLevel.PSEUDONYM
    )


def _name_fields(source: Source) -> list[tuple[str, str]]:
    fields = [] if source.name is None else [("name", source.name)]
    fields.extend(
        (f"aliases[{index}]", alias) for index, alias in enumerate(source.aliases)
    )
    return fields


def _name_findings(
    report: Report, document: _Document, similarity: float, protected: set[str]
) -> Iterator[Finding]:
    known = {
        _lower(token)
        for source in report.sources
        for name in source.names
        for token in _name_tokens(name)
    }
    capitalised = document.capitalised()
    for index, source in enumerate(report.sources):
        fields = _name_fields(source)
        if not fields:
            continue
        hidden = source.id in protected
        if not any(_find_phrase(document, name) for _, name in fields):
            yield _missing_name(index, source, fields, hidden=hidden)
        if not _is_person(source):
            continue
        reported: set[str] = set()
        for field_name, name in fields:
            for token in _name_tokens(name):
                wanted = _lower(token)
                depth = min(
                    _MAX_EDITS, _allowed_edits(similarity, len(wanted) + _MAX_EDITS)
                )
                if depth < 1:
                    continue
                index_of = document.deletes(depth)
                candidates: set[str] = set()
                for variant in _deletions(wanted, depth):
                    candidates |= index_of.get(variant, set())
                for word in sorted(candidates - known - reported):
                    longer = max(len(wanted), len(word))
                    if damerau_levenshtein(wanted, word) > _allowed_edits(
                        similarity, longer
                    ):
                        continue
                    reported.add(word)
                    yield _near_miss(
                        document,
                        path=f"$.sources[{index}].{field_name}",
                        token=token,
                        name=name,
                        misses=capitalised[word],
                        correct=capitalised.get(wanted, []),
                        hidden=hidden,
                    )


def _find_phrase(document: _Document, phrase: str) -> bool:
    wanted = _lower(_full(phrase.strip()))
    haystack = document.lower
    return any(
        _bounded(haystack, start, start + len(wanted))
        for start in _occurrences(haystack, wanted)
    )


def _missing_name(
    index: int, source: Source, fields: list[tuple[str, str]], *, hidden: bool
) -> Finding:
    path = f"$.sources[{index}].{fields[0][0]}"
    if hidden:
        message = "none of this protected source's names is in the text"
    else:
        names = ", ".join(repr(name) for _, name in fields)
        message = f"none of the source's names ({names}) is in the text"
    return Finding(
        code="RR806",
        severity=Severity.INFO,
        path=path,
        message=message,
        hint="check the spelling, or add the name the text uses as an alias",
    )


def _near_miss(
    document: _Document,
    *,
    path: str,
    token: str,
    name: str,
    misses: list[tuple[int, int]],
    correct: list[tuple[int, int]],
    hidden: bool,
) -> Finding:
    first = misses[0]
    where = _spans_text(misses)
    if correct:
        nearest = min(correct, key=lambda span: abs(span[0] - first[0]))
        spelt = f"{nearest[0]}..{nearest[1]}"
    else:
        spelt = ""
    if hidden:
        message = (
            f"a word at {where} looks like a misspelling of this protected "
            "source's name"
            + (f", which the text spells correctly at {spelt}" if spelt else "")
        )
    else:
        printed = document.text[first[0] : first[1]]
        message = (
            f"{printed!r} at {where} looks like a misspelling of {token!r} "
            f"in the name {name!r}"
            + (
                f", which the text spells so at {spelt}"
                if spelt
                else ", which the text never spells so"
            )
        )
    return Finding(
        code="RR802",
        severity=Severity.WARNING,
        path=path,
        message=message,
        hint="correct the text, or add the spelling as an alias if it is not a "
        "misspelling",
    )


def _spans_text(spans: list[tuple[int, int]], most: int = 5) -> str:
    shown = ", ".join(f"{start}..{end}" for start, end in spans[:most])
    more = len(spans) - most
    return f"{shown} and {more} more" if more > 0 else shown


# --- figures -------------------------------------------------------------------

_STEM: Final = 5
_STOP_WORDS: Final = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "had",
    "has", "have", "in", "into", "is", "it", "its", "of", "on", "or", "per", "that",
    "the", "their", "these", "this", "those", "to", "was", "were", "which", "with",
})  # fmt: skip


def _forms(value: Number, printed: str | None) -> list[str]:
    """How the text may print a figure: as given, else grouped and plain."""
    if printed is not None:
        return [printed]
    plain = str(value) if isinstance(value, int) else format(value, "f")
    grouped = f"{value:,}"
    return [grouped] if grouped == plain else [grouped, plain]


def _figure_spans(document: _Document, form: str) -> list[tuple[int, int]]:
    """Where *form* is printed, not as part of a longer number or word."""
    wanted = _lower(_full(form.strip()))
    haystack = document.lower
    spans = []
    for start in _occurrences(haystack, wanted):
        end = start + len(wanted)
        before = haystack[max(0, start - 2) : start]
        after = haystack[end : end + 2]
        if (
            before[-1:].isdigit()
            or (before[-1:] in {".", ","} and before[:1].isdigit())
            or after[:1].isdigit()
            or (after[:1] in {".", ","} and after[1:].isdigit())
            or not _bounded(haystack, start, end)
        ):
            continue
        spans.append((start, end))
    return spans


def _stems(words: str) -> list[str]:
    return [
        word[:_STEM]
        for word in _TOKEN.findall(_lower(_full(words)))
        if word not in _STOP_WORDS
    ]


def _near_measure(
    document: _Document, span: tuple[int, int], stems: list[str], window: int
) -> bool:
    if not stems:
        return True
    nearby = _TOKEN.findall(document.lower[max(0, span[0] - window) : span[1] + window])
    present = sum(1 for stem in stems if any(word.startswith(stem) for word in nearby))
    return 2 * present >= len(stems)


def _figure_findings(
    report: Report, document: _Document, window: int, protected: set[str]
) -> Iterator[Finding]:
    for index, statistic in enumerate(report.statistics):
        hidden = statistic_is_protected(statistic, protected)
        path = f"$.statistics[{index}]"
        yield from _figure(
            document,
            path,
            value=statistic.value,
            printed=statistic.printed,
            measure=statistic.measure,
            window=window,
            hidden=hidden,
        )
        if statistic.breakdown is None:
            continue
        for number, part in enumerate(statistic.breakdown.parts):
            yield from _figure(
                document,
                f"{path}.breakdown.parts[{number}]",
                value=part.value,
                printed=part.printed,
                measure=part.label,
                window=window,
                hidden=hidden,
            )


def _figure(
    document: _Document,
    path: str,
    *,
    value: Number,
    printed: str | None,
    measure: str,
    window: int,
    hidden: bool,
) -> Iterator[Finding]:
    path += ".value" if printed is None else ".printed"
    forms = _forms(value, printed)
    spans = sorted({span for form in forms for span in _figure_spans(document, form)})
    described = (
        "a figure of a protected source" if hidden else f"the figure {forms[0]!r}"
    )
    if not spans:
        yield Finding(
            code="RR803",
            severity=Severity.WARNING,
            path=path,
            message=f"{described} is not in the text",
            hint="check the figure, or set 'printed' to the figure as the text "
            "prints it",
        )
        return
    stems = _stems(measure)
    if any(_near_measure(document, span, stems, window) for span in spans):
        return
    where = _spans_text([document.original(*span) for span in spans], most=3)
    measure_text = "" if hidden else f" {measure!r}"
    yield Finding(
        code="RR805",
        severity=Severity.WARNING,
        path=path,
        message=f"{described} is in the text (at {where}) but not near its "
        f"measure{measure_text}",
        hint="check that the figure counts what its measure says",
    )


# --- quotes --------------------------------------------------------------------

_SENTENCE_END: Final = ".!?"


def _starts_sentence(text: str, start: int) -> bool:
    at = start
    while at > 0 and (text[at - 1].isspace() or text[at - 1] in _OPENING_QUOTES):
        if text[at - 1] == "\n":
            return True
        at -= 1
    return (
        at == 0
        or text[at - 1] in _SENTENCE_END
        or (
            text[at - 1] in _CLOSING_QUOTES and at > 1 and text[at - 2] in _SENTENCE_END
        )
    )


def _ends_sentence(text: str, end: int) -> bool:
    if text[end - 1] in _SENTENCE_END:
        return True
    at = end
    while at < len(text) and text[at] in _CLOSING_QUOTES:
        at += 1
    return at == len(text) or text[at] in _SENTENCE_END or text[at] == "\n"


def _in_quote_marks(text: str, start: int, end: int) -> bool:
    at = end
    while at < len(text) and text[at] in ",.;:!?":
        at += 1
    return (
        start > 0
        and text[start - 1] in _OPENING_QUOTES
        and at < len(text)
        and text[at] in _CLOSING_QUOTES
    )


def _quote_findings(
    report: Report, document: _Document, protected: set[str]
) -> Iterator[Finding]:
    text = document.text
    for index, quote in enumerate(report.quotes):
        path = f"$.quotes[{index}]"
        hidden = quote_is_protected(quote, protected)
        anchor = _Matcher(quote, document).find()
        if quote.kind is QuoteKind.PARAPHRASE:
            if anchor is not None and (
                (
                    _starts_sentence(text, anchor.start)
                    and _ends_sentence(text, anchor.end)
                )
                or _in_quote_marks(text, anchor.start, anchor.end)
            ):
                yield Finding(
                    code="RR804",
                    severity=Severity.INFO,
                    path=f"{path}.kind",
                    message="the paraphrase is a verbatim "
                    + (
                        "quote"
                        if _in_quote_marks(text, anchor.start, anchor.end)
                        else "sentence"
                    )
                    + f" of the text, at {anchor.start}..{anchor.end}",
                    hint="if the words are the speaker's own, make it a verbatim or "
                    "partial quote",
                )
            continue
        if anchor is None:
            yield _not_found(path, quote, _closest(quote, document), hidden=hidden)
            continue
        locator = quote.locator
        if locator is not None and (
            (locator.start is not None and locator.start != anchor.start)
            or (locator.end is not None and locator.end != anchor.end)
        ):
            recorded = f"{_offset(locator.start)}..{_offset(locator.end)}"
            yield Finding(
                code="RR807",
                severity=Severity.WARNING,
                path=f"{path}.locator",
                message=f"the quote is recorded at {recorded} but found at "
                f"{anchor.start}..{anchor.end}",
                hint="update the locator, or check that the text is the version "
                "the offsets were taken from",
            )


def _offset(offset: int | None) -> str:
    return "?" if offset is None else str(offset)


def _not_found(
    path: str, quote: Quote, passage: _Passage | None, *, hidden: bool
) -> Finding:
    kind = quote.kind.value
    hint = (
        "check the transcription against the text, and mark the quote's insertions, "
        "ellipses and interruptions"
    )
    if passage is None:
        message = f"{kind} quote not found in the text, nor any passage like it"
        return Finding(
            code="RR801",
            severity=Severity.WARNING,
            path=f"{path}.text",
            message=message,
            hint=hint,
        )
    similar = f"{round(passage.similarity * 100)}% similar"
    message = (
        f"{kind} quote not found in the text; the closest passage is at "
        f"{passage.start}..{passage.end} ({similar})"
    )
    if hidden:
        counts = Counter(change.kind for change in passage.changes)
        message += (
            f", with {counts['changed']} changed, {counts['added']} added and "
            f"{counts['dropped']} dropped"
        )
    elif passage.changes:
        shown = "; ".join(str(change) for change in passage.changes[:5])
        more = len(passage.changes) - 5
        message += f": {shown}" + (f"; and {more} more" if more > 0 else "")
    else:
        message += ", and differs only in punctuation or spacing"
    return Finding(
        code="RR801",
        severity=Severity.WARNING,
        path=f"{path}.text",
        message=message,
        hint=hint,
    )


def text_findings(
    report: Report,
    text: str,
    *,
    name_similarity: float = DEFAULT_NAME_SIMILARITY,
    figure_window: int = 200,
) -> tuple[Finding, ...]:
    """Check *report* against its document's *text*; return what doesn't agree.

    The codes (see the text evidence page of the documentation):

    - ``RR801`` (warning): a verbatim or partial quote is not in the text,
      allowing for typography and its marks (see :func:`anchor_quote`); the
      message gives the closest passage, its offsets and how the quote differs
      from it (words changed, added, dropped).
    - ``RR802`` (warning): a word of the text looks like a misspelling of a
      person's name or alias ("Rodemeier" for "Roedemeier"), with its offsets and
      those of the name spelt right nearest it.
    - ``RR803`` (warning): a statistic's figure (or a part of its breakdown) is
      not in the text: :attr:`~rightsreport.Statistic.printed` if given, else the
      value, grouped ("1,659") or plain.
    - ``RR804`` (info): a paraphrase is a whole sentence of the text, or is in
      quotation marks there: it may be a verbatim quote.
    - ``RR805`` (warning): a figure is in the text, but never near the words of
      its measure (or its part's label).
    - ``RR806`` (info): none of a named source's names and aliases is in the text.
    - ``RR807`` (warning): a quote is found, but not at the offsets its
      :attr:`~rightsreport.Quote.locator` records.

    Findings come in that order of the report: quotes, then sources, then
    statistics. No message contains a value of a protected source, restricted or
    confidential (its name, a quote or figure that derives from it): those
    findings give paths and offsets only.

        >>> from rightsreport import text_findings
        >>> from rightsreport.examples import cambodia_2020
        >>> text = (
        ...     "Chad Roedemeier, information officer at the U.S. Embassy, said "
        ...     "the report was routine. Rodemeier said so twice."
        ... )
        >>> article = cambodia_2020()
        >>> [f.message for f in text_findings(article, text) if f.code == "RR802"]
        ["'Rodemeier' at 87..96 looks like a misspelling of 'Roedemeier' in the name 'Chad Roedemeier', which the text spells so at 5..15"]

    Args:
        report: The report whose quotes, sources and statistics are checked.
        text: The document's text, as printed.
        name_similarity: How alike (0 to 1: one minus the Damerau-Levenshtein
            distance over the longer length) a word must be to a word of a
            person's name to count as a misspelling of it (RR802); at most two
            edits are looked for. The default, 0.9, is that of
            :class:`~rightsreport.ValidationOptions`, and
            :func:`~rightsreport.validate` passes its own ``name_similarity``.
            Unlike RR401 and RR403, RR802 does not also take the Jaro-Winkler
            similarity: in running text its bonus for a shared start would make
            ordinary words misspellings of short names ("China" of "Chin": 0.96).
        figure_window: How many characters either side of a figure its measure's
            words are looked for.

    Raises:
        InvalidFieldError: an argument has the wrong type or is out of range.
    """
    if not isinstance(report, Report):
        raise InvalidFieldError("report", "a Report", type(report).__name__)
    if not isinstance(text, str):
        raise InvalidFieldError("text", "a str", type(text).__name__)
    similarity: object = name_similarity
    if (
        not isinstance(similarity, int | float)
        or isinstance(similarity, bool)
        or not 0 < similarity <= 1
    ):
        raise InvalidFieldError(
            "name_similarity", "a number above 0 and at most 1", repr(name_similarity)
        )
    if type(figure_window) is not int or figure_window < 0:
        raise InvalidFieldError(
            "figure_window", "a non-negative int", repr(figure_window)
        )
    document = _document(text)
    protected = protected_sources(report.sources)
    return (
        *_quote_findings(report, document, protected),
        *_name_findings(report, document, name_similarity, protected),
        *_figure_findings(report, document, figure_window, protected),
    )
