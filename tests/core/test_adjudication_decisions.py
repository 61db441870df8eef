"""Adjudication decisions in the sidecar (version 4): every adjudication, keeping
neither coder's passages included, is recorded, undone with it, written, read back,
merged, and reported by `reader agreement --decisions`; a library saved by the
version before (tests/data/sidecar-version-3.json, written by it) is read as it was."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.analysis.agreement.compare import (
    FIRST,
    NEITHER,
    SECOND,
    adjudication,
    disagreements,
    passages_of,
    settled,
)
from reader.core.analysis.agreement.decisions_report import decisions_text
from reader.core.annotations import fileformat
from reader.core.annotations.merge import merge
from reader.core.annotations.model import SidecarError
from reader.core.library import Library
from tests.agreement_library import SEEDS

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def library(tmp_path) -> Library:
    """The seeds with the sidecar the version before wrote (甲, 乙 and 共识 in report 0)."""
    root = tmp_path / "lib"
    shutil.copytree(SEEDS, root)
    shutil.copy(DATA / "sidecar-version-3.json", root / "reader-annotations.json")
    return Library(root)


def _adjudicate(session: Library, index: int, choice: str):
    """Settle the report's disagreement `index` of 甲 × 乙 into 共识 with `choice`."""
    report = session.load(session.entries[0])
    pairs = session.anchored(report, every_coder=True)
    d = disagreements(passages_of(pairs, "甲"), passages_of(pairs, "乙"))[index]
    change = adjudication(
        d, choice, "共识", passages_of(pairs, "共识"), {a.id: a for a in session.annotations()},
        report.relpath, report.info.fingerprint, report.document.text,
        coders=("甲", "乙"), decisions=session.decisions(report.relpath), author="王老师",
    )  # fmt: skip
    session.apply(change)
    return d, change


def test_a_file_written_by_the_version_before_reads_as_it_was(library):
    data = json.loads((DATA / "sidecar-version-3.json").read_text(encoding="utf-8"))
    assert data["version"] == 3 and "decisions" not in data
    assert len(library.annotations()) == len(data["annotations"]) == 5
    assert library.decisions() == []
    library.save()  # nothing decided: still written as version 3, readable by the version before
    assert json.loads(library.sidecar_location.read_text(encoding="utf-8"))["version"] == 3


def test_keeping_neither_is_recorded_survives_a_reload_and_undoes(library):
    d, change = _adjudicate(library, 1, NEITHER)  # 整改 40-60, coded by 乙 only
    assert change.after == {}  # no passage kept …
    (decision,) = library.decisions()  # … but the decision is
    assert (decision.choice, decision.coders, decision.consensus, decision.author) == (
        NEITHER,
        ("甲", "乙"),
        "共识",
        "王老师",
    )
    assert (decision.start, decision.end) == (d.start, d.end) and decision.exact
    assert settled(d, [], library.decisions())
    library.save()
    written = json.loads(library.sidecar_location.read_text(encoding="utf-8"))
    assert written["version"] == 4 and written["decisions"][0]["choice"] == "neither"
    fileformat.loads(library.sidecar_location.read_bytes())  # schema and rules hold
    reread = Library(library.root)
    assert [(x.id, x.choice) for x in reread.decisions()] == [(decision.id, NEITHER)]
    library.apply(change, undo=True)
    assert library.decisions() == [] and decision.id in library.snapshot().deleted_decisions


def test_deciding_again_replaces_the_decision_and_undo_brings_it_back(library):
    _adjudicate(library, 1, NEITHER)
    (before,) = library.decisions()
    _d, second = _adjudicate(library, 1, SECOND)  # changing one's mind
    (after,) = library.decisions()
    assert after.id == before.id and after.choice == SECOND and after.created == before.created
    library.apply(second, undo=True)
    assert [x.choice for x in library.decisions()] == [NEITHER]
    _adjudicate(library, 0, FIRST)  # another disagreement: a decision of its own
    assert sorted(x.choice for x in library.decisions()) == [FIRST, NEITHER]


def test_decisions_merge_by_id_newest_wins_and_a_withdrawal_holds(library):
    old = library.snapshot()  # the file as another coder still has it
    _adjudicate(library, 1, NEITHER)
    ours = library.snapshot()
    merged = merge(old, ours)
    assert [x.choice for x in merged.decisions.values()] == [NEITHER]
    assert [x.choice for x in merge(ours, old).decisions.values()] == [NEITHER]
    (decision,) = ours.decisions.values()
    later = replace(decision, choice=FIRST, modified="2099-01-01T00:00:00Z")
    theirs = replace(ours, decisions={decision.id: later})
    assert merge(ours, theirs).decisions[decision.id].choice == FIRST
    withdrawn = replace(ours, decisions={}, deleted_decisions={decision.id: "2099-01-01T00:00:00Z"})
    assert merge(ours, withdrawn).decisions == {}
    assert merge(withdrawn, ours).decisions == {}


def test_the_file_refuses_decisions_where_they_cannot_be(library):
    _adjudicate(library, 1, NEITHER)
    library.save()
    raw = library.sidecar_location.read_text(encoding="utf-8")
    as_three = raw.replace('"version": 4', '"version": 3', 1)
    with pytest.raises(SidecarError, match="version 3"):
        fileformat.loads(as_three.encode("utf-8"))
    data = json.loads(raw)
    data["decisions"][0]["choice"] = "maybe"
    with pytest.raises(SidecarError):
        fileformat.loads(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    data = json.loads(raw)
    data["decisions"].append(data["decisions"][0])
    with pytest.raises(SidecarError, match="twice"):
        fileformat.loads(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    newer = raw.replace('"version": 4', '"version": 5', 1)
    with pytest.raises(SidecarError) as caught:
        fileformat.loads(newer.encode("utf-8"))
    assert caught.value.code == "newer"


def test_the_decisions_are_reported_in_both_languages(library):
    _adjudicate(library, 1, NEITHER)
    _adjudicate(library, 0, FIRST)
    english = decisions_text(library.decisions(), "en")
    assert english.splitlines()[0].startswith("2 adjudication decisions")
    assert "甲 × 乙 → 共识: kept neither\t王老师" in english
    assert "kept 甲's" in english and "kept neither: 1" in english
    assert "两者都不保留" in decisions_text(library.decisions(), "zh")
