"""Exporting and importing in the window: the dialog (remembered choices, format,
scope), the background export, and an undoable import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from reader.core.export import Scope, collect
from reader.core.export.writers import render
from reader.gui.dialogs.export_dialog import ExportDialog
from tests.export_fixtures import fixed_library, forget_annotations
from tests.gui.gui_helpers import open_window, wait_idle


@pytest.fixture
def library(tmp_path: Path) -> Path:
    fixed_library(tmp_path / "库")
    return tmp_path / "库"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def test_export_action_writes_the_chosen_file_and_remembers_the_choice(
    qtbot, library: Path, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, library)
    action = window.findChild(QAction, "actionExport")
    assert action.shortcut().toString() == "Ctrl+E"
    out = tmp_path / "exports" / "标注.csv"

    def fill(dialog: ExportDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("tags"))
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # no tag yet
        dialog._check(dialog.tag_list, "学习")
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.destination.setText(str(out))
        return 1

    monkeypatch.setattr(ExportDialog, "exec", fill)
    action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [r[4] for r in rows[1:]] == ["整改/专项整治; 学习", "学习"]  # only passages tagged 学习
    assert "2" in messages[0] and str(out) in messages[0]

    remembered: list[tuple[str, str, list[str]]] = []

    def inspect(dialog: ExportDialog) -> int:
        remembered.append(
            (dialog.format.currentData(), dialog.scope.currentData(), dialog._checked(dialog.tag_list))
        )
        assert Path(dialog.destination.text()).parent == out.parent
        return 0

    monkeypatch.setattr(ExportDialog, "exec", inspect)
    action.trigger()
    assert remembered == [("csv", "tags", ["学习"])]  # the last choices, remembered
    window.close()


def test_dialog_follows_the_format(qtbot, library: Path) -> None:
    window = open_window(qtbot, library)
    dialog = ExportDialog(window.settings, "库", [("a.txt", "1 甲")], ["整改"], "a.txt", window)
    qtbot.addWidget(dialog)
    dialog.destination.setText("/tmp/x/库-annotations.csv")
    dialog.format.setCurrentIndex(dialog.format.findData("qdpx"))
    assert dialog.destination.text().endswith("库-annotations.qdpx")
    assert not dialog.grouping.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert dialog.grouping.isEnabled()
    dialog.scope.setCurrentIndex(dialog.scope.findData("report"))
    assert dialog.choice().scope == Scope(reports=frozenset({"a.txt"}))
    window.close()


def test_export_shows_progress_and_matches_the_command_line(
    qtbot, library: Path, tmp_path: Path, messages: list[str]
) -> None:
    from reader.gui.dialogs.export_dialog import ExportChoice

    window = open_window(qtbot, library)
    out = tmp_path / "a.md"
    window.transfer_flow.run_export(ExportChoice(Scope(), "md", "tag", out))
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    expected = render(collect(window.session, Scope()), "md", window.session.root, "en", "tag")
    assert out.read_bytes() == expected
    window.close()


def test_export_to_an_unwritable_place_says_why(
    qtbot, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.gui.dialogs.export_dialog import ExportChoice

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: warnings.append(f"{title}: {text}")
    )
    blocker = tmp_path / "file"
    blocker.write_text("x")
    window = open_window(qtbot, library)
    # a file is in the way
    window.transfer_flow.run_export(ExportChoice(Scope(), "csv", "report", blocker / "a.csv"))
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert "could not be written" in warnings[0] and "Traceback" not in warnings[0]
    window.close()


def test_export_is_never_written_over_the_librarys_own_annotations(
    qtbot, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.annotations.store import FILE_NAME
    from reader.gui.dialogs.export_dialog import ExportChoice

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: warnings.append(f"{title}: {text}")
    )
    window = open_window(qtbot, library)
    before = (library / FILE_NAME).read_bytes()
    window.transfer_flow.run_export(ExportChoice(Scope(), "json", "report", library / FILE_NAME))
    assert warnings and "annotations file, its lock or a backup" in warnings[0]
    assert (library / FILE_NAME).read_bytes() == before
    window.close()


def test_import_is_one_undoable_step(qtbot, library: Path, tmp_path: Path, messages: list[str]) -> None:
    window = open_window(qtbot, library)
    exported = tmp_path / "a.jsonld"
    exported.write_bytes(render(collect(window.session, Scope()), "json", window.session.root))
    other = tmp_path / "other"
    fixed_library(other)
    forget_annotations(other)
    empty = open_window(qtbot, other)
    empty.transfer_flow.import_file(exported)
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert len(empty.session.snapshot().annotations) == 5
    assert "Added 5, updated 0 and skipped 0" in messages[0]
    empty.findChild(QAction, "actionUndo").trigger()
    assert not empty.session.snapshot().annotations
    empty.findChild(QAction, "actionRedo").trigger()
    assert len(empty.session.snapshot().annotations) == 5
    empty.save_annotations()
    wait_idle(qtbot, empty)
    assert (other / "reader-annotations.json").exists()
    window.close()
    empty.close()
