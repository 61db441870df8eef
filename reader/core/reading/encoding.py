"""Decode report bytes: byte-order marks, strict UTF-8, then the Chinese legacy codecs.

Detection always looks at the whole file: a short GBK string can be valid UTF-8,
and a GB18030 decoder accepts every Big5 byte pair, so the first bytes prove little.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reader.core.problems import ReportError

# Names as reported in a report's info.
UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
UTF16_LE = "utf-16-le"
UTF16_BE = "utf-16-be"
GB18030 = "gb18030"
BIG5 = "big5"

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8", UTF8_BOM),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le", UTF16_LE),
    (codecs.BOM_UTF16_BE, "utf-16-be", UTF16_BE),
)

# Control characters that never occur in a real report: C0 except tab, line ends and
# form feed, DEL, and C1.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_RATIO = 0.01
# charset-normalizer's "chaos" above which a guess for a non-Chinese codec is refused.
_MAX_CHAOS = 0.2
# Real GB or Big5 text has nearly all its Hanzi among the common characters of its
# codec (GB2312 level 1, Big5's common block); text read with the wrong codec about
# half, and Latin text read as GBK almost none.
_MIN_COMMON_SHARE = 0.6
# Below this, with no other encoding recognised, the bytes are not text.
_MIN_SHARE_FOR_GARBLED = 0.3
# Starts of the script blocks below U+0800: Latin-1/Extended, IPA and modifiers,
# combining marks, Greek, Cyrillic, Armenian to NKo.
_SCRIPT_STARTS = (0x80, 0x250, 0x300, 0x370, 0x400, 0x530)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a file and the encoding it was found in."""

    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole file, or raise ReportError ('binary' or 'undecodable')."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise ReportError("undecodable") from None
            return Decoded(_reject_binary(text), name)

    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise ReportError("binary")
        return utf16

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _gbk_posing_as_utf8(data, text):
            return Decoded(_reject_binary(text), UTF8)

    chosen = _chinese_reading(data)
    if chosen is None:
        chosen = _detect_other(data)
    return Decoded(_reject_binary(chosen.text), chosen.encoding)


def _chinese_reading(data: bytes) -> Decoded | None:
    """GB18030 or Big5, whichever reads as common Chinese; None if neither does."""
    gb = _try_decode(data, ("gb18030",))
    big5 = _try_decode(data, ("big5", "cp950", "big5hkscs"))
    gb_share = _common_share(gb, _is_common_gb) if gb is not None else -1.0
    big5_share = _common_share(big5, _is_common_big5) if big5 is not None else -1.0
    if gb is None and big5 is None:
        return None
    best = Decoded(big5, BIG5) if big5 is not None and big5_share > gb_share else Decoded(gb or "", GB18030)
    if max(gb_share, big5_share) >= _MIN_COMMON_SHARE:
        return best
    # Mostly rare characters: likely another encoding (cp1252 'é' + a letter is a
    # valid GBK pair). Ask the general detector, keep the Chinese reading if it fails.
    try:
        return _detect_other(data)
    except ReportError:
        if max(gb_share, big5_share) < _MIN_SHARE_FOR_GARBLED:
            raise  # random bytes that merely happen to be valid double-byte pairs
        return best


def _gbk_posing_as_utf8(data: bytes, utf8_text: str) -> bool:
    """A short GBK text can be valid UTF-8 ('省委通山' is). Read as UTF-8 it is then a
    jumble of scripts (IPA, Greek, combining marks…) with no CJK, where real text keeps
    to one script; read as GB18030 it is all common Hanzi."""
    if any(ord(ch) >= 0x800 for ch in utf8_text):
        return False
    scripts = {bisect_right(_SCRIPT_STARTS, ord(ch)) for ch in utf8_text if ord(ch) >= 0x80}
    if len(scripts) < 2:
        return False
    gb_text = _try_decode(data, ("gb18030",))
    return gb_text is not None and _common_share(gb_text, _is_common_gb) >= 0.9


def _try_decode(data: bytes, codec_names: tuple[str, ...]) -> str | None:
    for codec in codec_names:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _common_share(text: str, is_common: Callable[[str], bool]) -> float:
    """Share of the Hanzi (and private-use code points) that are common characters."""
    hanzi = [ch for ch in text if _is_hanzi_or_private(ch)]
    if not hanzi:
        return 0.0
    return sum(1 for ch in hanzi if is_common(ch)) / len(hanzi)


def _is_hanzi_or_private(ch: str) -> bool:
    cp = ord(ch)
    return 0x3400 <= cp <= 0x9FFF or 0xE000 <= cp <= 0xFAFF or cp >= 0x20000


@lru_cache(maxsize=65536)
def _is_common_gb(ch: str) -> bool:
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return 0xB0 <= encoded[0] <= 0xD7


@lru_cache(maxsize=65536)
def _is_common_big5(ch: str) -> bool:
    try:
        encoded = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xA4 <= encoded[0] <= 0xC6


def _detect_other(data: bytes) -> Decoded:
    """Any other encoding charset-normalizer recognises with confidence."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise ReportError("undecodable")
    return Decoded(str(best), best.encoding.replace("_", "-"))


def _bomless_utf16(data: bytes) -> Decoded | None:
    """Recognise UTF-16 without a BOM from the pattern of zero bytes, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    if odd_zero >= half * 0.3 and even_zero < half * 0.05:
        codec, name = "utf-16-le", UTF16_LE
    elif even_zero >= half * 0.3 and odd_zero < half * 0.05:
        codec, name = "utf-16-be", UTF16_BE
    else:
        return None
    try:
        return Decoded(_reject_binary(data.decode(codec)), name)
    except (UnicodeDecodeError, ReportError):
        return None


def _reject_binary(text: str) -> str:
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(2, len(text) * _MAX_CONTROL_RATIO):
        raise ReportError("binary")
    return text
