"""Findings: the shape every document-level check reports in."""

from __future__ import annotations

import pytest

from rightsreport import Finding, InvalidFieldError, Severity
from rightsreport._findings import trusted_finding


def test_str_names_path_code_severity_message() -> None:
    """A finding reads as path, code, severity and message."""
    finding = Finding(
        code="RR201",
        severity=Severity.ERROR,
        path="$.statistics[1].breakdown",
        message="parts sum to 175, total is 185",
    )
    assert (
        str(finding)
        == "$.statistics[1].breakdown: RR201 error: parts sum to 175, total is 185"
    )
    assert finding.hint == ""


def test_fields_are_checked() -> None:
    """A finding needs a code, a severity, a path and a message."""
    with pytest.raises(
        InvalidFieldError, match=r"^'severity' must be a Severity \(got str\)$"
    ):
        Finding(code="RR1", severity="error", path="$", message="m")  # type: ignore[arg-type]
    with pytest.raises(InvalidFieldError, match=r"^'code' must be a non-empty str"):
        Finding(code="", severity=Severity.INFO, path="$", message="m")


def test_trusted_finding_is_an_ordinary_frozen_finding() -> None:
    """The rules' fast constructor gives the same finding, as frozen as any."""
    finding = trusted_finding("RR205", Severity.ERROR, "$.x", "count is 1.5", "fix")
    assert finding == Finding(
        code="RR205",
        severity=Severity.ERROR,
        path="$.x",
        message="count is 1.5",
        hint="fix",
    )
    assert type(finding) is Finding
    with pytest.raises(AttributeError):
        finding.code = "RR201"  # type: ignore[misc]
