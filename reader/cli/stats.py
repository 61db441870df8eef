"""`reader stats DIR`: a library's top terms (occurrences and TF-IDF) and tag counts."""

from __future__ import annotations

import argparse
import sys

from reader.cli.command import Command
from reader.cli.messages import tr
from reader.cli.opening import indexed
from reader.cli.output import EXIT_OK, write_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("--top", type=int, default=20, metavar="N", help="how many terms (default 20)")
    parser.add_argument("--json", action="store_true", help="print a JSON object instead")


def run(options: argparse.Namespace) -> int:
    session = indexed(options.folder)
    if isinstance(session, int):
        return session
    figures = session.statistics(options.top)
    by_count, by_tfidf, tags = figures.by_count, figures.by_tfidf, figures.tags
    readable, occurrences = figures.reports, figures.occurrences
    if options.json:
        write_json(
            {
                "reports": readable,
                "occurrences": occurrences,
                "terms": [{"term": r.term, "count": r.count, "tfidf": round(r.tfidf, 6)} for r in by_count],
                "tfidf": [{"term": r.term, "count": r.count, "tfidf": round(r.tfidf, 6)} for r in by_tfidf],
                "tags": [{"tag": t, "count": c} for t, c in tags],
            },
            sys.stdout,
        )
        return EXIT_OK
    out = sys.stdout
    out.write(tr("stats-summary", reports=readable, tokens=occurrences) + "\n\n")
    out.write(tr("top-count") + "\n")
    for row in by_count:
        out.write(f"  {row.term}\t{row.count}\n")
    out.write("\n" + tr("top-tfidf") + "\n")
    for row in by_tfidf:
        out.write(f"  {row.term}\t{row.tfidf:.5f}\n")
    if tags:
        out.write("\n" + tr("tag-counts") + "\n")
        for tag, count in tags:
            out.write(f"  {tag}\t{count}\n")
    return EXIT_OK


COMMAND = Command(
    "stats", "Print a library's top terms (occurrences and TF-IDF) and tag counts.", configure, run
)
