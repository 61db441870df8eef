"""A REFI-QDA project (.qdpx): project.qde plus the reports as plain-text sources.

- Tags are codes, with their colours and descriptions; `整改/专项整治` is the code
  专项整治 inside the code 整改.
- Reports are TextSources: the cleaned text, UTF-8, in `sources/<guid>.txt`.
- Passages are PlainTextSelections coded with their tags. Positions count Unicode
  code points of that text (REFI-QDA 1.5), which is how this app counts them.
- Notes are Notes linked from their selection. Orphaned passages cannot be placed in
  the text: each becomes a Note on its report holding the quote and the note.

GUIDs are derived from stable names (annotation ids are already UUIDs), so exporting
the same annotations twice gives the same project."""

from __future__ import annotations

import io
import uuid
import zipfile
from xml.etree import ElementTree as ET

from reader import __version__
from reader.core.export.labels import display_date, label
from reader.core.export.records import ExportSet, hex_colour, xml_safe

NAMESPACE = "urn:QDA-XML:project:1.0"
_GUIDS = uuid.UUID("1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")  # ours, for derived GUIDs


def _guid(kind: str, name: str) -> str:
    return str(uuid.uuid5(_GUIDS, f"{kind}:{name}"))


def _colour(value: str) -> str | None:
    colour = hex_colour(value)
    return colour.upper() if colour else None


def to_qdpx(export: ExportSet, lang: str) -> bytes:
    ET.register_namespace("", NAMESPACE)
    q = f"{{{NAMESPACE}}}"
    project = ET.Element(
        q + "Project", {"name": xml_safe(export.library), "origin": f"Report Reader {__version__}"}
    )
    authors = sorted({a.annotation.author or "?" for _r, a in export.records})
    users = ET.SubElement(project, q + "Users")
    for author in authors or ["?"]:
        ET.SubElement(users, q + "User", {"guid": _guid("user", author), "name": xml_safe(author)})

    codes = {t.name: t for t in export.tags}
    names = set(codes)
    for name in list(names):  # parents of hierarchical tags are codes too
        parts = name.split("/")
        names.update("/".join(parts[:i]) for i in range(1, len(parts)))
    codebook = ET.SubElement(ET.SubElement(project, q + "CodeBook"), q + "Codes")
    elements: dict[str, ET.Element] = {}
    for name in sorted(names, key=lambda n: (n.count("/"), n)):
        parent = elements.get(name.rsplit("/", 1)[0]) if "/" in name else None
        attrs = {"guid": _guid("code", name), "name": xml_safe(name.rsplit("/", 1)[-1]), "isCodable": "true"}
        tag = codes.get(name)
        if tag is not None and _colour(tag.colour):
            attrs["color"] = _colour(tag.colour) or ""
        element = ET.SubElement(parent if parent is not None else codebook, q + "Code", attrs)
        if tag is not None and tag.description:
            ET.SubElement(element, q + "Description").text = xml_safe(tag.description)
        elements[name] = element
    if not names:
        project.remove(project.find(q + "CodeBook"))  # type: ignore[arg-type]

    sources = ET.SubElement(project, q + "Sources")
    notes = ET.Element(q + "Notes")
    files: dict[str, str] = {}
    for report in export.reports:
        source_guid = _guid("source", report.relpath)
        attrs = {"guid": source_guid, "name": xml_safe(report.title or report.relpath)}
        if report.text is not None:
            attrs["plainTextPath"] = f"internal://{source_guid}.txt"
            files[f"sources/{source_guid}.txt"] = xml_safe(report.text)
        source = ET.SubElement(sources, q + "TextSource", attrs)
        ET.SubElement(source, q + "Description").text = xml_safe(
            " · ".join(p for p in (report.relpath, report.number, display_date(report.date, lang)) if p)
        )
        orphan_refs = []
        for record in report.records:
            a = record.annotation
            user = _guid("user", a.author or "?")
            note_guid = None
            if record.orphaned or report.text is None:
                note_guid = _note(notes, q, a.id, user, a.created, _orphan_text(record, lang))
                orphan_refs.append(note_guid)
                continue
            selection = ET.SubElement(
                source,
                q + "PlainTextSelection",
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
            for tag in a.tags:
                coding = ET.SubElement(
                    selection,
                    q + "Coding",
                    {"guid": _guid("coding", f"{a.id}:{tag}"), "creatingUser": user},
                )
                ET.SubElement(coding, q + "CodeRef", {"targetGUID": _guid("code", tag)})
            if a.note:
                note_guid = _note(notes, q, _guid("note", a.id), user, a.created, a.note)
                ET.SubElement(selection, q + "NoteRef", {"targetGUID": note_guid})
        for ref in orphan_refs:
            ET.SubElement(source, q + "NoteRef", {"targetGUID": ref})
    if len(sources) == 0:
        project.remove(sources)
    if len(notes):
        project.append(notes)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        xml = ET.tostring(project, encoding="utf-8", xml_declaration=True)
        archive.writestr(_info("project.qde"), xml)
        for name, text in files.items():
            archive.writestr(_info(name), text.encode("utf-8"))
    return buffer.getvalue()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _note(notes: ET.Element, q: str, guid: str, user: str, created: str, text: str) -> str:
    attrs = {"guid": guid, "name": xml_safe(text.split("\n", 1)[0][:60]), "creatingUser": user}
    if created:
        attrs["creationDateTime"] = created
    note = ET.SubElement(notes, q + "Note", attrs)
    ET.SubElement(note, q + "PlainTextContent").text = xml_safe(text)
    return guid


def _orphan_text(record: object, lang: str) -> str:
    a = record.annotation  # type: ignore[attr-defined]
    lines = [f"[{label('orphaned', lang)}] «{record.passage}»"]  # type: ignore[attr-defined]
    if a.tags:
        lines.append(label("tags-line", lang) + "; ".join(a.tags))
    if a.note:
        lines.append(a.note)
    return "\n".join(lines)
