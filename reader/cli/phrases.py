"""`reader phrases DIR`: a library's numbered formulations and stock phrases with
their counts, reports and first date."""

from __future__ import annotations

import argparse
import sys

from reader.cli.command import Command
from reader.cli.opening import indexed
from reader.cli.output import EXIT_OK, write_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("--top", type=int, default=50, metavar="N", help="how many of each (default 50)")
    parser.add_argument("--json", action="store_true", help="print a JSON object instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.analysis.documents import printing
    from reader.core.analysis.documents.readings import library_readings
    from reader.core.problems import user_language

    session = indexed(options.folder)
    if isinstance(session, int):
        return session
    readings = library_readings(session.root, session.indexed_reports())
    if options.json:
        write_json(printing.phrases_json(readings, options.top), sys.stdout)
    else:
        sys.stdout.write("\n".join(printing.phrases_lines(readings, options.top, user_language())) + "\n")
    return EXIT_OK


COMMAND = Command(
    "phrases",
    "Print a library's numbered formulations and stock phrases with counts and first dates.",
    configure,
    run,
)
