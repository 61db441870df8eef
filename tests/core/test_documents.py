"""A library's shared passages, similar reports and formulations, computed from the
index once and cached, and the text and JSON the commands print."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.core.analysis.docstructure import analyse_document
from reader.core.analysis.documents import printing, readings
from reader.core.analysis.documents.compare import ONLY, SHARED, side_by_side
from reader.core.analysis.documents.readings import Cancelled, compute_readings, library_readings
from reader.core.library import Library
from reader.core.reading.loader import load_report
from tests.conftest import SEEDS, scraper_report
from tests.core.test_reuse import PASSAGE, filler

DOCS = Path(__file__).parent.parent / "data" / "docstructure"


def planted(root: Path) -> None:
    """Three dated reports carrying PASSAGE (the latest listed first) and one without."""
    reports = {
        "21 晚报.txt": ("2021年3月1日", filler("a", 80) + PASSAGE + filler("b", 40)),
        "22 早报.txt": ("2019年1月5日", PASSAGE + filler("c", 200)),
        "23 中报.txt": ("2020年6月1日", filler("d", 30) + PASSAGE + filler("e", 30)),
        "24 无关.txt": ("2020年1月1日", filler("f", 300)),
    }
    for name, (date, body) in reports.items():
        (root / name).write_text(scraper_report(name, date + "讯", body), encoding="utf-8")


def indexed(folder: Path) -> Library:
    root = folder / "库"
    shutil.copytree(SEEDS, root)
    planted(root)
    session = Library(root)
    session.apply_index(session.index(workers=1))
    return session


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """One indexed library for the tests that only read it (each test has its own
    cache folder, so each computes the readings afresh)."""
    folder = tmp_path_factory.mktemp("documents")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REPORT_READER_DATA_DIR", str(folder / "data"))
        return indexed(folder)


@pytest.fixture
def session(tmp_path: Path) -> Library:
    """A library of the test's own, to change."""
    return indexed(tmp_path)


def reports_of(session: Library) -> list:
    return session.indexed_reports()


def test_every_report_carrying_a_passage_is_listed_earliest_first(shared: Library) -> None:
    found = library_readings(shared.root, reports_of(shared))
    passage = next(p for p in found.passages if "问题导向" in p.text)
    assert [o.report for o in found.carriers(passage)] == ["22 早报.txt", "23 中报.txt", "21 晚报.txt"]
    assert [p.text for p in found.shared_between("21 晚报.txt", "23 中报.txt")] == [passage.text]
    assert found.passages_of("24 无关.txt") == []


def test_similar_reports_give_shared_characters_and_share_of_the_report(shared: Library) -> None:
    found = library_readings(shared.root, reports_of(shared))
    rows = found.similar("22 早报.txt")
    assert {r.report for r in rows} == {"21 晚报.txt", "23 中报.txt"}
    length = found.reports["22 早报.txt"].length
    for row in rows:
        assert abs(row.shared_chars - len(PASSAGE)) <= 2
        assert row.share == pytest.approx(row.shared_chars / length)
    assert found.similar("24 无关.txt") == []


def test_formulations_and_stock_phrases_of_the_seeds(shared: Library) -> None:
    found = library_readings(shared.root, reports_of(shared))
    texts = [f.text for f in found.formulations]
    assert {"两个维护", "四个意识"} <= set(texts)
    assert "153个单位" not in texts
    assert any(p.text == "不忘初心、牢记使命" for p in found.phrases)


def test_the_readings_are_cached_until_a_report_changes(
    session: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = library_readings(session.root, reports_of(session))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("computed again")

    monkeypatch.setattr(readings, "compute_readings", refuse)
    again = library_readings(session.root, reports_of(session))
    assert again.as_json() == first.as_json()
    monkeypatch.undo()
    (session.root / "24 无关.txt").write_text(
        scraper_report("24 无关.txt", "2020年1月1日讯", PASSAGE + filler("g", 100)), encoding="utf-8"
    )
    session.apply_index(session.index(workers=1))
    changed = library_readings(session.root, reports_of(session))
    passage = next(p for p in changed.passages if "问题导向" in p.text)
    assert "24 无关.txt" in passage.reports


def test_progress_is_told_and_cancelling_keeps_nothing(session: Library) -> None:
    seen: list[tuple[int, int]] = []
    compute_readings(reports_of(session), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and len(seen) == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        library_readings(session.root, reports_of(session), cancelled=lambda: True)
    assert not readings.cache_path(session.root).exists()


def test_a_damaged_cache_is_computed_again(session: Library) -> None:
    path = readings.cache_path(session.root)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"{not json")
    found = library_readings(session.root, reports_of(session))
    assert found.passages
    assert json.loads(path.read_bytes())["key"] == readings.readings_key(reports_of(session))


# -- what the commands print ------------------------------------------------------------------------
def test_outline_lines_give_the_fields_and_indented_headings() -> None:
    report = load_report(DOCS / "gen_001.txt")
    structure = analyse_document(report.document.text, report.title)
    lines = printing.outline_lines(structure, "zh")
    assert "发文字号：晋发〔2022〕54号" in lines
    assert "结构：" in lines
    first = next(line for line in lines if line.strip().startswith("一、"))
    second = lines[lines.index(first) + 1]
    assert first.startswith("  一、") and second.startswith("    （一）")
    english = printing.outline_lines(structure, "en")
    assert "Document number: 晋发〔2022〕54号" in english


def test_a_news_report_gets_no_invented_fields() -> None:
    report = load_report(SEEDS / "001_964562f518f6e3ff.txt")
    lines = printing.outline_lines(analyse_document(report.document.text, report.title), "en")
    assert lines[0] == "No document fields found."


def test_outline_json_cites_each_heading_by_its_section_path() -> None:
    report = load_report(DOCS / "gen_001.txt")
    structure = analyse_document(report.document.text, report.title)
    data = printing.outline_json("gen_001.txt", report.title, structure)
    assert data["number"] == "晋发〔2022〕54号"
    child = data["outline"][0]["children"][0]
    assert child["path"] == data["outline"][0]["label"] + child["label"]


def test_similar_and_passages_print_reports_with_dates(shared: Library) -> None:
    found = library_readings(shared.root, reports_of(shared))
    lines = printing.similar_lines(found, "22 早报.txt", 10, "en")
    assert lines[0] == "Reports sharing passages with 22 早报.txt:"
    assert any("characters shared" in line and "%" in line for line in lines)
    rows = printing.similar_json(found, "22 早报.txt", 10)
    assert {r["report"] for r in rows} == {"21 晚报.txt", "23 中报.txt"}
    passage = next(p for p in found.passages if "问题导向" in p.text)
    data = printing.passage_json(found, passage)
    assert [o["date"] for o in data["occurrences"]] == ["2019-01-05", "2020-06-01", "2021-03-01"]
    text = "\n".join(printing.passages_lines(found, 50, "zh"))
    assert "2019-01-05  22 早报.txt" in text


def test_phrases_print_counts_and_first_dates(shared: Library) -> None:
    found = library_readings(shared.root, reports_of(shared))
    lines = printing.phrases_lines(found, 5, "en")
    assert lines[0] == "Numbered formulations:"
    assert "Stock phrases:" in lines
    assert all("times in" in line for line in lines if line.startswith("  "))
    data = printing.phrases_json(found, 5)
    assert len(data["formulations"]) <= 5 and data["phrases"][0]["reports"] >= 2


# -- two reports side by side -----------------------------------------------------------------------
def covered_once(rows: list, length: int, side: str) -> bool:
    spans = sorted(getattr(r, side) for r in rows if getattr(r, side))
    return [c for s, e in spans for c in range(s, e)] == list(range(length))


def test_side_by_side_puts_a_passage_beside_its_edited_copy() -> None:
    edited = PASSAGE.replace("举措", "措施")
    a = filler("a", 60) + PASSAGE + filler("b", 30)
    b = filler("c", 20) + edited + filler("d", 50)
    rows = side_by_side(a, b)
    assert [r.kind for r in rows] == [ONLY, SHARED, ONLY]
    shared = rows[1]
    assert a[slice(*shared.left)] == PASSAGE and b[slice(*shared.right)] == edited
    assert shared.edits and all(
        shared.left[0] <= e.a_start <= e.a_end <= shared.left[1] for e in shared.edits
    )
    assert "举" in "".join(a[e.a_start : e.a_end] for e in shared.edits)
    assert "施" in "".join(b[e.b_start : e.b_end] for e in shared.edits)
    assert rows[0].left == (0, 60) and rows[0].right == (0, 20)
    assert covered_once(rows, len(a), "left") and covered_once(rows, len(b), "right")


def test_side_by_side_shows_every_character_once_when_passages_move() -> None:
    other = PASSAGE[::-1]
    a = PASSAGE + filler("a", 40) + other
    b = other + filler("b", 25) + PASSAGE + filler("c", 10)
    rows = side_by_side(a, b)
    assert sum(r.kind == SHARED for r in rows) == 2
    assert covered_once(rows, len(a), "left") and covered_once(rows, len(b), "right")


def test_side_by_side_of_unrelated_reports_is_one_row() -> None:
    a, b = filler("a", 100), filler("b", 80)
    assert side_by_side(a, b) == [side_by_side(a, b)[0]]
    assert side_by_side(a, b)[0].left == (0, 100) and side_by_side(a, b)[0].right == (0, 80)


def test_the_comparison_is_written_as_a_page_of_two_columns_with_the_edits_marked() -> None:
    from html.parser import HTMLParser

    from reader.core.analysis.documents.compare import comparison_html

    edited = PASSAGE.replace("举措", "措施")
    a = filler("a", 60) + PASSAGE + filler("b", 30)
    b = "<script>x</script>" + filler("c", 20) + edited + filler("d", 50)
    rows = side_by_side(a, b)
    page = comparison_html(("甲 & 乙", "丙"), (a, b), rows, "zh")

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[list[str]] = []
            self.classes: list[str | None] = []
            self.edits: list[str] = []
            self._in_edit = False
            self._in_cell = False
            self.scripts = 0

        def handle_starttag(self, tag: str, attrs: list) -> None:
            attrs = dict(attrs)
            if tag == "tr":
                self.rows.append([])
                self.classes.append(attrs.get("class"))
            elif tag in ("td", "th"):
                self.rows[-1].append("")
                self._in_cell = True
            elif tag == "span" and attrs.get("class") == "edit":
                self._in_edit = True
                self.edits.append("")
            self.scripts += tag == "script"

        def handle_endtag(self, tag: str) -> None:
            if tag == "span":
                self._in_edit = False
            elif tag in ("td", "th"):
                self._in_cell = False

        def handle_data(self, data: str) -> None:
            if self._in_cell:
                self.rows[-1][-1] += data
            if self._in_edit:
                self.edits[-1] += data

    cells = Cells()
    cells.feed(page)
    assert cells.scripts == 0  # a report's text is text, never markup
    assert cells.rows[0][1:] == ["甲 & 乙", "丙"]
    assert cells.classes[1:] == ["only", "shared", "only"]
    number, left, right = cells.rows[2]
    assert (number, left, right) == ("1", PASSAGE, edited)  # the passage beside its copy
    assert "举" in "".join(cells.edits) and "施" in "".join(cells.edits)
    assert cells.rows[1][2].startswith("<script>x</script>")
    assert 'id="p1"' in page and "共有文段 1 处" in page
