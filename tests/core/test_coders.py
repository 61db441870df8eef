"""Whose annotations are shown (reader.core.annotations.coders) and how the session, exports and
search by tag follow it, while the agreement table and changes to tags reach every
coder."""

from __future__ import annotations

from reader.core.analysis.agreement.assemble import library_agreement
from reader.core.analysis.search import Query
from reader.core.annotations.coders import ALL, CODER, EVERYONE, MINE, CoderView
from reader.core.export import Scope, collect
from tests.agreement_library import coded_library

SPECS = [
    (0, 0, 20, ["学习"], "甲"),
    (0, 0, 25, ["学习"], "乙"),
    (0, 40, 60, ["整改/其他"], "乙"),
    (1, 0, 10, ["整改"], "甲"),
    (1, 50, 70, ["整改"], "丙"),
]


def test_the_view_shows_everyone_mine_or_one_coder_and_blind_only_mine():
    assert all(EVERYONE.shows(name) for name in ("甲", "乙", ""))
    assert CoderView(MINE, me="甲").shows("甲") and not CoderView(MINE, me="甲").shows("乙")
    chosen = CoderView(CODER, "乙", me="甲")
    assert chosen.shows("乙") and not chosen.shows("甲")
    for mode in (ALL, MINE, CODER):
        blind = CoderView(mode, "乙", me="甲", blind=True)
        assert blind.shows("甲") and not blind.shows("乙") and not blind.everyone


def test_the_session_counts_and_places_only_the_shown_coders_annotations(tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    report = session.load(session.entries[0])
    session.coder_view = CoderView(ALL, me="甲", blind=True)
    assert [a.author for a, _anchor in session.anchored(report)] == ["甲"]
    assert {a.author for a, _anchor in session.anchored(report, every_coder=True)} == {"甲", "乙"}
    assert session.tag_counts() == {"学习": 1, "整改": 1}
    assert session.tag_counts(every_coder=True) == {"学习": 2, "整改/其他": 1, "整改": 2}
    assert [a.author for a in session.annotations_with_tag("整改")] == ["甲"]
    assert len(session.annotations_with_tag("整改", every_coder=True)) == 3
    session.coder_view = CoderView(CODER, "乙", me="甲")
    assert session.tag_counts() == {"学习": 1, "整改/其他": 1}
    assert {a.author for a in session.visible_annotations()} == {"乙"}


def test_exports_carry_only_the_shown_coders_and_the_agreement_table_everyone(tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    everyone = library_agreement(session).table
    session.coder_view = CoderView(MINE, me="甲")
    export = collect(session, Scope())
    assert {record.annotation.author for _report, record in export.records} == {"甲"}
    assert len(collect(session, Scope(), every_coder=True).records) == 5
    assert library_agreement(session).table == everyone
    assert [p.coders for p in everyone.pairs] == [("乙", "甲"), ("乙", "丙"), ("甲", "丙")]


def test_search_by_tag_looks_only_in_the_shown_coders_passages(tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    session.apply_index(session.index())
    path = session.entries[0].relpath
    text = session.load(session.entries[0]).document.text
    word = text[21:24]  # inside 乙's passage (0-25), not 甲's (0-20)
    query = Query(word, tags=frozenset({"学习"}))

    def count() -> int:
        return sum(r.count for r in session.search(query).reports if r.report.relpath == path)

    assert count() == text[:25].count(word) >= 1
    session.coder_view = CoderView(MINE, me="甲")
    assert count() == text[:20].count(word) < text[:25].count(word)
