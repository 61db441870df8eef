"""`reader autocode DIR RULES --dry-run`: what a rule file would code in a library,
listed for review; nothing is written (annotations are made in the window, after
review)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.command import Command
from reader.cli.opening import indexed
from reader.cli.output import EXIT_OK, EXIT_USAGE, error, write_json
from reader.core.problems import pick

MESSAGES = {
    "dry-run-only": {
        "en": "only --dry-run is offered: auto-coded passages are made in the window, after review "
        "(Annotate > Auto-code with a Rule File…)",
        "zh": "只提供 --dry-run：自动编码的文段须在窗口中审核后才会生成（标注 > 用规则文件自动编码…）",
    },
    "summary": {
        "en": "{count} proposals in {reports} reports ({coded} passages already had the tag); "
        "nothing was written.",
        "zh": "{reports} 篇报告中共 {count} 条建议（{coded} 个文段已有该标签）；未写入任何内容。",
    },
    "per-tag": {"en": "Proposals per tag:", "zh": "各标签的建议数："},
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument("rules", metavar="RULES", help="the rule file (a coding dictionary; see the README)")
    parser.add_argument(
        "--dry-run", action="store_true", help="list what would be coded, write nothing (required)"
    )
    parser.add_argument(
        "--unit", choices=("hit", "sentence", "paragraph"), default="sentence",
        help="code the hit, its sentence (default) or its paragraph",
    )  # fmt: skip
    parser.add_argument("--in", dest="subfolder", metavar="FOLDER", help="only the reports in this folder")
    parser.add_argument("--json", action="store_true", help="print a JSON object instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.analysis.autocode import (
        RuleFileError,
        existing_from,
        propose,
        read_rules,
    )
    from reader.core.analysis.passages import passages_from_export
    from reader.core.export import collect

    if not options.dry_run:
        error(options.rules, pick(MESSAGES, "dry-run-only"))
        return EXIT_USAGE
    try:
        rules = read_rules(Path(options.rules))
    except RuleFileError as exc:
        error(options.rules, exc.reason())
        return EXIT_USAGE
    session = indexed(options.folder)
    if isinstance(session, int):
        return session
    existing = existing_from(passages_from_export(collect(session)))
    sources = session.coding_sources(options.subfolder)
    assert sources is not None  # indexed above
    result = propose(sources, rules.rules, options.unit, existing)
    counts = result.proposals.tag_counts()
    if options.json:
        write_json(
            {
                "rules": {"name": rules.name, "digest": rules.digest},
                "unit": options.unit,
                "reports": result.reports,
                "alreadyCoded": result.already_coded,
                "proposals": [
                    {
                        "report": p.report,
                        "tag": p.tag,
                        "start": p.start,
                        "end": p.end,
                        "passage": p.passage,
                        "matched": list(dict.fromkeys(m.pattern for m in p.matches)),
                    }
                    for p in result.proposals
                ],
            },
            sys.stdout,
        )
        return EXIT_OK
    out = sys.stdout
    for p in result.proposals:
        matched = "、".join(dict.fromkeys(m.pattern for m in p.matches))
        out.write(f"{p.report}\t{p.start}-{p.end}\t{p.tag}\t({matched})\n  「{p.passage}」\n")
    if counts:
        out.write(pick(MESSAGES, "per-tag") + "\n")
        for tag, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"  {tag}\t{count}\n")
    summary = pick(MESSAGES, "summary")
    out.write(
        summary.format(count=len(result.proposals), reports=result.reports, coded=result.already_coded) + "\n"
    )
    return EXIT_OK


COMMAND = Command(
    "autocode",
    "List what a rule file would code in a library (--dry-run: nothing is written).",
    configure,
    run,
)
