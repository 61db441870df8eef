"""Auto-coding, always reviewed: rules propose annotations; a person keeps some; the
kept ones become annotations, each recording the rule that made it.

`rules` reads rule files, `provenance` holds what an auto-coded annotation records."""

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
from reader.core.autocode.rules import Rule, RuleFileError, RuleSet, parse_rules, read_rules

__all__ = [
    "HIT",
    "PARAGRAPH",
    "RULES",
    "SEARCH",
    "SENTENCE",
    "UNITS",
    "AutoOrigin",
    "OriginOf",
    "Rule",
    "RuleFileError",
    "RuleSet",
    "by_hand",
    "parse_rules",
    "read_rules",
]
