"""`reader info FILE…`: one JSON object per report (JSON Lines)."""

from __future__ import annotations

import argparse
import json
import sys

from reader.cli.command import Command
from reader.cli.opening import load_or_complain
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, display_path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="report files (.txt, .html)")


def run(options: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in options.files:
        report = load_or_complain(name)
        if report is None:
            status = EXIT_PROBLEMS
            continue
        info = report.info.as_json()
        info["path"] = display_path(name)
        sys.stdout.write(json.dumps(info, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return status


COMMAND = Command("info", "Print one JSON object per report (JSON Lines).", configure, run)
