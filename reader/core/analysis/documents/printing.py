"""What `reader outline`, `reader similar` and `reader phrases` print: plain text in
the user's language (one line per item) and JSON for programs."""

from __future__ import annotations

from reader.core.analysis.docstructure import DocumentStructure, Section
from reader.core.analysis.documents.readings import LibraryReadings, formulation_json
from reader.core.analysis.formulations import Formulation
from reader.core.analysis.reuse import SharedPassage

_LABELS: dict[str, dict[str, str]] = {
    "number": {"en": "Document number", "zh": "发文字号"},
    "organs": {"en": "Issuing organs", "zh": "发文机关"},
    "kind": {"en": "Kind", "zh": "文种"},
    "date": {"en": "Date of issue", "zh": "成文日期"},
    "attachments": {"en": "Attachments", "zh": "附件"},
    "cited": {"en": "Document numbers cited", "zh": "引用的发文字号"},
    "outline": {"en": "Outline", "zh": "结构"},
    "no-fields": {"en": "No document fields found.", "zh": "未识别出公文要素。"},
    "no-outline": {"en": "No headings found.", "zh": "未识别出标题层次。"},
    "similar": {"en": "Reports sharing passages with {report}", "zh": "与 {report} 有共同段落的报告"},
    "no-similar": {"en": "No report shares a passage with it.", "zh": "没有报告与它有共同段落。"},
    "shared": {
        "en": "{chars} characters shared ({share}) in {passages} passage(s)",
        "zh": "共同 {chars} 字（{share}），{passages} 段",
    },
    "passages": {"en": "Passages shared by several reports", "zh": "多篇报告共有的段落"},
    "no-passages": {"en": "No passage is shared by two reports.", "zh": "没有两篇报告共有的段落。"},
    "passage": {"en": "{reports} reports, {chars} characters", "zh": "{reports} 篇报告，{chars} 字"},
    "formulations": {"en": "Numbered formulations", "zh": "数字概括语"},
    "phrases": {"en": "Stock phrases", "zh": "常用语句"},
    "none": {"en": "(none)", "zh": "（无）"},
    "phrase-row": {
        "en": "{count} times in {reports} reports, first {first}",
        "zh": "{count} 次，{reports} 篇报告，最早 {first}",
    },
    "undated": {"en": "undated", "zh": "无日期"},
    "not-in-library": {"en": "not a report of this library", "zh": "不是该文献库中的报告"},
}
_EXCERPT = 40


def label(key: str, lang: str, **values: object) -> str:
    return _LABELS[key]["zh" if lang == "zh" else "en"].format(**values)


# -- reader outline FILE ----------------------------------------------------------------------------
def outline_lines(structure: DocumentStructure, lang: str = "en") -> list[str]:
    """The document's fields, then its outline indented by depth with each heading's
    section path and offset."""
    lines: list[str] = []
    fields = [
        ("number", structure.number.normalised if structure.number else ""),
        ("organs", "、".join(o.name for o in structure.organs)),
        ("kind", structure.kind or ""),
        ("date", structure.date.iso() if structure.date else ""),
        ("attachments", "；".join(a.name for a in structure.attachments)),
    ]
    colon = "：" if lang == "zh" else ": "
    lines += [f"{label(key, lang)}{colon}{value}" for key, value in fields if value]
    if not lines:
        lines.append(label("no-fields", lang))
    if structure.cited_numbers:
        cited = "、".join(dict.fromkeys(n.normalised for n in structure.cited_numbers))
        lines.append(f"{label('cited', lang)}{colon}{cited}")
    lines.append(label("outline", lang) + colon.strip())
    if not structure.outline:
        lines.append("  " + label("no-outline", lang))

    def walk(sections: list[Section], depth: int) -> None:
        for section in sections:
            title = f" {section.title}" if section.title else ""
            lines.append(f"{'  ' * (depth + 1)}{section.label}{title}  [{section.start}]")
            walk(section.children, depth + 1)

    walk(structure.outline, 0)
    return lines


def outline_json(path: str, title: str, structure: DocumentStructure) -> dict[str, object]:
    """The fields and outline tree, each section with its cited path."""

    def section(node: Section) -> dict[str, object]:
        data = node.as_json()
        data["path"] = structure.section_path(node.start)
        data["children"] = [section(c) for c in node.children]
        return data

    data = {"path": path, "title": title, **structure.as_json()}
    data["outline"] = [section(s) for s in structure.outline]
    return data


# -- reader similar DIR [REPORT] ----------------------------------------------------------------------
def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[:_EXCERPT] + "…"


def _dated(readings: LibraryReadings, key: str, lang: str) -> str:
    info = readings.reports.get(key)
    date = info.date if info and info.date else label("undated", lang)
    title = info.title if info else ""
    return f"{date}  {key}  {title}".rstrip()


def similar_lines(readings: LibraryReadings, key: str, top: int, lang: str = "en") -> list[str]:
    rows = readings.similar(key, top)
    lines = [label("similar", lang, report=key) + ("：" if lang == "zh" else ":")]
    if not rows:
        return [*lines, "  " + label("no-similar", lang)]
    for row in rows:
        info = readings.reports.get(row.report)
        lines.append(f"  {row.report}  {info.title if info else ''}".rstrip())
        shared = label(
            "shared", lang, chars=row.shared_chars, share=f"{row.share:.0%}", passages=row.passages
        )
        lines.append(f"    {shared}")
    return lines


def similar_json(readings: LibraryReadings, key: str, top: int) -> list[dict[str, object]]:
    rows = []
    for row in readings.similar(key, top):
        info = readings.reports.get(row.report)
        rows.append(
            {
                "report": row.report,
                "title": info.title if info else "",
                "date": info.date if info else "",
                "shared_chars": row.shared_chars,
                "share": round(row.share, 4),
                "passages": row.passages,
            }
        )
    return rows


def passages_lines(readings: LibraryReadings, top: int, lang: str = "en") -> list[str]:
    """The passages most reports share, each with every report carrying it by date."""
    lines = [label("passages", lang) + ("：" if lang == "zh" else ":")]
    if not readings.passages:
        return [*lines, "  " + label("no-passages", lang)]
    for passage in readings.passages[:top]:
        reports = len(set(passage.reports))
        lines.append(f"  {_excerpt(passage.text)}")
        lines.append(f"    {label('passage', lang, reports=reports, chars=len(passage.text))}")
        lines += [f"    {_dated(readings, o.report, lang)}  [{o.start}]" for o in readings.carriers(passage)]
    return lines


def passage_json(readings: LibraryReadings, passage: SharedPassage) -> dict[str, object]:
    occurrences = []
    for o in readings.carriers(passage):
        info = readings.reports.get(o.report)
        occurrences.append(
            {
                "report": o.report,
                "title": info.title if info else "",
                "date": info.date if info else "",
                "start": o.start,
                "end": o.end,
            }
        )
    return {"text": passage.text, "reports": len(set(passage.reports)), "occurrences": occurrences}


# -- reader phrases DIR -------------------------------------------------------------------------------
def _phrase_line(item: Formulation, lang: str) -> str:
    first = item.first_date.iso() if item.first_date else label("undated", lang)
    return f"  {item.text}  " + label("phrase-row", lang, count=item.count, reports=item.reports, first=first)


def phrases_lines(readings: LibraryReadings, top: int, lang: str = "en") -> list[str]:
    lines: list[str] = []
    for key, items in (("formulations", readings.formulations), ("phrases", readings.phrases)):
        lines.append(label(key, lang) + ("：" if lang == "zh" else ":"))
        lines += [_phrase_line(item, lang) for item in items[:top]] or ["  " + label("none", lang)]
    return lines


def phrases_json(readings: LibraryReadings, top: int) -> dict[str, list[dict[str, object]]]:
    return {
        "formulations": [formulation_json(f) for f in readings.formulations[:top]],
        "phrases": [formulation_json(f) for f in readings.phrases[:top]],
    }
