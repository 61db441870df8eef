"""reader.core imports no Qt: it must work where PySide6 cannot even be imported."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core
from tests.conftest import REPO

BLOCK_QT = """
import importlib, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is blocked in this test: ' + name)
sys.meta_path.insert(0, NoQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
from reader.core.index.scan import check_library
result = check_library('seeds')
print(len(result.reports), len(result.problems))
"""


def test_core_imports_and_works_without_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    assert "reader.core.reading.loader" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *modules, "reader.cli", "reader.bundled"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["5", "0"]
