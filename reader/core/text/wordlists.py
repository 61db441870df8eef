"""Named word lists with colours (kept in the library's sidecar), and their plain-text
import and export format: one term per line."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Colours offered for new lists, in order (hex, readable in light and dark themes).
PALETTE = ("#e0533d", "#2f9e8f", "#3d7ae0", "#b455c9", "#d98f1d", "#4caf50", "#c2185b", "#607d8b")


@dataclass
class WordList:
    name: str
    colour: str
    terms: list[str] = field(default_factory=list)
    enabled: bool = True


def parse_plain_terms(text: str) -> list[str]:
    """Terms from plain text: one per line, blank lines and '#' comments ignored,
    duplicates dropped (first kept)."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        term = line.strip().lstrip("\ufeff").strip()
        if term and not term.startswith("#"):
            seen.setdefault(term, None)
    return list(seen)


def terms_to_plain(terms: list[str]) -> str:
    return "".join(f"{t}\n" for t in terms)
