"""`reader search DIR QUERY`: keyword-in-context lines from every report of a library."""

from __future__ import annotations

import argparse
import sys

from reader.cli.command import Command
from reader.cli.memo_hits import memo_payload, write_memo_hits
from reader.cli.messages import tr
from reader.cli.opening import chosen_tags, indexed
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, error, write_json


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("query", metavar="QUERY", help="the text to find")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--regex", action="store_true", help="QUERY is a regular expression")
    mode.add_argument(
        "--words", action="store_true", help="every space-separated word of QUERY, anywhere in a report"
    )
    parser.add_argument(
        "--exact", action="store_true", help="match case and full-width/half-width as written"
    )
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="T",
        help="only inside passages tagged T (repeat for several)",
    )
    parser.add_argument(
        "--in", dest="subfolder", metavar="FOLDER", help="only reports under FOLDER of the library"
    )
    parser.add_argument(
        "--sort",
        choices=("report", "date", "count"),
        default="report",
        help="order of the reports: by path (default), by date, or by number of hits",
    )
    parser.add_argument(
        "--memos",
        action="store_true",
        help="also search the memos (title and text), listed after the reports",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.analysis.memo_search import search_memos
    from reader.core.analysis.search import REGEX, WORDS, Query, SearchError, kwic, sort_reports
    from reader.core.library import IndexCacheError

    session = indexed(options.folder)
    if isinstance(session, int):
        return session
    tags = chosen_tags(session, options.tag)
    if tags is False:
        return EXIT_USAGE
    mode = REGEX if options.regex else WORDS if options.words else "phrase"
    query = Query(options.query, mode, options.exact, options.subfolder, tags)
    try:
        result = session.search(query)
        groups = sort_reports(result, options.sort)
        # listed now, a batch of texts at a time: a damaged cache is one error, not half a listing
        texts = session.texts_of(groups)
        memos = search_memos(session.memos(), query) if options.memos else None
    except SearchError as exc:
        error(options.query, exc.reason())
        return EXIT_USAGE
    except IndexCacheError as exc:
        error(options.folder, exc.reason())
        return EXIT_PROBLEMS
    if options.json:
        payload = []
        for group in groups:
            text = texts.get(group.report.id, "")
            lines = []
            for start, end in group.hits:
                line = kwic(text, start, end)
                lines.append(
                    {"start": start, "end": end, "left": line.left, "hit": line.hit, "right": line.right}
                )
            report = group.report
            payload.append(
                {"report": report.relpath, "title": report.title, "date": report.date or None,
                 "count": group.count, "hits": lines}
            )  # fmt: skip
        if memos is not None:
            payload += memo_payload(memos)
        write_json(payload, sys.stdout)
        return EXIT_OK
    out = sys.stdout
    for group in groups:
        out.write(f"{group.report.relpath}\t{group.report.title}\t({group.count})\n")
        text = texts.get(group.report.id, "")
        for start, end in group.hits:
            line = kwic(text, start, end)
            out.write(f"  {start:>7}  {line.left:>20}【{line.hit}】{line.right}\n")
    out.write(tr("search-summary", hits=result.total, reports=len(result.reports)) + "\n")
    if memos is not None:
        write_memo_hits(memos, out)
    return EXIT_OK


COMMAND = Command(
    "search",
    "Search every report of a library; print keyword-in-context lines. By default QUERY is "
    "a phrase, found ignoring case and full-width/half-width differences.",
    configure,
    run,
)
