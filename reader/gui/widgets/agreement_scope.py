"""The scope of the Agreement view, as the command line has it (`--in`, `--tag`,
`--report`, each as often as wanted): several folders, several tags, single reports.

The view's Folder and Tag lists pick one of each; **Scope…** (`agreementScope`) opens a
dialog (`agreementScopeDialog`) with every folder, tag and report to tick. The lists
then say "Several: …". The choice is remembered for each library."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from reader.core.export.records import with_parents
from reader.core.library import Library
from reader.gui.settings import AppSettings

logger = logging.getLogger(__name__)

SETTINGS_KEY = "agreement/scopes"  # {library folder: ScopeChoice as JSON}
SEVERAL = "\x00several"  # the data of the lists' "Several: …" item


@dataclass(frozen=True, slots=True)
class ScopeChoice:
    """Folders, tags and reports (relative paths) chosen; empty means all of them.
    A report is in scope when it is in a chosen folder or is a chosen report."""

    folders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()

    def as_json(self) -> dict[str, list[str]]:
        return {"folders": list(self.folders), "tags": list(self.tags), "reports": list(self.reports)}

    @classmethod
    def from_json(cls, data: object) -> ScopeChoice:
        """The choice saved in the settings; nothing (all) when it is not one."""
        if not isinstance(data, dict):
            return cls()

        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key)
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        return cls(strings("folders"), strings("tags"), strings("reports"))

    def kept(self, folders: Iterable[str], tags: Iterable[str], reports: Iterable[str]) -> ScopeChoice:
        """The choice without what the library no longer has."""
        fs, ts, rs = set(folders), set(tags), set(reports)
        return ScopeChoice(
            tuple(f for f in self.folders if f in fs),
            tuple(t for t in self.tags if t in ts),
            tuple(r for r in self.reports if r in rs),
        )


def library_choices(session: Library) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The library's folders, tags and reports (relative path, label) in library order."""
    folders = sorted({f for e in session.entries if e.category for f in with_parents([e.category])})
    tags = sorted(with_parents(session.tag_counts()))
    titles = {
        r.relpath: " ".join(x for x in (str(r.number or ""), r.title) if x) for r in session.indexed_reports()
    }
    reports = [(e.relpath, titles.get(e.relpath) or e.relpath) for e in session.entries]
    return folders, tags, reports


class ScopeDialog(QDialog):
    """Tick folders, tags and reports; nothing ticked in a list means all of them."""

    def __init__(
        self,
        choices: tuple[list[str], list[str], list[tuple[str, str]]],
        chosen: ScopeChoice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementScopeDialog")
        self.setWindowTitle(self.tr("Scope of the Agreement Table"))
        self.resize(900, 520)
        folders, tags, reports = choices
        self.folders = self._list("agreementScopeFolders", [(f, f) for f in folders], chosen.folders)
        self.tags = self._list("agreementScopeTags", [(t, t) for t in tags], chosen.tags)
        self.reports = self._list(
            "agreementScopeReports", [(path, f"{label}  ({path})") for path, label in reports], chosen.reports
        )
        self.filter = QLineEdit(self)
        self.filter.setObjectName("agreementScopeFilter")
        self.filter.setPlaceholderText(self.tr("Filter reports"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_reports)
        clear = QPushButton(self.tr("&Clear All"), self)
        clear.setObjectName("agreementScopeClear")
        clear.setToolTip(self.tr("The whole library and every tag"))
        clear.clicked.connect(self.clear)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(clear, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Nothing ticked in a list means all of it. A report is compared when it is in a "
                "ticked folder or is ticked itself; a tag counts the tags below it."
            ),
            self,
        )
        note.setWordWrap(True)
        grid = QGridLayout(self)
        for column, (text, widget) in enumerate(
            (
                (self.tr("Folders"), self.folders),
                (self.tr("Tags"), self.tags),
                (self.tr("Reports"), self.reports),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 2, column)
        grid.addWidget(self.filter, 1, 2)
        grid.setColumnStretch(2, 2)
        grid.addWidget(note, 3, 0, 1, 3)
        grid.addWidget(buttons, 4, 0, 1, 3)

    def _list(self, name: str, items: Sequence[tuple[str, str]], chosen: Sequence[str]) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        ticked = set(chosen)
        for value, text in items:
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)
        return widget

    def _filter_reports(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.reports.count()):
            item = self.reports.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    @staticmethod
    def _ticked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            widget.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(widget.count())
            if widget.item(r).checkState() == Qt.CheckState.Checked
        )

    def tick(self, which: str, values: Iterable[str]) -> None:
        """Tick `values` in the list `which` ("folders", "tags", "reports"); for tests."""
        widget: QListWidget = getattr(self, which)
        wanted = set(values)
        for row in range(widget.count()):
            item = widget.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def clear(self) -> None:
        for widget in (self.folders, self.tags, self.reports):
            for row in range(widget.count()):
                widget.item(row).setCheckState(Qt.CheckState.Unchecked)

    def chosen(self) -> ScopeChoice:
        return ScopeChoice(self._ticked(self.folders), self._ticked(self.tags), self._ticked(self.reports))


class ScopeControl(QObject):
    """Keeps the view's Folder and Tag lists and the Scope… button on one choice,
    remembered per library; `changed` when the user changes it."""

    changed = Signal()

    def __init__(self, folder: QComboBox, tag: QComboBox, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.folder, self.tag, self.settings = folder, tag, settings
        for combo in (folder, tag):  # "Several: …" is read in full
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.button = QPushButton(parent)
        self.button.setObjectName("agreementScope")
        self.session: Library | None = None
        self.choice = ScopeChoice()
        self._root = ""
        self.dialog_factory = ScopeDialog  # tests replace it to answer the dialog
        folder.activated.connect(self._folder_picked)
        tag.activated.connect(self._tag_picked)
        self.button.clicked.connect(self.open_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Sco&pe…"))
        self.button.setToolTip(self.tr("Choose several folders, tags or single reports"))

    # -- the library --------------------------------------------------------------------------
    def fill(self, session: Library | None) -> None:
        """Fill the two lists for `session`, with the choice remembered for it."""
        if session is not None and (session is not self.session or not self._root):
            self._root = str(session.root)
            self.choice = ScopeChoice.from_json(self._saved().get(self._root))
        self.session = session
        self.folder.clear()
        self.tag.clear()
        self.folder.addItem(self.tr("Whole library"), None)
        self.tag.addItem(self.tr("Every tag"), None)
        self.button.setEnabled(session is not None)
        if session is None:
            return
        folders, tags, reports = library_choices(session)
        self.choice = self.choice.kept(folders, tags, (path for path, _ in reports))
        for name in folders:
            self.folder.addItem(name, name)
        for name in tags:
            self.tag.addItem(name, name)
        self._show()

    def _show(self) -> None:
        """Select what the choice says in each list (a "Several" item when it is more)."""
        for combo in (self.folder, self.tag):
            index = combo.findData(SEVERAL)
            if index >= 0:
                combo.removeItem(index)
        folders, reports = self.choice.folders, self.choice.reports
        if len(folders) > 1 or reports:
            text = self.tr("Several: %1 folders, %2 reports").replace("%1", str(len(folders)))
            self.folder.addItem(text.replace("%2", str(len(reports))), SEVERAL)
            self.folder.setCurrentIndex(self.folder.count() - 1)
        else:
            self.folder.setCurrentIndex(max(0, self.folder.findData(folders[0])) if folders else 0)
        tags = self.choice.tags
        if len(tags) > 1:
            self.tag.addItem(self.tr("Several: %1 tags").replace("%1", str(len(tags))), SEVERAL)
            self.tag.setCurrentIndex(self.tag.count() - 1)
        else:
            self.tag.setCurrentIndex(max(0, self.tag.findData(tags[0])) if tags else 0)

    def parts(self) -> tuple[frozenset[str] | None, tuple[str, ...] | None, tuple[str, ...] | None]:
        """Reports, folders and tags for `AgreementScope` (None: all)."""
        c = self.choice
        return (frozenset(c.reports) or None, c.folders or None, c.tags or None)

    # -- changes ------------------------------------------------------------------------------
    def _folder_picked(self, index: int) -> None:
        value = self.folder.itemData(index)
        if value == SEVERAL:
            return
        self.set_choice(replace(self.choice, folders=(value,) if value else (), reports=()))

    def _tag_picked(self, index: int) -> None:
        value = self.tag.itemData(index)
        if value == SEVERAL:
            return
        self.set_choice(replace(self.choice, tags=(value,) if value else ()))

    def open_dialog(self) -> None:
        if self.session is None:
            return
        dialog = self.dialog_factory(library_choices(self.session), self.choice, self.button.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_choice(dialog.chosen())

    def set_choice(self, choice: ScopeChoice) -> None:
        """Take `choice`, remember it for the library and say so."""
        self.choice = choice
        self._show()
        if self._root:
            saved = self._saved()
            saved[self._root] = choice.as_json()
            self.settings.set(SETTINGS_KEY, json.dumps(saved, ensure_ascii=False))
        self.changed.emit()

    def _saved(self) -> dict[str, object]:
        try:
            data = json.loads(self.settings.value_str(SETTINGS_KEY, "{}") or "{}")
        except ValueError:
            logger.warning("the remembered agreement scopes are not JSON; starting afresh")
            return {}
        return data if isinstance(data, dict) else {}
