"""`reader variables DIR`: every report with its variables (the built-in ones and the
user's); `--import CSV` sets values from a file keyed by report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.command import Command
from reader.cli.opening import indexed
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, error, write_json
from reader.core.problems import pick

MESSAGES = {
    "imported": {
        "en": "Imported {values} values and {variables} new variables (kept in {where}).",
        "zh": "已导入 {values} 个取值和 {variables} 个新变量（保存在 {where}）。",
    },
    "no-report": {"en": "row {row}: no such report “{name}”", "zh": "第 {row} 行：没有报告“{name}”"},
    "bad-value": {"en": "row {row}, {variable}: {reason}", "zh": "第 {row} 行，{variable}：{reason}"},
    "unreadable": {"en": "cannot read the file ({error})", "zh": "无法读取文件（{error}）"},
}
BUILTIN_COLUMNS = ("number", "title", "date", "folder")
DOCUMENT_COLUMNS = ("doc_number", "doc_organs", "doc_kind", "doc_date", "doc_attachments")
CSV_BYTES_MAX = 50 * 1024 * 1024


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the library folder")
    parser.add_argument(
        "--import",
        dest="csv",
        metavar="CSV",
        help="set values from a CSV file with a column naming each report",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object instead")


def run(options: argparse.Namespace) -> int:
    session = indexed(options.folder)
    if isinstance(session, int):
        return session
    if options.csv:
        return _import(session, options.csv)
    from reader.core.analysis.documents.fields import document_fields, values_of
    from reader.core.analysis.variables import builtin_variables, combine

    readable = [r for r in session.indexed_reports() if r.problem is None]
    fields = document_fields(session.root, readable)
    builtin = combine(
        builtin_variables(readable), {r.relpath: values_of(fields, r.relpath) for r in readable}
    )
    columns = (*BUILTIN_COLUMNS, *DOCUMENT_COLUMNS)
    values = session.casebook.table()
    names = [v.name for v in session.casebook.variables]
    if options.json:
        write_json(
            {
                "variables": [
                    {"name": v.name, "type": v.type, "choices": list(v.choices)}
                    for v in session.casebook.variables
                ],
                "reports": [
                    {
                        "report": relpath,
                        **{k: facts[k] for k in columns},
                        "values": values.get(relpath, {}),
                    }
                    for relpath, facts in builtin.items()
                ],
            },
            sys.stdout,
        )
        return EXIT_OK
    out = sys.stdout
    out.write("\t".join(("file", *columns, *names)) + "\n")
    for relpath, facts in builtin.items():
        own = values.get(relpath, {})
        out.write("\t".join((relpath, *(facts[k] for k in columns), *(own.get(n, "") for n in names))) + "\n")
    return EXIT_OK


def _import(session, name: str) -> int:  # noqa: ANN001 - Library
    from reader.core.annotations.model import SidecarError
    from reader.core.annotations.report_variables import VariableError, parse_csv
    from reader.core.reading.safe_read import read_regular

    try:
        raw = read_regular(Path(name), CSV_BYTES_MAX)
    except OSError as exc:
        error(name, pick(MESSAGES, "unreadable").format(error=exc.strerror or exc))
        return EXIT_PROBLEMS
    try:
        imported = parse_csv(raw, session.casebook, [e.relpath for e in session.entries])
        session.apply(session.import_variables(imported))
        session.save()
    except VariableError as exc:
        error(name, exc.reason())
        return EXIT_USAGE
    except SidecarError as exc:
        error(str(session.sidecar_location), exc.reason())
        return EXIT_PROBLEMS
    for row, cell in imported.unknown_reports:
        error(name, pick(MESSAGES, "no-report").format(row=row, name=cell))
    for row, variable, exc in imported.errors:
        error(name, pick(MESSAGES, "bad-value").format(row=row, variable=variable, reason=exc.reason()))
    sys.stdout.write(
        pick(MESSAGES, "imported").format(
            values=len(imported.edits), variables=len(imported.new_variables), where=session.sidecar_location
        )
        + "\n"
    )
    return EXIT_PROBLEMS if imported.unknown_reports or imported.errors else EXIT_OK


COMMAND = Command(
    "variables", "List every report with its variables, or import values from a CSV file.", configure, run
)
