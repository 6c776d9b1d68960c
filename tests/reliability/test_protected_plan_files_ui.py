"""File ▸ Export ▸ protected plan file, and merging a protected file: the passphrase is asked for."""

from __future__ import annotations

from app.context import AppContext
from app.plan_files.crypto import is_encrypted
from app.plans.listing import list_plans
from ui.common import prompts
from ui.plan_files.dialogs import MergeDialog
from ui.window.main_window import MainWindow


def _typed(monkeypatch, *answers):
    queue = list(answers)
    monkeypatch.setattr(prompts, "passphrase", lambda *args, **kwargs: queue.pop(0))
    return queue


def test_protected_export_then_merge_asks_for_the_passphrase(
    qtbot, main_window, small_plan, tmp_path, monkeypatch, said
):
    main_window.open_plan(small_plan)
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "protected.dplan")
    _typed(monkeypatch, "minutes-2024", "minutes-2024")
    main_window.actions["export_protected_plan_file"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)  # written off the UI thread
    written = tmp_path / "protected.dplan"
    assert is_encrypted(written.read_bytes()) and said[0][0] == "info"

    other = AppContext.open(tmp_path / "officer-b", user="officer-b")
    try:
        window_b = MainWindow(other)
        qtbot.addWidget(window_b)
        monkeypatch.setattr(prompts, "open_path", lambda *args, **kwargs: written)
        _typed(monkeypatch, "wrong guess")
        window_b.actions["merge_plan_file"].trigger()
        qtbot.waitUntil(lambda: len(said) == 2, timeout=10000)  # read off the UI thread
        assert said[-1][0] == "error" and "passphrase is not right" in said[-1][1]
        assert window_b.findChild(MergeDialog) is None and list_plans(other.db) == []

        _typed(monkeypatch, "minutes-2024")
        window_b.actions["merge_plan_file"].trigger()
        qtbot.waitUntil(lambda: window_b.findChild(MergeDialog) is not None, timeout=10000)
        dialog = window_b.findChild(MergeDialog)
        assert dialog.isVisible()
        dialog.accept()
        qtbot.waitUntil(lambda: window_b.plan_uuid is not None, timeout=10000)  # merged off the UI thread
        assert [p.action_count for p in list_plans(other.db)] == [3]
    finally:
        other.close()


def test_mistyped_confirmation_writes_nothing(qtbot, main_window, small_plan, tmp_path, monkeypatch, said):
    main_window.open_plan(small_plan)
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "x.dplan")
    _typed(monkeypatch, "minutes-2024", "minutes-2025")
    main_window.actions["export_protected_plan_file"].trigger()
    assert not (tmp_path / "x.dplan").exists()
    assert said == [("error", "The two passphrases differ; nothing was written.")]


def test_a_weak_passphrase_is_refused_before_anything_is_written(
    qtbot, main_window, small_plan, tmp_path, monkeypatch, said
):
    main_window.open_plan(small_plan)
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "x.dplan")
    _typed(monkeypatch, "x")
    main_window.actions["export_protected_plan_file"].trigger()
    assert not (tmp_path / "x.dplan").exists()
    assert said[0][0] == "error" and "at least 10 characters" in said[0][1]
