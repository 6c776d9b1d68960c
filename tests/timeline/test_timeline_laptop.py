"""The timeline on a council laptop: one-line lane names, zoom that keeps its point, Fit, far dates, dark mode."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from app.editing.commands import CreateRecord, SetFields
from app.queries.actions import action_rows
from app.timeline.rows import BarKind
from models import Lead
from ui.timeline.install import show_timeline
from ui.timeline.layout import LABEL_MAX_WIDTH


@pytest.fixture
def timeline(demo_plan, main_window, qtbot):
    window = main_window
    # A day inside the demo plan's period, as when it was in use.
    window.today = lambda: date(2022, 1, 5)
    window.open_plan(demo_plan.uuid)
    window.resize(1264, 672)  # 1280×720 less the frame
    window.show()
    qtbot.waitExposed(window)
    return show_timeline(window)


def shown_middle(canvas) -> date:
    view = canvas._view()
    right = min(view.left + view.width, canvas.layout_.scale.x_end(canvas.data.last_day))
    return canvas.layout_.scale.day_at((view.left + right) / 2)


def test_fit_fills_the_width_and_zoom_keeps_the_middle_in_place(timeline):
    canvas = timeline.canvas
    canvas.zoom_to_fit()
    chart_width = canvas.layout_.scale.x_end(canvas.data.last_day)
    assert chart_width >= 0.85 * canvas.viewport().width()
    before = shown_middle(canvas)
    canvas.zoom_in()
    canvas.zoom_in()
    assert abs((shown_middle(canvas) - before).days) <= 7
    view = canvas._view()
    assert canvas.layout_.scale.day_at(view.left + view.width / 2) == shown_middle(canvas)


def test_one_far_date_is_marked_at_the_edge_instead_of_squashing_the_chart(timeline, ctx, demo_plan, qtbot):
    canvas = timeline.canvas
    canvas.zoom_to_fit()
    normal = canvas.per_day
    far = next(r for r in action_rows(ctx.db, demo_plan.uuid) if r.due_date is not None)
    ctx.commands.execute(SetFields("action", far.uuid, {"timescale_text": "December 2035"}))
    qtbot.waitUntil(lambda: "2035" in canvas.layout_.by_uuid[far.uuid].label)
    assert canvas.data.last_day < date(2026, 1, 1)
    canvas.zoom_to_fit()
    assert canvas.per_day >= normal * 0.6  # the other bars keep their size
    placed = canvas.layout_.by_uuid[far.uuid]
    assert placed.label.endswith("→ Dec 2035")
    assert placed.x1 <= canvas.layout_.scale.x_end(canvas.data.last_day) + 20
    assert "December 2035" in placed.bar.describe()  # the tooltip keeps the real date


def test_lead_names_typed_over_several_lines_stay_on_one_line(timeline, ctx, demo_plan, qtbot):
    lead = CreateRecord("lead", {"plan_uuid": demo_plan.uuid, "name": "Community Safety"})
    ctx.commands.execute(lead)
    # Names are now refused with line breaks, but a database written before that rule holds them.
    with ctx.db.transaction() as session:
        session.execute(update(Lead).where(Lead.uuid == lead.uuid).values(name="Community Safety\nand Youth\nTeam"))
    unscheduled = next(bar for bar in timeline.data.bars if bar.kind is BarKind.UNSCHEDULED)
    ctx.commands.execute(SetFields("action", unscheduled.uuid, {"lead_uuid": lead.uuid}))
    qtbot.waitUntil(lambda: any("Youth" in lane.name for lane in timeline.canvas.data.lanes))
    canvas = timeline.canvas
    labels = [p.label for p in canvas.layout_.by_uuid.values()]
    assert labels and all("\n" not in label for label in labels)
    listed = [p for p in canvas.layout_.by_uuid.values() if p.bar.kind is BarKind.UNSCHEDULED]
    assert any("Community Safety and Youth Team" in p.label for p in listed)
    assert max(p.label_width for p in canvas.layout_.by_uuid.values() if p.bar.kind is not BarKind.UNSCHEDULED) <= (
        LABEL_MAX_WIDTH + 120
    )


def test_the_canvas_follows_a_dark_palette(timeline):
    canvas = timeline.canvas
    light = canvas.viewport().grab().toImage()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Mid, "#555555"),
        (QPalette.ColorRole.Highlight, "#3d6fb6"),
    ):
        dark.setColor(role, QColor(colour))
    canvas.setPalette(dark)
    image = canvas.viewport().grab().toImage()
    corner = (image.width() - 5, image.height() - 5)  # below the last lane: plain background
    assert QColor(light.pixel(*corner)).lightness() > 200
    assert QColor(image.pixel(*corner)).lightness() < 80


def ctrl_wheel(canvas, x: float, notches: int) -> None:
    """Ctrl and the mouse wheel over the chart at ``x``, as a user zooms."""
    where = QPointF(x, canvas.viewport().height() / 2)
    for _ in range(abs(notches)):
        event = QWheelEvent(
            where,
            canvas.viewport().mapToGlobal(where),
            QPoint(),
            QPoint(0, 120 if notches > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(canvas.viewport(), event)


def test_ctrl_wheel_keeps_the_point_under_the_mouse_in_place(timeline):
    canvas = timeline.canvas
    canvas.zoom_to_fit()
    x = canvas.viewport().width() * 0.3
    days = (canvas._view().left + x) / canvas.per_day
    ctrl_wheel(canvas, x, 4)  # in, well past whole days' width
    assert canvas.per_day > 2 * canvas.fit_per_day()
    assert (canvas._view().left + x) / canvas.per_day == pytest.approx(days, abs=1.5 / canvas.per_day)
    ctrl_wheel(canvas, x, -2)
    assert (canvas._view().left + x) / canvas.per_day == pytest.approx(days, abs=1.5 / canvas.per_day)


def test_plus_and_minus_keep_the_focused_bar_where_it_is(timeline, qtbot):
    canvas = timeline.canvas
    canvas.zoom_to_fit()
    canvas.setFocus()
    for _ in range(6):  # a bar some way into the chart, not the first
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    placed = canvas.focused_bar()
    assert placed is not None and placed.bar.kind is not BarKind.UNSCHEDULED

    def shown_middle_of_bar() -> float:
        bar, view = canvas.focused_bar(), canvas._view()
        return (max(bar.x0, view.left) + min(bar.x1, view.left + view.width)) / 2 - view.left

    where = shown_middle_of_bar()
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        qtbot.keyClick(canvas, key)
        assert shown_middle_of_bar() == pytest.approx(where, abs=2), key
    assert canvas.per_day > canvas.fit_per_day()
