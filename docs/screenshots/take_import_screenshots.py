"""Re-create the import wizard screenshots: `python docs/screenshots/take_import_screenshots.py [out_dir]`.

A PDF plan (built by tests/pdf_plans.py: a table over three pages with its header repeated)
at 1280×720, each page in turn; on the rows page one row has been joined to the row above by
hand, and the row menu is open on it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    app = QApplication([])
    from pdf_plans import plan_pdf

    from app.context import AppContext
    from app.importing.corrections import RowRole
    from exports.importing import read_plan_file
    from ui.importing.wizard import ImportWizard

    folder = Path(tempfile.mkdtemp())
    ctx = AppContext.open(folder / "data", user="Secretariat Officer")
    path = plan_pdf(folder / "Anytown CSP delivery plan.pdf", actions=24)
    wizard = ImportWizard(ctx)
    wizard.resize(1280, 720)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page._ready_for, wizard.path, wizard.document = path, path, read_plan_file(path)
    wizard.refresh()
    names = ("1-file", "2-tables", "3-columns", "4-rows", "5-review")
    for number, name in enumerate(names):
        app.processEvents()
        if name == "4-rows":
            page = wizard.rows_page
            page.select(13)
            page.set_role(RowRole.CONTINUATION)
            while page.pending:
                app.processEvents()
            page.select(13)
            page.menu = page.build_menu()
            page.menu.popup(page.view.viewport().mapToGlobal(page.view.visualRect(page.model.index(13, 1)).center()))
            app.processEvents()
            wizard.grab().save(str(out / f"import-wizard-{name}.png"))
            page.menu.grab().save(str(out / "import-wizard-4-rows-menu.png"))
            page.menu.close()
        else:
            wizard.grab().save(str(out / f"import-wizard-{name}.png"))
        if number < len(names) - 1:
            wizard.next()
    ctx.close()


if __name__ == "__main__":
    main()
