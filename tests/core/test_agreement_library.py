"""The agreement table of a library: coders present, the scope (coders, reports,
folders, tags with their children), auto-coded passages kept apart, and the table as
text, CSV and XLSX."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from reader.core.analysis.agreement import CodedReport, Coding, agreement_table
from reader.core.analysis.agreement.assemble import AgreementScope, coders_of, in_folder, library_agreement
from reader.core.analysis.agreement.render import cells, headings, to_csv, to_text, to_xlsx
from reader.core.annotations.auto_origin import HIT, RULES, AutoOrigin
from reader.core.library import Library
from tests.agreement_library import coded_library as _library


def _lengths(session: Library) -> list[int]:
    return [len(session.load(e).document.text) for e in session.entries]


def test_coders_present_are_the_authors_of_tagged_passages_most_first(tmp_path):
    session = _library(
        tmp_path / "lib",
        [
            (0, 0, 5, ["学习"], "乙"),
            (0, 10, 15, ["学习"], "甲"),
            (1, 0, 5, ["整改"], "甲"),
            (1, 20, 25, [], "丙"),
        ],
    )
    coders = coders_of(session.annotations())
    assert [(c.name, c.passages, c.reports) for c in coders] == [("甲", 2, 2), ("乙", 1, 1)]


def test_the_library_table_is_the_table_of_the_passages_placed_in_their_reports(tmp_path):
    specs = [
        (0, 0, 40, ["学习"], "甲"),
        (0, 10, 50, ["学习"], "乙"),
        (0, 60, 80, ["整改"], "甲"),
        (1, 5, 30, ["整改"], "乙"),
        (1, 5, 25, ["整改"], "甲"),
        (3, 0, 10, ["学习"], "甲"),  # only 甲 coded this report: left out
    ]
    session = _library(tmp_path / "lib", specs)
    result = library_agreement(session, AgreementScope(coders=("甲", "乙")))
    lengths = _lengths(session)
    paths = [e.relpath for e in session.entries]
    by_report: dict[int, list[Coding]] = {}
    for index, start, end, tags, coder in specs:
        by_report.setdefault(index, []).append(Coding(coder, start, end, tuple(tags)))
    expected = agreement_table(
        [CodedReport(paths[i], lengths[i], tuple(c)) for i, c in by_report.items()], ("甲", "乙")
    )
    (pair,) = result.table.pairs
    (want,) = expected.pairs
    assert pair.reports == want.reports and len(pair.reports) == 2
    assert pair.left_out == (paths[3],)
    assert [(r.tag, r.passages, r.characters, r.estimates) for r in pair.rows] == [
        (r.tag, r.passages, r.characters, r.estimates) for r in want.rows
    ]
    assert pair.overall.estimates == want.overall.estimates


def test_a_chosen_parent_tag_counts_the_tags_below_it(tmp_path):
    session = _library(
        tmp_path / "lib",
        [(0, 0, 30, ["整改/专项整治"], "甲"), (0, 0, 30, ["整改/其他"], "乙"), (0, 50, 60, ["整改"], "乙")],
    )
    exact = library_agreement(session)
    assert {r.tag for r in exact.table.pairs[0].rows} == {"整改", "整改/专项整治", "整改/其他"}
    assert exact.table.pairs[0].rows[0].estimates["kappa"].value != pytest.approx(1.0)
    parent = library_agreement(session, AgreementScope(tags=("整改",)))
    (pair,) = parent.table.pairs
    assert pair.coders == ("乙", "甲")  # the coder with more passages first
    (row,) = pair.rows
    assert row.tag == "整改" and row.passages == (2, 1)
    assert row.characters == (40, 30, 30)


def test_a_report_coded_with_other_tags_counts_as_no_to_the_chosen_tag(tmp_path):
    session = _library(tmp_path / "lib", [(0, 0, 30, ["整改"], "甲"), (0, 100, 130, ["学习"], "乙")])
    result = library_agreement(session, AgreementScope(tags=("整改",)))
    (pair,) = result.table.pairs
    assert len(pair.reports) == 1
    (row,) = pair.rows
    assert pair.coders == ("乙", "甲")
    assert row.passages == (0, 1) and row.characters == (0, 30, 0)
    assert row.estimates["agreement"].value == pytest.approx(1 - 30 / _lengths(session)[0])


def test_folders_and_reports_limit_the_scope(tmp_path):
    specs = [(i, 0, 20, ["学习"], coder) for i in range(5) for coder in ("甲", "乙")]
    session = _library(tmp_path / "lib", specs, subfolder=True)
    inside = [e.relpath for e in session.entries if e.relpath.startswith("sub/")]
    assert len(inside) == 1
    in_sub = library_agreement(session, AgreementScope(folders=("sub",)))
    assert in_sub.table.pairs[0].reports == tuple(inside)
    chosen = sorted(e.relpath for e in session.entries if "/" not in e.relpath)[:2]
    some = library_agreement(session, AgreementScope(reports=frozenset(chosen)))
    assert sorted(some.table.pairs[0].reports) == chosen
    assert len(library_agreement(session).table.pairs[0].reports) == 5
    assert in_folder("sub/a.txt", "sub/") and not in_folder("subway/a.txt", "sub") and in_folder("a.txt", "")


def test_each_pair_of_several_coders_and_auto_coded_passages_kept_apart(tmp_path):
    specs = [(0, 0, 20, ["学习"], c) for c in ("甲", "乙", "丙")] + [(0, 40, 60, ["学习"], "乙")]
    session = _library(tmp_path / "lib", specs)
    result = library_agreement(session)
    assert [p.coders for p in result.table.pairs] == [("乙", "丙"), ("乙", "甲"), ("丙", "甲")]
    assert headings(result.table, "en")[2:4] == ["Passages (first)", "Passages (second)"]
    auto = next(a.id for a in session.annotations() if a.start == 40)
    kept = library_agreement(
        session, AgreementScope(coders=("甲", "乙")), origin_of=lambda a: a.id == auto or None
    )
    assert kept.auto_coded == 1
    row = kept.table.pairs[0].rows[0]
    assert row.passages == (1, 1) and row.estimates["kappa"].value == pytest.approx(1.0)


def test_the_table_as_text_csv_and_xlsx_in_both_languages(tmp_path):
    session = _library(
        tmp_path / "lib",
        [(0, 0, 40, ["学习"], "甲"), (0, 10, 50, ["学习"], "乙"), (0, 60, 70, ["整改"], "甲")],
    )
    table = library_agreement(session).table
    english = to_text(table, "en")
    assert "甲 × 乙: 1 reports compared" in english and "All tags" in english
    kappa = table.pairs[0].rows[0].estimates["kappa"].value
    assert f"{kappa:.3f}" in english
    assert "Neither coder coded anything here" not in english
    assert "— Where both coders coded, only one tag occurs" in english  # cuα: not given, with the reason
    chinese = to_text(table, "zh")
    assert "全部标签" in chinese and "比较了 1 篇报告" in chinese

    rows = list(csv.reader(io.StringIO(to_csv(table, "en").decode("utf-8-sig"))))
    assert rows[0] == headings(table, "en") and rows[0][:2] == ["Coders", "Tag"]
    assert rows[0][2:7] == [
        "Passages (甲)",
        "Passages (乙)",
        "Characters (甲)",
        "Characters (乙)",
        "Characters (both)",
    ]
    study = next(r for r in rows if r[1] == "学习")
    assert study[0] == "甲 × 乙" and float(study[8]) == pytest.approx(kappa)
    assert len(rows) == 1 + len(cells(table, "en")) == 4

    book = zipfile.ZipFile(io.BytesIO(to_xlsx(table, "zh")))
    strings = book.read("xl/sharedStrings.xml").decode()
    assert "全部标签" in strings and "学习" in strings and "编码者" in strings


def test_with_the_library_index_the_table_is_the_same_without_reading_reports(tmp_path, monkeypatch):
    session = _library(
        tmp_path / "lib",
        [
            (0, 0, 40, ["学习"], "甲"),
            (0, 10, 50, ["学习"], "乙"),
            (1, 0, 30, ["整改"], "甲"),
            (1, 5, 30, ["整改"], "乙"),
        ],
    )
    read = library_agreement(session).table
    session.apply_index(session.index())

    def no_reading(*_args, **_kwargs):
        raise AssertionError("a report was read again")

    monkeypatch.setattr(session, "load", no_reading)
    indexed = library_agreement(session).table
    assert indexed.pairs[0].reports == read.pairs[0].reports
    assert [(r.tag, r.passages, r.characters, r.estimates) for r in indexed.pairs[0].rows] == [
        (r.tag, r.passages, r.characters, r.estimates) for r in read.pairs[0].rows
    ]
    assert indexed.pairs[0].overall.estimates == read.pairs[0].overall.estimates


def test_auto_coded_passages_the_sidecar_records_are_left_out(tmp_path):
    specs = [(0, 0, 20, ["学习"], c) for c in ("甲", "乙")] + [(0, 40, 60, ["学习"], "乙")]
    session = _library(tmp_path / "lib", specs)
    sidecar = session.snapshot()
    auto = next(a for a in sidecar.annotations.values() if a.start == 40)
    auto.auto = AutoOrigin(RULES, "工具.txt", "学习", ("理论",), HIT, "0123456789abcdef")
    session.take_annotations(sidecar)
    result = library_agreement(session, AgreementScope(coders=("甲", "乙")))
    assert result.auto_coded == 1
    row = result.table.pairs[0].rows[0]
    assert row.passages == (1, 1) and row.estimates["kappa"].value == pytest.approx(1.0)
