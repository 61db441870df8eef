"""Memos in a REFI-QDA project, placed where QDA programs read them.

Every memo is a Note (its title as the name), referred to by NoteRef from its
report's TextSource, its tag's Code, or the project. QualCoder (4.0) reads a
source's memo and a code's memo from their Description and takes as journal
entries only the Notes whose text is a file (`plainTextPath`), so:

- a memo on a report is also written into its source's Description, after the
  report's line (title, blank line, text);
- a memo on a tag is also written into its code's Description, after the tag's
  description;
- a journal entry's text is a file `sources/<guid>.txt` (plain text, UTF-8) named by
  the Note's `plainTextPath`, not Note content (REFI-QDA wants one or the other), and
  its name is its title, unique among the journal's (QualCoder stops the import on a
  repeated journal name). A memo on a report or tag that the project does not hold
  is a journal entry too, named after what it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from reader.core.annotations.memos import JOURNAL, REPORT, TAG, Memo
from reader.core.export.casework import label
from reader.core.export.records import xml_safe

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

NAMESPACE = "urn:QDA-XML:project:1.0"
Q = f"{{{NAMESPACE}}}"


def memo_block(memo: Memo) -> str:
    """A memo as it stands in a Description or a Note: title, blank line, text."""
    return f"{memo.title}\n\n{memo.text}" if memo.title else memo.text


def described(description: str, memos: Iterable[Memo]) -> str:
    """`description` followed by each memo's block, a blank line between."""
    return "\n\n".join(part for part in (description, *map(memo_block, memos)) if part)


def journal_names(memos: Iterable[Memo], held: Callable[[Memo], bool], lang: str) -> dict[str, str]:
    """Memo id -> its journal entry's name, for the memos the project holds nowhere
    else (`held` false): the title (or first line), prefixed by the report or tag it
    is about, made unique by " (2)", " (3)"…"""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for memo in memos:
        if memo.kind != JOURNAL and held(memo):
            continue
        name = memo.label() or label("untitled", lang)
        if memo.kind != JOURNAL:
            name = f"{memo.about}: {name}"
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name} ({n})"
        taken.add(candidate)
        names[memo.id] = candidate
    return names


def add_memo_notes(
    project: ET.Element, notes: ET.Element, memos: list[Memo], guid: Callable[[str, str], str], lang: str
) -> tuple[list[str], dict[str, str]]:
    """A Note per memo, referred to by its report's source, its tag's code or the
    project (see the module doc); `guid(kind, name)` gives the GUIDs of sources,
    codes and users. Returns the notes the project refers to and the files to add
    (`sources/<guid>.txt` -> text)."""
    sources = {s.get("guid"): s for s in project.iter(Q + "TextSource")}
    codes = {c.get("guid"): c for c in project.iter(Q + "Code")}
    homes: dict[str, ET.Element] = {}
    for memo in memos:
        home = sources.get(guid("source", memo.about)) if memo.kind == REPORT else None
        home = codes.get(guid("code", memo.about)) if memo.kind == TAG else home
        if home is not None:
            homes[memo.id] = home
    names = journal_names(memos, lambda m: m.id in homes, lang)
    on_project: list[str] = []
    files: dict[str, str] = {}
    for memo in memos:
        attrs = {"guid": memo.id, "name": xml_safe(names.get(memo.id, memo.label()))}
        attrs["creatingUser"] = guid("user", memo.author or "?")
        if memo.created or memo.modified:
            attrs["creationDateTime"] = memo.created or memo.modified
        if memo.modified:
            attrs["modifiedDateTime"] = memo.modified
        home = homes.get(memo.id)
        if home is None:  # a journal entry: its text is a file
            attrs["plainTextPath"] = f"internal://{memo.id}.txt"
            files[f"sources/{memo.id}.txt"] = memo.text
            ET.SubElement(notes, Q + "Note", attrs)
            on_project.append(memo.id)
            continue
        note = ET.SubElement(notes, Q + "Note", attrs)
        ET.SubElement(note, Q + "PlainTextContent").text = xml_safe(memo_block(memo))
        _describe(home, memo)
        _refer(home, memo.id)
    return on_project, files


def _describe(home: ET.Element, memo: Memo) -> None:
    """Add the memo's block to the Description of its source or code."""
    description = home.find(Q + "Description")
    if description is None:
        description = ET.Element(Q + "Description")
        home.insert(0, description)
    description.text = xml_safe(described(description.text or "", [memo]))


def _refer(home: ET.Element, guid: str) -> None:
    """A NoteRef where the schema wants it: at the end of a source, after the
    Description and the other NoteRefs of a code (before the codes inside it)."""
    ref = ET.Element(Q + "NoteRef", {"targetGUID": guid})
    if home.tag == Q + "TextSource":
        home.append(ref)
        return
    position = 1 if len(home) and home[0].tag == Q + "Description" else 0
    while position < len(home) and home[position].tag == Q + "NoteRef":
        position += 1
    home.insert(position, ref)
