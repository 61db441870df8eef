"""Annotating in the window: tag a selection, see it, edit, undo, codebook, sidebar,
read-only sidecars."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTreeWidget

from reader.core.annotations.fileformat import schema
from reader.core.annotations.store import FILE_NAME
from reader.gui.main_window import MainWindow
from reader.gui.widgets.annotation_widgets import AnnotationDialog, split_tags
from tests.conftest import SEEDS
from tests.gui.gui_helpers import open_window, select_report, wait_idle


def select_text(window: MainWindow, passage: str, occurrence: int = 0) -> tuple[int, int]:
    text = window.reader_view.report.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    window.reader_view.select_range(start, start + len(passage))
    return start, start + len(passage)


def saved(library: Path) -> dict:
    data = json.loads((library / FILE_NAME).read_bytes())
    jsonschema.validate(data, schema())  # every file the app writes is valid
    return data


def test_tag_a_selection_through_the_action(qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    start, end = select_text(window, "专项整治")

    def fake_exec(dialog: AnnotationDialog) -> int:
        dialog.tags_edit.setText("整改/专项整治，领导")
        dialog.note_edit.setPlainText("第一行\n第二行")
        return 1

    monkeypatch.setattr(AnnotationDialog, "exec", fake_exec)
    window.findChild(QAction, "actionTagSelection").trigger()
    window.save_annotations()

    data = saved(seeds_copy)
    (annotation,) = data["annotations"]
    assert annotation["report"]["path"] == "001_964562f518f6e3ff.txt"
    assert (annotation["target"]["start"], annotation["target"]["end"]) == (start, end)
    assert annotation["target"]["quote"]["exact"] == "专项整治"
    assert annotation["tags"] == ["整改/专项整治", "领导"]
    assert annotation["note"] == "第一行\n第二行"
    assert {t["name"] for t in data["tags"]} == {"整改/专项整治", "领导"}
    # Shown: underlay in the text, a row in the panel, counts in the sidebar and codebook.
    assert (start, end) in window.reader_view.highlighted_ranges()["background"]
    panel = window.findChild(QTreeWidget, "annotationList")
    assert panel.topLevelItem(0).text(1) == "整改/专项整治、领导"
    row = window.proxy.mapFromSource(window.model.index_for_path("001_964562f518f6e3ff.txt"))
    assert row.siblingAtColumn(3).data() == "1"


def test_annotate_selection_contract_undo_and_redo(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    select_text(window, "主题教育")
    ann_id = window.annotate_selection(["甲"], "笔记")
    assert ann_id in window.session.snapshot().annotations
    window.findChild(QAction, "actionUndo").trigger()
    assert ann_id not in window.session.snapshot().annotations
    window.findChild(QAction, "actionRedo").trigger()
    assert window.session.snapshot().annotations[ann_id].note == "笔记"
    window.edit_annotation(ann_id, ["甲", "乙"], "新笔记")
    window.delete_annotation(ann_id)
    assert ann_id not in window.session.snapshot().annotations
    window.action_undo.trigger()  # undo the delete
    assert window.session.snapshot().annotations[ann_id].tags == ["甲", "乙"]
    window.action_undo.trigger()  # undo the edit
    assert window.session.snapshot().annotations[ann_id].note == "笔记"
    window.close()  # saves on quit
    assert [a["note"] for a in saved(seeds_copy)["annotations"]] == ["笔记"]
    assert window.action_undo.shortcut().toString() == "Ctrl+Z"


def test_without_a_selection_nothing_is_annotated(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    window.reader_view.moveCursor(window.reader_view.textCursor().MoveOperation.Start)
    with pytest.raises(ValueError):
        window.annotate_selection(["甲"])
    window.actions.tag_selection.trigger()
    assert window.statusBar().currentMessage() == "Select a passage of the report first."


def test_codebook_rename_merge_delete_and_passages(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    select_text(window, "专项整治")
    first = window.annotate_selection(["整改/专项整治"])
    select_text(window, "骆惠宁")
    second = window.annotate_selection(["领导"])
    select_report(qtbot, window, "004_44db7bec739ae390.txt")
    select_text(window, "整改")
    third = window.annotate_selection(["整改"])

    assert window.session.tag_counts() == {"整改/专项整治": 1, "领导": 1, "整改": 1}
    window.codebook.tags.setCurrentItem(window.codebook.tags.findItems("整改", Qt.MatchFlag.MatchExactly)[0])
    passages = [
        window.codebook.passages.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) for i in range(2)
    ]
    assert set(passages) == {first, third}  # 整改 includes 整改/专项整治

    window.show_annotation(first)  # opens the other report at the passage
    assert window.current_entry.relpath == "001_964562f518f6e3ff.txt"
    assert window.reader_view.selected_text() == "专项整治"

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("整顿", True))
    window.actions.rename_tag.trigger()  # 整改 -> 整顿, with its sub-tag
    assert window.session.snapshot().annotations[first].tags == ["整顿/专项整治"]
    window.action_undo.trigger()
    assert window.session.snapshot().annotations[first].tags == ["整改/专项整治"]

    leader = window.codebook.tags.findItems("领导", Qt.MatchFlag.MatchExactly)[0]
    window.codebook.tags.setCurrentItem(leader)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", lambda *a, **k: ("整改", True))
    window.actions.merge_tag.trigger()
    assert window.session.snapshot().annotations[second].tags == ["整改"]

    window.codebook.tags.setCurrentItem(window.codebook.tags.findItems("整改", Qt.MatchFlag.MatchExactly)[0])
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    window.actions.delete_tag.trigger()
    assert "3 passages" in asked[0]
    assert all(not a.tags for a in window.session.annotations())
    assert len(window.session.annotations()) == 3  # the passages stay annotated


def test_sidebar_filters_by_tag(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, "003_e36e866b072b575a.txt")
    select_text(window, "巴音朝鲁")
    window.annotate_selection(["领导"])
    index = window.tag_filter.findData("领导")
    window.tag_filter.setCurrentIndex(index)
    visible = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert visible == ["吉林省“不忘初心、牢记使命”主题教育工作会议召开"]
    window.tag_filter.setCurrentIndex(0)
    assert window.proxy.rowCount() == 5


def test_bundled_library_annotations_go_to_user_data_and_the_panel_says_so(
    qtbot, isolated_user_data: Path
) -> None:
    window = open_window(qtbot)
    select_text(window, "主题教育")
    window.annotate_selection(["甲"])
    window.save_annotations()
    session = window.session
    assert not session.sidecar_in_library and session.sidecar_location.is_relative_to(
        isolated_user_data / "data"
    )
    assert str(session.sidecar_location) in window.annotation_panel.location.text()
    assert "cannot be written" in window.annotation_panel.location.text()
    assert not (SEEDS / FILE_NAME).exists()
    jsonschema.validate(json.loads(session.sidecar_location.read_bytes()), schema())


def test_a_damaged_sidecar_is_read_only_and_can_be_restored(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.annotations import store as sidecar_module

    monkeypatch.setattr(sidecar_module, "BACKUP_INTERVAL_SECONDS", 0)
    window = open_window(qtbot, seeds_copy)
    select_text(window, "主题教育")
    window.annotate_selection(["甲"])
    window.save_annotations()
    select_text(window, "开展")
    window.annotate_selection(["乙"])
    window.save_annotations()  # the first save is now a backup
    window.close()
    damaged = b'{"format": "report-reader-annotations", "version": 1, "tags": [ BROKEN'
    (seeds_copy / FILE_NAME).write_bytes(damaged)

    again = open_window(qtbot, seeds_copy)
    assert not again.annotation_panel.banner.isHidden()
    assert "read-only" in again.statusBar().currentMessage()
    assert "not valid JSON" in again.annotation_panel.banner.text()
    assert not again.actions.tag_selection.isEnabled()
    assert (seeds_copy / FILE_NAME).read_bytes() == damaged
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again.annotation_panel.restore_button.click()
    assert again.annotation_panel.banner.isHidden()
    assert "read-only" not in again.statusBar().currentMessage()
    # The copy of the last file saved: nothing lost.
    assert sorted(a.tags[0] for a in again.session.annotations()) == ["乙", "甲"]
    assert next(seeds_copy.glob("reader-annotations.damaged-*.json")).read_bytes() == damaged


def test_changes_made_by_another_instance_are_merged(qtbot, seeds_copy: Path) -> None:
    first = open_window(qtbot, seeds_copy)
    select_text(first, "主题教育")
    one = first.annotate_selection(["甲"])
    first.save_annotations()
    second = open_window(qtbot, seeds_copy)
    select_text(second, "开展")
    two = second.annotate_selection(["乙"])
    second.save_annotations()
    qtbot.waitUntil(lambda: two in first.session.snapshot().annotations, timeout=5000)  # the watcher
    select_text(first, "学习")
    three = first.annotate_selection(["丙"])
    first.save_annotations()
    assert {a["id"] for a in saved(seeds_copy)["annotations"]} == {one, two, three}


def test_tags_typed_with_any_separator() -> None:
    assert split_tags("整改/专项整治，领导、 运动;其他\n最后") == [
        "整改/专项整治",
        "领导",
        "运动",
        "其他",
        "最后",
    ]


def test_edited_report_keeps_its_annotations(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, "002_6d946ca4620bde1b.txt")
    select_text(window, "巡回指导组")
    ann_id = window.annotate_selection(["指导"])
    window.close()
    path = seeds_copy / "002_6d946ca4620bde1b.txt"
    raw = path.read_text(encoding="utf-8")
    path.write_text(
        raw.replace("<div><span", "<div><span>新增的第一段。</span></div><div><span", 1), encoding="utf-8"
    )
    again = open_window(qtbot, seeds_copy)
    select_report(qtbot, again, "002_6d946ca4620bde1b.txt")
    again.show_annotation(ann_id)
    assert again.reader_view.selected_text() == "巡回指导组"
    wait_idle(qtbot, again)


def test_author_name_is_recorded_and_remembered(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.annotations.model import default_author

    window = open_window(qtbot, seeds_copy)
    select_text(window, "主题教育")
    first = window.annotate_selection(["甲"])
    assert window.session.snapshot().annotations[first].author == default_author()
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("王研究员", True))
    window.findChild(QAction, "actionSetAuthor").trigger()
    select_text(window, "开展")
    second = window.annotate_selection(["乙"])
    window.close()
    assert {a["id"]: a["author"] for a in saved(seeds_copy)["annotations"]}[second] == "王研究员"
    again = open_window(qtbot, seeds_copy)
    assert again.author == "王研究员"


def test_the_debounced_save_runs_off_the_ui_thread_and_keeps_work_done_meanwhile(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from reader.core.annotations.store import SidecarStore

    window = open_window(qtbot, seeds_copy)
    window.annotation_controller.set_save_delay(10)
    release, threads = threading.Event(), []
    real_save = SidecarStore.save

    def slow_save(store: SidecarStore, sidecar):  # a disk that takes its time (fsync)
        threads.append(threading.current_thread())
        release.wait(10)
        return real_save(store, sidecar)

    monkeypatch.setattr(SidecarStore, "save", slow_save)
    select_text(window, "主题教育")
    first = window.annotate_selection(["甲"])
    qtbot.waitUntil(lambda: window.annotation_controller.saving, timeout=5000)
    # The window is free while the save waits on the disk: the user goes on.
    select_text(window, "开展")
    second = window.annotate_selection(["乙"])
    window.session.apply(window.session.update_annotation(first, note="保存期间写的笔记"))
    assert not (seeds_copy / FILE_NAME).exists()
    release.set()
    qtbot.waitUntil(
        lambda: (seeds_copy / FILE_NAME).exists() and len(saved(seeds_copy)["annotations"]) == 2,
        timeout=10000,
    )
    controller = window.annotation_controller
    qtbot.waitUntil(lambda: not controller.saving and not controller.dirty, timeout=10000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    notes = {a["id"]: a["note"] for a in saved(seeds_copy)["annotations"]}
    assert notes == {first: "保存期间写的笔记", second: ""}


def test_a_failed_background_save_is_retried_and_loses_nothing(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from reader.core.annotations import store as sidecar_module

    window = open_window(qtbot, seeds_copy)
    window.annotation_controller.set_save_delay(10)
    real_write, failures = sidecar_module.atomic_write_bytes, []

    def full_disk_once(path: Path, data: bytes) -> None:
        if not failures:
            failures.append(path)
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real_write(path, data)

    monkeypatch.setattr(sidecar_module, "atomic_write_bytes", full_disk_once)
    select_text(window, "主题教育")
    ann_id = window.annotate_selection(["甲"])
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    qtbot.waitUntil(lambda: "retrying" in window.statusBar().currentMessage(), timeout=5000)
    qtbot.waitUntil(lambda: (seeds_copy / FILE_NAME).exists(), timeout=10000)
    assert [a["id"] for a in saved(seeds_copy)["annotations"]] == [ann_id]


def test_closing_during_a_background_save_writes_everything(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from reader.core.annotations.store import SidecarStore

    window = open_window(qtbot, seeds_copy)
    window.annotation_controller.set_save_delay(10)
    started, real_save = threading.Event(), SidecarStore.save

    def slow_save(store: SidecarStore, sidecar):
        started.set()
        threading.Event().wait(0.3)
        return real_save(store, sidecar)

    monkeypatch.setattr(SidecarStore, "save", slow_save)
    select_text(window, "主题教育")
    first = window.annotate_selection(["甲"])
    qtbot.waitUntil(started.is_set, timeout=5000)
    select_text(window, "开展")
    second = window.annotate_selection(["乙"])  # not yet written when the window closes
    window.close()
    assert {a["id"] for a in saved(seeds_copy)["annotations"]} == {first, second}


def test_a_save_finished_before_start_returns_is_announced_through_the_event_loop(
    qtbot, seeds_copy: Path
) -> None:
    from concurrent.futures import Future

    from reader.core.library import Library
    from reader.gui.sidecar_saver import SidecarSaver

    saver = SidecarSaver()
    session = Library(seeds_copy)

    def submit_and_finish(fn, *args):  # the worker wins the race against `start`
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    saver._pool.submit = submit_and_finish
    announced: list[bool] = []
    saver.finished.connect(lambda: announced.append(saver.busy))
    assert saver.start(session)
    assert announced == []  # not inside start: the caller has not recorded it yet
    qtbot.waitUntil(lambda: announced == [True], timeout=5000)
    outcome = saver.collect()
    assert outcome is not None and outcome.error is None and not saver.busy
    assert (seeds_copy / FILE_NAME).exists()


def test_the_read_only_banner_speaks_the_ui_language(qtbot, seeds_copy: Path) -> None:
    (seeds_copy / FILE_NAME).write_bytes(b'{"format": "report-reader-annotations", "vers')
    window = open_window(qtbot, seeds_copy)
    window.set_language("zh_CN")
    assert "标注文件已损坏：不是有效的 JSON" in window.annotation_panel.banner.text()
    window.set_language("en")
    assert "The annotations file is damaged: it is not valid JSON" in window.annotation_panel.banner.text()


def test_overlapping_annotations_are_all_drawn(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    start, end = select_text(window, "专项整治")
    window.annotate_selection(["甲"])
    window.reader_view.select_range(start, end)
    window.annotate_selection(["乙"])  # the same passage coded twice
    window.reader_view.select_range(start - 2, end + 2)
    window.annotate_selection(["丙"], "更宽的一段")
    wait_idle(qtbot, window)
    painted = window.reader_view.highlighted_ranges()
    assert any(s <= start - 2 and end + 2 <= e for s, e in _merged(painted["underline"]))
    assert len(window.session.annotations()) == 3
    # Where several annotations (or tags) lie, the underline is a wave; a lone passage
    # with one tag has a plain one.
    assert any(s <= start and end <= e for s, e in _merged(painted["wave"]))
    lone_start, lone_end = select_text(window, "开展", 2)
    window.annotate_selection(["丁"])
    wait_idle(qtbot, window)
    painted = window.reader_view.highlighted_ranges()
    assert (lone_start, lone_end) in painted["underline"]
    assert not any(s < lone_end and lone_start < e for s, e in painted["wave"])


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def test_annotations_are_read_off_the_ui_thread_while_the_sidebar_shows(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from reader.core.annotations.store import SidecarStore
    from reader.core.library import Library
    from tests.gui.gui_helpers import build_window

    session = Library(seeds_copy)
    report = session.load(session.entries[0])
    session.apply(session.annotate(report, 0, 4, ["甲"], "已有的笔记", "甲"))
    session.save()
    release, threads = threading.Event(), []
    real_load = SidecarStore.load

    def slow_load(store: SidecarStore):  # a large file written elsewhere: schema checked
        threads.append(threading.current_thread())
        release.wait(10)
        return real_load(store)

    monkeypatch.setattr(SidecarStore, "load", slow_load)
    window = build_window(seeds_copy)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert window.proxy.rowCount() > 0 and window.busy  # the sidebar is there already
    assert "Reading the annotations" in window.annotation_panel.location.text()
    assert window.annotation_panel.banner.isHidden()
    assert not window.actions.tag_selection.isEnabled()
    # A read that takes a while is said in the reader pane too.
    qtbot.waitUntil(lambda: "Reading the annotations" in window.reader_view.toPlainText(), timeout=5000)
    release.set()
    wait_idle(qtbot, window)
    assert threads[0] is not threading.main_thread()
    assert window.actions.tag_selection.isEnabled()
    assert [a.note for a in window.session.annotations()] == ["已有的笔记"]
    assert "Annotations are saved in" in window.annotation_panel.location.text()
    assert window.reader_view.report is not None  # the first report opened after reading


def test_a_tag_that_exists_is_refused_in_the_ui_language(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = open_window(qtbot, seeds_copy)
    window.set_language("zh_CN")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text)))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("整改", True))
    window.codebook_flow.new_tag()
    window.codebook_flow.new_tag()  # the same name again
    assert [t.name for t in window.session.tags()] == ["整改"]
    assert warnings == [("无法使用该标签", "已有同名标签（整改）。")]


def test_a_dictionary_word_saved_during_a_background_merge_keeps_others_work(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from reader.core.annotations.store import SidecarStore
    from reader.core.library import Library

    window = open_window(qtbot, seeds_copy)
    window.annotation_controller.set_save_delay(10)
    select_text(window, "主题教育")
    mine = window.annotate_selection(["甲"])
    window.save_annotations()
    other = Library(seeds_copy)  # another instance adds one
    report = other.load(other.entries[0])
    other.apply(other.annotate(report, 0, 4, ["乙"], "", "乙"))
    other.save()
    (theirs,) = set(other.snapshot().annotations) - {mine}

    release, real_save = threading.Event(), SidecarStore.save

    def slow_save(store: SidecarStore, sidecar):  # the background save waits for the disk
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return real_save(store, sidecar)

    monkeypatch.setattr(SidecarStore, "save", slow_save)
    select_text(window, "开展")
    third = window.annotate_selection(["丙"])
    # about to merge the other's work
    qtbot.waitUntil(lambda: window.annotation_controller.saving, timeout=5000)
    threading.Timer(0.3, release.set).start()
    window.wordlist_flow.add_to_dictionary("新词")  # saved with the next save, after the merge
    controller = window.annotation_controller
    qtbot.waitUntil(lambda: not controller.saving and not controller.dirty, timeout=10000)
    window.save_annotations()
    on_disk = saved(seeds_copy)
    assert {a["id"] for a in on_disk["annotations"]} == {mine, theirs, third}
    assert "新词" in on_disk["dictionary"]
