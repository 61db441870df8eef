"""A literal, slow reading of the agreement coefficients for the tests: per-character
values, units found by scanning the characters, and the coincidence matrices of
Krippendorff, Mathet, Bouvry and Widlöcher (2016) built segment pair by segment pair,
as the paper defines them for m coders (here m = 2), with no shortcut shared with
`reader.core.analysis.agreement`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.analysis.agreement import CodedReport

GAP: frozenset[str] = frozenset()


def char_values(report: CodedReport, coder: str, tags: Sequence[str]) -> list[frozenset[str]]:
    """The set of `tags` the coder put on each character of the report."""
    values: list[set[str]] = [set() for _ in range(report.length)]
    for coding in report.codings:
        if coding.coder != coder:
            continue
        for position in range(max(0, coding.start), min(report.length, coding.end)):
            values[position] |= {t for t in coding.tags if t in tags}
    return [frozenset(v) for v in values]


def segments(values: list[frozenset[str]]) -> list[tuple[int, int, frozenset[str]]]:
    """The maximal runs of one value, gaps (∅) included: the coder's unitization."""
    result: list[tuple[int, int, frozenset[str]]] = []
    for position, value in enumerate(values):
        if result and result[-1][2] == value:
            result[-1] = (result[-1][0], position + 1, value)
        else:
            result.append((position, position + 1, value))
    return result


def _intersection(x: tuple[int, int, frozenset[str]], y: tuple[int, int, frozenset[str]]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def u_family(texts: list[tuple[list[frozenset[str]], list[frozenset[str]]]]) -> dict[str, float | None]:
    """uα, |uα and cuα over texts given as (values of coder A, values of coder B)."""
    m = 2
    observed: dict[tuple[frozenset[str], frozenset[str]], float] = defaultdict(float)
    squares: dict[frozenset[str], float] = defaultdict(float)  # Σ l² (units) or l (gaps) per value
    star_squares: dict[frozenset[str], float] = defaultdict(float)
    for values_a, values_b in texts:
        units = [segments(values_a), segments(values_b)]
        for i in range(m):
            for j in range(m):
                if i == j:
                    continue
                for g in units[i]:
                    for h in units[j]:
                        observed[g[2], h[2]] += _intersection(g, h) / (m - 1)
                for g in units[i]:
                    if g[2] == GAP:
                        continue
                    covered = sum(_intersection(g, h) for h in units[j] if h[2] != GAP)
                    star_squares[g[2]] += covered**2
            for g in units[i]:
                squares[g[2]] += (g[1] - g[0]) if g[2] == GAP else (g[1] - g[0]) ** 2
    values = sorted({c for c, _ in observed} | {k for _, k in observed}, key=sorted)
    total = sum(observed.values())
    margin = {c: sum(observed[c, k] for k in values) for c in values}
    s = sum(squares.values())

    def expected(c: frozenset[str], k: frozenset[str]) -> float:
        return total * (margin[c] * margin[k] - (squares[c] if c == k else 0.0)) / (total * total - s)

    def alpha(pairs: list[tuple[frozenset[str], frozenset[str]]], exp: object) -> float | None:
        d_o = sum(observed[c, k] for c, k in pairs)
        d_e = sum(exp(c, k) for c, k in pairs)  # type: ignore[operator]
        return None if d_e == 0 else 1.0 - d_o / d_e

    if total * total == s:
        return {"u_alpha": None, "binary_u_alpha": None, "cu_alpha": None}
    result: dict[str, float | None] = {}
    result["u_alpha"] = alpha([(c, k) for c in values for k in values if c != k], expected)
    result["binary_u_alpha"] = alpha(
        [(c, k) for c in values for k in values if (c == GAP) != (k == GAP)], expected
    )
    coded = [c for c in values if c != GAP]
    star_total = sum(observed[c, k] for c in coded for k in coded)
    star_margin = {c: sum(observed[c, k] for k in coded) for c in coded}
    star_s = sum(star_squares.values())

    def star_expected(c: frozenset[str], k: frozenset[str]) -> float:
        chance = star_margin[c] * star_margin[k] - (star_squares[c] / (m - 1) if c == k else 0.0)
        return chance / (star_total - star_s / (star_total * (m - 1)))

    if star_total == 0 or star_total * star_total == star_s:
        result["cu_alpha"] = None
    else:
        result["cu_alpha"] = alpha([(c, k) for c in coded for k in coded if c != k], star_expected)
    return result


def kappa(values_a: list[frozenset[str]], values_b: list[frozenset[str]]) -> float | None:
    """Cohen's κ over characters, counted one by one."""
    n = len(values_a)
    observed = sum(1 for x, y in zip(values_a, values_b, strict=True) if x == y) / n
    chance = sum((values_a.count(v) / n) * (values_b.count(v) / n) for v in set(values_a) | set(values_b))
    return None if chance == 1 else (observed - chance) / (1 - chance)
