"""The row review driven as a user would: right-click menus, the Read as box, typing in cells, Undo, Import."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from sample_plans import write_csv
from test_import_corrections import ROWS
from test_import_wizard import choose_file, click, finish, open_wizard

from app.queries.actions import action_rows
from app.queries.structure import priority_tree
from ui.importing.rows_model import COL_ROLE, FIRST_CELL
from ui.importing.rows_page import REDRAWING

LEAD = FIRST_CELL + 3


def rows_page(qtbot, main_window, tmp_path):
    main_window.show()
    wizard = open_wizard(main_window)
    choose_file(qtbot, wizard, write_csv(tmp_path / "plan.csv", ROWS))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.rows_page
    return wizard, wizard.rows_page


def read_as(page) -> list[str]:
    return [page.model.index(row, COL_ROLE).data() for row in range(page.model.rowCount())]


def redrawn(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.pending)
    assert page.status.text() != REDRAWING


def cell_position(page, row: int, column: int):
    page.view.scrollTo(page.model.index(row, column))
    return page.view.visualRect(page.model.index(row, column)).center()


def right_click(qtbot, page, row: int, column: int = COL_ROLE):
    """A right click: the press selects the row, then the window system sends the context-menu event."""
    position = cell_position(page, row, column)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.RightButton, pos=position)
    QApplication.sendEvent(
        page.view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, page.view.viewport().mapToGlobal(position)),
    )
    assert page.menu is not None and page.menu.isVisible()
    return page.menu


def right_click_selection(qtbot, page, row: int):
    """A right click on a row already selected keeps the whole selection, as in any list."""
    position = cell_position(page, row, COL_ROLE)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, page.view.viewport().mapToGlobal(position))
    QApplication.sendEvent(page.view.viewport(), event)
    return page.menu


def menu_action(menu, text: str):
    for action in menu.actions():
        if action.menu() is not None:
            found = menu_action(action.menu(), text)
            if found is not None:
                return found
        elif action.text().startswith(text):
            return action
    return None


def choose(menu, text: str) -> str:
    """Pick a menu entry as a click would: the entry runs and the menu closes."""
    action = menu_action(menu, text)
    assert action is not None and action.isEnabled(), text
    action.trigger()
    menu.close()
    return action.text()


def tree_texts(page) -> list[str]:
    texts = []
    for n in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(n)
        texts.append(top.text(0))
        for m in range(top.childCount()):
            texts.append("  " + top.child(m).text(0))
            texts.extend("    " + top.child(m).child(k).text(0) for k in range(top.child(m).childCount()))
    return texts


def test_every_row_is_listed_with_its_role_and_the_plan_beside_it(qtbot, main_window, tmp_path):
    _wizard, page = rows_page(qtbot, main_window, tmp_path)
    assert read_as(page) == [
        "column headers",
        "action 1.1.1",
        "action 1.1.2",
        "continues 1.1.2",
        "objective 1.1",
        "action 1.1.3",
    ]
    assert page.model.index(0, FIRST_CELL + 4).data() == "Timescale [Timescale]"
    assert page.model.index(2, FIRST_CELL + 2).data() == "Train front line staff ⏎ Publish the guidance"
    assert tree_texts(page)[0] == "1 Priority 1"
    # choosing an action in the plan selects the row it came from
    item = page.tree.action_items["1.1.3"]
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)  # spans every column: click on the text at its left
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 20, rect.center().y()))
    assert page.view.currentIndex().row() == 5


def test_correcting_rows_then_importing_stores_the_corrected_plan(qtbot, main_window, tmp_path):
    wizard, page = rows_page(qtbot, main_window, tmp_path)

    # the heading the importer took for an objective is made a priority heading from the row's menu
    choose(right_click(qtbot, page, 4), "Read as priority heading")
    redrawn(qtbot, page)
    assert read_as(page)[4:] == ["priority 2 — your choice", "action 2.1.1"]
    assert "2 Tackling offending" in tree_texts(page)

    # two actions written as two lines of one cell: split at the second line
    assert choose(right_click(qtbot, page, 2), "Before line 2") == "Before line 2: “Publish the guidance”"
    redrawn(qtbot, page)
    assert read_as(page)[2:5] == ["action 1.1.2", "action 1.1.3 — your choice", "continues 1.1.3"]

    # the new action's lead is corrected by typing in its cell
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell_position(page, 3, LEAD))
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell_position(page, 3, LEAD))
    editor = page.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.text() == "Police"
    editor.selectAll()
    qtbot.keyClicks(editor, "Council")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(wizard.corrections) == 3)  # the view commits the editor on its next turn
    redrawn(qtbot, page)
    assert page.model.index(3, LEAD).data() == "Council"

    # join the last row to the one above with Ctrl+J, change your mind, and undo it
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell_position(page, 6, COL_ROLE))
    wizard.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    redrawn(qtbot, page)
    assert read_as(page)[6] == "continues 1.1.3 — your choice"
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    redrawn(qtbot, page)
    assert read_as(page)[6] == "action 2.1.1"

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert "2 priorities" in wizard.review_page.summary.text()
    finish(qtbot, wizard)
    plan = main_window.plan_uuid
    stored = {(row.ref, row.activity, row.lead_name) for row in action_rows(main_window.ctx.db, plan)}
    assert stored == {
        ("1.1.1", "Map the services 1.1.2 Agree the referral pathway", "CSP"),
        ("1.1.2", "Train front line staff", "Police"),
        ("1.1.3", "Publish the guidance and its easy-read version", "Council"),
        ("2.1.1", "Run the offender scheme", "Probation"),
    }
    priorities = priority_tree(main_window.ctx.db, plan)
    assert [(p.code, p.title) for p in priorities] == [("1", "Priority 1"), ("2", "Tackling offending")]
    assert [o.text for o in priorities[1].objectives] == ["Reduce reoffending"]


def test_corrections_saved_from_the_review_give_the_command_line_the_same_plan(
    qtbot, main_window, tmp_path, monkeypatch, capsys
):
    from app.cli import parse_args, run_command
    from ui.common import prompts

    wizard, page = rows_page(qtbot, main_window, tmp_path)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell_position(page, 4, COL_ROLE))
    page.role.setFocus()
    qtbot.keyClick(page.role, Qt.Key.Key_Up)  # "Objective" -> "Priority heading" in the Read as box
    redrawn(qtbot, page)
    assert read_as(page)[4] == "priority 2 — your choice"
    saved = tmp_path / "fixes.json"
    monkeypatch.setattr(prompts, "save_path", lambda *args: saved)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "1 correction(s) saved to fixes.json."

    other = tmp_path / "cli"
    args = ["--data-dir", str(other), "import", str(tmp_path / "plan.csv"), "--corrections", str(saved), "--dry-run"]
    assert run_command(parse_args(args)) == 0
    printed = capsys.readouterr().out
    assert "  2 Tackling offending" in printed and "Priorities: 2" in printed
    wizard.reject()


def test_a_broken_corrections_file_is_explained_by_the_command_line(tmp_path, capsys):
    from app.cli import parse_args, run_command

    saved = tmp_path / "fixes.json"
    saved.write_text('[{"table": 1, "row": 0, "role": "action"}]', encoding="utf-8")
    plan = write_csv(tmp_path / "plan.csv", ROWS)
    args = ["--data-dir", str(tmp_path / "data"), "import", str(plan), "--corrections", str(saved), "--dry-run"]
    assert run_command(parse_args(args)) == 1
    assert (
        "fixes.json: entry 1 cannot be read (ValueError: table, row and part count from 1)." in capsys.readouterr().err
    )


def test_a_pdf_plan_column_meaning_is_set_once_for_every_table_with_the_same_headers(qtbot, main_window, tmp_path):
    from pdf_plans import plan_pdf

    main_window.show()
    wizard = open_wizard(main_window)
    choose_file(qtbot, wizard, plan_pdf(tmp_path / "plan.pdf", actions=6))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    columns = wizard.mapping_page
    timescale = columns.mapping.cellWidget(0, 4)
    assert timescale.currentText() == "Timescale"
    timescale.setCurrentIndex(timescale.findData("comments"))  # "By when" read as a comment, in both tables
    assert "Also set in 1 other table with the same headers." in columns.header_note.text()
    assert [t.mapping.fields[4] for t in wizard.preview.tables[:2]] == ["comments", "comments"]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    page = wizard.rows_page
    header = next(n for n, row in enumerate(page.model.rows) if row.key == (1, 0, 0))  # table 2's header row
    assert page.model.index(header, FIRST_CELL + 4).data() == "By when [Comment / progress]"
    choose(right_click(qtbot, page, header, FIRST_CELL + 4), "Timescale")
    redrawn(qtbot, page)
    assert page.status.text() == "Column E set for 2 table(s) with these headers."
    assert {action.timescale for action in wizard.preview.draft.actions} == {
        "March 2023",
        "Ongoing",
        "2024",
        "June 2024",
    }


def test_a_scanned_pdf_is_explained_on_the_first_page(qtbot, main_window, tmp_path):
    from pdf_plans import scanned_pdf

    wizard = open_wizard(main_window)
    choose_file(qtbot, wizard, scanned_pdf(tmp_path / "scan.pdf"))
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.text().startswith("Cannot import: scan.pdf: the PDF holds pictures of pages (a scan)")


def test_leaving_every_row_out_is_explained_and_undone(qtbot, main_window, tmp_path):
    wizard, page = rows_page(qtbot, main_window, tmp_path)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell_position(page, 1, COL_ROLE))
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select every row
    choose(right_click_selection(qtbot, page, 3), "Read as left out")
    redrawn(qtbot, page)
    assert page.error.text().startswith("Cannot import: plan.csv: no actions were found")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    redrawn(qtbot, page)
    assert page.error.text() == "" and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert read_as(page)[1] == "action 1.1.1"


def test_corrections_made_faster_than_the_redraw_all_count_and_the_newest_plan_is_shown(qtbot, main_window, tmp_path):
    wizard, page = rows_page(qtbot, main_window, tmp_path)
    choose(right_click(qtbot, page, 4), "Read as priority heading")
    assert page.pending and page.status.text() == REDRAWING  # no waiting: the next click goes straight in
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose(right_click(qtbot, page, 3), "Read as action")
    redrawn(qtbot, page)
    assert read_as(page)[3:5] == ["action 1.1.3 — your choice", "priority 2 — your choice"]
    assert wizard.preview.actions == 4 and wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_cell_is_corrected_from_the_keyboard_alone(qtbot, main_window, tmp_path):
    wizard, page = rows_page(qtbot, main_window, tmp_path)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, COL_ROLE))
    for _step in range(5):
        qtbot.keyClick(page.view, Qt.Key.Key_Down)  # to the row of the offender scheme
    for _step in range(LEAD - COL_ROLE):
        qtbot.keyClick(page.view, Qt.Key.Key_Right)  # to its Lead cell
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Probation"
    editor.selectAll()
    qtbot.keyClicks(editor, "Probation Service")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(wizard.corrections) == 1)
    redrawn(qtbot, page)
    assert wizard.preview.draft.actions[-1].lead == "Probation Service"
