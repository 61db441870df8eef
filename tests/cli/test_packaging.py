"""`pip install .` yields a wheel that carries the seeds and resources, and an
installed `reader` finds them away from the source checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("hatchling") is None and not _has_module("hatchling"):
        pytest.fail("hatchling (a test dependency) is needed to build the wheel")
    out = tmp_path_factory.mktemp("dist")
    source = tmp_path_factory.mktemp("src") / "report-reader"
    # Build from a clean copy so stray local files cannot leak into the wheel.
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "__pycache__", "*.pyc", ".pytest_cache", ".hypothesis"
        ),
    )
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("report_reader-*.whl")
    return built


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


@pytest.mark.slow
def test_wheel_carries_seeds_byte_identical_and_resources(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for seed in sorted(SEEDS.glob("*.txt")):
            assert archive.read(f"reader/seeds/{seed.name}") == seed.read_bytes()
        resources = sorted(REPO.joinpath("resources").rglob("*"))
        for resource in (p for p in resources if p.is_file()):
            assert f"reader/resources/{resource.relative_to(REPO / 'resources').as_posix()}" in names
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "reader = reader.cli:main" in entry_points
    assert not any(name.startswith("tests/") for name in names)


@pytest.mark.slow
def test_installed_reader_finds_its_bundled_library(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "LANGUAGE": "en"}
    code = (
        "import reader, reader.bundled as b, sys; "
        "print(reader.__file__); print(b.seeds_dir()); "
        "from reader.cli import main; sys.exit(main(['check', str(b.seeds_dir())]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    module_file, seeds, summary = result.stdout.splitlines()
    assert Path(module_file).is_relative_to(site)
    assert Path(seeds) == site / "reader" / "seeds"
    assert summary == "5 reports loaded, 0 problems."
