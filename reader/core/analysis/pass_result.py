"""What one pass over a library's reports found (`Library.index`), as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.analysis.search import SearchCorpus
from reader.core.index.library_index import LibraryIndex
from reader.core.problems import Problem
from reader.core.text.keywords import IdfTable


@dataclass(slots=True)
class IndexResult:
    """What the background pass over every report found."""

    dates: dict[str, str] = field(default_factory=dict)  # relpath -> ISO date ('' when none)
    problems: list[Problem] = field(default_factory=list)
    idf: IdfTable | None = None
    cancelled: bool = False
    index: LibraryIndex | None = None
    corpus: SearchCorpus | None = None
