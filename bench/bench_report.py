"""Time a 500-action progress report pack against LibreOffice converting the same report from Word,
and against a bare reportlab table of the same rows.

Run by hand: `python bench/bench_report.py [ACTIONS]`; record the figures in bench/README.md.
LibreOffice (`soffice`, e.g. apt-get install libreoffice-writer-nogui) is needed for the comparison
only; it is never a dependency of Delivery Desk.
"""

from __future__ import annotations

import gc
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


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


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

        report = build_report(ctx.db, plan_uuid, options, TODAY)
        # As the window does once its plan is shown (ui/window/application.py): a full garbage
        # collection then walks only what came after, not start-up's SQLAlchemy and models. Without
        # it each full collection cost 0.15-0.25 s here, landing on whichever job happened to
        # trigger it, the largest part of the pack / bare table spread between runs.
        gc.collect()
        gc.freeze()
        docx = root / "same-report.docx"
        write_docx_report(report, docx)
        work = {"pack": produce_pdf, "bare": lambda: bare_table(report)}
        if soffice is not None:
            profile = (root / "lo-profile").as_uri()
            command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
            command += ["--outdir", str(root / "lo"), str(docx)]
            work["libreoffice"] = lambda: subprocess.run(command, check=True, capture_output=True, timeout=600)
        # One untimed run of each (fonts loaded, LibreOffice's profile built: a user's second run),
        # then the three in turn, so a machine shared with other work slows each alike.
        for job in work.values():
            job()
        times: dict[str, list[float]] = {name: [] for name in work}
        for _ in range(RUNS):
            for name, job in work.items():
                times[name].append(timed(job))
        median = {name: statistics.median(values) for name, values in times.items()}
        pages = len(pages_text(pdf.read_bytes()))
        floor_pages = len(pages_text(bare_table(report)))
        print(f"{count} actions, medians of {RUNS} runs taken in turn:")
        print(f"  Delivery Desk PDF pack (assemble + draw): {median['pack']:.2f} s, {pages} pages")
        print(f"  bare reportlab table of the same rows and columns: {median['bare']:.2f} s, {floor_pages} pages")
        print(f"  ratio pack / bare table: {median['pack'] / median['bare']:.2f}x")
        if soffice is None:
            print("soffice not found: install libreoffice-writer-nogui to compare")
        else:
            print(f"  LibreOffice converting the same report from .docx to PDF: {median['libreoffice']:.2f} s")
            print(f"  ratio LibreOffice / Delivery Desk: {median['libreoffice'] / median['pack']:.1f}x")
        ctx.close()


if __name__ == "__main__":
    main()
