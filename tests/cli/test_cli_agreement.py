"""`reader agreement DIR`: the table of a library's coders as text and JSON, its
scope options, and clear refusals."""

from __future__ import annotations

import json

import pytest

from reader.core.analysis.agreement.assemble import AgreementScope, library_agreement
from tests.agreement_library import coded_library
from tests.cli.test_cli import run

SPECS = [
    (0, 0, 40, ["整改/专项整治"], "甲"),
    (0, 5, 40, ["整改/其他"], "乙"),
    (0, 60, 90, ["学习"], "甲"),
    (0, 60, 90, ["学习"], "乙"),
    (1, 0, 20, ["学习"], "甲"),
    (1, 0, 25, ["学习"], "乙"),
    (2, 0, 20, ["学习"], "丙"),
]


@pytest.fixture
def library(tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    return session, str(tmp_path / "lib")


def test_the_table_for_two_coders_and_a_parent_tag_in_both_languages(library):
    session, folder = library
    result = run("agreement", folder, "--coders", "甲", "乙", "--tag", "整改")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "甲 × 乙: 2 reports compared, 0 coded by only one of them (left out)"
    expected = library_agreement(session, AgreementScope(coders=("甲", "乙"), tags=("整改",))).table
    kappa = expected.pairs[0].rows[0].estimates["kappa"].value
    row = next(line for line in lines if line.strip().startswith("整改 "))
    assert row.split()[1] == "1/1"  # one passage under 整改 each (整改/专项整治, 整改/其他)
    assert f"{kappa:.3f}" in row
    chinese = run("agreement", folder, "--coders", "甲", "乙", "--tag", "整改", lang="zh_CN")
    assert chinese.stdout.splitlines()[0] == "甲 × 乙：比较了 2 篇报告，0 篇只有其中一位编码过（未计入）"


def test_json_gives_every_pair_of_the_coders_present(library):
    _session, folder = library
    result = run("agreement", folder, "--json")
    data = json.loads(result.stdout)
    assert result.returncode == 0
    assert [p["coders"] for p in data["pairs"]] == [["乙", "甲"], ["乙", "丙"], ["甲", "丙"]]
    assert data["pairs"][0]["reports"] == 2 and data["pairs"][1]["reports"] == 0
    assert data["pairs"][1]["reason"]["code"] == "no-common"
    assert {r["tag"] for r in data["pairs"][0]["rows"]} == {"学习", "整改/专项整治", "整改/其他"}
    assert data["auto_coded"] == 0


def test_intervals_and_scope_options(library):
    session, folder = library
    result = run("agreement", folder, "--coders", "甲", "乙", "--intervals", "--json")
    overall = json.loads(result.stdout)["pairs"][0]["all_tags"]["statistics"]["kappa"]
    assert overall["interval"]["low"] <= overall["value"] <= overall["interval"]["high"]
    first = session.entries[0].relpath
    one = json.loads(
        run("agreement", folder, "--coders", "甲", "乙", "--report", f"{folder}/{first}", "--json").stdout
    )
    assert one["pairs"][0]["reports"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--coders", "甲", "丁"], "reader: 丁: no such coder in the library (coders: 乙, 甲, 丙)"),
        (["--coders", "甲", "甲"], "reader: 甲 甲: name two different coders"),
        (["--tag", "没有"], "reader: 没有: no such tag in the library's codebook"),
        (["--in", "nowhere"], "reader: nowhere: no report of the library is in this folder"),
    ],
)
def test_bad_options_are_refused_in_one_line(library, args, message):
    _session, folder = library
    result = run("agreement", folder, *args)
    assert (result.returncode, result.stdout, result.stderr.strip()) == (2, "", message)
