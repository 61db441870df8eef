"""How the index keeps a report's text: its folded form (`fold1`, the same offsets as
the text) with a sentinel, searched by the full-text table, and a small patch that
gives the text back (`_patch`, `_restore`); names SQLite cannot hold as text."""

from __future__ import annotations

import bisect
import json
import re
import zlib
from typing import TYPE_CHECKING

from reader.core.text.folding import code_points, fold1, fold1_points

if TYPE_CHECKING:
    import numpy as np

#: Appended to each folded text in the full-text table, so that every character,
#: the last two included, starts a trigram (one- and two-character lookups).
SENTINEL = "\x01\x01"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _pack(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def _unpack(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8", "surrogatepass")


def _patch(text: str, folded: str) -> dict[str, object]:
    """How `text` differs from `folded` (its folded form, of the same length), so the
    cache keeps the folded text and this, not the text twice: "map", folded character
    -> the original it stands for most often (put back with one str.replace each:
    `，` for `,`), and "runs", [start, original characters], where the map is wrong
    (a `,` that was a `,`, an `A` folded to `a` among `ａ`s)."""
    return _patch_points(text, folded, code_points(text), code_points(folded))


def _indexed(text: str) -> tuple[str, dict[str, object]]:
    """What the cache keeps of a text: its searchable form (`_searchable`) and its
    patch (`_patch`), from one array of its code points."""
    points = code_points(text)
    folds = fold1_points(points)
    folds[(folds >= 0xD800) & (folds <= 0xDFFF)] = 0xFFFD  # SQLite cannot store a lone surrogate
    folded = folds.astype("<u4").tobytes().decode("utf-32-le")
    return folded + SENTINEL, _patch_points(text, folded, points, folds)


def _patch_points(text: str, folded: str, points: np.ndarray, folds: np.ndarray) -> dict[str, object]:
    """`_patch`, given the code points of both texts. Folding is one character to
    one, so all is decided per distinct character that folds (found, with their
    counts, by comparing the arrays) and only the characters the map gets wrong are
    looked for in the text: a report has hundreds of folded `，`, and handling each
    in Python made this cost as much as segmenting the report."""
    import numpy as np

    where = np.flatnonzero(points != folds)
    if not where.size:
        return {}
    _chars, first, counts = np.unique(points[where], return_index=True, return_counts=True)
    starts = where[first].tolist()
    firsts = sorted(zip(starts, counts.tolist(), strict=True))  # in the order the text has them
    originals: dict[str, list[tuple[str, int]]] = {}
    for at, times in firsts:
        originals.setdefault(folded[at], []).append((text[at], times))
    mapping = {}
    for f, candidates in originals.items():
        original, times = max(candidates, key=_second)  # the first of the most frequent
        if times > text.count(f):  # more often a fold than the character itself
            mapping[f] = original
    mapping = {f: o for f, o in mapping.items() if o not in mapping}  # never replaced twice
    # Put back by the runs: the folds the map does not undo, and the mapped characters
    # where the text has them as they are.
    wrong = {text[at] for at, _times in firsts if mapping.get(folded[at]) != text[at]}
    wrong.update(f for f in mapping if f in text)
    if not wrong:
        return {"map": mapping, "runs": []}
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(wrong)) + "]+")
    return {"map": mapping, "runs": [[m.start(), m.group()] for m in pattern.finditer(text)]}


def _second(pair: tuple[str, int]) -> int:
    return pair[1]


def _restore(folded: str, patch: bytes | None) -> str:
    """The text `_patch` describes: `folded` with the original characters put back."""
    found = json.loads(_unpack(patch) or "{}") if patch else {}
    if not found:
        return folded
    for f, original in found["map"].items():
        folded = folded.replace(f, original)
    if not found["runs"]:
        return folded
    parts, at = [], 0
    for start, original in found["runs"]:
        parts.append(folded[at:start])
        parts.append(original)
        at = start + len(original)
    parts.append(folded[at:])
    return "".join(parts)


class Excerpts:
    """A report's text as its folded form and patch, restored a slice at a time: the
    lines of a search's hits need a few dozen characters around each hit, not the
    whole text put back (`_restore`)."""

    __slots__ = ("_folded", "_map", "_runs", "_starts")

    def __init__(self, folded: str, patch: bytes | None) -> None:
        found = json.loads(_unpack(patch) or "{}") if patch else {}
        self._folded = folded
        self._map: dict[str, str] = found.get("map", {})
        self._runs: list[list] = found.get("runs", [])
        self._starts = [start for start, _original in self._runs]

    def __len__(self) -> int:
        return len(self._folded)

    def __getitem__(self, cut: slice) -> str:
        start, stop, _step = cut.indices(len(self._folded))
        piece = self._folded[start:stop]
        if not piece:
            return piece
        for f, original in self._map.items():
            piece = piece.replace(f, original)
        at = bisect.bisect_right(self._starts, start) - 1  # the last run starting before the piece
        chars: list[str] | None = None
        for run_start, original in self._runs[max(at, 0) :]:
            if run_start >= stop:
                break
            if run_start + len(original) <= start:
                continue
            chars = list(piece) if chars is None else chars
            for offset, char in enumerate(original, run_start):
                if start <= offset < stop:
                    chars[offset - start] = char
        return piece if chars is None else "".join(chars)


def _searchable(text: str) -> str:
    """The folded text as the full-text table holds it (a lone surrogate, which SQLite
    cannot store, stands as U+FFFD: offsets are unchanged)."""
    folded = fold1(text)
    try:
        folded.encode("utf-8")
    except UnicodeEncodeError:
        folded = _SURROGATE.sub("\ufffd", folded)
    return folded + SENTINEL


def _stored(name: str | None) -> str | bytes | None:
    """A name as SQLite can hold it: text, or, for a file or folder name that is not
    valid UTF-8 (its bytes surrogate-escaped in Python), its bytes as a blob."""
    if name is None:
        return None
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogatepass")
    return name


def _name(value: str | bytes | None) -> str | None:
    """The name `_stored` gave SQLite, back as Python text."""
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value
