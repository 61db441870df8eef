"""One standalone, printable HTML page: each report's text with its passages
highlighted in their tags' colours, numbered notes below, and a legend.

Everything the user or a report wrote is escaped; the page has no scripts, loads
nothing, and says so in a content-security-policy."""

from __future__ import annotations

import itertools
from html import escape

from reader.core.export.labels import display_date, label, place
from reader.core.export.records import ExportRecord, ExportReport, ExportSet, hex_colour

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.8; color: #222; }
h1, h2, h3 { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
p.para { text-indent: 2em; margin: 0.4em 0; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.more { border-bottom: 2px dotted #444; }
sup a { text-decoration: none; font-size: 0.75em; color: #555; }
.legend span.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em;
       vertical-align: -0.1em; border: 1px solid #0003; }
.legend li { display: inline-block; margin-right: 1.5em; }
ol.notes li { margin-bottom: 0.6em; }
.meta { color: #666; font-size: 0.9em; }
.note { white-space: pre-wrap; }
.orphans blockquote { border-left: 3px solid #bbb; margin: 0.5em 0; padding-left: 1em; color: #444; }
section.report { page-break-before: always; }
section.report:first-of-type { page-break-before: auto; }
@media print { body { max-width: none; margin: 0; } }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _colour(value: str) -> str:
    """A colour safe to put in a style attribute, else grey."""
    return hex_colour(value) or "#CCCCCC"


def to_html(export: ExportSet, lang: str) -> bytes:
    title = label("annotations-of", lang, name=export.library)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(label("total", lang, count=len(export.records)))}</p>',
        _legend(export, lang),
    ]
    number = 0
    for report in export.reports:
        html, number = _report(export, report, lang, number)
        out.append(html)
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


def _legend(export: ExportSet, lang: str) -> str:
    items = "".join(
        f'<li><span class="swatch" style="background:{_colour(t.colour)}"></span>{_e(t.name)}</li>'
        for t in export.tags
    )
    return f'<div class="legend"><h2>{_e(label("legend", lang))}</h2><ul>{items}</ul></div>'


def _report(export: ExportSet, report: ExportReport, lang: str, number: int) -> tuple[str, int]:
    heading = " ".join(p for p in (report.number, report.title) if p) or report.relpath
    date = display_date(report.date, lang)
    out = [
        '<section class="report">',
        f"<h2>{_e(heading)}</h2>",
        f'<p class="meta">{_e(report.relpath)}{" · " + _e(date) if date else ""}</p>',
    ]
    placed = [r for r in report.records if not r.orphaned]
    numbers: dict[str, int] = {}
    for record in report.records:
        number += 1
        numbers[record.annotation.id] = number
    if report.text is None:
        out.append(f"<p><em>{_e(label('no-text', lang))}</em></p>")
    else:
        offset = 0
        for paragraph in report.text.split("\n"):
            end = offset + len(paragraph)
            out.append(f'<p class="para">{_marked(export, report.text, offset, end, placed, numbers)}</p>')
            offset = end + 1
    out.append(_notes(report, lang, numbers))
    out.append("</section>")
    return "\n".join(out), number


def _marked(
    export: ExportSet, text: str, low: int, high: int, records: list[ExportRecord], numbers: dict[str, int]
) -> str:
    inside = [r for r in records if r.start < high and r.end > low]
    cuts = sorted({low, high, *(max(low, r.start) for r in inside), *(min(high, r.end) for r in inside)})
    parts = []
    for a, b in itertools.pairwise(cuts):
        covering = [r for r in inside if r.start <= a and r.end >= b]
        piece = _e(text[a:b])
        if covering:
            first = covering[-1].annotation
            colour = _colour(export.tag_colour(first.tags[0])) if first.tags else "#FFD54F"
            many = len(covering) > 1 or len(first.tags) > 1
            tip = " / ".join(", ".join(r.annotation.tags) or "—" for r in covering)
            css = ' class="more"' if many else ""
            piece = f'<mark{css} style="background:{colour}66" title="{_e(tip)}">{piece}</mark>'
        parts.append(piece)
        for r in inside:
            if r.end == b and a < b:
                n = numbers[r.annotation.id]
                parts.append(f'<sup><a href="#note-{n}" id="ref-{n}">{n}</a></sup>')
    return "".join(parts)


def _notes(report: ExportReport, lang: str, numbers: dict[str, int]) -> str:
    placed = [r for r in report.records if not r.orphaned]
    orphans = [r for r in report.records if r.orphaned]
    out = []
    if placed:
        out.append(f"<h3>{_e(label('notes', lang))}</h3>")
        first = numbers[placed[0].annotation.id]
        out.append(f'<ol class="notes" start="{first}">')
        out += [_note_item(r, lang, numbers) for r in placed]
        out.append("</ol>")
    if orphans:
        out.append(f'<div class="orphans"><h3>{_e(label("orphans", lang))}</h3>')
        out.append(f'<ol class="notes" start="{numbers[orphans[0].annotation.id]}">')
        out += [_note_item(r, lang, numbers, quote=True) for r in orphans]
        out.append("</ol></div>")
    return "\n".join(out)


def _note_item(record: ExportRecord, lang: str, numbers: dict[str, int], quote: bool = False) -> str:
    a = record.annotation
    n = numbers[a.id]
    where = place(*record.place, lang)
    parts = [f'<li id="note-{n}">']
    if quote:
        parts.append(f"<blockquote>{_e(record.passage)}</blockquote>")
    else:
        parts.append(f'<a href="#ref-{n}">↑</a> «{_e(record.passage)}» ')
    meta = [where, ", ".join(a.tags), label("coder-line", lang) + a.author if a.author else ""]
    parts.append(f'<span class="meta">{" · ".join(_e(m) for m in meta if m)}</span>')
    if a.note:
        parts.append(f'<div class="note">{_e(a.note)}</div>')
    parts.append("</li>")
    return "".join(parts)
