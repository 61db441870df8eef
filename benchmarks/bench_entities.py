"""Precision and recall of the entity layer per kind, on the labelled set in
`tests/data/entities/` (one JSON file per report: text and expected names).

A report's names are compared as sets of distinct strings per kind, as the keyword
panel lists them: a found name is right when the report's labels have it under that
kind. "before" is the method the app used until now (jieba's part-of-speech tags nr,
ns, nt); "after" is `reader.core.text.entities` as `KeywordEngine.entities` runs it.

    python benchmarks/bench_entities.py [--split dev|held-out] [--genre news|official] [--show KIND]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.reading.loader import load_report  # noqa: E402
from reader.core.text.entities import KINDS  # noqa: E402
from reader.core.text.keywords import KeywordEngine  # noqa: E402

DATA = REPO / "tests" / "data" / "entities"
JIEBA_KINDS = {
    "nr": "person",
    "nrfg": "person",
    "nrt": "person",
    "ns": "place",
    "nsf": "place",
    "nt": "organization",
}


def labelled(split: str | None = None, genre: str | None = None) -> list[dict]:
    """The labelled reports, each with its cleaned `text`."""
    reports = []
    for path in sorted(DATA.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if (split and record["split"] != split) or (genre and record["genre"] != genre):
            continue
        if "seed" in record:
            record["text"] = load_report(REPO / "seeds" / record["seed"]).document.text
        reports.append(record)
    return reports


def before(engine: KeywordEngine, text: str) -> set[tuple[str, str]]:
    """The method used until now: jieba.posseg's nr / ns / nt words of two or more characters."""
    engine.entities("")  # loads the part-of-speech tokenizer
    found = set()
    for pair in engine._pos.cut(text, HMM=True):
        kind = JIEBA_KINDS.get(pair.flag)
        if kind == "person" and not 2 <= len(pair.word) <= 4:
            continue
        if kind and len(pair.word) >= 2 and pair.word not in engine.stopwords:
            found.add((kind, pair.word))
    return found


def after(engine: KeywordEngine, text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.text) for e in engine.entities(text)}


def score(reports: list[dict], method, engine: KeywordEngine, show: str | None = None) -> dict[str, Counter]:
    tally = {kind: Counter() for kind in KINDS}
    for report in reports:
        found = method(engine, report["text"])
        for kind in KINDS:
            gold = set(report[kind])
            got = {t for k, t in found if k == kind}
            tally[kind]["tp"] += len(got & gold)
            tally[kind]["fp"] += len(got - gold)
            tally[kind]["fn"] += len(gold - got)
            if show == kind and (got - gold or gold - got):
                print(f"  {report['id']}: wrong {sorted(got - gold)} missed {sorted(gold - got)}")
    return tally


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out"))
    parser.add_argument("--genre", choices=("news", "official"))
    parser.add_argument("--show", choices=KINDS, help="list the wrong and missed names of this kind (after)")
    args = parser.parse_args()
    reports = labelled(args.split, args.genre)
    engine = KeywordEngine()
    genres = Counter(r["genre"] for r in reports)
    print(
        f"{len(reports)} reports ({', '.join(f'{n} {g}' for g, n in sorted(genres.items()))}), "
        f"{sum(len(r[k]) for r in reports for k in KINDS)} labelled names"
    )
    print("| kind | labelled | before: found | precision | recall | after: found | precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    old = score(reports, before, engine)
    new = score(reports, after, engine, args.show)
    for kind in (*KINDS, "all"):
        kinds = KINDS if kind == "all" else (kind,)
        o = Counter()
        n = Counter()
        for k in kinds:
            o.update(old[k])
            n.update(new[k])
        gold = o["tp"] + o["fn"]
        cells = [kind, gold]
        for t in (o, n):
            cells += [t["tp"] + t["fp"], ratio(t["tp"], t["tp"] + t["fp"]), ratio(t["tp"], gold)]
        print("| " + " | ".join(str(c) for c in cells) + " |")


if __name__ == "__main__":
    main()
