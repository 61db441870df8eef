"""Several coders' files imported at once (File > Import Annotations…), then compared:
the team's way of working with one file per coder."""

from __future__ import annotations

import shutil

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.agreement_library import SEEDS, coded_library
from tests.gui.gui_helpers import open_window


def test_two_coders_files_import_at_once_and_give_the_agreement_table(qtbot, tmp_path, monkeypatch):
    first = coded_library(tmp_path / "a", [(0, 0, 30, ["学习"], "甲"), (1, 0, 20, ["整改"], "甲")])
    second = coded_library(tmp_path / "b", [(0, 5, 30, ["学习"], "乙"), (1, 0, 20, ["整改"], "乙")])
    shutil.copytree(SEEDS, tmp_path / "team")
    window = open_window(qtbot, tmp_path / "team")
    files = [str(first.sidecar_location), str(second.sidecar_location)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: (files, ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    window.findChild(QAction, "actionImportAnnotations").trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20000)
    assert all(text.startswith("Added 2, updated 0") for text in said)
    authors = sorted(a.author for a in window.session.annotations())
    assert authors == ["乙", "乙", "甲", "甲"]
    window.findChild(QAction, "actionAgreement").trigger()
    view = window.agreement_window
    qtbot.waitUntil(lambda: view.result is not None and not view.busy(), timeout=20000)
    (pair,) = view.result.table.pairs
    assert pair.coders == ("乙", "甲") and len(pair.reports) == 2
    assert [r.tag for r in pair.rows] == ["学习", "整改"]
