"""The bundled seeds clean to exactly the reviewed golden text and metadata.

Regenerate after an intended cleaning change with REPORT_READER_UPDATE_GOLDEN=1,
then review the diff by eye before committing it.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from reader.core.reading.loader import load_report
from tests.conftest import REPO, SEEDS

GOLDEN = Path(__file__).parents[1] / "golden"
UPDATE = os.environ.get("REPORT_READER_UPDATE_GOLDEN") == "1"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_five_seeds_are_bundled_byte_identical() -> None:
    shared = REPO.parent / "shared" / "seeds"
    assert len(SEED_FILES) == 5
    if shared.is_dir():  # beside a checkout in this workplace
        for original in sorted(shared.glob("*.txt")):
            assert (SEEDS / original.name).read_bytes() == original.read_bytes()


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_text_matches_golden(seed: Path) -> None:
    report = load_report(seed, SEEDS)
    rendered = "\n".join([report.title, "", *report.document.lines()]) + "\n"
    golden = GOLDEN / f"{seed.stem}.txt"
    if UPDATE:
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_info_matches_golden(seed: Path) -> None:
    info = load_report(seed, SEEDS).info.as_json()
    info.pop("path")
    golden = GOLDEN / f"{seed.stem}.json"
    if UPDATE:
        golden.write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert info == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_paragraphs_are_the_non_empty_spans(seed: Path) -> None:
    """Independent of the cleaner: each span with text is one paragraph, in order."""
    raw = seed.read_text(encoding="utf-8")
    spans = [html.unescape(s).strip() for s in re.findall(r"<span[^>]*>(.*?)</span>", raw, re.S)]
    expected = [s for s in spans if s]
    assert load_report(seed, SEEDS).document.paragraphs == expected


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_block_offsets_index_the_text(seed: Path) -> None:
    doc = load_report(seed, SEEDS).document
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    assert "\n".join(doc.text[b.start : b.end] for b in paragraphs) == doc.text
    for block in paragraphs:
        assert "\n" not in doc.text[block.start : block.end]
