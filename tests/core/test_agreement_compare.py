"""Two coders' disagreements in a report and their adjudication into a consensus
coder, as one change that undo takes back."""

from __future__ import annotations

import pytest

from reader.core.analysis.agreement.compare import (
    BOTH,
    FIRST,
    NEITHER,
    SECOND,
    Passage,
    adjudication,
    disagreements,
    kept,
    passages_of,
    settled,
)
from tests.agreement_library import coded_library


def _p(coder: str, start: int, end: int, *tags: str, n: int = 0) -> Passage:
    return Passage(f"{coder}{start}-{end}{n}", coder, start, end, tags)


def test_identical_codings_agree_and_differences_are_found_where_they_are():
    a = [_p("A", 0, 10, "x"), _p("A", 20, 30, "x"), _p("A", 50, 60, "y")]
    b = [_p("B", 0, 10, "x"), _p("B", 22, 30, "x"), _p("B", 50, 60, "z"), _p("B", 80, 90, "x")]
    found = disagreements(a, b)
    assert [(d.start, d.end, d.differing) for d in found] == [
        (20, 30, ((20, 22),)),  # the ends differ by two characters
        (50, 60, ((50, 60),)),  # the same passage, another tag
        (80, 90, ((80, 90),)),  # only B coded it
    ]
    assert [p.coder for p in found[2].first + found[2].second] == ["B"]
    assert disagreements(a, a) == []


def test_overlapping_passages_form_one_group_touching_ones_do_not():
    a = [_p("A", 0, 10, "x"), _p("A", 8, 20, "y")]
    b = [_p("B", 0, 20, "x"), _p("B", 20, 25, "y")]
    found = disagreements(a, b)
    assert [(d.start, d.end) for d in found] == [(0, 20), (20, 25)]
    assert found[0].differing == ((8, 20),)  # A: {x, y} then {y}; B: {x}


def test_what_each_choice_keeps():
    a = [_p("A", 0, 10, "x")]
    b = [_p("B", 0, 10, "x"), _p("B", 5, 20, "y")]
    (d,) = disagreements(a, b)
    assert kept(d, FIRST) == a and kept(d, SECOND) == b and kept(d, NEITHER) == []
    assert [(p.start, p.tags) for p in kept(d, BOTH)] == [(0, ("x",)), (5, ("y",))]  # the same passage once
    with pytest.raises(ValueError):
        kept(d, "maybe")


def test_adjudication_is_one_change_under_the_consensus_coder_and_undoes(tmp_path):
    session = coded_library(
        tmp_path / "lib",
        [(0, 0, 20, ["学习"], "甲"), (0, 5, 20, ["学习"], "乙"), (0, 40, 50, ["整改"], "乙")],
    )
    report = session.load(session.entries[0])
    pairs = session.anchored(report)
    (d, only_b) = disagreements(passages_of(pairs, "甲"), passages_of(pairs, "乙"))
    before = {a.id for a in session.annotations()}

    def adjudicate(choice):
        placed = passages_of(session.anchored(report), "共识")
        change = adjudication(
            d, choice, "共识", placed, {a.id: a for a in session.annotations()},
            report.relpath, report.info.fingerprint, report.document.text,
        )  # fmt: skip
        session.apply(change)
        return change

    first = adjudicate(FIRST)
    consensus = passages_of(session.anchored(report), "共识")
    assert [(p.start, p.end, p.tags) for p in consensus] == [(0, 20, ("学习",))]
    assert settled(d, consensus) and not settled(only_b, consensus)
    second = adjudicate(SECOND)  # changing one's mind replaces the consensus passage
    assert [(p.start, p.end) for p in passages_of(session.anchored(report), "共识")] == [(5, 20)]
    session.apply(second, undo=True)
    assert [(p.start, p.end) for p in passages_of(session.anchored(report), "共识")] == [(0, 20)]
    session.apply(first, undo=True)
    assert {a.id for a in session.annotations()} == before
    neither = adjudicate(NEITHER)
    assert neither.after == {} and passages_of(session.anchored(report), "共识") == []
    adjudicate(BOTH)
    both = passages_of(session.anchored(report), "共识")
    assert sorted((p.start, p.end) for p in both) == [(0, 20), (5, 20)]
    assert {p.coder for p in passages_of(session.anchored(report), "甲")} == {"甲"}  # the coders' own stay
