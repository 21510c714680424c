"""Document-level validation: every finding at once, with stable codes and paths.

:func:`validate` runs the built-in rules (:data:`~rightsreport.RULES`) and the
caller's own rule functions over a report and every report it carries in its
relations, and returns a :class:`ValidationResult` holding every
:class:`~rightsreport.Finding`. Rules are chosen like ruff's: ``select`` and
``ignore`` take codes or code prefixes, and the more specific one wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, Final

from attrs import field, frozen

from rightsreport._checks import tuple_of
from rightsreport._errors import InvalidFieldError, ValidationError
from rightsreport._findings import Finding, Severity
from rightsreport._report import Report
from rightsreport._rules import CHECKS, RULES, Context
from rightsreport._text import DEFAULT_NAME_SIMILARITY, text_findings

__all__ = ["RuleFunction", "ValidationOptions", "ValidationResult", "validate"]

#: A rule of the caller's own: called with each validated report (the one given
#: and each one carried in its relations) and the options, it returns or yields
#: findings whose paths start at that report's ``$``.
RuleFunction = Callable[[Report, "ValidationOptions"], Iterable[Finding]]

#: The select/ignore entry that matches every code, as in ruff.
ALL: Final = "ALL"
#: The codes of the checks against the document's text (domain rule 8), which
#: :func:`rightsreport.text_findings` reports; see the text evidence page.
TEXT_CODES: Final = ("RR801", "RR802", "RR803", "RR804", "RR805", "RR806", "RR807")
DEFAULT_ROUNDING_TOLERANCE: Final = Decimal("0.5")
DEFAULT_APPROXIMATE_TOLERANCE: Final = Decimal("0.1")
DEFAULT_SHARE_WORD_TOLERANCE: Final = Decimal(5)
DEFAULT_APPROXIMATE_SHARE_TOLERANCE: Final = Decimal(5)


def _selectors(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    try:
        items = tuple(value)
    except TypeError:
        raise InvalidFieldError(
            name,
            "codes or code prefixes such as 'RR2' or 'RR401'",
            type(value).__name__,
        ) from None
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise InvalidFieldError(
                f"{name}[{index}]", "a code or code prefix such as 'RR2'", repr(item)
            )
    return items


def _select(value: Any) -> tuple[str, ...] | None:
    return None if value is None else _selectors(value, "select")


def _ignore(value: Any) -> tuple[str, ...]:
    return _selectors(value, "ignore")


def _similarity(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise InvalidFieldError(
            "name_similarity", "a number in (0, 1]", type(value).__name__
        )
    if not 0 < value <= 1:
        raise InvalidFieldError("name_similarity", "a number in (0, 1]", repr(value))
    return float(value)


def _tolerance(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidFieldError(
            "percentage_tolerance",
            "an int or a decimal.Decimal >= 0 (never a float), or None",
            type(value).__name__,
        )
    if not value >= 0:
        raise InvalidFieldError(
            "percentage_tolerance", "a number >= 0, or None", repr(value)
        )
    return Decimal(value)


def _non_negative(name: str, value: Any) -> Decimal:
    """Return option *name* as a Decimal: an exact number >= 0, never a float."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidFieldError(
            name,
            "an int or a decimal.Decimal >= 0 (never a float)",
            type(value).__name__,
        )
    if (isinstance(value, Decimal) and not value.is_finite()) or value < 0:
        raise InvalidFieldError(name, "a finite number >= 0", repr(value))
    return Decimal(value)


def _rounding(value: Any) -> Decimal:
    return _non_negative("rounding_tolerance", value)


def _approximate(value: Any) -> Decimal:
    return _non_negative("approximate_tolerance", value)


def _share_words(value: Any) -> Decimal:
    return _non_negative("share_word_tolerance", value)


def _approximate_share(value: Any) -> Decimal:
    return _non_negative("approximate_share_tolerance", value)


def _rule_functions(value: Any) -> tuple[RuleFunction, ...]:
    if callable(value):
        value = (value,)
    try:
        functions = tuple(value)
    except TypeError:
        raise InvalidFieldError(
            "rules", "a sequence of rule functions", type(value).__name__
        ) from None
    for index, function in enumerate(functions):
        if not callable(function):
            raise InvalidFieldError(
                f"rules[{index}]",
                "a function (report, options) -> findings",
                type(function).__name__,
            )
    return functions


def _longest(code: str, prefixes: tuple[str, ...]) -> int:
    """Return the length of the longest entry of *prefixes* that *code* starts with.

    ``ALL`` counts as a prefix of length 0; -1 means none matches.
    """
    longest = -1
    for prefix in prefixes:
        if prefix == ALL:
            longest = max(longest, 0)
        elif code.startswith(prefix):
            longest = max(longest, len(prefix))
    return longest


@frozen(kw_only=True)
class ValidationOptions:
    """What :func:`validate` checks, and how strictly.

    Custom rule functions receive these, so that they can honour the same
    thresholds.

        >>> from rightsreport import ValidationOptions
        >>> options = ValidationOptions(select=["RR2", "RR401"], ignore=["RR206"])
        >>> options.enabled("RR201"), options.enabled("RR206"), options.enabled("RR101")
        (True, False, False)

    Attributes:
        select: Codes or code prefixes to run (``"RR2"``, ``"RR401"``, ``"ALL"``);
            ``None`` runs every rule.
        ignore: Codes or prefixes not to run. When a code matches both lists, the
            longer (more specific) entry wins, and ``ignore`` wins a tie, as in
            ruff: ``select=["RR401"], ignore=["RR4"]`` runs RR401 alone of the
            RR4xx rules.
        name_similarity: The least similarity (0 to 1: the better of the
            Jaro-Winkler similarity and the Damerau-Levenshtein distance scaled
            by length) at which two differing words of names are a near miss: in
            a misspelt attribution (RR401), or in the names of likely duplicate
            sources (RR403). With a text, the same threshold says when a word of
            the text is a misspelling of a person's name (RR802, by the scaled
            distance alone: see :func:`~rightsreport.text_findings`).
        percentage_tolerance: How far percentages may sum from their whole
            (RR203, RR202, and shares said to make a whole, RR707), in percentage
            points; ``None`` allows half a unit of the last printed digit of each
            figure summed.
        rounding_tolerance: How far a printed figure may be from what it
            stands for, in units of its last printed place, for the checks of
            derived figures (RR7xx): ``0.5`` (the default) reads "45 percent" as
            44.5 to 45.5; ``1`` also accepts figures truncated rather than
            rounded.
        approximate_tolerance: How far a figure qualified "approximately" may
            be from its value, as a share of it (RR7xx): ``0.1`` by default,
            "about 1,200" is 1,080 to 1,320.
        share_word_tolerance: Percentage points either side of a share stated
            as a fraction or a fraction word (RR702): 5 by default, "half" is 45
            to 55 percent.
        approximate_share_tolerance: Further percentage points either side of a
            share the text hedges ("about half", RR702): 5 by default, "about
            half" is 40 to 60 percent.
        rules: The caller's own rule functions, run after the built-in ones on
            every validated report: each is called with a report and these
            options and returns or yields findings whose paths start at that
            report's ``$``.
    """

    select: tuple[str, ...] | None = field(default=None, converter=_select)
    ignore: tuple[str, ...] = field(default=(), converter=_ignore)
    name_similarity: float = field(
        default=DEFAULT_NAME_SIMILARITY, converter=_similarity
    )
    percentage_tolerance: Decimal | None = field(default=None, converter=_tolerance)
    rules: tuple[RuleFunction, ...] = field(default=(), converter=_rule_functions)
    rounding_tolerance: Decimal = field(
        default=DEFAULT_ROUNDING_TOLERANCE,
        converter=_rounding,
    )
    approximate_tolerance: Decimal = field(
        default=DEFAULT_APPROXIMATE_TOLERANCE,
        converter=_approximate,
    )
    share_word_tolerance: Decimal = field(
        default=DEFAULT_SHARE_WORD_TOLERANCE,
        converter=_share_words,
    )
    approximate_share_tolerance: Decimal = field(
        default=DEFAULT_APPROXIMATE_SHARE_TOLERANCE,
        converter=_approximate_share,
    )

    def enabled(self, code: str) -> bool:
        """Whether findings with *code* are reported under these options."""
        selected = 0 if self.select is None else _longest(code, self.select)
        return selected >= 0 and _longest(code, self.ignore) < selected


@frozen
class ValidationResult:
    """Every finding of a validation, in a stable order, and what they add up to.

    Iterating gives the findings: sorted by code, and within a code in document
    order (the report given first, then the reports carried in its relations).

        >>> from rightsreport import validate
        >>> from rightsreport.examples import cambodia_2020
        >>> result = validate(cambodia_2020())
        >>> result.ok, len(result.errors), len(result.warnings)
        (True, 0, 1)
        >>> for finding in result:
        ...     print(finding)
        $.quotes[4].attributed_as: RR401 warning: 'Rodemeier' looks like a misspelling of 'Roedemeier' in the speaker's name 'Chad Roedemeier'

    Attributes:
        findings: Every finding.
    """

    findings: tuple[Finding, ...] = field(validator=tuple_of(Finding, "Finding"))

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity info."""
        return self._of(Severity.INFO)

    @property
    def ok(self) -> bool:
        """Whether there is no error (warnings and infos may remain)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def raise_for_errors(self) -> None:
        """Raise :class:`~rightsreport.ValidationError` listing every error, if any.

        >>> from attrs import evolve
        >>> from rightsreport.examples import cambodia_2020
        >>> article = cambodia_2020()
        >>> broken = evolve(article, quotes=(*article.quotes, article.quotes[0]))
        >>> validate(broken).raise_for_errors()
        Traceback (most recent call last):
        ...
        rightsreport.ValidationError: 1 validation error:
        $.quotes[14].id: RR101 error: id 'headline-impunity' is already used by $.quotes[0]
        """
        errors = self.errors
        if errors:
            raise ValidationError(errors)

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)


def _rebased(findings: Iterable[Finding], path: str, index: int) -> Iterator[Finding]:
    """Check a custom rule's findings and move their paths under *path*."""
    for finding in findings:
        if not isinstance(finding, Finding):
            raise InvalidFieldError(
                f"rules[{index}]",
                "a function that returns or yields Finding objects",
                f"a function that gave {type(finding).__name__}",
            )
        if path != "$" and finding.path.startswith("$"):
            yield Finding(
                code=finding.code,
                severity=finding.severity,
                path=path + finding.path[1:],
                message=finding.message,
                hint=finding.hint,
            )
        else:
            yield finding


def _check_selectors(options: ValidationOptions) -> None:
    """Refuse an ``RR`` selector that no built-in code matches: a likely typo."""
    codes = (*RULES, *TEXT_CODES)
    for name, entries in (("select", options.select or ()), ("ignore", options.ignore)):
        for index, entry in enumerate(entries):
            if entry.startswith("RR") and not any(c.startswith(entry) for c in codes):
                raise InvalidFieldError(
                    f"{name}[{index}]",
                    "a code or prefix of a rightsreport rule, such as 'RR2' or "
                    "'RR401' (see rightsreport.RULES)",
                    repr(entry),
                )


def _document_rules(
    text: str | None, options: ValidationOptions
) -> tuple[RuleFunction, ...]:
    """Return the rules that run on the given report only, not on related ones.

    These are the checks against the document's text (domain rule 8, codes
    RR8xx): the text is the given report's own. They take the options'
    ``name_similarity`` (for RR802) and the other thresholds of
    :func:`~rightsreport.text_findings`; call it directly to change those.
    """
    if text is None or not any(options.enabled(code) for code in TEXT_CODES):
        return ()
    return (
        lambda report, options: text_findings(
            report, text, name_similarity=options.name_similarity
        ),
    )


def validate(
    report: Report,
    *,
    text: str | None = None,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str = (),
    rules: Iterable[RuleFunction] = (),
    name_similarity: float = DEFAULT_NAME_SIMILARITY,
    percentage_tolerance: int | Decimal | None = None,
    rounding_tolerance: int | Decimal = DEFAULT_ROUNDING_TOLERANCE,
    approximate_tolerance: int | Decimal = DEFAULT_APPROXIMATE_TOLERANCE,
    share_word_tolerance: int | Decimal = DEFAULT_SHARE_WORD_TOLERANCE,
    approximate_share_tolerance: int | Decimal = DEFAULT_APPROXIMATE_SHARE_TOLERANCE,
) -> ValidationResult:
    """Check a report, and the reports it carries, against every rule at once.

    Returns every finding (it never raises for what it finds; call
    :meth:`ValidationResult.raise_for_errors` for that). The options are those of
    :class:`ValidationOptions`; *text* is the document's own text, for the checks
    against the document's text: with it, the findings of
    :func:`~rightsreport.text_findings` (RR801 to RR807) on the report given join
    the others.

        >>> from rightsreport import validate
        >>> from rightsreport.examples import cambodia_2020
        >>> result = validate(cambodia_2020(), ignore=["RR401"])
        >>> result.ok, result.findings
        (True, ())

    A rule of your own is a function of the report and the options that returns
    or yields findings; it runs on every report validated, and its paths are
    moved under the report's own path:

        >>> from rightsreport import Finding, Severity
        >>> def needs_language(report, options):
        ...     if report.language is None:
        ...         yield Finding(
        ...             code="ORG001",
        ...             severity=Severity.WARNING,
        ...             path="$.language",
        ...             message="no language, expected a BCP 47 tag",
        ...         )
        >>> from attrs import evolve
        >>> article = cambodia_2020()
        >>> report = evolve(article.related()[0], language=None)
        >>> relation = evolve(article.relations[0], report=report)
        >>> article = evolve(article, relations=(relation,))
        >>> for finding in validate(article, rules=[needs_language], select=["ORG"]):
        ...     print(finding)
        $.relations[0].report.language: ORG001 warning: no language, expected a BCP 47 tag

    Raises:
        InvalidFieldError: *report* is not a :class:`~rightsreport.Report`, or an
            option is malformed (a threshold out of range, an ``RR`` selector that
            matches no rule), or a rule function gives something other than
            findings.
    """
    if not isinstance(report, Report):
        raise InvalidFieldError("report", "a Report", type(report).__name__)
    if text is not None and not isinstance(text, str):
        raise InvalidFieldError("text", "a str or None", type(text).__name__)
    options = ValidationOptions(
        select=select,
        ignore=ignore,
        rules=rules,
        name_similarity=name_similarity,
        percentage_tolerance=percentage_tolerance,
        rounding_tolerance=rounding_tolerance,
        approximate_tolerance=approximate_tolerance,
        share_word_tolerance=share_word_tolerance,
        approximate_share_tolerance=approximate_share_tolerance,
    )
    _check_selectors(options)
    return ValidationResult(_run(report, options, _document_rules(text, options)))


def _run(
    report: Report,
    options: ValidationOptions,
    document_rules: tuple[RuleFunction, ...] = (),
) -> tuple[Finding, ...]:
    context = Context(report, options)
    found: list[Finding] = list(context.walk_findings)
    for registered in CHECKS:
        if not any(options.enabled(code) for code in registered.codes):
            continue
        if registered.across is not None:
            found.extend(registered.across(context))
        if registered.document is not None:
            for document in context.documents:
                found.extend(registered.document(document, context))
    for index, rule in enumerate(options.rules):
        for document in context.documents:
            found.extend(_rebased(rule(document.report, options), document.path, index))
    for index, rule in enumerate(document_rules):
        found.extend(_rebased(rule(report, options), "$", index))
    enabled: dict[str, bool] = {}
    kept = []
    for finding in found:
        code = finding.code
        if code not in enabled:
            enabled[code] = options.enabled(code)
        if enabled[code]:
            kept.append(finding)
    kept.sort(key=lambda finding: finding.code)
    return tuple(kept)
