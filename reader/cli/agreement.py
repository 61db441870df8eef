"""`reader agreement DIR`: the agreement table of a library's coders, per tag and over
all tags (see the README's *Agreement between coders*)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.cli.command import Command
from reader.cli.opening import chosen_tags, open_annotations, relpath_in
from reader.cli.output import EXIT_OK, EXIT_USAGE, error, write_json
from reader.core.problems import pick, user_language

if TYPE_CHECKING:
    from reader.core.analysis.agreement.assemble import AgreementScope
    from reader.core.library import Library

_TEXTS: dict[str, dict[str, str]] = {
    "no-coder": {
        "en": "no such coder in the library (coders: {coders})",
        "zh": "库中没有这位编码者（编码者：{coders}）",
    },
    "same-coder": {"en": "name two different coders", "zh": "请给出两位不同的编码者"},
    "no-folder-in": {"en": "no report of the library is in this folder", "zh": "库中没有报告在此文件夹中"},
    "no-report": {"en": "no such report in the library", "zh": "库中没有这篇报告"},
    "resampling": {"en": "Resampling {done} of {total}…", "zh": "正在重抽样 {done}/{total}…"},
}


def _tr(key: str, **params: object) -> str:
    return pick(_TEXTS, key).format(**params)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument(
        "--coders",
        nargs="+",
        metavar="NAME",
        help="the coders to compare, two or more (default: everyone; each pair)",
    )
    parser.add_argument(
        "--tag", action="append", default=[], metavar="T", help="only tag T (with the tags below it)"
    )
    parser.add_argument(
        "--in", dest="folders", action="append", default=[], metavar="FOLDER", help="only reports in FOLDER"
    )
    parser.add_argument("--report", action="append", default=[], metavar="FILE", help="only report FILE")
    parser.add_argument(
        "--intervals",
        action="store_true",
        help="add 95%% bootstrap intervals (1,000 resamples of the reports)",
    )
    parser.add_argument(
        "--decisions",
        action="store_true",
        help="print the adjudication decisions recorded (how each disagreement was settled) instead",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object instead")


def run(options: argparse.Namespace) -> int:
    from reader.core.analysis.agreement import bootstrap
    from reader.core.analysis.agreement.assemble import (
        AgreementScope,
        coders_of,
        in_folder,
        library_agreement,
    )
    from reader.core.analysis.agreement.render import coder_label, to_text
    from reader.core.annotations.model import normalise_tag

    session = open_annotations(options.folder)
    if isinstance(session, int):
        return session
    coders = None
    if options.coders is not None:
        present = [c.name for c in coders_of(session.annotations())]
        if len(set(options.coders)) < 2:
            error(" ".join(options.coders), _tr("same-coder"))
            return EXIT_USAGE
        for name in options.coders:
            if name not in present:
                error(name, _tr("no-coder", coders=", ".join(coder_label(c) for c in present) or "—"))
                return EXIT_USAGE
        coders = tuple(options.coders)
    if chosen_tags(session, options.tag) is False:
        return EXIT_USAGE
    tags = tuple(dict.fromkeys(normalise_tag(t) for t in options.tag)) or None
    paths = [e.relpath for e in session.entries]
    folders = tuple(f.strip("/") for f in options.folders) or None
    for folder in folders or ():
        if not any(in_folder(p, folder) for p in paths):
            error(folder, _tr("no-folder-in"))
            return EXIT_USAGE
    reports = None
    if options.report:
        reports = frozenset(relpath_in(session.root, name) for name in options.report)
        for name in options.report:
            if relpath_in(session.root, name) not in paths:
                error(name, _tr("no-report"))
                return EXIT_USAGE
    scope = AgreementScope(coders=coders, reports=reports, folders=folders, tags=tags)
    if options.decisions:
        return _decisions(session, scope, options.json)
    result = library_agreement(session, scope)
    table = result.table
    if options.intervals:
        show = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show and total and done < total:
                sys.stderr.write("\r" + _tr("resampling", done=done, total=total))
                sys.stderr.flush()

        table = bootstrap(table, progress=progress)
        if show:
            sys.stderr.write("\r\033[K")
    lang = user_language()
    if options.json:
        data = table.to_json(lang)
        data["auto_coded"] = result.auto_coded
        write_json(data, sys.stdout)
        return EXIT_OK
    sys.stdout.write(to_text(table, lang, result.auto_coded))
    return EXIT_OK


def _decisions(session: Library, scope: AgreementScope, as_json: bool) -> int:
    """The decisions in scope (reports, folders; with --coders, of those coders)."""
    from reader.core.analysis.agreement.decisions_report import decisions_json, decisions_text

    chosen = [
        d
        for d in session.decisions()
        if scope.takes_report(d.path) and (scope.coders is None or set(d.coders) <= set(scope.coders))
    ]
    if as_json:
        write_json(decisions_json(chosen), sys.stdout)
    else:
        sys.stdout.write(decisions_text(chosen, user_language()))
    return EXIT_OK


COMMAND = Command(
    "agreement", "Print the agreement of a library's coders, per tag and over all tags.", configure, run
)
