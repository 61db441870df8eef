"""The question asked when annotations could not be saved."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)


class UnsavedChoice(Enum):
    SAVE_ELSEWHERE = "save-elsewhere"
    RETRY = "retry"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedWorkDialog(QMessageBox):
    """Asked before closing or opening another library while annotations could not be
    saved: save them to another file, try again, discard them, or stay (Esc)."""

    def __init__(self, where: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedWorkDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Annotations not saved"))
        self.setText(self.tr("Your latest annotations could not be saved to %1.").replace("%1", where))
        self.setInformativeText(
            self.tr(
                "Reason: %1\n\nSave them to another file (File → Import Annotations brings "
                "them back later), try again, or discard them."
            ).replace("%1", reason)
        )
        self._buttons = {
            self.addButton(self.tr("Save Elsewhere…"), QMessageBox.ButtonRole.AcceptRole): (
                UnsavedChoice.SAVE_ELSEWHERE
            ),
            self.addButton(self.tr("Try Again"), QMessageBox.ButtonRole.ActionRole): UnsavedChoice.RETRY,
            self.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole): UnsavedChoice.DISCARD,
            self.addButton(QMessageBox.StandardButton.Cancel): UnsavedChoice.CANCEL,
        }
        names = {
            UnsavedChoice.SAVE_ELSEWHERE: "saveElsewhere",
            UnsavedChoice.RETRY: "retrySave",
            UnsavedChoice.DISCARD: "discardWork",
            UnsavedChoice.CANCEL: "cancelClose",
        }
        for button, choice in self._buttons.items():
            button.setObjectName(names[choice])
        first = next(iter(self._buttons))
        self.setDefaultButton(first)  # type: ignore[arg-type]
        self.setEscapeButton(self.button(QMessageBox.StandardButton.Cancel))

    def ask(self) -> UnsavedChoice:
        self.exec()
        return self._buttons.get(self.clickedButton(), UnsavedChoice.CANCEL)


# Texts of Qt's own file dialogs that Qt's Chinese catalogue lacks (it has them
# without the shortcut marks this Qt adds): our catalogue carries them, so every file
# dialog of the app speaks the UI language (lupdate reads these lines).
