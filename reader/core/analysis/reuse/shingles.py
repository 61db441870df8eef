"""A report's reuse signature: a hash of every character k-gram of its folded text.

Folding is one character to one (as `text_find.fold1`: width, case, traditional
to simplified), so the i-th hash is the k-gram at code point i of the cleaned text
and every span found is a span of that text; a reprint in traditional characters
shares its passages with the simplified original. The signature is what the library keeps per report (8 bytes
per character; `to_bytes`/`from_bytes` store it); it depends only on the text.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from reader.core.text.folding import fold1_table

#: Characters per shingle: long enough that a shared k-gram is rarely chance in this
#: genre's stock phrasing, short enough that a passage with an edit every 15
#: characters still shares several between its edits.
SHINGLE = 8
_BASE = np.uint64(1_000_003)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_FORMAT = 1
_HEADER = struct.Struct("<BBI")  # format, k, text length


_TABLE_SIZE = 0x30000  # the planes fold1 folds in


@lru_cache(maxsize=1)
def _fold_table() -> np.ndarray:
    """What `fold1` makes of every code point below _TABLE_SIZE, as an array: one
    lookup per character."""
    table = np.arange(_TABLE_SIZE, dtype=np.uint32)
    for ch, result in fold1_table().items():
        table[ord(ch)] = ord(result)
    return table


def code_points(text: str) -> np.ndarray:
    """The folded text (`fold1`) as an array of code points, one per character."""
    raw = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _fold_table()
    return np.where(raw < _TABLE_SIZE, table[np.minimum(raw, _TABLE_SIZE - 1)], raw)


def folded(text: str) -> str:
    """The text folded as `reader.core.text.folding.fold1` folds it (same length)."""
    return code_points(text).astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def kgram_hashes(points: np.ndarray, k: int = SHINGLE) -> np.ndarray:
    """A 64-bit hash of each k-gram of `points` (len(points) - k + 1 of them)."""
    n = len(points) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    values = points.astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _BASE + values[j : j + n]
        h ^= h >> np.uint64(31)  # spread the bits (splitmix64's finaliser)
        h *= _MIX1
        h ^= h >> np.uint64(27)
        h *= _MIX2
        h ^= h >> np.uint64(31)
    return h


@dataclass(frozen=True, slots=True, eq=False)
class ReuseSignature:
    """The k-gram hashes of one report's text (hashes[i] is the k-gram at i)."""

    hashes: np.ndarray
    length: int
    k: int = SHINGLE

    def to_bytes(self) -> bytes:
        return _HEADER.pack(_FORMAT, self.k, self.length) + self.hashes.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> ReuseSignature:
        """The signature `to_bytes` wrote; ValueError for anything else."""
        if len(data) < _HEADER.size:
            raise ValueError("not a reuse signature")
        version, k, length = _HEADER.unpack_from(data)
        body = data[_HEADER.size :]
        if version != _FORMAT or len(body) % 8 or len(body) // 8 != max(0, length - k + 1):
            raise ValueError("not a reuse signature of this version")
        return cls(np.frombuffer(body, dtype="<u8").astype(np.uint64), length, k)


def signature(text: str, k: int = SHINGLE) -> ReuseSignature:
    """The reuse signature of a report's cleaned text."""
    return ReuseSignature(kgram_hashes(code_points(text), k), len(text), k)
