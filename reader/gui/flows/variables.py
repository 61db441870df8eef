"""Report variables in the window: the Report Variables window, CSV import, the
sidebar filter by value, each change made through the library as an undoable
change."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.analysis.variables import report_variables
from reader.core.annotations.change import Change
from reader.core.annotations.report_variables import Variable, VariableError, parse_csv
from reader.core.reading.safe_read import read_regular
from reader.gui.plain_text import plain
from reader.gui.widgets.variables_table import CaseRow
from reader.gui.widgets.variables_window import VariableDialog, VariablesWindow

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

logger = logging.getLogger(__name__)

#: A variable with more values than this is not offered in the sidebar's filter.
FILTER_VALUES_MAX = 60
CSV_BYTES_MAX = 50 * 1024 * 1024


_MARK = "\x01"  # never in a tag, a variable's name or a value


def filter_key(name: str, value: str) -> str:
    """The sidebar filter's item data for `variable = value` (tags are their names)."""
    return f"{_MARK}{name}{_MARK}{value}"


def is_filter_key(data: object) -> bool:
    return isinstance(data, str) and data.startswith(_MARK)


class VariablesFlow(QObject):
    """Owns the Report Variables window and its action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: VariablesWindow | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionReportVariables")
        self.action.triggered.connect(self.open)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Report &Variables…"))
        self.action.setToolTip(self.tr("A table of every report by variable: define, edit, paste, import"))
        if self.view is not None:
            self.view.retranslate()

    # -- the table --------------------------------------------------------------------------
    def open(self) -> None:
        if self.view is None:
            view = self.view = VariablesWindow(self.window)
            view.edits_requested.connect(self.set_values)
            view.define_requested.connect(lambda: self.define(None))
            view.change_requested.connect(self.define)
            view.delete_requested.connect(self.delete)
            view.import_requested.connect(self.import_csv)
            view.report_activated.connect(
                lambda relpath: self.window._open_with_selection(relpath, lambda _r: None)
            )
        self.refresh()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()

    def rows(self) -> list[CaseRow]:
        return [
            CaseRow(r.entry.relpath, r.number, r.title, r.date, r.entry.category)
            for r in self.window.model.rows()
        ]

    def refresh(self) -> None:
        session = self.window.session
        if self.view is None or session is None:
            return
        self.view.model.set_data(self.rows(), session.casebook.copy())
        self.view.set_editable(session.read_only_reason is None)

    # -- changes ----------------------------------------------------------------------------
    def set_values(self, edits: list[tuple[str, str, str]]) -> None:
        session = self.window.session
        if session is not None:
            self._run(lambda: session.set_values(edits), self.tr("Set variable values"))

    def define(self, name: str | None) -> None:
        session = self.window.session
        if session is None:
            return
        old = session.casebook.variable(name) if name else None
        dialog = VariableDialog(self.view or self.window, old)
        while dialog.exec():
            variable: Variable = dialog.variable()
            done = self._run(
                lambda variable=variable: session.define_variable(variable, replacing=name),
                self.tr("Change variable") if name else self.tr("New variable"),
            )
            if done:
                return

    def delete(self, name: str) -> None:
        session = self.window.session
        if session is not None:
            self._run(lambda: session.delete_variable(name), self.tr("Delete variable"))

    def import_csv(self) -> None:
        w = self.window
        session = w.session
        if session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.view or w,
            self.tr("Import Variables"),
            str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not path:
            return
        try:
            raw = read_regular(Path(path), CSV_BYTES_MAX)
        except OSError as exc:
            w._warn(self.tr("The file could not be read"), exc.strerror or str(exc))
            return
        try:
            imported = parse_csv(raw, session.casebook, [e.relpath for e in session.entries])
        except VariableError as exc:
            w._warn(self.tr("The file could not be imported"), exc.reason())
            return
        problems = [self.tr("Row %1: no such report “%2”").replace("%1", str(n)).replace("%2", cell)
                    for n, cell in imported.unknown_reports]  # fmt: skip
        problems += [
            self.tr("Row %1, %2: %3").replace("%1", str(n)).replace("%2", name).replace("%3", exc.reason())
            for n, name, exc in imported.errors
        ]
        done = self._run(lambda: session.import_variables(imported), self.tr("Import variables"))
        if done:
            message = (
                self.tr("Imported %1 values and %2 new variables.")
                .replace("%1", str(len(imported.edits)))
                .replace("%2", str(len(imported.new_variables)))
            )
            if problems:
                message += "\n\n" + self.tr("Not imported:") + "\n" + "\n".join(problems[:20])
                if len(problems) > 20:
                    message += "\n" + self.tr("… and %1 more").replace("%1", str(len(problems) - 20))
            QMessageBox.information(self.view or w, self.tr("Import Variables"), plain(message))

    def _run(self, make: Callable[[], Change], text: str) -> bool:
        from reader.core.annotations.model import SidecarError

        try:
            change = make()
        except SidecarError as exc:
            self.window._warn(self.tr("Annotations are read-only"), exc.reason())
            return False
        except VariableError as exc:
            self.window._warn(self.tr("The variable cannot be changed"), exc.reason())
            return False
        self.window._do(change, text)
        return True

    # -- the sidebar's filter -------------------------------------------------------------------
    def filter_choices(self) -> list[tuple[str, str]]:
        """(label, key) for the sidebar's filter: every value of the year and of each
        user variable with few enough values (`filter_key`)."""
        session = self.window.session
        if session is None:
            return []
        table = session.casebook.table()
        found: dict[str, set[str]] = {}
        for row in self.window.model.rows():
            year = report_variables(row.number, row.title, row.date, row.entry.category)["year"]
            if year:
                found.setdefault("year", set()).add(year)
        for values in table.values():
            for name, value in values.items():
                found.setdefault(name, set()).add(value)
        variables = {v.name: v for v in session.casebook.variables}
        result = []
        from reader.core.annotations.report_variables import sort_key

        for name in ["year", *(v.name for v in session.casebook.variables)]:
            values = found.get(name, set())
            if not values or len(values) > FILTER_VALUES_MAX:
                continue
            label = self.tr("Year") if name == "year" else name
            for value in sorted(values, key=lambda v, n=name: sort_key(variables.get(n), v)):
                result.append((f"{label}: {value}", filter_key(name, value)))
        return result

    def reports_with(self, key: str) -> set[str]:
        """The reports a `filter_key` chooses."""
        _mark, name, value = key.split(_MARK)
        session = self.window.session
        if session is None:
            return set()
        if name == "year":
            return {
                r.entry.relpath
                for r in self.window.model.rows()
                if report_variables(r.number, r.title, r.date, r.entry.category)["year"] == value
            }
        return {relpath for relpath, values in session.casebook.table().items() if values.get(name) == value}
