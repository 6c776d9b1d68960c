"""File → Export → Plan file to merge (.dplan)… and File → Merge plan file…: plans sent by email.

The merge dialog shows what the file would change and every conflict side by side (the
version both copies shared | mine | theirs) with a choice per conflict; applying is one
command on the window's undo stack, after a backup. Writing a file, reading one and comparing
it with this copy (seconds on a big plan) run on the thread pool behind a progress dialog
with Cancel, which stops before the next step with nothing written and the database untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.plan_files.crypto import WeakPassphraseError, check_new_passphrase
from app.plan_files.merge import MINE, THEIRS
from app.plan_files.service import (
    KeepGoing,
    MergePreview,
    PlanFileError,
    PlanFileExport,
    PlanFileStopped,
    export_plan_file,
    merge_command,
    preview_plan_file,
)
from app.plan_files.validation import PassphraseRequiredError
from ui.common import prompts
from ui.common.background import Progress, run_with_progress
from ui.common.screen_fit import fit_to_screen
from ui.editing.undo import CommandOutcome

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

FILE_FILTER = "Delivery Desk plan files (*.dplan)"
COL_RECORD, COL_BASE, COL_MINE, COL_THEIRS, COL_KEEP = range(5)
MAX_ROW_HEIGHT = 140
_CHOICES = (("Choose…", None), ("Keep mine", MINE), ("Take theirs", THEIRS))
# What a job's failure says when there is nothing to show: the user cancelled; the file needs a passphrase.
STOPPED, LOCKED = "stopped", "locked"


class MergeDialog(QDialog):
    """What a plan file would change, with a choice for each conflict."""

    def __init__(self, preview: MergePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        verb = "Import" if preview.new_plan else "Merge"
        self.setWindowTitle(f"{verb} plan file – {preview.file_name}")
        self.setAccessibleName(f"{verb} plan file")
        layout = QVBoxLayout(self)

        self.heading = QLabel(self._heading())
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("What the file holds")
        layout.addWidget(self.heading)

        self.changes = QListWidget()
        self.changes.setAccessibleName("Changes the file brings")
        for change in preview.changes:
            counts = ((change.added, "added"), (change.changed, "changed"), (change.deleted, "deleted"))
            text = ", ".join(f"{n} {verb_}" for n, verb_ in counts if n)
            self.changes.addItem(f"{change.label.capitalize()}: {text}")
        if not preview.changes:
            self.changes.addItem("No changes taken without question." if preview.conflicts else "No changes.")
        self.changes.setMaximumHeight(24 * min(6, max(2, self.changes.count() + 1)))
        layout.addWidget(self.changes)

        self._combos: list[QComboBox] = []
        self.conflict_label = QLabel(self._conflict_text())
        self.conflict_label.setWordWrap(True)
        layout.addWidget(self.conflict_label)
        self.table = self._conflict_table()
        layout.addWidget(self.table, 1)
        self.table.setVisible(bool(preview.conflicts))

        bulk = QHBoxLayout()
        self.all_mine = QPushButton("Keep all &mine")
        self.all_theirs = QPushButton("Take all &theirs")
        for button, choice in ((self.all_mine, MINE), (self.all_theirs, THEIRS)):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _checked=False, c=choice: self.choose_all(c))
            button.setVisible(bool(preview.conflicts))
            bulk.addWidget(button)
        bulk.addStretch(1)
        layout.addLayout(bulk)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setAccessibleName(f"{verb} the plan file")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_apply()
        fit_to_screen(self, 980, 560 if preview.conflicts else 360)

    def _heading(self) -> str:
        p = self.preview
        if p.new_plan:
            return f"“{p.plan_title}” is not held here. Importing creates it with the file's records."
        if p.base_snapshot:
            return f"Merging {p.file_name} into “{p.plan_title}”, compared with the version both copies last shared."
        return (
            f"Merging {p.file_name} into “{p.plan_title}”. No version shared with this file is known, "
            "so every difference is listed as a conflict."
        )

    def _conflict_text(self) -> str:
        n = len(self.preview.conflicts)
        if not n:
            return "No conflicts."
        return f"{n} conflict{'s' if n != 1 else ''}: both copies changed the same field. Choose which to keep."

    def _conflict_table(self) -> QTableWidget:
        conflicts = self.preview.conflicts
        table = QTableWidget(len(conflicts), 5)
        table.setAccessibleName("Conflicts: shared version, mine and theirs")
        table.setHorizontalHeaderLabels(
            ["Record – field", "Shared version", "Mine (this copy)", "Theirs (file)", "Keep"]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in (COL_BASE, COL_MINE, COL_THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RECORD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_KEEP, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(COL_RECORD, 230)
        for row, conflict in enumerate(conflicts):
            values = {COL_RECORD: conflict.label, COL_BASE: conflict.base, COL_MINE: conflict.mine}
            values[COL_THEIRS] = conflict.theirs
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                table.setItem(row, column, item)
            combo = QComboBox()
            combo.setAccessibleName(f"Keep for {conflict.label}")
            for label, choice in _CHOICES:
                combo.addItem(label, choice)
            combo.currentIndexChanged.connect(self._update_apply)
            self._combos.append(combo)
            holder = QWidget()  # keeps the drop-down at the top of a tall row rather than stretched over it
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(2, 2, 2, 2)
            holder_layout.addWidget(combo)
            holder_layout.addStretch(1)
            table.setCellWidget(row, COL_KEEP, holder)
        table.resizeColumnToContents(COL_KEEP)
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            # Long wording is cut at about eight lines; the tooltip holds all of it.
            table.setRowHeight(row, min(table.rowHeight(row), MAX_ROW_HEIGHT))
        return table

    def combo(self, row: int) -> QComboBox:
        return self._combos[row]

    def choose(self, row: int, choice: str) -> None:
        combo = self.combo(row)
        combo.setCurrentIndex(combo.findData(choice))

    def choose_all(self, choice: str) -> None:
        for row in range(self.table.rowCount()):
            self.choose(row, choice)

    def resolutions(self) -> dict[str, str]:
        chosen = {}
        for row, conflict in enumerate(self.preview.conflicts):
            choice = self.combo(row).currentData()
            if choice is not None:
                chosen[conflict.key] = choice
        return chosen

    def _update_apply(self) -> None:
        undecided = len(self.preview.conflicts) - len(self.resolutions())
        self.apply_button.setEnabled(self.preview.has_changes and undecided == 0)
        if undecided:
            self.apply_button.setToolTip(f"Choose mine or theirs for {undecided} more conflicts first.")
        else:
            self.apply_button.setToolTip("")


def _new_passphrase(window: MainWindow) -> str | None:
    """Asked twice, so a typing slip cannot lock the recipient out."""
    first = prompts.passphrase(
        window, "Protect plan file", "Passphrase (tell the recipient by phone, not in the same email):"
    )
    if first is None:
        return None
    try:
        check_new_passphrase(first)
    except WeakPassphraseError as exc:
        prompts.error(window, "Protect plan file", str(exc))
        return None
    if prompts.passphrase(window, "Protect plan file", "Type the passphrase again:") != first:
        prompts.error(window, "Protect plan file", "The two passphrases differ; nothing was written.")
        return None
    return first


def export_current_plan(window: MainWindow, protect: bool = False) -> None:
    if window.plan_uuid is None:
        return
    passphrase = _new_passphrase(window) if protect else None
    if protect and passphrase is None:
        return
    from app.plans.listing import get_plan

    plan = get_plan(window.ctx.db, window.plan_uuid)
    path = prompts.save_path(window, "Export plan file", FILE_FILTER, f"{plan.title}.dplan")
    if path is None:
        return
    if path.suffix.casefold() != ".dplan":
        path = path.with_name(path.name + ".dplan")
    db, plan_uuid, user = window.ctx.db, plan.uuid, window.ctx.user

    def work(progress: Progress) -> PlanFileExport:
        return export_plan_file(db, plan_uuid, path, user, passphrase=passphrase, keep_going=_reporting(progress))

    def written(result: object) -> None:
        assert isinstance(result, PlanFileExport)
        prompts.info(
            window,
            "Export plan file",
            f"Wrote {path.name} with {result.counts['action']} actions.\n\n"
            "Send it to the other copy's officer; when their file comes back, use File → Merge plan file….",
        )

    def describe(exc: Exception) -> str:
        if isinstance(exc, PlanFileStopped):
            return STOPPED
        if isinstance(exc, OSError):
            return f"Could not write {path}: {exc.strerror or exc}. Nothing was written."
        return f"Could not export the plan: {exc}. Nothing was written."

    run_with_progress(window, "Exporting the plan file", work, written, _failed(window, "Export plan file"), describe)


def _reporting(progress: Progress) -> KeepGoing:
    def keep_going(step: int, steps: int, text: str) -> bool:
        progress.report(step, steps, text)
        return not progress.cancelled()

    return keep_going


def _failed(window: MainWindow, title: str):
    def failed(message: str) -> None:
        if message != STOPPED:
            prompts.error(window, title, message)

    return failed


def merge_plan_file(window: MainWindow) -> None:
    """Ask for a file, read it and compare it with this copy off the UI thread, then show the merge dialog."""
    path = prompts.open_path(window, "Merge plan file", FILE_FILTER)
    if path is not None:
        _preview(window, path, None)


def _preview(window: MainWindow, path: Path, passphrase: str | None) -> None:
    db = window.ctx.db

    def work(progress: Progress) -> MergePreview:
        return preview_plan_file(db, path, passphrase=passphrase, keep_going=_reporting(progress))

    def describe(exc: Exception) -> str:
        if isinstance(exc, PlanFileStopped):
            return STOPPED
        if isinstance(exc, PassphraseRequiredError):
            return LOCKED
        if isinstance(exc, PlanFileError):
            return f"Cannot use this file: {exc}\n\nNothing was changed."
        return f"Cannot use {path.name}: {type(exc).__name__}: {exc}\n\nNothing was changed."

    def failed(message: str) -> None:
        if message != LOCKED:
            _failed(window, "Merge plan file")(message)
            return
        typed = prompts.passphrase(window, "Merge plan file", f"{path.name} is protected. Passphrase:")
        if typed is not None:
            _preview(window, path, typed)

    run_with_progress(window, "Reading the plan file", work, lambda p: _show_merge(window, p), failed, describe)


def _show_merge(window: MainWindow, preview: object) -> None:
    assert isinstance(preview, MergePreview)
    if not preview.has_changes:
        prompts.info(
            window, "Merge plan file", f"{preview.file_name} brings nothing new: this copy already holds it all."
        )
        return
    dialog = MergeDialog(preview, window)

    def merged(outcome: CommandOutcome) -> None:
        if outcome and (preview.new_plan or window.plan_uuid != preview.plan_uuid):
            window.open_plan(preview.plan_uuid, keep_undo=True)

    def apply() -> None:
        command = merge_command(preview, dialog.resolutions())
        window.run_command_in_background(command, "Merging the plan file", merged)

    dialog.accepted.connect(apply)
    dialog.open()
