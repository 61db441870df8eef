"""Analysis of the library and its annotations: search and statistics, and the
comparing of coded passages (sub-packages for agreement, auto-coding, document
structure and text reuse).

Re-exported here: co-occurrence of tags, tags by report variables, and retrieval with
conditions. Pure functions over `Passage` objects (`passages_from_export(collect(library))`
places the annotations in the current texts); a command line or a window only chooses
tags, mode and filters.

The re-exports are loaded on first use: importing `reader.core.analysis.search` does
not load co-occurrence, auto-coding or numpy."""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

#: name -> the module of this package that defines it
_EXPORTS = {
    "ALL": "passages",
    "AND": "retrieval",
    "AUTO": "passages",
    "BUILTIN": "variables",
    "Cell": "cooccurrence",
    "Condition": "retrieval",
    "CooccurrenceMatrix": "cooccurrence",
    "EVERYTHING": "passages",
    "Edge": "cooccurrence",
    "HAND": "passages",
    "MEASURES": "variables",
    "MODES": "cooccurrence",
    "NEAR": "retrieval",
    "NOT": "retrieval",
    "Node": "cooccurrence",
    "OPERATORS": "retrieval",
    "OVERLAP": "cooccurrence",
    "PARAGRAPH": "cooccurrence",
    "Passage": "passages",
    "PassageFilter": "passages",
    "REPORT": "cooccurrence",
    "Retrieved": "retrieval",
    "VariableTable": "variables",
    "Variables": "variables",
    "builtin_variables": "variables",
    "combine": "variables",
    "cooccurrence": "cooccurrence",
    "counted_tags": "passages",
    "orphaned": "passages",
    "passages_from_export": "passages",
    "report_variables": "variables",
    "reports_where": "variables",
    "retrieve": "retrieval",
    "tags_by_variable": "variables",
    "values_of": "variables",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(f"{__name__}.{module}")
    for export, home in _EXPORTS.items():
        if home == module:
            globals()[export] = getattr(loaded, export)
    return globals()[name]


class _Package(types.ModuleType):
    """Importing the submodule `cooccurrence` must not hide the function of that name."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _EXPORTS.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
