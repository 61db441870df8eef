"""Retrieval with conditions (reader.core.analysis.retrieval): a truth table of passage
layouts against A AND B, A NOT B and A NEAR B, coder and variable restrictions, and
the result exported like any selection."""

from __future__ import annotations

import pytest

from reader.core.analysis import (
    AND,
    NEAR,
    NOT,
    Condition,
    PassageFilter,
    passages_from_export,
    reports_where,
    retrieve,
)
from reader.core.export import Scope, collect
from tests.analysis_fixtures import passage
from tests.export_fixtures import fixed_library

# Each layout: the A passage under test, the passages beside it, and whether it is
# retrieved by AND, NOT, NEAR (same paragraph), NEAR within one paragraph.
LAYOUTS = {
    "alone": ([], (False, True, False, False)),
    "carries both": ([], (True, False, True, True)),
    "overlapped by B": ([passage("b", "r1", 3, 8, ("B",))], (True, False, True, True)),
    "inside a B passage": ([passage("b", "r1", 0, 10, ("B",))], (True, False, True, True)),
    "touching B": ([passage("b", "r1", 5, 8, ("B",))], (False, True, True, True)),
    "same paragraph as B": ([passage("b", "r1", 7, 9, ("B",))], (False, True, True, True)),
    "B in the next paragraph": ([passage("b", "r1", 12, 15, ("B",))], (False, True, False, True)),
    "B two paragraphs on": ([passage("b", "r1", 23, 25, ("B",))], (False, True, False, False)),
    "B in another report": ([passage("b", "r2", 0, 5, ("B",))], (False, True, False, False)),
    "B below a tag of B": ([passage("b", "r1", 3, 8, ("B/y",))], (True, False, True, True)),
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_truth_table(name):
    others, expected = LAYOUTS[name]
    tags = ("A", "B") if name == "carries both" else ("A",)
    a = passage("a", "r1", 0, 5, tags)
    passages = [a, *others]
    conditions = [Condition("A", AND, "B"), Condition("A", NOT, "B"), Condition("A", NEAR, "B"),
                  Condition("A", NEAR, "B", paragraphs=1)]  # fmt: skip
    got = tuple("a" in retrieve(passages, c).ids() for c in conditions)
    assert got == expected


def test_a_child_of_a_counts_for_a_unless_tags_are_exact():
    passages = [passage("a", "r1", 0, 5, ("A/x",)), passage("b", "r1", 3, 8, ("B",))]
    assert retrieve(passages, Condition("A", AND, "B")).ids() == {"a"}
    assert retrieve(passages, Condition("A", AND, "B"), include_children=False).ids() == set()
    assert retrieve(passages, Condition("A", NOT, "B"), include_children=False).ids() == set()


def test_partners_are_the_b_passages_that_made_the_match():
    passages = [
        passage("a1", "r1", 0, 5, ("A",)),
        passage("b1", "r1", 3, 8, ("B",)),
        passage("b2", "r1", 8, 10, ("B",)),  # same paragraph, no overlap
        passage("a2", "r1", 23, 26, ("A",)),
    ]
    near = retrieve(passages, Condition("A", NEAR, "B"))
    assert [p.id for p in near.passages] == ["a1"]
    assert [p.id for p in near.partners] == ["b1", "b2"]
    assert near.ids(with_partners=True) == {"a1", "b1", "b2"}
    both = retrieve(passages, Condition("A", AND, "B"))
    assert [p.id for p in both.partners] == ["b1"]
    assert retrieve(passages, Condition("A", NOT, "B")).partners == ()


def test_restricted_by_coder_and_by_variable_values():
    passages = [
        passage("a1", "r1", 0, 5, ("A",), author="甲"),
        passage("b1", "r1", 3, 8, ("B",), author="乙"),
        passage("a2", "r2", 0, 3, ("A",), author="甲"),
        passage("b2", "r2", 2, 5, ("B",), author="甲"),
    ]
    jia = PassageFilter(coders=frozenset({"甲"}))
    assert retrieve(passages, Condition("A", AND, "B"), where=jia).ids() == {"a2"}  # b1 is 乙's
    assert retrieve(passages, Condition("A", NOT, "B"), where=jia).ids() == {"a1"}
    variables = {"r1": {"year": "2019"}, "r2": {"year": "2020"}}
    in_2019 = PassageFilter(reports=reports_where(variables, {"year": {"2019"}}))
    assert retrieve(passages, Condition("A", AND, "B"), where=in_2019).ids() == {"a1"}


def test_bad_conditions_are_refused():
    with pytest.raises(ValueError):
        Condition("A", "or", "B")
    with pytest.raises(ValueError):
        Condition("A", NEAR, "B", paragraphs=-1)


def test_the_result_exports_like_any_selection(tmp_path):
    session = fixed_library(tmp_path / "lib")
    passages = passages_from_export(collect(session))
    assert len(passages) == 4  # the orphan has no place
    found = retrieve(passages, Condition("整改", NOT, "学习"))
    assert [p.text for p in found.passages] == ["主题教育推进会"]
    export = collect(session, found.scope())
    assert [r.annotation.id for _report, r in export.records] == [p.id for p in found.passages]
    assert [t.name for t in export.tags] == ["整改"]  # the codebook of the selection
    both = retrieve(passages, Condition("整改", AND, "学习"))
    assert collect(session, Scope(ids=both.ids())).records[0][1].passage == "主题教育"
