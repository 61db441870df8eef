"""Bootstrap confidence intervals for the agreement table, resampling reports.

A pair's counts are kept per report (`PairData`); a resample draws as many reports as
were compared, with replacement, and its counts are the reports' counts weighted by
how often each was drawn. Counts per tag and per category are sparse (most tags and
most combinations of tags are absent from most reports), so they are kept as their
non-zero entries and summed for a block of resamples at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from reader.core.analysis.agreement import stats
from reader.core.analysis.agreement.model import (
    ALL_COEFFICIENTS,
    TAG_COEFFICIENTS,
    AgreementTable,
    Estimate,
    Interval,
    PairTable,
)
from reader.core.analysis.agreement.stats import Array, Counts


@dataclass(frozen=True, slots=True)
class Columns:
    """A reports × `width` matrix kept as its non-zero entries, grouped by column."""

    rows: NDArray[np.intp]
    data: Array
    starts: NDArray[np.intp]  # where each present column's entries start
    present: NDArray[np.intp]  # the columns that have entries
    width: int

    @classmethod
    def of(cls, rows: list[int], columns: list[int], data: list[float], width: int) -> Columns:
        order = np.argsort(np.asarray(columns, dtype=np.intp), kind="stable")
        cols = np.asarray(columns, dtype=np.intp)[order]
        present, starts = np.unique(cols, return_index=True)
        return cls(
            np.asarray(rows, dtype=np.intp)[order],
            np.asarray(data, dtype=np.float64)[order],
            starts.astype(np.intp),
            present.astype(np.intp),
            width,
        )

    def weighted(self, weights: Array) -> Array:
        """weights (resamples × reports) @ this matrix: resamples × width."""
        out = np.zeros((weights.shape[0], self.width))
        if self.rows.size:
            out[:, self.present] = np.add.reduceat(weights[:, self.rows] * self.data, self.starts, axis=1)
        return out


@dataclass(frozen=True, slots=True)
class PairData:
    """A pair's counts per report: for each tag the sums `stats.binary_from` takes, and
    over all tags the scalar sums and the per-category margins."""

    lengths: Array  # (reports,)
    tag_sums: Columns  # reports × (5·tags), the `stats.BINARY_SUMS` one after the other
    tags: int
    scalars: Array  # (reports, 6): `stats.SCALARS` over all tags
    margins: tuple[Columns, Columns, Columns]  # margins_a, margins_b, cu_margins

    @property
    def reports(self) -> int:
        return len(self.lengths)

    def tag_counts(self, weights: Array) -> Counts:
        """Counts per tag for each row of weights: fields (resamples, tags[, 2])."""
        length = (weights @ self.lengths)[:, None]
        sums = self.tag_sums.weighted(weights).reshape(weights.shape[0], len(stats.BINARY_SUMS), self.tags)
        return stats.binary_from(np.broadcast_to(length, sums[:, 0].shape), *np.moveaxis(sums, 1, 0))

    def overall_counts(self, weights: Array) -> Counts:
        """Counts over all tags for each row of weights (without the per-category
        detail of (k)uα)."""
        scalars = weights @ self.scalars
        return Counts(*scalars.T, *(m.weighted(weights) for m in self.margins))


def bootstrap(
    table: AgreementTable,
    resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    block: int = 50,
) -> AgreementTable:
    """The table with a confidence interval on every figure. The reports each pair
    compared are resampled with replacement, `resamples` times, from a generator seeded
    with `seed` (the same call gives the same intervals); an interval holds the central
    `level` share of the resampled values (percentile method), leaving out resamples in
    which the coefficient is not defined. Slow: run it off the UI thread; `progress`
    gets (done, total) resamples, and once `cancelled()` is true the intervals say
    "cancelled"."""
    total = resamples * sum(1 for p in table.pairs if p.data is not None)
    done = 0
    pairs = []
    for number, pair in enumerate(table.pairs):
        data = pair.data
        if data is None:
            pairs.append(pair)
            continue
        rng = np.random.default_rng([seed, number])
        even = np.full(data.reports, 1.0 / data.reports)
        by_tag: list[dict[str, Array]] = []
        overall: list[dict[str, Array]] = []
        stopped = False
        for first in range(0, resamples, block):
            if cancelled is not None and cancelled():
                stopped = True
                break
            weights = rng.multinomial(data.reports, even, size=min(block, resamples - first)).astype(
                np.float64
            )
            tag_counts, all_counts = data.tag_counts(weights), data.overall_counts(weights)
            by_tag.append({name: stats.COEFFICIENTS[name](tag_counts) for name in TAG_COEFFICIENTS})
            overall.append({name: stats.COEFFICIENTS[name](all_counts) for name in ALL_COEFFICIENTS})
            done += len(weights)
            if progress is not None:
                progress(done, total)
        why = "cancelled" if stopped else "few-reports" if data.reports < 2 else ""
        pairs.append(_with_intervals(pair, by_tag, overall, level, why))
    return replace(table, pairs=tuple(pairs))


def _with_intervals(
    pair: PairTable, by_tag: list[dict[str, Array]], overall: list[dict[str, Array]], level: float, why: str
) -> PairTable:
    rows = []
    for i, row in enumerate(pair.rows):
        draws = {
            name: np.concatenate([d[name][:, i] for d in by_tag]) if by_tag else None
            for name in row.estimates
        }
        rows.append(replace(row, estimates=_intervals(row.estimates, draws, level, why)))
    whole = pair.overall
    if whole is not None:
        draws = {
            name: np.concatenate([d[name] for d in overall]) if overall else None for name in whole.estimates
        }
        whole = replace(whole, estimates=_intervals(whole.estimates, draws, level, why))
    return replace(pair, rows=tuple(rows), overall=whole)


def _intervals(
    estimates: dict[str, Estimate], draws: dict[str, Array | None], level: float, why: str
) -> dict[str, Estimate]:
    result = {}
    tail = (1.0 - level) / 2.0 * 100.0
    for name, estimate in estimates.items():
        values = draws[name]
        if why or values is None:
            interval = Interval(None, None, level, 0, why or "cancelled")
        else:
            defined = values[np.isfinite(values)]
            if defined.size < 2:
                interval = Interval(None, None, level, int(defined.size), estimate.reason or "no-variation")
            else:
                low, high = np.percentile(defined, [tail, 100.0 - tail])
                interval = Interval(float(low), float(high), level, int(defined.size))
        result[name] = replace(estimate, interval=interval)
    return result
