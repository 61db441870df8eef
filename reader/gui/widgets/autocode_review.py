"""Auto-coding, always reviewed: the proposals of a rule file or of a library search
listed with check boxes; nothing is written until the user applies the checked ones.
The window runs the proposals and applies them; this shows and asks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.autocode.proposals import Proposals
from reader.core.analysis.autocode.provenance import HIT, PARAGRAPH, SENTENCE
from reader.gui.widgets.table_model import FlatTableModel

Index = QModelIndex | QPersistentModelIndex
#: Rows are passages of at most this many characters in the list (the whole on hover).
SHOWN_CHARS = 120


class ProposalsModel(FlatTableModel):
    """Proposals with a check box each (all checked at first); made on demand, so a
    run with many thousands stays quick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals: Proposals = Proposals()
        self.unchecked: set[int] = set()
        self._title: Callable[[str], str] = lambda relpath: relpath
        self.headers = ["Report", "Tag", "Passage", "Found"]

    def set_proposals(self, proposals: Proposals, title: Callable[[str], str]) -> None:
        self.beginResetModel()
        self.proposals, self._title, self.unchecked = proposals, title, set()
        self.endResetModel()

    def checked_rows(self) -> list[int]:
        return [i for i in range(len(self.proposals)) if i not in self.unchecked]

    def set_all(self, checked: bool) -> None:
        self.unchecked = set() if checked else set(range(len(self.proposals)))
        if len(self.proposals):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.proposals) - 1, 0))

    def row_count(self) -> int:
        return len(self.proposals)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Unchecked if row in self.unchecked else Qt.CheckState.Checked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self.proposals[row]
        if column == 0:
            return self._title(p.report)
        if column == 1:
            return p.tag
        if column == 2:
            text = p.passage.replace("\n", " ")
            return (
                text
                if role == Qt.ItemDataRole.ToolTipRole or len(text) <= SHOWN_CHARS
                else text[:SHOWN_CHARS] + "…"
            )
        return "、".join(dict.fromkeys(m.pattern for m in p.matches))

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self.unchecked.discard if checked else self.unchecked.add)(index.row())
        self.dataChanged.emit(index, index)
        return True


class AutocodeReview(QWidget):
    """Find proposals (a tag for a search's hits, or a rule file), review, apply."""

    find_requested = Signal(str, str)  # tag (for a search; '' for rules), unit
    cancel_requested = Signal()
    apply_requested = Signal(list)  # rows checked
    proposal_activated = Signal(str, int, int)  # relpath, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("autocodeReview")
        self.source_label = QLabel(self)
        self.source_label.setObjectName("autocodeSource")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setWordWrap(True)
        self.tag_label = QLabel(self)
        self.tag = QLineEdit(self)
        self.tag.setObjectName("autocodeTag")
        self.unit_label = QLabel(self)
        self.unit = QComboBox(self)
        self.unit.setObjectName("autocodeUnit")
        self.find = QPushButton(self)
        self.find.setObjectName("autocodeFind")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("autocodeProgress")
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("autocodeCancel")
        self.model = ProposalsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("autocodeProposals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("autocodeSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.check_all = QPushButton(self)
        self.check_none = QPushButton(self)
        self.apply = QPushButton(self)
        self.apply.setObjectName("autocodeApply")
        self.apply.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(self.tag_label)
        top.addWidget(self.tag, 1)
        top.addWidget(self.unit_label)
        top.addWidget(self.unit)
        top.addWidget(self.find)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.check_all)
        bottom.addWidget(self.check_none)
        bottom.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(top)
        layout.addLayout(running)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(960, 620)
        self._title: Callable[[str], str] = lambda relpath: relpath
        self.running(False)

        self.find.clicked.connect(self._find)
        self.tag.returnPressed.connect(self._find)
        self.cancel.clicked.connect(self.cancel_requested)
        self.check_all.clicked.connect(lambda: self._check(True))
        self.check_none.clicked.connect(lambda: self._check(False))
        self.apply.clicked.connect(lambda: self.apply_requested.emit(self.model.checked_rows()))
        self.model.dataChanged.connect(lambda *_a: self._count())
        self.table.doubleClicked.connect(self._open)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Auto-code and Review"))
        self.tag_label.setText(self.tr("Tag:"))
        self.unit_label.setText(self.tr("Code:"))
        current = self.unit.currentData() or SENTENCE
        self.unit.clear()
        for text, key in ((self.tr("the hit"), HIT), (self.tr("its sentence"), SENTENCE),
                          (self.tr("its paragraph"), PARAGRAPH)):  # fmt: skip
            self.unit.addItem(text, key)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.find.setText(self.tr("Find"))
        self.cancel.setText(self.tr("Cancel"))
        self.check_all.setText(self.tr("Check All"))
        self.check_none.setText(self.tr("Check None"))
        self.model.headers = [self.tr("Report"), self.tr("Tag"), self.tr("Passage"), self.tr("Found")]
        self._count()

    def for_search(self, description: str, tag: str) -> None:
        """Review the hits of a search: the user names the tag."""
        self.source_label.setText(description)
        self.tag.setEnabled(True)
        self.tag.setText(tag)
        self.model.set_proposals(Proposals(), self._title)
        self._count()

    def for_rules(self, description: str) -> None:
        """Review a rule file's proposals: the rules name their tags."""
        self.source_label.setText(description)
        self.tag.setEnabled(False)
        self.tag.clear()
        self.model.set_proposals(Proposals(), self._title)
        self._count()

    def running(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel.setVisible(on)
        self.find.setEnabled(not on)
        self.apply.setEnabled(not on and bool(self.model.checked_rows()))
        if on:
            self.progress.setRange(0, 0)

    def show_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def show_proposals(self, proposals: Proposals, title: Callable[[str], str], note: str) -> None:
        self._title = title
        self.model.set_proposals(proposals, title)
        self.running(False)
        self._note = note
        self._count()

    def _find(self) -> None:
        self.find_requested.emit(
            self.tag.text().strip() if self.tag.isEnabled() else "", self.unit.currentData()
        )

    def _check(self, on: bool) -> None:
        self.model.set_all(on)
        self._count()

    def _count(self) -> None:
        total, checked = len(self.model.proposals), len(self.model.checked_rows())
        self.apply.setText(self.tr("Tag %1 Passages").replace("%1", str(checked)))
        self.apply.setEnabled(checked > 0 and self.find.isEnabled())
        text = self.tr("%1 proposals, %2 checked.").replace("%1", str(total)).replace("%2", str(checked))
        note = getattr(self, "_note", "")
        self.summary.setText(f"{text} {note}".strip())

    def _open(self, index: QModelIndex) -> None:
        p = self.model.proposals[index.row()]
        self.proposal_activated.emit(p.report, p.start, p.end)
