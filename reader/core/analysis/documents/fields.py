"""An official document's recognised fields as built-in report variables.

    fields = document_fields(root, index.reports)   # relpath -> {variable: value}
    fields["通知/a.txt"]["doc_number"]               # '国发〔2019〕12号', '' when none

The variables (read-only, never stored in the sidecar): `doc_number` (文号),
`doc_organs` (发文机关, several joined by '、'), `doc_kind` (文种), `doc_date`
(成文日期, ISO) and `doc_attachments` (the number of 附件). They come from
`analyse_document`, so a report that is not an official document (a news report)
has them all empty: nothing is invented. Working them out takes about a millisecond
per thousand characters, so they are kept in the user cache folder
(`~/.cache/report-reader/documents/`) by report path and fingerprint; a changed or
added report is read again, the others come from the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reader import __version__
from reader.core.problems import pick
from reader.core.storage import atomic_write_bytes, user_cache_path

if TYPE_CHECKING:  # the analysis loads when a report is analysed (not with the field names)
    from reader.core.analysis.docstructure import DocumentStructure

logger = logging.getLogger(__name__)

#: The variables, in the order tables and exports show them.
FIELDS = ("doc_number", "doc_organs", "doc_kind", "doc_date", "doc_attachments")
#: Bump when what is recognised or how it is stored changes.
FORMAT = 1

LABELS: dict[str, dict[str, str]] = {
    "doc_number": {"en": "Document number", "zh": "发文字号"},
    "doc_organs": {"en": "Issuing organs", "zh": "发文机关"},
    "doc_kind": {"en": "Document kind", "zh": "文种"},
    "doc_date": {"en": "Date of issue", "zh": "成文日期"},
    "doc_attachments": {"en": "Attachments", "zh": "附件数"},
}

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The work was cancelled (what was done is not kept)."""


class SourceReport(Protocol):
    """What is read of a report (an `IndexedReport` has it)."""

    relpath: str
    title: str
    fingerprint: str
    problem: object

    @property
    def text(self) -> str | None: ...


def label(name: str, lang: str | None = None) -> str:
    """A field's heading in `lang` ('文号' …); any other name as it is."""
    return pick(LABELS, name, lang) if name in LABELS else name


def empty() -> dict[str, str]:
    return dict.fromkeys(FIELDS, "")


def structure_fields(structure: DocumentStructure) -> dict[str, str]:
    """The variables of an analysed document ('' for what it does not have)."""
    return {
        "doc_number": structure.number.normalised if structure.number else "",
        "doc_organs": "、".join(o.name for o in structure.organs),
        "doc_kind": structure.kind or "",
        "doc_date": structure.date.iso() if structure.date else "",
        "doc_attachments": str(len(structure.attachments)) if structure.attachments else "",
    }


def fields_of(text: str, title: str = "") -> dict[str, str]:
    """The variables of one report's cleaned text."""
    from reader.core.analysis.docstructure import analyse_document

    return structure_fields(analyse_document(text, title))


def cache_path(root: Path) -> Path:
    key = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:16]
    name = "".join(c if c.isalnum() else "_" for c in Path(root).name)[:40] or "library"
    return user_cache_path() / "documents" / f"{name}-{key}-fields.json"


def _stamp(report: SourceReport) -> str:
    return f"{report.fingerprint}\0{report.title}"


def _read_cache(root: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(cache_path(root).read_bytes())
        if data.get("format") != FORMAT or data.get("version") != __version__:
            return {}
        reports = data["reports"]
        return {
            str(k): [str(x) for x in v]
            for k, v in reports.items()
            if isinstance(v, list) and len(v) == len(FIELDS) + 1
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def document_fields(
    root: Path,
    reports: Sequence[SourceReport],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, dict[str, str]]:
    """`relpath -> {variable: value}` for every readable report of `reports`, from the
    cache where a report is unchanged, else read from its text (and kept). `progress`
    is told (done, total) reports; `cancelled` is asked between them (Cancelled)."""
    kept = _read_cache(root)
    readable = [r for r in reports if r.problem is None]
    result: dict[str, dict[str, str]] = {}
    stored: dict[str, list[str]] = {}
    computed = 0
    for done, report in enumerate(readable, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        stamp = _stamp(report)
        old = kept.get(report.relpath)
        if old is not None and old[0] == stamp:
            values = dict(zip(FIELDS, old[1:], strict=True))
        else:
            text = report.text
            if text is None:
                continue
            values = fields_of(text, report.title)
            computed += 1
        result[report.relpath] = values
        stored[report.relpath] = [stamp, *values.values()]
        if progress is not None and (done % 50 == 0 or done == len(readable)):
            progress(done, len(readable))
    if computed or len(stored) != len(kept):
        data = {"format": FORMAT, "version": __version__, "reports": stored}
        try:
            atomic_write_bytes(cache_path(root), json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:  # an unusable cache folder: read again next time
            logger.info("the document fields are not kept: %s", exc)
    return result


def values_of(fields: dict[str, dict[str, str]], relpath: str) -> dict[str, str]:
    """A report's variables ('' each when it has none or is not known)."""
    return fields.get(relpath) or empty()
