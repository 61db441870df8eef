"""The statistics window (F9): top terms, a term over time, the coding matrix, and
what distinguishes a tag's passages. Every chart saves as PNG or SVG and its
numbers as CSV. Slow numbers (the library's term counts) are computed off the UI
thread."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.export.tabular import neutralise
from reader.core.library import Library
from reader.core.reading.loader import Report
from reader.core.storage import atomic_write_bytes
from reader.gui.plain_text import plain, plain_labels
from reader.gui.settings import AppSettings
from reader.gui.widgets.charts import new_canvas, style_for
from reader.gui.widgets.keyword_panel import count_definition
from reader.gui.worker import Task, run_in_background

TABS = ("terms", "time", "matrix", "tag")
TITLE_LINES = 3
MAX_MATRIX_REPORTS = 40


class StatsWindow(QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statsWindow")
        self.settings = settings
        self.session: Library | None = None
        self.report: Report | None = None
        self._task: Task | None = None
        self.numbers: dict[str, list[list[object]]] = {key: [] for key in TABS}
        self.resize(900, 640)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statsTabs")
        self.canvases = {}
        pages = {}
        self._titles: dict[str, tuple[str, Any]] = {}  # each chart's title, unwrapped, and its Text
        for key in TABS:
            page = QWidget(self.tabs)
            pages[key] = page
            self.canvases[key] = new_canvas(page)
            self.canvases[key].mpl_connect("resize_event", lambda _event, k=key: self._refit(k))
        # Top terms
        self.scope = QComboBox(self)
        self.scope.setObjectName("statsScope")
        self.scope.addItem("", "report")
        self.scope.addItem("", "library")
        self.measure = QComboBox(self)
        self.measure.setObjectName("statsMeasure")
        self.measure.addItem("", "count")
        self.measure.addItem("", "tfidf")
        self.top = QSpinBox(self)
        self.top.setObjectName("statsTop")
        self.top.setRange(5, 50)
        self.top.setValue(20)
        # Over time
        self.term = QLineEdit(self)
        self.term.setObjectName("statsTerm")
        self.term.setText(settings.value_str("stats/term", "主题教育"))
        self.draw_term = QPushButton(self)
        # Tag vs library
        self.tag = QComboBox(self)
        self.tag.setObjectName("statsTag")

        self.controls: dict[str, list[QWidget]] = {
            "terms": [self.scope, self.measure, self.top],
            "time": [self.term, self.draw_term],
            "matrix": [],
            "tag": [self.tag],
        }
        for key, page in pages.items():
            layout = QVBoxLayout(page)
            row = QHBoxLayout()
            for widget in self.controls[key]:
                row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self.canvases[key], 1)
            self.tabs.addTab(page, "")

        self.status = QLabel(self)
        self.status.setObjectName("statsStatus")
        plain_labels(self.status)  # terms, file names and error messages
        self.save_chart = QPushButton(self)
        self.save_chart.setObjectName("statsSaveChart")
        self.save_numbers = QPushButton(self)
        self.save_numbers.setObjectName("statsSaveNumbers")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_chart)
        bottom.addWidget(self.save_numbers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for combo in (self.scope, self.measure):
            combo.currentIndexChanged.connect(self.refresh)
        self.top.valueChanged.connect(self.refresh)
        self.term.returnPressed.connect(self.refresh)
        self.draw_term.clicked.connect(self.refresh)
        self.tag.currentIndexChanged.connect(self.refresh)
        self.tabs.currentChanged.connect(self.refresh)
        self.save_chart.clicked.connect(self.save_chart_file)
        self.save_numbers.clicked.connect(self.save_numbers_file)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics"))
        for i, text in enumerate(
            (self.tr("Top terms"), self.tr("Over time"), self.tr("Coding matrix"), self.tr("Tag vs library"))
        ):
            self.tabs.setTabText(i, text)
        self.scope.setItemText(0, self.tr("Current report"))
        self.scope.setItemText(1, self.tr("Whole library"))
        self.measure.setItemText(0, self.tr("Occurrences"))
        self.measure.setToolTip(count_definition())
        self.measure.setItemText(1, self.tr("TF-IDF"))
        self.top.setPrefix(self.tr("Top "))
        self.term.setPlaceholderText(self.tr("A term, e.g. 整改"))
        self.draw_term.setText(self.tr("Draw"))
        self.save_chart.setText(self.tr("Save Chart…"))
        self.save_numbers.setText(self.tr("Export Numbers (CSV)…"))
        if self.isVisible():
            self.refresh()  # the charts' titles and labels in the new language

    # -- data ------------------------------------------------------------------------------------
    def set_session(self, session: Library | None, report: Report | None = None) -> None:
        self.session = session
        if report is not None:
            self.report = report
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        for tag in session.tags() if session is not None else []:
            self.tag.addItem(tag.name, tag.name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def theme_changed(self, _name: str) -> None:
        if self.isVisible():
            self.refresh()

    def current(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def refresh(self, *_args: object) -> None:
        """Compute the current tab's numbers (in the background) and draw them."""
        session = self.session
        key = self.current()
        if session is None or not session.indexed:
            self.status.setText(self.tr("The library is being indexed; statistics follow when it is ready."))
            return
        if self._task is not None:
            self._task.cancel()
        self.status.setText(self.tr("Counting…"))
        work = {
            "terms": self._terms_numbers,
            "time": self._time_numbers,
            "matrix": self._matrix_numbers,
            "tag": self._tag_numbers,
        }[key]
        params = self._params()
        self._task = run_in_background(
            lambda: work(session, params),
            lambda result: self._done(key, result),
            lambda message: self.status.setText(message),
            parent=self,
        )

    def _params(self) -> dict[str, object]:
        return {
            "scope": self.scope.currentData(),
            "measure": self.measure.currentData(),
            "top": self.top.value(),
            "term": self.term.text().strip(),
            "tag": self.tag.currentData(),
            "report": self.report,
        }

    def _terms_numbers(self, session: Library, p: dict[str, Any]) -> dict[str, Any]:
        report = p["report"] if p["scope"] == "report" else None
        rows = session.top_terms(p["top"], p["measure"], report)
        where = report.title if report is not None else session.root.name
        value = "count" if p["measure"] == "count" else "tfidf"
        return {"where": where, "measure": value, "rows": [(r.term, r.count, r.tfidf) for r in rows]}

    def _time_numbers(self, session: Library, p: dict[str, Any]) -> dict[str, Any]:
        return {"series": session.term_over_time(p["term"]) if p["term"] else None}

    def _matrix_numbers(self, session: Library, _p: dict[str, Any]) -> dict[str, Any]:
        return {"matrix": session.coding_matrix()}

    def _tag_numbers(self, session: Library, p: dict[str, Any]) -> dict[str, Any]:
        if not p["tag"]:
            return {"tag": None, "rows": []}
        passages = session.tag_passages(p["tag"])
        return {"tag": p["tag"], "passages": len(passages), "rows": session.keyness(p["tag"], 15)}

    # -- drawing -------------------------------------------------------------------------------
    def _done(self, key: str, result: dict[str, Any]) -> None:
        self._task = None
        import matplotlib

        canvas = self.canvases[key]
        figure = canvas.figure
        figure.clear()
        self._titles.pop(key, None)
        with matplotlib.rc_context(style_for(self)):
            figure.set_facecolor(self.palette().color(QPalette.ColorRole.Window).name())
            axes = figure.add_subplot()
            getattr(self, f"_draw_{key}")(axes, result)
            self._fit_title(key)
            canvas.draw()

    def _set_title(self, key: str, text: str) -> None:
        """The chart's title, over the whole figure; wrapped to its width when drawn."""
        self._titles[key] = (text, self.canvases[key].figure.suptitle(text))

    def _fit_title(self, key: str) -> None:
        """Break the title into lines that fit the figure (at most three, the last
        ending in "…"): a report's title is often longer than the chart is wide."""
        if key not in self._titles:
            return
        text, title = self._titles[key]
        figure = self.canvases[key].figure
        renderer = self.canvases[key].get_renderer()
        room = figure.bbox.width * 0.96

        def width(line: str) -> float:
            title.set_text(line)
            return title.get_window_extent(renderer).width

        lines, line = [], ""
        for char in text:
            if line and width(line + char) > room:
                lines.append(line)
                line = char.lstrip()
            else:
                line += char
        lines.append(line)
        if len(lines) > TITLE_LINES:
            lines = [*lines[: TITLE_LINES - 1], lines[TITLE_LINES - 1][:-1] + "…"]
        title.set_text("\n".join(lines))

    def _refit(self, key: str) -> None:
        """The canvas was resized: wrap its title again."""
        if key in self._titles:
            self._fit_title(key)
            self.canvases[key].draw_idle()

    def _accent(self) -> str:
        """A bar and line colour that stands out on this theme's background."""
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return "#6ea8ff" if dark else "#2f6fd0"

    def _draw_terms(self, axes: Any, result: dict[str, Any]) -> None:
        rows = result["rows"]
        value = 1 if result["measure"] == "count" else 2
        terms = [r[0] for r in rows][::-1]
        values = [r[value] for r in rows][::-1]
        axes.barh(terms, values, color=self._accent())
        label = self.tr("Occurrences") if value == 1 else self.tr("TF-IDF")
        axes.set_xlabel(label)
        self._set_title("terms", self.tr("Top terms: %1").replace("%1", result["where"]))
        axes.grid(axis="x", alpha=0.3)
        self.numbers["terms"] = [["term", "count", "tfidf"], *[[t, c, round(s, 6)] for t, c, s in rows]]
        self.status.setText(self.tr("%1 terms").replace("%1", str(len(rows))))

    def _draw_time(self, axes: Any, result: dict[str, Any]) -> None:
        series = result["series"]
        if series is None:
            self.status.setText(self.tr("Type a term and press Enter."))
            return
        self.settings.set("stats/term", series.term)
        filled = series.filled()
        months = [m for m, _c, _r in filled]
        counts = [c for _m, c, _r in filled]
        if months:
            axes.plot(months, counts, marker="o", color=self._accent())
            axes.set_ylim(bottom=0)
            step = max(1, len(months) // 12)  # at most about a dozen month labels
            axes.set_xticks(range(0, len(months), step), months[::step], rotation=45, ha="right")
        axes.set_ylabel(self.tr("Occurrences"))
        self._set_title("time", self.tr("“%1” by month").replace("%1", series.term))
        axes.grid(alpha=0.3)
        undated = self.tr("%1 occurrences in %2 reports without a full date (not shown)")
        undated = undated.replace("%1", str(series.undated)).replace("%2", str(series.undated_reports))
        axes.text(0.01, 0.98, undated, transform=axes.transAxes, va="top", fontsize=9)
        self.numbers["time"] = [["month", "occurrences", "reports"], *[list(m) for m in filled]]
        self.numbers["time"].append(["(no full date)", series.undated, series.undated_reports])
        self.status.setText(undated)

    def _draw_matrix(self, axes: Any, result: dict[str, Any]) -> None:
        matrix = result["matrix"]
        reports = matrix.reports[:MAX_MATRIX_REPORTS]
        counts = matrix.counts[:MAX_MATRIX_REPORTS]
        self.numbers["matrix"] = [
            ["report", *matrix.tags],
            *[[r[1], *c] for r, c in zip(matrix.reports, matrix.counts, strict=True)],
        ]
        if not reports or not matrix.tags:
            axes.set_axis_off()
            axes.text(0.5, 0.5, self.tr("No tagged passages yet."), ha="center", va="center")
            self.status.setText("")
            return
        image = axes.imshow(counts, aspect="auto", cmap="YlOrRd")
        axes.set_xticks(range(len(matrix.tags)), matrix.tags, rotation=45, ha="right")
        axes.set_yticks(range(len(reports)), [label[:24] for _r, label in reports])
        highest = max((v for row in counts for v in row), default=0)
        for y, row in enumerate(counts):
            for x, value in enumerate(row):
                if value:
                    ink = "white" if value > highest / 2 else "black"  # readable on dark cells
                    axes.text(x, y, str(value), ha="center", va="center", fontsize=8, color=ink)
        from matplotlib.ticker import MaxNLocator

        bar = axes.figure.colorbar(image, ax=axes, label=self.tr("Passages"))
        bar.locator = MaxNLocator(integer=True)
        bar.update_ticks()
        self._set_title("matrix", self.tr("Coding matrix"))
        shown = self.tr("%1 of %2 reports shown").replace("%1", str(len(reports)))
        self.status.setText(shown.replace("%2", str(len(matrix.reports))))

    def _draw_tag(self, axes: Any, result: dict[str, Any]) -> None:
        rows = result["rows"]
        if not result["tag"] or not rows:
            axes.set_axis_off()
            message = self.tr("Choose a tag with passages.") if not rows else ""
            axes.text(0.5, 0.5, message, ha="center", va="center")
            self.numbers["tag"] = []
            self.status.setText("")
            return
        terms = [r.term for r in rows][::-1]
        positions = range(len(terms))
        tag_values = [r.tag_per_10k for r in rows][::-1]
        library_values = [r.library_per_10k for r in rows][::-1]
        axes.barh([p + 0.2 for p in positions], tag_values, height=0.4, color=self._accent(),
                  label=self.tr("Passages tagged %1").replace("%1", result["tag"]))  # fmt: skip
        axes.barh([p - 0.2 for p in positions], library_values, height=0.4, color="#9e9e9e",
                  label=self.tr("Whole library"))  # fmt: skip
        axes.set_yticks(list(positions), terms)
        axes.set_xlabel(self.tr("Per 10,000 terms"))
        axes.legend(loc="lower right")
        self._set_title("tag", self.tr("What distinguishes passages tagged %1").replace("%1", result["tag"]))
        self.numbers["tag"] = [
            ["term", "in passages", "in library", "passages per 10k", "library per 10k", "log-likelihood"],
            *[[r.term, r.tag_count, r.library_count, round(r.tag_per_10k, 2), round(r.library_per_10k, 2),
               round(r.log_likelihood, 3)] for r in rows],
        ]  # fmt: skip
        self.status.setText(self.tr("%1 passages").replace("%1", str(result["passages"])))

    # -- saving ------------------------------------------------------------------------------
    def save_chart_file(self) -> None:
        folder = self.settings.value_str("stats/folder", str(Path.home()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Chart"),
            str(Path(folder) / f"{self.current()}.png"),
            "PNG (*.png);;SVG (*.svg)",
        )
        if chosen:
            self.save_chart_to(Path(chosen))

    def save_chart_to(self, path: Path) -> None:
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        buffer = io.BytesIO()
        self.canvases[self.current()].figure.savefig(buffer, format=path.suffix[1:].lower(), dpi=150)
        self._write(path, buffer.getvalue())

    def save_numbers_file(self) -> None:
        folder = self.settings.value_str("stats/folder", str(Path.home()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Numbers"), str(Path(folder) / f"{self.current()}.csv"), "CSV (*.csv)"
        )
        if chosen:
            self.save_numbers_to(Path(chosen))

    def save_numbers_to(self, path: Path) -> None:
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\\r\\n")
        for row in self.numbers[self.current()]:
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in row])
        self._write(path, out.getvalue().encode("utf-8-sig"))

    def _write(self, path: Path, data: bytes) -> None:
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), plain(exc.strerror or str(exc)))
            return
        self.settings.set("stats/folder", str(path.parent))
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
