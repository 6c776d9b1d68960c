"""The import wizard driven as a user would: File > Import plan…, pages, mapping, review, Import, Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sample_plans import bcp_docx, oxfordshire_docx

from app.plans.listing import list_plans
from app.queries.actions import action_rows
from ui.importing.wizard import ImportWizard


def open_wizard(window) -> ImportWizard:
    window.actions["import_plan"].trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def choose_file(qtbot, wizard: ImportWizard, path: Path) -> None:
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    # The file is read on the thread pool; the wizard moves on (or explains) when it is done.
    qtbot.waitUntil(lambda: wizard.currentPage() is not wizard.file_page or bool(wizard.file_page.error.text()))


def click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def finish(qtbot, wizard: ImportWizard) -> None:
    """Click Finish and wait: the import is applied off the UI thread, then the wizard closes."""
    with qtbot.waitSignal(wizard.finished, timeout=20000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_import_a_word_plan_then_undo_it(qtbot, main_window, tmp_path):
    main_window.show()
    wizard = open_wizard(main_window)
    choose_file(qtbot, wizard, bcp_docx(tmp_path / "bcp.docx"))
    assert wizard.currentPage() is wizard.tables_page
    tables = wizard.tables_page.table
    assert (tables.rowCount(), tables.item(0, 0).text()) == (1, "tables 1-2")
    assert tables.cellWidget(0, 3).currentText() == "Actions"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    page = wizard.mapping_page
    assert page.preview.item(0, 3).text() == "Community Safety Team BCP"
    lead_combo = page.mapping.cellWidget(0, 3)
    assert lead_combo.currentText() == "Lead"
    lead_combo.setCurrentIndex(lead_combo.findData("partners"))  # correct the guess: the preview follows
    assert page.preview.item(0, 3).text() == "(no lead)"
    page.mapping.cellWidget(0, 3).setCurrentIndex(lead_combo.findData("lead"))
    assert page.preview.item(0, 3).text() == "Community Safety Team BCP"
    assert "9 actions" in page.counts.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.rows_page  # every row, checked and left as read
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    review = wizard.review_page
    assert review.timescales.item(0).text().startswith("2.2.1: 'When the funding allows'")
    group = review.leads.item(0)
    assert group.text().startswith("DA OP's Group")
    group.setCheckState(Qt.CheckState.Checked)
    assert "A new plan will be created" in review.summary.text()
    finish(qtbot, wizard)

    assert not wizard.isVisible()
    assert main_window.plan_uuid is not None
    assert main_window.model.rowCount() == 9
    lead_names = {lead.name for lead in main_window.leads()}
    assert "DA OP's Group" in lead_names and "DA Operational Group" not in lead_names
    main_window.actions["undo"].trigger()  # Edit > Undo takes the whole import back
    assert list_plans(main_window.ctx.db) == []
    qtbot.waitUntil(lambda: main_window.plan_uuid is None)


def test_a_bad_file_is_explained_on_the_first_page(qtbot, main_window, tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n something else")
    wizard = open_wizard(main_window)
    choose_file(qtbot, wizard, path)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.text() == (
        "Cannot import: plan.docx: this is a PNG image, not a Word document, workbook, PDF or CSV file."
    )
    assert list_plans(main_window.ctx.db) == []


def test_adding_a_file_to_the_open_plan_adds_only_new_refs(qtbot, main_window, small_plan, tmp_path):
    main_window.open_plan(small_plan)
    before = len(action_rows(main_window.ctx.db, small_plan))
    wizard = open_wizard(main_window)
    wizard.file_page.into_current.setChecked(True)
    choose_file(qtbot, wizard, oxfordshire_docx(tmp_path / "oxon.docx"))
    for _page in ("tables", "columns", "rows"):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    review = wizard.review_page
    assert review.summary.text().startswith("4 new actions will be added to the open plan. 1 action already in")
    notes = [review.notes.item(n).text() for n in range(review.notes.count())]
    assert any(note.startswith("1.1.1 is already in the plan and is left unchanged; Activity: plan") for note in notes)
    finish(qtbot, wizard)
    assert main_window.plan_uuid == small_plan
    assert len(action_rows(main_window.ctx.db, small_plan)) == before + 4
    main_window.actions["undo"].trigger()
    assert len(action_rows(main_window.ctx.db, small_plan)) == before


def test_empty_state_button_opens_the_wizard(qtbot, main_window):
    qtbot.mouseClick(main_window.empty_state.import_button, Qt.MouseButton.LeftButton)
    assert main_window.findChild(ImportWizard).isVisible()
