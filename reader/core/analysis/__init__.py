"""Comparing coded passages: co-occurrence of tags, tags by report variables, and
retrieval with conditions. Pure functions over `Passage` objects
(`passages_from_export(collect(session))` places the annotations in the current
texts); a command line or a window only chooses tags, mode and filters."""

from reader.core.analysis.cooccurrence import (
    MODES,
    OVERLAP,
    PARAGRAPH,
    REPORT,
    Cell,
    CooccurrenceMatrix,
    Edge,
    Node,
    cooccurrence,
)
from reader.core.analysis.passages import (
    ALL,
    AUTO,
    EVERYTHING,
    HAND,
    Passage,
    PassageFilter,
    counted_tags,
    orphaned,
    passages_from_export,
)
from reader.core.analysis.retrieval import AND, NEAR, NOT, OPERATORS, Condition, Retrieved, retrieve
from reader.core.analysis.variables import (
    BUILTIN,
    MEASURES,
    Variables,
    VariableTable,
    builtin_variables,
    combine,
    report_variables,
    reports_where,
    tags_by_variable,
    values_of,
)

__all__ = [
    "ALL",
    "AND",
    "AUTO",
    "BUILTIN",
    "EVERYTHING",
    "HAND",
    "MEASURES",
    "MODES",
    "NEAR",
    "NOT",
    "OPERATORS",
    "OVERLAP",
    "PARAGRAPH",
    "REPORT",
    "Cell",
    "Condition",
    "CooccurrenceMatrix",
    "Edge",
    "Node",
    "Passage",
    "PassageFilter",
    "Retrieved",
    "VariableTable",
    "Variables",
    "builtin_variables",
    "combine",
    "cooccurrence",
    "counted_tags",
    "orphaned",
    "passages_from_export",
    "report_variables",
    "reports_where",
    "retrieve",
    "tags_by_variable",
    "values_of",
]
