"""Plan ▸ Request updates…: one workbook (and optionally an email draft) per chosen lead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.returns import (
    RequestOutcome,
    RequestsStopped,
    issue_requests,
    request_candidates,
)
from ui.common import prompts
from ui.common.background import Progress, run_with_progress
from ui.common.screen_fit import fit_to_screen

STOPPED = "stopped"  # the user cancelled: nothing was written, so nothing to say
CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


class RequestUpdatesDialog(QDialog):
    """Choose leads and a folder; writes one workbook (and optionally an email draft) per lead."""

    def __init__(self, ctx: AppContext, plan_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_uuid = plan_uuid
        self.outcome = None
        self.setWindowTitle("Request updates from leads")
        self.setAccessibleName("Request updates from leads")
        self.leads = QListWidget(self)
        self.leads.setAccessibleName("Leads to ask for updates")
        self.leads.setWordWrap(True)  # a lead's name can be a hundred characters: wrapped, not scrolled to
        self.include_closed = QCheckBox("Include &completed and cancelled actions", self)
        self.include_closed.toggled.connect(self._fill_leads)
        self.email_drafts = QCheckBox("Also write &email drafts (.eml) with the workbook attached", self)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder = QLineEdit(documents, self)
        self.folder.setAccessibleName("Output folder")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        select_all = QPushButton("Select &all", self)
        select_all.clicked.connect(lambda: self._check_all(True))
        select_none = QPushButton("Select &none", self)
        select_none.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = self.buttons.addButton("&Write workbooks", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._write)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel("Each lead gets one Excel workbook listing their actions to fill in and send back.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        lead_label = QLabel("&Leads:", self)
        lead_label.setBuddy(self.leads)
        layout.addWidget(lead_label)
        layout.addWidget(self.leads, 1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(select_all)
        choice_row.addWidget(select_none)
        choice_row.addStretch(1)
        layout.addLayout(choice_row)
        layout.addWidget(self.include_closed)
        folder_label = QLabel("Save in &folder:", self)
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.email_drafts)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 700, 480)
        self._fill_leads()

    def _fill_leads(self) -> None:
        checked = set(self.checked_lead_uuids())
        self.leads.clear()
        for lead in request_candidates(self.ctx, self.plan_uuid, self.include_closed.isChecked()):
            contact = lead.email or "no email address"
            item = QListWidgetItem(f"{lead.name} — {lead.action_count} action(s) — {contact}", self.leads)
            item.setData(Qt.ItemDataRole.UserRole, lead.uuid)
            if lead.action_count:
                item.setFlags(CHECKABLE)
                item.setCheckState(Qt.CheckState.Checked if lead.uuid in checked else Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip("This lead has no actions to update.")

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.leads.count()):
            item = self.leads.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)

    def checked_lead_uuids(self) -> list[str]:
        return [
            self.leads.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.leads.count())
            if self.leads.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        chosen = prompts.open_folder(self, "Save update requests in", self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _write(self) -> None:
        leads = self.checked_lead_uuids()
        folder = Path(self.folder.text().strip())
        if not leads:
            prompts.error(self, "Request updates", "Tick at least one lead.")
            return
        if not folder.is_dir():
            prompts.error(self, "Request updates", f"The folder {folder} does not exist.")
            return
        ctx, plan_uuid = self.ctx, self.plan_uuid
        email_drafts, include_closed = self.email_drafts.isChecked(), self.include_closed.isChecked()

        def work(progress: Progress) -> RequestOutcome:
            def keep_going(index: int, total: int, name: str) -> bool:
                progress.report(index, total, f"Writing {index + 1} of {total}: {name}…")
                return not progress.cancelled()

            return issue_requests(
                ctx, plan_uuid, leads, folder, email_drafts=email_drafts, include_closed=include_closed,
                keep_going=keep_going,
            )  # fmt: skip

        def describe(exc: Exception) -> str:
            if isinstance(exc, RequestsStopped):
                return STOPPED
            if isinstance(exc, OSError):
                return f"Could not write to {folder}: {exc.strerror or exc}. No workbook or draft was kept."
            return str(exc)  # a StorageError says what happened and that nothing was kept

        self.write_button.setEnabled(False)
        run_with_progress(self, "Writing update requests", work, self._written, self._not_written, describe)

    def _not_written(self, message: str) -> None:
        self.write_button.setEnabled(True)
        if message != STOPPED:
            prompts.error(self, "Request updates", message)

    def _written(self, outcome: object) -> None:
        assert isinstance(outcome, RequestOutcome)
        self.outcome = outcome
        folder = Path(self.folder.text().strip())
        lines = [f"Wrote {len(self.outcome.issued)} workbook(s) to {folder}:"]
        lines += [f"• {r.workbook.name} ({r.action_count} actions)" for r in self.outcome.issued]
        if self.email_drafts.isChecked():
            missing = [r.lead_name for r in self.outcome.issued if not r.recipients]
            lines.append("Email drafts written; open each .eml to send it.")
            if missing:
                lines.append("No email address for: " + ", ".join(missing) + " (add the address before sending).")
            lines += [
                f"Left out of the draft to {r.lead_name}, not an email address: "
                + ", ".join(f"'{u}'" for u in r.unusable)
                for r in self.outcome.issued
                if r.unusable
            ]
        lines += list(self.outcome.skipped)
        prompts.info(self, "Request updates", "\n".join(lines))
        self.accept()
