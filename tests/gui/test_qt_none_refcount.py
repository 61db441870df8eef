"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that
returns nothing; after a few thousand calls the interpreter aborts with
'Fatal Python error: none_dealloc'. The dependency pin keeps users off that pair;
this test makes 100,000 such calls in a child process (a crash must not take the
test session down) and checks that None's reference count holds."""

from __future__ import annotations

import subprocess
import sys

import pytest

CALLS = 100_000
PROBE = f"""
import sys
from PySide6.QtGui import QGuiApplication, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
app = QGuiApplication([])
doc = QTextDocument("主题教育" * 50)
cursor = QTextCursor(doc)
fmt = QTextCharFormat()
before = sys.getrefcount(None)
for _ in range({CALLS} // 2):
    cursor.setPosition(5)
    cursor.mergeCharFormat(fmt)
after = sys.getrefcount(None)
print(before - after)
"""


@pytest.mark.slow
def test_qt_calls_returning_nothing_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", **_env()},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lost = int(result.stdout.strip().splitlines()[-1])
    assert lost < 100, f"None lost {lost} references over {CALLS} Qt calls"


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
