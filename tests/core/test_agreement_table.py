"""The agreement table built from annotations (reader.core.analysis.agreement.table): against a
literal reading of the definitions and the `krippendorff` package on the same
per-character data, its edge cases, the bootstrap, and the way in from an export."""

from __future__ import annotations

import json
import math

import krippendorff
import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.core.analysis.agreement import (
    ALL_COEFFICIENTS,
    CodedReport,
    Coding,
    agreement_table,
    bootstrap,
    reason_text,
    reports_from_export,
    verdict,
)
from reader.core.analysis.agreement.resample import Columns
from reader.core.export import Scope, collect
from tests import agreement_reference as ref
from tests.export_fixtures import fixed_library

TAGS = ("x", "y", "z")


@st.composite
def coded_reports(draw, coders=("A", "B"), max_reports=3):
    reports = []
    for number in range(draw(st.integers(1, max_reports))):
        length = draw(st.integers(1, 30))
        codings = []
        for coder in coders:
            for _ in range(draw(st.integers(0, 4))):
                start = draw(st.integers(0, length - 1))
                end = draw(st.integers(start + 1, length))
                tags = draw(st.lists(st.sampled_from(TAGS), min_size=1, max_size=2, unique=True))
                codings.append(Coding(coder, start, end, tuple(tags)))
        reports.append(CodedReport(f"r{number}.txt", length, tuple(codings)))
    return reports


def _values(reports, coder, tags):
    return [ref.char_values(r, coder, tags) for r in reports]


def _same(value, expected):
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        return value is None
    return value is not None and value == pytest.approx(expected, abs=1e-9)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(coded_reports())
def test_every_coefficient_matches_the_literal_reading(reports):
    table = agreement_table(reports, coders=["A", "B"], tags=TAGS, common_reports_only=False)
    (pair,) = table.pairs
    assume(pair.reason == "")  # both coders coded something
    for row in (*pair.rows, pair.overall):
        tags = TAGS if row.tag is None else (row.tag,)
        a, b = _values(reports, "A", tags), _values(reports, "B", tags)
        flat_a = [v for text in a for v in text]
        flat_b = [v for text in b for v in text]
        expected = ref.u_family(list(zip(a, b, strict=True)))
        expected["kappa"] = ref.kappa(flat_a, flat_b)
        expected["agreement"] = sum(1 for x, y in zip(flat_a, flat_b, strict=True) if x == y) / len(flat_a)
        for name, estimate in row.estimates.items():
            if name == "alpha_characters":
                continue
            assert _same(estimate.value, expected[name]), (row.tag, name, estimate, expected[name])
            assert (estimate.value is None) == bool(estimate.reason)
        characters = (
            sum(1 for v in flat_a if v),
            sum(1 for v in flat_b if v),
            sum(1 for x, y in zip(flat_a, flat_b, strict=True) if x and y),
        )
        assert row.characters == characters


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(coded_reports())
def test_alpha_on_characters_is_what_the_krippendorff_package_computes(reports):
    """The same per-character data (each value a number) given to `krippendorff`."""
    table = agreement_table(reports, coders=["A", "B"], tags=TAGS, common_reports_only=False)
    (pair,) = table.pairs
    assume(pair.reason == "")  # both coders coded something
    for row in (*pair.rows, pair.overall):
        tags = TAGS if row.tag is None else (row.tag,)
        flat_a = [v for text in _values(reports, "A", tags) for v in text]
        flat_b = [v for text in _values(reports, "B", tags) for v in text]
        numbers = {v: i for i, v in enumerate(sorted(set(flat_a) | set(flat_b), key=sorted))}
        ours = row.estimates["alpha_characters"].value
        if len(numbers) < 2:
            assert ours is None  # the package refuses a single value too
            continue
        data = np.array([[numbers[v] for v in flat_a], [numbers[v] for v in flat_b]], dtype=float)
        theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
        assert _same(ours, float(theirs)), (row.tag, ours, theirs)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(coded_reports(coders=("A",)))
def test_identical_codings_give_one(reports):
    copied = [
        CodedReport(
            r.path, r.length, r.codings + tuple(Coding("B", c.start, c.end, c.tags) for c in r.codings)
        )
        for r in reports
    ]
    table = agreement_table(copied, coders=["A", "B"], tags=TAGS, common_reports_only=False)
    assume(table.pairs[0].reason == "")
    length = sum(r.length for r in reports)
    for row in (*table.pairs[0].rows, table.pairs[0].overall):
        for name, estimate in row.estimates.items():
            assert estimate.value is None or estimate.value == pytest.approx(1.0), (row.tag, name)
        if 0 < row.characters[0] < length:  # something coded, not everything: defined
            for name in ("kappa", "alpha_characters", "u_alpha"):
                assert row.estimates[name].value == pytest.approx(1.0), (row.tag, name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 60), st.data())
def test_codings_that_never_overlap_give_at_most_zero(length, data):
    """Each character is coded by at most one of the two coders."""
    owner = data.draw(st.lists(st.sampled_from(["", "A", "B"]), min_size=length, max_size=length))
    tag = data.draw(st.lists(st.sampled_from(TAGS), min_size=length, max_size=length))
    codings = tuple(
        Coding(who, i, i + 1, (t,)) for i, (who, t) in enumerate(zip(owner, tag, strict=True)) if who
    )
    table = agreement_table([CodedReport("r.txt", length, codings)], coders=["A", "B"], tags=TAGS)
    assume(table.pairs[0].reason == "")
    for row in (*table.pairs[0].rows, table.pairs[0].overall):
        for name, estimate in row.estimates.items():
            if name != "agreement" and estimate.value is not None:
                assert estimate.value <= 1e-12, (row.tag, name, estimate.value)
        assert row.estimates.get("cu_alpha", None) is None or row.estimates["cu_alpha"].reason == "no-overlap"


def test_an_empty_scope_one_coder_and_no_coding_are_not_defined_with_a_reason():
    empty = agreement_table([])
    assert (empty.pairs, empty.reason) == ((), "empty")
    alone = agreement_table([CodedReport("r.txt", 10, (Coding("A", 0, 5, ("x",)),))])
    assert (alone.pairs, alone.reason) == ((), "one-coder")
    asked = agreement_table([CodedReport("r.txt", 10, (Coding("A", 0, 5, ("x",)),))], coders=["A", "B"])
    assert asked.pairs[0].reason == "coder-absent"
    assert (
        reason_text(asked.pairs[0].reason, "en", **asked.pairs[0].reason_params)
        == "B has coded nothing in this scope"
    )
    report = CodedReport("r.txt", 10, (Coding("A", 0, 5, ("x",)), Coding("B", 2, 6, ("x",))))
    unused = agreement_table([report], tags=["x", "unused"]).pairs[0].rows[1]
    assert unused.estimates["agreement"].value == 1.0
    for name in ("kappa", "alpha_characters", "u_alpha"):
        assert (unused.estimates[name].value, unused.estimates[name].reason) == (None, "no-coding")
    assert reason_text("no-coding", "zh") == "两位编码者在此都没有编码"
    for table in (empty, alone, asked, agreement_table([report], tags=["x", "unused"])):
        json.dumps(bootstrap(table, resamples=20).to_json("en"), allow_nan=False)


def test_a_pair_is_compared_on_the_reports_both_coded():
    both = CodedReport("both.txt", 100, (Coding("A", 0, 50, ("x",)), Coding("B", 0, 50, ("x",))))
    only_a = CodedReport("a.txt", 100, (Coding("A", 0, 50, ("x",)),))
    nobody = CodedReport("none.txt", 100, ())
    pair = agreement_table([both, only_a, nobody]).pairs[0]
    assert (pair.reports, pair.left_out) == (("both.txt",), ("a.txt",))
    assert pair.overall.estimates["u_alpha"].value == pytest.approx(1.0)
    everything = agreement_table([both, only_a, nobody], common_reports_only=False).pairs[0]
    assert len(everything.reports) == 3
    assert everything.overall.estimates["u_alpha"].value < 0.8
    disjoint = agreement_table([only_a, CodedReport("b.txt", 10, (Coding("B", 0, 5, ("x",)),))])
    assert disjoint.pairs[0].reason == "no-common"


def test_each_pair_of_several_coders_in_the_order_given():
    codings = tuple(Coding(c, 0, 10, ("x",)) for c in ("丙", "甲", "乙"))
    table = agreement_table([CodedReport("r.txt", 40, codings)], coders=["甲", "乙", "丙"])
    assert [p.coders for p in table.pairs] == [("甲", "乙"), ("甲", "丙"), ("乙", "丙")]
    default = agreement_table([CodedReport("r.txt", 40, codings)])
    assert default.coders == tuple(sorted(("丙", "甲", "乙")))


def _library(reports=40, seed=3):
    """Reports where coder B mostly follows coder A."""
    rng = np.random.default_rng(seed)
    result = []
    for n in range(reports):
        codings = []
        for _ in range(5):
            start = int(rng.integers(0, 900))
            end = start + int(rng.integers(5, 80))
            tag = TAGS[int(rng.integers(0, 3))]
            codings.append(Coding("A", start, end, (tag,)))
            if rng.random() < 0.8:
                shift = int(rng.integers(-5, 6))
                codings.append(Coding("B", max(0, start + shift), end + shift, (tag,)))
        codings.append(Coding("B", 950, 990, ("x",)))
        result.append(CodedReport(f"r{n}.txt", 1000, tuple(codings)))
    return result


def test_bootstrap_intervals_are_seeded_percentile_intervals_around_the_estimate():
    table = agreement_table(_library())
    seen = []
    first = bootstrap(table, resamples=200, seed=7, progress=lambda done, total: seen.append((done, total)))
    again = bootstrap(table, resamples=200, seed=7)
    other = bootstrap(table, resamples=200, seed=8)
    assert seen[-1] == (200, 200) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    overall = first.pairs[0].overall.estimates
    for name in ALL_COEFFICIENTS:
        interval = overall[name].interval
        assert interval.resamples == 200
        assert interval.low < overall[name].value < interval.high, name
    assert overall == again.pairs[0].overall.estimates
    assert overall["u_alpha"].interval != other.pairs[0].overall.estimates["u_alpha"].interval
    # Same resamples, a narrower share of them: the 50% interval lies inside the 95% one.
    wide = overall["u_alpha"].interval
    narrow = bootstrap(table, resamples=200, seed=7, level=0.5).pairs[0].overall.estimates["u_alpha"].interval
    assert wide.low < narrow.low < narrow.high < wide.high


def test_bootstrap_resamples_reports_not_characters():
    """Resampling two identical reports can only give the estimate itself."""
    report = _library(1)[0]
    twice = [report, CodedReport("copy.txt", report.length, report.codings)]
    u_alpha = bootstrap(agreement_table(twice), resamples=50).pairs[0].overall.estimates["u_alpha"]
    assert u_alpha.interval.low == pytest.approx(u_alpha.value)
    assert u_alpha.interval.high == pytest.approx(u_alpha.value)


def test_bootstrap_can_be_cancelled_and_needs_two_reports():
    table = agreement_table(_library())
    calls = []
    cancelled = bootstrap(
        table, resamples=1000, cancelled=lambda: len(calls) > 0, progress=lambda *a: calls.append(a)
    )
    assert len(calls) == 1
    assert cancelled.pairs[0].overall.estimates["u_alpha"].interval.reason == "cancelled"
    one = bootstrap(agreement_table(_library(1)), resamples=10).pairs[0].rows[0].estimates["kappa"]
    assert (one.interval.low, one.interval.reason) == (None, "few-reports")


def test_verdict_follows_the_conventional_thresholds():
    assert [verdict(v) for v in (None, 0.5, 0.667, 0.79, 0.8, 1.0)] == [
        "",
        "unreliable",
        "tentative",
        "tentative",
        "reliable",
        "reliable",
    ]


def test_orphans_of_a_report_that_cannot_be_read_are_counted():
    gone = CodedReport("gone.txt", 0, (), orphaned=2)
    both = CodedReport("r.txt", 10, (Coding("A", 0, 5, ("x",)), Coding("B", 0, 5, ("x",))))
    assert agreement_table([gone, both]).orphaned == 2


def test_reports_from_an_export_leave_orphans_out(tmp_path):
    session = fixed_library(tmp_path / "lib")
    reports = reports_from_export(collect(session, Scope()))
    assert sum(r.orphaned for r in reports) == 1
    table = agreement_table(reports)
    assert table.coders == ("乙", "甲") and table.orphaned == 1
    (pair,) = table.pairs
    assert len(pair.reports) == 1  # the only report both coded
    text_length = next(r.length for r in reports if r.path == pair.reports[0])
    assert text_length > 0
    learning = next(row for row in pair.rows if row.tag == "学习")
    assert learning.passages == (1, 1)
    assert learning.estimates["u_alpha"].value is not None


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 6).flatmap(
        lambda rows: st.tuples(
            st.just(rows),
            st.lists(st.tuples(st.integers(0, rows - 1), st.integers(0, 4), st.integers(1, 9)), max_size=20),
            st.lists(st.lists(st.integers(0, 3), min_size=rows, max_size=rows), min_size=1, max_size=4),
        )
    )
)
def test_sparse_report_sums_weigh_like_the_dense_matrix(case):
    """The bootstrap sums per-report entries kept sparse: the same as a dense product."""
    rows, entries, weights = case
    matrix = np.zeros((rows, 5))
    for row, column, amount in entries:
        matrix[row, column] += amount
    columns = Columns.of([e[0] for e in entries], [e[1] for e in entries], [e[2] for e in entries], 5)
    weights = np.array(weights, dtype=np.float64)
    assert np.allclose(columns.weighted(weights), weights @ matrix)
