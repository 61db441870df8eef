"""Load one report file into a cleaned Document with its metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reader.core.problems import ReportError, human_size
from reader.core.reading.cleaning import clean_body, html_title, normalise_line_ends
from reader.core.reading.dates import ReportDate, first_date
from reader.core.reading.document import PARAGRAPH, Document, build_document
from reader.core.reading.encoding import decode_bytes
from reader.core.reading.listing import ListingName, parse_listing_line
from reader.core.reading.report_files import (  # noqa: F401 - the loader's public names, as before
    IMAGE_FOLDER,
    IMAGE_FOLDER_NAMES,
    IMAGE_SUFFIXES,
    ISOLATED_LOAD_BYTES,
    REPORT_SUFFIXES,
    category_of,
    default_root,
    is_report_folder,
    relative_path,
)
from reader.core.reading.safe_read import MAX_REPORT_BYTES, read_report_bytes

_LEADING_NUMBER = re.compile(r"^(\d+)")

# What the reader pane shows. Beyond these, Qt's document took minutes and gigabytes
# (a 49 MB one-paragraph report: 14.5 GB; a million paragraphs: 4.9 GB and 325 s).
# Within them a report opens in seconds, in under 1 GB (benchmarks/bench_huge_report.py).
MAX_SHOWN_BYTES = 16 * 1024 * 1024  #: file size, checked before reading
MAX_SHOWN_CHARS = 3_000_000
MAX_SHOWN_PARAGRAPHS = 50_000
MAX_SHOWN_PARAGRAPH_CHARS = 50_000  #: Qt lays one paragraph out in one go


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """What `reader info` prints: where the report is and what it holds."""

    path: str
    number: int | None
    title: str
    category: str
    date: ReportDate | None
    encoding: str
    chars: int
    paragraphs: int
    images: int
    fingerprint: str

    def as_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "number": self.number,
            "title": self.title,
            "category": self.category,
            "date": self.date.iso() if self.date else None,
            "encoding": self.encoding,
            "chars": self.chars,
            "paragraphs": self.paragraphs,
            "images": self.images,
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """A loaded report: its info, cleaned document and the image files on disk."""

    info: ReportInfo
    document: Document
    relpath: str
    image_files: tuple[Path, ...]

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def identity(self) -> tuple[str, str]:
        """(path relative to the library, text fingerprint): what annotations key on."""
        return self.relpath, self.info.fingerprint


def load_report(path: Path, library_root: Path | None = None, max_bytes: int = MAX_REPORT_BYTES) -> Report:
    """Read, decode and clean one report. Raises ReportError with a reason."""
    path = Path(path)
    data = read_report_bytes(path, max_bytes)
    decoded = decode_bytes(data)
    text = normalise_line_ends(decoded.text)

    first, _, rest = text.partition("\n")
    listing = parse_listing_line(first) if rest or first.strip().lower().endswith(".txt") else None
    body = rest if listing else text
    suffix = path.suffix.lower()
    markup = True if suffix in (".html", ".htm") else None

    raw_blocks = clean_body(body, markup=markup)
    image_files = report_images(path)
    banner_count = sum(1 for b in raw_blocks if not isinstance(b, str))
    document = build_document(raw_blocks, extra_images=max(0, len(image_files) - banner_count))
    if not document.blocks:
        raise ReportError("no-text")

    title, number = _title_and_number(path, listing, body if markup or suffix != ".txt" else "")
    root = Path(library_root) if library_root is not None else default_root(path)
    relpath = relative_path(path, root)
    info = ReportInfo(
        path=str(path),
        number=number,
        title=title,
        category=category_of(path, root),
        date=first_date(document.text),
        encoding=decoded.encoding,
        chars=document.char_count,
        paragraphs=len(document.paragraphs),
        images=document.image_count,
        fingerprint=document.fingerprint,
    )
    return Report(info, document, relpath, image_files)


def _title_and_number(path: Path, listing: ListingName | None, html: str) -> tuple[str, int | None]:
    stem_number = _LEADING_NUMBER.match(path.stem)
    number = listing.number if listing and listing.number is not None else None
    if listing and listing.title:
        return listing.title, number
    if html:
        title = html_title(html)
        if title:
            return title, number
    if number is None and stem_number and stem_number.group(1) != path.stem:
        number = int(stem_number.group(1))
    return path.stem, number


def report_images(path: Path) -> tuple[Path, ...]:
    """Image files in the `图片/` folder beside a report, in numeric order."""
    if not is_report_folder(path.parent, path):
        return ()
    folder = path.parent / IMAGE_FOLDER
    try:
        entries = [p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()]
    except OSError:
        return ()
    return tuple(sorted(entries, key=_numeric_key))


def _numeric_key(path: Path) -> tuple[int, int, str]:
    match = _LEADING_NUMBER.match(path.stem)
    return (0, int(match.group(1)), path.name) if match else (1, 0, path.name)


def load_showable(path: Path, library_root: Path | None, size: int) -> Report:
    """A report for the reader pane: refused with a reason (ReportError) when too large
    to show (a file too large is not even read); a large file is read and cleaned in a
    child process, so a report of a million paragraphs cannot stall its caller's
    process."""
    check_showable_size(size)
    if size < ISOLATED_LOAD_BYTES:
        return _load_showable(path, library_root)
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # "spawn": the window's process has threads, which fork would copy half-alive.
    from reader.core.pools import exit_with_parent

    with ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=exit_with_parent) as pool:
        return pool.submit(_load_showable, path, library_root).result()


def _load_showable(path: Path, library_root: Path | None) -> Report:
    report = load_report(path, library_root)
    check_showable(report)
    return report


def check_showable_size(size: int) -> None:
    """Refuse, before reading it, a file too large for the reader pane (ReportError)."""
    if size > MAX_SHOWN_BYTES:
        raise ReportError("too-large-to-show-bytes", size=human_size(size), limit=human_size(MAX_SHOWN_BYTES))


def check_showable(report: Report) -> None:
    """Refuse a report the reader pane cannot lay out quickly in little memory: too many
    characters or paragraphs, or one paragraph too long (ReportError with the figures)."""
    blocks = [b for b in report.document.blocks if b.kind == PARAGRAPH]
    longest = max((b.end - b.start for b in blocks), default=0)
    for code, count, limit in (
        ("too-large-to-show-chars", report.info.chars, MAX_SHOWN_CHARS),
        ("too-large-to-show-paragraphs", len(blocks), MAX_SHOWN_PARAGRAPHS),
        ("too-large-to-show-paragraph", longest, MAX_SHOWN_PARAGRAPH_CHARS),
    ):
        if count > limit:
            raise ReportError(code, count=f"{count:,}", limit=f"{limit:,}")
