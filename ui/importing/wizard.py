"""File → Import plan…: choose a file, check the tables, columns and every row, then one undoable import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizard

from app.context import AppContext
from app.editing.commands import Command, does_nothing
from app.importing.corrections import Correction
from app.importing.service import ImportOptions, ImportPreview, import_command, plan_addition, preview_document
from exports.importing import PlanFileError, RawDocument, read_plan_file
from exports.importing.headers import ColumnMapping, normalise_header
from models import new_uuid
from ui.common.background import run_in_background
from ui.common.screen_fit import fit_to_screen
from ui.editing.undo import CommandOutcome
from ui.importing.pages import FilePage, MappingPage, TablesPage
from ui.importing.review import ReviewPage
from ui.importing.rows_page import RowsPage

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def _read_failure(path: Path, exc: Exception) -> str:
    return str(exc) if isinstance(exc, PlanFileError) else f"{path.name}: the file cannot be read ({exc})."


class ImportWizard(QWizard):
    """Holds what the user chose; each page reads and changes it, and the preview follows."""

    def __init__(
        self,
        ctx: AppContext,
        plan_uuid: str | None = None,
        run_command_in_background: Callable[..., object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_plan_uuid = plan_uuid
        # MainWindow.run_command_in_background: the import is one long command, run off the UI thread.
        self._run_command_in_background = run_command_in_background or self._execute
        self.document: RawDocument | None = None
        self.path: Path | None = None
        self.kinds: dict[int, str] = {}
        self.mappings: dict[int, ColumnMapping] = {}
        self.accepted_groups: set[tuple[str, ...]] = set()
        self.corrections: list[Correction] = []  # made on the rows page, in order
        self.correction_steps: list[int] = []  # how many corrections each user step added, for Undo
        self.split_bullets = False
        self.into_current_plan = False
        self.title = ""
        self.preview: ImportPreview | None = None
        self.preview_error = ""
        self.created_plan_uuid: str | None = None
        self.apply_error = ""
        self.setWindowTitle("Import plan")
        self.setAccessibleName("Import plan wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Import")
        self.file_page, self.tables_page = FilePage(self), TablesPage(self)
        self.mapping_page, self.rows_page, self.review_page = MappingPage(self), RowsPage(self), ReviewPage(self)
        for page in (self.file_page, self.tables_page, self.mapping_page, self.rows_page, self.review_page):
            self.addPage(page)
        # 980×640 where there is room; on a 1280×720 screen at 150% (853×480 to Qt) the pages still fit
        fit_to_screen(self, 980, 640)

    # -- state -----------------------------------------------------------------------------
    def start_reading(self, path: Path) -> None:
        """Read ``path`` on the thread pool: a large workbook must not freeze the window."""
        run_in_background(
            lambda: read_plan_file(path),
            lambda document: self._read(path, document),
            self.file_page.show_error,
            lambda exc: (
                str(exc) if isinstance(exc, PlanFileError) else f"{path.name}: the file cannot be read ({exc})."
            ),
        )

    def _read(self, path: Path, document: RawDocument) -> None:
        if self.path != path:
            self.kinds, self.mappings, self.accepted_groups = {}, {}, set()
            self.corrections, self.correction_steps = [], []
        self.path, self.document = path, document
        self.refresh()
        self.file_page.file_read(path)

    def options(self) -> ImportOptions:
        return ImportOptions(
            split_bullets=self.split_bullets,
            title=self.title,
            mappings=tuple(self.mappings.items()),
            kinds=tuple(self.kinds.items()),
            merge_lead_groups=tuple(sorted(self.accepted_groups)),
            corrections=tuple(self.corrections),
        )

    def set_column_field(self, table_index: int, column: int, field: str) -> int:
        """Set what ``column`` holds in the table and in every table with the same headers; returns how many."""
        summaries = {summary.index: summary for summary in self.preview.tables} if self.preview else {}
        chosen = summaries.get(table_index)
        if chosen is None:
            return 0
        header = tuple(normalise_header(cell) for cell in chosen.header)
        count = 0
        for summary in summaries.values():
            same = any(header) and tuple(normalise_header(cell) for cell in summary.header) == header
            if (summary.index == table_index or same) and column < len(summary.mapping.fields):
                self.mappings[summary.index] = summary.mapping.with_field(column, field)
                count += 1
        return count

    def refresh(self) -> None:
        """Rebuild the preview from the file already read (cheap: no file access)."""
        if self.document is None:
            return
        try:
            self.preview = preview_document(self.document, self.options(), str(self.path))
            self.preview_error = ""
        except PlanFileError as exc:
            self.preview, self.preview_error = None, str(exc)

    def target_plan(self) -> str | None:
        return self.current_plan_uuid if self.into_current_plan else None

    def addition(self):
        target = self.target_plan()
        return plan_addition(self.ctx.db, target, self.preview.draft) if target and self.preview else None

    # -- applying --------------------------------------------------------------------------
    def accept(self) -> None:
        if self.preview is None:
            return
        target = self.target_plan()
        uuid = new_uuid() if target is None else ""
        command = import_command(self.preview, self.ctx.db, target, uuid)
        if does_nothing(command):
            self.apply_error = "Nothing to add: every action in the file is already in the plan."
            self.review_page.show_error(self.apply_error)
            return
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)

        def finished(outcome: CommandOutcome) -> None:
            finish.setEnabled(True)
            if not outcome:
                self.apply_error = f"The import was not applied; nothing was changed ({outcome.refusal})"
                self.review_page.show_error(self.apply_error)
                return
            self.created_plan_uuid = uuid or None
            QWizard.accept(self)

        self._run_command_in_background(command, "Importing the plan", finished, self)

    def _execute(self, command: Command, _title: str, on_finished: Callable[[CommandOutcome], None], _parent) -> None:
        """Without a window (tests, standalone use) the command runs straight through the command path."""
        self.ctx.commands.execute(command)
        on_finished(CommandOutcome())


def open_import_wizard(window: MainWindow) -> ImportWizard:
    wizard = ImportWizard(window.ctx, window.plan_uuid, window.run_command_in_background, window)

    def finished() -> None:
        if wizard.created_plan_uuid:
            window.open_plan(wizard.created_plan_uuid, keep_undo=True)

    wizard.accepted.connect(finished)
    wizard.open()
    return wizard
