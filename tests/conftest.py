"""Shared fixtures: user data isolated in tmp_path, report-file builders. Imports no Qt:
the core's tests run where PySide6 is not installed (Qt fixtures are in tests/gui/)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pytest-qt reads its binding from here (not from the ini, so pytest starts without it).
os.environ.setdefault("PYTEST_QT_API", "pyside6")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SPAN = (
    "<div><span style='font-size:16px;margin-top:15px;line-height:25px;text-indent:30px'> 　　{}</span></div>"
    "<div>&nbsp;</div>"
)
BANNER = (
    "---------------------------------------- \n"
    "-------------------这里有图片------------ \n"
    "---------------------------------------- \n"
)


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every configuration, data and cache path points into a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv("REPORT_READER_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("REPORT_READER_DATA_DIR", str(home / "data"))
    from reader.core import problems

    monkeypatch.setattr(problems, "_chosen_language", None)  # a window's choice ends with its test
    return home


def scraper_report(title_line: str, *paragraphs: str, banner_before: int | None = None) -> str:
    """A report in the scraper format: the original file name, then one line of HTML."""
    parts = [SPAN.format(p) for p in paragraphs]
    body = "".join(parts)
    if banner_before is not None:
        head = "".join(parts[:banner_before])
        tail = "".join(parts[banner_before:])
        body = (head + "\n" if head else "") + BANNER + tail
    return f"{title_line}\n{body}"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled seeds."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def process_runs(pid: int) -> bool:
    """Whether process `pid` is running (one that ended but was not yet reaped is not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
