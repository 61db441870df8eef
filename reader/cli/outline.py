"""`reader outline FILE…`: an official document's fields (文号, issuing organs, kind,
date of issue, attachments) and its outline, each heading with its section path."""

from __future__ import annotations

import argparse
import sys

from reader.cli.command import Command
from reader.cli.opening import load_or_complain
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, display_path, write_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="report files (.txt, .html)")
    parser.add_argument("--json", action="store_true", help="print a JSON array instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.analysis.docstructure import analyse_document
    from reader.core.analysis.documents.printing import outline_json, outline_lines
    from reader.core.problems import user_language

    status, found = EXIT_OK, []
    several = len(options.files) > 1
    for name in options.files:
        report = load_or_complain(name)
        if report is None:
            status = EXIT_PROBLEMS
            continue
        structure = analyse_document(report.document.text, report.title)
        if options.json:
            found.append(outline_json(display_path(name), report.title, structure))
            continue
        if several:
            sys.stdout.write(f"==> {display_path(name)} <==\n")
        sys.stdout.write("\n".join(outline_lines(structure, user_language())) + "\n")
        if several:
            sys.stdout.write("\n")
    if options.json:
        write_json(found, sys.stdout)
    sys.stdout.flush()
    return status


COMMAND = Command(
    "outline",
    "Print an official document's fields and outline, each heading with its section path.",
    configure,
    run,
)
