"""`reader agreement DIR --decisions`: the adjudication decisions recorded in the
sidecar, as text and JSON, within the scope options."""

from __future__ import annotations

import json

from reader.core.analysis.agreement.compare import NEITHER, adjudication, disagreements, passages_of
from tests.agreement_library import coded_library
from tests.cli.test_cli import run


def test_the_decisions_keeping_neither_included_are_printed(tmp_path):
    session = coded_library(
        tmp_path / "lib", [(0, 0, 20, ["学习"], "甲"), (0, 40, 60, ["整改"], "乙"), (1, 0, 9, ["学习"], "甲")]
    )
    report = session.load(session.entries[0])
    pairs = session.anchored(report, every_coder=True)
    first = disagreements(passages_of(pairs, "甲"), passages_of(pairs, "乙"))[1]
    change = adjudication(
        first, NEITHER, "共识", [], {a.id: a for a in session.annotations()},
        report.relpath, report.info.fingerprint, report.document.text,
        coders=("甲", "乙"), author="王老师",
    )  # fmt: skip
    session.apply(change)
    session.save()
    folder = str(tmp_path / "lib")
    text = run("agreement", folder, "--decisions")
    assert text.returncode == 0 and text.stderr == ""
    lines = text.stdout.splitlines()
    assert lines[0].startswith("1 adjudication decisions")
    assert (
        lines[1].startswith(f"{report.relpath}\t40–60\t")
        and "甲 × 乙 → 共识: kept neither\t王老师" in lines[1]
    )
    data = json.loads(run("agreement", folder, "--decisions", "--json").stdout)
    assert [d["choice"] for d in data["decisions"]] == ["neither"]
    assert data["decisions"][0]["report"]["path"] == report.relpath
    other = session.entries[1].relpath
    assert json.loads(run("agreement", folder, "--decisions", "--json", "--report", other).stdout) == {
        "decisions": []
    }
    chinese = run("agreement", folder, "--decisions", lang="zh_CN")
    assert "两者都不保留" in chinese.stdout
