"""`reader --install-desktop`: put a launcher and the icon in the user's XDG folders
so that Report Reader appears in the applications menu and can be double-clicked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from reader.bundled import resources_dir

DESKTOP_ID = "report-reader"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the launcher starts this installation (a venv's `reader` is often not on PATH)."""
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "reader" and script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("reader")
    if found:
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "reader"]


def _exec_quote(argument: str) -> str:
    """Quote one argument of a desktop entry's Exec key (freedesktop rules)."""
    if not any(ch in argument for ch in " \t\n\"'\\><~|&;$*?#()`%"):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped.replace("%", "%%")}"'


def desktop_entry(command: list[str]) -> str:
    template = (resources_dir() / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_exec_quote(a) for a in command) + " %f"
    return "".join(
        f"Exec={exec_line}\n" if line.startswith("Exec=") else line + "\n" for line in template.splitlines()
    )


def installed_paths(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{DESKTOP_ID}.desktop",
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *[icons / f"{n}x{n}" / "apps" / f"{DESKTOP_ID}.png" for n in ICON_SIZES],
    ]


def install_desktop(home: Path | None = None) -> list[Path]:
    """Write the launcher and icons; returns the files written."""
    home = home or data_home()
    desktop, svg, *pngs = installed_paths(home)
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_entry(launch_command()), encoding="utf-8")
    icons = resources_dir() / "icons"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons / f"{DESKTOP_ID}.svg", svg)
    for size, target in zip(ICON_SIZES, pngs, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"{DESKTOP_ID}-{size}.png", target)
    _refresh_caches(home)
    return [desktop, svg, *pngs]


def uninstall_desktop(home: Path | None = None) -> list[Path]:
    removed = []
    for path in installed_paths(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(home or data_home())
    return removed


def _refresh_caches(home: Path) -> None:
    """Let menus notice at once (the tools may be missing; the files work without them)."""
    for command in (
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "--quiet", "--ignore-theme-index", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=30)
