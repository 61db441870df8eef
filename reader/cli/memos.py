"""`reader memos DIR`: a library's memos (on reports, on tags, the journal)."""

from __future__ import annotations

import argparse
import sys

from reader.cli.command import Command
from reader.cli.opening import open_annotations
from reader.cli.output import EXIT_OK, display_path, write_json
from reader.core.problems import pick

MESSAGES = {
    "summary": {"en": "{count} memos (kept in {where}).", "zh": "共 {count} 条备忘录（保存在 {where}）。"},
    "journal": {"en": "journal", "zh": "日志"},
    "report": {"en": "on report {about}", "zh": "关于报告 {about}"},
    "tag": {"en": "on tag {about}", "zh": "关于标签 {about}"},
    "links": {"en": "linked passages: {count}", "zh": "链接的文段：{count} 条"},
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("--kind", choices=("report", "tag", "journal"), help="only memos of this kind")
    parser.add_argument("--json", action="store_true", help="print a JSON array instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.annotations.memos import memo_json

    session = open_annotations(options.folder)
    if isinstance(session, int):
        return session
    memos = session.memos(kind=options.kind)
    if options.json:
        write_json([memo_json(m) for m in memos], sys.stdout)
        return EXIT_OK
    out = sys.stdout
    for memo in memos:
        about = pick(MESSAGES, memo.kind).format(about=memo.about)
        out.write(f"{memo.title or '—'}\t[{about}]\t{memo.author}\t{memo.modified}\n")
        out.write("".join(f"  {line}\n" for line in memo.text.splitlines()))
        if memo.links:
            out.write("  (" + pick(MESSAGES, "links").format(count=len(memo.links)) + ")\n")
    where = display_path(session.sidecar_location)
    out.write(pick(MESSAGES, "summary").format(count=len(memos), where=where) + "\n")
    return EXIT_OK


COMMAND = Command("memos", "List a library's memos: on reports, on tags, and the journal.", configure, run)
