"""`reader export DIR --format F -o OUT`: the same files as the Export dialog."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.command import Command
from reader.cli.messages import tr
from reader.cli.opening import chosen_tags, open_annotations, relpath_in
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, display_path, error
from reader.core.export.writers import FORMATS, GROUPINGS
from reader.core.problems import user_language


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("--format", required=True, choices=list(FORMATS), help="file format")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    parser.add_argument("--tag", action="append", default=[], metavar="T", help="only passages with T")
    parser.add_argument(
        "--report", action="append", default=[], metavar="FILE", help="only annotations of FILE"
    )
    parser.add_argument("--by", choices=GROUPINGS, default="report", help="grouping (md, docx)")
    parser.add_argument("--lang", choices=("en", "zh"), help="language of headings and columns")


def run(options: argparse.Namespace) -> int:
    from reader.core.annotations.model import SidecarError
    from reader.core.export import Scope, collect, write_export

    session = open_annotations(options.folder)
    if isinstance(session, int):
        return session
    reports = None
    if options.report:
        known = {e.relpath for e in session.entries}
        reports = set()
        for name in options.report:
            relpath = relpath_in(session.root, name)
            if relpath not in known and relpath not in {a.path for a in session.annotations()}:
                error(name, tr("no-report"))
                return EXIT_USAGE
            reports.add(relpath)
    tags = chosen_tags(session, options.tag)
    if tags is False:
        return EXIT_USAGE
    out = Path(options.output)
    if session.owns(out):
        error(options.output, SidecarError("own-file").reason())
        return EXIT_USAGE
    export = collect(session, Scope(frozenset(reports) if reports is not None else None, tags))
    try:
        write_export(export, options.format, out, session.root, options.lang or user_language(), options.by)
    except OSError as exc:
        error(options.output, tr("cannot-write", error=exc.strerror or exc))
        return EXIT_PROBLEMS
    count = len(export.records)
    sys.stdout.write(tr("exported", count=count, reports=len(export.reports), path=display_path(out)) + "\n")
    return EXIT_OK


COMMAND = Command(
    "export", "Write a library's annotations to a file (the same files as the Export dialog).", configure, run
)
