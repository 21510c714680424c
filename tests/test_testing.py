"""The shipped strategies generate valid, hashable, picklable instances."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from rightsreport import Derivation, DifferenceOf, Quote, Report, TotalOf
from rightsreport import testing as strategies


@given(
    st.one_of(
        strategies.partial_dates(),
        strategies.periods(),
        strategies.identifiers(),
        strategies.affiliations(),
        strategies.places(),
        strategies.instrument_articles(),
        strategies.locators(),
        strategies.localised_texts(),
        strategies.breakdowns(),
        strategies.sources(),
        strategies.quotes(),
        strategies.statistics(),
        strategies.statistics(derivation=st.none()),
        strategies.derivations(),
        strategies.issuers(),
        strategies.claims(),
        strategies.illustrations(),
    )
)
def test_values_hash_and_pickle(value: object) -> None:
    """Every generated value hashes, pickles and comes back equal."""
    back = pickle.loads(pickle.dumps(value))  # noqa: S301
    assert back == value
    assert hash(back) == hash(value)


@given(strategies.reports())
def test_reports_keep_ids_unique_and_references_resolving(report: Report) -> None:
    """Ids are unique and every reference resolves within the report."""
    for collection in (report.sources, report.quotes, report.statistics, report.claims):
        ids = [item.id for item in collection]
        assert len(ids) == len(set(ids))
    source_ids = {source.id for source in report.sources}
    for quote in report.quotes:
        assert quote.speaker_id is None or quote.speaker_id in source_ids
    for figure in report.statistics:
        assert figure.source_id is None or figure.source_id in source_ids
        assert set(figure.relayed_via) <= source_ids
    for relation in report.relations:
        assert relation.report is None or relation.report.id == relation.target_id
    assert hash(report) == hash(pickle.loads(pickle.dumps(report)))  # noqa: S301


@given(strategies.reports())
def test_derived_reports_refer_to_their_own_statistics(report: Report) -> None:
    """Derivations in generated reports name other statistics of the same report."""
    statistic_ids = {figure.id for figure in report.statistics}
    for figure in report.statistics:
        if figure.derivation is not None:
            assert set(figure.derivation.inputs) <= statistic_ids - {figure.id}


@given(strategies.reports(derived=False))
def test_reports_without_derivations(report: Report) -> None:
    """``derived=False`` gives reports whose statistics derive from nothing."""
    assert all(figure.derivation is None for figure in report.statistics)


def test_derivations_among_one_id_are_never_totals() -> None:
    """With a single id to refer to, only one-input derivations are generated."""

    @given(strategies.derivations(["only"]))
    def check(derivation: Derivation) -> None:
        assert set(derivation.inputs) <= {"only"}
        assert not isinstance(derivation, TotalOf | DifferenceOf)

    check()


@given(strategies.quotes())
def test_quote_marks_fit_their_text(quote: Quote) -> None:
    """Generated marks lie within the quote's text, in order."""
    ends = [0]
    for mark in quote.marks:
        assert ends[-1] <= mark.start <= mark.end <= len(quote.text)
        ends.append(mark.end)
