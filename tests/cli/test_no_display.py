"""Starting the window where there is no display: a plain message and exit status 2,
never Qt's abort (exit 134) blaming a library that is not the cause."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader import display
from tests.conftest import REPO


def _launch(**overrides: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("XDG_SESSION_TYPE", None)
    for key, value in overrides.items():
        if value is not None:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "reader"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=120,
    )


def _says_what_to_use_instead(stderr: str) -> None:
    assert "reader text" in stderr
    assert "QT_QPA_PLATFORM=offscreen" in stderr
    assert "xcb-cursor0" not in stderr
    assert "Traceback" not in stderr


@pytest.mark.slow
def test_no_display_at_all_says_so_and_exits_2() -> None:
    result = _launch()
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("reader: no display found")
    _says_what_to_use_instead(result.stderr)


@pytest.mark.slow
def test_no_display_in_chinese() -> None:
    result = _launch(LANGUAGE="zh_CN")
    assert result.returncode == 2
    assert "未找到显示器" in result.stderr
    _says_what_to_use_instead(result.stderr)


@pytest.mark.slow
def test_a_display_that_is_not_there_is_caught_when_qt_gives_up() -> None:
    """DISPLAY set, but no X server behind it: Qt's xcb plugin fails and Qt would abort."""
    result = _launch(DISPLAY=":1023")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("reader: the window cannot open")
    _says_what_to_use_instead(result.stderr)


@pytest.mark.slow
def test_a_chosen_platform_that_cannot_start_is_caught() -> None:
    result = _launch(QT_QPA_PLATFORM="xcb")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("reader: the window cannot open")
    _says_what_to_use_instead(result.stderr)


def test_a_plugin_missing_a_library_names_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """What Qt says when libxcb-icccm4 is missing (it blames xcb-cursor0)."""
    monkeypatch.setattr(
        display,
        "plugin_load_error",
        lambda name: "libxcb-icccm.so.4: cannot open shared object file" if name == "xcb" else None,
    )
    message = display.failure_message(
        [
            "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.",
            'Could not load the Qt platform plugin "xcb" in "" even though it was found.',
            "This application failed to start because no Qt platform plugin could be initialized.",
        ],
        "en",
    )
    assert "libxcb-icccm.so.4" in message and "xcb-cursor0" not in message
    _says_what_to_use_instead(message)


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_which_environments_have_no_display(environ: dict[str, str], platform: str, missing: bool) -> None:
    assert display.missing_display(environ, platform) is missing
