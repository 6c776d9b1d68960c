"""A colleague changed the same field first: both values side by side, the officer picks, field by field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.editing.commands import EditConflict, SetFields
from app.editing.merge_rule import display


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle("Changed by a colleague")
        first = conflict.conflicts[0]
        intro = QLabel(
            f"While you were editing {first.record_label}, {first.changed_by} changed the same "
            + ("field" if len(conflict.conflicts) == 1 else "fields")
            + ". Choose which value to keep; your other changes are kept either way.",
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, item in enumerate(conflict.conflicts):
            group = QButtonGroup(self)
            theirs = QRadioButton(f"Keep {item.changed_by}'s: {display(item.theirs)}", self)
            mine = QRadioButton(f"Use mine: {display(item.mine)}", self)
            theirs.setAccessibleName(f"Keep {item.changed_by}'s {item.label}")
            mine.setAccessibleName(f"Use my {item.label}")
            theirs.setChecked(True)  # the safe default: nobody's work is overwritten without a choice
            group.addButton(theirs)
            group.addButton(mine)
            grid.addWidget(
                QLabel(f"<b>{item.label.capitalize()}</b> (was {display(item.seen)})", self), row * 2, 0, 1, 2
            )
            grid.addWidget(theirs, row * 2 + 1, 0)
            grid.addWidget(mine, row * 2 + 1, 1)
            self.choices[item.field] = (theirs, mine)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def keep_mine(self) -> set[str]:
        return {name for name, (_theirs, mine) in self.choices.items() if mine.isChecked()}

    def resolved(self) -> SetFields | None:
        return self.conflict.resolved(self.keep_mine())


def choose_after_conflict(parent: QWidget | None, conflict: EditConflict) -> SetFields | None | bool:
    """The edit to run instead (None: nothing left to write), or False when the officer cancelled."""
    dialog = ConflictDialog(conflict, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return dialog.resolved()
