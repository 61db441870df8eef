"""`reader import DIR FILE`: merge annotations from a sidecar or a W3C export."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.cli.command import Command
from reader.cli.messages import tr
from reader.cli.opening import open_annotations
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, display_path, error


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("file", metavar="FILE", help="a reader-annotations.json or a W3C JSON export")


def run(options: argparse.Namespace) -> int:
    from reader.core.annotations.model import SidecarError
    from reader.core.export.importer import ImportFailed, plan_import, repairs_text

    session = open_annotations(options.folder)
    if isinstance(session, int):
        return session
    if not os.path.lexists(options.file):
        error(options.file, tr("no-path"))
        return EXIT_USAGE
    try:  # a FIFO, device or folder is refused there, without being read
        result = plan_import(session, Path(options.file))
    except ImportFailed as exc:
        error(options.file, exc.reason())
        return EXIT_PROBLEMS
    assert result.change is not None
    session.apply(result.change)
    try:
        session.save()
    except SidecarError as exc:  # too large to write, a link, the file deleted meanwhile...
        error(str(session.sidecar_location), exc.reason())
        return EXIT_PROBLEMS
    except OSError as exc:
        error(str(session.sidecar_location), tr("cannot-write", error=exc.strerror or exc))
        return EXIT_PROBLEMS
    sys.stdout.write(
        tr(
            "imported",
            added=len(result.added),
            updated=len(result.updated),
            skipped=len(result.skipped),
            where=display_path(session.sidecar_location),
        )
        + "\n"
    )
    if result.repaired:
        sys.stdout.write(tr("repaired", count=len(result.repaired), what=repairs_text(result)) + "\n")
    if result.unplaced:
        sys.stdout.write(tr("unplaced", count=len(result.unplaced)) + "\n")
    if result.refused:
        sys.stdout.write(tr("refused", count=len(result.refused)) + "\n")
        sys.stdout.writelines(f"  {reason}\n" for reason in result.refused)
    return EXIT_OK


COMMAND = Command(
    "import", "Merge annotations from a JSON file (a sidecar or a W3C export) into a library.", configure, run
)
