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


_new = object.__new__
# The slots' own setters: a frozen class refuses setattr, not its descriptors.
_set_code, _set_severity, _set_path, _set_message, _set_hint = (
    Finding.__dict__[name].__set__
    for name in ("code", "severity", "path", "message", "hint")
)


def trusted_finding(
    code: str, severity: Severity, path: str, message: str, hint: str
) -> Finding:
    """Return a :class:`Finding` without running its field validators.

    For the built-in rules, whose codes, severities and hints are checked when
    they are registered and whose paths and messages are never empty: a report
    with an error in every object makes a finding per object.

        >>> trusted_finding("RR999", Severity.INFO, "$", "m", "") == Finding(
        ...     code="RR999", severity=Severity.INFO, path="$", message="m"
        ... )
        True
    """
    finding: Finding = _new(Finding)
    _set_code(finding, code)
    _set_severity(finding, severity)
    _set_path(finding, path)
    _set_message(finding, message)
    _set_hint(finding, hint)
    return finding
