"""Sphinx extension: the list of validation codes, rendered from ``RULES``.

``.. rightsreport-rules::`` (from MyST, inside an ``{eval-rst}`` fence, so that
its content is read as reStructuredText) renders a
summary table and one section per code, with what it checks, the example that
triggers it (a doctest the test suite runs) and how to fix it. The page cannot
drift from the code: it is written from :data:`rightsreport.RULES` at build time.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

from rightsreport import RULES, Rule
from rightsreport._rules import EXAMPLE_SETUP


def _indent(text: str, prefix: str = "   ") -> list[str]:
    return [prefix + line if line else "" for line in text.strip("\n").splitlines()]


def render(rules: Mapping[str, Rule] = RULES) -> list[str]:
    """Return the reStructuredText of the code list, line by line."""
    lines = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 10 10 80",
        "",
        "   * - Code",
        "     - Severity",
        "     - Finds",
    ]
    for code, rule in rules.items():
        lines += [
            f"   * - {code}",
            f"     - {rule.severity.value}",
            f"     - {rule.title}",
        ]
    lines += [
        "",
        (
            "Every example below runs against this setup, a minimal report that "
            "validates cleanly, and ``check``, which prints what validating a "
            "changed copy finds:"
        ),
        "",
        ".. code-block:: pycon",
        "",
        *_indent(EXAMPLE_SETUP),
        "",
    ]
    for code, rule in rules.items():
        title = f"{code}: {rule.title}"
        lines += [
            title,
            "~" * len(title),
            "",
            f":Severity: {rule.severity.value}",
            f":Domain rule: {rule.domain_rule}",
            "",
            *textwrap.wrap(rule.checks, 88),
            "",
            "Example:",
            "",
            ".. code-block:: pycon",
            "",
            *_indent(rule.example),
            "",
            "How to fix: " + rule.fix,
            "",
        ]
    return lines


def setup(app: Any) -> dict[str, Any]:
    """Register the ``rightsreport-rules`` directive."""
    # Imported here, not at the top, so that the tests can import render()
    # where Sphinx is not installed.
    from docutils import nodes  # noqa: PLC0415
    from docutils.statemachine import StringList  # noqa: PLC0415
    from sphinx.util.docutils import SphinxDirective  # noqa: PLC0415
    from sphinx.util.nodes import nested_parse_with_titles  # noqa: PLC0415

    class RulesDirective(SphinxDirective):
        """Render every validation code from the registry."""

        has_content = False

        def run(self) -> list[nodes.Node]:
            container = nodes.container()
            source = self.get_source_info()[0] or "<rules>"
            content = StringList(render(), source=source)
            nested_parse_with_titles(self.state, content, container)
            return list(container.children)

    app.add_directive("rightsreport-rules", RulesDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
