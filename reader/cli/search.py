"""`reader search DIR QUERY`: keyword-in-context lines from every report of a library."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Mapping
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import TYPE_CHECKING

from reader.cli.command import Command
from reader.cli.messages import tr
from reader.cli.opening import chosen_tags, indexed
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, error

if TYPE_CHECKING:
    from reader.core.analysis.search import ReportHits
    from reader.core.index.texts import Excerpts


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
    # The index's metadata (10,000 reports) and the hits are kept until the command
    # ends, and hold no cycles: the cyclic garbage collector, which went through them
    # again and again as they were made, found nothing and cost up to a third of the
    # command (9,512 reports hold 发展).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(options)
    finally:
        if collecting and gc.get_freeze_count() == 0:
            # What the command made joins the oldest generation, instead of being gone
            # through by a young collection as soon as the collector is back on.
            gc.freeze()
            gc.enable()
            gc.unfreeze()
        elif collecting:
            gc.enable()


def _run(options: argparse.Namespace) -> int:
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
        result = session.search(query, keep_texts=True)
        groups = sort_reports(result, options.sort)
        # listed now, a batch of texts at a time: a damaged cache is one error, not half a listing
        texts = session.texts_of(groups)
        memos = None
        if options.memos:
            from reader.core.analysis.memo_search import search_memos

            memos = search_memos(session.memos(), query)
    except SearchError as exc:
        error(options.query, exc.reason())
        return EXIT_USAGE
    except IndexCacheError as exc:
        error(options.folder, exc.reason())
        return EXIT_PROBLEMS
    if options.json:
        if memos is None:
            sys.stdout.write(_json(groups, texts))
            sys.stdout.flush()
        else:
            import json

            from reader.cli.memo_hits import memo_payload
            from reader.cli.output import write_json

            write_json(json.loads(_json(groups, texts)) + memo_payload(memos), sys.stdout)
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
        from reader.cli.memo_hits import write_memo_hits

        write_memo_hits(memos, out)
    return EXIT_OK


def _json(groups: list[ReportHits], texts: Mapping[int, str | Excerpts]) -> str:
    """The hits as a JSON array, as `json.dumps(..., ensure_ascii=False, indent=2)`
    writes it, but written here: its indenting encoder is pure Python, and took
    longer than the search itself."""
    from reader.core.analysis.search import kwic

    string = encode_basestring
    parts = []
    for group in groups:
        report, text = group.report, texts.get(group.report.id, "")
        date = string(report.date) if report.date else "null"
        head = (
            f'  {{\n    "report": {string(report.relpath)},\n    "title": {string(report.title)},\n'
            f'    "date": {date},\n    "count": {group.count},\n    "hits": '
        )
        hits = []
        for start, end in group.hits:
            line = kwic(text, start, end)
            hits.append(
                f'      {{\n        "start": {start},\n        "end": {end},\n'
                f'        "left": {string(line.left)},\n        "hit": {string(line.hit)},\n'
                f'        "right": {string(line.right)}\n      }}'
            )
        body = "[\n" + ",\n".join(hits) + "\n    ]" if hits else "[]"
        parts.append(head + body + "\n  }")
    return ("[\n" + ",\n".join(parts) + "\n]" if parts else "[]") + "\n"


COMMAND = Command(
    "search",
    "Search every report of a library; print keyword-in-context lines. By default QUERY is "
    "a phrase, found ignoring case and full-width/half-width differences.",
    configure,
    run,
)
