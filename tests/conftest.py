"""Shared fixtures and the hypothesis profiles the suite runs under."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from rightsreport import (
    IdentificationLevel,
    PartialDate,
    Period,
    Quote,
    QuoteKind,
    Report,
    ReportKind,
    Source,
    SourceKind,
    Statistic,
)
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

# The minimal report the rule and validation tests start from
# (tests/test_rules.py, tests/test_validate.py): one named person, a quote of
# hers and a figure she gave; it validates cleanly. Test modules import these
# (``from conftest import BASE``: pytest puts tests/ on the path).
CHEA = Source(
    id="chea",
    kind=SourceKind.PERSON,
    identification=IdentificationLevel.NAMED,
    name="Sok Chea",
)
SAID = Quote(
    id="q1",
    text="We were not told.",
    kind=QuoteKind.VERBATIM,
    speaker_id="chea",
    attributed_as="Sok Chea",
)
COUNT = Statistic(
    id="n1", value=185, measure="assemblies", unit="assemblies", source_id="chea"
)
BASE = Report(
    id="r1",
    kind=ReportKind.MONITORING_REPORT,
    title="Assemblies in 2020",
    coverage=Period.from_edtf("2020/2020"),
    published=PartialDate(year=2021, month=3),
    sources=(CHEA,),
    quotes=(SAID,),
    statistics=(COUNT,),
)


@pytest.fixture(scope="session")
def article() -> Report:
    """The worked example: the CamboJA article, with the report it is about."""
    return cambodia_2020()
