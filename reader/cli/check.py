"""`reader check DIR`: every problem of a library with its reason, then a summary."""

from __future__ import annotations

import argparse
import sys

from reader.cli.command import Command
from reader.cli.messages import tr
from reader.cli.opening import library_folder
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, display_path, write_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON object instead")
    parser.add_argument("folder", metavar="DIR", help="the library folder")


def run(options: argparse.Namespace) -> int:
    from reader.core.index.scan import check_library

    folder = library_folder(options.folder)
    if folder is None:
        return EXIT_USAGE
    result = check_library(folder)
    if options.json:
        payload = {
            "reports": len(result.reports),
            "problems": [{"path": display_path(p.path), "reason": p.reason()} for p in result.problems],
        }
        write_json(payload, sys.stdout)
    else:
        out = sys.stdout
        if result.problems:
            out.write(tr("problems-heading") + "\n")
            for problem in result.problems:
                out.write(f"  {display_path(problem.path)}: {problem.reason()}\n")
        out.write(tr("summary", reports=len(result.reports), problems=len(result.problems)) + "\n")
    return EXIT_PROBLEMS if result.problems else EXIT_OK


COMMAND = Command(
    "check", "Scan a library, list every problem with its reason, then a summary.", configure, run
)
