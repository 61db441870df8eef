"""Desktop integration (launcher, icons) and the shipped translations."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import desktop
from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"


def test_install_desktop_writes_launcher_and_icons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--install-desktop"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    launcher = tmp_path / "share" / "applications" / "report-reader.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keep key case
    entry.read(launcher, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "Report Reader" and section["Name[zh_CN]"] == "报告阅读器"
    assert section["Icon"] == "report-reader"
    command = section["Exec"]
    assert command.endswith(" %f") and ("-m reader" in command or command.split()[0].endswith("reader"))
    for size in desktop.ICON_SIZES:
        icon = tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "report-reader.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(launcher)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout + check.stderr

    removed = subprocess.run(
        [sys.executable, "-m", "reader", "--uninstall-desktop"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert removed.returncode == 0
    assert not launcher.exists()


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [("/usr/bin/reader", "/usr/bin/reader"), ("/home/a b/venv/bin/reader", '"/home/a b/venv/bin/reader"')],
)
def test_exec_quoting(argument: str, quoted: str) -> None:
    assert desktop._exec_quote(argument) == quoted


def test_every_ui_string_is_translated() -> None:
    tree = ET.parse(TRANSLATIONS / "report_reader_zh_CN.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert len(list(tree.iter("message"))) > 100


@pytest.mark.slow
def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    built = tmp_path / "out.qm"
    subprocess.run(
        [lrelease, str(TRANSLATIONS / "report_reader_zh_CN.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (TRANSLATIONS / "report_reader_zh_CN.qm").read_bytes()


@pytest.mark.slow
def test_every_translatable_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "reader" / "gui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def messages(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root for m in c.findall("message")}

    assert messages(fresh) <= messages(TRANSLATIONS / "report_reader_zh_CN.ts")
