"""One entry point for every export format: `write_export` (the dialog and
`reader export` both call it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.core.export.html_page import to_html
from reader.core.export.markdown import to_markdown
from reader.core.export.qdpx import to_qdpx
from reader.core.export.records import ExportSet
from reader.core.export.tabular import to_csv, to_xlsx
from reader.core.export.w3c import to_w3c
from reader.core.export.word import to_docx
from reader.core.storage import atomic_write_bytes

#: format -> file extension, in the order the dialog lists them
FORMATS: dict[str, str] = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "md": ".md",
    "json": ".jsonld",
    "html": ".html",
    "docx": ".docx",
    "qdpx": ".qdpx",
}
GROUPINGS = ("report", "tag")
#: formats whose layout follows the grouping (the others are tables or the text itself)
GROUPED = frozenset({"md", "docx"})


def render(export: ExportSet, fmt: str, library: Path, lang: str = "en", by: str = "report") -> bytes:
    """The file's bytes (nothing touches the disk)."""
    writers: dict[str, Callable[[], bytes]] = {
        "csv": lambda: to_csv(export, lang),
        "xlsx": lambda: to_xlsx(export, lang),
        "md": lambda: to_markdown(export, lang, by),
        "json": lambda: to_w3c(export, library),
        "html": lambda: to_html(export, lang),
        "docx": lambda: to_docx(export, lang, by),
        "qdpx": lambda: to_qdpx(export, lang),
    }
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}")
    return writers[fmt]()


def write_export(
    export: ExportSet, fmt: str, out: Path, library: Path, lang: str = "en", by: str = "report"
) -> Path:
    """Render and write atomically (an existing file is replaced whole or not at all)."""
    data = render(export, fmt, library, lang, by)
    atomic_write_bytes(out, data)
    return out
