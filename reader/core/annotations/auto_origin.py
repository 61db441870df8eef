"""Where an auto-coded annotation came from (the sidecar's optional `auto` object).

Kept apart from `reader.core.autocode` so that the annotation model can hold one
without importing the engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

RULES, SEARCH = "rules", "search"
HIT, SENTENCE, PARAGRAPH = "hit", "sentence", "paragraph"
UNITS = (HIT, SENTENCE, PARAGRAPH)


@dataclass(frozen=True, slots=True)
class AutoOrigin:
    """How an auto-coded passage was found. `matched` holds the terms and patterns
    that hit inside the passage, written as in a rule file (a regular expression as
    `re:` + pattern); for a search, the query as typed."""

    source: str  # RULES or SEARCH
    name: str  # the rule set's name (its file name), or the search mode
    tag: str
    matched: tuple[str, ...]
    unit: str  # HIT, SENTENCE or PARAGRAPH
    digest: str = ""  # the rule file's SHA-256 (16 hex digits); '' for a search

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data, keys in a fixed order (as the sidecar stores it)."""
        return {
            "source": self.source,
            "name": self.name,
            "digest": self.digest,
            "tag": self.tag,
            "matched": list(self.matched),
            "unit": self.unit,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AutoOrigin:
        return cls(
            source=str(data["source"]),
            name=str(data["name"]),
            tag=str(data["tag"]),
            matched=tuple(str(m) for m in data["matched"]),
            unit=str(data["unit"]),
            digest=str(data.get("digest", "")),
        )
