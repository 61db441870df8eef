"""Format version 3 of the sidecar: memos, report variables and the origin of
auto-coded annotations; what a hostile file cannot slip in; merging two coders'
work (in the app and through the git merge driver); and migration from a file
written by the previous release (version 2), which keeps every annotation. No Qt."""

from __future__ import annotations

import copy
import json
import shutil
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from reader.core.annotations.auto_origin import AutoOrigin
from reader.core.annotations.fileformat import dumps, loads, schema, to_json
from reader.core.annotations.memos import JOURNAL, REPORT, TAG, make_memo
from reader.core.annotations.merge import merge
from reader.core.annotations.merge_driver import three_way
from reader.core.annotations.model import Sidecar, SidecarError, make_annotation
from reader.core.annotations.report_variables import CHOICE, NUMBER, CsvImport, Value, Variable, VariableError
from reader.core.annotations.store import FILE_NAME
from reader.core.library import Library
from reader.core.reading.document import text_fingerprint
from tests.conftest import SEEDS

TEXT = "第一段：主题教育全面展开。\n第二段：𠀀专项整治扎实推进。"
T1, T2, T3 = "2026-11-26T10:00:00.000+08:00", "2026-11-26T11:00:00.000+08:00", "2026-11-26T12:00:00.000+08:00"
RULE = AutoOrigin(
    "rules",
    "政策工具.txt",
    "政策工具/供给型",
    ("人才培养", "re:科技.{0,4}投入"),
    "sentence",
    "0123456789abcdef",
)
FIXTURE = Path(__file__).parents[1] / "data" / "sidecar-version-2.json"


def full_sidecar() -> Sidecar:
    sidecar = Sidecar()
    annotation = make_annotation("r.txt", text_fingerprint(TEXT), TEXT, 4, 8, ["甲"], "", "甲")
    annotation.auto = RULE
    sidecar.annotations[annotation.id] = annotation
    sidecar.texts[annotation.fingerprint] = TEXT
    for memo in (
        make_memo(REPORT, "r.txt", "读后", "第一段\n\t第二段 𠀀", "甲", T1),
        make_memo(TAG, "甲", "", "定义", "乙", T1),
        make_memo(JOURNAL, "", "日志", "", "甲", T2),
    ):
        sidecar.memos[memo.id] = memo
    journal = next(m for m in sidecar.memos.values() if m.kind == JOURNAL)
    sidecar.memos[journal.id] = replace(journal, links=(annotation.id,))
    sidecar.deleted_memos["0f6f4b1e-0000-4000-8000-000000000000"] = T2
    book = sidecar.casebook
    book.variables = [Variable("地区", CHOICE, ("华北", "华东")), Variable("人数", NUMBER)]
    book.times = {"地区": T1}
    book.deleted = {"旧变量": T2}
    book.values = {("r.txt", "地区"): Value("华北", T1), ("r.txt", "人数"): Value("", T2)}
    return sidecar


def test_memos_variables_and_origins_round_trip_and_match_the_schema() -> None:
    sidecar = full_sidecar()
    raw = dumps(sidecar)
    data = json.loads(raw)
    jsonschema.validate(data, schema())
    assert data["version"] == 3
    assert raw == (json.dumps(to_json(sidecar), ensure_ascii=False, indent=2) + "\n").encode()
    again = loads(raw)
    assert again.memos == sidecar.memos and again.deleted_memos == sidecar.deleted_memos
    assert again.casebook == sidecar.casebook
    (annotation,) = again.annotations.values()
    assert annotation.auto == RULE


def test_a_hand_coded_annotation_has_no_auto_key() -> None:
    sidecar = full_sidecar()
    for annotation in sidecar.annotations.values():
        annotation.auto = None
    data = json.loads(dumps(sidecar))
    assert all("auto" not in a for a in data["annotations"])


def hostile(edit) -> bytes:
    data = json.loads(dumps(full_sidecar()))
    edit(data)
    return json.dumps(data, ensure_ascii=False).encode()


def memo_of(data: dict, kind: str) -> dict:
    return next(m for m in data["memos"] if m["kind"] == kind)


HOSTILE = {
    "journal about a report": lambda d: memo_of(d, JOURNAL).update(about="r.txt"),
    "report memo about nothing": lambda d: memo_of(d, REPORT).update(about=""),
    "unknown memo kind": lambda d: memo_of(d, REPORT).update(kind="folder"),
    "NUL in a memo": lambda d: memo_of(d, REPORT).update(text="a\u0000b"),
    "two-line title": lambda d: memo_of(d, REPORT).update(title="a\nb"),
    "huge title": lambda d: memo_of(d, REPORT).update(title="长" * 201),
    "link not an id": lambda d: memo_of(d, JOURNAL).update(links=["../../etc/passwd"]),
    "impossible memo date": lambda d: memo_of(d, TAG).update(modified="2026-02-30T10:00:00+08:00"),
    "memo twice": lambda d: d["memos"].append(dict(d["memos"][0])),
    "extra memo key": lambda d: memo_of(d, TAG).update(html="<b>"),
    "builtin variable name": lambda d: d["variables"].append({"name": "year", "type": "text"}),
    "variable twice": lambda d: d["variables"].append({"name": "人数", "type": "text"}),
    "choice without choices": lambda d: d["variables"][0].pop("choices"),
    "text with choices": lambda d: d["variables"][1].update(choices=["a"]),
    "unknown type": lambda d: d["variables"][1].update(type="colour"),
    "value with a line break": lambda d: d["values"][0].update(value="华\n北"),
    "value twice": lambda d: d["values"].append(dict(d["values"][0])),
    "value of no report": lambda d: d["values"][0].update(report=""),
    "auto with a bad unit": lambda d: d["annotations"][0]["auto"].update(unit="chapter"),
    "auto with an extra key": lambda d: d["annotations"][0]["auto"].update(script="x"),
    "auto tag with a line break": lambda d: d["annotations"][0]["auto"].update(tag="a\nb"),
    "auto digest not hex": lambda d: d["annotations"][0]["auto"].update(digest="zz"),
    "memos in version 2": lambda d: d.update(version=2),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_refused_with_a_reason_and_never_written_over(name: str, tmp_path: Path) -> None:
    raw = hostile(HOSTILE[name])
    with pytest.raises(SidecarError) as caught:
        loads(raw)
    assert caught.value.code in ("invalid", "damaged") and caught.value.reason("zh")
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(SEEDS / "001_964562f518f6e3ff.txt", library)
    (library / FILE_NAME).write_bytes(raw)
    session = Library(library)
    assert session.read_only_reason is not None
    with pytest.raises(SidecarError):
        session.add_memo(JOURNAL, "", "新", "", "甲")
    assert (library / FILE_NAME).read_bytes() == raw


def test_two_coders_memos_variables_and_origins_merge_newest_winning() -> None:
    ours, theirs = full_sidecar(), Sidecar()
    report_memo = next(m for m in ours.memos.values() if m.kind == REPORT)
    theirs.memos[report_memo.id] = replace(report_memo, text="他们后来改的", modified=T3)
    theirs.casebook.variables = [Variable("人数", NUMBER)]
    theirs.casebook.values = {("r.txt", "人数"): Value("12", T3), ("r.txt", "地区"): Value("华东", T1)}
    merged = merge(ours, theirs)
    assert merged.memos[report_memo.id].text == "他们后来改的" and len(merged.memos) == 3
    assert merged.casebook.table() == {"r.txt": {"地区": "华北", "人数": "12"}}
    assert next(iter(merged.annotations.values())).auto == RULE
    theirs.deleted_memos[report_memo.id] = T3
    del theirs.memos[report_memo.id]
    assert report_memo.id not in merge(ours, theirs).memos


def test_the_merge_driver_keeps_both_sides_memos_and_values_and_drops_what_one_side_removed() -> None:
    base = full_sidecar()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    tag_memo = next(m for m in base.memos.values() if m.kind == TAG)
    del ours.memos[tag_memo.id]  # removed by hand, without a tombstone
    mine = make_memo(JOURNAL, "", "我的", "", "甲", T3)
    ours.memos[mine.id] = mine
    theirs.casebook.values[("s.txt", "人数")] = Value("7", T3)
    merged = three_way(base, ours, theirs)
    assert tag_memo.id not in merged.memos and mine.id in merged.memos
    assert merged.casebook.table()["s.txt"] == {"人数": "7"}
    jsonschema.validate(json.loads(dumps(merged)), schema())


def test_a_file_written_by_the_previous_release_keeps_every_annotation(tmp_path: Path) -> None:
    """tests/data/sidecar-version-2.json was written by the release before version 3."""
    library = tmp_path / "lib"
    library.mkdir()
    for name in ("001_964562f518f6e3ff.txt", "002_6d946ca4620bde1b.txt"):
        shutil.copy(SEEDS / name, library)
    shutil.copy(FIXTURE, library / FILE_NAME)
    old = json.loads(FIXTURE.read_bytes())
    session = Library(library)
    assert session.read_only_reason is None and len(session.snapshot().annotations) == 4
    assert session.snapshot().memos == {} and session.snapshot().casebook.variables == []
    session.apply(session.add_memo(JOURNAL, "", "迁移后第一条", "", "甲"))
    session.save()
    new = json.loads((library / FILE_NAME).read_bytes())
    jsonschema.validate(new, schema())
    assert new["version"] == 3 and len(new["memos"]) == 1
    for key in ("annotations", "deleted", "tags", "wordlists", "dictionary", "deletedTags", "texts"):
        assert new[key] == old[key], key


def test_memo_operations_are_changes_undone_as_one(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(SEEDS / "001_964562f518f6e3ff.txt", library)
    session = Library(library)
    added = session.add_memo(REPORT, "001_964562f518f6e3ff.txt", "初读", "", "甲")
    assert session.snapshot().memos == {}  # nothing until applied
    session.apply(added)
    (memo_id,) = session.snapshot().memos
    edit = session.edit_memo(memo_id, text="第一段\n第二段")
    session.apply(edit)
    assert session.snapshot().memos[memo_id].text == "第一段\n第二段"
    session.apply(edit, undo=True)
    assert session.snapshot().memos[memo_id].text == ""
    gone = session.delete_memo(memo_id)
    session.apply(gone)
    assert memo_id not in session.snapshot().memos and memo_id in session.snapshot().deleted_memos
    session.apply(gone, undo=True)
    session.save()
    assert Library(library).snapshot().memos[memo_id].title == "初读"


def test_variable_operations_keep_values_through_rename_delete_and_undo(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(SEEDS / "001_964562f518f6e3ff.txt", library)
    session = Library(library)
    report = "001_964562f518f6e3ff.txt"
    session.apply(session.define_variable(Variable("人数", NUMBER)))
    session.apply(session.set_values([(report, "人数", "１２")]))
    assert session.casebook.table() == {report: {"人数": "12"}}
    with pytest.raises(VariableError):
        session.define_variable(Variable("人数", CHOICE, ("多", "少")), replacing="人数")
    rename = session.define_variable(Variable("参会人数", NUMBER), replacing="人数")
    session.apply(rename)
    assert session.casebook.table() == {report: {"参会人数": "12"}}
    session.apply(rename, undo=True)
    assert session.casebook.table() == {report: {"人数": "12"}}
    delete = session.delete_variable("人数")
    session.apply(delete)
    assert session.casebook.table() == {} and "人数" in session.casebook.deleted
    session.apply(delete, undo=True)
    assert session.casebook.table() == {report: {"人数": "12"}}
    imported = CsvImport([Variable("地区")], [(report, "地区", "华北"), (report, "人数", "3")])
    session.apply(session.import_variables(imported))
    session.save()
    assert Library(library).casebook.table() == {report: {"人数": "3", "地区": "华北"}}
