"""The Timeline tab in the main window, driven as a user would: mouse, keys and menu items."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from app.queries.actions import action_rows
from app.timeline.rows import BarKind, GroupBy
from ui.common import prompts
from ui.timeline.install import show_timeline
from ui.timeline.layout import ROW_HEIGHT


@pytest.fixture
def timeline(demo_plan, main_window, qtbot):
    """The window on the demo plan with the Timeline tab showing."""
    window = main_window
    window.show()
    qtbot.waitExposed(window)
    return show_timeline(window)


def view_menu_action(window, text):
    timeline_menu = next(a.menu() for a in window.menus["view"].actions() if a.text() == "&Timeline")
    return next(a for a in timeline_menu.actions() if a.text() == text)


def bar_point(canvas, uuid, at_end=False):
    placed = canvas.layout_.by_uuid[uuid]
    canvas.ensure_visible(placed)
    return canvas.widget_point(placed.x1 if at_end else placed.x0, placed.y + ROW_HEIGHT / 2)


def first_bar(panel, kind):
    return next(bar for bar in panel.data.bars if bar.kind is kind)


def test_timeline_tab_and_view_menu_are_installed(timeline, main_window):
    assert main_window.tabs.tabText(main_window.tabs.indexOf(timeline.parentWidget())) == "Timeline"
    assert timeline.data is not None and len(timeline.data.bars) == 67
    lanes_by_lead = [lane.name for lane in timeline.data.lanes]
    view_menu_action(main_window, "Timeline lanes by priority").trigger()
    assert timeline.group_by is GroupBy.PRIORITY
    assert [lane.name for lane in timeline.data.lanes] != lanes_by_lead
    assert timeline.group_combo.currentText() == "Priority"
    view_menu_action(main_window, "Timeline lanes by status").trigger()
    assert timeline.canvas.layout_.lanes[0].lane.name == "Not started (Grey)"


def test_clicking_a_bar_selects_the_action_in_the_table_and_back(timeline, main_window, qtbot):
    canvas = timeline.canvas
    bar = first_bar(timeline, BarKind.MILESTONE)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=bar_point(canvas, bar.uuid))
    assert main_window.table.selected_uuids() == [bar.uuid]
    assert main_window.detail.isVisible()

    other = first_bar(timeline, BarKind.ONGOING)
    main_window.select_actions([other.uuid])
    assert canvas.selected == {other.uuid}
    assert canvas.focused_bar().bar.uuid == other.uuid


def test_table_filter_applies_to_the_timeline(timeline, main_window, qtbot):
    qtbot.keyClicks(main_window.filter_bar.search, "MARAC")
    qtbot.waitUntil(lambda: len(timeline.data.bars) < 67)
    shown = {bar.uuid for bar in timeline.data.bars}
    assert shown == set(main_window.visible_action_uuids())
    assert all("marac" in bar.activity.casefold() or "marac" in bar.lead.casefold() for bar in timeline.data.bars[:3])


def test_arrow_keys_walk_the_bars_enter_opens_and_plus_minus_zoom(timeline, main_window, qtbot):
    canvas = timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # first lane header
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # its first bar
    first = canvas.layout_.lanes[0].placed_in_time_order()[0].bar
    assert canvas.selected == {first.uuid}
    assert main_window.table.selected_uuids() == [first.uuid]
    description = canvas.accessibleDescription()
    for part in (first.ref, first.title, first.lead, first.status_label, f"{first.end.day} {first.end:%B %Y}"):
        assert part in description
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    second = canvas.focused_bar().bar
    assert second.uuid != first.uuid and main_window.table.selected_uuids() == [second.uuid]
    main_window.table.clearSelection()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert main_window.table.selected_uuids() == [second.uuid]

    before = canvas.per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.per_day == pytest.approx(before * 1.5)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.per_day == pytest.approx(before)


def test_lane_header_click_collapses_and_expands(timeline, qtbot):
    canvas = timeline.canvas
    lane = canvas.layout_.lanes[1]
    header = canvas.widget_point(50, lane.y + 5)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=header)
    collapsed = canvas.layout_.lanes[1]
    assert collapsed.collapsed and not collapsed.rows
    assert all(p.lane_index != 1 for p in canvas.layout_.by_uuid.values())
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=header)
    assert not canvas.layout_.lanes[1].collapsed


@pytest.mark.parametrize("agree", [True, False])
def test_dragging_a_milestone_reschedules_through_the_undo_stack(timeline, main_window, ctx, qtbot, monkeypatch, agree):
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: asked.append(args) or agree)
    canvas = timeline.canvas
    canvas.set_zoom(8.0)  # days wide enough to drop on an exact date
    bar = next(b for b in timeline.data.bars if b.kind is BarKind.MILESTONE and b.timescale_text == "April 2022")
    start = bar_point(canvas, bar.uuid, at_end=True)
    target = start + QPoint(round(15 * canvas.per_day), 0)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), pos=target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)

    row = next(r for r in action_rows(ctx.db, main_window.plan_uuid) if r.uuid == bar.uuid)
    assert row.due_date == date(2022, 5, 15)
    assert len(asked) == 1
    assert row.timescale_text == ("15 May 2022" if agree else "April 2022")
    assert main_window.undo_stack.canUndo()

    main_window.undo_stack.undo()
    row = next(r for r in action_rows(ctx.db, main_window.plan_uuid) if r.uuid == bar.uuid)
    assert (row.due_date, row.timescale_text) == (date(2022, 4, 30), "April 2022")
    assert timeline.canvas.layout_.by_uuid[bar.uuid].bar.due == date(2022, 4, 30)


def test_export_png_and_pdf_from_the_view_menu(timeline, main_window, tmp_path, monkeypatch):
    png, pdf = tmp_path / "timeline.png", tmp_path / "timeline.pdf"
    paths = iter([png, pdf])
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: next(paths))
    view_menu_action(main_window, "Export timeline as PNG…").trigger()
    image = QImage(str(png))
    layout = timeline.canvas.layout_
    assert image.width() == round(layout.width) and image.height() > layout.height  # whole chart, axis on top

    view_menu_action(main_window, "Export timeline as PDF (A3 landscape)…").trigger()
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_pdf_export_prints_collapsed_lanes_as_their_header_only(timeline, main_window, tmp_path, monkeypatch):
    canvas = timeline.canvas
    lane = max(timeline.data.lanes, key=lambda lane: len(lane.bars))
    canvas.toggle_lane(lane.key)
    assert lane.key in canvas.collapsed
    paths = iter([tmp_path / "collapsed.pdf", tmp_path / "open.pdf"])
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: next(paths))
    view_menu_action(main_window, "Export timeline as PDF (A4 landscape)…").trigger()
    canvas.set_all_collapsed(False)
    view_menu_action(main_window, "Export timeline as PDF (A4 landscape)…").trigger()

    def text(name):
        return "\n".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)

    collapsed, expanded = text("collapsed.pdf"), text("open.pdf")
    assert lane.title in collapsed and lane.title in expanded
    hidden = [bar.label for bar in lane.bars]
    assert all(label[:20] in expanded for label in hidden)
    assert not any(label[:20] in collapsed for label in hidden)


def test_a_hidden_timeline_catches_up_with_the_filter_when_shown(timeline, main_window, qtbot):
    main_window.tabs.setCurrentIndex(0)  # the table, as while typing a search
    before = timeline.data
    qtbot.keyClicks(main_window.filter_bar.search, "MARAC")
    assert timeline.data is before  # typing into the search box did not rebuild the hidden chart
    show_timeline(main_window)
    shown = {bar.uuid for bar in timeline.data.bars}
    assert shown == set(main_window.visible_action_uuids()) and 0 < len(shown) < 67


def test_the_key_asks_for_every_line_it_wraps_onto(timeline, qtbot):
    from ui.timeline.legend import SWATCH

    legend = timeline.legend
    wide_lines = max(y for *_rest, y, _w in legend._placed(2000))
    narrow_lines = max(y for *_rest, y, _w in legend._placed(300))
    assert wide_lines < narrow_lines
    legend.resize(300, legend.height())
    assert legend.minimumHeight() >= narrow_lines + SWATCH


def test_an_action_picked_in_the_table_is_shown_when_the_timeline_opens(timeline, main_window, qtbot):
    search = main_window.filter_bar.search
    qtbot.keyClicks(search, "zzz")  # the chart, showing, now has no bars at all
    assert not timeline.data.bars
    main_window.tabs.setCurrentIndex(0)
    search.clear()
    qtbot.keyClicks(search, "MARAC")  # the hidden chart is now out of date
    last = main_window.visible_action_uuids()[-1]
    main_window.select_actions([last])
    show_timeline(main_window)
    canvas = timeline.canvas
    assert canvas.selected == {last}
    bar = next(bar for bar in timeline.data.bars if bar.uuid == last)
    assert bar.ref in canvas.accessibleDescription()  # focused and announced to screen readers


def test_the_key_is_readable_on_a_dark_window(timeline, qtbot):
    from PySide6.QtGui import QColor, QPalette

    from ui.timeline.legend import SWATCH

    legend = timeline.legend
    dark = legend.palette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    legend.setPalette(dark)
    legend.setAutoFillBackground(True)
    image = legend.grab().toImage()
    # The words beside the first swatch ("Not started") must be light on the dark background.
    words = [
        QColor(image.pixel(x, y)).lightness() for x in range(SWATCH + 14, SWATCH + 70) for y in range(6, 6 + SWATCH)
    ]
    assert max(words) > 180


def test_zooming_in_and_out_places_every_bar_as_a_fresh_layout_would(timeline, qtbot):
    canvas = timeline.canvas
    canvas.setFocus()

    def places():
        return {
            u: (p.lane_index, p.row, p.y, p.x0, p.x1, p.label, p.extent_end) for u, p in canvas.layout_.by_uuid.items()
        }

    fresh = {}
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        qtbot.keyClick(canvas, key)
        zoomed = places()
        canvas.geometry = None  # nothing to move: every bar made and laid out anew at the same zoom
        canvas.set_zoom(canvas.per_day)
        fresh = places()
        assert zoomed == fresh
    assert len(fresh) > 10
