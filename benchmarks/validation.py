"""How validation time grows with the size of a report. Run on demand.

    python benchmarks/validation.py            # the whole run
    python benchmarks/validation.py --quick    # fewer rounds, smaller largest size

1. Linear scaling: validates reports of 1,000, 10,000 and 100,000 statistics and
   quotes (with one source per 14 items, as in the serialisation benchmark's
   report), interleaved round by round, and prints the median time per item and
   its ratio to the smallest size's. The target: the largest stays within 1.3x of
   the smallest.
2. The serialisation benchmark's report (50 sources, 200 quotes, 500 statistics
   with 3 breakdown parts each, from benchmarks/serialisation.py when it is
   here), and one of the same shape built here: validate() against from_json()
   on the same report, interleaved, the median of the ratios. The target:
   validate costs at most half of from_json. With the fast extra (msgspec)
   installed, the ratio is given against from_json with msgspec (its default)
   and without it. When the package has no from_json, the script says so and
   prints validate's absolute time.

The reports are realistic rather than clean: names with honorifics and surnames
alone in attributions, a few misspelt attributions and near-duplicate sources, a
few confidential sources (so that the disclosure scan runs over every published
field), breakdowns, periods and "as of" dates, so that every rule does its work.
Timings are taken with garbage collection on (as users run) and, for the
comparison, also off; pin to one core with ``taskset -c 1`` for steadier figures.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import attrs

import rightsreport
from rightsreport import (
    Affiliation,
    Breakdown,
    BreakdownCompleteness,
    BreakdownPart,
    Disclosure,
    IdentificationLevel,
    Locator,
    PartialDate,
    Period,
    Quote,
    QuoteKind,
    Report,
    ReportKind,
    RightsCategory,
    Source,
    SourceKind,
    Statistic,
    StatisticKind,
    validate,
)

GIVEN = [
    "Chak", "Chin", "Em", "Sok", "Chea", "Kem", "Meas", "Hun", "Sam", "Pen",
    "Lim", "Mu", "Ny", "Ou", "Prak", "Ros", "Seng", "Tep", "Vann", "Yim",
]  # fmt: skip
SYLLABLES = [
    "so", "phea", "ma", "lin", "van", "na", "ra", "sop", "heap", "dara", "vy",
    "roth", "chan", "tha", "ny", "bo", "rey", "ka", "ly", "sam", "nang", "pi",
]  # fmt: skip
CATEGORIES = list(RightsCategory)


def _name(rng: random.Random, index: int) -> str:
    family = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{rng.choice(GIVEN)} {family.capitalize()}{index}"


def _misspell(word: str, rng: random.Random) -> str:
    position = rng.randrange(1, len(word) - 1)
    return word[:position] + word[position + 1 :]


def build_report(
    sources: int, quotes: int, stats: int, seed: int = 2020, parts: int = 3
) -> Report:
    """Build a report of the given size whose every rule has work to do."""
    rng = random.Random(seed)
    names = [_name(rng, index) for index in range(sources)]
    people = []
    for index, name in enumerate(names):
        confidential = index % 20 == 7
        people.append(
            Source(
                id=f"s{index}",
                kind=SourceKind.PERSON,
                identification=IdentificationLevel.NAMED,
                name=name,
                description="a local monitor" if confidential else None,
                aliases=(name.upper(),) if index % 5 == 0 else (),
                affiliations=(
                    Affiliation(
                        role="monitor",
                        organisation="Local Rights Group",
                        attested=PartialDate(year=2021),
                    ),
                ),
                disclosure=Disclosure.CONFIDENTIAL
                if confidential
                else Disclosure.PUBLIC,
            )
        )
    # A few near-duplicates: a source recorded twice with a slip in the name.
    for index in range(0, sources, 25):
        given, family = names[index].split(" ", 1)
        people.append(
            Source(
                id=f"dup{index}",
                kind=SourceKind.PERSON,
                identification=IdentificationLevel.NAMED,
                name=f"{given} {_misspell(family, rng)}",
            )
        )
    report_quotes = []
    for index in range(quotes):
        who = rng.randrange(sources)
        speaker, family = people[who], names[who].split(" ", 1)[1]
        choice = index % 10
        if choice == 0:
            printed = f"Mr. {family}"
        elif choice == 1:
            printed = _misspell(family, rng)
        elif choice < 6:
            printed = family
        else:
            printed = names[who]
        report_quotes.append(
            Quote(
                id=f"q{index}",
                text=f"The monitors recorded {index} cases in the province, "
                "and we asked the authorities to respond.",
                kind=QuoteKind.VERBATIM if index % 3 else QuoteKind.PARAPHRASE,
                speaker_id=speaker.id,
                attributed_as=printed,
                said_on=PartialDate(year=2020, month=rng.randint(1, 12)),
                language="en",
            )
        )
    report_statistics = []
    for index in range(stats):
        values = [rng.randint(0, 400) for _ in range(parts)]
        if index % 50 == 0:
            values[0] += 1  # a transcription slip: the parts miss the total
        total = sum(values) - (1 if index % 50 == 0 else 0)
        month = rng.randint(1, 12)
        report_statistics.append(
            Statistic(
                id=f"n{index}",
                value=total,
                measure="assemblies dispersed",
                unit="assemblies",
                kind=StatisticKind.COUNT,
                period=Period(
                    start=PartialDate(year=2019, month=month),
                    end=PartialDate(year=2020, month=month),
                ),
                as_of=PartialDate(year=2020, month=month, day=1),
                source_id=people[rng.randrange(sources)].id,
                breakdown=Breakdown(
                    completeness=BreakdownCompleteness.EXHAUSTIVE,
                    parts=tuple(
                        BreakdownPart(label=f"reason {p}", value=v)
                        for p, v in enumerate(values)
                    ),
                ),
                category=rng.choice(CATEGORIES),
                locator=Locator(page=rng.randint(1, 200)),
                printed=str(total),
            )
        )
    return Report(
        id="benchmark",
        kind=ReportKind.MONITORING_REPORT,
        title="Monitoring of assemblies, 2020",
        coverage=Period(start=PartialDate(year=2020), end=PartialDate(year=2020)),
        published=PartialDate(year=2021, month=3, day=30),
        language="en",
        sources=tuple(people),
        quotes=tuple(report_quotes),
        statistics=tuple(report_statistics),
    )


def sized(items: int) -> Report:
    """A report of *items* statistics and quotes, shaped like the 750-object one."""
    stats = items * 5 // 7
    quotes = items - stats
    return build_report(max(2, items // 14), quotes, stats, seed=items)


def _time(function: Callable[[], Any]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def scaling(sizes: list[int], rounds: int) -> None:
    """Print the median time per item of validate() for each size."""
    print(f"building reports of {', '.join(f'{n:,}' for n in sizes)} items ...")
    reports = {n: sized(n) for n in sizes}
    for report in reports.values():
        validate(report)  # warm up
    per_item: dict[int, list[float]] = {n: [] for n in sizes}
    for _ in range(rounds):
        for n in sizes:  # interleaved: every round runs every size
            per_item[n].append(_time(lambda r=reports[n]: validate(r)) / n)
    smallest = statistics.median(per_item[sizes[0]])
    print("\n1. time per item (GC on), median of", rounds, "rounds")
    print(f"{'items':>9} {'us/item':>9} {'ratio':>7} {'findings':>9}")
    for n in sizes:
        median = statistics.median(per_item[n])
        findings = len(validate(reports[n]).findings)
        print(f"{n:>9,} {median * 1e6:>9.2f} {median / smallest:>7.2f} {findings:>9,}")
    ratio = statistics.median(per_item[sizes[-1]]) / smallest
    verdict = "within" if ratio <= 1.3 else "OUTSIDE"
    print(f"largest/smallest: {ratio:.2f}x ({verdict} the 1.3x target)")


def _reports_for_comparison() -> list[tuple[str, Report]]:
    """The serialisation benchmark's report when its script is here, and ours."""
    reports = []
    try:
        import serialisation  # noqa: PLC0415  (benchmarks/serialisation.py, if merged)
    except ImportError:
        pass
    else:
        built = serialisation.build_report()
        reports.append(("the serialisation benchmark's report", built))
        # The same figures as counts: their parts of 30.5 and 19.5 are then
        # errors (RR205, 1,000 findings), which shows what findings cost.
        counts = attrs.evolve(
            built,
            statistics=tuple(
                attrs.evolve(s, kind=StatisticKind.COUNT) for s in built.statistics
            ),
        )
        reports.append(("the same, its figures counts (1,000 errors)", counts))
    reports.append(
        ("this script's report of the same shape", build_report(50, 200, 500))
    )
    return reports


def _decoders(from_json: Callable[..., Any]) -> list[tuple[str, Callable[..., Any]]]:
    """from_json as installed, and, with the fast extra, also without msgspec."""
    serialise = getattr(rightsreport, "_serialise", None)
    if not getattr(serialise, "ACCELERATED", False):
        return [("from_json", from_json)]

    def pure(text: str, cls: type) -> Any:
        serialise.ACCELERATED = False  # type: ignore[union-attr]
        try:
            return from_json(text, cls)
        finally:
            serialise.ACCELERATED = True  # type: ignore[union-attr]

    return [("from_json (msgspec)", from_json), ("from_json (no msgspec)", pure)]


def against_from_json(rounds: int) -> None:
    """Print validate()'s time on the 750-object report, against from_json().

    With the fast extra installed, from_json decodes with msgspec; the ratio is
    printed against that and against the pure-Python path
    (``rightsreport._serialise.ACCELERATED = False`` around each call).
    """
    from_json = getattr(rightsreport, "from_json", None)
    to_json = getattr(rightsreport, "to_json", None)
    print("\n2. validate() against from_json() on a 750-object report")
    if from_json is None or to_json is None:
        report = build_report(50, 200, 500)
        times = [_time(lambda: validate(report)) for _ in range(rounds)]
        print(f"validate {statistics.median(times) * 1e3:.2f} ms (GC on)")
        print("(rightsreport.from_json is not on this branch: no ratio)")
        return
    decoders = _decoders(from_json)
    for name, report in _reports_for_comparison():
        text = to_json(report)
        findings = len(validate(report).findings)
        print(f"{name}: {findings:,} findings")
        for gc_on in (True, False):
            # One interleaved run per decoder: an 8 ms decode between two
            # validations would evict validate's data from the caches.
            for decoder, decode in decoders:
                if not gc_on:
                    gc.disable()
                try:
                    ratios, validating, decoding = [], [], []
                    for _ in range(rounds):
                        v = _time(lambda report=report: validate(report))
                        d = _time(lambda text=text, decode=decode: decode(text, Report))
                        validating.append(v)
                        decoding.append(d)
                        ratios.append(v / d)
                finally:
                    gc.enable()
                print(
                    f"  GC {'on ' if gc_on else 'off'}: validate "
                    f"{statistics.median(validating) * 1e3:.2f} ms, {decoder} "
                    f"{statistics.median(decoding) * 1e3:.2f} ms, ratio "
                    f"{statistics.median(ratios):.2f} (target <= 0.5)"
                )


def main() -> None:
    """Run both measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a shorter run")
    quick = parser.parse_args().quick
    sizes = [1_000, 10_000, 30_000] if quick else [1_000, 10_000, 100_000]
    scaling(sizes, rounds=3 if quick else 7)
    against_from_json(rounds=21 if quick else 101)


if __name__ == "__main__":
    main()
