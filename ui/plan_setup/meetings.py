"""Plan ▸ Meetings: the boards and groups that review the plan, and when (reports and the timeline use them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from app.context import AppContext
from app.editing.commands import CommandError
from app.plan_setup.reference_data import meetings
from app.plans.listing import get_plan
from models.snapshots.rows import MeetingRow
from ui.common.dialog_base import named
from ui.common.screen_fit import fit_to_screen
from ui.common.widgets import TypedDateEdit, date_field, from_qdate, to_qdate
from ui.plan_setup.record_editor import RecordEditorDialog

# As long as the record keeps (models.entities.Meeting.agenda_item).
AGENDA_ITEM_LENGTH = 40


class MeetingsDialog(RecordEditorDialog):
    entity = "meeting"
    noun = "meeting"
    headers = ("Date", "Body", "Agenda item", "Title")
    watched = frozenset({"meeting", "plan"})

    def __init__(self, ctx: AppContext, plan_uuid: str, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ctx, plan_uuid, undo_stack, parent, "Meetings")
        self.body = named(QComboBox(), "Body", "The board or group that meets; type a new one or pick a known one")
        self.body.setEditable(True)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.body.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.body.lineEdit().returnPressed.connect(self._save)
        self.date = named(TypedDateEdit(), "Meeting date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd dd MMM yyyy")
        self.date.setMinimumDate(QDate(1900, 1, 2))
        self.title = named(QLineEdit(), "Meeting title", "e.g. Quarterly board")
        self.title.returnPressed.connect(self._save)
        # The progress report's cover names it ("Agenda item 7") for the report tabled at this meeting.
        self.agenda_item = named(
            QLineEdit(), "Agenda item", "The progress report's item on this meeting's agenda, e.g. 7 or 4b"
        )
        self.agenda_item.setMaxLength(AGENDA_ITEM_LENGTH)
        self.agenda_item.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.agenda_item.returnPressed.connect(self._save)
        self.form.addRow("&Body:", self.body)
        self.form.addRow("Dat&e:", date_field(self.date))
        self.form.addRow("&Title:", self.title)
        self.form.addRow("A&genda item:", self.agenda_item)
        fit_to_screen(self, 760, 540)
        self.finish_editor()
        self.table.sortItems(0)

    def load(self) -> Sequence[MeetingRow]:
        rows = meetings(self.ctx.db, self.plan_uuid)
        known = sorted({r.body for r in rows if r.body} | {get_plan(self.ctx.db, self.plan_uuid).partnership} - {""})
        typed = self.body.currentText()
        self.body.clear()
        self.body.addItems(known)
        self.body.setCurrentText(typed)
        return rows

    def cells(self, row: MeetingRow) -> Sequence[tuple[str, Any]]:
        return (
            (f"{row.date:%a %d %b %Y}", row.date.toordinal()),
            (row.body, row.body.casefold()),
            (row.agenda_item, row.agenda_item.casefold()),
            (row.title, row.title.casefold()),
        )

    def fill_form(self, row: MeetingRow | None) -> None:
        self.body.setCurrentText(row.body if row else "")
        self.date.setDate(to_qdate(row.date) if row else QDate.currentDate())
        self.title.setText(row.title if row else "")
        self.agenda_item.setText(row.agenda_item if row else "")

    def form_values(self) -> dict[str, Any]:
        body = self.body.currentText().strip()
        if not body:
            self.body.setFocus()
            raise CommandError("Say which board or group meets.", "body")
        day = from_qdate(self.date.checked_date())
        current = self.current_row()
        clash = next(
            (
                row
                for row in self.rows
                if row.date == day
                and row.body.casefold() == body.casefold()
                and (current is None or row.uuid != current.uuid)
            ),
            None,
        )
        if clash is not None:
            # Two records of one meeting would put it twice in the report's "next meeting" and the
            # timeline; a second meeting of the same body on one day is not something boards do.
            self.date.setFocus()
            raise CommandError(f"{body} already meets on {day:%a %d %b %Y}: pick that meeting to change it.", "date")
        return {
            "body": body,
            "date": day,
            "title": self.title.text().strip(),
            "agenda_item": self.agenda_item.text().strip(),
        }

    def describe(self, row: MeetingRow) -> str:
        return f"{row.body}, {row.date:%d %b %Y}"
