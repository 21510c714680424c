"""Disclosure (domain rule 10): what is protected, and what a public export shows.

Two questions, answered here once for every module that asks them:

- Which sources, quotes and statistics are *protected*: a message (an error, a
  finding) never repeats a value taken from one. A source is protected when its
  disclosure is restricted or confidential (:data:`PROTECTED`); a quote or
  statistic with a disclosure of its own is protected when that disclosure is,
  and otherwise follows its speaker, or its source and relays
  (:func:`quote_is_protected`, :func:`statistic_is_protected`).
- Which texts an object shows, and where: :data:`PUBLISHED` lists, for each
  model class, the fields whose text a reader of a public export sees;
  :func:`strings` walks an object's strings with their JSON paths (those fields,
  or every field), and :func:`published_texts` gathers the published texts of
  many objects of one class at once, without paths, for a quick first scan.

    >>> from rightsreport import Disclosure, Quote, QuoteKind
    >>> quote = Quote(
    ...     id="q1",
    ...     text="We saw it.",
    ...     kind=QuoteKind.VERBATIM,
    ...     speaker_id="s1",
    ...     attributed_as="Sok Chea",
    ... )
    >>> quote_is_protected(quote, {"s1"})
    True
    >>> strings(quote, "$.quotes[0]")
    [('$.quotes[0].text', 'We saw it.'), ('$.quotes[0].attributed_as', 'Sok Chea')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain
from operator import attrgetter
from typing import Any, Final

import attrs

from rightsreport._dates import PartialDate, Period
from rightsreport._quote import Quote
from rightsreport._report import Claim, Illustration, Report
from rightsreport._source import Source
from rightsreport._statistic import Breakdown, BreakdownPart, Statistic
from rightsreport._values import Affiliation, LocalisedText, Place
from rightsreport._vocabulary import Disclosure

__all__ = [
    "PROTECTED",
    "PROTECTED_SOURCE",
    "PUBLISHED",
    "protected_sources",
    "published_quotes",
    "published_statistics",
    "published_texts",
    "quote_is_protected",
    "statistic_is_protected",
    "strings",
]

#: The disclosures of the sources that no message and no public export may
#: identify: a restricted source is shown to the keeping organisation's own
#: people only, a confidential one to nobody.
PROTECTED: Final = frozenset({Disclosure.RESTRICTED, Disclosure.CONFIDENTIAL})
# A module constant: reading an enum member from its class costs a descriptor
# call in Python 3.11, and these checks run once per object.
_PUBLIC: Final = Disclosure.PUBLIC


def protected_sources(sources: Iterable[Source]) -> set[str]:
    """Return the ids of the protected sources among *sources*.

    >>> from rightsreport.examples import cambodia_2020
    >>> protected_sources(cambodia_2020().sources)
    set()
    """
    return {source.id for source in sources if source.disclosure is not _PUBLIC}


def quote_is_protected(quote: Quote, protected: AbstractSet[str]) -> bool:
    """Whether *quote* is protected: by its own disclosure, else by its speaker's.

    *protected* holds the ids of the protected sources
    (:func:`protected_sources`).
    """
    disclosure = quote.disclosure
    if disclosure is not None:
        return disclosure is not _PUBLIC
    return quote.speaker_id in protected


def statistic_is_protected(statistic: Statistic, protected: AbstractSet[str]) -> bool:
    """Whether *statistic* is protected: by its own disclosure, else by its sources'.

    Without a disclosure of its own, a figure is protected when its source or
    any report that relayed it is (*protected* as for
    :func:`quote_is_protected`).
    """
    disclosure = statistic.disclosure
    if disclosure is not None:
        return disclosure is not _PUBLIC
    if not protected:
        return False
    return statistic.source_id in protected or (
        bool(statistic.relayed_via) and not protected.isdisjoint(statistic.relayed_via)
    )


# -- the published texts --------------------------------------------------------

# How a field holds its text: a str or None, a tuple of str, one nested object
# or None, a tuple of nested objects, or extensions (strings at any depth).
_TEXT, _TEXTS, _ONE, _MANY, _EXTENSIONS = range(5)
_Field = tuple[str, int, type | None]

#: For each model class, the fields whose text a public export shows, in the
#: order findings about them come; the nested classes say where to go on.
PUBLISHED: Final[Mapping[type, tuple[_Field, ...]]] = {
    Report: (
        ("title", _TEXT, None),
        ("edition", _TEXT, None),
        ("note", _TEXT, None),
        ("extensions", _EXTENSIONS, None),
    ),
    Claim: (
        ("text", _TEXT, None),
        ("note", _TEXT, None),
        ("extensions", _EXTENSIONS, None),
    ),
    Source: (
        ("description", _TEXT, None),
        ("name", _TEXT, None),
        ("note", _TEXT, None),
        ("aliases", _TEXTS, None),
        ("affiliations", _MANY, Affiliation),
        ("extensions", _EXTENSIONS, None),
    ),
    Affiliation: (("role", _TEXT, None), ("organisation", _TEXT, None)),
    Quote: (
        ("text", _TEXT, None),
        ("attributed_as", _TEXT, None),
        ("note", _TEXT, None),
        ("original", _ONE, LocalisedText),
        ("translation", _ONE, LocalisedText),
        ("extensions", _EXTENSIONS, None),
    ),
    LocalisedText: (("text", _TEXT, None),),
    Statistic: (
        ("measure", _TEXT, None),
        ("unit", _TEXT, None),
        ("printed", _TEXT, None),
        ("note", _TEXT, None),
        ("place", _ONE, Place),
        ("breakdown", _ONE, Breakdown),
        ("extensions", _EXTENSIONS, None),
    ),
    Place: (("name", _TEXT, None),),
    Breakdown: (("parts", _MANY, BreakdownPart),),
    BreakdownPart: (("label", _TEXT, None),),
    Illustration: (
        ("caption", _TEXT, None),
        ("credit", _TEXT, None),
        ("place", _ONE, Place),
    ),
}
#: What a protected source shows: its public description, nothing else.
PROTECTED_SOURCE: Final[tuple[_Field, ...]] = (("description", _TEXT, None),)

# Every field of each class seen, for :func:`strings` with ``every=True``.
_EVERY_FIELD: dict[type, tuple[str, ...] | None] = {}


def _every_field(cls: type) -> tuple[str, ...] | None:
    """Return the names of *cls*'s fields, or None for a value written as text."""
    if cls not in _EVERY_FIELD:
        _EVERY_FIELD[cls] = (
            tuple(field.name for field in attrs.fields(cls))
            if attrs.has(cls) and not issubclass(cls, (PartialDate, Period))
            else None
        )
    return _EVERY_FIELD[cls]


def strings(
    value: object,
    path: str,
    *,
    every: bool = False,
    protected: bool = False,
    safe_key: Callable[[str], bool] | None = None,
) -> list[tuple[str, str]]:
    """Return the strings under *value* as ``(path, text)`` pairs, in field order.

    By default, the texts a public export shows of an object of a class in
    :data:`PUBLISHED`, the strings inside its extensions among them;
    *protected* gives a source's as :data:`PROTECTED_SOURCE`. With *every*,
    every string under any value: texts, ids, enum values, and numbers and
    dates in their written form.

    Mapping keys make paths (``['org.example:key']``). With *safe_key*, a key
    it refuses is not put in a path: it comes as a string at the mapping's own
    path, and what it holds is not walked.

        >>> from rightsreport import Statistic
        >>> strings(Statistic(id="n1", value=3, measure="arrests"), "$", every=True)[:3]
        [('$.id', 'n1'), ('$.value', '3'), ('$.measure', 'arrests')]
    """
    found: list[tuple[str, str]] = []
    if every:
        _walk(value, path, found, every=True, safe_key=safe_key)
    else:
        plan = _PROTECTED_SOURCE_ROWS if protected else _ROWS[type(value)]
        _rows(value, path, plan, found)
    return found


def _walk(
    value: object,
    path: str,
    found: list[tuple[str, str]],
    *,
    every: bool,
    safe_key: Callable[[str], bool] | None,
) -> None:
    """Add the strings under any *value* to *found*, following every field."""
    if value is None or value is True or value is False:
        return
    if isinstance(value, str):
        found.append((path, value))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", found, every=every, safe_key=safe_key)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if safe_key is not None and not safe_key(key):
                found.append((path, key))
            else:
                _walk(item, f"{path}[{key!r}]", found, every=every, safe_key=safe_key)
    elif every:
        fields = _every_field(type(value))
        if fields is None:  # numbers and dates, as they are written
            found.append((path, str(value)))
        else:
            for name in fields:
                _walk(
                    getattr(value, name),
                    f"{path}.{name}",
                    found,
                    every=every,
                    safe_key=safe_key,
                )


# The plans of strings: for each published field, its name, its path suffix,
# how it holds its text, and the nested class's plan.
_Rows = tuple[tuple[str, str, int, "_Rows | None"], ...]


def _row_plan(fields: tuple[_Field, ...]) -> _Rows:
    return tuple(
        (
            name,
            f".{name}",
            kind,
            None if nested is None else _row_plan(PUBLISHED[nested]),
        )
        for name, kind, nested in fields
    )


_ROWS: Final = {cls: _row_plan(fields) for cls, fields in PUBLISHED.items()}
_PROTECTED_SOURCE_ROWS: Final = _row_plan(PROTECTED_SOURCE)


def _rows(value: object, path: str, plan: _Rows, found: list[tuple[str, str]]) -> None:
    for name, suffix, kind, nested in plan:
        item: Any = getattr(value, name)
        if item is None:
            continue
        if kind == _TEXT:
            found.append((path + suffix, item))
        elif kind == _TEXTS:
            found.extend(
                (f"{path}{suffix}[{index}]", text) for index, text in enumerate(item)
            )
        elif kind == _EXTENSIONS:
            if item:
                _walk(item, path + suffix, found, every=False, safe_key=None)
        elif kind == _ONE:
            assert nested is not None  # noqa: S101  (PUBLISHED names it)
            _rows(item, path + suffix, nested, found)
        else:
            assert nested is not None  # noqa: S101  (PUBLISHED names it)
            for index, each in enumerate(item):
                _rows(each, f"{path}{suffix}[{index}]", nested, found)


# The plans of published_texts: for each field, its getter, how it holds its
# text, and the nested class's plan.
_Plan = tuple[tuple[Callable[[object], object], int, "_Plan | None"], ...]


def _plan(fields: tuple[_Field, ...]) -> _Plan:
    return tuple(
        (
            # Extensions are empty for most objects; their dict says so in C.
            attrgetter(f"{name}._data" if kind == _EXTENSIONS else name),
            kind,
            None if nested is None else _plan(PUBLISHED[nested]),
        )
        for name, kind, nested in fields
    )


_PLANS: Final = {cls: _plan(fields) for cls, fields in PUBLISHED.items()}
_CHUNK: Final = 128
_PROTECTED_SOURCE_PLAN: Final = _plan(PROTECTED_SOURCE)


def published_texts(
    objects: Sequence[object],
    cls: type,
    out: list[str | None],
    *,
    protected: bool = False,
) -> None:
    """Add the published texts of *objects*, all of class *cls*, to *out*.

    The texts :func:`strings` gives, without paths and in no particular order,
    with ``None`` for fields left empty (and some texts twice): each field is
    read for every object at once. *protected* gives sources' texts as
    :data:`PROTECTED_SOURCE`.

        >>> from rightsreport import Source, SourceKind, IdentificationLevel
        >>> chea = Source(
        ...     id="s",
        ...     kind=SourceKind.PERSON,
        ...     name="Sok Chea",
        ...     identification=IdentificationLevel.NAMED,
        ...     aliases=("Chea",),
        ... )
        >>> out: list[str | None] = []
        >>> published_texts([chea], Source, out)
        >>> sorted({text for text in out if text is not None})
        ['Chea', 'Sok Chea']
    """
    plan = _PROTECTED_SOURCE_PLAN if protected else _PLANS[cls]
    # A few hundred objects at a time: each field of a chunk is read while the
    # chunk is still in the processor's caches.
    for start in range(0, len(objects), _CHUNK):
        _columns(objects[start : start + _CHUNK], plan, out)


def _columns(objects: Sequence[object], plan: _Plan, out: list[str | None]) -> None:
    # One map per field: a getter of several fields, building a tuple per
    # object, costs more than it saves.
    for getter, kind, nested in plan:
        column = map(getter, objects)
        if kind == _TEXT:
            out.extend(column)  # type: ignore[arg-type]  # str or None: PUBLISHED
        elif kind == _TEXTS:
            out.extend(chain.from_iterable(column))  # type: ignore[arg-type]
        elif kind == _EXTENSIONS:
            for data in filter(None, column):
                found: list[tuple[str, str]] = []
                _walk(data, "", found, every=False, safe_key=None)
                out.extend(text for _, text in found)
        else:
            assert nested is not None  # noqa: S101  (PUBLISHED names it)
            items = (
                list(filter(None, column))
                if kind == _ONE
                else list(chain.from_iterable(column))  # type: ignore[arg-type]
            )
            if items:
                _columns(items, nested, out)


def published_quotes(
    quotes: Sequence[Quote], protected: AbstractSet[str]
) -> list[Quote]:
    """Return the quotes :func:`quote_is_protected` does not protect, quickly."""
    public = _PUBLIC
    return [
        quote
        for quote in quotes
        if (quote.disclosure is None and quote.speaker_id not in protected)
        or quote.disclosure is public
    ]


def published_statistics(
    statistics: Sequence[Statistic], protected: AbstractSet[str]
) -> list[Statistic]:
    """Return the statistics :func:`statistic_is_protected` does not protect, quickly."""
    public = _PUBLIC
    if not protected:
        return [s for s in statistics if s.disclosure is None or s.disclosure is public]
    return [
        s
        for s in statistics
        if (
            s.disclosure is None
            and s.source_id not in protected
            and (not s.relayed_via or protected.isdisjoint(s.relayed_via))
        )
        or s.disclosure is public
    ]
