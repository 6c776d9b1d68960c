"""The status filter: quick picks ("Still open", "Red or amber", one status) or any set of statuses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from models.status import Status
from ui.common import prompts

OPEN_STATUSES = frozenset(s.value for s in Status if s.is_open)
RED_OR_AMBER = frozenset({Status.OFF_TRACK.value, Status.AT_RISK.value})
QUICK_PICKS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Any status", frozenset()),
    ("Still open", OPEN_STATUSES),
    ("Red or amber", RED_OR_AMBER),
    *((status.label, frozenset({status.value})) for status in Status),
)
SEVERAL = "Several statuses…"


class StatusFilter(QComboBox):
    """A combo box whose last entry opens a checklist; a ticked set shows as its own entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Status filter")
        self.setToolTip("Only actions with these statuses; the last entry picks several")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        self.setMinimumContentsLength(6)
        self._choices: list[frozenset[str]] = []
        self._previous = 0
        for label, statuses in QUICK_PICKS:
            self._add(label, statuses)
        self.addItem(SEVERAL)
        self.activated.connect(self._on_activated)
        self.currentIndexChanged.connect(self._remember)

    def statuses(self) -> frozenset[str]:
        """The chosen set; while the checklist is open, the set chosen before it."""
        position = self.currentIndex()
        return self._choices[position] if 0 <= position < len(self._choices) else self._choices[self._previous]

    def set_statuses(self, statuses: frozenset[str]) -> None:
        """Show ``statuses``, adding an entry for a set that no quick pick matches."""
        known = frozenset(s.value for s in Status)
        statuses = frozenset(statuses) & known
        if statuses not in self._choices:
            self._set_custom(statuses)
        self.setCurrentIndex(self._choices.index(statuses))

    def _add(self, label: str, statuses: frozenset[str]) -> None:
        self.insertItem(len(self._choices), label)
        self._choices.append(statuses)

    def _set_custom(self, statuses: frozenset[str]) -> None:
        labels = [s.label for s in Status if s.value in statuses]
        text = ", ".join(s.value for s in Status if s.value in statuses)
        if len(self._choices) > len(QUICK_PICKS):  # one custom entry at most: replace it
            self.setItemText(len(QUICK_PICKS), text)
            self._choices[len(QUICK_PICKS)] = statuses
        else:
            self._add(text, statuses)
        self.setItemData(len(QUICK_PICKS), "\n".join(labels), Qt.ItemDataRole.ToolTipRole)

    def _remember(self, position: int) -> None:
        if 0 <= position < len(self._choices):
            self._previous = position

    def _on_activated(self, position: int) -> None:
        if self.itemText(position) != SEVERAL:
            return
        statuses = list(Status)
        ticked = prompts.choose_several(
            self,
            "Filter by status",
            "Show actions with any of these statuses:",
            [s.label for s in statuses],
            {n for n, s in enumerate(statuses) if s.value in self._choices[self._previous]},
        )
        if not ticked:  # cancelled, or nothing ticked: keep the filter as it was
            self.setCurrentIndex(self._previous)
            return
        self.set_statuses(frozenset(statuses[n].value for n in ticked))
