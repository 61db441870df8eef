"""One error path: a failure in background work reaches the window as words in the UI
language, made in one place (`reader.gui.errors.describe`), never as the system's
English or a Python class name."""

from __future__ import annotations

import errno
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.annotations.model import SidecarError
from reader.gui.i18n import install_language
from reader.gui.worker import run_in_background


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


def failure_of(qtbot, error: Exception) -> str:
    said: list[str] = []

    def work() -> None:
        raise error

    run_in_background(work, on_error=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    return said[0]


def test_a_disk_error_in_the_background_is_said_in_chinese(qtbot, chinese: None) -> None:
    message = failure_of(qtbot, OSError(errno.ENOSPC, "No space left on device", "/某处/导出.csv"))
    assert message == "磁盘已满（导出.csv）"


def test_an_explained_error_in_the_background_is_said_in_chinese(qtbot, chinese: None) -> None:
    message = failure_of(qtbot, SidecarError("own-file"))
    assert message == SidecarError("own-file").reason("zh") and "SidecarError" not in message


def test_an_unexpected_error_is_named_in_one_line_and_logged(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    message = failure_of(qtbot, RuntimeError("boom"))
    assert message == "boom"
    assert any(record.exc_info for record in caplog.records)  # the traceback is in the log
