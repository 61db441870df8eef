"""Fixtures of the window's tests: modal dialogs fail the test instead of blocking it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.gui.dialogs.library_folder import LibraryFolderDialog
from reader.gui.dialogs.unsaved_work import UnsavedWorkDialog


class UnexpectedDialogError(AssertionError):
    """A modal dialog opened that the test did not expect (it would block the run)."""


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Message boxes fail the test instead of waiting for a click; tests that expect
    one patch it themselves."""

    def refuse(*args: object, **_kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise UnexpectedDialogError(f"unexpected message box: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(UnsavedWorkDialog, "exec", lambda dialog: refuse(dialog.text()))
    monkeypatch.setattr(LibraryFolderDialog, "exec", lambda dialog: refuse(dialog.windowTitle()))
