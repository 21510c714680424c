"""How long text evidence takes on a 200-page report: run on demand, not a test.

Builds a synthetic report text of about 600,000 characters (Zipf-distributed
words, paragraphs, curly quotes, em dashes, non-breaking spaces, line breaks) and
a report with 300 quotes in the mix a transcription brings: most verbatim, some
with typographic differences, some split by their attribution, some with an
insertion or an ellipsis, some with a word changed (not found: the closest passage
is searched), and paraphrases; plus 30 named people and 60 figures. Then times,
median of several rounds with a cold cache each time:

- ``text_findings(report, text)``, everything;
- ``anchor_quote`` over the 300 quotes (the text normalised once);
- the text's normalisation alone.

Usage: ``python benchmarks/text_evidence.py [--rounds 5] [--seed 1]``; pin to a
core with ``taskset -c 1`` for steadier numbers. GC stays on.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from rightsreport import (
    EditorialMark,
    EditorialMarkKind,
    IdentificationLevel,
    Quote,
    QuoteKind,
    Report,
    ReportKind,
    Source,
    SourceKind,
    Statistic,
    anchor_quote,
    text_findings,
)
from rightsreport._text import _Document, _document

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "an", "el", "is", "or")
TARGET = 600_000


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def _sentence(rng: random.Random, vocabulary: list[str], weights: list[float]) -> str:
    words = rng.choices(vocabulary, weights, k=rng.randint(8, 28))
    for index in range(len(words)):
        roll = rng.random()
        if roll < 0.02:
            words[index] += "\u2019s"
        elif roll < 0.03:
            words[index] += " \u2014"
        elif roll < 0.08:
            words[index] += ","
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def build(seed: int) -> tuple[str, Report]:
    """Return the text and the report whose quotes and figures it holds."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng, 8000)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    people = [
        (
            f"{rng.choice(vocabulary).capitalize()} "
            f"{rng.choice(vocabulary).capitalize()}{rng.choice(['mer', 'vong', 'rith'])}"
        )
        for _ in range(30)
    ]
    sources = tuple(
        Source(
            id=f"person-{index}",
            kind=SourceKind.PERSON,
            identification=IdentificationLevel.NAMED,
            name=name,
        )
        for index, name in enumerate(people)
    )
    quotes: list[Quote] = []
    figures: list[Statistic] = []
    paragraphs: list[str] = []
    size = 0
    while size < TARGET:
        sentences = [
            _sentence(rng, vocabulary, weights) for _ in range(rng.randint(3, 7))
        ]
        roll = rng.random()
        speaker = rng.randrange(len(people))
        surname = people[speaker].split()[-1]
        if roll < 0.4 and len(quotes) < 300:
            quotes.append(_quote(rng, sentences, len(quotes), speaker, surname))
        elif roll < 0.5 and len(figures) < 60:
            value = rng.randint(10, 5000)
            measure = " ".join(rng.sample(vocabulary[2000:], 3))
            sentences.append(f"A total of {value:,} {measure} were recorded.")
            figures.append(
                Statistic(id=f"figure-{len(figures)}", value=value, measure=measure)
            )
        if rng.random() < 0.3:
            sentences.append(f"{people[speaker]} said so.")
        paragraph = " ".join(sentences)
        if rng.random() < 0.3:
            paragraph = paragraph.replace(" ", "\n", 3).replace(" ", "\u00a0", 2)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    report = Report(
        id="synthetic",
        kind=ReportKind.MONITORING_REPORT,
        title="A synthetic report",
        sources=sources,
        quotes=tuple(quotes),
        statistics=tuple(figures),
    )
    return "\n\n".join(paragraphs), report


def _quote(
    rng: random.Random, sentences: list[str], number: int, speaker: int, surname: str
) -> Quote:
    """Turn sentences of a paragraph into a quote, printing them as one."""
    at = rng.randrange(len(sentences))
    words = sentences[at]
    kind = QuoteKind.VERBATIM
    marks: tuple[EditorialMark, ...] = ()
    roll = rng.random()
    if roll < 0.15 and at + 1 < len(sentences):
        first, second = sentences[at].rstrip(".") + ",", sentences[at + 1]
        sentences[at] = f"\u201c{first}\u201d {surname} said. \u201c{second}\u201d"
        del sentences[at + 1]
        words = f"{first} {second}"
        join = len(first)
        marks = (
            EditorialMark(kind=EditorialMarkKind.INTERRUPTION, start=join, end=join),
        )
    else:
        sentences[at] = f"\u201c{words}\u201d"
        if roll < 0.30:
            words = words.replace("\u2019", "'").replace("\u2014", "--")
        elif roll < 0.40:
            parts = words.split(" ")
            cut = rng.randrange(1, len(parts) - 1)
            words = " ".join([*parts[:cut], "[...]", *parts[cut + 2 :]])
            marks = EditorialMark.find_in(words)
        elif roll < 0.50:
            parts = words.split(" ")
            parts[rng.randrange(1, len(parts) - 1)] = "misquoted"
            words = " ".join(parts)
        elif roll < 0.60:
            kind = QuoteKind.PARAPHRASE
    return Quote(
        id=f"quote-{number}",
        text=words,
        kind=kind,
        speaker_id=f"person-{speaker}",
        marks=marks,
    )


def _median_seconds(function: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        _document.cache_clear()
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    text, report = build(arguments.seed)
    findings = text_findings(report, text)
    anchored = sum(anchor_quote(quote, text) is not None for quote in report.quotes)
    codes: dict[str, int] = {}
    for finding in findings:
        codes[finding.code] = codes.get(finding.code, 0) + 1
    print(
        f"text: {len(text):,} characters; {len(report.quotes)} quotes "
        f"({anchored} anchored); {len(report.sources)} people; "
        f"{len(report.statistics)} figures; findings {dict(sorted(codes.items()))}"
    )
    rounds = arguments.rounds
    normalise = _median_seconds(lambda: _Document(text), rounds)
    anchor = _median_seconds(
        lambda: [anchor_quote(quote, text) for quote in report.quotes], rounds
    )
    everything = _median_seconds(lambda: text_findings(report, text), rounds)
    print(f"normalise the text once:          {normalise:7.3f} s")
    print(f"anchor_quote, 300 quotes:         {anchor:7.3f} s")
    print(f"text_findings, whole report:      {everything:7.3f} s")
    print(f"(median of {rounds} rounds, cold cache each round, GC on)")


if __name__ == "__main__":
    main()
