"""The agreement coefficients on small cases worked by hand and on the worked examples
of the publications (reader.core.analysis.agreement.stats)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.analysis.agreement import stats
from tests.agreement_reference import segments


def _binary(length: int, a: list[tuple[int, int]], b: list[tuple[int, int]]) -> stats.Counts:
    return stats.binary_counts(length, a, b)


def _mask_spans(mask: list[int]) -> list[tuple[int, int]]:
    """One span per coded character (the units are their maximal runs)."""
    return [(i, i + 1) for i, coded in enumerate(mask) if coded]


def test_the_issues_example_two_coders_200_and_200_of_1000_characters_150_in_common():
    """Coder A codes characters 0-199, coder B 50-249: 150 in common, 750 coded by
    neither. Over the characters (the 2×2 table 150 | 50 / 50 | 750):
    p_o = 0.9, p_e = 0.2·0.2 + 0.8·0.8 = 0.68, κ = 0.22/0.32 = 0.6875.
    Krippendorff's α with each character a unit: n = 2000 pairable values, n_coded = 400,
    n_not = 1600, 100 disagreeing characters (o_01 = o_10 = 100):
    α = 1 - 1999·200/(2000² - 400² - 1600²) = 1 - 399800/1280000 = 0.68765625: the
    issue's 0.6877 is this per-character α. uα keeps each coder's 200 characters as one
    unit: S = 200² + 200² + 800 + 800 = 81600 (units squared, gaps linear), so
    uα = 1 - 200·(2000² - 81600)/(2000·1280000) = 1 - 0.306125 = 0.693875."""
    counts = _binary(1000, [(0, 200)], [(50, 250)])
    assert stats.percent_agreement(counts) == pytest.approx(0.9)
    assert stats.cohen_kappa(counts) == pytest.approx(0.6875, abs=1e-12)
    assert stats.alpha_characters(counts) == pytest.approx(0.68765625, abs=1e-12)
    assert round(float(stats.alpha_characters(counts)), 4) == 0.6877
    assert stats.u_alpha(counts) == pytest.approx(0.693875, abs=1e-12)
    assert stats.binary_u_alpha(counts) == pytest.approx(0.693875, abs=1e-12)  # one tag: |uα = uα


def test_krippendorff_2011_binary_example_two_observers():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", A: Ben and
    Gerry code ten units 0/1; α = 0.095 as printed. Here the units are characters."""
    ben = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    gerry = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    counts = _binary(10, _mask_spans(ben), _mask_spans(gerry))
    assert round(float(stats.alpha_characters(counts)), 3) == 0.095
    # Cohen's κ on the same data, by hand: p_o = 0.6, p_e = 0.2·0.4 + 0.8·0.6 = 0.56.
    assert stats.cohen_kappa(counts) == pytest.approx(0.04 / 0.44)


def test_krippendorff_2011_nominal_example_two_observers():
    """Krippendorff (2011), B: twelve units coded a-e by two observers; α = 0.692 as
    printed. Each unit is a character, each value a tag, every character coded."""
    ben = list("aabbdcccedda")
    gerry = list("babbbccceddd")
    value = {v: i for i, v in enumerate("abcde", start=1)}
    counts = stats.nominal_counts(
        12,
        [(i, i + 1, value[v]) for i, v in enumerate(ben)],
        [(i, i + 1, value[v]) for i, v in enumerate(gerry)],
        6,
    )
    assert round(float(stats.alpha_characters(counts)), 3) == 0.692
    assert stats.percent_agreement(counts) == pytest.approx(9 / 12)


def test_u_alpha_for_one_tag_by_hand():
    """Ten characters; A codes 0-3, B codes 2-5. Coincidences (u.. = 20):
    u_TT = 2·2 = 4, u_T∅ = u_∅T = 2 + 2 = 4, u_∅∅ = 2·4 = 8; u_T. = 8, u_∅. = 12.
    S = 4² + 4² (units) + 6 + 6 (gaps) = 44; e_T∅ = 20·8·12/(400 - 44) = 5.3933.
    uα = 1 - (4 + 4)/(2·5.3933) = 1 - 8·356/3840 = 31/120."""
    counts = _binary(10, [(0, 4)], [(2, 6)])
    assert stats.u_alpha(counts) == pytest.approx(31 / 120, abs=1e-12)
    # Per character: n = 20, n_T = 8, 4 disagreeing characters: 1 - 19·8/(400 - 64 - 144).
    assert stats.alpha_characters(counts) == pytest.approx(1 - 19 * 8 / 192, abs=1e-12)


def test_the_u_alpha_family_over_several_tags_by_hand():
    """Twelve characters. A: x on 0-3, y on 6-9. B: x on 0-3, x on 6-7, y on 8-9.
    Per character (A, B): 0-3 (x, x), 4-5 (∅, ∅), 6-7 (y, x), 8-9 (y, y), 10-11 (∅, ∅).
    u.. = 24, Σ u_cc = 2·10 = 20; u_∅. = 8, u_x. = 10, u_y. = 6 (Σ u_c.² = 200);
    S = (16 + 16) + (16 + 4 + 4) + 4 + 4 = 64.
    uα = 1 - 4·(576 - 64)/(24·(576 - 200)) = 1 - 2048/9024.
    |uα: both coded the same characters (nothing coded by one only): 1.
    cuα on what both coded: u*_xx = 8, u*_yy = 4, u*_xy = u*_yx = 2 (u*.. = 16,
    u*_x. = 10, u*_y. = 6); each unit's part the other coder also coded: A's x 4, y 4,
    B's x 4, x 2, y 2, so S*_x = 16 + 16 + 4 = 36, S*_y = 16 + 4 = 20, S* = 56;
    e*_xy = 16·10·6/(256 - 56) = 4.8, cuα = 1 - (2 + 2)/(4.8 + 4.8) = 7/12.
    (x)uα: e*_xx = 16·(100 - 36)/200 = 5.12, e*_x. = 9.92;
    1 - (9.92/10)·(10 - 8)/(9.92 - 5.12) = 0.586666….
    κ: p_o = 10/12, p_e = (4·4 + 4·6 + 4·2)/144 = 1/3, κ = 0.75.
    α per character: 1 - 23·4/(576 - 200)."""
    x, y = 1, 2
    counts = stats.nominal_counts(12, [(0, 4, x), (6, 10, y)], [(0, 4, x), (6, 8, x), (8, 10, y)], 3)
    assert stats.u_alpha(counts) == pytest.approx(1 - 2048 / 9024, abs=1e-12)
    assert stats.binary_u_alpha(counts) == pytest.approx(1.0)
    assert stats.cu_alpha(counts) == pytest.approx(7 / 12, abs=1e-12)
    assert stats.ku_alpha(counts, x) == pytest.approx(1 - 0.992 * 2 / 4.8, abs=1e-12)
    assert stats.cohen_kappa(counts) == pytest.approx(0.75, abs=1e-12)
    assert stats.alpha_characters(counts) == pytest.approx(1 - 23 * 4 / 376, abs=1e-12)


def test_each_character_its_own_unit_makes_u_alpha_the_per_character_alpha():
    """Where every unit and gap is one character long (S = u..), the expected
    coincidences of uα are those of α on characters: the two coincide."""
    counts = _binary(1000, [(0, 200)], [(50, 250)])
    atomised = dataclasses.replace(counts, squares=2.0 * counts.length)
    assert stats.u_alpha(atomised) == pytest.approx(float(stats.alpha_characters(counts)), abs=1e-12)


def test_not_defined_is_nan_never_an_error():
    nothing = _binary(10, [], [])
    everything = _binary(10, [(0, 10)], [(0, 10)])
    empty = _binary(0, [], [])
    for counts in (nothing, everything, empty):
        for name in ("kappa", "alpha_characters", "u_alpha", "binary_u_alpha", "cu_alpha"):
            assert np.isnan(stats.COEFFICIENTS[name](counts)), name
    assert stats.percent_agreement(nothing) == 1.0
    assert np.isnan(stats.percent_agreement(empty))


def test_units_merge_overlapping_and_touching_passages():
    assert stats.units([(5, 9), (0, 3), (2, 4), (9, 12), (20, 20)]) == [(0, 4), (5, 12)]
    assert stats.covered([(0, 4), (5, 12)], [(3, 6), (10, 30)]) == [1, 3]


masks = st.integers(1, 40).flatmap(
    lambda n: st.tuples(
        st.lists(st.booleans(), min_size=n, max_size=n), st.lists(st.booleans(), min_size=n, max_size=n)
    )
)


@settings(max_examples=200, deadline=None)
@given(masks)
def test_binary_counts_match_the_literal_reading(pair):
    """Counts from spans agree with counting character by character and unit by unit."""
    mask_a, mask_b = pair
    counts = _binary(len(mask_a), _mask_spans(mask_a), _mask_spans(mask_b))
    assert counts.agree == sum(1 for x, y in zip(mask_a, mask_b, strict=True) if x == y)
    runs = [r for m in (mask_a, mask_b) for r in segments([frozenset("T" if c else "") for c in m])]
    assert counts.squares == sum((e - s) ** 2 if v else e - s for s, e, v in runs)


@settings(max_examples=100, deadline=None)
@given(masks, st.lists(st.integers(0, 3), min_size=2, max_size=2))
def test_totals_and_weights_add_up(pair, weights):
    """Counts are additive over texts: weighted totals equal the counts of the texts
    repeated (what the bootstrap relies on)."""
    mask_a, mask_b = pair
    first = _binary(len(mask_a), _mask_spans(mask_a), _mask_spans(mask_b))
    second = _binary(len(mask_b), _mask_spans(mask_b), _mask_spans(mask_a))
    rows = stats.stack([first, second])
    weighted = rows.weighted(np.array([weights], dtype=np.float64))
    for field in dataclasses.fields(stats.Counts):
        expected = weights[0] * getattr(first, field.name) + weights[1] * getattr(second, field.name)
        assert np.allclose(getattr(weighted, field.name)[0], expected)
