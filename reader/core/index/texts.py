"""How the index keeps a report's text: its folded form (`fold1`, the same offsets as
the text) with a sentinel, searched by the full-text table, and a small patch that
gives the text back (`_patch`, `_restore`); names SQLite cannot hold as text."""

from __future__ import annotations

import bisect
import json
import re
import zlib
from functools import lru_cache
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


_NO_PATCH: tuple[dict[str, str], list[list], list[int]] = ({}, [], [])


@lru_cache(maxsize=1024)
def _read_patch(patch: bytes) -> tuple[dict[str, str], list[list], list[int]]:
    """A patch's map, runs and where the runs start (many texts share a patch, such
    as the one that puts back full-width punctuation; read once; not to be changed)."""
    found = json.loads(_unpack(patch) or "{}")
    runs = found.get("runs", [])
    return found.get("map", {}), runs, [start for start, _original in runs]


class Excerpts:
    """A report's text as its folded form and patch, restored a slice at a time: the
    lines of a search's hits need a few dozen characters around each hit, not the
    whole text put back (`_restore`)."""

    __slots__ = ("_folded", "_map", "_runs", "_starts")

    def __init__(self, folded: str | Utf8Text, patch: bytes | None) -> None:
        self._folded = folded
        self._map, self._runs, self._starts = _read_patch(patch) if patch else _NO_PATCH

    def __len__(self) -> int:
        return len(self._folded)

    def around(self, start: int, end: int, context: int) -> tuple[str, str, str]:
        """`context` characters before `start`, the text from `start` to `end`, and
        `context` characters after it, restored in one go."""
        begin = max(0, start - context)
        line = self[begin : end + context]
        return line[: start - begin], line[start - begin : end - begin], line[end - begin :]

    def __getitem__(self, cut: slice) -> str:
        start, stop = cut.start, cut.stop
        if start is None or stop is None or start < 0 or stop < 0 or cut.step is not None:
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


#: The bytes that continue a character in UTF-8 (a character is the bytes up to the next other one).
_CONTINUATION = bytes(range(0x80, 0xC0))


def char_count(data: bytes) -> int:
    """How many characters the UTF-8 `data` holds, without decoding it."""
    return len(data.translate(None, _CONTINUATION))


class Utf8Text:
    """A text as UTF-8 (a folded text as the index stores it), sliced by character
    offset near places whose byte offsets are known (a search's hits), so that a
    hit's line needs a few dozen characters decoded, not the text up to it.

    `places`: (character offset, byte offset) pairs. `end`: the bytes of
    the text (the rest of `data`, the sentinel, is not part of it)."""

    __slots__ = ("_bytes", "_chars", "_data", "_end")

    def __init__(self, data: bytes, end: int, places: list[tuple[int, int]]) -> None:
        self._data, self._end = data, end
        places = sorted(places)
        self._chars = [0] + [c for c, _b in places]
        self._bytes = [0] + [b for _c, b in places]

    def __len__(self) -> int:
        return char_count(self._data[: self._end])

    def __getitem__(self, cut: slice) -> str:
        start, stop = cut.start, cut.stop
        if start is None or stop is None or start < 0 or stop < 0 or cut.step is not None:
            return self._data[: self._end].decode("utf-8", "replace")[cut]
        if stop <= start:
            return ""
        chars, where = self._chars, self._bytes
        after = bisect.bisect_left(chars, start)  # the first place in or after the slice
        if after < len(chars) and chars[after] <= stop:  # in it: read back and on from there
            char, byte = chars[after], where[after]
            return self._back(char, byte, start) + self._on(char, byte, stop)
        before = after - 1  # the last place before the slice (there is one: 0)
        if after < len(chars) and chars[after] - start < stop - chars[before]:
            return self._back(chars[after], where[after], start)[: stop - start]
        return self._on(chars[before], where[before], stop)[start - chars[before] :]

    def _back(self, char: int, byte: int, start: int) -> str:
        """The characters from `start` to the place (`char`, `byte`)."""
        if start >= char:
            return ""
        data = self._data
        begin = max(0, byte - 4 * (char - start) - 4)  # at most 4 bytes a character
        while begin > 0 and data[begin] & 0xC0 == 0x80:  # on to the start of a character
            begin += 1
        piece = data[begin:byte].decode("utf-8", "replace")
        return piece[len(piece) - (char - start) :]

    def _on(self, char: int, byte: int, stop: int) -> str:
        """The characters from the place (`char`, `byte`) to `stop` (or the end)."""
        if stop <= char:
            return ""
        data, end = self._data, self._end
        limit = min(end, byte + 4 * (stop - char) + 4)
        while limit < end and data[limit] & 0xC0 == 0x80:  # back to the start of a character
            limit -= 1
        return data[byte:limit].decode("utf-8", "replace")[: stop - char]


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
