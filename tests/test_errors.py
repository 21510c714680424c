"""Errors: typed, picklable, subclasses of the builtins callers expect."""

from __future__ import annotations

import pickle

from rightsreport import InvalidFieldError, RightsReportError


def test_invalid_field_error_is_a_type_and_value_error() -> None:
    """Code that catches ValueError or TypeError keeps working."""
    error = InvalidFieldError("month", "a month from 1 to 12", "13")
    assert isinstance(error, RightsReportError)
    assert isinstance(error, ValueError)
    assert isinstance(error, TypeError)
    assert str(error) == "'month' must be a month from 1 to 12 (got 13)"
    assert (error.field, error.expected, error.got) == (
        "month",
        "a month from 1 to 12",
        "13",
    )


def test_invalid_field_error_pickles() -> None:
    """The error survives pickling with its data."""
    error = InvalidFieldError("day", "a day", "32")
    back = pickle.loads(pickle.dumps(error))  # noqa: S301
    assert type(back) is InvalidFieldError
    assert (back.field, back.expected, back.got, str(back)) == (
        "day",
        "a day",
        "32",
        "'day' must be a day (got 32)",
    )
