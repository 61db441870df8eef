"""The UI language: Simplified Chinese or English, following the system locale or
the user's choice, switchable while the app runs (Qt sends LanguageChange)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reader.bundled import resources_dir
from reader.core.problems import set_language

logger = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def effective_language(choice: str) -> str:
    """'zh_CN' or 'en' for a choice of 'system', 'zh_CN' or 'en'."""
    if choice in ("zh_CN", "en"):
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def problem_language(choice: str) -> str:
    """The core's language code for problem reasons ('zh' or 'en')."""
    return "zh" if effective_language(choice) == "zh_CN" else "en"


def install_language(app: QApplication, choice: str) -> str:
    """Install the translators for `choice`; returns the language now in effect."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(choice)
    set_language(problem_language(choice))  # the core's reasons follow the UI language
    if language == "zh_CN":
        ours = QTranslator(app)
        path = resources_dir() / "translations" / "report_reader_zh_CN.qm"
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            logger.warning("Chinese translation not found at %s", path)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return language
