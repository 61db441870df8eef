"""Co-occurrence of tags (reader.core.analysis.cooccurrence): matrices worked out by
hand for each mode, the parent-tag option, filters, the passages behind a cell, the
network's nodes and edges, and a literal reading of the definition on random data."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.analysis import (
    HAND,
    OVERLAP,
    PARAGRAPH,
    REPORT,
    Edge,
    Node,
    Passage,
    PassageFilter,
    cooccurrence,
    counted_tags,
)
from reader.core.analysis.autocode import AutoOrigin
from tests.analysis_fixtures import passage, sample

TAGS = ("A", "A/x", "B", "C")


def ids(cell):
    return [p.id for p in cell.passages]


# Counts and Jaccard values worked out by hand for sample() (see analysis_fixtures):
# sizes A 3 (p1 p3 p6), A/x 1 (p6), B 2 (p2 p4), C 3 (p3 p5 p7).
EXPECTED = {
    OVERLAP: {
        ("A", "B"): (["p1", "p2"], 2 / 5),
        ("A", "C"): (["p3", "p6", "p7"], 3 / 5),
        ("B", "C"): ([], 0.0),
        ("A", "A/x"): (["p6"], 1 / 3),
        ("A/x", "C"): (["p6", "p7"], 2 / 4),
        ("A/x", "B"): ([], 0.0),
    },
    PARAGRAPH: {
        ("A", "B"): (["p1", "p2", "p3", "p4"], 4 / 5),
        ("A", "C"): (["p3", "p6", "p7"], 3 / 5),
        ("B", "C"): (["p3", "p4"], 2 / 5),
        ("A", "A/x"): (["p6"], 1 / 3),
        ("A/x", "C"): (["p6", "p7"], 2 / 4),
        ("A/x", "B"): ([], 0.0),
    },
    REPORT: {
        ("A", "B"): (["p1", "p2", "p3", "p4"], 4 / 5),
        ("A", "C"): (["p1", "p3", "p5", "p6", "p7"], 5 / 5),
        ("B", "C"): (["p2", "p3", "p4", "p5"], 4 / 5),
        ("A", "A/x"): (["p6"], 1 / 3),
        ("A/x", "C"): (["p6", "p7"], 2 / 4),
        ("A/x", "B"): ([], 0.0),
    },
}


@pytest.mark.parametrize("mode", [OVERLAP, PARAGRAPH, REPORT])
def test_matrix_matches_the_hand_computed_cells(mode):
    matrix = cooccurrence(sample(), mode=mode)
    assert matrix.tags == TAGS
    assert [matrix.size(t) for t in TAGS] == [3, 1, 2, 3]
    for (a, b), (members, jaccard) in EXPECTED[mode].items():
        for x, y in ((a, b), (b, a)):
            cell = matrix.cell(x, y)
            assert ids(cell) == members, (mode, x, y)
            assert matrix.count(x, y) == len(members)
            assert matrix.jaccard(x, y) == pytest.approx(jaccard)
    for tag in TAGS:
        assert matrix.count(tag, tag) == matrix.size(tag)
        assert matrix.jaccard(tag, tag) == 1.0


def test_count_matrix_rows_and_columns_follow_the_tag_order():
    matrix = cooccurrence(sample(), mode=OVERLAP)
    assert matrix.counts() == [
        [3, 1, 2, 3],
        [1, 1, 0, 2],
        [2, 0, 2, 0],
        [3, 2, 0, 3],
    ]
    jaccard = matrix.jaccards()
    assert jaccard[0][2] == pytest.approx(0.4) and jaccard[2][0] == pytest.approx(0.4)


def test_parent_tags_count_their_children_only_when_asked():
    exact = cooccurrence(sample(), mode=OVERLAP, include_children=False)
    assert exact.size("A") == 2  # p1 p3: p6 is A/x only
    assert exact.count("A", "A/x") == 0
    assert ids(exact.cell("A", "C")) == ["p3"]  # p6 no longer counts for A
    assert exact.jaccard("A", "C") == pytest.approx(1 / 4)  # A or C: p1 p3 p5 p7
    assert counted_tags(["a/b/c"], True) == ("a", "a/b", "a/b/c")
    assert counted_tags(["a/b/c"], False) == ("a/b/c",)


def test_cell_lists_its_passages_with_their_text_and_reports():
    cell = cooccurrence(sample(), mode=OVERLAP).cell("C", "A")
    assert (cell.a, cell.b, cell.count, cell.reports) == ("C", "A", 3, 2)
    assert [(p.report, p.start, p.end, p.text) for p in cell.passages] == [
        ("r1", 12, 15, "二三四"),
        ("r2", 0, 4, "甲乙丙丁"),
        ("r2", 2, 6, "丙丁戊己"),
    ]


def test_touching_passages_do_not_overlap():
    passages = [passage("a", "r1", 0, 3, ("A",)), passage("b", "r1", 3, 6, ("B",))]
    assert cooccurrence(passages, mode=OVERLAP).count("A", "B") == 0
    assert cooccurrence(passages, mode=PARAGRAPH).count("A", "B") == 2


def test_a_passage_over_two_paragraphs_meets_the_passages_of_both():
    passages = [
        passage("long", "r1", 5, 15, ("A",)),  # paragraphs 1 and 2
        passage("later", "r1", 18, 20, ("B",)),  # paragraph 2
        passage("last", "r1", 25, 28, ("C",)),  # paragraph 3
    ]
    matrix = cooccurrence(passages, mode=PARAGRAPH)
    assert ids(matrix.cell("A", "B")) == ["long", "later"]
    assert matrix.count("A", "C") == 0


def test_network_nodes_and_edges_leave_out_a_tag_and_its_parent_unless_asked():
    matrix = cooccurrence(sample(), mode=OVERLAP)
    assert matrix.nodes() == [Node("A", 3), Node("A/x", 1), Node("B", 2), Node("C", 3)]
    assert matrix.edges() == [
        Edge("A", "B", 2, pytest.approx(0.4)),
        Edge("A", "C", 3, pytest.approx(0.6)),
        Edge("A/x", "C", 2, pytest.approx(0.5)),
    ]
    assert [(e.a, e.b) for e in matrix.edges(nested=True)][:2] == [("A", "A/x"), ("A", "B")]
    assert [(e.a, e.b) for e in matrix.edges(minimum=3)] == [("A", "C")]


def test_filters_by_coder_report_and_coding():
    by_jia = cooccurrence(sample(), mode=OVERLAP, where=PassageFilter(coders=frozenset({"甲"})))
    assert by_jia.size("B") == 1 and by_jia.count("A", "B") == 0  # p2 is 乙's
    in_r2 = cooccurrence(sample(), mode=REPORT, where=PassageFilter(reports=frozenset({"r2"})))
    assert in_r2.tags == ("A", "A/x", "C")
    assert ids(in_r2.cell("A", "C")) == ["p6", "p7"]
    rule = AutoOrigin("rules", "policy.txt", "C", ("丙丁",), "hit")
    mixed = [*sample()[:-1], passage("p7", "r2", 2, 6, ("C",), origin=rule)]
    hand = cooccurrence(mixed, mode=OVERLAP, where=PassageFilter(coding=HAND))
    assert hand.size("C") == 2 and hand.count("A/x", "C") == 0


def test_chosen_tags_set_the_order_and_unknown_modes_are_refused():
    matrix = cooccurrence(sample(), mode=OVERLAP, tags=["C", "A"])
    assert matrix.tags == ("C", "A")
    assert matrix.counts() == [[3, 3], [3, 3]]
    assert matrix.to_json()["counts"] == [[3, 3], [3, 3]]
    with pytest.raises(ValueError):
        cooccurrence(sample(), mode="sentence")


def test_no_passages_give_an_empty_matrix():
    matrix = cooccurrence([], mode=OVERLAP)
    assert matrix.tags == () and matrix.counts() == [] and matrix.edges() == []


# -- the definition read literally, on random passages --------------------------------------------
@st.composite
def random_passages(draw):
    result = []
    for n in range(draw(st.integers(0, 12))):
        report = draw(st.sampled_from(["r1", "r2"]))
        start = draw(st.integers(0, 30))
        end = draw(st.integers(start + 1, 32))
        names = st.sampled_from(["A", "A/x", "B", "C"])
        tags = tuple(draw(st.lists(names, min_size=1, max_size=2, unique=True)))
        result.append(passage(f"p{n}", report, start, end, tags))
    return result


def _together(p: Passage, q: Passage, mode: str) -> bool:
    if p.report != q.report:
        return False
    if mode == OVERLAP:
        return p.start < q.end and q.start < p.end
    if mode == PARAGRAPH:
        return p.first_paragraph <= q.last_paragraph and q.first_paragraph <= p.last_paragraph
    return True


@settings(max_examples=150, deadline=None)
@given(random_passages(), st.sampled_from([OVERLAP, PARAGRAPH, REPORT]), st.booleans())
def test_cells_hold_exactly_the_passages_the_definition_names(passages, mode, children):
    matrix = cooccurrence(passages, mode=mode, include_children=children)

    def carries(p, tag):
        return tag in counted_tags(p.tags, children)

    for a in matrix.tags:
        for b in matrix.tags:
            expected = {
                p.id
                for p in passages
                for x, y in ((a, b), (b, a))
                if carries(p, x) and any(_together(p, q, mode) and carries(q, y) for q in passages)
            }
            either = {p.id for p in passages if carries(p, a) or carries(p, b)}
            assert {p.id for p in matrix.cell(a, b).passages} == expected
            assert matrix.jaccard(a, b) == pytest.approx(len(expected) / len(either))
