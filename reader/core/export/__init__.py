"""Exporting annotations (CSV, Excel, Markdown, W3C JSON, HTML, Word, REFI-QDA) and
importing them from another copy. No Qt here: the CLI and the window share it."""

from reader.core.export.records import ExportReport, ExportSet, Scope, collect
from reader.core.export.writers import FORMATS, GROUPINGS, write_export

__all__ = ["FORMATS", "GROUPINGS", "ExportReport", "ExportSet", "Scope", "collect", "write_export"]
