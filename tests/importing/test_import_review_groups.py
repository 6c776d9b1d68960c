"""The row review on a plan of several table groups: every row shown, a column's meaning set once for all."""

from __future__ import annotations

from docx import Document
from PySide6.QtWidgets import QWizard
from test_import_review_ui import choose, redrawn, right_click
from test_import_wizard import choose_file, click, open_wizard

from ui.importing.rows_model import COL_ROLE, FIRST_CELL

HEADER = ("Action", "Led by", "Deadline", "Notes")
SECTIONS = {
    "Safer streets": [
        ("Repair street lights", "Council", "2025", "Ward walks"),
        ("Map dark alleys", "Police", "2026", ""),
    ],
    "Calmer nights": [("Fund taxi marshals", "BID", "Dec 2025", ""), ("Train door staff", "Licensing", "2026", "")],
    "Stronger families": [("Offer parenting courses", "Early Help", "Ongoing", "")],
}


def three_groups(path):
    document = Document()
    document.add_paragraph("Town Safety Plan 2025-28")
    for title, rows in SECTIONS.items():
        document.add_paragraph().add_run(title).bold = True
        table = document.add_table(rows=0, cols=len(HEADER))
        for cells in (HEADER, *rows, HEADER):  # the header again at the foot, as a page break leaves it
            for cell, text in zip(table.add_row().cells, cells, strict=True):
                cell.text = text
    document.save(path)
    return path


def test_every_row_of_every_group_is_shown_and_a_column_is_set_once_for_all_groups(qtbot, main_window, tmp_path):
    main_window.show()
    wizard = open_wizard(main_window)
    choose_file(qtbot, wizard, three_groups(tmp_path / "plan.docx"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.rows_page
    roles = [page.model.index(row, COL_ROLE).data() for row in range(page.model.rowCount())]
    assert page.model.rowCount() == sum(len(rows) + 2 for rows in SECTIONS.values())
    assert roles.count("column headers") == 6 and sum(role.startswith("action") for role in roles) == 5
    assert [p.title for p in wizard.preview.draft.priorities] == list(SECTIONS)
    page.grab().save(str(tmp_path / "groups.png"))

    first_header = next(n for n, row in enumerate(page.model.rows) if row.key == (0, 0, 0))
    assert page.model.index(first_header, FIRST_CELL + 3).data() == "Notes [Comment / progress]"
    choose(right_click(qtbot, page, first_header, FIRST_CELL + 3), "Evidence / measure")
    redrawn(qtbot, page)
    assert page.status.text() == "Column D set for 3 table(s) with these headers."
    assert [t.mapping.fields[3] for t in wizard.preview.tables] == ["evidence"] * 3
    assert (
        next(a for a in wizard.preview.draft.actions if a.activity == "Repair street lights").evidence == "Ward walks"
    )
