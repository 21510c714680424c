"""Shared fixtures and the hypothesis profiles the suite runs under."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from rightsreport import Report
from rightsreport.examples import cambodia_2020

settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def article() -> Report:
    """The worked example: the CamboJA article, with the report it is about."""
    return cambodia_2020()
