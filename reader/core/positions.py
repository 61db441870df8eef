"""Code points (Python, the core's offsets) versus UTF-16 units (Qt's positions).

They differ only after a character outside the Basic Multilingual Plane (such as
𠀀, U+20000), which is one code point and two UTF-16 units.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts offsets within one string between code points and UTF-16 units."""

    __slots__ = ("_astral", "_astral_utf16", "_length")

    def __init__(self, text: str) -> None:
        # Code-point offsets of the astral characters, and where each starts in UTF-16
        # (found by the regular-expression engine: a large report has millions of characters).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_utf16 = [offset + k for k, offset in enumerate(self._astral)]
        self._length = len(text)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of a code-point offset (0..len(text))."""
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """Code-point offset of a UTF-16 position; a position inside a surrogate pair
        rounds down to the start of its character."""
        before = bisect_left(self._astral_utf16, position)  # astral characters starting before
        if before and position == self._astral_utf16[before - 1] + 1:
            return self._astral[before - 1]
        return max(0, min(position - before, self._length))
