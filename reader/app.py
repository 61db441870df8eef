"""The application: QApplication set-up, `build_window()` and `run()`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from reader import __version__
from reader.bundled import resources_dir, seeds_dir
from reader.core.reading.loader import default_root
from reader.display import EXIT_NO_DISPLAY, create_application, missing_display, no_display_message
from reader.gui.i18n import install_language
from reader.gui.main_window import APP_NAME, MainWindow
from reader.gui.settings import AppSettings

logger = logging.getLogger(__name__)

#: The launcher's name: the desktop file is `report-reader.desktop`, and on X11 the
#: window's WM_CLASS instance is the program name given to Qt, so a dock or task
#: bar puts the window under the launcher (StartupWMClass=report-reader).
DESKTOP_ID = "report-reader"


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = create_application(lambda: QApplication([DESKTOP_ID]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("report-reader")
    app.setDesktopFileName(DESKTOP_ID)  # the Wayland app id
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "report-reader.svg")))
    return app


def _library_and_report(path: Path | None) -> tuple[Path, Path | None]:
    if path is None:
        return seeds_dir(), None
    path = Path(path).resolve()
    return (path, None) if path.is_dir() else (default_root(path), path)


def build_window(path: Path | None = None) -> QMainWindow:
    """The main window on a library folder or a report, without entering the event loop.

    No path: the bundled sample reports.
    """
    app = _application()
    settings = AppSettings()
    install_language(app, settings.value_str("ui/language", "system"))
    library, report = _library_and_report(Path(path) if path is not None else None)
    return MainWindow(library, report, settings)


def configure_logging() -> None:
    """Warnings and errors of every library on stderr; the app's own notes too.

    Libraries' INFO lines (matplotlib's "generated new fontManager", its "categorical
    units" notes) are for their developers, not for the user's terminal.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("reader").setLevel(logging.INFO)


def run(path: Path | None = None) -> int:
    """Start the application on `path`; returns the exit status (2: no display)."""
    configure_logging()
    if missing_display() and QApplication.instance() is None:
        sys.stderr.write(no_display_message())
        return EXIT_NO_DISPLAY
    app = _application()
    if path is None:
        last = AppSettings().value_str("library/last", "")
        path = Path(last) if last and Path(last).is_dir() else None
    window = build_window(path)
    window.show()
    return app.exec()
