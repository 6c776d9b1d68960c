"""Time the import review's redraw for a 300-row plan, and reading a PDF plan of the same size.

    python bench/bench_import_review.py [ROWS]

Prints (best of 5): preview_document with ten corrections (the work done off the UI thread
after each correction); the UI thread's share (row model reset + plan tree, painted); one correction
end to end in the wizard's rows page (click to redrawn, through the thread pool); and, once,
reading a PDF of ROWS actions spread over pages with repeated headers (pdfplumber).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_import import build_workbook, timed  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.importing.corrections import EditCell, RowRole, SetRole  # noqa: E402
from app.importing.service import ImportOptions, preview_document  # noqa: E402
from exports.importing import read_plan_file  # noqa: E402


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    app = QApplication([])
    from pdf_plans import plan_pdf

    from ui.importing.wizard import ImportWizard

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xlsx"
        build_workbook(path, rows)
        document = read_plan_file(path)
        corrections = tuple(
            SetRole((0, n, 0), RowRole.CONTINUATION) if n % 2 else EditCell((0, n, 0), 3, "Dorset Police")
            for n in range(5, 55, 5)
        )
        options = ImportOptions(corrections=corrections)
        print(f"{rows} rows, {len(corrections)} corrections")
        preview = timed("preview_document (off the UI thread)", lambda: preview_document(document, options), 5)
        ctx = AppContext.open(Path(folder) / "data", user="bench")
        wizard = ImportWizard(ctx)
        wizard.resize(1280, 720)
        wizard.show()
        wizard.path, wizard.document, wizard.preview = path, document, preview
        page = wizard.rows_page
        wizard.file_page.path_edit.setText(str(path))
        wizard.file_page._ready_for = path  # the file is read already
        for _page in range(3):
            wizard.next()
        assert wizard.currentPage() is wizard.rows_page  # so the repaint below draws it
        timed("UI thread: rows model + plan tree, painted", lambda: (page._show(preview), page.repaint()), 5)

        def one_correction() -> None:
            page.select(7)
            page.set_role(RowRole.ACTION)
            while page.pending:
                app.processEvents()
            wizard.corrections.pop()
            wizard.correction_steps.pop()

        timed("one correction, click to redrawn", one_correction, 5)
        pdf = plan_pdf(Path(folder) / "plan.pdf", actions=rows)
        document = timed("read_plan_file on a PDF of the same size", lambda: read_plan_file(pdf), 1)
        pages = {table.part for table in document.tables}
        print(f"  -> {sum(len(t.rows) for t in document.tables)} rows in {', '.join(sorted(pages))}")
        wizard.close()
        ctx.close()


if __name__ == "__main__":
    main()
