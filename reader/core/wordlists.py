"""Named word lists with colours, and the words a user adds to the dictionary;
both are kept per library in `reader-wordlists.json`."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.storage import atomic_write_bytes, library_file

logger = logging.getLogger(__name__)

FILE_NAME = "reader-wordlists.json"
FORMAT = "report-reader-wordlists"
VERSION = 1
#: Colours offered for new lists, in order (hex, readable in light and dark themes).
PALETTE = ("#e0533d", "#2f9e8f", "#3d7ae0", "#b455c9", "#d98f1d", "#4caf50", "#c2185b", "#607d8b")


@dataclass
class WordList:
    name: str
    colour: str
    terms: list[str] = field(default_factory=list)
    enabled: bool = True


@dataclass
class LibraryWords:
    """A library's word lists and user-dictionary words."""

    wordlists: list[WordList] = field(default_factory=list)
    dictionary: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "dictionary": sorted(set(self.dictionary)),
            "wordlists": [
                {"name": w.name, "colour": w.colour, "enabled": w.enabled, "terms": list(w.terms)}
                for w in self.wordlists
            ],
        }

    @classmethod
    def from_json(cls, data: object) -> LibraryWords:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise WordListError("not a Report Reader word-list file")
        if not isinstance(data.get("version"), int) or data["version"] > VERSION:
            raise WordListError("written by a newer version of Report Reader")
        lists = []
        for item in data.get("wordlists", []):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise WordListError("a word list has no name")
            terms = [t for t in item.get("terms", []) if isinstance(t, str) and t.strip()]
            lists.append(
                WordList(
                    item["name"], str(item.get("colour", PALETTE[0])), terms, bool(item.get("enabled", True))
                )
            )
        dictionary = [w for w in data.get("dictionary", []) if isinstance(w, str) and w.strip()]
        return cls(lists, dictionary)


class WordListError(Exception):
    """The word-list file cannot be used; it is left untouched."""


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


def words_path(library: Path, read_only: bool = False) -> Path:
    return library_file(library, FILE_NAME, read_only)


def load_words(path: Path) -> LibraryWords:
    """The library's words, empty if the file does not exist; WordListError if it
    cannot be read (the caller then must not overwrite it)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LibraryWords()
    except OSError as exc:
        raise WordListError(exc.strerror or str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise WordListError("the file is not valid JSON") from None
    return LibraryWords.from_json(data)


def save_words(path: Path, words: LibraryWords) -> None:
    data = json.dumps(words.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(path, data.encode("utf-8"))
