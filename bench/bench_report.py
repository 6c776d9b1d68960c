"""Time a 500-action progress report pack against LibreOffice converting the same report from Word,
and against a bare reportlab table of the same rows.

Run by hand: `python bench/bench_report.py [ACTIONS]`; record the figures in bench/README.md.
LibreOffice (`soffice`, e.g. apt-get install libreoffice-writer-nogui) is needed for the comparison
only; it is never a dependency of Delivery Desk.
"""

from __future__ import annotations

import gc
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.reporting import ReportOptions, build_report  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402
from exports.common.pdf_text import markup  # noqa: E402
from exports.reporting.docx_report import write_docx_report  # noqa: E402
from exports.reporting.pdf import write_pdf_report  # noqa: E402
from exports.reporting.pdf.cells import house_style  # noqa: E402
from exports.reporting.pdf.columns import action_columns, column_widths, needs_landscape  # noqa: E402
from exports.reporting.pdf.document import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAPER  # noqa: E402
from exports.reporting.pdf.styles import make_styles  # noqa: E402
from models.snapshots.report import ReportData  # noqa: E402
from tests.report_helpers import pages_text  # noqa: E402

ROUNDS = 9
TODAY = date(2022, 6, 1)


def cpu_seconds() -> float:
    """This process's CPU time and that of its finished children (LibreOffice runs as one)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(work) -> tuple[float, float]:
    """Wall and CPU seconds of one run. A full collection first, untimed: the collector's debt is
    counted from the last full collection, so without it a job pays for the garbage the job before
    it left (a 0.1-0.2 s collection landed on whichever job crossed the threshold)."""
    gc.collect()
    wall, cpu = time.perf_counter(), cpu_seconds()
    work()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def bare_table(report: ReportData) -> bytes:
    """The floor: the pack's progress-table rows as one plain reportlab table, and nothing else.

    The same as the pack prints them: the columns, their widths, each cell's text and style, the
    table style (padding, rules, header fill), the page size and frame, the header row repeated on
    every page. Not the pack's: cover, contents, running header and footer, charts, exceptions,
    timeline, the priority and objective rows, shared cells or forms. One ``Paragraph`` per cell,
    as a table is written with plain reportlab."""
    styles = make_styles()
    buffer = io.BytesIO()
    size = PAPER.get(report.options.paper, A4)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(size) if needs_landscape(report.options) else size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE,
        bottomMargin=MARGIN + FOOTER_SPACE,
    )
    columns = action_columns(report.options)
    rows = [[Paragraph(markup(c.title), styles.header_cell) for c in columns]]
    for group in report.groups:
        for objective in group.objectives:
            rows += [[Paragraph(c.content(a), c.style(styles)) for c in columns] for a in objective.actions]
    widths = column_widths(columns, doc.width, report.actions)
    doc.build([Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=house_style())])
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
        # collection then walks only what came after, not start-up's SQLAlchemy and models.
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
        # One untimed run of each (modules imported, fonts loaded, LibreOffice's profile built: a
        # user's second report), then the jobs in turn, the order reversed every other round, so
        # a machine shared with other work slows each alike and none always follows the same one.
        for job in work.values():
            job()
        load_before = os.getloadavg()
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in work}
        for round_ in range(ROUNDS):
            for name in list(work)[:: 1 if round_ % 2 == 0 else -1]:
                samples[name].append(timed(work[name]))
        load_after = os.getloadavg()
        wall = {name: statistics.median(w for w, _ in values) for name, values in samples.items()}
        cpu = {name: statistics.median(c for _, c in values) for name, values in samples.items()}
        # Each round's pack against the same round's table: drift in the machine's load cancels.
        paired = statistics.median(p[1] / b[1] for p, b in zip(samples["pack"], samples["bare"], strict=True))
        pages = len(pages_text(pdf.read_bytes()))
        floor_pages = len(pages_text(bare_table(report)))
        print(f"{count} actions; medians of {ROUNDS} rounds, jobs alternating, a warm-up run of each excluded")
        print(f"load average (1 and 5 min) before {load_before[0]:.2f} {load_before[1]:.2f}, after", end=" ")
        print(f"{load_after[0]:.2f} {load_after[1]:.2f}")
        for name, title in (
            ("pack", f"Delivery Desk PDF pack, assemble + draw ({pages} pages)"),
            ("bare", f"bare reportlab table of the same rows ({floor_pages} pages)"),
            ("libreoffice", "LibreOffice converting the same report from .docx"),
        ):
            if name in samples:
                spread = sorted(w for w, _ in samples[name])
                print(
                    f"  {title}: wall {wall[name]:.3f} s (runs {spread[0]:.2f}-{spread[-1]:.2f}), CPU {cpu[name]:.3f} s"
                )
        print(
            f"  pack / bare table: wall {wall['pack'] / wall['bare']:.2f}x, CPU {cpu['pack'] / cpu['bare']:.2f}x, "
            f"CPU round by round {paired:.2f}x"
        )
        if soffice is None:
            print("soffice not found: install libreoffice-writer-nogui to compare")
        else:
            print(
                f"  LibreOffice / pack: wall {wall['libreoffice'] / wall['pack']:.1f}x, "
                f"CPU {cpu['libreoffice'] / cpu['pack']:.1f}x"
            )
        ctx.close()


if __name__ == "__main__":
    main()
