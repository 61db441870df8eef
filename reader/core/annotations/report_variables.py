"""User-defined report variables (cases and attributes), kept in the sidecar.

A variable has a name, a type (`text`, `number`, `date` or `choice`, with its
choices) and a value per report, written as text in a canonical form: a number as
`12` or `3.5`, a date as ISO `2019-07-29` (or `2019-07`, `2019`), a choice as one of
its choices. An empty value means none. Each value records when it was set, so two
coders' values merge by report and variable, the newest winning; a variable
deleted leaves a tombstone, as tags do. The built-in variables (`number`, `title`,
`date`, `year`, `month`, `folder`: `reader.core.analysis.variables`; the document
fields `doc_number` … `doc_attachments`: `reader.core.analysis.documents.fields`)
are not stored and their names cannot be taken.

Pure data and rules; no Qt, no files (`parse_csv` takes the bytes of a file).
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from reader.core.problems import ExplainedError

TEXT, NUMBER, DATE, CHOICE = "text", "number", "date", "choice"
TYPES = (TEXT, NUMBER, DATE, CHOICE)
BUILTIN = ("number", "title", "date", "year", "month", "folder",
           "doc_number", "doc_organs", "doc_kind", "doc_date", "doc_attachments")  # fmt: skip
NAME_MAX = 100
VALUE_MAX = 1000
CHOICES_MAX = 200
_CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f\ud800-\udfff]")
_DATE = re.compile(r"^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$")
#: Column headings taken for the report in a CSV file.
FILE_HEADINGS = ("file", "report", "path", "文件", "报告", "路径")


class VariableError(ExplainedError, ValueError):
    """A variable or value that cannot be used; `reason` says why."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "name": {"en": "A variable needs a name of one line, at most 100 characters",
                 "zh": "变量需要一行名称，最多 100 个字符"},
        "builtin": {"en": "This name belongs to a built-in variable (number, title, date, year, month, "
                    "folder, doc_number, doc_organs, doc_kind, doc_date, doc_attachments)",
                    "zh": "该名称属于内置变量（number、title、date、year、month、folder、doc_number、"
                    "doc_organs、doc_kind、doc_date、doc_attachments）"},
        "exists": {"en": "There is already a variable with this name", "zh": "已有同名变量"},
        "type": {"en": "A variable is text, a number, a date or a choice",
                 "zh": "变量类型只能是文本、数字、日期或选项"},
        "choices": {"en": "A choice variable needs its choices (each one line, none twice)",
                    "zh": "选项变量需要给出选项（每项一行，不重复）"},
        "number": {"en": "Not a number", "zh": "不是数字"},
        "date": {"en": "Not a date (write 2019-07-29, 2019-07 or 2019)",
                 "zh": "不是日期（请写作 2019-07-29、2019-07 或 2019）"},
        "choice": {"en": "Not one of the variable's choices", "zh": "不是该变量的选项之一"},
        "text": {"en": "A value is one line of at most 1,000 characters",
                 "zh": "取值须为一行，最多 1,000 个字符"},
        "unknown": {"en": "There is no such variable", "zh": "没有这个变量"},
        "misfit": {"en": "Some reports have values that do not fit the new type",
                   "zh": "部分报告的取值不符合新的类型"},
        "csv-file": {"en": "The CSV file needs a column naming the report (file, report or path; "
                     "文件, 报告 or 路径) and a heading row",
                     "zh": "CSV 文件需要标题行和一列报告名（file、report、path，或文件、报告、路径）"},
        "csv-text": {"en": "The CSV file is not UTF-8 or GB18030 text",
                     "zh": "CSV 文件不是 UTF-8 或 GB18030 文本"},
    }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Variable:
    """A user-defined variable."""

    name: str
    type: str = TEXT
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Value:
    """A report's value of a variable ('' = none) and when it was set."""

    value: str
    modified: str


#: (report path, variable name) -> its value.
Values = dict[tuple[str, str], Value]


def check_variable(variable: Variable) -> Variable:
    """`variable` when it may be kept (name trimmed, choices unique); else VariableError."""
    name = variable.name.strip()
    if not name or len(name) > NAME_MAX or _CONTROL.search(name):
        raise VariableError("name", repr(variable.name)[:60])
    if name in BUILTIN:
        raise VariableError("builtin", name)
    if variable.type not in TYPES:
        raise VariableError("type", repr(variable.type)[:40])
    choices = tuple(c.strip() for c in variable.choices)
    if variable.type == CHOICE:
        if (
            not choices
            or len(choices) > CHOICES_MAX
            or len(set(choices)) != len(choices)
            or any(not c or len(c) > VALUE_MAX or _CONTROL.search(c) for c in choices)
        ):
            raise VariableError("choices", name)
    elif choices:
        raise VariableError("choices", name)
    return Variable(name, variable.type, choices)


def _fold(raw: str) -> str:
    """Full-width digits and punctuation as ASCII, trimmed."""
    return unicodedata.normalize("NFKC", raw).strip()


def normalise_value(variable: Variable, raw: str) -> str:
    """`raw` as `variable` stores it ('' stays ''); VariableError when it does not fit."""
    value = raw.strip()
    if not value:
        return ""
    if len(value) > VALUE_MAX or _CONTROL.search(value):
        raise VariableError("text", repr(value)[:60])
    if variable.type == NUMBER:
        return _number(value)
    if variable.type == DATE:
        return _date(value)
    if variable.type == CHOICE and value not in variable.choices:
        raise VariableError("choice", value[:60])
    return value


def fits(variable: Variable, value: str) -> bool:
    """Whether `value` is already in `variable`'s canonical form."""
    try:
        return normalise_value(variable, value) == value
    except VariableError:
        return False


def _number(value: str) -> str:
    folded = _fold(value).replace(",", "").replace("，", "")
    try:
        number = float(folded)
    except ValueError:
        raise VariableError("number", value[:60]) from None
    if not math.isfinite(number):
        raise VariableError("number", value[:60])
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def _date(value: str) -> str:
    match = _DATE.match(_fold(value))
    if match is None:
        raise VariableError("date", value[:60])
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise VariableError("date", value[:60]) from None
    if day:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return f"{year}-{int(month):02d}" if month else year


def sort_key(variable: Variable | None, value: str) -> tuple[Any, ...]:
    """Orders values of a variable: numbers by size, choices in their order, others as
    text; no value last."""
    if not value:
        return (2,)
    if variable is not None and variable.type == NUMBER:
        try:
            return (0, float(value), "")
        except ValueError:
            pass
    if variable is not None and variable.type == CHOICE and value in variable.choices:
        return (0, variable.choices.index(value), "")
    return (1, 0.0, value)


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _later(a: str, b: str) -> bool:
    return bool(a) and (not b or _when(a) > _when(b))


# -- the sidecar's part ---------------------------------------------------------------------------
@dataclass
class Casebook:
    """The variables and their values as the sidecar holds them: the definitions in
    order, when each last changed, tombstones of deleted ones, and the values."""

    variables: list[Variable] = field(default_factory=list)
    times: dict[str, str] = field(default_factory=dict)  # name -> modified
    deleted: dict[str, str] = field(default_factory=dict)  # name -> when deleted
    values: Values = field(default_factory=dict)

    def variable(self, name: str) -> Variable | None:
        return next((v for v in self.variables if v.name == name), None)

    def table(self) -> dict[str, dict[str, str]]:
        """`relpath -> {variable: value}` of the values set (what the analysis takes)."""
        names = {v.name for v in self.variables}
        result: dict[str, dict[str, str]] = {}
        for (relpath, name), value in self.values.items():
            if value.value and name in names:
                result.setdefault(relpath, {})[name] = value.value
        return result

    def value(self, relpath: str, name: str) -> str:
        found = self.values.get((relpath, name))
        return found.value if found is not None else ""

    def copy(self) -> Casebook:
        return Casebook(list(self.variables), dict(self.times), dict(self.deleted), dict(self.values))


def set_variables(book: Casebook, variables: list[Variable], stamp: str) -> None:
    """Replace the definitions: changed and new ones are stamped, removed ones leave a
    tombstone and lose their values."""
    old = {v.name: v for v in book.variables}
    names = {v.name for v in variables}
    for variable in variables:
        if old.get(variable.name) != variable:
            book.times[variable.name] = stamp
            book.deleted.pop(variable.name, None)
    for name in old:
        if name not in names:
            book.times.pop(name, None)
            book.deleted[name] = stamp
            for key in [k for k in book.values if k[1] == name]:
                del book.values[key]
    book.variables = list(variables)


def merge_casebooks(ours: Casebook, theirs: Casebook) -> Casebook:
    """Both sides' variables (by name, the newest definition wins, ours on a tie; a
    deletion wins over what was changed before it) and values (by report and
    variable, the newest wins; values set before their variable was deleted go)."""
    dead = dict(ours.deleted)
    for name, when in theirs.deleted.items():
        if _later(when, dead.get(name, "")):
            dead[name] = when
    mine = {v.name: v for v in ours.variables}
    other = {v.name: v for v in theirs.variables}
    variables, times = [], {}
    for variable in [*ours.variables, *(v for v in theirs.variables if v.name not in mine)]:
        name = variable.name
        chosen, when = mine.get(name), ours.times.get(name, "")
        if chosen is None or (name in other and _later(theirs.times.get(name, ""), when)):
            chosen, when = other[name], theirs.times.get(name, "")
        if name in dead:
            if not _later(when, dead[name]):
                continue
            del dead[name]
        variables.append(chosen)
        if when:
            times[name] = when
    values = dict(ours.values)
    for key, value in theirs.values.items():
        mine_value = values.get(key)
        if mine_value is None or _when(value.modified) > _when(mine_value.modified):
            values[key] = value
    for key in [k for k, v in values.items() if k[1] in dead and not _later(v.modified, dead[k[1]])]:
        del values[key]
    return Casebook(variables, times, dead, values)


def casebook_json(book: Casebook) -> dict[str, Any]:
    """The sidecar's `variables`, `deletedVariables` and `values` (stable order)."""
    variables = []
    for v in book.variables:
        entry: dict[str, Any] = {"name": v.name, "type": v.type}
        if v.type == CHOICE:
            entry["choices"] = list(v.choices)
        if book.times.get(v.name):
            entry["modified"] = book.times[v.name]
        variables.append(entry)
    return {
        "variables": variables,
        "deletedVariables": [{"name": n, "modified": w} for n, w in sorted(book.deleted.items())],
        "values": [
            {"report": r, "variable": n, "value": v.value, "modified": v.modified}
            for (r, n), v in sorted(book.values.items())
        ],
    }


def casebook_from_json(data: Mapping[str, Any]) -> Casebook:
    """The casebook of schema-valid sidecar data (absent parts are empty: a file of an
    earlier version has none)."""
    variables = [
        Variable(v["name"], v["type"], tuple(v.get("choices", ()))) for v in data.get("variables", ())
    ]
    return Casebook(
        variables=variables,
        times={v["name"]: v["modified"] for v in data.get("variables", ()) if "modified" in v},
        deleted={d["name"]: d["modified"] for d in data.get("deletedVariables", ())},
        values={
            (v["report"], v["variable"]): Value(v["value"], v["modified"]) for v in data.get("values", ())
        },
    )


def check_casebook_json(data: Mapping[str, Any]) -> None:
    """What the schema cannot say: names fit `check_variable` and appear once, values
    name a defined variable at most once per report. VariableError says what."""
    seen: set[str] = set()
    for item in data.get("variables", ()):
        variable = check_variable(Variable(item["name"], item["type"], tuple(item.get("choices", ()))))
        if variable.name != item["name"] or variable.name in seen:
            raise VariableError("exists" if variable.name in seen else "name", item["name"][:60])
        seen.add(variable.name)
    keys: set[tuple[str, str]] = set()
    for item in data.get("values", ()):
        key = (item["report"], item["variable"])
        if key in keys:
            raise VariableError("exists", f"{key[0]}: {key[1]} twice")
        keys.add(key)


# -- changes --------------------------------------------------------------------------------------
def value_changes(
    book: Casebook, edits: Iterable[tuple[str, str, str]]
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """Before and after values of `(relpath, variable, raw value)` edits, normalised
    (VariableError, naming the report, for a value that does not fit); unchanged ones
    left out."""
    before: dict[tuple[str, str], str] = {}
    after: dict[tuple[str, str], str] = {}
    for relpath, name, raw in edits:
        variable = book.variable(name)
        if variable is None:
            raise VariableError("unknown", name[:60])
        try:
            value = normalise_value(variable, raw)
        except VariableError as exc:
            raise VariableError(exc.code, f"{relpath}, {name}: {exc.detail}") from None
        key = (relpath, name)
        if book.value(relpath, name) != value:
            before.setdefault(key, book.value(relpath, name))
            after[key] = value
    return before, after


def apply_values(book: Casebook, values: Mapping[tuple[str, str], str], stamp: str) -> None:
    """Set values (an empty one clears it, remembered with its time for merging)."""
    for key, value in values.items():
        book.values[key] = Value(value, stamp)


# -- CSV ------------------------------------------------------------------------------------------
@dataclass(slots=True)
class CsvImport:
    """What a CSV file keyed by report gives: new variables (typed by their values),
    the `(relpath, variable, value)` edits, and the problems met (row number and
    reason, in English and Chinese through VariableError / text)."""

    new_variables: list[Variable] = field(default_factory=list)
    edits: list[tuple[str, str, str]] = field(default_factory=list)
    unknown_reports: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str, VariableError]] = field(default_factory=list)


def decode_csv(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise VariableError("csv-text")


def parse_table(text: str) -> list[list[str]]:
    """Rows of a CSV file, or of cells pasted from a spreadsheet (tab-separated)."""
    first = text.split("\n", 1)[0]
    dialect = "excel-tab" if "\t" in first else "excel"
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def match_report(name: str, reports: Iterable[str]) -> str | None:
    """The report a cell names: its path in the library, or a file name (with or
    without its ending) that only one report has."""
    name = name.strip().replace("\\", "/")
    reports = list(reports)
    if name in reports:
        return name
    found = [r for r in reports if name in (r.rsplit("/", 1)[-1], r.rsplit("/", 1)[-1].rsplit(".", 1)[0])]
    return found[0] if len(found) == 1 else None


def parse_csv(raw: bytes, book: Casebook, reports: Iterable[str]) -> CsvImport:
    """Read a CSV file keyed by report: the first column headed file/report/path (or
    文件/报告/路径) names the report; every other column is a variable. A column naming
    no variable makes a new one: a number when all its values are numbers, a date
    when all are dates, text otherwise."""
    rows = parse_table(decode_csv(raw))
    if not rows:
        raise VariableError("csv-file")
    head = [h.strip() for h in rows[0]]
    keys = [i for i, h in enumerate(head) if h.casefold() in FILE_HEADINGS]
    if not keys:
        raise VariableError("csv-file")
    key = keys[0]
    known = list(reports)
    result = CsvImport()
    variables = {v.name: v for v in book.variables}
    columns: list[tuple[int, str]] = [(i, h) for i, h in enumerate(head) if i != key and h]
    for index, name in columns:
        if name not in variables:
            cells = [row[index] for row in rows[1:] if index < len(row) and row[index].strip()]
            variable = check_variable(Variable(name, _infer(cells)))
            variables[name] = variable
            result.new_variables.append(variable)
    for number, row in enumerate(rows[1:], start=2):
        cell = row[key] if key < len(row) else ""
        relpath = match_report(cell, known)
        if relpath is None:
            result.unknown_reports.append((number, cell))
            continue
        for index, name in columns:
            raw_value = row[index] if index < len(row) else ""
            try:
                value = normalise_value(variables[name], raw_value)
            except VariableError as exc:
                result.errors.append((number, name, exc))
                continue
            result.edits.append((relpath, name, value))
    return result


def _infer(cells: list[str]) -> str:
    if not cells:
        return TEXT
    for kind in (NUMBER, DATE):
        try:
            for cell in cells:
                normalise_value(Variable("x", kind), cell)
        except VariableError:
            continue
        return kind
    return TEXT
