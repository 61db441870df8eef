"""Whether the window can open, said plainly when it cannot.

Without a display Qt aborts (SIGABRT, exit 134) after blaming a library
("xcb-cursor0 is needed") that is usually not the cause. The window's start checks
for a display before creating the QApplication, and catches Qt's fatal message while
it is created (a DISPLAY pointing nowhere, a platform plugin that cannot load), to
say what happened and what to use instead, with exit status 2.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from reader.core.problems import pick

EXIT_NO_DISPLAY = 2

_TEXTS: dict[str, dict[str, str]] = {
    "no-display": {
        "en": "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.",
        "zh": "未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开窗口。",
    },
    "cannot-connect": {
        "en": "the window cannot open: no display could be reached ({detail}).",
        "zh": "无法打开窗口：连接不到显示器（{detail}）。",
    },
    "plugin-missing-library": {
        "en": "the window cannot open: Qt's “{plugin}” display plugin needs a system library "
        "that is missing ({detail}); the README's Quick start lists the packages to install.",
        "zh": "无法打开窗口：Qt 的“{plugin}”显示插件缺少系统库（{detail}）；"
        "需要安装的软件包见 README 的“Quick start”。",
    },
    "platform-failed": {
        "en": "the window cannot open: Qt could not start its display plugin ({detail}).",
        "zh": "无法打开窗口：Qt 无法启动显示插件（{detail}）。",
    },
    "instead": {
        "en": "Without a window, `reader text FILE` prints a report and `reader --help` lists the "
        "other commands; for scripts and tests, QT_QPA_PLATFORM=offscreen runs the window "
        "without a screen.",
        "zh": "不打开窗口时，可用 `reader text 文件` 输出报告正文，`reader --help` 列出其他命令；"
        "脚本和测试中可设置 QT_QPA_PLATFORM=offscreen，在没有屏幕时运行窗口。",
    },
}

_CONNECT = re.compile(r"could not connect to display.*|Failed to create wl_display.*", re.IGNORECASE)
_PLUGIN = re.compile(r'Could not load the Qt platform plugin "([^"]+)"')


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt would find no display at all: a Linux/BSD desktop session variable is
    missing and no platform plugin was chosen (QT_QPA_PLATFORM)."""
    if platform.startswith(("win", "darwin", "cygwin", "msys")):
        return False
    if environ.get("QT_QPA_PLATFORM"):
        return False
    if environ.get("XDG_SESSION_TYPE") == "wayland":  # Qt then tries the default socket
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")


def no_display_message(lang: str | None = None) -> str:
    """The lines printed when there is no display at all."""
    return f"reader: {pick(_TEXTS, 'no-display', lang)}\n{pick(_TEXTS, 'instead', lang)}\n"


def failure_message(qt_messages: list[str], lang: str | None = None) -> str:
    """The lines printed when Qt could not start a platform plugin, from what Qt said
    while trying (its own last words blame xcb-cursor0 whatever the cause)."""
    text = "\n".join(qt_messages)
    connect = _CONNECT.search(text)
    plugin = _PLUGIN.search(text)
    if connect:
        line = pick(_TEXTS, "cannot-connect", lang).format(detail=connect.group(0).strip())
    elif plugin and (missing := plugin_load_error(plugin.group(1))):
        line = pick(_TEXTS, "plugin-missing-library", lang).format(plugin=plugin.group(1), detail=missing)
    else:
        first = next((m.strip().splitlines()[0] for m in qt_messages if m.strip()), "")
        line = pick(_TEXTS, "platform-failed", lang).format(detail=first)
    return f"reader: {line}\n{pick(_TEXTS, 'instead', lang)}\n"


def plugin_load_error(name: str) -> str | None:
    """Why Qt's platform plugin `name` cannot be loaded (the dynamic loader's message
    naming the missing library), or None when it loads or is not there."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    for candidate in sorted(folder.glob(f"libq{name}.so*")):
        try:
            ctypes.CDLL(str(candidate))
        except OSError as exc:
            return str(exc)
        return None
    return None


def create_application(factory: Callable[[], Any], stderr: Any = None) -> Any:
    """`factory()` (which creates the QApplication), with Qt's fatal start-up failure
    turned into a plain message and exit status 2 instead of an abort."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    heard: list[tuple[str, str]] = []  # (category, message)

    def listen(kind: Any, context: Any, message: str) -> None:
        heard.append((getattr(context, "category", None) or "", message))
        if kind == QtMsgType.QtFatalMsg:
            out = stderr or sys.stderr
            out.write(failure_message([m for _c, m in heard]))
            out.flush()
            os._exit(EXIT_NO_DISPLAY)  # Qt aborts as soon as this returns

    qInstallMessageHandler(listen)
    try:
        app = factory()
    finally:
        qInstallMessageHandler(None)
    out = stderr or sys.stderr
    for category, message in heard:  # what Qt said while starting, as it would have
        prefix = f"{category}: " if category and category != "default" else ""
        out.write(prefix + message.rstrip("\n") + "\n")
    return app
