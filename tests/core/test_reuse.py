"""Text reuse: shared passages across a library (with small edits), who said it first,
similar reports, two reports aligned, and signatures that can be stored."""

from __future__ import annotations

import random

import pytest

from benchmarks.bench_reuse import planted_library, score
from reader.core.analysis.reuse import ReuseLibrary, ReuseSignature, align, signature
from reader.core.analysis.reuse.shingles import folded
from reader.core.reading.dates import ReportDate
from reader.core.text.folding import fold1

PASSAGE = (
    "要坚持问题导向，聚焦群众反映强烈的突出问题，拿出务实管用的举措，各地区各部门要高度重视，"
    "切实加强组织领导，明确责任分工，确保各项任务落到实处。"
)


def filler(seed: str, length: int) -> str:
    """Text that shares nothing with anything else in these tests."""
    rng = random.Random(seed)
    return "".join(chr(0x4E00 + rng.randrange(3000)) for _ in range(length))


def test_a_passage_with_small_edits_is_shared_by_every_report_that_carries_it_earliest_first() -> None:
    edited = PASSAGE.replace("举措", "措施").replace("各地区各部门", "各地区、各部门")
    texts = {
        "late": filler("a", 80) + "\n" + edited + filler("b", 40),
        "early": filler("c", 30) + PASSAGE + "\n" + filler("d", 60),
        "middle": PASSAGE[:-1] + "！" + "\n" + filler("e", 90),
        "other": filler("f", 200),
    }
    dates = {
        "late": ReportDate(2020, 5, 1),
        "early": ReportDate(2019, 3, 2),
        "middle": ReportDate(2019, 11, 30),
    }
    library = ReuseLibrary()
    for key, text in texts.items():
        library.add(key, text, dates.get(key))
    (passage,) = library.passages()
    assert passage.reports == ["early", "middle", "late"]
    early = passage.occurrences[0]
    assert (early.start, early.end) == (30, 30 + len(PASSAGE))
    assert passage.text == PASSAGE
    late = passage.occurrences[2]
    assert texts["late"][late.start : late.end].startswith("要坚持问题导向")
    assert late.end - late.start >= len(edited) - 2


def test_text_shared_by_chance_shorter_than_the_minimum_is_not_a_passage() -> None:
    stock = "不忘初心、牢记使命”主题教育"  # 14 characters in every report
    library = ReuseLibrary()
    for i in range(6):
        library.add(str(i), filler(f"x{i}", 100) + stock + filler(f"y{i}", 100) + stock)
    assert library.passages() == []


def test_similar_reports_with_shared_characters_and_share() -> None:
    a = filler("a", 100) + PASSAGE + filler("b", 100)
    b = PASSAGE + filler("c", 20)
    library = ReuseLibrary()
    library.add("a", a, ReportDate(2019, 1, 1))
    library.add("b", b, ReportDate(2019, 2, 1))
    library.add("c", filler("d", 300), ReportDate(2019, 3, 1))
    (row,) = library.similar("b")
    assert row.report == "a"
    assert abs(row.shared_chars - len(PASSAGE)) <= 2
    assert row.share == pytest.approx(row.shared_chars / len(b))
    assert library.similar("c") == []


def test_alignment_marks_the_differences_inside_a_shared_passage() -> None:
    edited = PASSAGE.replace("举措", "措施")
    a = filler("a", 50) + PASSAGE + filler("b", 50)
    b = filler("c", 10) + edited
    alignment = align(a, b)
    (passage,) = alignment.passages
    assert (passage.a_start, passage.b_start) == (50, 10)
    assert passage.a_end == 50 + len(PASSAGE)
    (edit,) = passage.edits
    assert edit.tag == "replace"
    assert a[edit.a_start : edit.a_end] == "举措"
    assert b[edit.b_start : edit.b_end] == "措施"
    assert alignment.shared_a == len(PASSAGE)


def test_two_passages_grown_over_the_same_name_are_both_aligned() -> None:
    # a reprint leaves out a paragraph: the passage before it and the one after it both
    # end or start with the name that opens a paragraph (骆惠宁指出 / 骆惠宁强调)
    first, second = PASSAGE, filler("p", 150)
    edited = second[:70] + "务必" + second[71:]
    a = first + "\n骆惠宁指出，" + filler("x", 300) + "\n骆惠宁强调，" + second + filler("y", 40)
    b = first + "\n骆惠宁强调，" + edited + filler("z", 40)
    passages = align(a, b).passages
    assert len(passages) == 2
    later = passages[1]
    assert second in a[later.a_start : later.a_end]
    assert edited in b[later.b_start : later.b_end]
    assert passages[0].b_end <= later.b_start  # one to one, in order


def test_nothing_is_aligned_between_unrelated_reports() -> None:
    assert align(filler("a", 400), filler("b", 400)).passages == ()


def test_positions_count_code_points_and_full_width_folds() -> None:
    wide = PASSAGE.replace("，", ",")  # half-width commas: folded to the same text
    a = "𠀀" * 7 + PASSAGE
    (passage,) = align(a, wide).passages
    assert (passage.a_start, passage.a_end) == (7, 7 + len(PASSAGE))
    assert passage.edits == ()


def test_a_signature_survives_storage_and_gives_the_same_passages() -> None:
    text = filler("a", 60) + PASSAGE
    stored = ReuseSignature.from_bytes(signature(text).to_bytes())
    assert stored.length == len(text)
    assert (stored.hashes == signature(text).hashes).all()
    with_stored, fresh = ReuseLibrary(), ReuseLibrary()
    for library, sig in ((with_stored, stored), (fresh, None)):
        library.add("a", text, ReportDate(2019, 1, 1), sig)
        library.add("b", PASSAGE + filler("b", 9), ReportDate(2019, 1, 2))
    assert [p.as_json() for p in with_stored.passages()] == [p.as_json() for p in fresh.passages()]
    with pytest.raises(ValueError):
        ReuseSignature.from_bytes(b"not a signature")


def test_planted_passages_are_found_with_high_precision_and_recall() -> None:
    texts, dates, planted = planted_library(reports=120, groups=30, seed=7)
    library = ReuseLibrary()
    for i, (text, date) in enumerate(zip(texts, dates, strict=True)):
        library.add(str(i), text, date)
    pairs: dict = {}
    for passage in library.passages():
        occ = sorted(passage.occurrences, key=lambda o: int(o.report))
        for i, x in enumerate(occ):
            for y in occ[i + 1 :]:
                pairs.setdefault((int(x.report), int(y.report)), []).append(
                    ((x.start, x.end), (y.start, y.end))
                )
    found, planted_pairs, right, detected = score(planted, pairs)
    assert found / planted_pairs >= 0.95
    assert right / detected >= 0.95


def test_folding_for_signatures_is_the_search_folding() -> None:
    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF) + "𠀀\U000e0001"
    assert folded(every) == fold1(every)
