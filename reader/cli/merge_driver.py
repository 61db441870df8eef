"""`reader merge-driver %O %A %B`: git's merge driver for reader-annotations.json."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.command import Command
from reader.cli.messages import tr
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, display_path, error


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ancestor", metavar="ANCESTOR", help="the common ancestor's version (%%O)")
    parser.add_argument("ours", metavar="OURS", help="our version, replaced by the merge (%%A)")
    parser.add_argument("theirs", metavar="THEIRS", help="their version (%%B)")
    parser.add_argument("path", nargs="?", metavar="PATH", help="the file's name in the repository (%%P)")


def run(options: argparse.Namespace) -> int:
    """Merge two coders' sidecars for git; non-zero (and OURS untouched, so git
    reports a conflict) only when a version cannot be read or the result written."""
    from reader.core.annotations.merge_driver import UnreadableSide, merge_files

    shown = options.path or options.ours
    try:
        merged = merge_files(Path(options.ancestor), Path(options.ours), Path(options.theirs))
    except UnreadableSide as exc:
        which = {options.ancestor: "side-ancestor", options.ours: "side-ours", options.theirs: "side-theirs"}
        side = which.get(str(exc.path))
        error(f"{shown} ({tr(side) if side else exc.path})", exc.error.reason())
        return EXIT_PROBLEMS
    except OSError as exc:
        error(shown, tr("cannot-write", error=exc.strerror or exc))
        return EXIT_PROBLEMS
    sys.stdout.write(tr("merged", count=len(merged.annotations), path=display_path(shown)) + "\n")
    return EXIT_OK


COMMAND = Command(
    "merge-driver",
    "git merge driver for reader-annotations.json: merge %%O (ancestor), %%A (ours) and "
    "%%B (theirs) by annotation id and write the result to %%A.",
    configure,
    run,
)
