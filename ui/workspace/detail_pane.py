"""Every field of the selected action, editable in place, above its progress history.

Each field is saved when you leave it (one undo step per field, like a cell in the table), so
there is no separate Save button to forget; a value the app cannot accept stays in the field
with the reason shown under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.editing.money import parse_pounds
from app.queries.filters import last_changed
from models.snapshots.rows import ActionRow
from models.status import Status
from ui.common.screen_fit import scrolling
from ui.workspace.progress_panel import ProgressPanel
from ui.workspace.table.model import COL_LEAD, due_text, edit_command, format_date
from ui.workspace.timescale_edit import TimescaleEdit

if TYPE_CHECKING:
    from app.editing.concurrency import Seen
    from ui.window.main_window import MainWindow

LONG_FIELDS = (
    ("activity", "Action"),
    ("evidence", "Evidence"),
    ("resources", "Resources"),
    ("outcomes", "Outcomes"),
    ("comments", "Comments"),
)


class _FocusOut(QObject):
    """Saves a multi-line field when focus leaves it (QPlainTextEdit has no editingFinished)."""

    def __init__(self, pane: DetailPane, field: str) -> None:
        super().__init__(pane)
        self.pane = pane
        self.field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.pane.save_field(self.field)
        return False


class DetailPane(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.row: ActionRow | None = None
        self._loading = False
        # (action uuid, field, value before typing) while a colleague's change refreshes the pane.
        self._typing_base: tuple[str, str, Any] | None = None
        self.setAccessibleName("Action details")
        # Combos sized by their longest lead name would push the pane wider than its dock.
        narrow = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.ref = QLineEdit()
        self.lead = QComboBox()
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lead.setSizeAdjustPolicy(narrow)
        self.lead.setMinimumContentsLength(12)
        self.partners = QLineEdit()
        self.timescale = TimescaleEdit()
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(narrow)
        self.status.setMinimumContentsLength(12)
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.budget = QLineEdit()
        self.budget.setPlaceholderText("e.g. £12,500")
        # Short enough for a narrow pane; what it means is in the tooltip.
        self.confidential = QCheckBox("Confidential")
        self.confidential.setToolTip("Left out of progress reports unless the report includes them; exports mark it")
        self.changed = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Problem with the last change")
        self.message.hide()
        self.long_edits: dict[str, QPlainTextEdit] = {}

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Ref", self.ref)
        self._add_long(form, "activity", "Action")
        form.addRow("Lead", self.lead)
        form.addRow("Partners", self.partners)
        form.addRow("Timescale", self.timescale)
        form.addRow("Due", self.due)
        form.addRow("Status", self.status)
        form.addRow("% complete", self.percent)
        for field, label in LONG_FIELDS[1:]:
            self._add_long(form, field, label)
        form.addRow("Budget", self.budget)
        form.addRow("", self.confidential)
        form.addRow("Last changed", self.changed)
        for label, widget in (
            ("Ref", self.ref),
            ("Lead", self.lead),
            ("Partners", self.partners),
            ("Status", self.status),
            ("Percent complete", self.percent),
            ("Budget in pounds", self.budget),
            ("Confidential", self.confidential),
            ("Due date", self.due),
        ):
            widget.setAccessibleName(label)

        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.addWidget(self.heading)
        fields_layout.addWidget(self.where)
        fields_layout.addWidget(self.message)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # As needed, not off: a field wider than a very narrow pane must stay reachable, never cut off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(fields)
        scroll.setAccessibleName("Action fields")
        self.progress = ProgressPanel(window, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        # Scrolls too, so the pane's minimum height stays small on a 1366×768 screen at 200%.
        splitter.addWidget(scrolling(self.progress, "Progress updates"))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.ref.editingFinished.connect(lambda: self.save_field("ref"))
        self.partners.editingFinished.connect(lambda: self.save_field("partners"))
        self.timescale.line.editingFinished.connect(lambda: self.save_field("timescale_text"))
        self.lead.lineEdit().editingFinished.connect(lambda: self.save_field("lead_uuid"))
        self.lead.activated.connect(lambda _n: self.save_field("lead_uuid"))
        self.status.activated.connect(lambda _n: self.save_field("status"))
        self.percent.editingFinished.connect(lambda: self.save_field("percent_complete"))
        self.budget.editingFinished.connect(lambda: self.save_field("budget_pence"))
        self.confidential.toggled.connect(lambda _on: self.save_field("confidential"))
        self.set_action(None)

    def _add_long(self, form: QFormLayout, field: str, label: str) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(label.replace("&", ""))
        edit.setMinimumHeight(edit.fontMetrics().height() * 3 + 12)
        edit.setMaximumHeight(edit.fontMetrics().height() * 6 + 12)
        edit.installEventFilter(_FocusOut(self, field))
        self.long_edits[field] = edit
        form.addRow(label, edit)

    def _text_fields(self) -> dict[str, QWidget]:
        return {"ref": self.ref, "partners": self.partners, "timescale_text": self.timescale.line, **self.long_edits}

    def _field_being_typed(self, previous: ActionRow | None, row: ActionRow | None) -> str | None:
        """The text field the officer is typing in when the same action is shown again (a colleague's change)."""
        if previous is None or row is None or previous.uuid != row.uuid:
            return None
        for field, widget in self._text_fields().items():
            if widget.hasFocus():
                try:
                    typed = self._value(field)
                except ValueError:
                    return field
                return field if typed != getattr(previous, field) else None
        return None

    def set_action(self, row: ActionRow | None) -> None:
        """Show ``row``; typing in progress on the same action is kept, with what it was typed over."""
        typing = self._field_being_typed(self.row, row)
        if typing is None:
            self._typing_base = None
        elif self._typing_base is None or self._typing_base[:2] != (row.uuid, typing):
            self._typing_base = (row.uuid, typing, getattr(self.row, typing))
        kept = {typing: self._value_text(typing)} if typing else {}
        self.row = row
        self._loading = True
        enabled = row is not None
        for widget in (self.ref, self.lead, self.partners, self.timescale, self.status, self.percent, self.budget):
            widget.setEnabled(enabled)
        self.confidential.setEnabled(enabled)
        for edit in self.long_edits.values():
            edit.setEnabled(enabled)
        self.message.hide()
        if row is None:
            self.heading.setText("Select an action in the table to see and edit all of it here.")
            self.where.setText("")
            for widget in (self.ref, self.partners, self.budget):
                widget.clear()
            self.timescale.setText("")
            for edit in self.long_edits.values():
                edit.clear()
            self.due.setText("")
            self.changed.setText("")
            # Nothing of the last action shown (after an import or a plan switch) stays in the fields.
            self.lead.clear()
            self.status.setCurrentIndex(0)
            self.percent.setValue(0)
            self.confidential.setChecked(False)
        else:
            self.heading.setText(f"Action {row.ref}" if row.ref else "Action")
            self.where.setText(
                f"Priority {row.priority_code} {row.priority_title}\nObjective {row.objective_text}".strip()
            )
            self.ref.setText(row.ref)
            self.partners.setText(row.partners)
            self.timescale.setText(row.timescale_text)
            self.due.setText(self._due_words(row))
            self.status.setCurrentIndex(max(self.status.findData(row.status), 0))
            self.percent.setValue(row.percent_complete)
            self.budget.setText(f"£{row.budget_pence / 100:,.2f}" if row.budget_pence is not None else "")
            self.confidential.setChecked(row.confidential)
            for field, edit in self.long_edits.items():
                if edit.toPlainText() != getattr(row, field):
                    edit.setPlainText(getattr(row, field))
            self.changed.setText(format_date(last_changed(row)))
            self._fill_leads(row)
        for field, text in kept.items():
            widget = self._text_fields()[field]
            if field in self.long_edits:
                widget.setPlainText(text)
            else:
                widget.setText(text)
        self.progress.set_action(row)
        self._loading = False

    @staticmethod
    def _due_words(row: ActionRow) -> str:
        """The due date and how the timescale was read: "Q3 2027" is a financial quarter, and says so."""
        # Here, not at the top: the timescale reader (25 ms of imports) loads with the command path, after
        # start-up's first read is on screen.
        from app.timescale import parse_timescale

        note = parse_timescale(row.timescale_text).note if row.timescale_text else ""
        return f"{due_text(row)}\n({note})" if note and "financial" in note else due_text(row)

    def _value_text(self, field: str) -> str:
        widget = self._text_fields()[field]
        return widget.toPlainText() if field in self.long_edits else widget.text()

    def _seen(self, row: ActionRow, field: str) -> Seen:
        """What the officer saw before typing: kept across a colleague's refresh, so their change clashes."""
        # Loaded with the command path, after start-up's first read is on screen.
        from app.editing.concurrency import Seen, seen_in

        if self._typing_base is not None and self._typing_base[:2] == (row.uuid, field):
            return Seen(-1, {field: self._typing_base[2]})
        return seen_in(row, [field])

    def _fill_leads(self, row: ActionRow) -> None:
        self.lead.clear()
        self.lead.addItem("(no lead)", None)
        for lead in self.window.leads():
            self.lead.addItem(lead.name, lead.uuid)
        self.lead.setCurrentIndex(max(self.lead.findData(row.lead_uuid), 0))
        self.lead.lineEdit().setCursorPosition(0)  # a long name shows from its start, not its end
        self.lead.setToolTip(self.lead.currentText())

    def _value(self, field: str) -> Any:
        """The widget's value for ``field``; raises ValueError with a message for the user."""
        if field == "ref":
            return self.ref.text().strip()
        if field == "partners":
            return self.partners.text()
        if field == "timescale_text":
            from app.timescale import TimescaleKind, parse_timescale  # see _due_words

            text = self.timescale.text().strip()
            if text and parse_timescale(text).kind is TimescaleKind.UNKNOWN:
                raise ValueError(
                    f"'{text}' is not a timescale Delivery Desk can read. "
                    "Try 'Sept 2022', '30/09/2022', 'Q3 2022/23', 'Ongoing' or 'TBC'."
                )
            return text
        if field == "status":
            return self.status.currentData()
        if field == "percent_complete":
            return self.percent.value()
        if field == "confidential":
            return self.confidential.isChecked()
        if field == "budget_pence":
            try:
                return parse_pounds(self.budget.text())
            except ValueError:
                raise ValueError(f"'{self.budget.text()}' is not an amount of money, e.g. £12,500.") from None
        return self.long_edits[field].toPlainText()

    def save_field(self, field: str) -> None:
        """Store one field through the command path; a refusal leaves the typed value with the reason."""
        from app.editing.commands import SetFields  # loaded after start-up's first read is on screen

        row = self.row
        if self._loading or row is None or self.window.plan_uuid is None:
            return
        if field == "lead_uuid":
            choice = self.window.table.lead_delegate.choice_for(self.lead.currentText())
            if choice is None:
                return
            command = edit_command(row, self.window.plan_uuid, COL_LEAD, choice)
        else:
            try:
                value = self._value(field)
            except ValueError as exc:
                self._show_message(f"{exc} Nothing was changed.")
                return
            if value == getattr(row, field) and self._typing_base is None:
                return
            label = f"Edit {field.replace('_', ' ')} of {row.ref}"
            command = SetFields("action", row.uuid, {field: value}, label, seen=self._seen(row, field))
            self._typing_base = None
        if command is None:
            return
        outcome = self.window.run_command(command)
        if outcome:
            self.message.hide()
        else:
            self._show_message(outcome.refusal)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}")
        self.message.show()
        self.window.statusBar().showMessage(text, 15000)
