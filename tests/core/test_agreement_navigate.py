"""The nearest report with a disagreement of two coders, in library order
(reader.core.analysis.agreement.navigate)."""

from __future__ import annotations

from reader.core.analysis.agreement.navigate import nearest_disagreement
from tests.agreement_library import coded_library

SPECS = [
    (0, 0, 20, ["学习"], "甲"),
    (0, 5, 20, ["学习"], "乙"),  # the start differs
    (1, 0, 30, ["学习"], "甲"),
    (1, 0, 30, ["学习"], "乙"),  # agreed: no disagreement here
    (2, 10, 40, ["整改"], "甲"),  # only 甲
    (2, 50, 60, ["整改"], "丙"),  # a third coder: not compared
    (3, 0, 10, ["整改"], "丙"),
]


def test_the_next_and_previous_report_with_a_disagreement_in_library_order(tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    paths = [e.relpath for e in session.entries]
    found = nearest_disagreement(session, paths[0], "甲", "乙")
    assert found is not None and (found.relpath, found.count) == (paths[2], 1)  # report 1 agrees
    assert found.title
    assert not found.wrapped
    on = nearest_disagreement(session, paths[2], "甲", "乙")  # nothing after: from the start
    assert on is not None and (on.relpath, on.wrapped) == (paths[0], True)
    back = nearest_disagreement(session, paths[4], "甲", "乙", forward=False)
    assert back is not None and (back.relpath, back.wrapped) == (paths[2], False)
    back = nearest_disagreement(session, paths[2], "甲", "乙", forward=False)
    assert back is not None and back.relpath == paths[0]
    back = nearest_disagreement(session, paths[0], "甲", "乙", forward=False)  # from the end
    assert back is not None and (back.relpath, back.wrapped) == (paths[2], True)
    only = coded_library(tmp_path / "one", SPECS[:2])  # the only report with a disagreement
    assert nearest_disagreement(only, only.entries[0].relpath, "甲", "乙") is None
    # 丙 and 甲 disagree in report 2 (different places) and 3 (only 丙)
    assert nearest_disagreement(session, paths[2], "甲", "丙").relpath == paths[3]
    assert nearest_disagreement(session, paths[0], "甲", "乙", cancelled=lambda: True) is None
    assert nearest_disagreement(session, "not/in/the/library.txt", "甲", "乙") is None
