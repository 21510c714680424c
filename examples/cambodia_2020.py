"""Print a readable summary of the worked example.

The example is the CamboJA article on the US State Department's 2020 human-rights
report on Cambodia.

Run it with ``python examples/cambodia_2020.py`` after ``pip install -e .``.
"""

from __future__ import annotations

from rightsreport import Report, Source
from rightsreport.examples import cambodia_2020


def describe_source(source: Source) -> str:
    """Return one line for a source: its label and its roles."""
    roles = "; ".join(str(affiliation) for affiliation in source.affiliations)
    return f"{source.label} ({roles})" if roles else source.label


def summarise(report: Report, indent: str = "") -> list[str]:
    """Return the lines of a report's summary, related reports indented below it."""
    issuer = report.issuer.name if report.issuer else "unknown issuer"
    lines = [
        f"{indent}{report.title}",
        f"{indent}  {report.kind.value} by {issuer}, published {report.published}"
        + (f", covering {report.coverage}" if report.coverage else "")
        + (f", {report.page_count} pages" if report.page_count else ""),
    ]
    if report.claims:
        lines.append(f"{indent}  Findings:")
        lines.extend(f"{indent}    - {claim.text}" for claim in report.claims)
    if report.sources:
        lines.append(f"{indent}  Sources:")
        lines.extend(f"{indent}    - {describe_source(s)}" for s in report.sources)
    if report.quotes:
        lines.append(f"{indent}  Quotes:")
        for quote in report.quotes:
            speaker = report.source(quote.speaker_id) if quote.speaker_id else None
            who = speaker.label if speaker else "unattributed"
            printed = (
                f' (printed as "{quote.attributed_as}")' if quote.attributed_as else ""
            )
            lines.append(
                f"{indent}    - [{quote.kind.value}] {who}{printed}: "
                f"{quote.text[:70]}{'...' if len(quote.text) > 70 else ''}"
            )
    if report.statistics:
        lines.append(f"{indent}  Statistics:")
        for figure in report.statistics:
            when = f"as of {figure.as_of}" if figure.as_of else f"over {figure.period}"
            lines.append(
                f"{indent}    - {figure.display_value}: {figure.measure}, {when}"
            )
            if figure.relayed_via:
                chain = " -> ".join([figure.source_id or "?", *figure.relayed_via])
                lines.append(f"{indent}      relayed: {chain} -> this document")
            if figure.breakdown:
                parts = ", ".join(
                    f"{part.value} {part.label}" for part in figure.breakdown.parts
                )
                lines.append(
                    f"{indent}      {figure.breakdown.completeness.value} breakdown: {parts}"
                )
    lines.extend(
        f"{indent}  Photo ({illustration.depicted_on}, {illustration.credit}): "
        f"{illustration.caption}"
        for illustration in report.illustrations
    )
    for relation in report.relations:
        lines.append(f"{indent}  {relation.kind.value}: {relation.target_id}")
        if relation.report is not None:
            lines.extend(summarise(relation.report, indent + "    "))
    return lines


if __name__ == "__main__":
    print("\n".join(summarise(cambodia_2020())))
