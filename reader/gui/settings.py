"""Window layout and preferences in QSettings: one INI file in the user's config
folder, overridable with $REPORT_READER_CONFIG_DIR (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

CONFIG_DIR_ENV = "REPORT_READER_CONFIG_DIR"
MAX_RECENT = 8


def config_path() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    folder = Path(override) if override else Path(user_config_dir("report-reader", appauthor=False))
    return folder / "report-reader.ini"


class AppSettings:
    """Typed access to the settings the window remembers."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self._qs.value(key, default)
        if kind is bool:
            return value in (True, "true", "1", 1) if not isinstance(value, bool) else value
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def value_str(self, key: str, default: str = "") -> str:
        return str(self._get(key, default, str))

    def value_int(self, key: str, default: int = 0) -> int:
        return int(self._get(key, default, int))  # type: ignore[arg-type]

    def value_bool(self, key: str, default: bool = False) -> bool:
        return bool(self._get(key, default, bool))

    def value_bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else None

    def set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)

    def recent_libraries(self) -> list[str]:
        value = self._qs.value("library/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in items if v]

    def add_recent_library(self, path: Path) -> None:
        entry = str(path)
        items = [entry] + [p for p in self.recent_libraries() if p != entry]
        self._qs.setValue("library/recent", items[:MAX_RECENT])

    def sync(self) -> None:
        self._qs.sync()
