"""The word lists behind the entity recogniser (`reader.core.text.entities`).

They live in `resources/dictionaries/entities/` (sources and licences in its
`SOURCES.md`): the administrative divisions of China, places that are not divisions,
surnames, titles before names, and the heads, names and non-names of organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.bundled import resources_dir

_PROVINCE_TAIL = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")
_PREFECTURE_TAIL = re.compile(r"(?:地区|盟|市|林区)$")
_COUNTY_TAIL = re.compile(r"(?:自治县|自治旗|林区|特区|县|区|市|旗)$")


@dataclass(frozen=True)
class EntityLexicon:
    """Every list the recogniser consults, read once."""

    #: Full names of divisions (山西省, 太原市, 武乡县) → level: province, prefecture, county.
    divisions: dict[str, str]
    #: Short names (山西, 太原, 武乡) → level.
    short_divisions: dict[str, str]
    other_places: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: tuple[str, ...]  # longest first
    org_names: frozenset[str]
    org_heads: tuple[str, ...]  # longest first
    not_org_names: frozenset[str]
    #: The sections of cues.txt (weak titles, prefixes, place heads…), in file order.
    cues: dict[str, tuple[str, ...]]

    def cue(self, section: str) -> frozenset[str]:
        return frozenset(self.cues.get(section, ()))

    def is_place(self, word: str) -> bool:
        return word in self.divisions or word in self.short_divisions or word in self.other_places

    def has_surname(self, name: str) -> bool:
        return name[:2] in self.compound_surnames or name[:1] in self.surnames


def _terms(path: Path) -> list[str]:
    return [
        t
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for t in line.split()
    ]


def _sections(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif line and not line.startswith("#"):
            current.extend(line.split())
    return sections


def short_name(name: str, level: str, ethnic_groups: tuple[str, ...] = ()) -> str | None:
    """山西省 → 山西, 凉山彝族自治州 → 凉山 (with the ethnic groups given), 武乡县 → 武乡;
    None when nothing of two characters or more is left."""
    groups = "|".join(sorted(ethnic_groups, key=len, reverse=True))
    autonomous = re.compile(f"(?:(?:{groups})族)+自治(?:州|县|旗)$") if groups else None
    stem = autonomous.sub("", name) if autonomous else name
    if stem == name:
        tail = {"province": _PROVINCE_TAIL, "prefecture": _PREFECTURE_TAIL}.get(level, _COUNTY_TAIL)
        stem = tail.sub("", name)
    return stem if stem != name and len(stem) >= 2 else None


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def read_divisions(path: Path) -> dict[str, str]:
    """Full name → level from a "code<TAB>name" file (the highest level wins)."""
    rank = {"province": 0, "prefecture": 1, "county": 2}
    divisions: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, _, name = line.partition("\t")
        if line.startswith("#") or not name:
            continue
        level = _level(code)
        if name not in divisions or rank[level] < rank[divisions[name]]:
            divisions[name] = level
    return divisions


@lru_cache(maxsize=4)
def load_lexicon(folder: Path | None = None) -> EntityLexicon:
    """The lists in `folder` (default: the bundled `dictionaries/entities`)."""
    folder = folder or resources_dir() / "dictionaries" / "entities"
    divisions = read_divisions(folder / "divisions.tsv")
    cues = {name: tuple(words) for name, words in _sections(folder / "cues.txt").items()}
    ambiguous = frozenset(cues.get("ambiguous short names", ()))
    ethnic = cues.get("ethnic groups", ())
    short: dict[str, str] = {}
    rank = {"province": 0, "prefecture": 1, "county": 2}
    for name, level in divisions.items():
        stem = short_name(name, level, ethnic)
        usable = stem and stem not in divisions and stem not in ambiguous
        if usable and (stem not in short or rank[level] < rank[short[stem]]):
            short[stem] = level
    surnames = _terms(folder / "surnames.txt")
    orgs = _sections(folder / "organisations.txt")
    return EntityLexicon(
        divisions=divisions,
        short_divisions=short,
        other_places=frozenset(_terms(folder / "places.txt")),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        titles=tuple(sorted(set(_terms(folder / "titles.txt")), key=len, reverse=True)),
        org_names=frozenset(orgs.get("names", [])),
        org_heads=tuple(sorted(set(orgs.get("heads", [])), key=len, reverse=True)),
        not_org_names=frozenset(orgs.get("not names", [])),
        cues=cues,
    )
