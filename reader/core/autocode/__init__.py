"""Auto-coding, always reviewed: rules propose annotations; a person keeps some; the
kept ones become annotations, each recording the rule that made it.

`provenance` holds what an auto-coded annotation records."""

from reader.core.autocode.provenance import (
    HIT,
    PARAGRAPH,
    RULES,
    SEARCH,
    SENTENCE,
    UNITS,
    AutoOrigin,
    OriginOf,
    by_hand,
)

__all__ = [
    "HIT",
    "PARAGRAPH",
    "RULES",
    "SEARCH",
    "SENTENCE",
    "UNITS",
    "AutoOrigin",
    "OriginOf",
    "by_hand",
]
