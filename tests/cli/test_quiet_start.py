"""What a user sees in the terminal and in `--help`: no libraries' INFO chatter, every
option explained, and a README that says what the app does today."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap

import pytest

from reader import cli
from reader.cli.launch import launch_parser
from reader.cli.registry import commands
from tests.conftest import REPO


@pytest.mark.slow
def test_the_window_keeps_libraries_info_lines_off_stderr() -> None:
    """matplotlib says "generated new fontManager" (INFO) the first time a chart is
    drawn with a fresh cache (the test's HOME is fresh): not for the user's terminal."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import reader.app as app_module

        built = app_module.build_window

        def build(path=None):
            window = built(path)

            def charts():
                window.actions.statistics.trigger()
                stats = window.stats_window
                for i in range(stats.tabs.count()):
                    stats.tabs.setCurrentIndex(i)
                    QApplication.processEvents()
                QTimer.singleShot(2000, QApplication.quit)

            QTimer.singleShot(1500, charts)
            return window

        app_module.build_window = build
        sys.exit(app_module.run(None))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    info_lines = [line for line in result.stderr.splitlines() if line.startswith("INFO ")]
    assert not [line for line in info_lines if not line.startswith("INFO reader")], result.stderr


def _parsers() -> list[argparse.ArgumentParser]:
    return [launch_parser(), *(c.parser() for c in commands())]


@pytest.mark.parametrize("parser", _parsers(), ids=lambda p: p.prog)
def test_every_option_and_argument_has_help(parser: argparse.ArgumentParser) -> None:
    undocumented = [
        a.option_strings or a.dest
        for a in parser._actions
        if not isinstance(a, argparse._HelpAction) and not (a.help or "").strip()
    ]
    assert undocumented == []


def test_search_help_shows_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["search", "--help"], ["--help"]):
        with pytest.raises(SystemExit) as exited:
            cli.main(argv)
        assert exited.value.code == 0
        text = capsys.readouterr().out
        for option in ("--regex", "--words", "--exact", "--tag", "--in", "--sort", "--json"):
            assert option in text, (argv, option)
        assert "report|date|count" in text.replace("{report,date,count}", "report|date|count")


def test_readme_opening_says_what_the_app_does_now() -> None:
    opening = " ".join((REPO / "README.md").read_text(encoding="utf-8").split("\n\n")[1].split())
    assert "coming releases" not in opening
    for feature in ("tag passages", "notes", "exports"):
        assert feature in opening
