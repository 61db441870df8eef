"""Auto-coding, always reviewed: rules (a coding dictionary in a rule file, or a
library search) propose annotations on each hit, its sentence or its paragraph; a
person keeps some; the kept ones become annotations in one change, each recording
the rule that made it.

`rules` reads rule files, `units` finds sentences and paragraphs, `engine` finds the
hits, `proposals` makes them proposals, `review` turns accepted ones into a change,
`provenance` tells auto-coded annotations from hand coding. A command line or a window
only picks the rules and the reports, runs `propose` (slow: off the UI thread, with
progress and cancel), shows the proposals and calls `accept`."""

from reader.core.analysis.autocode.provenance import (
    HIT,
    PARAGRAPH,
    RULES,
    SEARCH,
    SENTENCE,
    UNITS,
    AutoOrigin,
    OriginOf,
    Origins,
    auto_coded_only,
    by_hand,
    hand_coded_only,
    is_auto_coded,
    recorded,
)
from reader.core.analysis.autocode.rules import Rule, RuleFileError, RuleSet, parse_rules, read_rules
from reader.core.analysis.autocode.units import Units, sentences
from reader.core.lazy import lazy_attributes

# The engine and the review need numpy: they are imported when first asked for, so that
# what only tells hand coding from auto-coding (the statistics, the window's start)
# does not load it.
_LATER = {
    **dict.fromkeys(
        (
            "ExistingSpans",
            "LibrarySources",
            "Match",
            "Proposal",
            "Proposals",
            "ProposalSet",
            "RuleMatcher",
            "Source",
            "existing_from",
            "propose",
            "propose_from_search",
        ),
        "engine",
    ),
    "Accepted": "review",
    "accept": "review",
}


__getattr__ = lazy_attributes(__name__, globals(), _LATER)


__all__ = [
    "HIT",
    "PARAGRAPH",
    "RULES",
    "SEARCH",
    "SENTENCE",
    "UNITS",
    "Accepted",
    "AutoOrigin",
    "ExistingSpans",
    "LibrarySources",
    "Match",
    "OriginOf",
    "Origins",
    "Proposal",
    "ProposalSet",
    "Proposals",
    "Rule",
    "RuleFileError",
    "RuleMatcher",
    "RuleSet",
    "Source",
    "Units",
    "accept",
    "auto_coded_only",
    "by_hand",
    "existing_from",
    "hand_coded_only",
    "is_auto_coded",
    "parse_rules",
    "propose",
    "propose_from_search",
    "read_rules",
    "recorded",
    "sentences",
]
