"""The architecture's contracts hold (import-linter, `[tool.importlinter]` in
pyproject.toml): the core imports no Qt and nothing of the window or the command line,
its layers import downwards only, the command line goes through the facade, and
widgets do not reach into controllers or the store."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import REPO


def test_every_import_contract_is_kept() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert {c["type"] for c in contracts} == {"forbidden", "layers"} and len(contracts) >= 4
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run(
        [lint, "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(contracts)} kept, 0 broken." in result.stdout
