"""Re-anchoring accuracy on real report text after random edits.

Annotations are made on random passages of the seeds and of reports of the synthetic
library; then the text is edited at random (paragraphs inserted, deleted or
duplicated; characters inserted or deleted inside a paragraph; a changed cleaning
rule that folds full-width forms) while the true place of every passage is tracked.
Each annotation is then re-anchored and counted:

- correctly attached: found, and overlapping its true place by at least half (half
  of the passage as it was annotated, when text inserted into it made it longer);
- wrongly attached: found, but somewhere else (or its passage was deleted);
- correctly orphaned: its passage was deleted and it was orphaned;
- missed: its passage still exists but it was orphaned;
- indistinguishable: attached inside a verbatim copy of its paragraph whose
  neighbouring paragraphs (three each side) agree with the original's at least as well
  as those of the true place do. Runs of duplicated paragraphs can rebuild a
  paragraph's surroundings around a copy; the text then supports the copy as much as
  the truth (or more), and no text-based method can tell them apart. These are counted
  apart, neither right nor wrong, and shown in their own column.

A paragraph that is deleted while exactly one verbatim copy of it remains has, in
effect, been moved there (the resulting text is the same as a cut and paste), so its
passages follow the copy; with several copies left, they are deleted.

A duplicated paragraph is placed at least two paragraphs away from every paragraph
with the same text: a copy right beside its original is indistinguishable by text
(the 32-character context matches the copy as well as the original), so no method
could be scored fairly there. Inserted paragraphs are text the report does not
already hold (a verbatim copy is the duplicate edit).

    python benchmarks/bench_reanchor.py [--reports 200] [--annotations 10] [--seed 1]
                                        [--show wrong] [--show missed] ...

`--show KIND` prints every annotation counted as KIND: its edits, quote, where it was
found and where it truly is.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.annotations.anchoring import ORPHANED, TextMap, reanchor  # noqa: E402
from reader.core.annotations.model import make_annotation  # noqa: E402
from reader.core.index.scan import scan_library  # noqa: E402
from reader.core.reading.document import text_fingerprint  # noqa: E402
from reader.core.reading.loader import load_report  # noqa: E402
from reader.core.text.folding import fold  # noqa: E402

COUNTS = ("correct", "wrong", "indistinguishable", "orphaned right", "missed")
EDIT_KINDS = (
    "insert paragraph",
    "delete paragraph",
    "move paragraph",
    "duplicate paragraph",
    "edit inside paragraph",
    "cleaning rule",
)
FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}


@dataclass
class Paragraph:
    ident: int
    text: str


@dataclass
class Truth:
    ident: int  # the paragraph it is in
    start: int  # within that paragraph
    end: int
    alive: bool = True


def load_texts(count: int) -> list[str]:
    texts = [load_report(p).document.text for p in sorted((REPO / "seeds").glob("*.txt"))]
    library = REPO / "benchmarks" / ".cache" / "library-10000"
    if not library.is_dir():
        from benchmarks.make_library import generate

        generate(library, 10_000, seed=1)
    entries = [e for e in scan_library(library).entries if e.size < 1_000_000]
    for entry in entries[: max(0, count - len(texts))]:
        texts.append(load_report(entry.path, library).document.text)
    return texts[:count]


def edit(
    paragraphs: list[Paragraph],
    truths: list[Truth],
    kind: str,
    pool: list[str],
    rng: random.Random,
    original: frozenset[str] = frozenset(),
) -> None:
    """Apply one edit of `kind`, keeping every truth pointing at its passage.

    `original` holds the paragraphs of the text before any edit: an inserted paragraph
    is none of them (putting back the unedited version of an edited paragraph is a
    duplicate placed next to it)."""
    next_id = max(p.ident for p in paragraphs) + 1
    present = {p.text for p in paragraphs}
    if kind == "insert paragraph":  # new text (a verbatim copy is the "duplicate" edit)
        fresh = [t for t in rng.sample(pool, min(50, len(pool))) if t not in present and t not in original]
        if fresh:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), Paragraph(next_id, fresh[0]))
    elif kind == "delete paragraph" and len(paragraphs) > 1:
        gone = paragraphs.pop(rng.randrange(len(paragraphs)))
        copies = [p for p in paragraphs if p.text == gone.text]
        for truth in truths:
            if truth.ident == gone.ident:
                if len(copies) == 1:  # the same text as a move to the copy
                    truth.ident = copies[0].ident
                else:
                    truth.alive = False
    elif kind == "move paragraph" and len(paragraphs) > 2:
        moved = paragraphs.pop(rng.randrange(len(paragraphs)))
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), moved)
    elif kind == "duplicate paragraph":
        # A copy right beside its original cannot be told from it by any text-based
        # method (even the context points at the copy): copies go two or more away.
        index = rng.randrange(len(paragraphs))
        same = [i for i, p in enumerate(paragraphs) if p.text == paragraphs[index].text]
        places = [
            i
            for i in range(len(paragraphs) + 1)
            if all(abs(i - j) >= 2 and abs(i - j - 1) >= 2 for j in same)
        ]
        if places:
            paragraphs.insert(rng.choice(places), Paragraph(next_id, paragraphs[index].text))
    elif kind == "edit inside paragraph":
        paragraph = rng.choice(paragraphs)
        at = rng.randrange(len(paragraph.text) + 1)
        if rng.random() < 0.5:
            inserted = rng.choice(["，", "的", "同时", "（据报道）", "新增内容"])
            paragraph.text = paragraph.text[:at] + inserted + paragraph.text[at:]
            shift, cut_end = len(inserted), at
        else:
            length = min(rng.randint(1, 4), len(paragraph.text) - at)
            paragraph.text = paragraph.text[:at] + paragraph.text[at + length :]
            shift, cut_end = -length, at + length
        for truth in truths:
            if truth.ident != paragraph.ident or not truth.alive:
                continue
            if shift > 0:
                truth.start += shift if truth.start >= at else 0
                truth.end += shift if truth.end > at else 0
            else:
                truth.start = (
                    truth.start - (min(truth.start, cut_end) - at) if truth.start > at else truth.start
                )
                truth.end = truth.end - (min(truth.end, cut_end) - at) if truth.end > at else truth.end
                if truth.end <= truth.start:
                    truth.alive = False
    elif kind == "cleaning rule":
        for paragraph in paragraphs:  # a one-to-one character rule: positions stay
            paragraph.text = "".join(FOLD.get(ch, ch) for ch in paragraph.text)


def join(paragraphs: list[Paragraph]) -> tuple[str, dict[int, int]]:
    starts, offset = {}, 0
    for paragraph in paragraphs:
        starts.setdefault(paragraph.ident, offset)
        offset += len(paragraph.text) + 1
    return "\n".join(p.text for p in paragraphs), starts


def trial(
    text: str,
    pool: list[str],
    edits: int,
    kinds: tuple[str, ...],
    per_text: int,
    rng: random.Random,
    show: tuple[str, ...] = (),
) -> dict:
    paragraphs = [Paragraph(i, t) for i, t in enumerate(text.split("\n"))]
    original = frozenset(text.split("\n"))
    truths, annotations = [], []
    for _ in range(per_text):
        index = rng.randrange(len(paragraphs))
        body = paragraphs[index].text
        if len(body) < 6:
            continue
        length = rng.randint(4, min(40, len(body)))
        start = rng.randrange(len(body) - length + 1)
        offset = sum(len(p.text) + 1 for p in paragraphs[:index])
        annotation = make_annotation(
            "r.txt", text_fingerprint(text), text, offset + start, offset + start + length, [], "", ""
        )
        annotations.append((annotation, index))
        truths.append(Truth(paragraphs[index].ident, start, start + length))
    history = []
    for _ in range(edits):
        history.append(rng.choice(kinds))
        edit(paragraphs, truths, history[-1], pool, rng, original)
    new_text, starts = join(paragraphs)
    mapping = TextMap(text, new_text)
    counts = dict.fromkeys(COUNTS, 0)
    old_paragraphs = [fold(p) for p in text.split("\n")]
    new_paragraphs = [fold(p) for p in new_text.split("\n")]
    new_starts = [0]
    for paragraph in new_paragraphs[:-1]:
        new_starts.append(new_starts[-1] + len(paragraph) + 1)
    index_of = {p.ident: i for i, p in enumerate(paragraphs)}

    def neighbours_agree(old_index: int, new_index: int) -> int:
        score = 0
        for step in (-1, 1):
            for distance in range(1, 4):
                i, j = old_index + step * distance, new_index + step * distance
                if not (0 <= i < len(old_paragraphs) and 0 <= j < len(new_paragraphs)):
                    break
                if old_paragraphs[i] != new_paragraphs[j]:
                    break
                score += 1
        return score

    def indistinguishable(anchor_start: int, truth: Truth, original: int) -> bool:
        """Attached in a verbatim copy of the annotated paragraph that its surroundings
        support at least as well as the true place."""
        index = max(0, bisect_right(new_starts, anchor_start) - 1)
        if new_paragraphs[index] != old_paragraphs[original]:
            return False
        if not truth.alive:
            return True
        return neighbours_agree(original, index) >= neighbours_agree(original, index_of[truth.ident])

    for (annotation, original), truth in zip(annotations, truths, strict=True):
        anchor = reanchor(annotation, new_text, mapping)
        true_start = starts.get(truth.ident, 0) + truth.start
        true_end = starts.get(truth.ident, 0) + truth.end
        if not truth.alive:
            if anchor.status == ORPHANED:
                outcome = "orphaned right"
            elif indistinguishable(anchor.start, truth, original):
                outcome = "indistinguishable"
            else:
                outcome = "wrong"
        elif anchor.status == ORPHANED:
            outcome = "missed"
        elif 2 * (min(anchor.end, true_end) - max(anchor.start, true_start)) >= min(
            true_end - true_start, len(annotation.quote.exact)
        ):
            outcome = "correct"
        elif indistinguishable(anchor.start, truth, original):
            outcome = "indistinguishable"
        else:
            outcome = "wrong"
        counts[outcome] += 1
        if outcome in show:
            where = f"{true_start}-{true_end} {new_text[true_start:true_end]!r}" if truth.alive else "deleted"
            print(f"  {outcome}: edits {', '.join(history)}")
            print(f"    quote  {annotation.start}-{annotation.end} {annotation.quote.exact!r}")
            found = new_text[anchor.start : anchor.end]
            print(f"    found  {anchor.status} {anchor.start}-{anchor.end} {found!r}")
            print(f"    truth  {where}")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--annotations", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--show", action="append", default=[], choices=COUNTS, help="print every annotation counted so"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = load_texts(args.reports)
    pool = [p for t in texts for p in t.split("\n")]
    scenarios = [("unchanged", 0, EDIT_KINDS), ("1 edit", 1, EDIT_KINDS), ("5 edits", 5, EDIT_KINDS)]
    scenarios += [(f"5 × {kind}", 5, (kind,)) for kind in EDIT_KINDS]
    print(f"reports: {len(texts)}   annotations per report: {args.annotations}   seed: {args.seed}")
    header = f"{'scenario':<28}{'annotations':>12}{'correct %':>11}{'wrong %':>9}{'indistinguishable %':>21}"
    print(header + f"{'attached ok':>12}{'orphaned ok':>12}{'missed':>8}{'ms/report':>11}")
    for name, edits, kinds in scenarios:
        totals = dict.fromkeys(COUNTS, 0)
        start = time.perf_counter()
        for text in texts:
            counts = trial(text, pool, edits, kinds, args.annotations, rng, tuple(args.show))
            for key, value in counts.items():
                totals[key] += value
        elapsed = (time.perf_counter() - start) * 1000 / len(texts)
        n = sum(totals.values())
        right = totals["correct"] + totals["orphaned right"]
        print(
            f"{name:<28}{n:>12}{100 * right / n:>10.2f}%{100 * totals['wrong'] / n:>8.2f}%"
            f"{100 * totals['indistinguishable'] / n:>20.2f}%"
            f"{totals['correct']:>12}{totals['orphaned right']:>12}{totals['missed']:>8}{elapsed:>11.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
