"""The keyword panel: the report's automatic keywords, word-list hits and entities
with counts. Clicking one asks for its next occurrence (Shift-click: previous)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.text.highlights import ENTITY, KEYWORD, WORDLIST, ReportHighlights
from reader.core.text.keywords import DEFAULT_TOP_K
from reader.gui.plain_text import plain_labels
from reader.gui.themes import ENTITY_COLOURS, KEYWORD_COLOUR

TermRole = Qt.ItemDataRole.UserRole + 1  # (layer, text to find)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def count_definition() -> str:
    """What a term's count means, the same in the keyword panel and Statistics."""
    return QCoreApplication.translate(
        "KeywordPanel",
        "Count: how often the term occurs as a word of its own, as the text is segmented. "
        "The highlights and Find also show it inside longer words (问题 in 问题清单).",
    )


class KeywordPanel(QWidget):
    term_activated = Signal(str, str, bool)  # layer, text, backwards
    top_k_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywordPanel")
        self.heading = QLabel(self)
        self.top_k = QSpinBox(self)
        self.top_k.setObjectName("keywordCount")
        self.top_k.setRange(1, 100)
        self.top_k.setValue(DEFAULT_TOP_K)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("keywordTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.status = QLabel(self)
        self.status.setObjectName("keywordStatus")
        self.status.setWordWrap(True)
        plain_labels(self.heading, self.status)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.top_k)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.top_k.valueChanged.connect(self.top_k_changed)
        self._sections: dict[str, QTreeWidgetItem] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Keywords"))
        self.top_k.setToolTip(self.tr("How many automatic keywords to find"))
        self.tree.setHeaderLabels([self.tr("Term"), self.tr("Count")])
        self.tree.headerItem().setToolTip(1, count_definition())
        self._titles = {
            KEYWORD: self.tr("Keywords"),
            WORDLIST: self.tr("Word lists"),
            ENTITY: self.tr("Entities"),
        }
        for layer, item in self._sections.items():
            item.setText(0, self._titles[layer])
        self._kind_names = {
            "person": self.tr("People"),
            "place": self.tr("Places"),
            "organization": self.tr("Organisations"),
        }

    def set_busy(self, message: str) -> None:
        self.status.setText(message)

    def show_highlights(
        self,
        highlights: ReportHighlights,
        text: str,
        layers: dict[str, bool],
        wordlist_colours: dict[str, str],
    ) -> None:
        """List what the reader highlights (only visible layers)."""
        self.tree.clear()
        self._sections = {}
        self.retranslate()
        if layers.get(KEYWORD) and highlights.keywords:
            section = self._section(KEYWORD)
            for keyword in highlights.keywords:
                self._leaf(section, keyword.term, keyword.count, KEYWORD, KEYWORD_COLOUR)
        if layers.get(WORDLIST):
            self._grouped_section(
                WORDLIST,
                highlights,
                text,
                lambda name: name,
                lambda name: wordlist_colours.get(name, KEYWORD_COLOUR),
            )
        if layers.get(ENTITY):
            self._grouped_section(
                ENTITY,
                highlights,
                text,
                lambda kind: self._kind_names.get(kind, kind),
                lambda kind: ENTITY_COLOURS.get(kind, "#888888"),
            )
        self.tree.expandToDepth(1 if layers.get(ENTITY) else 2)
        self.status.setText("")

    def _grouped_section(
        self,
        layer: str,
        highlights: ReportHighlights,
        text: str,
        label: Callable[[str], str],
        colour: Callable[[str], str],
    ) -> None:
        """A section with a group per key (word list, entity kind) and the matched texts."""
        by_key: dict[str, Counter[str]] = {}
        for span in highlights.layer(layer):
            by_key.setdefault(span.key, Counter())[text[span.start : span.end]] += 1
        if not by_key:
            return
        section = self._section(layer)
        for key, matches in by_key.items():
            group = QTreeWidgetItem(section, [label(key), str(sum(matches.values()))])
            group.setForeground(0, QBrush(QColor(colour(key))))
            for matched, count in matches.most_common():
                self._leaf(group, matched, count, layer, colour(key))

    def _section(self, layer: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [self._titles[layer], ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self._sections[layer] = item
        return item

    def _leaf(
        self, parent: QTreeWidgetItem, term: str, count: int, layer: str, colour: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [term, str(count)])
        item.setData(0, TermRole, (layer, term))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        item.setIcon(0, _swatch(colour))
        return item

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, TermRole)
        if data:
            backwards = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.term_activated.emit(data[0], data[1], backwards)

    def leaf_items(self) -> list[QTreeWidgetItem]:
        result = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item.data(0, TermRole):
                result.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return result
