"""`reader --install-desktop`: put a launcher and the icon in the user's XDG folders
so that Report Reader appears in the applications menu and can be double-clicked.

The launcher offers the app in "Open With" for plain-text and HTML files, and never
takes a default: no `mimeapps.list` is written, folders (`inode/directory`) are never
claimed, and a type is claimed only when another application is already its default.
Otherwise the launcher in the user's folder would come first in the freedesktop
preference order and become the default by itself.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader.bundled import resources_dir
from reader.core.problems import pick

DESKTOP_ID = "report-reader"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The file types the launcher may be offered for ("Open With"): reports.
OFFERED_TYPES = ("text/plain", "text/html")

_TEXTS: dict[str, dict[str, str]] = {
    "offered": {
        "en": "Offered in “Open With” for {types}; the default applications are unchanged.",
        "zh": "已在“打开方式”中提供（{types}）；默认应用程序保持不变。",
    },
    "not-offered": {
        "en": "Not offered in “Open With” for {types}: no default application is set for them, so "
        "offering would make Report Reader their default (choose it with “Open With → Other Application”).",
        "zh": "未在“打开方式”中提供（{types}）：这些类型没有设置默认应用程序，提供即会使报告阅读器成为默认"
        "（可在“打开方式 → 其他应用程序”中选择）。",
    },
}


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def _xdg_dirs(
    environ: Mapping[str, str], home_var: str, home_default: Path, dirs_var: str, dirs_default: str
) -> list[Path]:
    home = environ.get(home_var, "")
    first = Path(home) if home and Path(home).is_absolute() else home_default
    rest = [
        Path(d) for d in (environ.get(dirs_var) or dirs_default).split(":") if d and Path(d).is_absolute()
    ]
    return [first, *rest]


def _mimeapps_lists(environ: Mapping[str, str]) -> Iterable[Path]:
    """Every file that can set a default application, in the spec's lookup order
    (desktop-specific lists first in each folder, then the legacy defaults.list)."""
    desktops = [d.lower() for d in environ.get("XDG_CURRENT_DESKTOP", "").split(":") if d]
    names = [*(f"{d}-mimeapps.list" for d in desktops), "mimeapps.list"]
    config = _xdg_dirs(environ, "XDG_CONFIG_HOME", Path.home() / ".config", "XDG_CONFIG_DIRS", "/etc/xdg")
    data = [d / "applications" for d in _application_roots(environ)]
    for folder in config:
        yield from (folder / n for n in names)
    for folder in data:
        yield from (folder / n for n in [*names, "defaults.list"])


def _application_roots(environ: Mapping[str, str]) -> list[Path]:
    return _xdg_dirs(
        environ,
        "XDG_DATA_HOME",
        Path.home() / ".local" / "share",
        "XDG_DATA_DIRS",
        "/usr/local/share:/usr/share",
    )


def _installed(desktop_id: str, environ: Mapping[str, str]) -> bool:
    """Whether a desktop file id names an installed launcher (`a-b.desktop` may be `a/b.desktop`)."""
    candidates = {desktop_id, desktop_id.replace("-", "/")}
    return any(
        (root / "applications" / c).is_file() for root in _application_roots(environ) for c in candidates
    )


def default_application(mime_type: str, environ: Mapping[str, str] = os.environ) -> str | None:
    """The application explicitly set as default for `mime_type` in any mimeapps.list
    (the first installed one named), or None when none is set."""
    for path in _mimeapps_lists(environ):
        parser = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",))
        parser.optionxform = str  # type: ignore[assignment, method-assign]  # MIME types keep their case
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError):
            continue
        value = parser.get("Default Applications", mime_type, fallback="")
        for desktop_id in (v.strip() for v in value.split(";")):
            if desktop_id and _installed(desktop_id, environ):
                return desktop_id
    return None


def offered_types(environ: Mapping[str, str] = os.environ) -> tuple[str, ...]:
    """The types the launcher is offered for: those another application (or this one)
    is already the explicit default of, so claiming them cannot make this app the default."""
    return tuple(t for t in OFFERED_TYPES if default_application(t, environ) is not None)


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


def desktop_entry(command: list[str], mime_types: Iterable[str] = OFFERED_TYPES) -> str:
    """The launcher's text: the shipped template with this installation's command and
    the types it is offered for (no MimeType line when there are none)."""
    template = (resources_dir() / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_exec_quote(a) for a in command) + " %f"
    types = "".join(f"{t};" for t in mime_types if t != "inode/directory")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("MimeType="):
            if not types:
                continue
            line = f"MimeType={types}"
        lines.append(line + "\n")
    return "".join(lines)


def installed_paths(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{DESKTOP_ID}.desktop",
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *[icons / f"{n}x{n}" / "apps" / f"{DESKTOP_ID}.png" for n in ICON_SIZES],
    ]


def install_desktop(home: Path | None = None) -> list[Path]:
    """Write the launcher and icons; returns the files written. Writes no default."""
    home = home or data_home()
    desktop, svg, *pngs = installed_paths(home)
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_entry(launch_command(), offered_types()), encoding="utf-8")
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


def offer_summary(home: Path | None = None, lang: str | None = None) -> str:
    """What the installed launcher is offered for, and what not and why (one or two lines)."""
    desktop = installed_paths(home)[0]
    offered: list[str] = []
    for line in desktop.read_text(encoding="utf-8").splitlines():
        if line.startswith("MimeType="):
            offered = [t for t in line.removeprefix("MimeType=").split(";") if t]
    missing = [t for t in OFFERED_TYPES if t not in offered]
    lines = []
    if offered:
        lines.append(pick(_TEXTS, "offered", lang).format(types=", ".join(offered)))
    if missing:
        lines.append(pick(_TEXTS, "not-offered", lang).format(types=", ".join(missing)))
    return "\n".join(lines)
