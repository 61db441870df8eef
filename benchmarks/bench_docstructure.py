"""Precision and recall of the document-structure reader on the labelled set in
`tests/data/docstructure/` (official documents of varied layouts, news reports).

    python benchmarks/bench_docstructure.py [--show FIELD]

For 文号, 文种 and 成文日期 a document counts a true positive when the value found is
the expected one, a false positive when a value is found that is not expected (a
wrong value counts as both a false positive and a false negative), a false negative
when an expected value is not found. Organs and attachments count per name; the
outline per heading (its path of labels, '一、/（二）/1．'); section paths per probe
(the expected citation of a place in the text). `--show FIELD` prints each document
where FIELD is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.analysis.docstructure import DocumentStructure, Section, analyse_document  # noqa: E402
from reader.core.reading.loader import load_report  # noqa: E402

SET = REPO / "tests" / "data" / "docstructure"
FIELDS = ("number", "organs", "kind", "date", "attachments", "outline", "paths")


@dataclass
class Labelled:
    name: str
    layout: str
    text: str
    title: str
    expected: dict


def labelled_set() -> list[Labelled]:
    """Every document of the set with its expected fields."""
    items = []
    for meta_path in sorted(SET.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        source = REPO / "seeds" / meta["seed"] if "seed" in meta else meta_path.with_suffix(".txt")
        report = load_report(source)
        items.append(
            Labelled(meta_path.stem, meta["layout"], report.document.text, report.title, meta["expected"])
        )
    return items


def outline_paths(sections: list[Section], prefix: str = "") -> list[str]:
    paths = []
    for section in sections:
        path = prefix + section.label
        paths.append(path)
        paths.extend(outline_paths(section.children, path + "/"))
    return paths


def found_fields(structure: DocumentStructure, text: str, probes: list[list[str]]) -> dict:
    return {
        "number": structure.number.normalised if structure.number else None,
        "organs": [o.name for o in structure.organs],
        "kind": structure.kind,
        "date": structure.date.iso() if structure.date else None,
        "attachments": [a.name for a in structure.attachments],
        "outline": outline_paths(structure.outline),
        "paths": [[snippet, structure.section_path(text.index(snippet))] for snippet, _ in probes],
    }


def score(expected: dict, found: dict, field: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of one field."""
    want, got = expected.get(field), found.get(field)
    if field in ("number", "kind", "date"):
        if want == got:
            return (1, 0, 0) if want is not None else (0, 0, 0)
        return (0, int(got is not None), int(want is not None))
    if field == "paths":
        want_set = {tuple(p) for p in want or []}
        got_set = {tuple(p) for p in got or []}
        hit = len(want_set & got_set)
        return hit, len(got_set) - hit, len(want_set) - hit
    want_c, got_c = Counter(want or []), Counter(got or [])
    hit = sum((want_c & got_c).values())
    return hit, sum(got_c.values()) - hit, sum(want_c.values()) - hit


def evaluate(items: list[Labelled]) -> tuple[dict[str, dict[str, list[int]]], dict[str, list[str]]]:
    """Counts per group (generated or hand-written official documents, news) and field,
    and the documents wrong per field."""
    totals: dict[str, dict[str, list[int]]] = {}
    wrong: dict[str, list[str]] = {f: [] for f in FIELDS}
    for item in items:
        structure = analyse_document(item.text, item.title)
        found = found_fields(structure, item.text, item.expected.get("paths", []))
        genre = (
            "news"
            if item.layout.startswith("news")
            else "official, " + ("generated" if item.name.startswith("gen_") else "hand-written")
        )
        for field in FIELDS:
            tp, fp, fn = score(item.expected, found, field)
            for key in (genre, "all"):
                counts = totals.setdefault(key, {}).setdefault(field, [0, 0, 0])
                counts[0] += tp
                counts[1] += fp
                counts[2] += fn
            if fp or fn:
                want, got = item.expected.get(field), found[field]
                wrong[field].append(f"{item.name} ({item.layout}): expected {want!r}, found {got!r}")
    return totals, wrong


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", action="append", default=[], choices=FIELDS)
    args = parser.parse_args()
    items = labelled_set()
    layouts = Counter("-".join(i.layout.split("-")[:2]) for i in items)
    print(f"{len(items)} documents: " + ", ".join(f"{n} {k}" for k, n in sorted(layouts.items())))
    totals, wrong = evaluate(items)
    for genre in ("official, generated", "official, hand-written", "news", "all"):
        print(f"\n{genre}\n{'field':<12} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>10} {'recall':>8}")
        for field in FIELDS:
            tp, fp, fn = totals.get(genre, {}).get(field, [0, 0, 0])
            print(f"{field:<12} {tp:>5} {fp:>5} {fn:>5} {ratio(tp, tp + fp):>10} {ratio(tp, tp + fn):>8}")
    for field in args.show:
        print(f"\n{field}: {len(wrong[field])} documents wrong")
        for line in wrong[field]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
