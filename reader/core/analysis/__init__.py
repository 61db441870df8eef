"""Comparing coded passages: co-occurrence of tags. Pure functions over `Passage` objects
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

__all__ = [
    "ALL",
    "AUTO",
    "EVERYTHING",
    "HAND",
    "MODES",
    "OVERLAP",
    "PARAGRAPH",
    "REPORT",
    "Cell",
    "CooccurrenceMatrix",
    "Edge",
    "Node",
    "Passage",
    "PassageFilter",
    "cooccurrence",
    "counted_tags",
    "orphaned",
    "passages_from_export",
]
