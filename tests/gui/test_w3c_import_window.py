"""The window's import message says how many W3C annotations were repaired and
refused, and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.core.export import Scope, collect
from reader.core.export.writers import render
from tests.export_fixtures import fixed_library, forget_annotations
from tests.gui.gui_helpers import open_window


def test_import_message_counts_repaired_and_refused(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    session = fixed_library(tmp_path / "库")
    document = json.loads(render(collect(session, Scope()), "json", session.root))
    items = document["first"]["items"]
    items[0]["id"] = "{" + items[0]["id"].removeprefix("urn:uuid:") + "}"  # repaired
    del items[1]["modified"], items[1]["created"]  # repaired
    items[2]["target"]["selector"][0]["exact"] = ""  # refused
    path = tmp_path / "in.jsonld"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    forget_annotations(session.root)
    window = open_window(qtbot, session.root)
    window.transfer_flow.import_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Added 4, updated 0 and skipped 0" in shown[0]
    assert "2 were repaired" in shown[0] and "dates missing" in shown[0]
    assert "1 were not imported" in shown[0] and "the quote is empty" in shown[0]
    window.close()
