"""The codebook's user flows: new, rename, merge, recolour, describe and delete a tag.
Each asks the user, builds the change through the library and puts it on the undo
stack; a refusal (read-only annotations, a name that cannot be used) is said once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox, QWidget

from reader.core.annotations.change import Change
from reader.core.library import Library
from reader.gui.controllers.annotation_controller import AnnotationController
from reader.gui.plain_text import plain


class CodebookFlow(QObject):
    """Edits of the codebook, for the Annotate menu and the codebook panel."""

    def __init__(
        self,
        parent: QWidget,
        library: Callable[[], Library | None],
        controller: AnnotationController,
        selected_tag: Callable[[], str | None],
        attempt: Callable[[Callable[[], None]], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._controller = controller
        self._selected = selected_tag
        self._attempt = attempt

    def _do(self, build: Callable[[Library], Change], text: str) -> None:
        library = self._library()
        if library is not None:
            self._attempt(lambda: self._controller.do(build(library), text))

    def new_tag(self) -> None:
        if self._library() is None:
            return
        name, ok = QInputDialog.getText(
            self._parent, self.tr("New tag"), self.tr("Tag (整改/专项整治 for a sub-tag):")
        )
        if ok and name.strip():
            self._do(lambda library: library.add_tag(name), self.tr("New tag"))

    def rename_tag(self) -> None:
        tag = self._selected()
        if self._library() is None or not tag:
            return
        name, ok = QInputDialog.getText(self._parent, self.tr("Rename tag"), self.tr("New name:"), text=tag)
        if ok and name.strip() and name.strip() != tag:
            self._do(lambda library: library.rename_tag(tag, name), self.tr("Rename tag"))

    def merge_tag(self) -> None:
        tag, library = self._selected(), self._library()
        if library is None or not tag:
            return
        others = sorted(t.name for t in library.tags() if t.name != tag)
        if not others:
            return
        label = plain(self.tr("Merge “%1” into:").replace("%1", tag))
        target, ok = QInputDialog.getItem(self._parent, self.tr("Merge tag"), label, others, 0, False)
        if ok:
            self._do(lambda library: library.rename_tag(tag, target), self.tr("Merge tags"))

    def recolour_tag(self) -> None:
        tag, library = self._selected(), self._library()
        entry = library.tag(tag) if library and tag else None
        if entry is None:
            return
        colour = QColorDialog.getColor(QColor(entry.colour), self._parent, self.tr("Tag colour"))
        if colour.isValid():
            self._do(lambda library: library.edit_tag(tag, colour=colour.name()), self.tr("Tag colour"))

    def describe_tag(self) -> None:
        tag, library = self._selected(), self._library()
        entry = library.tag(tag) if library and tag else None
        if entry is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self._parent,
            self.tr("Describe tag"),
            plain(self.tr("What “%1” means:").replace("%1", tag)),
            entry.description,
        )
        if ok:
            self._do(lambda library: library.edit_tag(tag, description=text), self.tr("Describe tag"))

    def delete_tag(self) -> None:
        tag, library = self._selected(), self._library()
        if library is None or not tag:
            return
        count = len(library.annotations_with_tag(tag, every_coder=True))
        answer = QMessageBox.question(
            self._parent,
            self.tr("Delete tag"),
            plain(
                self.tr("Remove “%1” from the codebook and from %2 passages? The passages stay annotated.")
                .replace("%1", tag)
                .replace("%2", str(count))
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._do(lambda library: library.delete_tag(tag), self.tr("Delete tag"))
