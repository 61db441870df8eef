"""Find text width-, case- and script-insensitively: NFKC folds full-width digits,
letters and punctuation (`１９９８` matches `1998`), case is ignored, and traditional
Chinese characters fold to simplified ones (`發展` matches `发展`; OpenCC's tables, one
character to one: `reader.core.text.script_fold`). Offsets returned are code-point
offsets into the original text."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.core.text.script_fold import simplified_table, to_simplified

if TYPE_CHECKING:
    import numpy as np


def _fold_one(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch).casefold()
    return "".join(to_simplified(c) for c in folded)


_fold_char = lru_cache(maxsize=8192)(_fold_one)


def fold(text: str) -> str:
    """The folded form used for matching (character by character)."""
    return "".join(_fold_char(ch) for ch in text)


class FoldedText:
    """A text folded for matching, with a map back to original offsets."""

    __slots__ = ("_origin", "folded")

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        origin: list[int] = []  # for each folded character, the original offset
        for index, ch in enumerate(text):
            folded = _fold_char(ch) if not ch.isascii() or ch.isupper() else ch
            pieces.append(folded)
            origin.extend([index] * len(folded))
        origin.append(len(text))
        self.folded = "".join(pieces)
        self._origin = origin

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Non-overlapping (start, end) matches of `query` in the original text."""
        needle = fold(query)
        if not needle:
            return []
        matches: list[tuple[int, int]] = []
        at = self.folded.find(needle)
        while at >= 0:
            start = self._origin[at]
            end_folded = at + len(needle)
            # The match ends after the original character that produced its last unit.
            end = self._origin[end_folded - 1] + 1
            if not matches or start >= matches[-1][1]:
                matches.append((start, end))
            at = self.folded.find(needle, end_folded)
        return matches


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Width- and case-insensitive matches of `query` in `text`."""
    return FoldedText(text).find_all(query)


# -- one-to-one folding for the library index -------------------------------------------------
# Library search folds each character on its own (width, case, script), keeping
# only folds that give one character: every offset in the folded text is the offset
# in the original, so a 28-million-character library needs no offset maps. The
# ~1,300 characters whose fold is longer (ligatures such as ﬁ, squared forms such
# as ㎏, ½) match only as themselves.
_FOLD1: dict[str, str] | None = None
_FOLD1_KEYS: frozenset[str] = frozenset()


_TABLE_END = "\U00030000"  # the table covers the planes below


def _fold1_table() -> dict[str, str]:
    global _FOLD1, _FOLD1_KEYS
    if _FOLD1 is None:
        table = {}
        simplified = simplified_table()
        for cp in range(0x30000):  # the planes that hold compatibility forms and cased letters
            if 0xD800 <= cp <= 0xDFFF:
                continue
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch).casefold()
            folded = simplified.get(folded, folded)  # (a longer fold is not kept anyway)
            if folded != ch and len(folded) == 1:
                table[ch] = folded
        _FOLD1_KEYS = frozenset(table)
        _FOLD1 = table
    return _FOLD1


def fold1_table() -> dict[str, str]:
    """Every character `fold1` changes, -> what it becomes (do not modify)."""
    return _fold1_table()


def fold1(text: str) -> str:
    """`text` folded character by character (NFKC, case-folded, traditional to
    simplified) wherever that gives one character; the result has the same length
    and offsets as `text`."""
    if _FOLD1 is None and len(text) < 256:  # a query: no need for the whole table
        return "".join(f if len(f := _fold_char(ch)) == 1 and ch < _TABLE_END else ch for ch in text)
    if len(text) >= _ARRAY_FROM:
        return _fold_array(text)
    table = _fold1_table()
    for ch in set(text) & _FOLD1_KEYS:
        text = text.replace(ch, table[ch])
    return text


#: From this length a text is folded as an array of code points, one lookup each: a
#: traditional text holds a thousand characters that fold, and replacing each in turn
#: took three times as long as the whole lookup (benchmarks/bench_documents.py).
_ARRAY_FROM = 4096
_ARRAY: list = []  # the lookup table, built once (numpy is imported only for long texts)


def _fold_array(text: str) -> str:
    return fold1_points(code_points(text)).astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def code_points(text: str) -> np.ndarray:
    """The text's code points as an array (uint32; a lone surrogate kept as it is)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def fold1_points(points: np.ndarray) -> np.ndarray:
    """`fold1` of a text given as an array of code points (uint32): a new array."""
    import numpy as np

    if not _ARRAY:
        table = np.arange(0x30000, dtype=np.uint32)
        for ch, folded in _fold1_table().items():
            table[ord(ch)] = ord(folded)
        _ARRAY.append(table)
    table = _ARRAY[0]
    return np.where(points < len(table), table[np.minimum(points, len(table) - 1)], points)
