"""Writing and reading plan files from the menus runs off the UI thread, behind a progress dialog
whose Cancel leaves no file and the database untouched; failures are explained."""

from __future__ import annotations

import threading

import pytest
from dplan_helpers import fingerprint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.context import AppContext
from app.editing.commands import SetFields
from app.plan_files.service import apply_merge, export_plan_file, preview_plan_file
from app.queries.actions import action_rows
from ui.common import prompts
from ui.plan_files import dialogs
from ui.plan_files.dialogs import MergeDialog


class Held:
    """Wraps one of the dialogs' workers: records the thread it runs on and waits for ``release``."""

    def __init__(self, monkeypatch, name: str) -> None:
        self.threads: list[threading.Thread] = []
        self.started, self.gate = threading.Event(), threading.Event()
        real = getattr(dialogs, name)

        def held(*args, **kwargs):
            self.threads.append(threading.current_thread())
            self.started.set()
            assert self.gate.wait(10)
            return real(*args, **kwargs)

        monkeypatch.setattr(dialogs, name, held)

    def release(self) -> None:
        self.gate.set()


def _wait_running(qtbot, window, held: Held) -> QProgressDialog:
    qtbot.waitUntil(held.started.is_set, timeout=10000)
    dialog = window.progress_dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    return dialog


def _cancel(qtbot, window, progress: QProgressDialog, held: Held) -> None:
    """Click Cancel while the work is held on its thread (the UI thread is free to take the click)."""
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    held.release()
    qtbot.waitUntil(lambda: window.progress_dialog is None, timeout=10000)


@pytest.fixture
def window(main_window, small_plan):
    main_window.open_plan(small_plan)
    return main_window


def test_export_writes_off_the_ui_thread_behind_a_progress_dialog(qtbot, window, tmp_path, monkeypatch, said):
    held = Held(monkeypatch, "export_plan_file")
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "for-b")
    window.actions["export_plan_file"].trigger()
    progress = _wait_running(qtbot, window, held)
    assert progress.windowTitle() == "Exporting the plan file"
    progress.grab().save(str(tmp_path / "export-progress.png"))
    held.release()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert held.threads[0] is not threading.main_thread()
    assert (tmp_path / "for-b.dplan").is_file() and "Wrote for-b.dplan with 3 actions" in said[0][1]
    assert window.progress_dialog is None


def test_cancelling_an_export_writes_no_file_and_leaves_the_database_untouched(
    qtbot, window, ctx, tmp_path, monkeypatch, said
):
    before = fingerprint(ctx)
    held = Held(monkeypatch, "export_plan_file")
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "never.dplan")
    window.actions["export_plan_file"].trigger()
    _cancel(qtbot, window, _wait_running(qtbot, window, held), held)
    assert not list(tmp_path.glob("*never.dplan*"))  # nor a half-written temporary beside it
    assert fingerprint(ctx) == before  # no sync snapshot remembered
    assert said == []  # the user cancelled: nothing to explain


def test_an_export_that_cannot_be_written_says_so(qtbot, window, ctx, tmp_path, monkeypatch, said):
    before = fingerprint(ctx)
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "no such folder" / "x.dplan")
    window.actions["export_plan_file"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said[0][0] == "error"
    assert said[0][1].startswith(f"Could not write {tmp_path / 'no such folder' / 'x.dplan'}: No such file")
    assert said[0][1].endswith("Nothing was written.")
    assert fingerprint(ctx) == before


@pytest.fixture
def their_file(ctx, small_plan, tmp_path):
    """The plan back from a colleague's copy with one field changed there."""
    export_plan_file(ctx.db, small_plan, tmp_path / "to-b.dplan", "A")
    other = AppContext.open(tmp_path / "officer-b", user="officer-b")
    try:
        apply_merge(other, preview_plan_file(other.db, tmp_path / "to-b.dplan"))
        uuid = next(r.uuid for r in action_rows(other.db, small_plan) if r.ref == "1.1.1")
        other.commands.execute(SetFields("action", uuid, {"activity": "Reworded by B"}))
        export_plan_file(other.db, small_plan, tmp_path / "from-b.dplan", "B")
    finally:
        other.close()
    return tmp_path / "from-b.dplan"


def test_the_merge_preview_is_read_off_the_ui_thread_then_the_dialog_shows(
    qtbot, window, their_file, monkeypatch, said
):
    held = Held(monkeypatch, "preview_plan_file")
    monkeypatch.setattr(prompts, "open_path", lambda *args, **kwargs: their_file)
    window.actions["merge_plan_file"].trigger()
    progress = _wait_running(qtbot, window, held)
    assert progress.windowTitle() == "Reading the plan file"
    assert window.findChild(MergeDialog) is None  # not before the file is read
    held.release()
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is not None, timeout=10000)
    assert held.threads[0] is not threading.main_thread()
    assert window.findChild(MergeDialog).changes.item(0).text() == "Actions: 1 changed"
    assert said == []


def test_cancelling_the_merge_preview_shows_nothing_and_changes_nothing(
    qtbot, window, ctx, their_file, monkeypatch, said
):
    before = fingerprint(ctx)
    held = Held(monkeypatch, "preview_plan_file")
    monkeypatch.setattr(prompts, "open_path", lambda *args, **kwargs: their_file)
    window.actions["merge_plan_file"].trigger()
    _cancel(qtbot, window, _wait_running(qtbot, window, held), held)
    assert window.findChild(MergeDialog) is None and said == []
    assert fingerprint(ctx) == before
