"""Why a command was not applied: refused, clashing with a colleague's change, or the storage failed.

Nothing was changed in any of these cases; each message says so and what to do.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.editing.concurrency import FieldConflict

# SQLAlchemy and the concurrency rules are imported where used: the window's date fields raise
# CommandError while start-up's first read is on screen, before the database code has loaded.

NOT_ALLOWED = (
    "The team database does not let {user} make this change: a lead may update only the progress of "
    "the actions they lead, and a viewer only reads and prints. Nothing was changed."
)
SERVER_UNREACHABLE = (
    "The team database {location} cannot be reached, so the change was not saved. Delivery Desk is "
    "reconnecting; try again in a moment. Everything saved before is safe on the server."
)

NOT_WHILE_OFFLINE = (
    "{label} cannot be done on the laptop copy while the team database is out of reach: only edits "
    "are kept to send to the server. Nothing was changed; do it again once you are back online."
)


class CommandError(RuntimeError):
    """A command could not be applied; nothing was changed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class EditConflict(CommandError):
    """Colleagues changed fields this edit also changes, differently; nothing was written.

    ``conflicts`` holds both values of each field; ``resolved`` builds the edit the officer chose.
    """

    def __init__(self, command: Any, conflicts: tuple[FieldConflict, ...]) -> None:
        super().__init__(" ".join(conflict.describe() for conflict in conflicts), conflicts[0].field)
        self.command = command
        self.conflicts = conflicts

    def resolved(self, keep_mine: set[str]) -> Any:
        """The edit again, keeping the officer's value for ``keep_mine`` and the colleague's for the rest."""
        from app.editing.concurrency import Seen

        theirs = {c.field: c.theirs for c in self.conflicts}
        values = {k: v for k, v in self.command.values.items() if k not in theirs or k in keep_mine}
        if not values:
            return None
        seen_values = {**self.command.seen.values, **{k: theirs[k] for k in keep_mine}}
        # Any revision: the fields are compared again against what is on the server now.
        return replace(self.command, values=values, seen=Seen(-1, seen_values))


class StorageError(CommandError):
    """The disk refused the change (full, read-only, gone); nothing was changed and nothing was lost."""


def refused_by_server(exc: Exception) -> bool:
    """A privilege or row-level-security refusal (SQLSTATE 42501), or an UPDATE the policies filtered out."""
    from sqlalchemy.orm.exc import StaleDataError

    return isinstance(exc, StaleDataError) or getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501"
