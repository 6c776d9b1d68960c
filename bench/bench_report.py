"""Time a 500-action progress report pack against LibreOffice converting the same report from Word.

Run by hand: `python bench/bench_report.py [ACTIONS]`; record the figures in bench/README.md.
LibreOffice (`soffice`, e.g. apt-get install libreoffice-writer-nogui) is needed for the comparison
only; it is never a dependency of Delivery Desk.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.reporting import ReportOptions, build_report  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402
from exports.reporting.docx_report import write_docx_report  # noqa: E402
from exports.reporting.pdf import write_pdf_report  # noqa: E402
from tests.report_helpers import pages_text  # noqa: E402

RUNS = 3
TODAY = date(2022, 6, 1)


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ctx = AppContext.open(root / "data", user="bench")
        plan_uuid = ctx.commands.execute(CreatePlan(big_draft(count))).inverse.uuid
        options = ReportOptions()
        pdf = root / "pack.pdf"

        def produce_pdf() -> None:
            write_pdf_report(build_report(ctx.db, plan_uuid, options, TODAY), pdf)

        pack = best_of(RUNS, produce_pdf)
        pages = len(pages_text(pdf.read_bytes()))
        print(f"{count} actions: Delivery Desk PDF pack (assemble + draw), best of {RUNS}: {pack:.2f} s, {pages} pages")

        docx = root / "same-report.docx"
        write_docx_report(build_report(ctx.db, plan_uuid, options, TODAY), docx)
        if soffice is None:
            print("soffice not found: install libreoffice-writer-nogui to compare")
            return
        profile = (root / "lo-profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        command += ["--outdir", str(root / "lo"), str(docx)]
        # The first start builds LibreOffice's profile; time warm conversions like a user's second one.
        subprocess.run(command, check=True, capture_output=True, timeout=600)
        convert = best_of(RUNS, lambda: subprocess.run(command, check=True, capture_output=True, timeout=600))
        print(f"LibreOffice converting the same report from .docx to PDF, best of {RUNS}: {convert:.2f} s")
        print(f"ratio LibreOffice / Delivery Desk: {convert / pack:.1f}x")
        ctx.close()


if __name__ == "__main__":
    main()
