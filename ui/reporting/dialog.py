"""Report options dialog (Reports ▸ Progress report…): preferences remembered per plan, the
committee and agenda item shown as kept with the chosen meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.editing.commands import CommandError
from app.reporting import COLUMN_TITLES, PAPER_SIZES, SECTION_TITLES, ReportOptions
from app.reporting.paper_store import same_meeting
from models.snapshots.paper import Narrative, PaperTemplate
from models.snapshots.rows import LeadRow, MeetingRow, PriorityNode
from ui.common.screen_fit import fit_to_screen, scrolling
from ui.common.widgets import TypedDateEdit, date_field
from ui.reporting.paper_tabs import NarrativeTab, PaperTab

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED")
FORMAT_LABELS = {"pdf": "PDF pack (for agenda papers)", "docx": "Word document (for minutes)"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Collects ReportOptions; knows nothing about databases or files."""

    def __init__(
        self,
        options: ReportOptions,
        priorities: list[PriorityNode],
        leads: list[LeadRow],
        meetings: list[MeetingRow],
        last_report: date | None,
        today: date,
        parent: QWidget | None = None,
        since_for: Callable[[ReportOptions], date] | None = None,
    ) -> None:
        super().__init__(parent)
        # What the pack will really report changes since, for the greyed date (it may not be today).
        self._since_for = since_for
        self.setWindowTitle("Progress report")
        self.setAccessibleName("Progress report options")
        self._today = today
        upcoming = next((m for m in meetings if m.date >= today), None)
        self.upcoming_body = upcoming.body if upcoming else ""
        self.paper_tab = PaperTab()
        self.narrative_tab = NarrativeTab(priorities)

        self.meeting_body = QLineEdit(options.meeting_body or (upcoming.body if upcoming else ""))
        self.meeting_date = TypedDateEdit(_qdate(options.meeting_date or (upcoming.date if upcoming else today)))
        self._meetings = meetings
        self.agenda_item = QLineEdit(options.agenda_item or self._agenda_on(_pydate(self.meeting_date.date())))
        self.agenda_item.setToolTip("Kept with the meeting, so a report to the same meeting shows it again.")
        # The author's name lives on the Paper tab beside the role and email.
        self.author = self.paper_tab.author_name
        self.author.setText(options.author)
        since_text = "Since the previous meeting"
        if last_report:
            since_text = f"Since the last report ({last_report.day} {last_report:%B %Y})"
        self.since_last = QCheckBox(since_text)
        self.since_last.setChecked(options.since is None)
        self.since = TypedDateEdit(_qdate(options.since or last_report or today))
        self.paper = QComboBox()
        self.paper.addItems(list(PAPER_SIZES))
        self.paper.setCurrentText(options.paper)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(["Plan's own marking", *MARKINGS])
        self.marking.setCurrentText(options.marking or "Plan's own marking")
        self.confidential = QCheckBox("Include confidential actions")
        self.confidential.setChecked(options.include_confidential)
        self.format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(label, key)
        # The tagged PDF/UA edition a council publishes on its website, written beside the chosen file.
        self.accessible = QCheckBox("Also write the accessible edition for publishing (tagged PDF)")
        self.accessible.setToolTip(
            "Beside the report, saves '… (accessible).pdf': tagged for screen readers (PDF/UA-1), "
            "as the Public Sector Bodies Accessibility Regulations ask of published documents."
        )
        for edit in (self.meeting_date, self.since):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
        self.since.setEnabled(not self.since_last.isChecked())
        self.since_last.toggled.connect(lambda checked: self.since.setEnabled(not checked))

        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QGroupBox("Sections")
        grid = QGridLayout(sections)
        for index, (key, title) in enumerate(SECTION_TITLES.items()):
            box = QCheckBox(title)
            box.setChecked(key in options.sections)
            box.setAccessibleName(f"Include section {title}")
            self.section_boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)

        # The plan's own columns a board may want beside each action (Evidence / measure, Resources...).
        self.column_boxes: dict[str, QCheckBox] = {}
        columns = QGroupBox("Columns in the action tables")
        row = QHBoxLayout(columns)
        for key, title in COLUMN_TITLES.items():
            box = QCheckBox(title)
            box.setChecked(key in options.columns)
            box.setAccessibleName(f"Show column {title}")
            self.column_boxes[key] = box
            row.addWidget(box)

        self.priority_list = self._checklist(
            "Priorities to include",
            [(p.uuid, f"{p.code} {p.title}".strip()) for p in priorities],
            options.priority_uuids,
        )
        self.lead_list = self._checklist(
            "Leads to include", [(lead.uuid, lead.name) for lead in leads], options.lead_uuids
        )

        form = QFormLayout()
        for label, widget, name in (
            ("Committee", self.meeting_body, "Committee"),
            ("Meeting date", self.meeting_date, "Meeting date"),
            ("Agenda item", self.agenda_item, "Agenda item"),
            ("Changes", self.since_last, "Changes since the last report"),
            ("Changes since", self.since, "Changes since date"),
            ("Paper", self.paper, "Paper size"),
            ("Protective marking", self.marking, "Protective marking"),
            ("", self.confidential, "Include confidential actions"),
            ("Format", self.format, "Report format"),
            ("", self.accessible, "Also write the accessible edition"),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, date_field(widget) if isinstance(widget, TypedDateEdit) else widget)
        lists = QHBoxLayout()
        for title, widget in (("Priorities", self.priority_list), ("Leads", self.lead_list)):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(widget)
            lists.addWidget(group)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Produce report…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addLayout(form)
        body.addWidget(sections)
        body.addWidget(columns)
        body.addLayout(lists, 1)
        self.tabs = QTabWidget()
        # The options scroll on a small screen; the buttons stay in reach below them.
        self.tabs.addTab(scrolling(body, "Report options"), "&Report")
        self.tabs.addTab(scrolling(self.paper_tab, "Paper options"), "&Paper")
        self.tabs.addTab(scrolling(self.narrative_tab, "Narrative"), "&Narrative")
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 720, 640)
        self.since_last.toggled.connect(lambda _checked: self._show_since())
        self.meeting_date.dateChanged.connect(lambda _date: self._show_since())
        self.meeting_date.dateChanged.connect(lambda value: self._agenda_moved(_pydate(value)))
        self._show_since()

    def accept(self) -> None:
        """Refuses to produce a pack while a date typed is not a date: it would report the old one."""
        dates = (self.meeting_date,) if self.since_last.isChecked() else (self.meeting_date, self.since)
        for edit in dates:
            try:
                edit.checked_date()
            except CommandError:
                self.tabs.setCurrentIndex(0)
                edit.setFocus()
                return  # the field says what was typed and the forms it reads, under it
        super().accept()

    def _agenda_on(self, day: date) -> str:
        meeting = same_meeting([m for m in self._meetings if m.date == day], self.meeting_body.text())
        return meeting.agenda_item if meeting is not None else ""

    def _agenda_moved(self, day: date) -> None:
        """Another meeting chosen: its agenda item, unless the officer has typed one here."""
        if not self.agenda_item.isModified():
            self.agenda_item.setText(self._agenda_on(day))

    def _show_since(self) -> None:
        """While "since the last report" is ticked, the greyed date is the one the pack will use."""
        if self._since_for is not None and self.since_last.isChecked():
            self.since.setDate(_qdate(self._since_for(self.options())))

    def _checklist(self, name: str, items: list[tuple[str, str]], chosen: tuple[str, ...]) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setToolTip(f"{name} (all ticked: everything)")
        for uuid, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not chosen or uuid in chosen else Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    @staticmethod
    def _ticked(widget: QListWidget) -> tuple[str, ...]:
        items = [widget.item(i) for i in range(widget.count())]
        ticked = tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)
        # Everything ticked is saved as "all", so priorities or leads added later are included too.
        return () if len(ticked) == len(items) else ticked

    def options(self) -> ReportOptions:
        marking = self.marking.currentText().strip()
        return ReportOptions(
            meeting_body=self.meeting_body.text().strip(),
            meeting_date=_pydate(self.meeting_date.date()),
            agenda_item=self.agenda_item.text().strip(),
            author=self.author.text().strip(),
            since=None if self.since_last.isChecked() else _pydate(self.since.date()),
            sections=tuple(key for key, box in self.section_boxes.items() if box.isChecked()),
            priority_uuids=self._ticked(self.priority_list),
            lead_uuids=self._ticked(self.lead_list),
            paper=self.paper.currentText(),
            marking="" if marking == "Plan's own marking" else marking,
            include_confidential=self.confidential.isChecked(),
            columns=tuple(key for key, box in self.column_boxes.items() if box.isChecked()),
        )

    def output_format(self) -> str:
        return self.format.currentData()

    def also_accessible(self) -> bool:
        return self.accessible.isChecked()

    def set_paper(
        self,
        template: PaperTemplate,
        narrative: Narrative,
        written_for: date | None,
        narrative_for: Callable[[date], tuple[Narrative, date | None]] | None = None,
    ) -> None:
        """The plan's template and the narrative to start from (``written_for``: the meeting it was
        written for). ``narrative_for(day)`` gives another meeting's, loaded when the meeting date
        changes before the officer has typed in the Narrative tab."""
        self.paper_tab.set_template(template)
        if not self.meeting_body.text().strip() and template.committee:
            self.meeting_body.setText(template.committee)
        self.narrative_tab.set_narrative(narrative, written_for, _pydate(self.meeting_date.date()))
        if narrative_for is not None:
            self.meeting_date.dateChanged.connect(lambda value: self._meeting_moved(narrative_for, _pydate(value)))

    def _meeting_moved(self, narrative_for: Callable[[date], tuple[Narrative, date | None]], day: date) -> None:
        if self.narrative_tab.is_edited():
            return  # the officer's words are never replaced behind their back
        narrative, written_for = narrative_for(day)
        self.narrative_tab.set_narrative(narrative, written_for, day)

    def paper_content(self) -> tuple[PaperTemplate, Narrative]:
        """What the Paper and Narrative tabs say, to be stored through the command path."""
        return self.paper_tab.template(self.meeting_body.text().strip()), self.narrative_tab.narrative()
