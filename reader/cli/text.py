"""`reader text FILE…`: each report's title, a blank line, then one paragraph per line."""

from __future__ import annotations

import argparse
import sys

from reader.cli.command import Command
from reader.cli.opening import load_or_complain
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, display_path, write_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON array instead")
    parser.add_argument("files", nargs="+", metavar="FILE", help="report files (.txt, .html)")


def run(options: argparse.Namespace) -> int:
    status = EXIT_OK
    as_json: list[dict[str, object]] = []
    printed = 0
    for name in options.files:
        report = load_or_complain(name)
        if report is None:
            status = EXIT_PROBLEMS
            continue
        if options.json:
            as_json.append(
                {"path": display_path(name), "title": report.title, "paragraphs": report.document.lines()}
            )
            continue
        out = sys.stdout
        if len(options.files) > 1:
            out.write(("\n" if printed else "") + f"==> {display_path(name)} <==\n")
        out.write(report.title + "\n\n")
        for line in report.document.lines():
            out.write(line + "\n")
        printed += 1
    if options.json:
        write_json(as_json, sys.stdout)
    return status


COMMAND = Command(
    "text", "Print each report's title, a blank line, then one paragraph per line.", configure, run
)
