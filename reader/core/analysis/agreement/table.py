"""The agreement table: for each pair of coders, per tag and over all tags, the
coefficients of `reader.core.analysis.agreement.stats` on the characters of a scope of reports
(`reader.core.analysis.agreement.resample` adds the confidence intervals).

The coder of an annotation is its author. Positions are code points of each report's
cleaned text, an annotation covering [start, end). For one tag, a coder's units are
the maximal runs of characters they coded with it (passages that overlap or touch
are one unit). Over all tags, each character's value is the set of tags the coder put
on it (a passage coded A overlapping one coded B makes a stretch "A + B", a category
of its own); a unit is a maximal run of one such set. Tags count exactly as named:
a passage tagged 整改/专项整治 does not count for 整改.

By default a pair is compared on the reports both coders coded (at least one tagged
annotation each): a report one coder has not looked at would count as full
disagreement. `common_reports_only=False` takes every report of the scope.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING

import numpy as np

from reader.core.analysis.agreement import stats
from reader.core.analysis.agreement.model import (
    ALL_COEFFICIENTS,
    TAG_COEFFICIENTS,
    AgreementTable,
    CodedReport,
    Coding,
    Estimate,
    PairTable,
    Row,
)
from reader.core.analysis.agreement.resample import Columns, PairData
from reader.core.analysis.agreement.stats import Counts

if TYPE_CHECKING:
    from reader.core.export.records import ExportSet


def reports_from_export(export: ExportSet) -> list[CodedReport]:
    """The reports of an export set (`reader.core.export.collect` loads each report and
    places its annotations in the current text) as agreement input. Orphaned
    annotations, and those of a report that cannot be read, are left out and counted."""
    result = []
    for report in export.reports:
        length = 0 if report.text is None else len(report.text)
        codings = tuple(
            Coding(r.annotation.author, r.start, r.end, tuple(r.annotation.tags))
            for r in report.records
            if length and not r.orphaned and r.annotation.tags
        )
        orphaned = sum(1 for r in report.records if r.orphaned or not length)
        result.append(CodedReport(report.relpath, length, codings, orphaned))
    return result


def agreement_table(
    reports: Iterable[CodedReport],
    coders: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
    common_reports_only: bool = True,
) -> AgreementTable:
    """The agreement of each pair of `coders` (default: everyone who coded in the
    scope, by name) on `tags` (default: every tag they used, by name), per tag and
    over those tags together. Pairs come in the order of `coders`."""
    given = list(reports)
    orphaned = sum(r.orphaned for r in given)
    scope = [r for r in given if r.length > 0]
    tagged = [c for r in scope for c in r.codings if c.tags]
    chosen = tuple(dict.fromkeys(coders)) if coders is not None else tuple(sorted({c.coder for c in tagged}))
    if tags is not None:
        names = tuple(dict.fromkeys(tags))
    else:
        names = tuple(sorted({t for c in tagged if c.coder in chosen for t in c.tags}))
    if not scope:
        return AgreementTable(chosen, names, (), orphaned, "empty")
    if len(chosen) < 2:
        return AgreementTable(chosen, names, (), orphaned, "one-coder")
    combinations = itertools.combinations(chosen, 2)
    pairs = tuple(_pair(scope, a, b, names, common_reports_only) for a, b in combinations)
    return AgreementTable(chosen, names, pairs, orphaned)


def _pair(scope: list[CodedReport], a: str, b: str, tags: tuple[str, ...], common_only: bool) -> PairTable:
    coded = [{c.coder for c in r.codings if c.tags} for r in scope]
    for coder in (a, b):
        if not any(coder in who for who in coded):
            return PairTable((a, b), (), (), (), None, "coder-absent", {"coder": coder})
    if common_only:
        used = [r for r, who in zip(scope, coded, strict=True) if a in who and b in who]
        left_out = tuple(r.path for r, who in zip(scope, coded, strict=True) if (a in who) != (b in who))
    else:
        used, left_out = list(scope), ()
    if not used:
        return PairTable((a, b), (), left_out, (), None, "no-common")
    data, passages, characters = _pair_data(used, a, b, tags)
    once = np.ones((1, data.reports))
    by_tag = _first(data.tag_counts(once))
    rows = tuple(
        Row(tag, passages[i], characters[i], _estimates(_tag(by_tag, i), TAG_COEFFICIENTS))
        for i, tag in enumerate(tags)
    )
    whole = _first(data.overall_counts(once))
    overall = Row(None, passages[-1], characters[-1], _estimates(whole, ALL_COEFFICIENTS))
    return PairTable((a, b), tuple(r.path for r in used), left_out, rows, overall, data=data)


def _first(counts: Counts) -> Counts:
    return Counts(*(None if (x := getattr(counts, f.name)) is None else x[0] for f in fields(Counts)))


def _tag(counts: Counts, i: int) -> Counts:
    """The counts of the i-th tag out of counts for every tag."""
    names = [f.name for f in fields(Counts)]
    return Counts(
        *(getattr(counts, name)[..., i] for name in names[:6]),
        *(getattr(counts, name)[..., i, :] for name in names[6:]),
    )


def _estimates(counts: Counts, names: Sequence[str]) -> dict[str, Estimate]:
    result = {}
    for name in names:
        value = float(stats.COEFFICIENTS[name](counts))
        result[name] = Estimate(value) if np.isfinite(value) else Estimate(None, _why(name, counts))
    return result


def _why(name: str, counts: Counts) -> str:
    """The reason a coefficient is not defined on `counts`."""
    if float(counts.length) == 0:
        return "empty"
    if name == "cu_alpha":
        return "no-overlap" if float(counts.cu_margins.sum()) == 0 else "one-category"
    return "no-coding" if float(counts.neither) == float(counts.length) else "no-variation"


def _pair_data(
    used: list[CodedReport], a: str, b: str, tags: tuple[str, ...]
) -> tuple[PairData, list[tuple[int, int]], list[tuple[int, int, int]]]:
    """Per-report counts for each tag and over all tags, with the passages and
    characters of each row (the last: all tags)."""
    index = {tag: i for i, tag in enumerate(tags)}
    n_tags = len(tags)
    sparse: tuple[list[int], list[int], list[float]] = ([], [], [])  # rows, columns, sums
    passages = np.zeros((2, n_tags + 1), dtype=np.int64)
    characters = np.zeros((3, n_tags), dtype=np.int64)
    values: dict[frozenset[str], int] = {}
    parts: list[stats.NominalParts] = []
    for row, report in enumerate(used):
        spans: tuple[dict[int, list[stats.Span]], dict[int, list[stats.Span]]] = ({}, {})
        for coding in report.codings:
            side = 0 if coding.coder == a else 1 if coding.coder == b else -1
            start, end = max(0, coding.start), min(report.length, coding.end)
            wanted = [index[t] for t in dict.fromkeys(coding.tags) if t in index]
            if side < 0 or start >= end or not wanted:
                continue
            passages[side, n_tags] += 1
            for t in wanted:
                spans[side].setdefault(t, []).append((start, end))
                passages[side, t] += 1
        for t in set(spans[0]) | set(spans[1]):
            sums = _tag_sums(spans[0].get(t, []), spans[1].get(t, []))
            characters[:, t] += sums[:3]
            for k, amount in enumerate(sums):
                if amount:
                    sparse[0].append(row)
                    sparse[1].append(k * n_tags + t)
                    sparse[2].append(amount)
        segments = [_segments(side, tags, values) for side in spans]
        parts.append(stats.nominal_parts(report.length, segments[0], segments[1]))
    width = len(values) + 1

    def margins(name: str) -> Columns:
        entries = [
            (row, value, amount) for row, p in enumerate(parts) for value, amount in getattr(p, name).items()
        ]
        return Columns.of([e[0] for e in entries], [e[1] for e in entries], [e[2] for e in entries], width)

    data = PairData(
        lengths=np.array([r.length for r in used], dtype=np.float64),
        tag_sums=Columns.of(*sparse, width=len(stats.BINARY_SUMS) * n_tags),
        tags=n_tags,
        scalars=np.array([[getattr(p, name) for name in stats.SCALARS] for p in parts], dtype=np.float64),
        margins=(margins("margins_a"), margins("margins_b"), margins("cu_margins")),
    )
    total = stats.combined(parts)
    coded = (total.length - total.margins_a[0], total.length - total.margins_b[0])
    rows_passages = [(int(passages[0, t]), int(passages[1, t])) for t in range(n_tags + 1)]
    rows_characters = [(int(x), int(y), int(z)) for x, y, z in characters.T]
    rows_characters.append((coded[0], coded[1], sum(total.cu_margins.values()) // 2))
    return data, rows_passages, rows_characters


def _tag_sums(spans_a: list[stats.Span], spans_b: list[stats.Span]) -> tuple[int, int, int, int, int]:
    """One tag in one report: `stats.BINARY_SUMS`."""
    ua, ub = stats.units(spans_a), stats.units(spans_b)
    inside_a, inside_b = stats.covered(ua, ub), stats.covered(ub, ua)
    return (
        sum(e - s for s, e in ua),
        sum(e - s for s, e in ub),
        sum(inside_a),
        sum((e - s) ** 2 for s, e in ua) + sum((e - s) ** 2 for s, e in ub),
        sum(x * x for x in inside_a) + sum(x * x for x in inside_b),
    )


def _segments(
    spans: dict[int, list[stats.Span]], tags: tuple[str, ...], values: dict[frozenset[str], int]
) -> list[stats.Segment]:
    """One coder's units over all tags: maximal runs of one set of tags, as
    (start, end, value), the value numbering each set of tags (from 1)."""
    events: list[tuple[int, int, int]] = []
    for t, tag_spans in spans.items():
        for start, end in tag_spans:
            events += [(start, 1, t), (end, -1, t)]
    events.sort()
    active: dict[int, int] = {}
    segments: list[stats.Segment] = []
    last = 0
    for position, step, t in events:
        if position > last and active:
            value = values.setdefault(frozenset(tags[k] for k in active), len(values) + 1)
            if segments and segments[-1][1] == last and segments[-1][2] == value:
                segments[-1] = (segments[-1][0], position, value)
            else:
                segments.append((last, position, value))
        last = position
        active[t] = active.get(t, 0) + step
        if active[t] == 0:
            del active[t]
    return segments
