"""A REFI-QDA project (.qdpx): project.qde plus the reports as plain-text sources.

- Tags are codes, with their colours and descriptions, in the codebook's order;
  `整改/专项整治` is the code 专项整治 inside the code 整改. Code names are unique in the
  project (QualCoder, like other tools, drops a code whose name repeats): a leaf name
  that two tags share (整改/其他, 人物/其他) is written as the whole path.
- Reports are TextSources: the cleaned text, UTF-8, in `sources/<guid>.txt`; a report
  whose text is gone gets an empty one (readers need a file) and says so.
- Passages are PlainTextSelections coded with their tags. Positions count Unicode
  code points of that text (REFI-QDA 1.5), which is how this app counts them.
- A passage's note is its selection's Description (where QualCoder reads a memo; a
  selection without codes is an annotation there) and also a Note linked by NoteRef
  (for tools that read those). Orphaned passages cannot be placed in the text: each
  is a Note on its report and is written into the report's Description.
- Report variables are Variables, and each report with values a Case (with the
  values, referring to its source); memos are Notes, also written where QualCoder
  reads them (see `qdpx_memos`).
- Carriage returns are written as `&#13;`: an XML parser turns a literal one into a
  line feed.

GUIDs are derived from stable names (annotation ids are already UUIDs), so exporting
the same annotations twice gives the same project."""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

from reader import __version__
from reader.core.annotations.model import Tag
from reader.core.annotations.report_variables import Variable
from reader.core.export.casework import heading, qdpx_type
from reader.core.export.labels import display_date, label
from reader.core.export.qdpx_memos import add_memo_notes
from reader.core.export.records import ExportRecord, ExportSet, hex_colour, xml_safe

NAMESPACE = "urn:QDA-XML:project:1.0"
Q = f"{{{NAMESPACE}}}"
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_GUIDS = uuid.UUID("1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")  # ours, for derived GUIDs


def _guid(kind: str, name: str) -> str:
    return str(uuid.uuid5(_GUIDS, f"{kind}:{name}"))


def _colour(value: str) -> str | None:
    colour = hex_colour(value)
    return colour.upper() if colour else None


def to_qdpx(export: ExportSet, lang: str) -> bytes:
    ET.register_namespace("", NAMESPACE)
    project = ET.Element(
        Q + "Project", {"name": xml_safe(export.library), "origin": f"Report Reader {__version__}"}
    )
    authors = sorted(
        {a.annotation.author or "?" for _r, a in export.records} | {m.author or "?" for m in export.memos}
    )
    users = ET.SubElement(project, Q + "Users")
    for author in authors or ["?"]:
        ET.SubElement(users, Q + "User", {"guid": _guid("user", author), "name": xml_safe(author)})
    if export.tags:
        _codebook(ET.SubElement(ET.SubElement(project, Q + "CodeBook"), Q + "Codes"), export.tags)
    add_cases(project, export, lang)

    sources = ET.SubElement(project, Q + "Sources")
    notes = ET.Element(Q + "Notes")
    files: dict[str, str] = {}
    for report in export.reports:
        source_guid = _guid("source", report.relpath)
        files[f"sources/{source_guid}.txt"] = report.text or ""
        source = ET.SubElement(
            sources,
            Q + "TextSource",
            {
                "guid": source_guid,
                "name": xml_safe(report.title or report.relpath),
                "plainTextPath": f"internal://{source_guid}.txt",
            },
        )
        description = ET.SubElement(source, Q + "Description")
        memo = [" · ".join(p for p in (report.relpath, report.number, display_date(report.date, lang)) if p)]
        if report.text is None:
            memo.append(label("no-text", lang))
        orphan_refs = []
        for record in report.records:
            if record.orphaned or report.text is None:
                text = _orphan_text(record, lang)
                memo.append(text)
                orphan_refs.append(_note(notes, record.annotation.id, record, text))
            else:
                _selection(source, notes, record)
        description.text = xml_safe("\n\n".join(memo))
        for ref in orphan_refs:
            ET.SubElement(source, Q + "NoteRef", {"targetGUID": ref})
    project_notes, memo_files = add_memo_notes(project, notes, export.memos, _guid, lang)
    files.update(memo_files)
    if len(sources) == 0:
        project.remove(sources)
    if len(notes):
        project.append(notes)
    for ref in project_notes:  # the journal, and memos on reports without passages
        ET.SubElement(project, Q + "NoteRef", {"targetGUID": ref})

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        xml = ET.tostring(project, encoding="utf-8", xml_declaration=True)
        # ElementTree writes a carriage return in text as it is, and every XML parser
        # reads that as a line feed; attributes are escaped already.
        archive.writestr(_info("project.qde"), xml.replace(b"\r", b"&#13;"))
        for name, text in files.items():
            # not XML: written whole, so positions stay right (a lone surrogate is one '?')
            archive.writestr(_info(name), text.encode("utf-8", "replace"))
    return buffer.getvalue()


def code_names(names: list[str]) -> dict[str, str]:
    """Tag path -> the code's name: its leaf, or the whole path when another code
    has the same leaf (compared case-insensitively); unique in any case."""
    leaves = Counter(n.rsplit("/", 1)[-1].casefold() for n in names)
    result: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        leaf = name.rsplit("/", 1)[-1]
        chosen = leaf if leaves[leaf.casefold()] == 1 else name
        candidate, n = chosen, 1
        while candidate.casefold() in taken:  # only when paths differ in case alone
            n += 1
            candidate = f"{chosen} ({n})"
        taken.add(candidate.casefold())
        result[name] = candidate
    return result


def _codebook(codes: ET.Element, tags: list[Tag]) -> None:
    """Codes in the order of the tags; a parent that is not a tag itself comes
    where its first descendant does."""
    ordered: list[str] = []
    for tag in tags:
        parts = tag.name.split("/")
        for i in range(1, len(parts) + 1):
            path = "/".join(parts[:i])
            if path not in ordered:
                ordered.append(path)
    by_name = {t.name: t for t in tags}
    names = code_names(ordered)
    elements: dict[str, ET.Element] = {}
    for path in ordered:
        parent = elements[path.rsplit("/", 1)[0]] if "/" in path else codes
        attrs = {"guid": _guid("code", path), "name": xml_safe(names[path]), "isCodable": "true"}
        tag = by_name.get(path)
        colour = _colour(tag.colour) if tag is not None else None
        if colour:
            attrs["color"] = colour
        element = ET.SubElement(parent, Q + "Code", attrs)
        if tag is not None and tag.description:
            ET.SubElement(element, Q + "Description").text = xml_safe(tag.description)
        elements[path] = element


def _selection(source: ET.Element, notes: ET.Element, record: ExportRecord) -> None:
    a = record.annotation
    user = _guid("user", a.author or "?")
    selection = ET.SubElement(
        source,
        Q + "PlainTextSelection",
        {
            "guid": a.id,
            "name": xml_safe(record.passage[:60]),
            "startPosition": str(record.start),
            "endPosition": str(record.end),
            "creatingUser": user,
            **({"creationDateTime": a.created} if a.created else {}),
            **({"modifiedDateTime": a.modified} if a.modified else {}),
        },
    )
    if a.note:
        ET.SubElement(selection, Q + "Description").text = xml_safe(a.note)
    for tag in a.tags:
        coding = ET.SubElement(
            selection, Q + "Coding", {"guid": _guid("coding", f"{a.id}:{tag}"), "creatingUser": user}
        )
        ET.SubElement(coding, Q + "CodeRef", {"targetGUID": _guid("code", tag)})
    if a.note:
        ref = _note(notes, _guid("note", a.id), record, a.note)
        ET.SubElement(selection, Q + "NoteRef", {"targetGUID": ref})


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _note(notes: ET.Element, guid: str, record: ExportRecord, text: str) -> str:
    a = record.annotation
    first_line = text.replace("\r", "\n").split("\n", 1)[0]
    attrs = {"guid": guid, "name": xml_safe(first_line[:60]), "creatingUser": _guid("user", a.author or "?")}
    if a.created:
        attrs["creationDateTime"] = a.created
    note = ET.SubElement(notes, Q + "Note", attrs)
    ET.SubElement(note, Q + "PlainTextContent").text = xml_safe(text)
    return guid


def _orphan_text(record: ExportRecord, lang: str) -> str:
    a = record.annotation
    lines = [f"[{label('orphaned', lang)}] «{record.passage}»"]
    if a.tags:
        lines.append(label("tags-line", lang) + "; ".join(a.tags))
    if a.note:
        lines.append(a.note)
    return "\n".join(lines)


def _value_kind(variable_type: str, values: list[str]) -> str:
    """typeOfVariable for these values: Float or Date only when every value is one."""
    kind = qdpx_type(Variable("x", variable_type))
    if kind == "Float" and not all(_DECIMAL.match(v) for v in values):
        return "Text"
    if kind == "Date" and not all(_FULL_DATE.match(v) for v in values):
        return "Text"
    return kind


def add_cases(project: ET.Element, export: ExportSet, lang: str = "en") -> None:
    """Variables (a document field named in `lang`), and a Case per exported report
    with values."""
    if not export.variables:
        return
    variables = ET.SubElement(project, Q + "Variables")
    kinds = {}
    for variable in export.variables:
        values = [v[variable.name] for v in export.values.values() if v.get(variable.name)]
        kinds[variable.name] = kind = _value_kind(variable.type, values)
        ET.SubElement(
            variables,
            Q + "Variable",
            {
                "guid": _guid("variable", variable.name),
                "name": xml_safe(heading(variable, lang)),
                "typeOfVariable": kind,
            },
        )
    cases = ET.Element(Q + "Cases")
    for report in export.reports:
        values = export.values.get(report.relpath, {})
        if not values:
            continue
        case = ET.SubElement(
            cases,
            Q + "Case",
            {"guid": _guid("case", report.relpath), "name": xml_safe(report.title or report.relpath)},
        )
        for variable in export.variables:
            value = values.get(variable.name)
            if not value:
                continue
            entry = ET.SubElement(case, Q + "VariableValue")
            ET.SubElement(entry, Q + "VariableRef", {"targetGUID": _guid("variable", variable.name)})
            element = {"Float": "FloatValue", "Date": "DateValue"}.get(kinds[variable.name], "TextValue")
            ET.SubElement(entry, Q + element).text = xml_safe(value)
        ET.SubElement(case, Q + "SourceRef", {"targetGUID": _guid("source", report.relpath)})
    if len(cases):
        project.append(cases)
