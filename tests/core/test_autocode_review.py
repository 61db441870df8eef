"""Accepting auto-coding proposals (reader.core.analysis.autocode.review) as one undoable
change."""

from __future__ import annotations

from reader.core.analysis.autocode import Rule, accept
from reader.core.annotations.model import Tag
from tests.analysis_fixtures import library_proposals
from tests.export_fixtures import fixed_library


def test_accepted_proposals_become_annotations_in_one_undoable_change(tmp_path):
    session = fixed_library(tmp_path / "lib")
    before = set(session.snapshot().annotations)
    found = library_proposals(session, [Rule("学习/理论", ("理论学习",), ruleset="学习.txt", digest="d1")])
    assert len(found.proposals) >= 2
    chosen = found.proposals[:2]  # the reviewer keeps two
    accepted = accept(chosen, found.texts, session.tags(), "丙")
    change = accepted.change
    assert set(change.before.values()) == {None} and set(change.before) == set(change.after)
    made = list(change.after.values())
    for proposal, annotation in zip(chosen, made, strict=True):
        assert (annotation.path, annotation.fingerprint) == (proposal.report, proposal.fingerprint)
        assert (annotation.start, annotation.end, annotation.quote.exact) == (
            proposal.start,
            proposal.end,
            proposal.passage,
        )
        assert annotation.tags == ["学习/理论"] and annotation.author == "丙" and annotation.note == ""
        assert accepted.origins[annotation.id] == proposal.origin
    assert [t.name for t in change.tags_after][-1] == "学习/理论"
    assert [t.name for t in change.tags_before] == ["整改", "整改/专项整治", "学习"]
    session.apply(change)
    assert set(session.snapshot().annotations) == before | set(change.after)
    assert session.tag("学习/理论") is not None
    session.apply(change, undo=True)
    assert set(session.snapshot().annotations) == before
    assert session.tag("学习/理论") is None


def test_an_accepted_tag_already_in_the_codebook_keeps_its_colour(tmp_path):
    session = fixed_library(tmp_path / "lib")
    found = library_proposals(session, [Rule("学习", ("理论学习",))])
    accepted = accept(found.proposals, found.texts, session.tags(), "丙")
    assert accepted.change.tags_after == [Tag("整改", "#E0533D", "整改落实情况"),
                                          Tag("整改/专项整治", "#F08C00", "专项整治的措施"),
                                          Tag("学习", "#2F9E8F", "")]  # fmt: skip
