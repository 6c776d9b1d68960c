"""The report dialog's "Paper" and "Narrative" tabs: who writes the paper, its purpose,
recommendations and background papers (the plan's template), and the officer's words for this
meeting (pre-filled from the last meeting's, so the next report starts from them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.snapshots.paper import Narrative, Officer, PaperTemplate
from models.snapshots.rows import PriorityNode


def _text_box(name: str, placeholder: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    # Tab moves to the next field, as everywhere else in the dialog; paragraphs need only Enter.
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _lines(box: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in box.toPlainText().splitlines() if line.strip())


class PaperTab(QWidget):
    """Author, contact officer, purpose, recommendations and background papers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.author_name = QLineEdit()
        self.author_role = QLineEdit()
        self.author_email = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_role = QLineEdit()
        self.contact_email = QLineEdit()
        people = QGroupBox("Report of, and contact officer")
        form = QFormLayout(people)
        for label, widget, name in (
            ("Author", self.author_name, "Report author"),
            ("Author's role", self.author_role, "Author's role"),
            ("Author's email", self.author_email, "Author's email"),
            ("Contact officer", self.contact_name, "Contact officer"),
            ("Contact's role", self.contact_role, "Contact officer's role"),
            ("Contact's email", self.contact_email, "Contact officer's email"),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.purpose = _text_box("Purpose of the report", "Left empty: a standard sentence naming the committee.", 3)
        self.recommendations = _text_box(
            "Recommendations",
            'One a line, after "The Board is asked to:", e.g.\nnote the progress made;\nagree the revised timescale.',
        )
        self.background_papers = _text_box("Background papers", "One a line; left empty: no such section.", 3)
        layout = QVBoxLayout(self)
        layout.addWidget(people)
        for title, box in (
            ("Purpose of the report", self.purpose),
            ("Recommendations (one a line)", self.recommendations),
            ("Background papers (one a line)", self.background_papers),
        ):
            layout.addWidget(_label(title, box))
            layout.addWidget(box)

    def set_template(self, template: PaperTemplate) -> None:
        for edit, value in (
            (self.author_role, template.author.role),
            (self.author_email, template.author.email),
            (self.contact_name, template.contact.name),
            (self.contact_role, template.contact.role),
            (self.contact_email, template.contact.email),
        ):
            edit.setText(value)
        if template.author.name:
            self.author_name.setText(template.author.name)
        self.purpose.setPlainText(template.purpose)
        self.recommendations.setPlainText("\n".join(template.recommendations))
        self.background_papers.setPlainText("\n".join(template.background_papers))

    def template(self, committee: str) -> PaperTemplate:
        return PaperTemplate(
            committee=committee,
            author=Officer(
                self.author_name.text().strip(), self.author_role.text().strip(), self.author_email.text().strip()
            ),
            contact=Officer(
                self.contact_name.text().strip(), self.contact_role.text().strip(), self.contact_email.text().strip()
            ),
            purpose=self.purpose.toPlainText().strip(),
            recommendations=_lines(self.recommendations),
            background_papers=_lines(self.background_papers),
        )


class NarrativeTab(QWidget):
    """The executive summary and one box per priority; a blank line starts a new numbered paragraph."""

    def __init__(self, priorities: Sequence[PriorityNode], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.carried = QLabel("")
        self.carried.setWordWrap(True)
        self.summary = _text_box(
            "Executive summary", "What the committee most needs to know. Blank line: new paragraph."
        )
        self.priority_edits: dict[str, QPlainTextEdit] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(_label("Executive summary", self.summary))
        column.addWidget(self.summary)
        for priority in priorities:
            title = f"Priority {priority.code}: {priority.title}" if priority.code else priority.title
            box = _text_box(f"Progress on {title}", "Progress, issues and next steps under this priority.")
            self.priority_edits[priority.uuid] = box
            column.addWidget(_label(title, box))
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.carried)
        layout.addWidget(scroll, 1)

    def set_narrative(self, narrative: Narrative, written_for: date | None, meeting: date | None) -> None:
        self.summary.setPlainText(narrative.summary)
        for uuid, box in self.priority_edits.items():
            box.setPlainText(narrative.for_priority(uuid))
        if written_for is not None and written_for != meeting:
            self.carried.setText(
                f"Starting from the narrative written for the meeting of {written_for.day} {written_for:%B %Y}: "
                "edit it for this meeting."
            )
        else:
            self.carried.setText("")

    def is_edited(self) -> bool:
        """True once the officer has typed here (setting the text does not count)."""
        boxes = [self.summary, *self.priority_edits.values()]
        return any(box.document().isModified() for box in boxes)

    def narrative(self) -> Narrative:
        texts = tuple(
            (uuid, box.toPlainText().strip()) for uuid, box in self.priority_edits.items() if box.toPlainText().strip()
        )
        return Narrative(self.summary.toPlainText().strip(), texts)
