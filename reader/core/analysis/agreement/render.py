"""The agreement table as people read it: flat rows (one per pair of coders and tag,
then the pair's all-tags row) for the window and the spreadsheet exports, plain
text for the command line, CSV and XLSX files."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass

from reader.core.analysis.agreement.model import (
    ALL_COEFFICIENTS,
    LABELS,
    AgreementTable,
    Estimate,
    Row,
    reason_text,
    verdict,
)
from reader.core.problems import pick

_TEXTS: dict[str, dict[str, str]] = {
    "coders": {"en": "Coders", "zh": "编码者"},
    "tag": {"en": "Tag", "zh": "标签"},
    "all-tags": {"en": "All tags", "zh": "全部标签"},
    "passages": {"en": "Passages ({coder})", "zh": "摘录数（{coder}）"},
    "characters": {"en": "Characters ({coder})", "zh": "字符数（{coder}）"},
    "passages-short": {"en": "Passages", "zh": "摘录数"},
    "characters-both": {"en": "Characters (both)", "zh": "字符数（两者）"},
    "low": {"en": "{name} 95% low", "zh": "{name} 95% 下限"},
    "high": {"en": "{name} 95% high", "zh": "{name} 95% 上限"},
    "first": {"en": "first", "zh": "第一位"},
    "second": {"en": "second", "zh": "第二位"},
    "pair": {
        "en": "{a} × {b}: {reports} reports compared, {left} coded by only one of them (left out)",
        "zh": "{a} × {b}：比较了 {reports} 篇报告，{left} 篇只有其中一位编码过（未计入）",
    },
    "orphaned": {
        "en": "{count} passages could not be found in their report's text and are left out.",
        "zh": "{count} 条摘录在报告正文中找不到，未计入。",
    },
    "auto": {
        "en": "{count} auto-coded passages are left out.",
        "zh": "{count} 条自动编码的摘录未计入。",
    },
    "not-given": {"en": "— {reason} ({where})", "zh": "— {reason}（{where}）"},
    "sheet": {"en": "Agreement", "zh": "一致性"},
    "no-name": {"en": "(no name)", "zh": "（无名）"},
}


def text(key: str, lang: str | None = None, **params: object) -> str:
    return pick(_TEXTS, key, lang).format(**params)


def coder_label(name: str, lang: str | None = None) -> str:
    """A coder's name as shown: an annotation without an author is "(no name)"."""
    return name or text("no-name", lang)


@dataclass(frozen=True, slots=True)
class FlatRow:
    """One line of the table: a pair of coders and a tag (None: all tags)."""

    coders: tuple[str, str]
    tag: str | None
    passages: tuple[int, int]
    characters: tuple[int, int, int]
    estimates: dict[str, Estimate]


def flat_rows(table: AgreementTable) -> list[FlatRow]:
    """Every pair's rows, each pair's all-tags row after its tags."""
    result = []
    for pair in table.pairs:
        rows: list[Row] = list(pair.rows) + ([pair.overall] if pair.overall is not None else [])
        for row in rows:
            result.append(FlatRow(pair.coders, row.tag, row.passages, row.characters, row.estimates))
    return result


def has_intervals(table: AgreementTable) -> bool:
    return any(e.interval is not None for r in flat_rows(table) for e in r.estimates.values())


def headings(table: AgreementTable, lang: str | None = None, intervals: bool | None = None) -> list[str]:
    """The column headings of `cells` (the interval columns only after a bootstrap);
    the passages and characters of each coder are headed by name when there is one
    pair, else as the first and second coder of the row's pair."""
    if len(table.pairs) == 1:  # one pair: its coders by name
        first, second = (coder_label(c, lang) for c in table.pairs[0].coders)
    else:
        first, second = text("first", lang), text("second", lang)
    heads = [
        text("coders", lang),
        text("tag", lang),
        text("passages", lang, coder=first),
        text("passages", lang, coder=second),
        text("characters", lang, coder=first),
        text("characters", lang, coder=second),
        text("characters-both", lang),
    ]
    intervals = has_intervals(table) if intervals is None else intervals
    for name in ALL_COEFFICIENTS:
        label = pick(LABELS, name, lang)
        heads.append(label)
        if intervals:
            heads += [text("low", lang, name=label), text("high", lang, name=label)]
    return heads


def cells(
    table: AgreementTable, lang: str | None = None, intervals: bool | None = None
) -> list[list[str | int | float | None]]:
    """The table's values under `headings`: numbers as numbers, None where a figure
    is not given (`FlatRow.estimates` says why). `intervals` False leaves out the
    interval columns (default: there when the table has intervals)."""
    intervals = has_intervals(table) if intervals is None else intervals
    out: list[list[str | int | float | None]] = []
    for row in flat_rows(table):
        values: list[str | int | float | None] = [
            " × ".join(coder_label(c, lang) for c in row.coders),
            row.tag if row.tag is not None else text("all-tags", lang),
            *row.passages,
            *row.characters,
        ]
        for name in ALL_COEFFICIENTS:
            estimate = row.estimates.get(name)
            values.append(None if estimate is None else estimate.value)
            if intervals:
                interval = None if estimate is None else estimate.interval
                values += [None, None] if interval is None else [interval.low, interval.high]
        out.append(values)
    return out


def to_text(table: AgreementTable, lang: str | None = None, auto_coded: int = 0) -> str:
    """The table for a terminal: per pair a heading, one line per tag, then why any
    figure is not given."""
    lines: list[str] = []
    if table.reason:
        lines.append(reason_text(table.reason, lang))
    names = list(ALL_COEFFICIENTS)
    heads = [text("tag", lang), text("passages-short", lang), text("characters-both", lang)] + [
        pick(LABELS, n, lang) for n in names
    ]
    for pair in table.pairs:
        a, b = (coder_label(c, lang) for c in pair.coders)
        lines.append(text("pair", lang, a=a, b=b, reports=len(pair.reports), left=len(pair.left_out)))
        if pair.reason:
            lines.append("  " + reason_text(pair.reason, lang, **pair.reason_params))
            lines.append("")
            continue
        grid = [heads]
        missing: dict[str, list[str]] = {}
        rows = list(pair.rows) + ([pair.overall] if pair.overall is not None else [])
        for row in rows:
            tag = row.tag if row.tag is not None else text("all-tags", lang)
            line = [tag, f"{row.passages[0]}/{row.passages[1]}", str(row.characters[2])]
            for name in names:
                estimate = row.estimates.get(name)
                line.append("" if estimate is None else _figure(estimate))
                if estimate is not None and estimate.value is None:
                    missing.setdefault(reason_text(estimate.reason, lang), []).append(
                        f"{tag} {pick(LABELS, name, lang)}"
                    )
            grid.append(line)
        widths = [max(_width(r[i]) for r in grid) for i in range(len(heads))]
        for r in grid:
            lines.append(
                "  "
                + "  ".join(
                    _pad(cell, w, i > 0) for i, (cell, w) in enumerate(zip(r, widths, strict=True))
                ).rstrip()
            )
        for reason, where in missing.items():
            lines.append("  " + text("not-given", lang, reason=reason, where="; ".join(where)))
        lines.append("")
    if table.orphaned:
        lines.append(text("orphaned", lang, count=table.orphaned))
    if auto_coded:
        lines.append(text("auto", lang, count=auto_coded))
    return "\n".join(lines).rstrip("\n") + "\n"


def _figure(estimate: Estimate) -> str:
    if estimate.value is None:
        return "—"
    shown = f"{estimate.value:.3f}"
    interval = estimate.interval
    if interval is not None and interval.low is not None and interval.high is not None:
        shown += f" [{interval.low:.3f}, {interval.high:.3f}]"
    return shown


def _width(value: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in value)


def _pad(value: str, width: int, right: bool) -> str:
    space = " " * (width - _width(value))
    return space + value if right else value + space


def to_csv(table: AgreementTable, lang: str | None = None) -> bytes:
    """UTF-8 with a BOM, CRLF rows, texts quoted (and kept from being formulas),
    numbers bare, an empty cell where a figure is not given."""
    from reader.core.export.tabular import neutralise  # the export package: not at every start

    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow(headings(table, lang))
    for values in cells(table, lang):
        writer.writerow(["" if v is None else neutralise(v) if isinstance(v, str) else v for v in values])
    return out.getvalue().encode("utf-8-sig")


#: Cell fills of the XLSX export by verdict (pale, readable in print).
_FILLS = {"reliable": "#C8E6C9", "tentative": "#FFF3C4", "unreliable": "#F8C8C8"}


def to_xlsx(table: AgreementTable, lang: str | None = None) -> bytes:
    """One sheet, figures as numbers (three decimals shown) filled by the usual
    thresholds (green ≥ 0.8, yellow ≥ 0.667, red below); texts never formulas."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    font = {"font_name": "Microsoft YaHei" if lang == "zh" else "Calibri", "font_size": 10}
    header = book.add_format(
        {**font, "bold": True, "bg_color": "#E8E8E8", "text_wrap": True, "valign": "top"}
    )
    plain = book.add_format(font)
    figure = {
        key: book.add_format({**font, "num_format": "0.000", "bg_color": fill})
        for key, fill in _FILLS.items()
    }
    figure[""] = book.add_format({**font, "num_format": "0.000"})
    sheet = book.add_worksheet(text("sheet", lang))
    heads = headings(table, lang)
    for col, head in enumerate(heads):
        sheet.write_string(0, col, head, header)
    sheet.set_column(0, 1, 18)
    sheet.set_column(2, len(heads) - 1, 11)
    coefficient_columns = _coefficient_columns(table)
    for r, values in enumerate(cells(table, lang), start=1):
        for col, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(r, col, value, plain)
            elif col in coefficient_columns:
                sheet.write_number(r, col, value, figure[verdict(float(value))])
            else:
                sheet.write_number(r, col, value, plain)
    sheet.freeze_panes(1, 2)
    book.close()
    return buffer.getvalue()


def _coefficient_columns(table: AgreementTable) -> set[int]:
    """The columns holding a coefficient's value (not its interval)."""
    step = 3 if has_intervals(table) else 1
    return {7 + step * i for i, name in enumerate(ALL_COEFFICIENTS) if name in COLOURED}


#: The coefficients judged by the thresholds (percentage agreement is not corrected
#: for chance, so they do not apply to it).
COLOURED = tuple(name for name in ALL_COEFFICIENTS if name != "agreement")
