"""File → Export plan file… and Merge plan file… driven as a user would."""

from __future__ import annotations

import pytest
from dplan_helpers import fingerprint
from PySide6.QtCore import Qt

from app.context import AppContext
from app.editing.commands import SetFields
from app.plan_files.service import apply_merge, export_plan_file, preview_plan_file
from app.plans.listing import list_plans
from app.queries.actions import action_rows
from ui.common import prompts
from ui.plan_files.dialogs import MergeDialog


@pytest.fixture
def messages(monkeypatch):
    said = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: said.append(("info", text)))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details=None: said.append(("error", text)))
    return said


@pytest.fixture
def officer_b(ctx, small_plan, tmp_path):
    export_plan_file(ctx.db, small_plan, tmp_path / "to-b.dplan", "A")
    other = AppContext.open(tmp_path / "officer-b", user="officer-b")
    apply_merge(other, preview_plan_file(other.db, tmp_path / "to-b.dplan"))
    yield other
    other.close()


def _status(ctx, plan, ref):
    return next(r.status for r in action_rows(ctx.db, plan) if r.ref == ref)


def _open_merge(qtbot, window, monkeypatch, path) -> MergeDialog:
    monkeypatch.setattr(prompts, "open_path", lambda *args, **kwargs: path)
    window.actions["merge_plan_file"].trigger()
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is not None, timeout=10000)  # read off the UI thread
    dialog = window.findChild(MergeDialog)
    assert dialog.isVisible()
    return dialog


def test_export_writes_the_plan_file_the_user_names(qtbot, main_window, small_plan, tmp_path, monkeypatch, messages):
    main_window.open_plan(small_plan)
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "for-b")
    main_window.actions["export_plan_file"].trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)  # written off the UI thread
    written = tmp_path / "for-b.dplan"
    assert preview_plan_file(main_window.ctx.db, written).plan_uuid == small_plan
    assert messages == [("info", messages[0][1])] and "Wrote for-b.dplan with 3 actions" in messages[0][1]


def test_merge_shows_conflicts_side_by_side_and_one_undo_takes_it_back(
    qtbot, main_window, ctx, small_plan, officer_b, tmp_path, monkeypatch
):
    main_window.resize(1100, 700)
    main_window.open_plan(small_plan)
    ids = {r.ref: r.uuid for r in action_rows(ctx.db, small_plan)}
    ctx.commands.execute(SetFields("action", ids["1.1.2"], {"status": "At risk"}))
    officer_b.commands.execute(SetFields("action", ids["1.1.2"], {"status": "Off track"}))
    officer_b.commands.execute(SetFields("action", ids["1.1.1"], {"activity": "Reworded by B"}))
    export_plan_file(officer_b.db, small_plan, tmp_path / "from-b.dplan", "B")

    dialog = _open_merge(qtbot, main_window, monkeypatch, tmp_path / "from-b.dplan")
    table = dialog.table
    assert [table.item(0, c).text() for c in range(4)] == ["Action 1.1.2 – status", "On track", "At risk", "Off track"]
    assert dialog.changes.item(0).text() == "Actions: 1 changed"
    assert not dialog.apply_button.isEnabled()
    dialog.combo(0).setCurrentIndex(dialog.combo(0).findData("theirs"))
    assert dialog.apply_button.isEnabled()
    assert dialog.grab().save(str(tmp_path / "plan-file-merge.png"))  # the dialog paints; docs/ is left alone
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.undo_stack.count() == 1, timeout=10000)  # merged off the UI thread

    assert _status(ctx, small_plan, "1.1.2") == "Off track"
    assert any(r.activity == "Reworded by B" for r in action_rows(ctx.db, small_plan))
    assert main_window.undo_stack.undoText() == "Merge plan file from-b.dplan"
    main_window.actions["undo"].trigger()
    assert _status(ctx, small_plan, "1.1.2") == "At risk"
    assert not any(r.activity == "Reworded by B" for r in action_rows(ctx.db, small_plan))


def test_a_new_plan_is_imported_and_opened(qtbot, main_window, ctx, small_plan, tmp_path, monkeypatch):
    path = tmp_path / "small.dplan"
    export_plan_file(ctx.db, small_plan, path, "A")
    other = AppContext.open(tmp_path / "elsewhere", user="c")
    try:
        from ui.window.main_window import MainWindow

        window = MainWindow(other)
        qtbot.addWidget(window)
        dialog = _open_merge(qtbot, window, monkeypatch, path)
        assert "is not held here" in dialog.heading.text() and not dialog.table.isVisible()
        assert dialog.apply_button.text() == "Import"
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.plan_uuid == small_plan, timeout=10000)
        assert window.model.rowCount() == 3
        window.actions["undo"].trigger()
        assert list_plans(other.db) == []
        window.close()
    finally:
        other.close()


def test_a_plan_file_import_undone_is_brought_back_by_redo(qtbot, ctx, small_plan, tmp_path, monkeypatch):
    path = tmp_path / "small.dplan"
    export_plan_file(ctx.db, small_plan, path, "A")
    other = AppContext.open(tmp_path / "elsewhere", user="c")
    try:
        from ui.window.main_window import MainWindow

        window = MainWindow(other)
        qtbot.addWidget(window)
        dialog = _open_merge(qtbot, window, monkeypatch, path)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.plan_uuid == small_plan, timeout=10000)
        uuids = {r.uuid for r in action_rows(other.db, small_plan)}
        window.actions["undo"].trigger()
        qtbot.waitUntil(lambda: window.plan_uuid is None)
        assert window.actions["redo"].isEnabled()
        window.actions["redo"].trigger()
        qtbot.waitUntil(lambda: window.plan_uuid == small_plan)
        assert {window.model.row_at(r).uuid for r in range(window.model.rowCount())} == uuids
        window.close()
    finally:
        other.close()


def test_a_tampered_file_is_explained_and_changes_nothing(
    qtbot, main_window, ctx, small_plan, tmp_path, monkeypatch, messages
):
    path = tmp_path / "broken.dplan"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    before = fingerprint(ctx)
    monkeypatch.setattr(prompts, "open_path", lambda *args, **kwargs: path)
    main_window.actions["merge_plan_file"].trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)  # read off the UI thread
    assert main_window.findChild(MergeDialog) is None
    assert messages[0][0] == "error" and "broken.dplan is damaged or incomplete" in messages[0][1]
    assert fingerprint(ctx) == before
