"""The Timeline tab: toolbar, chart and key, plus the slots that turn what the user does into app calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from app.context import AppContext
from app.editing.commands import Command, SetFields
from app.editing.events import Change
from app.plans.listing import PlanNotFoundError
from app.queries.filters import ActionFilter
from app.timeline.rows import GroupBy, TimelineData, load_timeline, rescheduled_timescale
from models.snapshots.rows import ActionRow
from ui.common import prompts
from ui.common.reflow import ReflowRow, cell
from ui.timeline.canvas import TimelineCanvas
from ui.timeline.legend import TimelineLegend
from ui.window.change_signal import ChangeSignal

GROUP_LABELS = {GroupBy.LEAD: "Lead", GroupBy.PRIORITY: "Priority", GroupBy.STATUS: "Status"}
PAGE_SIZES = ("A4", "A3")  # landscape; reportlab is imported when a PDF is exported, not at start-up
REFRESHING_ENTITIES = {"action", "lead", "priority", "objective", "meeting", "plan", "progress"}


class TimelinePanel(QWidget):
    selection_requested = Signal(list)  # action uuids chosen on the chart
    open_requested = Signal(str)  # Enter or double-click on a bar

    def __init__(
        self,
        ctx: AppContext,
        run_command: Callable[[Command], bool],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline")
        self.ctx = ctx
        self.run_command = run_command
        self.today = today
        self.plan_uuid: str | None = None
        self.group_by = GroupBy.LEAD
        self.include: Callable[[ActionRow], bool] | None = None
        self.data: TimelineData | None = None
        self._stale = False
        self.canvas = TimelineCanvas(self)
        self.legend = TimelineLegend(self)
        self._build_actions()
        self._build_layout()
        self.canvas.bar_selected.connect(lambda uuid: self.selection_requested.emit([uuid]))
        self.canvas.bar_activated.connect(self.open_requested)
        self.canvas.reschedule_requested.connect(self.reschedule)
        self.canvas.zoom_changed.connect(self._show_zoom)
        self._changes = ChangeSignal(ctx.bus, self)
        self._changes.changed.connect(self._on_change)

    def _build_actions(self) -> None:
        self.group_actions: dict[GroupBy, QAction] = {}
        group = QActionGroup(self)
        for group_by, label in GROUP_LABELS.items():
            action = QAction(f"Timeline lanes by {label.lower()}", self, checkable=True)
            action.setChecked(group_by is self.group_by)
            action.triggered.connect(lambda _checked=False, g=group_by: self.set_group_by(g))
            group.addAction(action)
            self.group_actions[group_by] = action
        self.zoom_in_action = self._action("Zoom timeline in", self.canvas.zoom_in, "Ctrl+=")
        self.zoom_out_action = self._action("Zoom timeline out", self.canvas.zoom_out, "Ctrl+-")
        self.zoom_fit_action = self._action("Whole plan", self.canvas.zoom_to_fit, "Ctrl+0")
        self.collapse_action = self._action("Collapse all lanes", lambda: self.canvas.set_all_collapsed(True))
        self.expand_action = self._action("Expand all lanes", lambda: self.canvas.set_all_collapsed(False))
        self.export_png_action = self._action("Export timeline as PNG…", self.export_png_dialog)
        self.export_pdf_actions = {
            name: self._action(f"Export timeline as PDF ({name} landscape)…", lambda n=name: self.export_pdf_dialog(n))
            for name in PAGE_SIZES
        }

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:  # only while the timeline has focus, so the table's own shortcuts stay free
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_layout(self) -> None:
        self.group_combo = QComboBox(self)
        self.group_combo.setAccessibleName("Group timeline lanes by")
        for group_by, label in GROUP_LABELS.items():
            self.group_combo.addItem(label, group_by)
        self.group_combo.currentIndexChanged.connect(
            lambda index: self.set_group_by(self.group_combo.itemData(index)) if index >= 0 else None
        )
        group_label = QLabel("&Lanes by:", self)
        group_label.setBuddy(self.group_combo)
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName("Timeline zoom")
        # Short button texts keep the window narrow enough for small screens; the full names are
        # the tooltips, accessible names and View > Timeline menu entries. The bar stacks when narrow.
        zoom = cell(
            *(
                self._button(a, t)
                for a, t in ((self.zoom_out_action, "−"), (self.zoom_in_action, "+"), (self.zoom_fit_action, "Fit"))
            ),
            self.zoom_label,
            stretch_last=False,
        )
        zoom.layout().addStretch(1)
        more = QToolButton(self)
        more.setText("Lanes and export")
        more.setAccessibleName("Timeline lanes and export")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addActions([self.collapse_action, self.expand_action, self.export_png_action])
        menu.addActions(list(self.export_pdf_actions.values()))
        more.setMenu(menu)
        self.bar = ReflowRow([cell(group_label, self.group_combo), zoom, cell(more, stretch_last=False)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)

    def _button(self, action: QAction, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setText(text)
        button.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
        button.setAccessibleName(action.text())
        return button

    # ------------------------------------------------------------- state
    def set_plan(self, plan_uuid: str | None, action_filter: ActionFilter | None = None) -> None:
        self.plan_uuid = plan_uuid
        self.include = self._predicate(action_filter)
        self.canvas.per_day = 0.0  # a new plan opens at "whole plan"
        self.canvas.collapsed.clear()
        self.reload()

    def set_filter(self, action_filter: ActionFilter | None) -> None:
        """Apply the table's filter (``app.queries.filters.ActionFilter``, or None for every action)."""
        self.include = self._predicate(action_filter)
        self.reload()

    def _predicate(self, action_filter: ActionFilter | None) -> Callable[[ActionRow], bool] | None:
        if action_filter is None or action_filter.is_empty:
            return None
        return lambda row: action_filter.matches(row, self.today())

    def set_group_by(self, group_by: GroupBy | str) -> None:
        group_by = GroupBy(group_by)  # the combo box hands its data back as a plain str
        if group_by is self.group_by:
            return
        self.group_by = group_by
        self.group_actions[group_by].setChecked(True)
        self.group_combo.setCurrentIndex(self.group_combo.findData(group_by))
        self.canvas.collapsed.clear()
        self.reload()

    def reload(self) -> None:
        """Rebuild the chart now if it is on screen, else when it is next shown (or exported).

        Building reads and places every action: with thousands of actions that is a second a time,
        which typing into the search box must not pay while the table tab is the one showing.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._rebuild()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._rebuild()
            # The table's selection arrived while the chart was out of date: show it now.
            self.canvas.set_selected(sorted(self.canvas.selected))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh_if_stale()

    def _rebuild(self) -> None:
        self._stale = False
        self.data = None
        if self.plan_uuid is not None:
            try:
                self.data = load_timeline(self.ctx.db, self.plan_uuid, self.group_by, self.today(), self.include)
            except PlanNotFoundError:  # undo removed the plan; the window opens another and tells us
                self.plan_uuid = None
        self.canvas.set_data(self.data)
        self._show_zoom(self.canvas.per_day)

    def show_selection(self, uuids: list[str]) -> None:
        self.canvas.set_selected(list(uuids))

    def _on_change(self, change: Change) -> None:
        if self.plan_uuid and change.plan_uuid in (None, self.plan_uuid) and change.entities & REFRESHING_ENTITIES:
            self.reload()

    def _show_zoom(self, per_day: float) -> None:
        self.zoom_label.setText(f"{per_day * 7:.0f} px per week" if per_day else "")

    # ------------------------------------------------------------ commands
    def reschedule(self, uuid: str, due: date) -> bool:
        """Move an action's due date (one undoable command); its timescale text only if the user agrees."""
        self.refresh_if_stale()
        bar = next((b for b in self.data.bars if b.uuid == uuid), None) if self.data else None
        if bar is None:
            return False
        values: dict[str, object] = {"due_date": due}
        text = rescheduled_timescale(bar, due)
        if text != bar.timescale_text and prompts.confirm(
            self,
            "Update the timescale text?",
            f"{bar.ref}'s due date is now {due:%d %B %Y}.\n\nAlso change its timescale text from "
            f"“{bar.timescale_text or '(none)'}” to “{text}”?",
            ok_text="Update text",
        ):
            values["timescale_text"] = text
        return self.run_command(SetFields("action", uuid, values, label=f"Reschedule {bar.ref} to {due:%d %b %Y}"))

    # -------------------------------------------------------------- export
    def export_png(self, path: Path) -> None:
        self.refresh_if_stale()
        image = self.canvas.render_image()
        if not image.save(str(path), "PNG"):
            raise OSError(f"Could not write {path}.")

    def export_png_dialog(self) -> None:
        path = prompts.save_path(self, "Export timeline as PNG", "PNG images (*.png)", "timeline.png")
        if path is None:
            return
        try:
            self.export_png(path)
        except (ValueError, OSError) as exc:
            prompts.error(self, "Timeline not exported", str(exc))

    def export_pdf_dialog(self, page: str) -> None:
        self.refresh_if_stale()
        if self.data is None:
            prompts.error(self, "Timeline not exported", "There is no timeline to export: open a plan first.")
            return
        path = prompts.save_path(self, f"Export timeline as PDF ({page})", "PDF files (*.pdf)", "timeline.pdf")
        if path is None:
            return
        from reportlab.lib.pagesizes import A3, A4, landscape

        from exports.timeline.pdf import write_timeline_pdf

        try:
            write_timeline_pdf(path, self.data, landscape({"A4": A4, "A3": A3}[page]), collapsed=self.canvas.collapsed)
        except OSError as exc:
            prompts.error(self, "Timeline not exported", f"Could not write {path}: {exc}")
