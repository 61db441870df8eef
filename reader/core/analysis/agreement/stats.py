"""Agreement between two coders on a text taken as a sequence of characters.

Each coder gives every character a *value*: "not coded" (∅, index 0) or a category
(a tag, or the set of tags the coder put on it). A coder's *units* are the maximal
runs of characters with one and the same category; the characters between units are
gaps. Everything below is computed from a few sums over the characters and units of
a scope (`Counts`), so that totals over many reports, and bootstrap resamples of
reports, are plain weighted sums.

The coefficients, all for two coders:

- `percent_agreement`: the share of characters given the same value by both.
- `cohen_kappa`: Cohen's (1960) κ on the characters, each coder's own value
  distribution giving the chance agreement.
- `alpha_characters`: Krippendorff's α for nominal data with every character a unit
  of analysis (what the `krippendorff` package computes on per-character values;
  binary for one tag). Chance comes from the pooled values of both coders.
- The uα family of Krippendorff, Mathet, Bouvry and Widlöcher (2016) for unitized
  continua, which counts coincidences of the coders' segments by the length of their
  intersections and, for what chance would give, treats a unit as indivisible (it can
  only coincide with itself as a whole: its length squared) while gaps are divisible
  character by character:
  - `u_alpha` (uα): all values, gaps included, nominal metric;
  - `binary_u_alpha` (|uα): coded (any category) against not coded;
  - `cu_alpha` (cuα): the categories of the stretches both coders coded;
  - `ku_alpha` ((k)uα): one category k within what both coders coded.
  With one category (one tag) uα and |uα are the same coefficient. With every unit one
  character long uα is `alpha_characters`. The paper defines the family for m
  observers (Quality & Quantity 50:2347–2364; erratum 50:2365); it is taken here with
  m = 2, several coders being compared pair by pair.

A coefficient is NaN here where it is not defined (no variation to measure, nothing
coded, an empty scope); `reader.core.analysis.agreement.table` turns that into a reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Counts:
    """Sums over a scope for two coders A and B and one variable with V values
    (index 0 is ∅, not coded). Every field is additive over reports. Fields have any
    leading shape (one total, one row per report, one per bootstrap resample); the
    value fields have V more entries at the end.

    For the uα family, in the paper's notation with m = 2 coders: the observed
    coincidences are u_ck = n_ck + n_kc (n_ck: characters A gave c and B gave k), so
    u.. = 2·length, u_c. = margins_a[c] + margins_b[c], and Σ_c u_cc = 2·agree.
    The starred coincidences u*_ck of cuα are those of categories (c, k ≠ ∅).
    """

    length: Array  # characters in the scope
    agree: Array  # characters both coders gave the same value (∅ included)
    neither: Array  # characters neither coder coded
    squares: Array  # S: Σ over both coders: each unit's length², each gap's length
    cu_agree: Array  # Σ_c u*_cc: characters both coded alike, counted for each coder
    cu_squares: Array  # S*: Σ over the units: (its length the other coder also coded)²
    margins_a: Array  # (…, V) characters A gave each value
    margins_b: Array  # (…, V) characters B gave each value
    cu_margins: Array  # (…, V) u*_c.: coincidences of category c with any category
    # Per category, for (k)uα only (None where not needed: in the bootstrap).
    cu_diag: Array | None = None  # (…, V) u*_cc
    cu_value_squares: Array | None = None  # (…, V) S*_c, the part of S* from units of c

    def weighted(self, weights: Array) -> Counts:
        """Totals over the leading axis (reports) for each row of `weights`
        (resamples × reports): bootstrap counts are report counts times weights."""
        return Counts(
            *(
                _apply(getattr(self, f.name), lambda x: np.tensordot(weights, x, axes=(-1, 0)))
                for f in fields(self)
            )
        )

    def total(self) -> Counts:
        """Totals over the leading axis (reports)."""
        return Counts(
            *(_apply(getattr(self, f.name), lambda x: np.asarray(x).sum(axis=0)) for f in fields(self))
        )


def _apply(value: Array | None, fn: Callable[[Array], Array]) -> Array | None:
    return None if value is None else fn(value)


def stack(rows: Sequence[Counts]) -> Counts:
    """One Counts with a leading axis, one entry per element of `rows`."""
    return Counts(
        *(
            None if getattr(rows[0], f.name) is None else np.stack([getattr(r, f.name) for r in rows])
            for f in fields(Counts)
        )
    )


# -- building counts -------------------------------------------------------------------------------
Span = tuple[int, int]
Segment = tuple[int, int, int]  # start, end, value (≥ 1)


def units(spans: Sequence[Span]) -> list[Span]:
    """Maximal runs covered by `spans` (overlapping or touching spans become one)."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def covered(xs: Sequence[Span], ys: Sequence[Span]) -> list[int]:
    """For each span of `xs`, how many of its characters `ys` covers (both sorted and
    without overlaps, as `units` returns them)."""
    result = []
    j = 0
    for start, end in xs:
        while j < len(ys) and ys[j][1] <= start:
            j += 1
        k, inside = j, 0
        while k < len(ys) and ys[k][0] < end:
            inside += min(end, ys[k][1]) - max(start, ys[k][0])
            k += 1
        result.append(inside)
    return result


def binary_counts(length: int, spans_a: Sequence[Span], spans_b: Sequence[Span]) -> Counts:
    """Counts for one category (a tag) on a text of `length` characters: the spans
    each coder coded with it (units are their maximal runs)."""
    ua, ub = units(spans_a), units(spans_b)
    inside_a, inside_b = covered(ua, ub), covered(ub, ua)
    return binary_from(
        length,
        a=sum(e - s for s, e in ua),
        b=sum(e - s for s, e in ub),
        both=sum(inside_a),
        sq=sum((e - s) ** 2 for s, e in ua) + sum((e - s) ** 2 for s, e in ub),
        cu_sq=sum(x * x for x in inside_a) + sum(x * x for x in inside_b),
    )


#: The sums `binary_from` takes besides the length, in its order.
BINARY_SUMS = ("a", "b", "both", "sq", "cu_sq")


def binary_from(
    length: ArrayLike, a: ArrayLike, b: ArrayLike, both: ArrayLike, sq: ArrayLike, cu_sq: ArrayLike
) -> Counts:
    """Counts for one category from its sums: characters coded by A, by B, by both;
    Σ of the units' squared lengths (both coders); Σ of the squared lengths of the
    units' parts the other coder also coded. Linear in its arguments, which may be
    arrays (one entry per report, per tag, per resample)."""
    length, a, b, both, sq, cu_sq = (np.asarray(x, dtype=np.float64) for x in (length, a, b, both, sq, cu_sq))
    zero = np.zeros_like(length)

    def pair(first: Array, second: Array) -> Array:
        return np.stack(np.broadcast_arrays(first, second), axis=-1)

    return Counts(
        length=length,
        agree=length - a - b + 2 * both,
        neither=length - a - b + both,
        squares=sq + (length - a) + (length - b),
        cu_agree=2 * both,
        cu_squares=cu_sq,
        margins_a=pair(length - a, a),
        margins_b=pair(length - b, b),
        cu_margins=pair(zero, 2 * both),
        cu_diag=pair(zero, 2 * both),
        cu_value_squares=pair(zero, cu_sq),
    )


@dataclass(frozen=True, slots=True)
class NominalParts:
    """What one text (or several, `combined`) adds to the counts of a nominal variable:
    the scalar sums, and the value sums as {value: amount}, most values being absent
    from most texts."""

    length: int
    agree: int
    neither: int
    squares: int
    cu_agree: int
    cu_squares: int
    margins_a: dict[int, int]
    margins_b: dict[int, int]
    cu_margins: dict[int, int]
    cu_diag: dict[int, int]
    cu_value_squares: dict[int, int]


SCALARS = ("length", "agree", "neither", "squares", "cu_agree", "cu_squares")
VECTORS = ("margins_a", "margins_b", "cu_margins", "cu_diag", "cu_value_squares")


def nominal_parts(length: int, segments_a: Sequence[Segment], segments_b: Sequence[Segment]) -> NominalParts:
    """The counts of several categories on a text of `length` characters: each coder's
    units as (start, end, value), values ≥ 1, sorted and not overlapping one another
    (two units of one value do not touch: they would be one unit); the rest is ∅."""
    margins: list[dict[int, int]] = [{}, {}]
    squares = 0
    for segments, margin in zip((segments_a, segments_b), margins, strict=True):
        for start, end, value in segments:
            margin[value] = margin.get(value, 0) + end - start
            squares += (end - start) ** 2
    coded_a = sum(margins[0].values())
    coded_b = sum(margins[1].values())
    cu_margins: dict[int, int] = {}
    cu_diag: dict[int, int] = {}
    both = 0
    for start, end, va, vb in _joint(segments_a, segments_b):
        n = end - start
        both += n
        cu_margins[va] = cu_margins.get(va, 0) + n
        cu_margins[vb] = cu_margins.get(vb, 0) + n
        if va == vb:
            cu_diag[va] = cu_diag.get(va, 0) + 2 * n
    cu_value_squares: dict[int, int] = {}
    for mine, other in ((segments_a, segments_b), (segments_b, segments_a)):
        inside = covered([(s, e) for s, e, _ in mine], [(s, e) for s, e, _ in other])
        for (_s, _e, value), x in zip(mine, inside, strict=True):
            cu_value_squares[value] = cu_value_squares.get(value, 0) + x * x
    neither = length - coded_a - coded_b + both
    margins[0][0] = length - coded_a
    margins[1][0] = length - coded_b
    cu_agree = sum(cu_diag.values())
    return NominalParts(
        length=length,
        agree=neither + cu_agree // 2,
        neither=neither,
        squares=squares + (length - coded_a) + (length - coded_b),
        cu_agree=cu_agree,
        cu_squares=sum(cu_value_squares.values()),
        margins_a=margins[0],
        margins_b=margins[1],
        cu_margins=cu_margins,
        cu_diag=cu_diag,
        cu_value_squares=cu_value_squares,
    )


def _joint(xs: Sequence[Segment], ys: Sequence[Segment]) -> list[tuple[int, int, int, int]]:
    """The stretches where a unit of `xs` and a unit of `ys` intersect, with both values."""
    result = []
    i = j = 0
    while i < len(xs) and j < len(ys):
        start = max(xs[i][0], ys[j][0])
        end = min(xs[i][1], ys[j][1])
        if start < end:
            result.append((start, end, xs[i][2], ys[j][2]))
        if xs[i][1] <= ys[j][1]:
            i += 1
        else:
            j += 1
    return result


def combined(parts: Iterable[NominalParts]) -> NominalParts:
    """The parts of several texts added up."""
    scalars = dict.fromkeys(SCALARS, 0)
    vectors: dict[str, dict[int, int]] = {name: {} for name in VECTORS}
    for part in parts:
        for name in SCALARS:
            scalars[name] += getattr(part, name)
        for name in VECTORS:
            total = vectors[name]
            for value, amount in getattr(part, name).items():
                total[value] = total.get(value, 0) + amount
    return NominalParts(**scalars, **vectors)


def nominal_counts(
    length: int, segments_a: Sequence[Segment], segments_b: Sequence[Segment], values: int
) -> Counts:
    """Counts of several categories on one text, with `values` values (∅ and 1 … values-1)."""
    return dense(nominal_parts(length, segments_a, segments_b), values)


def dense(part: NominalParts, values: int) -> Counts:
    """`part` as Counts with `values` values."""

    def vector(amounts: dict[int, int]) -> Array:
        out = np.zeros(values)
        for value, amount in amounts.items():
            out[value] += amount
        return out

    return Counts(
        *(np.float64(getattr(part, name)) for name in SCALARS),
        *(vector(getattr(part, name)) for name in VECTORS),
    )


# -- the coefficients ------------------------------------------------------------------------------
def _ratio(numerator: Array, denominator: Array) -> Array:
    """numerator / denominator, NaN where the denominator is 0."""
    numerator = np.asarray(numerator, dtype=np.float64)
    denominator = np.asarray(denominator, dtype=np.float64)
    safe = np.where(denominator == 0, 1.0, denominator)
    return np.where(denominator == 0, np.nan, numerator / safe)


def _one_minus(observed: Array, expected: Array) -> Array:
    """1 - observed/expected (disagreements), NaN where nothing could disagree."""
    return 1.0 - _ratio(observed, expected)


def percent_agreement(c: Counts) -> Array:
    """Share of characters both coders gave the same value (0 … 1)."""
    return _ratio(c.agree, c.length)


def cohen_kappa(c: Counts) -> Array:
    """Cohen's κ = (p_o - p_e) / (1 - p_e) over characters, p_e = Σ_c p_A(c)·p_B(c)."""
    length = np.asarray(c.length, dtype=np.float64)
    l2 = length * length
    observed = c.agree * length  # p_o·L²
    chance = (c.margins_a * c.margins_b).sum(axis=-1)  # p_e·L²
    with np.errstate(invalid="ignore"):
        return _ratio(observed - chance, l2 - chance)


def alpha_characters(c: Counts) -> Array:
    """Krippendorff's α, nominal, every character a unit coded once by each coder:
    1 - (n-1)·(n - Σ_c o_cc) / (n² - Σ_c n_c²) with n = 2·length pairable values,
    o_cc = 2·(characters both gave c) and n_c = both coders' characters of c."""
    n = 2.0 * np.asarray(c.length, dtype=np.float64)
    n_c = c.margins_a + c.margins_b
    return _one_minus((n - 1.0) * (n - 2.0 * c.agree), n * n - (n_c * n_c).sum(axis=-1))


def u_alpha(c: Counts) -> Array:
    """uα (Krippendorff et al. 2016): 1 - D_o/D_e over all values, ∅ included, with
    D_o ∝ u.. - Σ_c u_cc and D_e ∝ u.. - Σ_c e_cc, where the expected coincidences
    e_ck = u..·(u_c.·u_.k - [c = k]·S_c) / (u..² - S), S_c = Σ over both coders'
    units of c of their length² (for ∅: the gaps' lengths) and S = Σ_c S_c.
    Simplified: uα = 1 - (u.. - Σ_c u_cc)·(u..² - S) / (u..·(u..² - Σ_c u_c.²))."""
    u = 2.0 * np.asarray(c.length, dtype=np.float64)
    u_c = c.margins_a + c.margins_b
    return _one_minus((u - 2.0 * c.agree) * (u * u - c.squares), u * (u * u - (u_c * u_c).sum(axis=-1)))


def binary_u_alpha(c: Counts) -> Array:
    """|uα (Krippendorff et al. 2016): the binary distinction of coded (any category,
    units kept as they are) from not coded: 1 - Σ_k≠∅ u_∅k / Σ_k≠∅ e_∅k, with
    Σ_k≠∅ e_∅k = u..·u_∅.·(u.. - u_∅.) / (u..² - S)."""
    u = 2.0 * np.asarray(c.length, dtype=np.float64)
    u_gap = c.margins_a[..., 0] + c.margins_b[..., 0]
    one_coded = u_gap - 2.0 * c.neither  # characters only one coder coded = Σ_k≠∅ u_∅k
    return _one_minus(one_coded * (u * u - c.squares), u * u_gap * (u - u_gap))


def cu_alpha(c: Counts) -> Array:
    """cuα (Krippendorff et al. 2016): the categories of what both coders coded, on
    the coincidences u*_ck of categories (∅ left out). Chance treats each unit's part
    covered by the other coder's units (length ℓ*) as indivisible:
    e*_ck = u*..·(u*_c.·u*_.k - [c = k]·S*_c) / (u*..² - S*), S*_c = Σ ℓ*² over
    the units of c. cuα = 1 - (u*.. - Σ_c u*_cc)·(u*..² - S*) / (u*..·(u*..² - Σ_c u*_c.²))."""
    u = c.cu_margins.sum(axis=-1)
    s = c.cu_squares
    return _one_minus(
        (u - c.cu_agree) * (u * u - s),
        u * (u * u - (c.cu_margins * c.cu_margins).sum(axis=-1)),
    )


def ku_alpha(c: Counts, value: int) -> Array:
    """(k)uα (Krippendorff et al. 2016) for the category `value`, within what both coders
    coded: 1 - (e*_k./u*_k.)·(u*_k. - u*_kk)/(e*_k. - e*_kk), the e* of `cu_alpha`;
    simplified: 1 - (u*_k. - u*_kk)·(u*_k.·u*.. - S*_k) / (u*_k.²·(u*.. - u*_k.))."""
    if c.cu_diag is None or c.cu_value_squares is None:
        raise ValueError("(k)uα needs the counts per category")
    u = c.cu_margins.sum(axis=-1)
    u_k = c.cu_margins[..., value]
    return _one_minus(
        (u_k - c.cu_diag[..., value]) * (u_k * u - c.cu_value_squares[..., value]),
        u_k * u_k * (u - u_k),
    )


#: The coefficients by the names the table and its JSON use.
COEFFICIENTS = {
    "agreement": percent_agreement,
    "kappa": cohen_kappa,
    "alpha_characters": alpha_characters,
    "u_alpha": u_alpha,
    "binary_u_alpha": binary_u_alpha,
    "cu_alpha": cu_alpha,
}
