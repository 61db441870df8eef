"""The launcher `reader --install-desktop` writes: offered in "Open With", never a
default, never for folders, and matched to the window it starts."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep key case
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def desktop_env(tmp_path: Path) -> dict[str, str]:
    """A scratch XDG world: the user's folders, and a system folder where a text
    editor is registered for text/plain and text/html (as on a real machine)."""
    system = tmp_path / "system"
    (system / "applications").mkdir(parents=True)
    (system / "applications" / "editor.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Editor\nExec=editor %f\nMimeType=text/plain;text/html;\n",
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_DIRS=str(system),
        XDG_CONFIG_DIRS=str(tmp_path / "etc-xdg"),
        XDG_CURRENT_DESKTOP="",
    )
    for name in ("home", "data", "config", "etc-xdg"):
        (tmp_path / name).mkdir()
    return env


def _install(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--install-desktop"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def _all_files(*roots: str) -> set[Path]:
    return {p for root in roots for p in Path(root).rglob("*") if p.is_file()}


def test_launcher_never_claims_folders_nor_a_type_it_would_become_the_default_of(
    desktop_env: dict[str, str],
) -> None:
    """No default is set anywhere: a launcher in the user's folder that listed a type
    would come first in the freedesktop order and become that type's default."""
    _install(desktop_env)
    entry = _entry(Path(desktop_env["XDG_DATA_HOME"]) / "applications" / "report-reader.desktop")
    assert "inode/directory" not in entry.get("MimeType", "")
    assert "MimeType" not in entry
    written = _all_files(desktop_env["XDG_DATA_HOME"], desktop_env["XDG_CONFIG_HOME"])
    assert not [p for p in written if p.name.endswith(("mimeapps.list", "defaults.list"))]


def test_launcher_is_offered_where_another_application_is_the_default(desktop_env: dict[str, str]) -> None:
    chosen = Path(desktop_env["XDG_CONFIG_HOME"]) / "mimeapps.list"
    chosen.write_text("[Default Applications]\ntext/plain=editor.desktop;\n", encoding="utf-8")
    before = chosen.read_bytes()
    result = _install(desktop_env)
    entry = _entry(Path(desktop_env["XDG_DATA_HOME"]) / "applications" / "report-reader.desktop")
    assert entry["MimeType"] == "text/plain;"  # text/html has no default: not claimed
    assert chosen.read_bytes() == before  # the user's choice is untouched
    mimeapps = [
        p
        for p in _all_files(desktop_env["XDG_DATA_HOME"], desktop_env["XDG_CONFIG_HOME"])
        if p.name.endswith("mimeapps.list")
    ]
    assert mimeapps == [chosen]
    assert "text/plain" in result.stdout and "text/html" in result.stdout


def test_a_default_naming_an_application_that_is_not_installed_does_not_count(
    desktop_env: dict[str, str],
) -> None:
    (Path(desktop_env["XDG_CONFIG_HOME"]) / "mimeapps.list").write_text(
        "[Default Applications]\ntext/plain=gone.desktop\n", encoding="utf-8"
    )
    _install(desktop_env)
    entry = _entry(Path(desktop_env["XDG_DATA_HOME"]) / "applications" / "report-reader.desktop")
    assert "MimeType" not in entry


def test_shipped_launcher_never_lists_folders() -> None:
    entry = _entry(REPO / "resources" / "report-reader.desktop")
    assert "inode/directory" not in entry["MimeType"]


def test_startup_wm_class_matches_the_window() -> None:
    """On X11 a dock groups a window under the launcher whose StartupWMClass is the
    window's WM_CLASS instance: Qt takes it from the program name it was given (and
    on Wayland the app id is the desktop file name)."""
    entry = _entry(REPO / "resources" / "report-reader.desktop")
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from reader.app import build_window\n"
        "window = build_window()\n"
        "app = QApplication.instance()\n"
        "print(app.arguments()[0].rsplit('/', 1)[-1])\n"
        "print(app.desktopFileName())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    instance, desktop_file = result.stdout.split()[-2:]
    assert instance == entry["StartupWMClass"]
    assert f"{desktop_file}.desktop" == "report-reader.desktop"
