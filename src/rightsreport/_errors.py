"""The exceptions rightsreport raises.

Every error the package raises derives from :class:`RightsReportError` and from
the built-in exception a caller would expect (``ValueError`` or ``TypeError``), so
``except ValueError`` keeps working for code that does not know this package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rightsreport._findings import Finding

__all__ = [
    "DateParseError",
    "DisclosureError",
    "InvalidFieldError",
    "RightsReportError",
    "StructureError",
    "ValidationError",
]


class RightsReportError(Exception):
    """The base of every error rightsreport raises."""


class InvalidFieldError(RightsReportError, TypeError, ValueError):
    """A value given to a model's constructor can never be valid.

    Raised at construction for a wrong type, an empty text, a negative count, a
    period that ends before it starts, a malformed country code or language tag.
    It names the field, what was expected and what came::

        >>> from rightsreport import PartialDate
        >>> PartialDate(year=2020, month=13)
        Traceback (most recent call last):
        ...
        rightsreport.InvalidFieldError: 'month' must be a month from 1 to 12 (got 13)

    It is both a :class:`TypeError` and a :class:`ValueError`.

    Attributes:
        field: The name of the offending field, as the constructor spells it.
        expected: What the field must be, in words.
        got: ``repr()`` of the value that came.
    """

    field: str
    expected: str
    got: str

    def __init__(self, field: str, expected: str, got: str) -> None:
        super().__init__(field, expected, got)
        self.field = field
        self.expected = expected
        self.got = got

    def __str__(self) -> str:
        return f"'{self.field}' must be {self.expected} (got {self.got})"

    def __reduce__(self) -> tuple[type[InvalidFieldError], tuple[str, str, str]]:
        return (type(self), (self.field, self.expected, self.got))


class DateParseError(RightsReportError, ValueError):
    """A date phrase could not be read as a date or a period.

    Raised by :meth:`PartialDate.parse <rightsreport.PartialDate.parse>` and
    :meth:`Period.parse <rightsreport.Period.parse>`. It names the phrase, the part
    that was not understood and why::

        >>> from rightsreport import PartialDate
        >>> PartialDate.parse("as of Jully 2020")
        Traceback (most recent call last):
        ...
        rightsreport.DateParseError: cannot parse 'as of Jully 2020': 'Jully' not understood

    It is a :class:`ValueError`.

    Attributes:
        phrase: The whole phrase, as given.
        part: The part of the phrase the problem is in (the whole phrase when the
            problem is the phrase as a whole).
        position: Where *part* starts in *phrase*, counted in characters from 0.
        reason: What is wrong with *part*, in words.
    """

    phrase: str
    part: str
    position: int
    reason: str

    def __init__(self, phrase: str, part: str, position: int, reason: str) -> None:
        super().__init__(phrase, part, position, reason)
        self.phrase = phrase
        self.part = part
        self.position = position
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot parse {self.phrase!r}: {self.part!r} {self.reason}"

    def __reduce__(self) -> tuple[type[DateParseError], tuple[str, str, int, str]]:
        return (type(self), (self.phrase, self.part, self.position, self.reason))


class StructureError(RightsReportError, ValueError):
    """Data could not be turned into a rightsreport object; here is every problem.

    Raised by :func:`~rightsreport.from_dict` and :func:`~rightsreport.from_json`
    (and by converters from :func:`~rightsreport.make_converter`). It lists every
    problem found in the input, each as a JSON path and a message saying what was
    expected and what came::

        >>> from rightsreport import Source, from_dict
        >>> from_dict({"id": "s1", "kind": "persn", "identification": 3}, Source)
        Traceback (most recent call last):
        ...
        rightsreport.StructureError: 2 problems in the Source:
          $.kind: expected one of 'person', 'organisation', 'government_body', 'document', 'unnamed', got 'persn'
          $.identification: expected one of 'named', 'organisation_only', 'described_unnamed', 'pseudonym', 'anonymous', got 3

    It is a :class:`ValueError`. When any object in the input has a ``disclosure``
    other than ``"public"``, no message carries a value from the input, only paths.

    Attributes:
        problems: ``(path, message)`` pairs, in document order.
        target: The name of the type that was being built (``"Report"``).
    """

    #: How many problems ``str()`` shows; :attr:`problems` always has them all.
    SHOWN: int = 50

    problems: tuple[tuple[str, str], ...]
    target: str

    def __init__(self, problems: Iterable[tuple[str, str]], target: str) -> None:
        listed = tuple((str(path), str(message)) for path, message in problems)
        super().__init__(listed, target)
        self.problems = listed
        self.target = target

    def __str__(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count} {noun} in the {self.target}:"]
        lines.extend(
            f"  {path}: {message}" for path, message in self.problems[: self.SHOWN]
        )
        if count > self.SHOWN:
            lines.append(f"  ... and {count - self.SHOWN} more (see .problems)")
        return "\n".join(lines)

    def __reduce__(
        self,
    ) -> tuple[type[StructureError], tuple[tuple[tuple[str, str], ...], str]]:
        return (type(self), (self.problems, self.target))


class DisclosureError(RightsReportError, ValueError):
    """A protected identity would reach an export made for an audience.

    Raised by :func:`~rightsreport.redact` when the name or an alias of a source
    the audience may not learn still appears somewhere the redacted report would
    carry it: a quote's text, another source's description, a note, an id, an
    extension. It names the JSON paths of those places, in the report that was
    given, and never the protected value itself::

        >>> from rightsreport import DisclosureError
        >>> error = DisclosureError(("$.quotes[3].text", "$.note"), "public")
        >>> print(error)
        a protected name or alias would reach the 'public' audience at 2 places: $.quotes[3].text, $.note; reword or rename them (a protected source's description can stand in for its name) and redact again

    It is a :class:`ValueError`.

    Attributes:
        paths: Where the protected values appear, as JSON paths over the
            serialised field names, in document order.
        audience: The audience the export was for.
    """

    paths: tuple[str, ...]
    audience: str

    def __init__(self, paths: tuple[str, ...], audience: str) -> None:
        super().__init__(paths, audience)
        self.paths = tuple(paths)
        self.audience = audience

    def __str__(self) -> str:
        count = len(self.paths)
        places = "place" if count == 1 else "places"
        return (
            f"a protected name or alias would reach the {self.audience!r} audience "
            f"at {count} {places}: {', '.join(self.paths)}; reword or rename them "
            "(a protected source's description can stand in for its name) and "
            "redact again"
        )

    def __reduce__(self) -> tuple[type[DisclosureError], tuple[tuple[str, ...], str]]:
        return (type(self), (self.paths, self.audience))


class ValidationError(RightsReportError, ValueError):
    """A report broke document-level rules: every error the validation found.

    Raised by :meth:`ValidationResult.raise_for_errors
    <rightsreport.ValidationResult.raise_for_errors>`, never by :func:`validate
    <rightsreport.validate>` itself. Its message lists every error, one a line,
    with its path and code; warnings are not errors and are not listed::

        >>> from rightsreport import Finding, Severity, ValidationError
        >>> error = ValidationError(
        ...     [
        ...         Finding(
        ...             code="RR201",
        ...             severity=Severity.ERROR,
        ...             path="$.statistics[1].breakdown",
        ...             message="parts sum to 175, total is 185",
        ...         )
        ...     ]
        ... )
        >>> print(error)
        1 validation error:
        $.statistics[1].breakdown: RR201 error: parts sum to 175, total is 185

    It is a :class:`ValueError`.

    Attributes:
        findings: The errors, in the order the validation reported them.
    """

    findings: tuple[Finding, ...]

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__(self.findings)

    def __str__(self) -> str:
        count = len(self.findings)
        head = f"{count} validation error{'' if count == 1 else 's'}:"
        return "\n".join([head, *(str(finding) for finding in self.findings)])

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Finding, ...]]]:
        return (type(self), (self.findings,))
