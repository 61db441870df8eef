"""The agreement coefficients on the worked examples of the publications on unitizing
(Krippendorff 1995, 2004), with the figures as printed there.

What these examples can and cannot check. Krippendorff (1995) and (2004) publish
figures for two kinds of coefficient: the usual κ, π and α computed on a continuum cut
into equal pieces ("digitized"), which is what our per-character κ and α are, and
the αU of those years, whose distance between two units is the squared difference of
their ends. The uα family we compute (Krippendorff, Mathet, Bouvry and Widlöcher 2016)
replaced that αU: it counts the coincidences of the coders' segments by the length of
their intersections. So the digitized figures are checked exactly; the αU figures
are not ours to reproduce, and the README says so with the example's figures."""

from __future__ import annotations

import math

import pytest

from reader.core.analysis.agreement import stats
from tests import agreement_reference as ref

#: Krippendorff (1995), "On the reliability of unitizing continuous data",
#: Sociological Methodology 25, p. 57: four pairs of observers unitize a continuum of
#: 24 equal pieces (1 = inside a unit), as transcribed in DKPro Statistics'
#: Krippendorff1995Test. Printed for their digitized forms: A κ = 0.385, π = 0.314,
#: α = 0.329; B κ = 0.385, π = 0.314; C κ = 0.314, π = 0.314; D κ and π undefined.
KRIPPENDORFF_1995 = {
    "A": ("001111111100001111110000", "000011110000000110000000"),
    "B": ("111111111111111111000000", "111111111100000000000000"),
    "C": ("001111110011001111001100", "110011110011110011001100"),
    "D": ("1" * 24, "1" * 24),
}


def _pieces(mask: str) -> list[tuple[int, int]]:
    return [(i, i + 1) for i, piece in enumerate(mask) if piece == "1"]


def _counts_1995(pair: str) -> stats.Counts:
    first, second = KRIPPENDORFF_1995[pair]
    return stats.binary_counts(len(first), _pieces(first), _pieces(second))


def _scott_pi(counts: stats.Counts) -> float:
    """Scott's π from our α on characters. Both pool the two coders' n values for
    chance; with o the disagreeing pairs, 1 - π = n·o/(n_0·n_1) and
    1 - α = (n - 1)·o/(n_0·n_1), so π = 1 - (1 - α)·n/(n - 1)."""
    n = 2.0 * float(counts.length)
    return 1.0 - (1.0 - float(stats.alpha_characters(counts))) * n / (n - 1.0)


@pytest.mark.parametrize(
    ("pair", "kappa", "pi"), [("A", 0.385, 0.314), ("B", 0.385, 0.314), ("C", 0.314, 0.314)]
)
def test_krippendorff_1995_digitized_continua_give_the_printed_kappa_and_pi(pair, kappa, pi):
    """Krippendorff (1995, p. 57): κ and π of the digitized pairs A, B and C, to the
    three decimals printed. Our κ on characters is Cohen's; our α on characters, taken
    back to π, gives Scott's π, so both chance models are checked."""
    counts = _counts_1995(pair)
    assert round(float(stats.cohen_kappa(counts)), 3) == kappa
    assert round(_scott_pi(counts), 3) == pi


def test_krippendorff_1995_pair_a_gives_the_printed_alpha():
    """Krippendorff (1995, p. 57), pair A (Bertha and Bill): α = 0.329 on the
    digitized continuum, our α on characters."""
    assert round(float(stats.alpha_characters(_counts_1995("A"))), 3) == 0.329


def test_krippendorff_1995_pair_d_has_no_variation_so_no_coefficient():
    """Krippendorff (1995, p. 57), pair D: Heather and Hill both put every piece in a
    unit (cut differently); digitized, nothing varies, and κ and π are undefined, as
    printed. We give no figure (NaN, shown as a dash with the reason)."""
    counts = _counts_1995("D")
    for name in ("kappa", "alpha_characters", "u_alpha", "binary_u_alpha"):
        assert math.isnan(float(stats.COEFFICIENTS[name](counts))), name


#: Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers i and j
#: unitize a continuum from 150 to 450 with the categories c and k (as transcribed in
#: DKPro Statistics' Krippendorff2004Test), here shifted to start at 0.
#: Printed: αU(c) = 0.7286 (observed 0.0144, expected 0.0532), αU(k) = 1.
KRIPPENDORFF_2004_LENGTH = 300
KRIPPENDORFF_2004 = {
    "i": [(75, 145, "c"), (220, 250, "c"), (30, 90, "k"), (150, 200, "k")],
    "j": [(70, 150, "c"), (205, 225, "c"), (250, 270, "c"), (30, 90, "k"), (150, 200, "k")],
}


def _spans_2004(observer: str, category: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, value in KRIPPENDORFF_2004[observer] if value == category]


def test_krippendorff_2004_identical_units_agree_perfectly():
    """Krippendorff (2004, p. 254): i and j placed the two units of k identically, and
    αU(k) = 1 is printed; uα, |uα, κ and α on characters give 1 too."""
    counts = stats.binary_counts(KRIPPENDORFF_2004_LENGTH, _spans_2004("i", "k"), _spans_2004("j", "k"))
    for name in ("u_alpha", "binary_u_alpha", "kappa", "alpha_characters", "agreement"):
        assert float(stats.COEFFICIENTS[name](counts)) == pytest.approx(1.0), name


def test_krippendorff_2004_category_c_is_the_2016_u_alpha_not_the_2004_alpha_u():
    """Krippendorff (2004, p. 254), category c. The printed αU(c) = 0.7286 is the 2004
    coefficient: two overlapping units of c disagree by the squares of the
    differences of their ends ((225 - 220)² + (295 - 300)² = 50 between i's and j's
    first units), and chance by shifting units over the continuum. The uα of 2016,
    which we compute, counts the 70 characters only one observer put in c (5 + 5 + 15
    + 25 + 20) and keeps each unit whole for chance; checked here against the
    coincidence matrices built segment by segment (tests/agreement_reference.py), and
    it is lower than the 2004 figure: the 2016 definition does not reduce to the 2004
    one for two observers."""
    counts = stats.binary_counts(KRIPPENDORFF_2004_LENGTH, _spans_2004("i", "c"), _spans_2004("j", "c"))
    assert float(counts.length - counts.agree) == 70

    def values(observer: str) -> list[frozenset[str]]:
        out = [ref.GAP] * KRIPPENDORFF_2004_LENGTH
        for start, end in _spans_2004(observer, "c"):
            out[start:end] = [frozenset({"c"})] * (end - start)
        return out

    literal = ref.u_family([(values("i"), values("j"))])
    assert float(stats.u_alpha(counts)) == pytest.approx(literal["u_alpha"], abs=1e-12)
    assert float(stats.u_alpha(counts)) < 0.7286
