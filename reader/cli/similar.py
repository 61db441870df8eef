"""`reader similar DIR [REPORT]`: the passages a library's reports share, each with
every report carrying it by date; or the reports most like REPORT."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.command import Command
from reader.cli.opening import indexed
from reader.cli.output import EXIT_OK, EXIT_USAGE, error, write_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("report", nargs="?", metavar="REPORT", help="a report of the library")
    parser.add_argument("--top", type=int, default=20, metavar="N", help="how many (default 20)")
    parser.add_argument("--json", action="store_true", help="print JSON instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.analysis.documents import printing
    from reader.core.analysis.documents.readings import library_readings
    from reader.core.problems import user_language

    session = indexed(options.folder)
    if isinstance(session, int):
        return session
    readings = library_readings(session.root, session.indexed_reports())
    lang = user_language()
    if options.report is None:
        if options.json:
            write_json(
                [printing.passage_json(readings, p) for p in readings.passages[: options.top]], sys.stdout
            )
        else:
            sys.stdout.write("\n".join(printing.passages_lines(readings, options.top, lang)) + "\n")
        return EXIT_OK
    key = _relpath(session.root, options.report)
    if key is None or key not in readings.reports:
        error(options.report, printing.label("not-in-library", lang))
        return EXIT_USAGE
    if options.json:
        write_json(printing.similar_json(readings, key, options.top), sys.stdout)
    else:
        sys.stdout.write("\n".join(printing.similar_lines(readings, key, options.top, lang)) + "\n")
    return EXIT_OK


def _relpath(root: Path, name: str) -> str | None:
    """REPORT as a path relative to the library (given relative to it or to here)."""
    for candidate in (Path(name), root / name):
        try:
            return candidate.resolve().relative_to(root.resolve()).as_posix()
        except (ValueError, OSError):
            continue
    return None


COMMAND = Command(
    "similar",
    "Print the passages reports share (who said it first), or the reports like one report.",
    configure,
    run,
)
