"""The shipped strategies generate valid, hashable, picklable instances."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from rightsreport import Quote, Report
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


@given(strategies.quotes())
def test_quote_marks_fit_their_text(quote: Quote) -> None:
    """Generated marks lie within the quote's text, in order."""
    ends = [0]
    for mark in quote.marks:
        assert ends[-1] <= mark.start <= mark.end <= len(quote.text)
        ends.append(mark.end)
