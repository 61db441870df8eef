"""A library of the seeds coded by several coders, for the agreement tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.annotations.model import make_annotation
from reader.core.library import Library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def coded_library(
    root: Path, specs: list[tuple[int, int, int, list[str], str]], subfolder: bool = False
) -> Library:
    """The seeds (the third one moved into `sub/` when asked), annotated with
    (report index, start, end, tags, coder)."""
    shutil.copytree(SEEDS, root)
    if subfolder:
        (root / "sub").mkdir()
        third = sorted(root.glob("002_*.txt"))[0]
        third.rename(root / "sub" / third.name)
    session = Library(root)
    reports = [session.load(e) for e in session.entries]
    sidecar = session.snapshot()  # built here, then taken in as if read from the file
    for index, start, end, tags, coder in specs:
        report = reports[index]
        text = report.document.text
        a = make_annotation(report.relpath, report.info.fingerprint, text, start, end, tags, "", coder)
        sidecar.annotations[a.id] = a
        sidecar.texts[report.info.fingerprint] = text
    session.take_annotations(sidecar)
    session.save()
    return session
