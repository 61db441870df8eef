"""Generic officialese among each seed's top ten keywords, before and after weighting
terms against the genre (a library too small for its own IDF, as the five seeds are).

"before": jieba's IDF alone; "after": jieba's IDF scaled by the genre table
(`reader.core.text.genre`). Generic terms are those listed in
`tests/core/test_keywords_genre.py` (GENERIC). `--write` rebuilds the genre table
`resources/dictionaries/genre-df.tsv` from the reference documents: the texts written
for `tests/data/entities/` and `tests/data/genre/reference.txt` (not the seeds, which
are measured here).

    python benchmarks/bench_keywords_genre.py [--write] [--top 10]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.test_keywords_genre import GENERIC, ISSUE_GENERIC  # noqa: E402

from reader.core.reading.loader import load_report  # noqa: E402
from reader.core.text.genre import GenreTable, genre_table_path, load_genre_table  # noqa: E402
from reader.core.text.keywords import KeywordEngine  # noqa: E402


def reference_texts() -> list[str]:
    """The genre's reference documents: the written texts of the labelled entity set and
    the blocks of tests/data/genre/reference.txt."""
    texts = []
    for path in sorted((REPO / "tests" / "data" / "entities").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if "text" in record:
            texts.append(record["text"])
    reference = (REPO / "tests" / "data" / "genre" / "reference.txt").read_text(encoding="utf-8")
    blocks = (block.strip() for block in reference.split("\n\n"))
    texts += [block for block in blocks if block and not block.startswith("#")]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rebuild the genre table first")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    if args.write:
        engine = KeywordEngine()
        table = GenreTable.build(engine.term_counts(text).keys() for text in reference_texts())
        genre_table_path().write_text(table.to_text(), encoding="utf-8")
        load_genre_table.cache_clear()
        print(f"wrote {genre_table_path().relative_to(REPO)}: {table.documents} documents")
    before = KeywordEngine(genre=GenreTable(0))
    after = KeywordEngine()
    shares = {"before": [], "after": []}
    issue_shares = {"before": [], "after": []}
    print("| seed | before: generic | top ten | after: generic | top ten |")
    print("| --- | ---: | --- | ---: | --- |")
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text = load_report(path).document.text
        row = [path.stem[:3]]
        for name, engine in (("before", before), ("after", after)):
            terms = [k.term for k in engine.keywords(text, args.top)]
            generic = [t for t in terms if t in GENERIC]
            shares[name].append(len(generic) / len(terms))
            issue_shares[name].append(sum(t in ISSUE_GENERIC for t in terms) / len(terms))
            row += [
                f"{len(generic)}/{len(terms)}",
                " · ".join(f"**{t}**" if t in GENERIC else t for t in terms),
            ]
        print("| " + " | ".join(row) + " |")
    for name, values in shares.items():
        issue = issue_shares[name]
        print(
            f"{name}: share of generic terms (bold) mean {sum(values) / len(values):.2f}, "
            f"most {max(values):.2f}; of the issue's nine mean {sum(issue) / len(issue):.2f}, "
            f"most {max(issue):.2f}"
        )


if __name__ == "__main__":
    main()
