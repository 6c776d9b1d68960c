"""Reports ▸ Progress report…: ask for options and a file, produce it off the UI thread, open it.

The queries over the ORM are imported when a report is asked for: the entry is installed before the
database code loads (over start-up's first read)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from ui.common import prompts
from ui.common.background import run_in_background
from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from app.reporting import ReportOptions
    from ui.window.main_window import MainWindow

FILTERS = {"pdf": "PDF document (*.pdf)", "docx": "Word document (*.docx)"}


def produce_report(*args):
    """The report machinery (and its snapshot types) loads when a report is first asked for, not at
    start-up; tests replace this."""
    from app.reporting.files import produce_report as produce

    return produce(*args)


def open_document(path: Path) -> bool:
    """Hand the finished report (or its folder) to the desktop; False when nothing can open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running = 0
        window.declare(
            ActionSpec(
                "progress_report",
                "&Progress report…",
                self.start,
                "reports",
                "reports",
                "Ctrl+Shift+R",
                "Produce the minutes-ready progress report pack (PDF or Word)",
                Needs.PLAN,
                available=lambda: not self.running,
            )
        )

    def start(self) -> None:
        window = self.window
        plan_uuid = window.plan_uuid
        if plan_uuid is None:
            prompts.info(window, "Progress report", "Open a plan first.")
            return
        db = window.ctx.db
        today = window.today()
        from app.plan_setup.leads import lead_rows
        from app.plan_setup.reference_data import meetings
        from app.queries.structure import priority_tree
        from app.reporting import changes_since_date, last_report_date, load_report_options, save_report_options
        from app.reporting.files import accessible_path_for
        from app.reporting.paper_store import load_paper, save_paper_command
        from ui.reporting.dialog import ReportDialog

        options = load_report_options(db, plan_uuid).for_new_report(today)
        if not options.author and window.ctx.profile is not None:
            options = replace(options, author=window.ctx.profile.author_line)
        dialog = ReportDialog(
            options,
            priority_tree(db, plan_uuid),
            lead_rows(db, plan_uuid),
            meetings(db, plan_uuid),
            last_report_date(db, plan_uuid),
            today,
            window,
            since_for=lambda options: changes_since_date(db, plan_uuid, options, today),
        )
        stored = load_paper(db, plan_uuid, dialog.options().meeting_date)

        def narrative_for(day: date):
            other = load_paper(db, plan_uuid, day)
            return other.narrative, other.narrative_meeting

        dialog.set_paper(stored.template, stored.narrative, stored.narrative_meeting, narrative_for)
        if dialog.exec() != ReportDialog.DialogCode.Accepted:
            return
        options, fmt = dialog.options(), dialog.output_format()
        save_report_options(db, plan_uuid, options)
        template, narrative = dialog.paper_content()
        # Audited and undoable like any edit; stored before the file is asked for, so no words are lost.
        command = save_paper_command(
            db, plan_uuid, template, narrative, options.meeting_date, options.meeting_body, options.agenda_item
        )
        if command is not None and not window.run_command(command):
            return
        suggested = self._suggested_name(plan_uuid, options, today, fmt)
        path = prompts.save_path(window, "Save progress report", FILTERS[fmt], suggested)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        accessible = accessible_path_for(path) if dialog.also_accessible() else None
        self.running += 1
        self.window.refresh_actions()
        self.window.statusBar().showMessage("Producing the progress report…")
        run_in_background(
            lambda: produce_report(db, plan_uuid, options, path, fmt, today, accessible).summary.sentence,
            lambda sentence: self._finished(path, sentence, accessible),
            self._failed,
            lambda exc: f"{path}: {exc}",
        )

    def _done(self) -> None:
        self.running -= 1
        self.window.refresh_actions()

    def _finished(self, path: Path, sentence: str, accessible: Path | None = None) -> None:
        self._done()
        also = f" and the accessible edition to {accessible.name}" if accessible else ""
        self.window.statusBar().showMessage(f"Progress report saved to {path}{also} ({sentence})", 15000)
        # The whole path and summary in a notice that stays until closed, not a status bar cut short.
        self.notice = prompts.file_written(
            self.window,
            "Progress report written",
            f"Report written: {path}{also}.\n\n{sentence}",
            path,
            lambda target: open_document(target) is not False,  # a stand-in returning None opened it
        )
        self.notice.open_file()

    def _failed(self, message: str) -> None:
        self._done()
        self.window.statusBar().clearMessage()
        prompts.error(self.window, "Progress report", "The progress report could not be produced.", message)

    def _suggested_name(self, plan_uuid: str, options: ReportOptions, today: date, fmt: str) -> str:
        from app.plans.listing import get_plan

        title = get_plan(self.window.ctx.db, plan_uuid).title
        stem = re.sub(r"[^\w\- ]+", "", title).strip()[:60] or "Plan"
        when = options.meeting_date or today
        return f"{stem} progress report {when:%Y-%m-%d}.{fmt}"


def install(window: MainWindow) -> None:
    ReportController(window)  # a child of the window, which keeps it
