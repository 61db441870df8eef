"""`reader cooccurrence DIR`: the co-occurrence of a library's tags (counts and
Jaccard similarity), as the Compare window shows it."""

from __future__ import annotations

import argparse
import sys
import unicodedata

from reader.cli.command import Command
from reader.cli.opening import open_annotations
from reader.cli.output import EXIT_OK, write_json
from reader.core.problems import pick

MESSAGES = {
    "counts": {"en": "Passages together ({mode}):", "zh": "共现文段数（{mode}）："},
    "jaccard": {"en": "Jaccard similarity:", "zh": "Jaccard 相似度："},
    "overlap": {"en": "passages overlap", "zh": "文段重叠"},
    "paragraph": {"en": "in the same paragraph", "zh": "在同一段落"},
    "report": {"en": "in the same report", "zh": "在同一报告"},
    "summary": {
        "en": "{passages} passages, {tags} tags; {orphans} annotations not found in their text are left out.",
        "zh": "共 {passages} 个文段，{tags} 个标签；{orphans} 条标注在文本中未找到，未计入。",
    },
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument(
        "--mode", choices=("overlap", "paragraph", "report"), default="overlap",
        help="passages are together when they overlap (default), share a paragraph or a report",
    )  # fmt: skip
    parser.add_argument(
        "--coding",
        choices=("all", "hand", "auto"),
        default="all",
        help="all coding (default), by hand or auto-coded",
    )
    parser.add_argument(
        "--exact", action="store_true", help="tags as named (a parent does not count its children)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.analysis.cooccurrence import cooccurrence
    from reader.core.analysis.passages import PassageFilter, orphaned, passages_from_export
    from reader.core.export import collect

    session = open_annotations(options.folder)
    if isinstance(session, int):
        return session
    export = collect(session)
    matrix = cooccurrence(
        passages_from_export(export),
        options.mode,
        include_children=not options.exact,
        where=PassageFilter(coding=options.coding),
    )
    if options.json:
        write_json({**matrix.to_json(), "coding": options.coding, "orphaned": orphaned(export)}, sys.stdout)
        return EXIT_OK
    out = sys.stdout
    tags = matrix.tags
    numbered = [f"{i + 1}. {t}" for i, t in enumerate(tags)]
    width = max((_columns(t) for t in numbered), default=0)
    mode = pick(MESSAGES, options.mode)
    for heading, rows in (
        (pick(MESSAGES, "counts").format(mode=mode), [[str(c) for c in row] for row in matrix.counts()]),
        (pick(MESSAGES, "jaccard"), [[f"{v:.2f}" for v in row] for row in matrix.jaccards()]),
    ):
        out.write(heading + "\n")
        out.write(" " * (width + 2) + "".join(f"{i + 1:>6}" for i in range(len(tags))) + "\n")
        for label, row in zip(numbered, rows, strict=True):
            out.write(label + " " * (width - _columns(label)) + "  " + "".join(f"{v:>6}" for v in row) + "\n")
        out.write("\n")
    summary = pick(MESSAGES, "summary")
    out.write(summary.format(passages=len(matrix.passages), tags=len(tags), orphans=orphaned(export)) + "\n")
    return EXIT_OK


def _columns(text: str) -> int:
    """How many terminal columns `text` takes (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


COMMAND = Command(
    "cooccurrence",
    "Print the co-occurrence of a library's tags: counts and Jaccard similarity.",
    configure,
    run,
)
