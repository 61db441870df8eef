"""Files in and out: export annotations (dialog, then written in the background with
progress and Cancel), import a sidecar or W3C file (read in the background, merged as
one undoable change), save the whole annotations file elsewhere, and export search
results. Each says what it did, or why it could not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from reader.core.analysis.search import write_search_csv
from reader.core.annotations.model import SidecarError
from reader.core.annotations.store import FILE_NAME
from reader.core.library import Library
from reader.core.problems import user_language
from reader.core.reading.loader import Report
from reader.core.storage import atomic_write_bytes
from reader.gui import tasks
from reader.gui.controllers.annotation_controller import AnnotationController
from reader.gui.plain_text import plain
from reader.gui.settings import AppSettings
from reader.gui.tasks import TaskRegistry
from reader.gui.widgets.search_panel import SearchPanel

if TYPE_CHECKING:  # the export package and its dialog load when first used, not at start
    from reader.core.export import ExportSet
    from reader.core.export.importer import ImportResult
    from reader.core.export.records import Scope
    from reader.gui.dialogs.export_dialog import ExportChoice


class TransferFlow(QObject):
    """File > Import, Export and Save Annotations As, and the search panel's Export."""

    def __init__(
        self,
        parent: QWidget,
        library: Callable[[], Library | None],
        controller: AnnotationController,
        task_registry: TaskRegistry,
        settings: AppSettings,
        warn: Callable[[str, str], None],
        status: Callable[..., None],
        labels: Callable[[], dict[str, str]],
        current_report: Callable[[], Report | None],
        search_panel: SearchPanel,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._controller = controller
        self._tasks = task_registry
        self._settings = settings
        self._warn = warn
        self._status = status
        self._labels = labels
        self._current_report = current_report
        self.search_panel = search_panel
        self.export_progress: QProgressDialog | None = None
        self._import_queue: list[Path] = []  # files chosen together, still to import

    def export_annotations(self) -> None:
        """File > Export Annotations: ask what and where, then write in the background."""
        self.export_selection(None)

    def export_selection(self, selection: tuple[str, Scope] | None) -> None:
        """The Export dialog with `selection` (label, scope), e.g. the passages
        retrieved, offered first and chosen."""
        library = self._library()
        if library is None:
            return
        if not library.annotations_loaded:
            self._status(library.read_only_reason or "", 5000)
            return
        self._controller.save_now()
        labels = self._labels()
        annotated = {a.path for a in library.annotations()}
        reports = [
            (e.relpath, labels.get(e.relpath, e.relpath)) for e in library.entries if e.relpath in annotated
        ]
        report = self._current_report()
        from reader.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(
            self._settings,
            library.root.name,
            reports,
            [t.name for t in library.tags()],
            report.relpath if report is not None else None,
            self._parent,
            selection,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.remember()
        self.run_export(dialog.choice())

    def run_export(self, choice: ExportChoice) -> None:
        """Gather and write an export off the UI thread, with progress and Cancel."""
        session = self._library()
        if session is None:
            return
        if session.owns(choice.path):  # never over the annotations the export is made of
            self._warn(self.tr("The export could not be written"), SidecarError("own-file").reason())
            return
        lang = user_language()
        progress = QProgressDialog(self.tr("Exporting annotations…"), self.tr("Cancel"), 0, 0, self._parent)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        self.export_progress = progress

        from reader.core.export import collect, write_export

        def work(token, report):  # noqa: ANN001, ANN202 - worker signature
            export = collect(session, choice.scope, report, lambda: token.cancelled)
            if token.cancelled:
                return None
            report(0, 0)  # writing the file: the bar just shows it is busy
            write_export(export, choice.fmt, choice.path, session.root, lang, choice.by)
            return export

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(export: ExportSet | None) -> None:
            progress.close()
            if export is None:
                return
            count = len(export.records)
            message = (
                self.tr("Wrote %1 annotations from %2 reports to %3.")
                .replace("%1", str(count))
                .replace("%2", str(len(export.reports)))
                .replace("%3", str(choice.path))
            )
            self._status(message, 15000)
            QMessageBox.information(self._parent, self.tr("Export finished"), plain(message))

        def failed(message: str) -> None:
            progress.close()
            self._warn(self.tr("The export could not be written"), message)

        progress.canceled.connect(lambda: self._tasks.cancel(tasks.EXPORT))
        self._tasks.run(tasks.EXPORT, work, finished, failed, on_progress=on_progress)

    def import_annotations(self) -> None:
        """File > Import Annotations: merge JSON files (sidecars or W3C exports: several
        coders' files at once), one after the other."""
        if self._library() is None:
            return
        folder = self._settings.value_str("import/folder", str(Path.home()))
        chosen, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Import Annotations"),
            folder,
            self.tr("Annotations (*.json *.jsonld);;All files (*)"),
        )
        if chosen:
            self._settings.set("import/folder", str(Path(chosen[0]).parent))
            self._import_queue = [Path(p) for p in chosen[1:]]
            self.import_file(Path(chosen[0]))

    def _import_failed(self, message: str) -> None:
        self._warn(self.tr("The file could not be imported"), message)
        self._import_next()

    def _import_next(self) -> None:
        """Import the next of the files chosen together, if any is left."""
        if self._import_queue:
            self.import_file(self._import_queue.pop(0))

    def import_file(self, path: Path) -> None:
        session = self._library()
        if session is None:
            return
        if session.read_only_reason is not None:
            self._warn(self.tr("Annotations are read-only"), session.read_only_reason)
            return
        self._controller.save_now()
        self._status(self.tr("Reading %1…").replace("%1", path.name))
        from reader.core.export.importer import plan_import

        self._tasks.run(
            tasks.IMPORT,
            lambda: plan_import(session, path),
            lambda result: self._import_planned(session, path, result),
            self._import_failed,
        )

    def _import_planned(self, session: Library, path: Path, result: ImportResult) -> None:
        if session is not self._library():
            return
        if result.change is None:
            self._import_next()
            return
        if result.added or result.updated:
            self._controller.do(result.change, self.tr("Import annotations from %1").replace("%1", path.name))
        message = (
            self.tr("Added %1, updated %2 and skipped %3 annotations from %4.")
            .replace("%1", str(len(result.added)))
            .replace("%2", str(len(result.updated)))
            .replace("%3", str(len(result.skipped)))
            .replace("%4", path.name)
        )
        if result.unplaced:
            message += " " + self.tr(
                "%1 are for reports not in this library; they are listed as not found."
            ).replace("%1", str(len(result.unplaced)))
        if result.repaired:
            from reader.core.export.importer import repairs_text

            message += " " + self.tr("%1 were repaired to the annotations file's rules (%2).").replace(
                "%1", str(len(result.repaired))
            ).replace("%2", repairs_text(result))
        if result.refused:
            message += "\n\n" + self.tr(
                "%1 were not imported, as they break the annotations file's rules:"
            ).replace("%1", str(len(result.refused)))
            message += "\n" + "\n".join(result.refused[:5]) + ("\n…" if len(result.refused) > 5 else "")
        self._status(message.split("\n")[0], 15000)
        QMessageBox.information(self._parent, self.tr("Import finished"), plain(message))
        self._import_next()

    def save_annotations_as(self) -> bool:
        """File > Save Annotations As…: the library's whole annotations file, written
        atomically to a file the user chooses (File > Import Annotations reads it
        back). True when written."""
        session = self._library()
        if session is None or not session.annotations_loaded:
            return False
        folder = Path(self._settings.value_str("import/folder", str(Path.home())))
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save Annotations As"),
            str(folder / f"{session.root.name}-{FILE_NAME}"),
            self.tr("Annotations (*.json)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".json")
        if path.resolve() == session.sidecar_location.resolve():
            self._warn(
                self.tr("Choose another file"),
                self.tr("This is the library's own annotations file; choose another file or folder."),
            )
            return False
        try:
            atomic_write_bytes(path, session.file_bytes())
        except OSError as exc:
            self._warn(self.tr("The annotations could not be written"), exc.strerror or str(exc))
            return False
        self._settings.set("import/folder", str(path.parent))
        message = self.tr("Annotations saved to %1 (File → Import Annotations brings them into a library).")
        self._status(message.replace("%1", str(path)), 15000)
        return True

    def export_search(self) -> None:
        groups = self.search_panel.visible_groups()
        if not groups:
            return
        folder = self._settings.value_str("export/folder", str(Path.home()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Search Results"), str(Path(folder) / "search.csv"), "CSV (*.csv)"
        )
        if not chosen:
            return
        try:
            write_search_csv(Path(chosen), groups)
        except OSError as exc:
            self._warn(self.tr("The export could not be written"), exc.strerror or str(exc))
            return
        rows = sum(len(g.hits) for g in groups)
        self._status(self.tr("Wrote %1 lines to %2.").replace("%1", str(rows)).replace("%2", chosen), 10000)
