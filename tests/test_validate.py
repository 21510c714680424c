"""validate(): options, results, custom rules, related reports, and secrecy."""

from __future__ import annotations

import pickle
import string
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from conftest import BASE, CHEA, COUNT, SAID
from rightsreport import (
    RULES,
    Breakdown,
    BreakdownCompleteness,
    BreakdownPart,
    Claim,
    Disclosure,
    Finding,
    IdentificationLevel,
    InvalidFieldError,
    PartialDate,
    Period,
    Quote,
    QuoteKind,
    Relation,
    RelationKind,
    Report,
    ReportKind,
    RightsReportError,
    Severity,
    Source,
    SourceKind,
    Statistic,
    StatisticKind,
    ValidationError,
    ValidationOptions,
    ValidationResult,
    validate,
)
from rightsreport.testing import reports

ROEDEMEIER = (
    "RR401",
    Severity.WARNING,
    "$.quotes[4].attributed_as",
    (
        "'Rodemeier' looks like a misspelling of 'Roedemeier' in the speaker's name "
        "'Chad Roedemeier'"
    ),
)


def _summary(result: ValidationResult) -> list[tuple[str, Severity, str, str]]:
    return [(f.code, f.severity, f.path, f.message) for f in result]


def _finding(
    code: str, path: str = "$", severity: Severity = Severity.WARNING
) -> Finding:
    return Finding(code=code, severity=severity, path=path, message="m")


# The worked example -----------------------------------------------------------


def test_the_worked_example_has_exactly_the_findings_it_deserves(
    article: Report,
) -> None:
    """No error; one warning, the misspelt "Rodemeier"; "Sopheap" alone is fine."""
    result = validate(article)
    assert _summary(result) == [ROEDEMEIER]
    assert result.ok


def test_the_worked_example_validates_its_related_report(article: Report) -> None:
    """The State Department report is checked too: a fault in it shows under it."""
    report = article.related()[0]
    figure = report.statistics[0]
    broken = evolve(
        report,
        statistics=(evolve(figure, as_of=PartialDate(year=2021, month=5)),),
    )
    relation = evolve(article.relations[0], report=broken)
    result = validate(evolve(article, relations=(relation,)))
    assert [(f.code, f.path) for f in result] == [
        ("RR301", "$.relations[0].report.statistics[0].as_of"),
        ("RR302", "$.relations[0].report.statistics[0].as_of"),
        ("RR401", "$.quotes[4].attributed_as"),
    ]
    assert result.errors[0].message == (
        "as of 2021-05, after the document was published (2021-03-30)"
    )


def test_an_article_is_not_published_before_its_report(article: Report) -> None:
    """Dated to the month before the report's release, the article is an error."""
    early = evolve(article, published=PartialDate(year=2021, month=2))
    assert [(f.code, f.path, f.message) for f in validate(early).errors] == [
        (
            "RR305",
            "$.relations[0]",
            "published 2021-02, before the report it is about (2021-03-30)",
        )
    ]


# The result ----------------------------------------------------------------------


def test_findings_are_sorted_by_code_then_document_order() -> None:
    """Codes ascend; within one, the report given comes before the ones it carries."""
    inner = evolve(BASE, id="r0", quotes=(evolve(SAID, speaker_id="x"),), statistics=())
    report = evolve(
        BASE,
        quotes=(evolve(SAID, speaker_id="y"), evolve(SAID, id="q2", speaker_id=None)),
        relations=(Relation(kind=RelationKind.CITES, target_id="r0", report=inner),),
    )
    assert [(f.code, f.path) for f in validate(report)] == [
        ("RR102", "$.quotes[0].speaker_id"),
        ("RR102", "$.relations[0].report.quotes[0].speaker_id"),
        ("RR103", "$.quotes[1].speaker_id"),
        ("RR104", "$.relations[0].report.sources[0]"),
    ]


def test_result_by_severity() -> None:
    """errors, warnings and infos split the findings; ok means no error."""
    error = _finding("X1", severity=Severity.ERROR)
    warning = _finding("X2")
    info = _finding("X3", severity=Severity.INFO)
    result = ValidationResult((error, warning, info))
    assert list(result) == [error, warning, info]
    assert (result.errors, result.warnings, result.infos) == (
        (error,),
        (warning,),
        (info,),
    )
    assert not result.ok
    assert ValidationResult((warning, info)).ok


def test_raise_for_errors_lists_every_error_and_no_warning() -> None:
    """One exception names every error, with its path and code."""
    report = evolve(
        BASE,
        quotes=(
            evolve(SAID, speaker_id="x"),
            evolve(SAID, id="q2", attributed_as="Chae Sok"),
        ),
        statistics=(evolve(COUNT, value=Decimal("95.5")),),
    )
    with pytest.raises(ValidationError) as caught:
        validate(report).raise_for_errors()
    assert str(caught.value) == (
        "2 validation errors:\n"
        "$.quotes[0].speaker_id: RR102 error: speaker 'x' is not a source of this "
        "report\n"
        "$.statistics[0].value: RR205 error: count is 95.5, expected a whole number"
    )
    assert [f.code for f in caught.value.findings] == ["RR102", "RR205"]


def test_raise_for_errors_passes_a_report_without_errors(article: Report) -> None:
    """Warnings alone do not raise."""
    validate(article).raise_for_errors()


def test_validation_error_is_a_value_error_and_pickles() -> None:
    """Callers that know nothing of this package can catch it; it crosses processes."""
    error = ValidationError([_finding("RR101", "$.quotes[1].id", Severity.ERROR)])
    assert isinstance(error, ValueError)
    assert isinstance(error, RightsReportError)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301  (our own bytes)
    assert (type(copy), copy.findings, str(copy)) == (
        ValidationError,
        error.findings,
        str(error),
    )


# Options --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("select", "ignore", "enabled", "disabled"),
    [
        (None, (), ["RR101", "ORG1"], []),
        (["RR2"], (), ["RR201", "RR206"], ["RR101", "ORG1"]),
        (None, ["RR4"], ["RR101", "RR301"], ["RR401", "RR406"]),
        (["RR401"], ["RR4"], ["RR401"], ["RR402", "RR101"]),
        (["RR4"], ["RR401"], ["RR402"], ["RR401"]),
        (["RR4"], ["RR4"], [], ["RR401"]),
        (["ALL"], ["RR1"], ["RR201", "ORG1"], ["RR101"]),
        (["RR1"], ["ALL"], ["RR101"], ["RR201"]),
        (None, ["ALL"], [], ["RR101", "ORG1"]),
    ],
)
def test_select_and_ignore_like_ruff(
    select: list[str] | None,
    ignore: list[str],
    enabled: list[str],
    disabled: list[str],
) -> None:
    """The longer matching entry wins; ignore wins a tie; ALL matches every code."""
    options = ValidationOptions(select=select, ignore=ignore)
    assert [options.enabled(code) for code in enabled] == [True] * len(enabled)
    assert [options.enabled(code) for code in disabled] == [False] * len(disabled)


def test_options_take_a_single_code_and_a_single_rule() -> None:
    """A bare string is one code, not its characters; a bare function is one rule."""

    def rule(report: Report, options: ValidationOptions) -> list[Finding]:
        return []

    options = ValidationOptions(select="RR2", ignore="RR206", rules=rule)
    assert (options.select, options.ignore, options.rules) == (
        ("RR2",),
        ("RR206",),
        (rule,),
    )


def test_options_defaults() -> None:
    """Everything selected, 0.9 similarity, rounding by printed precision."""
    options = ValidationOptions()
    assert (options.select, options.ignore, options.name_similarity) == (None, (), 0.9)
    assert (options.percentage_tolerance, options.rules) == (None, ())
    assert ValidationOptions(percentage_tolerance=1).percentage_tolerance == Decimal(1)
    assert ValidationOptions(name_similarity=Decimal("0.8")).name_similarity == 0.8


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"select": 3},
            "'select' must be codes or code prefixes such as 'RR2' or 'RR401' (got int)",
        ),
        (
            {"ignore": [""]},
            "'ignore[0]' must be a code or code prefix such as 'RR2' (got '')",
        ),
        (
            {"ignore": ["RR1", 4]},
            "'ignore[1]' must be a code or code prefix such as 'RR2' (got 4)",
        ),
        (
            {"name_similarity": "high"},
            "'name_similarity' must be a number in (0, 1] (got str)",
        ),
        (
            {"name_similarity": True},
            "'name_similarity' must be a number in (0, 1] (got bool)",
        ),
        (
            {"name_similarity": 0},
            "'name_similarity' must be a number in (0, 1] (got 0)",
        ),
        (
            {"name_similarity": 1.5},
            "'name_similarity' must be a number in (0, 1] (got 1.5)",
        ),
        (
            {"percentage_tolerance": 0.5},
            (
                "'percentage_tolerance' must be an int or a decimal.Decimal >= 0 (never a "
                "float), or None (got float)"
            ),
        ),
        (
            {"percentage_tolerance": Decimal(-1)},
            "'percentage_tolerance' must be a number >= 0, or None (got Decimal('-1'))",
        ),
        ({"rules": 3}, "'rules' must be a sequence of rule functions (got int)"),
        (
            {"rules": [print, "x"]},
            "'rules[1]' must be a function (report, options) -> findings (got str)",
        ),
    ],
)
def test_malformed_options_are_refused(options: dict[str, Any], message: str) -> None:
    """Each option says what it must be and what came."""
    with pytest.raises(InvalidFieldError) as caught:
        ValidationOptions(**options)
    assert str(caught.value) == message


def test_an_unknown_rr_selector_is_refused() -> None:
    """A prefix of this package's that matches no rule is a typo."""
    with pytest.raises(InvalidFieldError) as caught:
        validate(BASE, ignore=["RR10l"])
    assert str(caught.value) == (
        "'ignore[0]' must be a code or prefix of a rightsreport rule, such as 'RR2' "
        "or 'RR401' (see rightsreport.RULES) (got 'RR10l')"
    )


def test_validate_refuses_what_is_not_a_report() -> None:
    """Only a Report is validated."""
    with pytest.raises(InvalidFieldError) as caught:
        validate({"id": "r1"})  # type: ignore[arg-type]
    assert str(caught.value) == "'report' must be a Report (got dict)"


def test_text_adds_the_checks_against_the_text() -> None:
    """With the document's text, text_findings' codes join the others, selectable."""
    text = "Sok Chea counted 185 assemblies. “We were not told.” Sok Chea said."
    assert validate(BASE, text=text).findings == ()
    result = validate(BASE, text="Sok Chea said: “We were told.”")
    assert [(f.code, f.path) for f in result] == [
        ("RR801", "$.quotes[0].text"),
        ("RR803", "$.statistics[0].value"),
    ]
    assert [f.code for f in validate(BASE, text="", select=["RR8", "RR101"])] == [
        "RR801",
        "RR803",
        "RR806",
    ]
    assert validate(BASE, text="", ignore=["RR8"]).findings == ()
    assert validate(BASE, text="", select=["RR807"]).findings == ()


def test_text_codes_are_known_to_select_and_ignore() -> None:
    """RR801 to RR807 are codes; RR808 is not."""
    with pytest.raises(InvalidFieldError, match="got 'RR808'"):
        validate(BASE, text="", select=["RR808"])


def test_text_must_be_a_str() -> None:
    """The document's text is a str."""
    with pytest.raises(InvalidFieldError) as caught:
        validate(BASE, text=b"bytes")  # type: ignore[arg-type]
    assert str(caught.value) == "'text' must be a str or None (got bytes)"


def test_thresholds_change_what_is_found() -> None:
    """A stricter similarity turns a misspelling into a mismatch."""
    report = evolve(BASE, quotes=(evolve(SAID, attributed_as="Sok Chae"),))
    assert [f.code for f in validate(report)] == ["RR401"]
    assert [f.code for f in validate(report, name_similarity=0.95)] == ["RR402"]


@pytest.mark.parametrize(
    ("name_similarity", "codes"),
    [(None, ["RR802"]), (0.95, []), (0.9, ["RR802"]), (0.8, ["RR802", "RR802"])],
)
def test_name_similarity_governs_misspellings_in_the_text(
    name_similarity: float | None, codes: list[str]
) -> None:
    """RR802 takes the options' name_similarity, as RR401 and RR403 do.

    "Sovanarith" is one slip from "Sovannarith" (0.91 alike), "Sovanarit" two
    (0.82): the default (0.9) and 0.9 find one, 0.95 none, 0.8 both.
    """
    source = Source(
        id="p",
        kind=SourceKind.PERSON,
        identification=IdentificationLevel.NAMED,
        name="Sovannarith",
    )
    report = evolve(BASE, sources=(CHEA, source))
    text = "Sok Chea counted 185 assemblies. Sovannarith, Sovanarith and Sovanarit."
    result = (
        validate(report, text=text, select=["RR802"])
        if name_similarity is None
        else validate(
            report, text=text, select=["RR802"], name_similarity=name_similarity
        )
    )
    assert [f.code for f in result] == codes


def test_a_deselected_check_does_not_run() -> None:
    """Selecting one range leaves the others' findings out."""
    report = evolve(
        BASE, quotes=(evolve(SAID, speaker_id="x"),), statistics=(), published=None
    )
    assert [f.code for f in validate(report)] == ["RR102", "RR104"]
    assert [f.code for f in validate(report, select=["RR104"])] == ["RR104"]
    assert validate(report, select=["RR3"]).findings == ()


# Custom rules ---------------------------------------------------------------------


def _needs_language(report: Report, options: ValidationOptions) -> Iterator[Finding]:
    if report.language is None:
        yield Finding(
            code="ORG001",
            severity=Severity.ERROR,
            path="$.language",
            message="no language",
            hint="add it",
        )


def test_custom_rules_run_on_every_report_with_moved_paths() -> None:
    """A custom rule sees each report; its paths are moved under the carried one's."""
    inner = evolve(BASE, id="r0")
    report = evolve(
        BASE,
        relations=(Relation(kind=RelationKind.CITES, target_id="r0", report=inner),),
    )
    result = validate(report, rules=[_needs_language])
    assert [(f.code, f.severity, f.path, f.message, f.hint) for f in result] == [
        ("ORG001", Severity.ERROR, "$.language", "no language", "add it"),
        (
            "ORG001",
            Severity.ERROR,
            "$.relations[0].report.language",
            "no language",
            "add it",
        ),
    ]
    assert not result.ok
    assert validate(report, rules=[_needs_language], ignore=["ORG"]).findings == ()


def test_custom_rules_get_the_options_and_may_return_lists() -> None:
    """The options carry the thresholds; a list is as good as a generator."""
    seen: list[float] = []

    def rule(report: Report, options: ValidationOptions) -> list[Finding]:
        seen.append(options.name_similarity)
        return [_finding("ORG002", path="relative")]

    result = validate(
        evolve(
            BASE,
            relations=(
                Relation(
                    kind=RelationKind.CITES,
                    target_id="r0",
                    report=evolve(BASE, id="r0"),
                ),
            ),
        ),
        rules=[rule],
        name_similarity=0.8,
    )
    assert seen == [0.8, 0.8]
    assert [f.path for f in result] == ["relative", "relative"]


def test_a_custom_rule_must_give_findings() -> None:
    """Anything else is refused, naming the rule."""

    def rule(report: Report, options: ValidationOptions) -> list[str]:
        return ["oops"]

    with pytest.raises(InvalidFieldError) as caught:
        validate(BASE, rules=[_needs_language, rule])  # type: ignore[list-item]
    assert str(caught.value) == (
        "'rules[1]' must be a function that returns or yields Finding objects "
        "(got a function that gave str)"
    )


# Generated reports ----------------------------------------------------------------


@given(reports())
def test_any_report_validates_with_registered_codes(report: Report) -> None:
    """validate never raises on a constructible report; every finding is well formed."""
    result = validate(report)
    for finding in result:
        assert finding.code in RULES
        assert finding.severity is RULES[finding.code].severity
        assert finding.path.startswith("$")
        assert finding.hint == RULES[finding.code].fix
    assert [f.code for f in result] == sorted(f.code for f in result)


# Secrecy --------------------------------------------------------------------------


def _secret_word(core: int) -> str:
    """A word no message would contain unless it came from the secret source."""
    return f"Qz{core}x"


def _slip(word: str) -> str:
    """The word with a letter changed, its digits kept."""
    return word[:-1] + "y"


@st.composite
def _secret_scenarios(draw: st.DrawFn) -> tuple[Report, set[str]]:
    """A report with a confidential source that many rules find fault with.

    Returns the report and every value taken from the secret source (or derived
    from it) that a message must never contain.
    """
    core = draw(st.integers(1000, 9999))
    given_name, family = _secret_word(core), _secret_word(core + 1)
    name = f"{given_name} {family}"
    figure: int = draw(st.integers(1_000_000, 9_999_999))
    choices: list[int | Decimal] = [figure, Decimal(f"{figure}.5")]
    value: int | Decimal = draw(st.sampled_from(choices))
    secret = Source(
        id=f"id{core}",
        kind=SourceKind.PERSON,
        identification=draw(st.sampled_from(list(IdentificationLevel))),
        name=name,
        aliases=draw(st.sampled_from([(), (_secret_word(core + 2),)])),
        description=draw(st.sampled_from([None, "a monitor", f"{name}, a monitor"])),
        note=f"met {_secret_word(core + 3)}",
        disclosure=draw(
            st.sampled_from([Disclosure.CONFIDENTIAL, Disclosure.RESTRICTED])
        ),
        report_id=draw(st.sampled_from([None, f"rep{core}"])),
    )
    twin = Source(
        id="twin",
        kind=SourceKind.PERSON,
        identification=IdentificationLevel.NAMED,
        name=f"{given_name} {_slip(family)}",
    )
    attributions = [
        None,
        family,
        _slip(family),
        f"{_slip(given_name)} {_slip(family)}",
        "Somebody Else",
    ]
    quote_disclosure = draw(
        st.sampled_from([None, Disclosure.PUBLIC, Disclosure.CONFIDENTIAL])
    )
    secret_quote = Quote(
        id=f"quote{core}",
        text=f"{_secret_word(core + 4)} told us {name} was there.",
        kind=draw(st.sampled_from(list(QuoteKind))),
        speaker_id=draw(st.sampled_from([secret.id, f"gone{core}"])),
        attributed_as=draw(st.sampled_from(attributions)),
        said_on=draw(
            st.sampled_from([None, PartialDate(year=2022, month=core % 12 + 1)])
        ),
        disclosure=quote_disclosure,
    )
    values = draw(st.lists(st.integers(1_000_000, 9_999_999), min_size=1, max_size=3))
    unit = draw(st.sampled_from([None, "people", "%"]))
    secret_figure = Statistic(
        id=f"figure{core}",
        value=value,
        kind=draw(st.sampled_from([StatisticKind.COUNT, StatisticKind.PERCENTAGE])),
        measure=f"cases of {_secret_word(core + 5)}",
        unit="cases",
        source_id=draw(st.sampled_from([secret.id, f"gone{core}"])),
        relayed_via=draw(st.sampled_from([(), (secret.id,), (secret.id, secret.id)])),
        as_of=draw(
            st.sampled_from(
                [
                    None,
                    PartialDate(year=2019, month=core % 12 + 1),
                    PartialDate(year=2022),
                ]
            )
        ),
        period=draw(st.sampled_from([None, Period.from_edtf("2017/2018")])),
        breakdown=Breakdown(
            completeness=draw(st.sampled_from(list(BreakdownCompleteness))),
            parts=tuple(
                BreakdownPart(
                    label=f"kind {_secret_word(core + 6)}", value=value, unit=unit
                )
                for value in values
            ),
        ),
        disclosure=draw(st.sampled_from([None, Disclosure.PUBLIC])),
    )
    leak = draw(st.sampled_from([None, name, family, _secret_word(core + 2)]))
    report = Report(
        id="r1",
        kind=ReportKind.COUNTRY_REPORT,
        title=f"Report on {leak}" if leak else "Report",
        coverage=Period.from_edtf("2020/2020"),
        published=PartialDate(year=2021, month=3),
        sources=(secret, twin, secret) if draw(st.booleans()) else (secret, twin),
        quotes=(secret_quote, secret_quote),
        statistics=(secret_figure, secret_figure),
        claims=(Claim(id="c", text="x", source_id=secret.id),),
    )
    secrets = {
        secret.id,
        given_name,
        family,
        _slip(family),
        _slip(given_name),
        _secret_word(core + 2),
        _secret_word(core + 3),
        _secret_word(core + 4),
        _secret_word(core + 5),
        _secret_word(core + 6),
        str(secret_figure.value),
        *map(str, values),
        str(sum(values)),
    }
    figure_derives = secret.id in (secret_figure.source_id, *secret_figure.relayed_via)
    if secret_figure.disclosure is Disclosure.PUBLIC or not figure_derives:
        # Marked public, or not from the secret: its figures and words are its own.
        secrets -= {str(secret_figure.value), *map(str, values), str(sum(values))}
        secrets -= {_secret_word(core + 5), _secret_word(core + 6)}
    if quote_disclosure is Disclosure.PUBLIC or secret_quote.speaker_id != secret.id:
        secrets -= {_secret_word(core + 4)}
    return report, secrets


@given(_secret_scenarios())
def test_no_message_repeats_a_secret(scenario: tuple[Report, set[str]]) -> None:
    """Whatever the rules find about a confidential source, no message names it."""
    report, secrets = scenario
    result = validate(report)
    assert len(result.findings) >= 3  # the scenario always gives rules work
    for finding in result:
        for secret in secrets:
            assert secret.casefold() not in finding.message.casefold(), (
                finding,
                secret,
            )
            assert secret.casefold() not in finding.hint.casefold()


def test_secret_scenarios_reach_the_rules() -> None:
    """The scenarios exercise the rules that see secret values (a fixed example)."""
    name = "Qz1000x Qz1001x"
    secret = Source(
        id="id1000",
        kind=SourceKind.PERSON,
        identification=IdentificationLevel.NAMED,
        name=name,
        disclosure=Disclosure.CONFIDENTIAL,
    )
    report = evolve(
        BASE,
        title=f"Report on {name}",
        sources=(secret, secret, evolve(CHEA, id="twin", name="Qz1000x Qz1001y")),
        quotes=(
            evolve(
                SAID,
                speaker_id="id1000",
                attributed_as="Qz1001y",
                said_on=PartialDate(year=2022),
            ),
            evolve(SAID, speaker_id="id1000", attributed_as="Someone"),
        ),
        statistics=(
            evolve(
                COUNT,
                value=Decimal("1234567.5"),
                source_id="id1000",
                as_of=PartialDate(year=2019),
                breakdown=Breakdown(
                    completeness=BreakdownCompleteness.EXHAUSTIVE,
                    parts=(BreakdownPart(label="a", value=7654321),),
                ),
            ),
        ),
    )
    result = validate(report)
    assert {f.code for f in result} >= {
        "RR101", "RR201", "RR205", "RR301", "RR302", "RR401", "RR402", "RR403", "RR601",
    }  # fmt: skip
    for finding in result:
        for hidden in ("id1000", "Qz1000x", "Qz1001", "1234567", "7654321"):
            assert hidden not in finding.message


@given(reports(), st.data())
def test_no_message_repeats_a_protected_value_of_any_report(
    report: Report, data: st.DataObject
) -> None:
    """Any generated report, its sources protected and their texts made recognisable."""
    marked: list[Source] = []
    secrets: set[str] = set()
    ids: set[str] = set()  # the carried reports have sources with the same ids
    for index, original in enumerate(report.sources):
        source = original
        if data.draw(st.booleans()):
            words = [f"Zq{index}{letter}w" for letter in string.ascii_lowercase[:4]]
            secrets.update(words)
            ids.add(f"'{source.id}'")
            source = evolve(
                source,
                name=words[0],
                aliases=(words[1],),
                description=words[2],
                note=words[3],
                disclosure=Disclosure.CONFIDENTIAL,
            )
        marked.append(source)
    protected = {s.id for s in marked if s.disclosure is Disclosure.CONFIDENTIAL}
    quotes = tuple(
        evolve(
            q, text=f"Zq said {i}", attributed_as=f"Zq{i}q", marks=(), disclosure=None
        )
        if q.speaker_id in protected
        else q
        for i, q in enumerate(report.quotes)
    )
    secrets.update(
        f"Zq{i}q" for i, q in enumerate(report.quotes) if q.speaker_id in protected
    )
    result = validate(evolve(report, sources=tuple(marked), quotes=quotes))
    for finding in result:
        own = not finding.path.startswith("$.relations")
        for secret in secrets | (ids if own else set()):
            assert secret not in finding.message, (finding, secret)


def test_a_result_holds_findings_only() -> None:
    """A ValidationResult is a tuple of findings, nothing else."""
    with pytest.raises(InvalidFieldError) as caught:
        ValidationResult(("RR101",))  # type: ignore[arg-type]
    assert str(caught.value) == "'findings[0]' must be Finding (got str)"
