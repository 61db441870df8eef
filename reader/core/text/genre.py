"""How ordinary a term is in Chinese news reports and official documents.

jieba's IDF table comes from general text, where 开展, 推动, 部署 or 负责同志 are rare
enough to rank high; in this genre nearly every report has them. The genre table holds
document frequencies over a reference set of reports and official documents written for
this project (`resources/dictionaries/genre-df.tsv`; `benchmarks/bench_keywords_genre.py
--write` rebuilds it). A term's weight is scaled by its IDF over those documents,
normalised to 0..1: unchanged for a term none of them has, nothing for one all have.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader.bundled import resources_dir


def genre_table_path() -> Path:
    return resources_dir() / "dictionaries" / "genre-df.tsv"


@dataclass(frozen=True)
class GenreTable:
    """Document frequencies of terms over the genre's reference documents."""

    documents: int
    frequency: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, term_sets: Iterable[Iterable[str]]) -> GenreTable:
        df: Counter[str] = Counter()
        documents = 0
        for terms in term_sets:
            df.update(set(terms))
            documents += 1
        return cls(documents, dict(df))

    def factor(self, term: str) -> float:
        """The term's IDF over the documents divided by the largest possible: 1 for a
        term in none of them, 0 for a term in all."""
        if not self.documents:
            return 1.0
        df = min(self.frequency.get(term, 0), self.documents)
        return math.log((self.documents + 1) / (df + 1)) / math.log(self.documents + 1)

    def to_text(self, minimum: int = 2) -> str:
        """The table as written to the resource file: terms in `minimum` documents or more."""
        rows = sorted(
            ((t, n) for t, n in self.frequency.items() if n >= minimum), key=lambda r: (-r[1], r[0])
        )
        lines = [f"# documents\t{self.documents}", *(f"{t}\t{n}" for t, n in rows)]
        return "\n".join(lines) + "\n"

    @classmethod
    def from_text(cls, text: str) -> GenreTable:
        documents = 0
        frequency: dict[str, int] = {}
        for line in text.splitlines():
            term, _, count = line.partition("\t")
            if term == "# documents":
                documents = int(count)
            elif term and not term.startswith("#") and count.isdigit():
                frequency[term] = int(count)
        return cls(documents, frequency)


@lru_cache(maxsize=2)
def load_genre_table(path: Path | None = None) -> GenreTable:
    """The bundled table (or the one at `path`); an empty table when the file is missing."""
    path = path or genre_table_path()
    if not path.is_file():
        return GenreTable(0)
    return GenreTable.from_text(path.read_text(encoding="utf-8"))
