"""Two reports side by side, as rows: each shared passage beside its copy (with the
edits inside it), and the text only one report has between them; `comparison_html`
writes them as a page of two columns."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the aligner needs numpy: imported when two reports are compared
    from reader.core.analysis.reuse.align import Alignment, Edit

SHARED, ONLY = "shared", "only"
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class CompareRow:
    """One row: a[left] beside b[right] (either may be None: nothing on that side).
    `edits` mark what differs inside a shared row (offsets into the whole texts)."""

    kind: str
    left: Span | None
    right: Span | None
    edits: tuple[Edit, ...] = ()


def side_by_side(text_a: str, text_b: str, alignment: Alignment | None = None) -> list[CompareRow]:
    """Rows in the order of report a. The text between two passages stands beside the
    text between their copies. The passages whose copies keep a's order (the longest
    such run) frame the rows; a passage whose copy stands elsewhere in b (moved) is
    shown beside its copy, and that copy is left out of b's text around it, so every
    character of both texts is in exactly one row."""
    if alignment is None:
        from reader.core.analysis.reuse.align import align

        alignment = align(text_a, text_b)
    passages = alignment.passages
    in_order = _longest_run([p.b_start for p in passages])
    moved = sorted((p.b_start, p.b_end) for i, p in enumerate(passages) if i not in in_order)
    rows: list[CompareRow] = []
    a_at = b_at = 0
    for i, p in enumerate(passages):
        b_gaps: list[Span] = []
        if i in in_order:
            b_gaps = _minus((b_at, p.b_start), moved)
            b_at = p.b_end
        rows += _only(_span(a_at, p.a_start), b_gaps)
        rows.append(CompareRow(SHARED, (p.a_start, p.a_end), (p.b_start, p.b_end), p.edits))
        a_at = p.a_end
    rows += _only(_span(a_at, len(text_a)), _minus((b_at, len(text_b)), moved))
    return rows


def _only(a_gap: Span | None, b_gaps: list[Span]) -> list[CompareRow]:
    if not a_gap and not b_gaps:
        return []
    first = CompareRow(ONLY, a_gap, b_gaps[0] if b_gaps else None)
    return [first, *(CompareRow(ONLY, None, gap) for gap in b_gaps[1:])]


def _longest_run(values: list[int]) -> set[int]:
    """Indexes of a longest strictly increasing subsequence of `values`."""
    best: list[list[int]] = []
    for i, value in enumerate(values):
        chains = [c for c in best if values[c[-1]] < value]
        best.append([*max(chains, key=len), i] if chains else [i])
    return set(max(best, key=len)) if best else set()


def _span(start: int, end: int) -> Span | None:
    return (start, end) if end > start else None


def _minus(span: Span, holes: list[Span]) -> list[Span]:
    """The parts of `span` outside every hole (holes sorted)."""
    parts, at = [], span[0]
    for start, end in holes:
        if end <= at or start >= span[1]:
            continue
        if start > at:
            parts.append((at, start))
        at = max(at, end)
    if at < span[1]:
        parts.append((at, span[1]))
    return parts


_HTML_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Comparison: {a} and {b}", "对比：{a} 与 {b}"),
    "summary": (
        "{n} shared passages: {a} characters ({pa} of the left report), {b} characters ({pb} of the right)",
        "共有文段 {n} 处：左侧报告 {a} 字（占 {pa}），右侧报告 {b} 字（占 {pb}）",
    ),
    "legend": (
        "Shared passages are tinted and numbered; what differs inside them is bold red and "
        "underlined; grey text is in one report only.",
        "共有文段加底色并编号；其中不同之处以红色粗体加下划线标出；灰色文字只见于一篇报告。",
    ),
    "passage": ("Shared passage {n}", "共有文段 {n}"),
}


def _label(key: str, lang: str, **params: object) -> str:
    en, zh = _HTML_LABELS[key]
    return (zh if lang == "zh" else en).format(**params)


def shared_counts(rows: list[CompareRow]) -> tuple[int, int, int]:
    """(shared passages, characters of a in them, characters of b in them)."""
    shared = [r for r in rows if r.kind == SHARED]
    a_chars = sum(r.left[1] - r.left[0] for r in shared if r.left)
    b_chars = sum(r.right[1] - r.right[0] for r in shared if r.right)
    return len(shared), a_chars, b_chars


_EDIT_STYLE = "color:#b03a2e;font-weight:bold;text-decoration:underline"


def _cell(text: str, span: Span | None, row: CompareRow, column: int) -> str:
    if span is None:
        return ""
    edits = sorted((e.a_start, e.a_end) if column == 0 else (e.b_start, e.b_end) for e in row.edits)
    parts, at = [], span[0]
    for start, end in edits:
        if end <= start:
            continue
        if start > at:
            parts.append(html.escape(text[at:start]))
        parts.append(f'<span class="edit" style="{_EDIT_STYLE}">{html.escape(text[start:end])}</span>')
        at = end
    if at < span[1]:
        parts.append(html.escape(text[at : span[1]]))
    return "".join(parts).replace("\n", "<br>\n")


def comparison_html(
    titles: tuple[str, str], texts: tuple[str, str], rows: list[CompareRow], lang: str = "en"
) -> str:
    """A standalone HTML page (UTF-8, no scripts, nothing loaded) of the two reports in
    two columns: each shared passage beside its copy on a tinted, numbered row (its
    anchor `#p1`, `#p2` …) with the edits inside it bold red, the text only one report
    has in grey."""
    count, a_chars, b_chars = shared_counts(rows)
    lengths = [max(1, len(t)) for t in texts]
    title = _label("title", lang, a=titles[0], b=titles[1])
    summary = _label(
        "summary",
        lang,
        n=count,
        a=a_chars,
        b=b_chars,
        pa=f"{a_chars / lengths[0]:.0%}",
        pb=f"{b_chars / lengths[1]:.0%}",
    )
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        '<head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%;"
        "table-layout:fixed}th,td{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;"
        "line-height:1.6}tr.shared td{background:#fff3c4}tr.only td{color:#777}"
        ".edit{color:#b03a2e;font-weight:bold;text-decoration:underline}"
        "td.n{color:#555;text-align:right}</style>",
        "</head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>{html.escape(summary)}</p>",
        f"<p>{html.escape(_label('legend', lang))}</p>",
        '<table><colgroup><col style="width:4em"><col><col></colgroup>',
        f"<tr><th></th><th>{html.escape(titles[0])}</th><th>{html.escape(titles[1])}</th></tr>",
    ]
    number = 0
    for row in rows:
        if row.kind == SHARED:
            number += 1
            label = html.escape(_label("passage", lang, n=number))
            head = f'<tr class="shared" id="p{number}"><td class="n" title="{label}">{number}</td>'
            style = ' style="background:#fff3c4"'  # inline too: word processors skip the classes
        else:
            head = '<tr class="only"><td class="n"></td>'
            style = ' style="color:#777777"'
        left = _cell(texts[0], row.left, row, 0)
        right = _cell(texts[1], row.right, row, 1)
        out.append(f"{head}<td{style}>{left}</td><td{style}>{right}</td></tr>")
    out += ["</table>", "</body></html>", ""]
    return "\n".join(out)
