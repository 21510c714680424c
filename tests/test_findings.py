"""Findings: the shape every document-level check reports in."""

from __future__ import annotations

import pytest

from rightsreport import Finding, InvalidFieldError, Severity


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
