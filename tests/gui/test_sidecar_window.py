"""What the window shows when the sidecar was tampered with while it was closed, or
is a FIFO: it opens, says why, and closes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel

from reader.core.annotations.store import FILE_NAME
from reader.core.library import Library
from tests.gui.gui_helpers import open_window


def test_the_window_says_an_older_sidecar_was_merged_with_the_last_save(qtbot, seeds_copy: Path) -> None:
    session = Library(seeds_copy)
    report = session.load(session.entries[0])
    session.apply(session.annotate(report, 0, 4, ["甲"], "", "甲"))
    session.save()
    old = (seeds_copy / FILE_NAME).read_bytes()
    session.apply(session.annotate(report, 5, 9, ["乙"], "", "甲"))
    session.save()
    (seeds_copy / FILE_NAME).write_bytes(old)  # a sync tool puts the older file back

    window = open_window(qtbot, seeds_copy)
    assert len(window.session.annotations()) == 2
    qtbot.waitUntil(
        lambda: "An older annotations file was found" in window.statusBar().currentMessage(), timeout=5000
    )


def test_the_window_opens_and_closes_with_a_fifo_as_its_sidecar(qtbot, seeds_copy: Path) -> None:
    os.mkfifo(seeds_copy / FILE_NAME)
    window = open_window(qtbot, seeds_copy)  # its reading thread blocked for ever on the FIFO
    assert "not a regular file" in (window.session.read_only_reason or "")
    assert "not a regular file" in window.annotation_panel.findChild(QLabel, "annotationsReadOnly").text()
    window.close()


def test_importing_dev_zero_from_the_window_is_refused_without_reading(
    qtbot, seeds_copy: Path, monkeypatch
) -> None:
    """/dev/zero reports a size of 0: it used to be read until memory ran out."""
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, seeds_copy)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "_warn", lambda title, text: warnings.append((title, text)))
    window.transfer_flow.import_file(Path("/dev/zero"))
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "not a regular file" in warnings[0][1]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("/dev/zero", ""))
    window.wordlist_flow.import_wordlist()
    assert len(warnings) == 2 and "not a regular file" in warnings[1][1]
