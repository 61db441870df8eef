"""Where the bundled sample library and resources are: in the installed package
(the wheel carries them as `reader/seeds` and `reader/resources`), or beside the
package in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    installed = _PACKAGE / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def seeds_dir() -> Path:
    """The bundled default library of sample reports."""
    return _locate("seeds")


def resources_dir() -> Path:
    """Icons, the desktop file, translations, dictionaries and schemas."""
    return _locate("resources")
