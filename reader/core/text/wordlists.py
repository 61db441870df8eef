"""Named word lists with colours (kept in the library's sidecar), and their plain-text
import and export format: one term per line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.core.reading.encoding import decode_bytes
from reader.core.reading.safe_read import MAX_REPORT_BYTES, read_regular
from reader.core.storage import atomic_write_bytes

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


def read_terms(path: Path) -> list[str]:
    """The terms of a plain-text word list file, in whatever encoding it is (a regular
    file only, never blocking). OSError, or ReportError for a file that is not text."""
    return parse_plain_terms(decode_bytes(read_regular(path, MAX_REPORT_BYTES)).text)


def write_terms(path: Path, terms: list[str]) -> None:
    """Write `terms` as a plain-text word list (UTF-8), atomically: a failure leaves the
    file as it was."""
    atomic_write_bytes(path, terms_to_plain(terms).encode("utf-8"))
