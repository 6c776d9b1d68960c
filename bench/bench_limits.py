"""Time and peak memory of `import` on the hostile and huge files of issue 17, each in its own process.

    python bench/bench_limits.py [CASE ...]

Cases (all inside the 50 MB file limit): a 1,000,000-row CSV (dry run and import); a .docx whose
document.xml declares 1 KB and inflates to 1 GiB; and the largest files the row limit accepts:
5,000 CSV rows with 5,000 distinct leads, a 5,000-row Word table, a 5,000-row workbook. Each runs
`python main.py --data-dir TMP import FILE` and reports wall time, peak resident memory (the
child's own, from wait4) and the first line it printed on stderr or its last on stdout.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

HEADER = ["Ref", "Objective", "Activities", "Lead", "Timescale", "Evidence/Measure", "Resources"]


def _row(n: int, leads: int, words: int = 1) -> list[str]:
    return [
        f"{n // 500 + 1}.{n // 50 % 10 + 1}.{n % 50 + 1}",
        f"Objective {n // 50}",
        f"Action {n}: " + "review the pathway, train staff and report to the board on progress. " * words,
        f"Lead organisation {n % leads}",
        ["April 2022", "Sept 2021", "Q3 2022/23", "Ongoing"][n % 4],
        "Quarterly report to the strategic group",
        "Existing budget",
    ]


def csv_file(path: Path, rows: int, leads: int = 40, words: int = 1) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for n in range(rows):
            writer.writerow(_row(n, leads, words))
    return path


def short_csv(path: Path, rows: int) -> Path:
    """Rows of about 48 bytes, as the 48 MB million-row file of the issue."""
    with path.open("w", newline="", encoding="utf-8") as out:
        out.write(",".join(HEADER) + "\n")
        for n in range(rows):
            out.write(f"{n % 9 + 1}.{n % 7 + 1}.{n},Obj,Action {n},Lead {n % 40},April 2022,,\n")
    return path


def docx_file(path: Path, rows: int, words: int = 1) -> Path:
    import copy

    from docx import Document

    document = Document()
    document.add_paragraph("Delivery plan")
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    template = table.add_row()
    for cell, text in zip(template.cells, _row(0, 40, words), strict=True):
        cell.text = text
    # Copying the row's XML is how a long table is built in seconds; python-docx's add_row takes minutes.
    for n in range(1, rows):
        tr = copy.deepcopy(template._tr)
        for tc, text in zip(tr.tc_lst, _row(n, 40, words), strict=True):
            tc.xpath(".//w:t")[0].text = text
        table._tbl.append(tr)
    document.save(path)
    return path


def xlsx_file(path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Plan")
    sheet.append(HEADER)
    for n in range(rows):
        sheet.append(_row(n, 40))
    workbook.save(path)
    return path


def bomb_docx(path: Path, work: Path) -> Path:
    from sample_plans import bcp_docx
    from zip_helpers import zip_with_liar

    return zip_with_liar(path, bcp_docx(work / "source.docx"), "word/document.xml", 1024**3)


def run(label: str, path: Path, *args: str) -> None:
    data = Path(tempfile.mkdtemp(prefix="bench-limits-"))
    out, err = data.with_suffix(".out"), data.with_suffix(".err")
    started = time.perf_counter()
    with out.open("w") as stdout, err.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "import", str(path), *args],
            cwd=ROOT,
            stdout=stdout,
            stderr=stderr,
        )
        # wait4 reaps the child itself and gives its own peak memory, not the largest of all children.
        _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    errors = err.read_text().strip().splitlines()
    said = errors[0] if errors else (out.read_text().strip().splitlines() or [""])[-1]
    size = f"{path.stat().st_size / 1024**2:,.1f} MB"
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            size += f" ({max(info.file_size for info in archive.infolist()) / 1024**2:,.1f} MB largest part)"
    code = os.waitstatus_to_exitcode(status)
    print(f"| {label} | {size} | {elapsed:,.1f} s | {usage.ru_maxrss / 1024:,.0f} MB | {code} | {said[:120]} |")


CASES = {
    "csv-limit": lambda work: ("5,000-row CSV, 5,000 distinct leads", csv_file(work / "limit.csv", 4_999, 4_999), ()),
    "csv-text": lambda work: ("5,000-row CSV, 9 M characters", csv_file(work / "text.csv", 4_999, 40, 26), ()),
    "docx-limit": lambda work: ("5,000-row Word table", docx_file(work / "limit.docx", 4_999), ()),
    "docx-xml": lambda work: ("5,000-row Word table, long cells", docx_file(work / "wordy.docx", 4_999, 26), ()),
    "xlsx-limit": lambda work: ("5,000-row workbook", xlsx_file(work / "limit.xlsx", 4_999), ()),
    "docx-bomb": lambda work: ("document.xml declaring 1 KB, inflating to 1 GiB", bomb_docx(work / "b.docx", work), ()),
    "xlsx-big": lambda work: ("100,000-row workbook", xlsx_file(work / "big.xlsx", 100_000), ()),
    "csv-1m-dry": lambda work: ("1,000,000-row CSV, --dry-run", short_csv(work / "m.csv", 1_000_000), ("--dry-run",)),
    "csv-1m": lambda work: ("1,000,000-row CSV, import", short_csv(work / "m.csv", 1_000_000), ()),
}


def main(argv: list[str]) -> int:
    wanted = argv or list(CASES)
    with tempfile.TemporaryDirectory(prefix="bench-limits-files-") as folder:
        work = Path(folder)
        print("| file | size | time | peak memory | exit | said |")
        print("| --- | --- | --- | --- | --- | --- |")
        for name in wanted:
            label, path, args = CASES[name](work)
            run(label, path, *args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
