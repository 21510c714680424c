"""Quotes: marks within the text, segments, insertions removed."""

from __future__ import annotations

import pytest

from rightsreport import (
    EditorialMark,
    EditorialMarkKind,
    InvalidFieldError,
    LocalisedText,
    PartialDate,
    Quote,
    QuoteKind,
)

INSERTION = EditorialMarkKind.INSERTION
INTERRUPTION = EditorialMarkKind.INTERRUPTION


def _quote(text: str = "words", **changes: object) -> Quote:
    return Quote(id="q1", text=text, kind=QuoteKind.VERBATIM, **changes)  # type: ignore[arg-type]


def test_minimal_quote() -> None:
    """A quote needs an id, a text and a kind; the rest is optional."""
    quote = _quote()
    assert quote.speaker_id is None
    assert quote.marks == ()
    assert quote.segments() == ("words",)
    assert quote.without_insertions() == "words"


def test_translation_and_original() -> None:
    """A quote may carry its original words and a translation."""
    quote = _quote(
        "We recognize the report",
        language="en",
        original=LocalisedText(text="យើងទទួលស្គាល់របាយការណ៍", language="km"),
        said_on=PartialDate(year=2021, month=3),
    )
    assert quote.original is not None
    assert quote.original.language == "km"


@pytest.mark.parametrize(
    ("marks", "message"),
    [
        (
            (EditorialMark(kind=INSERTION, start=2, end=9),),
            "'marks[0]' must be offsets within the text (0 to 5) (got 2..9)",
        ),
        (
            (
                EditorialMark(kind=INSERTION, start=2, end=4),
                EditorialMark(kind=INSERTION, start=3, end=5),
            ),
            "'marks[1]' must be in order and not overlapping (starting at 4 or later) (got 3..5)",
        ),
        (
            (EditorialMark(kind=INTERRUPTION, start=6, end=6),),
            "'marks[0]' must be offsets within the text (0 to 5) (got 6..6)",
        ),
    ],
)
def test_marks_must_fit_the_text(
    marks: tuple[EditorialMark, ...], message: str
) -> None:
    """Marks lie within the text, in order, without overlapping."""
    with pytest.raises(InvalidFieldError) as caught:
        _quote(marks=marks)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "verbatim"}, "'kind' must be a QuoteKind (got str)"),
        (
            {"language": "en_GB"},
            "'language' must be a BCP 47 language tag in canonical form such as 'en' or 'en-US' (got 'en_GB')",
        ),
        ({"said_on": "2021"}, "'said_on' must be a PartialDate (got str)"),
        ({"speaker_id": 3}, "'speaker_id' must be an id (str) (got int)"),
        ({"attributed_as": ""}, "'attributed_as' must be a non-empty str (got '')"),
        (
            {"marks": [EditorialMark(kind=INSERTION, start=0, end=1)]},
            "'marks' must be a tuple of EditorialMark (got list)",
        ),
    ],
)
def test_construction_refuses(changes: dict[str, object], message: str) -> None:
    """Fields refuse wrong types, naming the field."""
    kind = changes.pop("kind", QuoteKind.VERBATIM)
    with pytest.raises(InvalidFieldError) as caught:
        Quote(id="q", text="words", kind=kind, **changes)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_empty_text_is_refused() -> None:
    """A quote of nothing is not a quote."""
    with pytest.raises(InvalidFieldError, match=r"^'text' must be a non-empty str"):
        _quote("")


def test_segments_and_insertions() -> None:
    """Interruptions split the text; insertions can be removed."""
    text = "we will consider improving, But if it [the report] is made"
    marks = (
        EditorialMark(kind=INTERRUPTION, start=27, end=27),
        *EditorialMark.find_in(text),
    )
    quote = _quote(text, marks=marks)
    assert quote.segments() == (
        "we will consider improving,",
        "But if it [the report] is made",
    )
    assert quote.without_insertions() == "we will consider improving, But if it is made"
    assert quote.marked_text(marks[1]) == "[the report]"


def test_interruption_at_the_edges_gives_no_empty_segment() -> None:
    """An interruption at the start or end yields no empty segment."""
    quote = _quote(
        marks=(
            EditorialMark(kind=INTERRUPTION, start=0, end=0),
            EditorialMark(kind=INTERRUPTION, start=5, end=5),
        )
    )
    assert quote.segments() == ("words",)
