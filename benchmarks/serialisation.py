"""Serialisation speed and memory against pydantic v2 and msgspec, on demand.

Builds one report of 50 sources, 200 quotes and 500 statistics (each with a
breakdown of 3 parts), defines the same shape as pydantic v2 models and msgspec
Structs, checks that all three write the same JSON and read back what they wrote,
then measures in interleaved rounds (A B C A B C ...) the median time of to_json,
from_json, to_dict and from_dict and the memory a decoded report holds. Ratios are
taken round by round and their median printed, so drift of the machine cancels.

    pip install -e '.[bench]'
    python benchmarks/serialisation.py [--rounds 21] [--no-gc]

Pin it to one core where you can (``taskset -c 1 python ...``).
"""

from __future__ import annotations

import argparse
import enum
import gc
import json
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

import msgspec
import pydantic
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    StringConstraints,
)

import rightsreport as rr
from rightsreport import _serialise as serialise

SOURCES, QUOTES, STATISTICS = 50, 200, 500

# -- the report ---------------------------------------------------------------------


def build_report() -> rr.Report:
    """The benchmark report, with some variety in every field it fills."""
    periods = [
        rr.Period.from_edtf(text)
        for text in ("2019-04/2020-03", "2020/2020", "2020-01/..", "2018/2020-06~")
    ]
    sources = tuple(
        rr.Source(
            id=f"source-{i}",
            kind=rr.SourceKind.PERSON if i % 3 else rr.SourceKind.ORGANISATION,
            identification=rr.IdentificationLevel.NAMED,
            name=f"Source Number {i}",
            affiliations=(
                rr.Affiliation(
                    role="executive director", organisation=f"Organisation {i}"
                ),
            ),
            disclosure=rr.Disclosure.PUBLIC if i % 10 else rr.Disclosure.RESTRICTED,
        )
        for i in range(SOURCES)
    )
    quotes = tuple(
        rr.Quote(
            id=f"quote-{i}",
            text=f"Quote {i}: the situation deteriorated in the second half of the year, "
            "with arrests of activists and journalists.",
            kind=rr.QuoteKind.VERBATIM if i % 2 else rr.QuoteKind.PARAPHRASE,
            speaker_id=f"source-{i % SOURCES}",
            attributed_as=f"Number {i % SOURCES}",
            said_on=rr.PartialDate(year=2020, month=1 + i % 12),
            language="en",
            locator=rr.Locator(page=1 + i % 35),
        )
        for i in range(QUOTES)
    )
    stats = tuple(
        rr.Statistic(
            id=f"figure-{i}",
            value=100 + i,
            measure="legal aid disbursed",
            qualifier=rr.StatisticQualifier.AT_LEAST
            if i % 4
            else rr.StatisticQualifier.EXACT,
            # An amount, not a count: its parts of 30.5 and 19.5 are whole
            # figures' worth of money, where half an assembly would be an error.
            kind=rr.StatisticKind.AMOUNT,
            unit="thousand dollars",
            period=periods[i % len(periods)],
            source_id=f"source-{i % SOURCES}",
            breakdown=rr.Breakdown(
                completeness=rr.BreakdownCompleteness.EXHAUSTIVE,
                parts=(
                    rr.BreakdownPart(label="land rights", value=50 + i),
                    rr.BreakdownPart(label="workers' rights", value=Decimal("30.5")),
                    rr.BreakdownPart(label="other reasons", value=Decimal("19.5")),
                ),
            ),
        )
        for i in range(STATISTICS)
    )
    return rr.Report(
        id="benchmark",
        kind=rr.ReportKind.MONITORING_REPORT,
        title="Monitoring report on fundamental freedoms, 2020",
        subject_countries=("KH",),
        coverage=rr.Period.from_edtf("2020/2020"),
        published=rr.PartialDate(year=2021, month=3, day=30),
        language="en",
        sources=sources,
        quotes=quotes,
        statistics=stats,
    )


# -- the same shape in pydantic v2 ----------------------------------------------------
# Strict scalars (no "17" for 17), enums, the same patterns for ids and EDTF text as
# the JSON Schema, frozen models, unknown keys forbidden.

Text = Annotated[StrictStr, StringConstraints(min_length=1, pattern=r"\S")]
Id = Annotated[
    StrictStr, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$")
]
Date = Annotated[
    StrictStr, StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[?~%]?$")
]
_END = r"(\.\.|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[?~%]?)"
PeriodText = Annotated[StrictStr, StringConstraints(pattern=f"^{_END}/{_END}$")]
DecimalText = Annotated[
    StrictStr,
    StringConstraints(pattern=r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"),
]

SourceKind = enum.Enum("SourceKind", {m.name: m.value for m in rr.SourceKind})  # type: ignore[misc]
Identification = enum.Enum(
    "Identification", {m.name: m.value for m in rr.IdentificationLevel}
)  # type: ignore[misc]
Disclosure = enum.Enum("Disclosure", {m.name: m.value for m in rr.Disclosure})  # type: ignore[misc]
QuoteKind = enum.Enum("QuoteKind", {m.name: m.value for m in rr.QuoteKind})  # type: ignore[misc]
Qualifier = enum.Enum("Qualifier", {m.name: m.value for m in rr.StatisticQualifier})  # type: ignore[misc]
StatisticKind = enum.Enum("StatisticKind", {m.name: m.value for m in rr.StatisticKind})  # type: ignore[misc]
Completeness = enum.Enum(
    "Completeness", {m.name: m.value for m in rr.BreakdownCompleteness}
)  # type: ignore[misc]
ReportKind = enum.Enum("ReportKind", {m.name: m.value for m in rr.ReportKind})  # type: ignore[misc]

_CONFIG = ConfigDict(frozen=True, extra="forbid")


class PAffiliation(BaseModel):
    model_config = _CONFIG
    role: Text | None = None
    organisation: Text | None = None


class PSource(BaseModel):
    model_config = _CONFIG
    id: Id
    kind: SourceKind
    identification: Identification
    name: Text | None = None
    affiliations: tuple[PAffiliation, ...] = ()
    disclosure: Disclosure


class PLocator(BaseModel):
    model_config = _CONFIG
    page: Annotated[StrictInt, Field(ge=1)] | None = None


class PQuote(BaseModel):
    model_config = _CONFIG
    id: Id
    text: Text
    kind: QuoteKind
    speaker_id: Id | None = None
    attributed_as: Text | None = None
    said_on: Date | None = None
    language: StrictStr | None = None
    locator: PLocator | None = None


class PPart(BaseModel):
    model_config = _CONFIG
    label: Text
    value: Annotated[StrictInt, Field(ge=0)] | DecimalText


class PBreakdown(BaseModel):
    model_config = _CONFIG
    parts: tuple[PPart, ...]
    completeness: Completeness


class PStatistic(BaseModel):
    model_config = _CONFIG
    id: Id
    value: StrictInt | DecimalText
    measure: Text
    qualifier: Qualifier
    kind: StatisticKind
    unit: Text | None = None
    period: PeriodText | None = None
    source_id: Id | None = None
    breakdown: PBreakdown | None = None


class PReport(BaseModel):
    model_config = _CONFIG
    format_version: StrictInt
    id: Id
    kind: ReportKind
    title: Text
    subject_countries: tuple[StrictStr, ...] = ()
    coverage: PeriodText | None = None
    published: Date | None = None
    language: StrictStr | None = None
    sources: tuple[PSource, ...] = ()
    quotes: tuple[PQuote, ...] = ()
    statistics: tuple[PStatistic, ...] = ()


# -- the same shape as msgspec Structs ------------------------------------------------

_STRUCT: dict[str, Any] = {
    "frozen": True,
    "forbid_unknown_fields": True,
    "omit_defaults": True,
    "kw_only": True,
}


class MAffiliation(msgspec.Struct, **_STRUCT):
    role: str | None = None
    organisation: str | None = None


class MSource(msgspec.Struct, **_STRUCT):
    id: str
    kind: SourceKind
    identification: Identification
    name: str | None = None
    affiliations: tuple[MAffiliation, ...] = ()
    disclosure: Disclosure


class MLocator(msgspec.Struct, **_STRUCT):
    page: int | None = None


class MQuote(msgspec.Struct, **_STRUCT):
    id: str
    text: str
    kind: QuoteKind
    speaker_id: str | None = None
    attributed_as: str | None = None
    said_on: str | None = None
    language: str | None = None
    locator: MLocator | None = None


class MPart(msgspec.Struct, **_STRUCT):
    label: str
    value: int | str


class MBreakdown(msgspec.Struct, **_STRUCT):
    parts: tuple[MPart, ...]
    completeness: Completeness


class MStatistic(msgspec.Struct, **_STRUCT):
    id: str
    value: int | str
    measure: str
    qualifier: Qualifier
    kind: StatisticKind
    unit: str | None = None
    period: str | None = None
    source_id: str | None = None
    breakdown: MBreakdown | None = None


class MReport(msgspec.Struct, **_STRUCT):
    format_version: int
    id: str
    kind: ReportKind
    title: str
    subject_countries: tuple[str, ...] = ()
    coverage: str | None = None
    published: str | None = None
    language: str | None = None
    sources: tuple[MSource, ...] = ()
    quotes: tuple[MQuote, ...] = ()
    statistics: tuple[MStatistic, ...] = ()


# -- measuring ------------------------------------------------------------------------


def decoded_size(decode: Callable[[], object]) -> int:
    """Bytes held by one decoded report (tracemalloc, after a collection)."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    value = decode()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del value
    return after - before


def core_from_json(text: str) -> rr.Report:
    """from_json as without the fast extra: the standard library's json module."""
    saved = serialise.ACCELERATED
    serialise.ACCELERATED = False
    try:
        return rr.from_json(text, rr.Report)
    finally:
        serialise.ACCELERATED = saved


def core_to_json(report: rr.Report) -> str:
    """to_json as without the fast extra: the generated f-string writer."""
    saved = serialise.ACCELERATED
    serialise.ACCELERATED = False
    try:
        return rr.to_json(report)
    finally:
        serialise.ACCELERATED = saved


def timed(function: Callable[[], object], number: int) -> float:
    """Seconds per call, over *number* calls."""
    start = time.perf_counter()
    for _ in range(number):
        function()
    return (time.perf_counter() - start) / number


def ablation(report: rr.Report, rounds: int, number: int) -> None:
    """Measure, in one process, what each technique in the fast paths is worth.

    Each variant switches one technique off; the ratio is its time over the shipped
    path's, taken round by round.
    """
    import cattrs  # noqa: PLC0415

    data = rr.to_dict(report)
    shape = serialise.default_wire().shape(rr.Report)

    def wire_with(**namespace: object) -> Callable[[object], object]:
        wire = serialise.wire_of(rr.make_converter())
        wire._namespace.update(namespace)  # noqa: SLF001
        return wire.fast(wire.shape(rr.Report))

    build_directly = serialise._can_build_directly  # noqa: SLF001
    serialise._can_build_directly = lambda _: False  # type: ignore[assignment]  # noqa: SLF001
    with_init = wire_with()
    with_init(data)  # generated now, while the switch is on
    serialise._can_build_directly = build_directly  # noqa: SLF001
    detailed = serialise.default_wire().detailed(shape)
    writer = serialise.default_wire().writer(rr.Report)
    encoder = serialise._JSON_ENCODER.encode  # noqa: SLF001
    str_dates = serialise.wire_of(rr.make_converter())
    str_dates._namespace.update(_date_text=str, _period_text=str)  # noqa: SLF001
    str_writer = str_dates.writer(rr.Report)
    plain = cattrs.Converter()
    no_decimal_cache = wire_with(_decimal=serialise._decimal.__wrapped__)  # noqa: SLF001
    no_date_cache = wire_with(
        _date=rr.PartialDate.from_edtf, _period=rr.Period.from_edtf
    )
    text = rr.to_json(report)
    forgetful = serialise.wire_of(rr.make_converter())
    forgetful._namespace.update(  # noqa: SLF001
        _date_lookup={}.get,
        _period_lookup={}.get,
        _date_text=serialise.date_text,
        _period_text=serialise.period_text,
    )
    encode_forgetting_dates = forgetful.encoder(rr.Report)
    if encode_forgetting_dates is None:
        raise SystemExit("the ablation needs msgspec (pip install -e '.[bench]')")
    groups: dict[str, dict[str, Callable[[], object]]] = {
        "from_json": {
            "shipped": lambda: rr.from_json(text, rr.Report),
            "without msgspec (json.loads, then the fast path)": lambda: core_from_json(
                text
            ),
        },
        "from_dict": {
            "shipped": lambda: rr.from_dict(data, rr.Report),
            "__init__ with validators instead of building directly": lambda: with_init(
                data
            ),
            "no cache of decimals": lambda: no_decimal_cache(data),
            "no cache of dates and periods": lambda: no_date_cache(data),
            "detailed pass (cattrs detailed_validation) every time": lambda: detailed(
                data
            ),
        },
        "to_json": {
            "shipped": lambda: rr.to_json(report),
            "without msgspec (the f-string writer)": lambda: core_to_json(report),
            "msgspec, without remembered EDTF text": lambda: encode_forgetting_dates(
                report
            ),
            "to_dict, then the json module's encoder": lambda: encoder(
                rr.to_dict(report)
            ),
            "the writer, str() of each date": lambda: str_writer(report),
            "(the writer alone, no dispatch)": lambda: writer(report),
        },
        "to_dict": {
            "shipped": lambda: rr.to_dict(report),
            "(cattrs' default hooks; not the wire format)": lambda: plain.unstructure(
                report
            ),
        },
    }
    for group in groups.values():
        for function in group.values():
            function()
    ratios: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for operation, group in groups.items():
            round_times = {name: timed(f, number) for name, f in group.items()}
            for name, seconds in round_times.items():
                ratios.setdefault((operation, name), []).append(
                    seconds / round_times["shipped"]
                )
    print(f"{'operation':<11}{'variant':<58}{'x shipped':>10}")
    for (operation, name), samples in ratios.items():
        print(f"{operation:<11}{name:<58}{statistics.median(samples):>10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--number", type=int, default=3, help="calls per timing")
    parser.add_argument("--no-gc", action="store_true", help="disable the collector")
    parser.add_argument(
        "--ablation", action="store_true", help="what each technique is worth"
    )
    options = parser.parse_args()

    report = build_report()
    if options.ablation:
        ablation(report, options.rounds, options.number)
        return
    text = rr.to_json(report)
    data = rr.to_dict(report)
    model = PReport.model_validate_json(text)
    struct = msgspec.json.decode(text, type=MReport)

    # Same JSON from every encoder, same objects back from every decoder.
    checks = {
        "pydantic writes the same JSON": model.model_dump_json(exclude_none=True)
        == text,
        "msgspec writes the same JSON": msgspec.json.encode(struct) == text.encode(),
        "msgspec makes the same dicts": json.loads(
            json.dumps(msgspec.to_builtins(struct))
        )
        == data,
        "pydantic makes the same dicts": model.model_dump(
            mode="json", exclude_none=True
        )
        == data,
        "rightsreport reads JSON back": rr.from_json(text, rr.Report) == report,
        "rightsreport reads JSON back without msgspec": core_from_json(text) == report,
        "rightsreport writes the same JSON without msgspec": core_to_json(report)
        == text,
        "rightsreport reads dicts back": rr.from_dict(data, rr.Report) == report,
        "pydantic reads dicts back": PReport.model_validate(data) == model,
        "msgspec reads dicts back": msgspec.convert(data, type=MReport) == struct,
    }
    failed = [name for name, passed in checks.items() if not passed]
    if failed:
        raise SystemExit("the contenders disagree: " + "; ".join(failed))

    contenders: dict[str, dict[str, Callable[[], object]]] = {
        "to_json": {
            "rightsreport": lambda: rr.to_json(report),
            "rr, core only": lambda: core_to_json(report),
            "pydantic": lambda: model.model_dump_json(exclude_none=True),
            "msgspec": lambda: msgspec.json.encode(struct),
        },
        "from_json": {
            "rightsreport": lambda: rr.from_json(text, rr.Report),
            "rr, core only": lambda: core_from_json(text),
            "pydantic": lambda: PReport.model_validate_json(text),
            "msgspec": lambda: msgspec.json.decode(text, type=MReport),
        },
        "to_dict": {
            "rightsreport": lambda: rr.to_dict(report),
            "pydantic": lambda: model.model_dump(mode="json", exclude_none=True),
            "msgspec": lambda: msgspec.to_builtins(struct),
        },
        "from_dict": {
            "rightsreport": lambda: rr.from_dict(data, rr.Report),
            "pydantic": lambda: PReport.model_validate(data),
            "msgspec": lambda: msgspec.convert(data, type=MReport),
        },
    }
    if options.no_gc:
        gc.disable()
    times: dict[tuple[str, str], list[float]] = {}
    ratios: dict[tuple[str, str], list[float]] = {}
    for function in (f for group in contenders.values() for f in group.values()):
        function()  # warm up: generated code, caches
    for _ in range(options.rounds):
        for operation, group in contenders.items():
            round_times = {name: timed(f, options.number) for name, f in group.items()}
            for name, seconds in round_times.items():
                times.setdefault((operation, name), []).append(seconds)
                ratios.setdefault((operation, name), []).append(
                    seconds / round_times["pydantic"]
                )
    gc.enable()

    memory = {
        "rightsreport": decoded_size(lambda: rr.from_json(text, rr.Report)),
        "pydantic": decoded_size(lambda: PReport.model_validate_json(text)),
        "msgspec": decoded_size(lambda: msgspec.json.decode(text, type=MReport)),
    }

    print(
        f"CPython {platform.python_version()}, rightsreport {rr.__version__}, "
        f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}; "
        f"{len(text) / 1000:.0f} KB of JSON; {options.rounds} rounds of "
        f"{options.number} calls; GC {'off' if options.no_gc else 'on'}"
    )
    print()
    print(f"{'operation':<11}{'contender':<14}{'median ms':>10}{'x pydantic':>12}")
    for (operation, name), samples in times.items():
        ratio = statistics.median(ratios[operation, name])
        print(
            f"{operation:<11}{name:<14}{statistics.median(samples) * 1000:>10.2f}{ratio:>12.2f}"
        )
    print()
    for name, size in memory.items():
        print(
            f"memory     {name:<14}{size / 1000:>10.0f} KB{size / memory['pydantic']:>9.2f}"
        )
    print()
    targets = [
        ("to_json", 0.5),
        ("from_json", 1.3),
    ]
    for operation, target in targets:
        for name in ("rightsreport", "rr, core only"):
            if (operation, name) in ratios:
                ratio = statistics.median(ratios[operation, name])
                verdict = "met" if ratio <= target else "NOT met"
                print(
                    f"target {operation} <= {target}x pydantic ({name}): "
                    f"{ratio:.2f}x, {verdict}"
                )
    ratio = memory["rightsreport"] / memory["pydantic"]
    print(
        f"target memory <= 0.6x pydantic: {ratio:.2f}x, {'met' if ratio <= 0.6 else 'NOT met'}"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
