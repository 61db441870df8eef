"""`reader annotations DIR`: a library's annotations with their status."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.cli.command import Command
from reader.cli.messages import tr
from reader.cli.opening import open_annotations
from reader.cli.output import EXIT_OK, display_path, write_json

if TYPE_CHECKING:
    from reader.core.library import Library


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON array instead")
    parser.add_argument("folder", metavar="DIR", help="the library folder")


def run(options: argparse.Namespace) -> int:
    session = open_annotations(options.folder)
    if isinstance(session, int):
        return session
    rows = annotation_rows(session)
    if options.json:
        write_json(rows, sys.stdout)
        return EXIT_OK
    out = sys.stdout
    for row in rows:
        tags = "; ".join(row["tags"]) or "—"
        out.write(f"{row['report']}\t[{row['status']}]\t{tags}\n  「{row['quote']}」\n")
        if row["note"]:
            out.write("".join(f"  > {line}\n" for line in str(row["note"]).splitlines()))
    out.write(tr("annotations-summary", count=len(rows), where=display_path(session.sidecar_location)) + "\n")
    return EXIT_OK


def annotation_rows(session: Library) -> list[dict[str, object]]:
    """Every annotation with its status in its report's current text (the export's
    gathering: a report that is gone or unreadable leaves its annotations orphaned)."""
    from reader.core.export import collect

    rows: list[dict[str, object]] = []
    for report, record in collect(session).records:
        a = record.annotation
        rows.append(
            {"id": a.id, "report": report.relpath, "title": report.title if report.text is not None else "",
             "tags": list(a.tags), "quote": a.quote.exact, "note": a.note, "status": record.status,
             "start": record.start, "end": record.end, "author": a.author, "modified": a.modified}
        )  # fmt: skip
    return rows


COMMAND = Command(
    "annotations", "List a library's annotations: report, tags, quote, note and status.", configure, run
)
