"""Time a 500-action progress report pack against LibreOffice converting the same report from Word,
and against a bare reportlab table of the same rows.

Run by hand: `python bench/bench_report.py [ACTIONS]`; record the figures in bench/README.md.
LibreOffice (`soffice`, e.g. apt-get install libreoffice-writer-nogui) is needed for the comparison
only; it is never a dependency of Delivery Desk.
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.reporting import ReportOptions, build_report  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402
from exports.common.pdf_fonts import REGULAR, register_fonts  # noqa: E402
from exports.common.pdf_text import markup  # noqa: E402
from exports.reporting.docx_report import write_docx_report  # noqa: E402
from exports.reporting.pdf import write_pdf_report  # noqa: E402
from exports.reporting.pdf.columns import action_columns, column_widths  # noqa: E402
from exports.reporting.pdf.document import MARGIN  # noqa: E402
from models.snapshots.report import ReportData, status_label  # noqa: E402
from tests.report_helpers import pages_text  # noqa: E402

RUNS = 5
TODAY = date(2022, 6, 1)
# What each of the pack's action columns holds, as plain text for the bare table.
PLAIN_TEXT = {
    "Ref": lambda a: a.ref,
    "Action": lambda a: a.activity,
    "Lead": lambda a: a.lead_name,
    "Timescale": lambda a: a.timescale_text,
    "Status": lambda a: status_label(a.status),
    "Partners": lambda a: a.partners,
    "Evidence / measure": lambda a: a.evidence,
    "Resources": lambda a: a.resources,
    "Latest update": lambda a: a.latest_update_note,
}


def median_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_table(report: ReportData) -> bytes:
    """The floor: the progress table's rows and columns as one plain reportlab table, nothing else
    (no cover, contents, charts, timeline, page totals or grouping)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN)
    style = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
    columns = action_columns(report.options)
    rows = [[Paragraph(markup(c.title), style) for c in columns]]
    for group in report.groups:
        for objective in group.objectives:
            for a in objective.actions:
                rows.append([Paragraph(markup(PLAIN_TEXT[c.title](a), 1400), style) for c in columns])
    doc.build([Table(rows, colWidths=column_widths(columns, doc.width), repeatRows=1)])
    return buffer.getvalue()


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

        pack = median_of(RUNS, produce_pdf)
        pages = len(pages_text(pdf.read_bytes()))
        print(
            f"{count} actions: Delivery Desk PDF pack (assemble + draw), median of {RUNS}: {pack:.2f} s, {pages} pages"
        )

        report = build_report(ctx.db, plan_uuid, options, TODAY)
        floor = median_of(RUNS, lambda: bare_table(report))
        floor_pages = len(pages_text(bare_table(report)))
        print(f"bare reportlab table of the same rows, median of {RUNS}: {floor:.2f} s, {floor_pages} pages")
        print(f"ratio pack / bare table: {pack / floor:.2f}x")

        docx = root / "same-report.docx"
        write_docx_report(report, docx)
        if soffice is None:
            print("soffice not found: install libreoffice-writer-nogui to compare")
            return
        profile = (root / "lo-profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        command += ["--outdir", str(root / "lo"), str(docx)]
        # The first start builds LibreOffice's profile; time warm conversions like a user's second one.
        subprocess.run(command, check=True, capture_output=True, timeout=600)
        convert = median_of(RUNS, lambda: subprocess.run(command, check=True, capture_output=True, timeout=600))
        print(f"LibreOffice converting the same report from .docx to PDF, median of {RUNS}: {convert:.2f} s")
        print(f"ratio LibreOffice / Delivery Desk: {convert / pack:.1f}x")
        ctx.close()


if __name__ == "__main__":
    main()
