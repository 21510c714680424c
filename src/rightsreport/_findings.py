"""Findings: what a document-level check reports, with a stable code and a path."""

from __future__ import annotations

import enum

from attrs import field, frozen

from rightsreport import _checks as check

__all__ = ["Finding", "Severity"]


class Severity(enum.StrEnum):
    """How serious a finding is.

    - ``ERROR``: the document is wrong: it breaks a rule no report may break.
    - ``WARNING``: the document is doubtful: a person should look.
    - ``INFO``: worth knowing; nothing to fix.
    """

    #: The document is wrong: it breaks a rule no report may break.
    ERROR = "error"
    #: The document is doubtful: a person should look.
    WARNING = "warning"
    #: Worth knowing; nothing to fix.
    INFO = "info"


@frozen(kw_only=True)
class Finding:
    """One problem or doubt a check found in a document.

        >>> from rightsreport import Finding, Severity
        >>> finding = Finding(
        ...     code="RR999",
        ...     severity=Severity.WARNING,
        ...     path="$.quotes[4].attributed_as",
        ...     message="'Rodemeier' looks like a misspelling of 'Roedemeier'",
        ...     hint="correct the attribution or add the spelling as an alias",
        ... )
        >>> str(finding)
        "$.quotes[4].attributed_as: RR999 warning: 'Rodemeier' looks like a misspelling of 'Roedemeier'"

    Attributes:
        code: The stable code of the rule that found it (``RR101``).
        severity: Error, warning or info.
        path: Where, as a JSON path into the serialised report
            (``$.statistics[1].breakdown``).
        message: What was found and what was expected.
        hint: How to fix it.
    """

    code: str = field(validator=check.text())
    severity: Severity = field(validator=check.instance_of(Severity, "a Severity"))
    path: str = field(validator=check.text())
    message: str = field(validator=check.text())
    hint: str = field(default="", validator=check.instance_of(str, "a str"))

    def __str__(self) -> str:
        return f"{self.path}: {self.code} {self.severity.value}: {self.message}"
