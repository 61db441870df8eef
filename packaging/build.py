"""Build the standalone application with PyInstaller: one folder holding the app, its
Python and Qt, the sample reports and the resources (`packaging/report-reader.spec`).

    python packaging/build.py [--dist DIR] [--work DIR]

Run it with the Python that has the app and its dependencies installed (the project's
venv: `pip install ".[test]"` brings PyInstaller). The result is DIR/report-reader/
(default: dist/report-reader/), started as `report-reader` (or `reader` for the
command-line verbs). Builds for the platform it runs on: Linux, Windows or macOS.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "report-reader.spec"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the folder it made."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / "report-reader"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch folder")
    args = parser.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.stderr.write("build.py: PyInstaller is not installed (pip install '.[test]')\n")
        return 2
    folder = build(args.dist.resolve(), args.work.resolve())
    size = folder_size(folder) / 1024 / 1024
    sys.stdout.write(f"Built {folder} ({size:.0f} MB). Start it with {folder / 'report-reader'}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
