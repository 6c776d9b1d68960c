"""The returns and export menus driven as a user would: menu, file picker, preview, import, undo."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows, progress_history
from app.returns import issue_requests, request_records
from exports.returns.workbook import UPDATES_SHEET
from ui.common import prompts
from ui.returns.dialogs import ImportReturnsDialog
from ui.returns.request_dialog import RequestUpdatesDialog


@pytest.fixture
def window(main_window, small_plan):
    main_window.open_plan(small_plan)
    return main_window


@pytest.fixture
def returned(ctx, small_plan, tmp_path):
    lead = lead_rows(ctx.db, small_plan)[0]
    path = issue_requests(ctx, small_plan, [lead.uuid], tmp_path).issued[0].workbook
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[UPDATES_SHEET]
    sheet["F2"], sheet["G2"] = "Complete", "Contract awarded."
    sheet["F3"] = "Smashing"
    workbook.save(path)
    return path


def test_import_returns_menu_previews_then_applies_one_undoable_step(
    qtbot, window, ctx, small_plan, returned, monkeypatch
):
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [returned])
    window.actions["import_returns"].trigger()
    dialog = window.dialogs["returns"]
    assert isinstance(dialog, ImportReturnsDialog) and dialog.isVisible()
    # The workbooks are read off the UI thread; until then nothing can be imported.
    assert dialog.summary.text() == "Reading 1 workbook(s)…" and not dialog.import_button.isEnabled()
    wait_for_preview(qtbot, dialog)
    model = dialog.changes_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(4)] == [
        "1.1.1", "Activity 1", "On track → Complete", "Contract awarded.",
    ]  # fmt: skip
    assert dialog.problems.count() == 1
    assert "row 3, column F (New status): 'Smashing' is not a status" in dialog.problems.item(0).text()
    assert dialog.summary.text() == "1 action(s) will be updated."
    assert action_rows(ctx.db, small_plan)[0].status == "On track"

    with qtbot.waitSignal(dialog.finished, timeout=10000):  # applied off the UI thread
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    first = action_rows(ctx.db, small_plan)[0]
    assert first.status == "Complete"
    assert progress_history(ctx.db, first.uuid)[0].author == "Community Safety Team"
    assert window.undo_stack.count() == 1
    assert window.model.index(0, 0).data() is not None

    window.actions["undo"].trigger()
    first = action_rows(ctx.db, small_plan)[0]
    assert first.status == "On track" and progress_history(ctx.db, first.uuid) == []


def wait_for_preview(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.summary.text().startswith("Reading"), timeout=10000)


def test_files_changed_while_reading_show_only_the_latest_choice(qtbot, window, returned, tmp_path, monkeypatch):
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [junk])
    window.actions["import_returns"].trigger()
    dialog = window.dialogs["returns"]
    dialog.set_paths([returned])  # chosen again before the first read reported
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        pass
    qtbot.wait(200)  # the first, stale read reports too, and must change nothing
    assert dialog.paths == [returned]
    assert dialog.changes_model.rowCount() == 1 and dialog.import_button.isEnabled()
    assert not any("notes.xlsx" in dialog.problems.item(n).text() for n in range(dialog.problems.count()))
    dialog.reject()


def test_import_button_stays_off_when_nothing_can_be_imported(qtbot, window, tmp_path, monkeypatch):
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [junk])
    window.actions["import_returns"].trigger()
    dialog = window.dialogs["returns"]
    wait_for_preview(qtbot, dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.item(0).text() == "Not imported — notes.xlsx: this is not an Excel .xlsx workbook."
    dialog.reject()


def test_request_updates_dialog_writes_workbooks_for_ticked_leads(
    qtbot, window, ctx, small_plan, tmp_path, monkeypatch
):
    shown = []
    refused = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details=None: refused.append(text))
    monkeypatch.setattr(prompts, "open_folder", lambda *args, **kwargs: tmp_path)
    window.actions["request_updates"].trigger()
    dialog = window.dialogs["returns"]
    assert isinstance(dialog, RequestUpdatesDialog)
    assert dialog.leads.count() == 1
    assert dialog.leads.item(0).text() == "Community Safety Team — 3 action(s) — no email address"
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and refused == ["Tick at least one lead."]
    dialog.leads.item(0).setCheckState(Qt.CheckState.Checked)
    browse = next(b for b in dialog.findChildren(type(dialog.write_button)) if b.text() == "&Browse…")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(tmp_path)
    qtbot.mouseClick(dialog.email_drafts, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=10000):  # written off the UI thread
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert sorted(p.suffix for p in tmp_path.iterdir() if p.is_file()) == [".eml", ".xlsx"]
    assert len(request_records(ctx.db, small_plan)) == 1
    assert "Wrote 1 workbook(s)" in shown[-1]


def test_file_export_menu_writes_each_format(qtbot, window, tmp_path, monkeypatch):
    targets = iter([tmp_path / "plan.xlsx", tmp_path / "plan.csv", tmp_path / "plan"])
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: next(targets))
    export = window.menus["file"].findChild(type(window.menus["file"]), "menu_export")
    assert [a.text() for a in export.actions()][:3] == ["&Excel workbook…", "&CSV…", "Calendar (.&ics)…"]
    for key in ("export_xlsx", "export_csv", "export_ics"):
        window.actions[key].trigger()
        qtbot.waitUntil(lambda: window.progress_dialog is None, timeout=10000)  # written off the UI thread
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["plan.csv", "plan.ics", "plan.xlsx"]
    assert "3 due dates" in window.statusBar().currentMessage()


def test_returns_and_export_actions_need_an_open_plan(main_window):
    assert main_window.plan_uuid is None
    for key in ("request_updates", "import_returns", "export_xlsx", "export_csv", "export_ics"):
        assert not main_window.actions[key].isEnabled()


def test_reading_many_returns_shows_progress_and_can_be_stopped(qtbot, window, returned, tmp_path, monkeypatch):
    import threading

    import app.returns.imports as returns_imports

    copies = []
    for n in range(3):
        copy = tmp_path / f"return-{n}.xlsx"
        copy.write_bytes(returned.read_bytes())
        copies.append(copy)
    gate, read = threading.Event(), []
    real_reader = returns_imports.read_returned_workbook

    def slow_reader(path):
        gate.wait(10)  # the first workbook is still being read when the user presses Stop
        read.append(path.name)
        return real_reader(path)

    monkeypatch.setattr(returns_imports, "read_returned_workbook", slow_reader)
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [])
    window.actions["import_returns"].trigger()
    dialog = window.dialogs["returns"]
    dialog.set_paths(copies)
    qtbot.waitUntil(lambda: dialog.summary.text() == "Reading 1 of 3: return-0.xlsx…", timeout=10000)
    assert dialog.stop_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert read == ["return-0.xlsx"]  # the other two were never opened
    assert dialog.summary.text().startswith("Reading stopped")
    assert not dialog.import_button.isEnabled() and not dialog.stop_button.isEnabled()
    assert dialog.changes_model.rowCount() == 0

    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.set_paths([copies[0]])  # choosing again reads afresh
    assert dialog.changes_model.rowCount() == 1 and dialog.import_button.isEnabled()
    dialog.reject()
