"""Open the CSV and Excel exports in LibreOffice Calc, headless, as a user would.

    .venv/bin/python benchmarks/check_in_libreoffice.py [OUT_FOLDER]

Builds the export tests' library (with a note holding commas, semicolons, tabs,
quotes and Windows line ends, and tags holding ';' and ','), exports CSV and XLSX,
then:

- imports the CSV with comma, semicolon and tab ticked as separators and `"` as the
  text delimiter (the defaults of Calc's import dialog), saves it as .xlsx, and compares
  every cell of every row with the CSV as Python's csv module reads it (so a separator
  inside a text that split its cell shows as a difference);
- converts the workbook to PDF (print layout) and, when pdftoppm is there, to PNG
  pages to look at.

Needs `soffice` on PATH; a private LibreOffice profile is used, so a running
LibreOffice is not disturbed. Prints what it ran and what it found."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.export import Scope, collect  # noqa: E402
from reader.core.export.writers import render  # noqa: E402
from tests.export_fixtures import fixed_library  # noqa: E402

#: Calc's CSV filter options: separators 44/59/9 (comma, semicolon, tab; several are
#: joined with '/'), text delimiter 34 ("), character set 76 (UTF-8), start at line 1.
CSV_FILTER = "CSV:44/59/9,34,76,1"
NOTE = 'a, b; c\td "quoted", \'x\r\nWindows line\r\nlast line'


def soffice(profile: Path, out: Path, *args: str) -> None:
    private = f"-env:UserInstallation={profile.as_uri()}"
    command = ["soffice", private, "--headless", *args, "--outdir", str(out)]
    print("$", " ".join(f"'{a}'" if " " in a or ";" in a else a for a in command))
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    print(result.stdout.strip() or result.stderr.strip())


def main() -> int:
    if shutil.which("soffice") is None:
        print("soffice is not on PATH")
        return 2
    import openpyxl

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="lo-check-"))
    out.mkdir(parents=True, exist_ok=True)
    profile = out / "profile"
    session = fixed_library(Path(tempfile.mkdtemp()) / "样例库")
    annotation = session.annotation("00000000-0000-4000-8000-000000000002")
    annotation.note, annotation.tags = NOTE, ["学习", "人物;其他", "地方,省"]
    export = collect(session, Scope())
    csv_path, xlsx_path = out / "annotations.csv", out / "annotations.xlsx"
    csv_path.write_bytes(render(export, "csv", session.root, "zh"))
    xlsx_path.write_bytes(render(export, "xlsx", session.root, "zh"))

    converted = out / "from-csv"
    soffice(profile, converted, f"--infilter={CSV_FILTER}", "--convert-to", "xlsx", str(csv_path))
    sheet = openpyxl.load_workbook(converted / "annotations.xlsx").worksheets[0]
    # What the CSV holds, as Python's csv module reads it: every row as many cells as
    # the header, and Calc must give back the same cells (trailing empty ones too).
    written = list(csv.reader(io.StringIO(csv_path.read_bytes().decode("utf-8-sig"), newline="")))
    columns = len(written[0])
    read = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    widths = [max((i + 1 for i, v in enumerate(row) if v), default=0) for row in read]
    print(f"rows: {len(read)}; columns in the header: {columns}; last filled column per row: {widths}")
    differing = [
        (n, a, b)
        for n, (got, want) in enumerate(zip(read, written, strict=False))
        for a, b in zip((got + [""] * columns)[:columns], want, strict=True)
        if a != b.replace("\r\n", "\n")
    ]
    for n, a, b in differing[:10]:
        print(f"row {n}: Calc has {a!r}, the CSV {b!r}")
    noted = next(r for r in sheet.iter_rows(values_only=True) if str(r[6] or "").startswith("a, b"))
    print(f"tags cell: {noted[4]!r}")
    print(f"note cell: {noted[6]!r}")
    print(f"number, start, end: {noted[0]!r}, {noted[7]!r}, {noted[8]!r}")

    soffice(profile, out, "--convert-to", "pdf", str(xlsx_path))
    pdf = out / "annotations.pdf"
    if shutil.which("pdftoppm") and pdf.exists():
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(out / "page")], check=True)
        print("pages:", ", ".join(sorted(p.name for p in out.glob("page*.png"))))
    ok = len(read) == len(written) and max(widths) <= columns and not differing
    print(f"every row has the CSV's {columns} cells" if ok else "ROWS THAT DIFFER FROM THE CSV")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
