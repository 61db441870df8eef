"""Where an auto-coded annotation came from.

An annotation made by accepting an auto-coding proposal records its origin: the rule
set (a rule file, or a library search), the tag the rule gives, the terms or
patterns that matched in the passage and the unit coded (the hit, its sentence or
its paragraph). The annotation's author is the person who accepted it. Code that
counts passages asks for an annotation's origin through an `OriginOf` function.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from reader.core.annotations import Annotation

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
        """Plain JSON data, keys in a fixed order (what the sidecar will store)."""
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


#: An annotation -> its origin, or None when it was coded by hand.
OriginOf = Callable[[Annotation], AutoOrigin | None]


def by_hand(_annotation: Annotation) -> AutoOrigin | None:
    """The `OriginOf` that takes every annotation for hand coding."""
    return None
