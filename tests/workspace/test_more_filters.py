"""On a short screen the less used filters fold away behind "More filters", so the table keeps rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.queries.filters import ActionFilter
from ui.workspace import filter_bar
from ui.workspace.filter_bar import FilterBar


def shown_bar(qtbot, ctx) -> FilterBar:
    bar = FilterBar(ctx)
    qtbot.addWidget(bar)
    with qtbot.waitActive(bar):
        bar.show()
        bar.activateWindow()
    return bar


def test_a_short_screen_folds_the_saved_filters_row_and_the_user_unfolds_it_from_the_keyboard(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(filter_bar, "SHORT_SCREEN", 100_000)  # every screen is short
    bar = shown_bar(qtbot, ctx)
    assert not bar.saved_row.isVisible() and not bar.more_button.isChecked()

    QTest.keyClick(bar, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks after a moment
    qtbot.waitUntil(lambda: bar.saved_row.isVisible() and bar.saved.isVisible())
    QTest.keyClick(bar, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not bar.saved_row.isVisible())


def test_a_folded_filter_in_force_is_shown_and_a_tall_screen_starts_unfolded(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(filter_bar, "SHORT_SCREEN", 100_000)
    bar = shown_bar(qtbot, ctx)
    bar.set_filter(ActionFilter(changed_since=date(2026, 1, 5)))
    assert bar.saved_row.isVisible() and bar.changed.isChecked()  # never a hidden filter
    bar.clear()
    assert not bar.saved_row.isVisible()

    monkeypatch.setattr(filter_bar, "SHORT_SCREEN", 0)  # no screen is short
    assert shown_bar(qtbot, ctx).saved_row.isVisible()
