"""View > Coders: whose annotations the window shows (everyone's, mine, a chosen
coder's) and Blind Coding, remembered in the settings; and the status bar's note of
what is hidden. The choice becomes a `reader.core.annotations.coders.CoderView`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QWidget

from reader.core.annotations.coders import ALL, CODER, MINE, MODES, CoderView
from reader.gui.plain_text import plain_labels
from reader.gui.settings import AppSettings


def coder_label(name: str) -> str:
    """A coder's name as the agreement tables show it (that package loads when first used)."""
    from reader.core.analysis.agreement.render import coder_label as label

    return label(name)


class CoderMenu(QObject):
    """The Coders menu; `changed` is emitted when the choice changes."""

    changed = Signal()

    def __init__(self, settings: AppSettings, coders: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self._coders = coders  # every coder of the library, for "Choose Coder…"
        mode = settings.value_str("coders/mode", ALL)
        self.mode = mode if mode in MODES else ALL
        self.coder = settings.value_str("coders/name", "")
        if self.mode == CODER and not self.coder:
            self.mode = ALL
        self.menu = QMenu(parent)
        self.menu.setObjectName("codersMenu")
        group = QActionGroup(self)
        self.show_all = self._action("actionCodersAll", group)
        self.show_mine = self._action("actionCodersMine", group)
        self.show_coder = self._action("actionCodersChoose", group)
        self.menu.addSeparator()
        self.blind = QAction(parent)
        self.blind.setObjectName("actionBlindCoding")
        self.blind.setCheckable(True)
        self.blind.setChecked(settings.value_bool("coders/blind", False))
        parent.addAction(self.blind)
        self.menu.addAction(self.blind)
        self.indicator = QLabel(parent)
        self.indicator.setObjectName("coderIndicator")
        plain_labels(self.indicator)  # it names a coder
        self.show_all.triggered.connect(lambda: self.choose(ALL))
        self.show_mine.triggered.connect(lambda: self.choose(MINE))
        self.show_coder.triggered.connect(self.ask_coder)
        self.blind.toggled.connect(self.set_blind)
        parent.installEventFilter(self)
        self.retranslate()
        self._sync()

    def _action(self, name: str, group: QActionGroup) -> QAction:
        action = QAction(self.menu)
        action.setObjectName(name)
        action.setCheckable(True)
        group.addAction(action)
        self.menu.addAction(action)
        return action

    def view(self, me: str) -> CoderView:
        """The choice, for the user called `me`."""
        return CoderView(self.mode, self.coder, me, self.blind.isChecked())

    def choose(self, mode: str, coder: str = "") -> None:
        """Show everyone's (ALL), mine (MINE) or `coder`'s (CODER) annotations."""
        self.mode, self.coder = mode, coder if mode == CODER else self.coder
        self.settings.set("coders/mode", mode)
        self.settings.set("coders/name", self.coder)
        self._sync()
        self.changed.emit()

    def ask_coder(self) -> None:
        names = self._coders()
        if not names:
            self._sync()
            return
        labels = [coder_label(n) for n in names]
        current = names.index(self.coder) if self.coder in names else 0
        label, ok = QInputDialog.getItem(
            self.menu.parentWidget(),
            self.tr("Show One Coder"),
            self.tr("Show the annotations of:"),
            labels,
            current,
            False,
        )
        if ok and label in labels:
            self.choose(CODER, names[labels.index(label)])
        else:
            self._sync()

    def set_blind(self, on: bool) -> None:
        """Blind coding: only my annotations (and counts) are shown, whatever is chosen."""
        self.settings.set("coders/blind", bool(on))
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        {ALL: self.show_all, MINE: self.show_mine, CODER: self.show_coder}[self.mode].setChecked(True)
        blind = self.blind.isChecked()
        for action in (self.show_all, self.show_mine, self.show_coder):
            action.setEnabled(not blind)
        self._update_texts()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Coders"))
        self.show_all.setText(self.tr("&All Coders"))
        self.show_all.setToolTip(self.tr("Show every coder's annotations"))
        self.show_mine.setText(self.tr("Only &Mine"))
        self.show_mine.setToolTip(self.tr("Show only the annotations recorded under your name"))
        self.blind.setText(self.tr("&Blind Coding"))
        self.blind.setToolTip(self.tr("Hide every other coder's annotations and their counts while you code"))
        self._update_texts()

    def _update_texts(self) -> None:
        if self.mode == CODER and self.coder:
            self.show_coder.setText(self.tr("Only %1…").replace("%1", coder_label(self.coder)))
        else:
            self.show_coder.setText(self.tr("One &Coder…"))
        self.show_coder.setToolTip(self.tr("Show only the annotations of a coder you choose"))
        if self.blind.isChecked():
            text = self.tr("Blind coding: only your annotations are shown")
        elif self.mode == MINE:
            text = self.tr("Only your annotations are shown")
        elif self.mode == CODER and self.coder:
            text = self.tr("Only %1's annotations are shown").replace("%1", coder_label(self.coder))
        else:
            text = ""
        self.indicator.setText(text)
        self.indicator.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
