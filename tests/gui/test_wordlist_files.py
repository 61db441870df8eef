"""Word lists as plain-text files: an export that fails part-way leaves the file that
was there as it was (written atomically)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from reader.core.text.wordlists import WordList
from tests.gui.gui_helpers import open_window


def test_a_failed_word_list_export_keeps_the_file_that_was_there(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    window.session.apply(
        window.session.set_wordlists([WordList("运动", "#2f9e8f", ["专项整治", "主题教育"])])
    )
    folder = tmp_path / "lists"
    folder.mkdir()
    target = folder / "运动.txt"
    target.write_text("旧词\n", encoding="utf-8")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("运动", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(window, "_warn", lambda title, detail: warnings.append(title))

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    window.wordlist_flow.export_wordlist()
    assert warnings == ["The word list could not be written"]
    assert target.read_text(encoding="utf-8") == "旧词\n"
    assert sorted(p.name for p in folder.iterdir()) == ["运动.txt"]  # no temporary file left

    monkeypatch.undo()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("运动", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.wordlist_flow.export_wordlist()
    assert target.read_text(encoding="utf-8") == "专项整治\n主题教育\n"
