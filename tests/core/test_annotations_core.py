"""Annotations, the sidecar file, merging and re-anchoring (no Qt)."""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.annotations.anchoring import ATTACHED, MOVED, ORPHANED, TextMap, reanchor
from reader.core.annotations.fileformat import dumps, loads, schema
from reader.core.annotations.merge import merge
from reader.core.annotations.model import Sidecar, SidecarError, Tag, make_annotation
from reader.core.annotations.store import FILE_NAME, SidecarStore
from reader.core.reading.document import text_fingerprint
from reader.core.text.wordlists import WordList

TEXT = "第一段：主题教育全面展开。\n第二段：𠀀专项整治扎实推进。\n第三段：检视问题，整改落实。"


def annotate(text: str, passage: str, tags: list[str] | None = None, note: str = "", occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    return make_annotation(
        "r.txt", text_fingerprint(text), text, start, start + len(passage), tags or [], note, "甲"
    )


def valid(sidecar: Sidecar) -> dict:
    data = json.loads(dumps(sidecar))
    jsonschema.validate(data, schema())
    return data


# -- the model and the file ------------------------------------------------------------------------
def test_annotation_quotes_with_context_and_counts_code_points() -> None:
    ann = annotate(TEXT, "专项整治", ["整改 / 专项整治 ", "整改/专项整治"], "笔记")
    assert TEXT[ann.start : ann.end] == "专项整治"
    assert ann.quote.exact == "专项整治"
    assert ann.quote.prefix == TEXT[max(0, ann.start - 32) : ann.start]
    assert ann.quote.prefix.endswith("第二段：𠀀")
    assert ann.quote.suffix == "扎实推进。\n第三段：检视问题，整改落实。"
    assert ann.tags == ["整改/专项整治"]
    assert (ann.created == ann.modified and "+" in ann.created) or ann.created.endswith("Z")
    uuid.UUID(ann.id)


def test_sidecar_round_trip_is_readable_and_valid() -> None:
    sidecar = Sidecar(tags=[Tag("整改/专项整治", "#e0533d", "整改措施")], dictionary=["主题教育"])
    sidecar.wordlists.append(WordList("领导", "#3d7ae0", ["骆惠宁"]))
    ann = annotate(TEXT, "主题教育", ["整改/专项整治"], "第一行\n第二行")
    sidecar.annotations[ann.id] = ann
    sidecar.texts[ann.fingerprint] = TEXT
    raw = dumps(sidecar)
    assert "主题教育" in raw.decode("utf-8") and "\\u" not in raw.decode("utf-8").replace("\\n", "")
    data = valid(sidecar)
    assert list(data) == [
        "format",
        "version",
        "tags",
        "wordlists",
        "dictionary",
        "dictionaryTimes",
        "annotations",
        "deleted",
        "deletedTags",
        "deletedWordlists",
        "deletedWords",
        "memos",
        "deletedMemos",
        "variables",
        "deletedVariables",
        "values",
        "texts",
    ]
    assert loads(raw) == sidecar
    assert dumps(loads(raw)) == raw  # stable: writing again changes nothing


def test_text_of_a_fingerprint_nobody_uses_is_not_kept() -> None:
    sidecar = Sidecar(texts={"0123456789abcdef": "旧文本"})
    assert valid(sidecar)["texts"] == {}


# -- corrupt and odd files --------------------------------------------------------------------------
def _good_json() -> dict:
    sidecar = Sidecar(tags=[Tag("甲")])
    ann = annotate(TEXT, "主题教育", ["甲"])
    sidecar.annotations[ann.id] = ann
    sidecar.texts[ann.fingerprint] = TEXT
    return json.loads(dumps(sidecar))


def _with(change) -> bytes:
    data = _good_json()
    change(data)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _set(path: str, value: object):
    def change(data: dict) -> None:
        target = data
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if key.isdigit() else target[key]
        last = keys[-1]
        if value is KeyError:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return change


GOOD = json.dumps(_good_json(), ensure_ascii=False).encode("utf-8")
CORRUPT = {
    "zero-bytes": b"",
    "truncated": GOOD[: len(GOOD) // 2],
    "nul-padded": GOOD + b"\x00" * 512,
    "only-nuls": b"\x00" * 4096,
    "invalid-utf8": GOOD.replace("主题".encode(), b"\xff\xfe", 1),
    "utf16": GOOD.decode("utf-8").encode("utf-16"),
    "not-an-object": b"[1, 2, 3]",
    "plain-text": "这不是 JSON".encode(),
    "another-format": b'{"format": "something-else", "version": 1}',
    "duplicate-keys": GOOD.replace(b'"version": 3', b'"version": 3, "version": 3', 1),
    "deep-nesting": b'{"format": "report-reader-annotations", "version": 1, "x": '
    + b"[" * 100000
    + b"]" * 100000
    + b"}",
    "huge-number": GOOD.replace(b'"version": 3', b'"version": 3' + b"0" * 5000, 1),
    "huge-offset": _with(_set("annotations.0.target.end", 10**30)),
    "nan": _with(_set("annotations.0.target.start", 0)).replace(b'"start": 0', b'"start": NaN', 1),
    "lone-surrogate": _with(_set("annotations.0.note", "x")).replace(b'"note": "x"', b'"note": "\\ud800"', 1),
    "future-version": _with(_set("version", 5)),  # this version reads up to 4
    "missing-annotations": _with(_set("annotations", KeyError)),
    "missing-quote": _with(_set("annotations.0.target.quote", KeyError)),
    "missing-id": _with(_set("annotations.0.id", KeyError)),
    "bad-uuid": _with(_set("annotations.0.id", "not-a-uuid")),
    "negative-offset": _with(_set("annotations.0.target.start", -5)),
    "start-after-end": _with(_set("annotations.0.target.start", 9)),
    "end-past-text": _with(_set("annotations.0.target.end", 5000)),
    "wrong-types": _with(_set("annotations.0.tags", "甲")),
    "bad-colour": _with(_set("tags.0.colour", "red")),
    "bad-date": _with(_set("annotations.0.modified", "2019-02-30T10:00:00+08:00")),
    "no-offset-in-date": _with(_set("annotations.0.created", "2019-02-03T10:00:00")),
    "extra-field": _with(_set("surprise", True)),
    "damaged-text": _with(lambda d: d["texts"].update({next(iter(d["texts"])): "!!!not base64!!!"})),
    "duplicate-id": _with(lambda d: d["annotations"].append(d["annotations"][0])),
    "empty-tag-name": _with(_set("tags.0.name", "")),
}


def test_there_are_at_least_25_corrupt_fixtures() -> None:
    assert len(CORRUPT) >= 25


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_corrupt_sidecar_opens_read_only_and_is_never_touched(tmp_path: Path, name: str) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(CORRUPT[name])
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    assert store.read_only
    reason = store.error.reason()
    assert reason.endswith(".") and "Traceback" not in reason and len(reason) < 300
    assert sidecar.annotations == {}
    with pytest.raises(SidecarError):
        store.save(Sidecar(tags=[Tag("新")]))
    assert path.read_bytes() == CORRUPT[name]
    assert not store.backup_folder.exists()


def test_newer_version_says_so(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(CORRUPT["future-version"])
    store = SidecarStore(tmp_path)
    store.load()
    assert "newer version" in store.error.reason()


# -- the store ----------------------------------------------------------------------------------------
def test_save_load_and_rotating_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.annotations import store as sidecar_module

    monkeypatch.setattr(sidecar_module, "BACKUP_INTERVAL_SECONDS", 0)
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    for i in range(8):
        ann = annotate(TEXT, "主题教育", [f"标签{i}"])
        sidecar.annotations[ann.id] = ann
        sidecar = store.save(sidecar)
        jsonschema.validate(json.loads((tmp_path / FILE_NAME).read_bytes()), schema())
    assert len(SidecarStore(tmp_path).load().annotations) == 8
    last, *rotating = store.backups()
    assert last.name == sidecar_module.LAST_SAVED and last.read_bytes() == (tmp_path / FILE_NAME).read_bytes()
    assert 1 <= len(rotating) <= sidecar_module.BACKUPS_KEPT
    assert len(loads(rotating[0].read_bytes()).annotations) == 7  # the version before the last save


def test_a_file_damaged_right_after_saving_is_restored_without_loss(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    for tag in ("甲", "乙", "丙"):  # saved within seconds: one rotating backup at most
        ann = annotate(TEXT, "主题教育", [tag])
        sidecar.annotations[ann.id] = ann
        sidecar = store.save(sidecar)
    (tmp_path / FILE_NAME).write_bytes(b"")  # a sync tool truncates it
    broken = SidecarStore(tmp_path)
    broken.load()
    assert broken.read_only
    restored = broken.restore_backup(broken.newest_good_backup())
    assert sorted(t for a in restored.annotations.values() for t in a.tags) == ["丙", "乙", "甲"]


def test_restore_newest_good_backup_keeps_the_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.annotations import store as sidecar_module

    monkeypatch.setattr(sidecar_module, "BACKUP_INTERVAL_SECONDS", 0)
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    for tag in ("甲", "乙"):
        ann = annotate(TEXT, "主题教育", [tag])
        sidecar.annotations[ann.id] = ann
        sidecar = store.save(sidecar)
    (tmp_path / FILE_NAME).write_bytes(b'{"format": "report-reader-annotations", "vers')
    broken = SidecarStore(tmp_path)
    broken.load()
    assert broken.read_only
    backup = broken.newest_good_backup()
    restored = broken.restore_backup(backup)
    assert len(restored.annotations) == 2 and not broken.read_only  # the last saved copy
    damaged = list(tmp_path.glob("reader-annotations.damaged-*.json"))
    assert [p.read_bytes() for p in damaged] == [b'{"format": "report-reader-annotations", "vers']


def test_changes_on_disk_are_merged_not_overwritten(tmp_path: Path) -> None:
    first, second = SidecarStore(tmp_path), SidecarStore(tmp_path)
    mine, theirs = first.load(), second.load()
    a = annotate(TEXT, "主题教育", ["甲"])
    mine.annotations[a.id] = a
    mine = first.save(mine)
    b = annotate(TEXT, "专项整治", ["乙"])
    theirs.annotations[b.id] = b
    assert second.changed_on_disk()
    written = second.save(theirs)  # second never read a; it must not lose it
    assert set(written.annotations) == {a.id, b.id}
    assert set(SidecarStore(tmp_path).load().annotations) == {a.id, b.id}


# -- merging ------------------------------------------------------------------------------------------
def _edit(ann, note: str, when: str):
    import copy

    changed = copy.deepcopy(ann)
    changed.note = note
    changed.modified = when
    return changed


def test_newest_edit_wins_and_deletions_stay_deleted() -> None:
    a = annotate(TEXT, "主题教育")
    old = _edit(a, "旧", "2024-01-01T10:00:00+08:00")
    new = _edit(a, "新", "2024-01-01T03:00:01+00:00")  # one second later, another offset
    assert (
        merge(Sidecar(annotations={a.id: old}), Sidecar(annotations={a.id: new})).annotations[a.id].note
        == "新"
    )
    assert (
        merge(Sidecar(annotations={a.id: new}), Sidecar(annotations={a.id: old})).annotations[a.id].note
        == "新"
    )
    deleted = Sidecar(deleted={a.id: "2024-01-02T00:00:00+08:00"})
    assert a.id not in merge(deleted, Sidecar(annotations={a.id: new})).annotations
    assert a.id not in merge(Sidecar(annotations={a.id: new}), deleted).annotations
    later = _edit(a, "删除之后又改", "2024-01-03T00:00:00+08:00")
    assert merge(deleted, Sidecar(annotations={a.id: later})).annotations[a.id].note == "删除之后又改"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3), st.integers(0, 50), st.booleans()), max_size=30)
)
def test_merge_is_order_independent_and_idempotent(events: list[tuple[int, int, int, bool]]) -> None:
    base = [annotate(TEXT, "主题教育") for _ in range(6)]
    sides = [Sidecar(), Sidecar()]
    for index, side, minute, delete in events:
        when = f"2024-01-01T10:{minute:02d}:00+08:00"
        target = sides[side % 2]
        if delete:
            target.deleted[base[index].id] = when
            target.annotations.pop(base[index].id, None)
        else:
            target.annotations[base[index].id] = _edit(base[index], f"{side}-{minute}", when)
    ab, ba = merge(sides[0], sides[1]), merge(sides[1], sides[0])
    assert {k: (v.note, v.modified) for k, v in ab.annotations.items()} == {
        k: (v.note, v.modified) for k, v in ba.annotations.items()
    }
    assert merge(ab, ab).annotations == ab.annotations
    assert merge(ab, sides[0]).annotations == ab.annotations


# -- re-anchoring -------------------------------------------------------------------------------------
def test_unchanged_text_is_attached() -> None:
    ann = annotate(TEXT, "专项整治")
    assert reanchor(ann, TEXT, TextMap(TEXT, TEXT)) == reanchor(ann, TEXT)
    assert reanchor(ann, TEXT).status == ATTACHED


def test_text_inserted_before_moves_the_passage() -> None:
    ann = annotate(TEXT, "专项整治")
    new = "新加的一段话，带𠀀字。\n" + TEXT
    anchor = reanchor(ann, new, TextMap(TEXT, new))
    assert anchor.status == MOVED and new[anchor.start : anchor.end] == "专项整治"


def test_deleted_passage_is_orphaned() -> None:
    ann = annotate(TEXT, "专项整治")
    new = TEXT.replace("第二段：𠀀专项整治扎实推进。\n", "")
    assert reanchor(ann, new, TextMap(TEXT, new)).status == ORPHANED


def test_duplicated_paragraph_does_not_capture_the_annotation() -> None:
    paragraphs = TEXT.split("\n")
    ann = annotate(TEXT, "检视问题")  # in the third paragraph
    new = "\n".join([paragraphs[2], paragraphs[0], paragraphs[1], paragraphs[2]])  # a copy moved to the top
    anchor = reanchor(ann, new, TextMap(TEXT, new))
    assert anchor.start == new.rindex("检视问题")  # the original, still after the second paragraph


def test_copies_the_context_cannot_tell_apart_are_orphaned_not_guessed() -> None:
    text = "甲。\n同样的一句话。\n乙。"
    ann = annotate(text, "同样的一句话")
    new = "同样的一句话。\n同样的一句话。"
    assert reanchor(ann, new).status == ORPHANED  # no old text, identical context


def test_small_edit_inside_the_passage_is_found_fuzzily() -> None:
    ann = annotate(TEXT, "检视问题，整改落实")
    new = TEXT.replace("检视问题，整改落实", "检视问题、整改落实")
    anchor = reanchor(ann, new, TextMap(TEXT, new))
    assert anchor.status == MOVED
    assert new[anchor.start : anchor.end] == "检视问题、整改落实"


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_unrelated_edits_never_move_an_annotation_to_other_text(data: st.DataObject) -> None:
    rng = random.Random(data.draw(st.integers(0, 10**6)))
    paragraphs = [
        f"第{i}段，{rng.choice(['主题教育', '专项整治', '整改落实'])}的第{i}项内容。" for i in range(12)
    ]
    text = "\n".join(paragraphs)
    target = rng.randrange(12)
    ann = annotate(text, paragraphs[target])
    new_paragraphs = list(paragraphs)
    insert_at = rng.randrange(13)
    new_paragraphs.insert(insert_at, "𠀀新插入的无关段落。")
    new = "\n".join(new_paragraphs)
    anchor = reanchor(ann, new, TextMap(text, new))
    assert anchor.status in (ATTACHED, MOVED)
    assert new[anchor.start : anchor.end] == paragraphs[target]


def test_a_removed_passage_is_not_fuzzily_attached_to_a_shared_phrase() -> None:
    text = "省委副书记、省长楼阳生主持会议。省委副书记林武，省政协主席李佳出席会议。"
    ann = annotate(text, "省委副书记林武")
    new = text.replace("省委副书记林武，", "")
    assert reanchor(ann, new, TextMap(text, new)).status == ORPHANED


def test_a_paragraph_moved_and_edited_is_followed() -> None:
    paragraphs = [f"第{i}段：会议强调要把第{i}项整改任务落到实处，并按期报告进展情况。" for i in range(6)]
    text = "\n".join(paragraphs)
    ann = annotate(text, "第2项整改任务")
    moved = paragraphs[2].replace("会议强调", "会议明确强调")
    new = "\n".join([paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4], moved, paragraphs[5]])
    anchor = reanchor(ann, new, TextMap(text, new))
    assert anchor.status == MOVED
    assert anchor.start == new.index("第2项整改任务")


def test_a_like_paragraph_of_another_meeting_is_not_taken_for_a_moved_one() -> None:
    text = "开头。\n会议指出，市委书记陈敏尔要求抓好第二批主题教育。\n结尾。"
    ann = annotate(text, "市委书记陈敏尔")
    new = "开头。\n结尾。\n会议指出，省委书记孙志刚要求抓好第二批主题教育。"
    assert reanchor(ann, new, TextMap(text, new)).status == ORPHANED


def test_a_paragraph_edited_in_place_keeps_its_passage_over_an_unchanged_copy_elsewhere() -> None:
    paragraphs = [f"第{i}段：会议强调要把第{i}项整改任务落到实处，并按期报告进展情况。" for i in range(6)]
    paragraphs[2] = "各地召开专题会议，研究部署专项整治工作，确保整改落实到位。"
    text = "\n".join(paragraphs)
    ann = annotate(text, "研究部署专项整治工作")
    edited = paragraphs[2].replace("确保", "切实确保")
    # Edited where it stands; an unedited copy of it pasted further down.
    new = "\n".join([*paragraphs[:2], edited, *paragraphs[3:5], paragraphs[2], paragraphs[5]])
    anchor = reanchor(ann, new, TextMap(text, new))
    assert anchor.status == MOVED
    assert anchor.start == new.index("研究部署专项整治工作")  # the edited one, in its place


def test_a_template_paragraph_put_in_place_of_a_deleted_one_does_not_take_its_passages() -> None:
    shanxi = (
        "2019年9月10日，山西召开“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议。"
        "省委书记骆惠宁指出，要深入学习贯彻习近平总书记关于主题教育一系列重要指示精神，"
        "以高度的政治责任感和使命感，巩固深化第一批主题教育成果。"
    )
    guizhou = (
        "9月8日，贵州召开“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议。"
        "省委书记孙志刚指出，要深入学习贯彻习近平总书记关于主题教育一系列重要指示精神，"
        "高标准高质量推动第二批主题教育。"
    )
    text = "\n".join(["开头一段。", shanxi, "结尾一段。"])
    ann = annotate(text, "第一批总结暨第二批部署会议")
    new = "\n".join(["开头一段。", guizhou, "结尾一段。"])  # 70% alike, dozens of characters apart
    assert reanchor(ann, new, TextMap(text, new)).status == ORPHANED


def test_two_identical_edited_copies_are_told_apart_by_their_neighbours() -> None:
    paragraphs = [f"第{i}段：会议强调要把第{i}项整改任务落到实处，并按期报告进展情况。" for i in range(6)]
    text = "\n".join(paragraphs)
    ann = annotate(text, "第3项整改任务")
    edited = paragraphs[3].replace("会议强调", "会议再次强调")
    # Old 3 and 4 become: the edited paragraph, a new one, the edited paragraph again. The
    # first copy still stands after old 2, as the original did.
    new = "\n".join([*paragraphs[:3], edited, "新增的一段。", edited, paragraphs[5]])
    anchor = reanchor(ann, new, TextMap(text, new))
    assert anchor.status == MOVED
    assert anchor.start == new.index("第3项整改任务")


def test_a_passage_edited_away_is_not_taken_for_the_same_sentence_in_another_paragraph() -> None:
    sentence = "引导基层党员干部自觉增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
    text = "\n".join(
        [
            "开展第二批主题教育，" + sentence + "各地结合实际推进。",
            "其他段落，与此无关的内容。",
            "围绕主题主线，不走神散光，" + sentence,
        ]
    )
    ann = annotate(text, "引导基层党")  # in the first paragraph
    new = text.replace("开展第二批主题教育，引导基", "开展第二批主题教育，", 1)  # the passage edited away
    assert reanchor(ann, new, TextMap(text, new)).status == ORPHANED  # not the third paragraph's copy


def test_an_edited_passage_is_found_where_it_stood_not_at_the_same_words_elsewhere() -> None:
    text = "开头。\n要开展好第二批主题教育，各地要开展好第二批工作部署。"
    at = text.rindex("开展好第二批")
    ann = make_annotation("r.txt", text_fingerprint(text), text, at, at + 6, [], "", "")
    new = text[:at] + "开展同时好第二批" + text[at + 6 :]  # the passage itself was edited
    anchor = reanchor(ann, new, TextMap(text, new))
    assert anchor.status == MOVED
    assert anchor.start > new.index("开展好第二批")  # not the untouched first copy
    assert "好第二批" in new[anchor.start : anchor.end]


def test_a_file_this_app_wrote_skips_the_slow_schema_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.annotations import fileformat as annotations_module

    store = SidecarStore(tmp_path)
    sidecar = store.load()
    ann = annotate(TEXT, "主题教育", ["甲"])
    sidecar.annotations[ann.id] = ann
    store.save(sidecar)
    calls = []
    real = annotations_module._validate_schema
    monkeypatch.setattr(annotations_module, "_validate_schema", lambda data: calls.append(1) or real(data))
    assert ann.id in SidecarStore(tmp_path).load().annotations
    assert calls == []  # the exact bytes we wrote
    # Edited by someone else (still valid JSON, but a colour the schema refuses): checked again.
    path = tmp_path / FILE_NAME
    path.write_bytes(path.read_bytes().replace(b'"colour": null', b'"colour": "red"'))
    store = SidecarStore(tmp_path)
    store.load()
    assert calls == [1]
    assert store.read_only and "colour" in store.error.reason()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["主题教育", "专项整治", "检视问题"]), st.text(max_size=20)), max_size=8
    )
)
def test_cached_serialisation_is_exactly_indented_json(items: list[tuple[str, str]]) -> None:
    sidecar = Sidecar(tags=[Tag("甲")])
    for passage, note in items:
        ann = annotate(TEXT, passage, ["甲"], note)
        sidecar.annotations[ann.id] = ann
        sidecar.texts[ann.fingerprint] = TEXT
    for _ in range(2):  # the second time from the fragment cache
        expected = json.dumps(json.loads(dumps(sidecar)), ensure_ascii=False, indent=2) + "\n"
        from reader.core.annotations.fileformat import to_json

        assert (
            dumps(sidecar).decode("utf-8")
            == json.dumps(to_json(sidecar), ensure_ascii=False, indent=2) + "\n"
        )
        assert dumps(sidecar).decode("utf-8") == expected
    if sidecar.annotations:
        first = next(iter(sidecar.annotations.values()))
        first.note += "（改）"
        assert loads(dumps(sidecar)).annotations[first.id].note == first.note  # a change is not served stale


def test_restoring_a_backup_keeps_work_done_before_the_file_was_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.annotations import store as sidecar_module
    from reader.core.library import Library

    monkeypatch.setattr(sidecar_module, "BACKUP_INTERVAL_SECONDS", 0)
    (tmp_path / "r.txt").write_text(
        "r.txt\n<div><span>" + TEXT.replace("\n", "</span></div><div><span>") + "</span></div>",
        encoding="utf-8",
    )
    session = Library(tmp_path)
    report = session.load(session.entries[0])
    for tag in ("甲", "乙"):
        session.apply(session.annotate(report, 0, 3, [tag], "", "甲"))
        session.save()
    session.apply(session.annotate(report, 5, 9, ["丙"], "", "甲"))  # not saved yet
    (tmp_path / FILE_NAME).write_bytes(b"\x00" * 64)  # another program breaks the file
    with pytest.raises(SidecarError):
        session.save()
    assert session.read_only
    assert session.restore_backup(session.newest_good_backup())  # work to save
    assert sorted(t for a in session.annotations() for t in a.tags) == ["丙", "乙", "甲"]
    session.save()
    assert len(SidecarStore(tmp_path).load().annotations) == 3


def test_reasons_for_an_unusable_file_are_given_in_english_or_chinese(tmp_path: Path) -> None:
    from reader.core.export.importer import ImportFailed, read_import
    from reader.core.problems import set_language

    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"format": "report-reader-annotations", "version": 99}')
    with pytest.raises(ImportFailed) as caught:
        read_import(broken)
    assert caught.value.reason("zh").startswith("标注文件由更新版本的报告阅读器写入（")
    assert caught.value.reason("en").startswith("The annotations file was written by a newer version")
    error = SidecarError("not-json", "Expecting value")
    assert error.reason("zh") == "标注文件已损坏：不是有效的 JSON（Expecting value）。"
    assert error.reason("en") == "The annotations file is damaged: it is not valid JSON (Expecting value)."
    set_language("zh")  # what the window does for a Chinese UI
    assert error.reason() == error.reason("zh")
    set_language(None)  # the environment's again (LANGUAGE=en in tests)
    assert error.reason().startswith("The annotations file is damaged")
