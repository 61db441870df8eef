"""Keeping auto-coded passages apart from hand coding (reader.core.analysis.autocode.provenance):
in the agreement table, in the comparisons, and what an origin records."""

from __future__ import annotations

import pytest

from reader.core.analysis import AUTO, HAND, PassageFilter, cooccurrence, passages_from_export
from reader.core.analysis.agreement import agreement_table, reports_from_export
from reader.core.analysis.autocode import (
    AutoOrigin,
    Origins,
    Rule,
    accept,
    auto_coded_only,
    by_hand,
    hand_coded_only,
    is_auto_coded,
)
from reader.core.export import collect
from tests.analysis_fixtures import library_proposals
from tests.export_fixtures import fixed_library


def test_auto_coded_passages_are_kept_apart_from_hand_coding(tmp_path):
    session = fixed_library(tmp_path / "lib")
    agreement_by_hand = agreement_table(reports_from_export(collect(session))).to_json()
    found = library_proposals(session, [Rule("学习", ("理论学习", "主题教育"))])
    accepted = accept(found.proposals, found.texts, session.tags(), "甲")
    session.apply(accepted.change)
    origins = Origins()
    origins.add(accepted.origins)
    auto_ids = set(accepted.origins)
    annotations = session.snapshot().annotations
    assert {i for i, a in annotations.items() if is_auto_coded(a, origins)} == auto_ids
    assert not any(is_auto_coded(a, by_hand) for a in annotations.values())

    export = collect(session)
    hand = hand_coded_only(export, origins)
    everything = {r.annotation.id for _rep, r in export.records}
    assert {r.annotation.id for _rep, r in hand.records} == everything - auto_ids
    assert {r.annotation.id for _rep, r in auto_coded_only(export, origins).records} == auto_ids
    # the agreement table is the one of the hand coding alone
    assert agreement_table(reports_from_export(hand)).to_json() == agreement_by_hand
    assert agreement_table(reports_from_export(export)).to_json() != agreement_by_hand

    placed = passages_from_export(export, origins)
    assert {p.id for p in placed if p.auto_coded} == auto_ids
    by_hand_only = cooccurrence(placed, where=PassageFilter(coding=HAND))
    by_rule_only = cooccurrence(placed, where=PassageFilter(coding=AUTO))
    assert by_rule_only.tags == ("学习",) and by_rule_only.size("学习") == len(auto_ids)
    assert by_hand_only.size("学习") == 2

    origins.forget(list(auto_ids)[:1])
    assert len(origins) == len(auto_ids) - 1


def test_origin_json_round_trip():
    matched = ("人才培养", "re:科技.{0,4}投入")
    origin = AutoOrigin("rules", "政策工具.txt", "政策工具/供给型", matched, "sentence", "0123")
    assert AutoOrigin.from_json(origin.to_json()) == origin
    assert list(origin.to_json()) == ["source", "name", "digest", "tag", "matched", "unit"]


def test_an_unknown_kind_of_coding_is_refused():
    with pytest.raises(ValueError):
        PassageFilter(coding="machine")


def test_the_origin_of_an_accepted_proposal_is_saved_and_read_back(tmp_path):
    """A team reports which passages were auto-coded and by which rule: the sidecar
    records it, so a library opened again still keeps them apart from hand coding."""
    from reader.core.library import Library

    session = fixed_library(tmp_path / "lib")
    agreement_by_hand = agreement_table(reports_from_export(collect(session))).to_json()
    found = library_proposals(session, [Rule("学习", ("理论学习", "主题教育"))])
    accepted = accept(found.proposals, found.texts, session.tags(), "甲")
    session.apply(accepted.change)
    session.save()

    again = Library(session.root)
    auto = {i: a.auto for i, a in again.snapshot().annotations.items() if is_auto_coded(a)}
    assert auto == accepted.origins and all(o.source == "rules" for o in auto.values())
    export = collect(again)
    assert agreement_table(reports_from_export(hand_coded_only(export))).to_json() == agreement_by_hand
    placed = passages_from_export(export)
    assert {p.id for p in placed if p.auto_coded} == set(accepted.origins)
