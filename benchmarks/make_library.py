"""Generate a synthetic library: N reports recombined from the seeds' paragraphs, in
the scraper format (listing line + HTML), spread over category folders, some in their
own folder with a `图片/` folder, plus one report of about 5 MB.

    python benchmarks/make_library.py [--count 10000] [--out DIR] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.reading.loader import load_report  # noqa: E402

SPAN = (
    "<div><span style='font-size:16px;margin-top:15px;line-height:25px;text-indent:30px'> 　　{}</span></div>"
)
SPACER = "<div>&nbsp;</div>"
BANNER = (
    "---------------------------------------- \n"
    "-------------------这里有图片------------ \n"
    "---------------------------------------- \n"
)
CATEGORIES = ["山西", "内蒙古", "吉林", "北京", "浙江", "福建", "河南", "湖北", "广西", "重庆"]
BIG_REPORT_BYTES = 5 * 1024 * 1024


def seed_material() -> tuple[list[str], list[str]]:
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        report = load_report(path)
        paragraphs.extend(report.document.paragraphs)
        titles.append(report.title)
    return paragraphs, titles


def report_text(number: int, title: str, paragraphs: list[str], banners: int, rng: random.Random) -> str:
    body = [SPAN.format(p) + SPACER for p in paragraphs]
    text = "".join(body)
    for _ in range(banners):
        cut = text.find("</div><div><span", rng.randrange(max(1, len(text))))
        cut = len(text) if cut < 0 else cut + len("</div>")
        text = text[:cut] + "\n" + BANNER + text[cut:]
    return f"{number}{title}.txt\n{text}"


def generate(out: Path, count: int, seed: int, big: bool = True) -> None:
    """Write `count` reports (and, with `big`, one ~5 MB report) under `out`."""
    rng = random.Random(seed)
    paragraphs, titles = seed_material()
    out.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        title = f"{rng.choice(titles)[:40]}（{number}）"
        chosen = rng.sample(paragraphs, rng.randint(5, 20))
        banners = 1 if rng.random() < 0.2 else 0
        text = report_text(number, title, chosen, banners, rng)
        category = out / rng.choice(CATEGORIES)
        if banners and rng.random() < 0.5:  # a report in its own folder, with its image
            folder = category / f"{number}{title}"
            (folder / "图片").mkdir(parents=True, exist_ok=True)
            (folder / "图片" / "0.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
            path = folder / f"{number}{title}.txt"
        else:
            category.mkdir(exist_ok=True)
            path = category / f"{number:05d}_{rng.getrandbits(64):016x}.txt"
        path.write_text(text, encoding="utf-8")
    if not big:
        return
    big_paragraphs: list[str] = []
    size = 0
    while size < BIG_REPORT_BYTES:
        paragraph = rng.choice(paragraphs)
        big_paragraphs.append(paragraph)
        size += len((SPAN.format(paragraph) + SPACER).encode("utf-8"))
    (out / "特大报告.txt").write_text(
        report_text(count + 1, "特大报告：全部段落汇编", big_paragraphs, 20, rng), encoding="utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / ".cache" / "library-10000")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)
    print(f"wrote {args.count} reports and one ~5 MB report to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
