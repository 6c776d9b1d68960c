"""Edit-menu operations on the selected actions; each becomes one command on the undo stack
(a bulk change of more than ``UI_THREAD_RECORDS`` actions is applied off the UI thread).

The Edit menu holds them from start-up's first read on, before the command path is loaded: each
imports it when it runs, after ``MainWindow.wait_for_data`` (``WindowActions`` waits first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.status import Status
from ui.common import prompts
from ui.workspace.table.delegates import NO_LEAD_TEXT

if TYPE_CHECKING:
    from app.editing.commands import Command
    from ui.window.main_window import MainWindow


class ActionOperations:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _run_bulk(self, command: Command) -> None:
        from app.editing.commands import command_size
        from ui.editing.undo_steps import UI_THREAD_RECORDS

        if command_size(command) > UI_THREAD_RECORDS:
            self.window.run_command_in_background(command, command.label, lambda _outcome: None)
        else:
            self.window.run_command(command)

    def _selected(self):
        rows = self.window.acted_on_rows()
        if not rows:
            self.window.show_refusal("Select one or more actions first.")
        return rows

    def add_action(self) -> None:
        from app.editing.action_commands import new_action_command

        window = self.window
        if window.plan_uuid is None:
            return
        objective_uuid, objective_ref = window.target_objective()
        command = new_action_command(window.plan_uuid, objective_uuid, objective_ref, window.model.rows)
        if window.run_command(command):
            window.clear_filter_to_show(command.uuid)
            window.select_actions([command.uuid])
            window.edit_current_cell()

    def duplicate_selected(self) -> None:
        from app.editing.action_commands import duplicate_command

        rows = self._selected()
        if rows and self.window.plan_uuid:
            command = duplicate_command(self.window.plan_uuid, rows, self.window.model.rows)
            if self.window.run_command(command):
                self.window.select_actions([c.uuid for c in command.commands])

    def delete_selected(self) -> None:
        from app.editing.action_commands import delete_command

        rows = self._selected()
        if not rows:
            return
        names = ", ".join(row.ref or row.activity[:30] for row in rows[:5]) + ("…" if len(rows) > 5 else "")
        what = "this action" if len(rows) == 1 else f"these {len(rows)} actions"
        if prompts.confirm(
            self.window,
            "Delete actions",
            f"Delete {what} ({names})?\n\nYou can bring them back with Edit > Undo.",
            ok_text="Delete",
        ):
            self._run_bulk(delete_command(rows))

    def move_selected(self) -> None:
        from app.editing.action_commands import move_command
        from app.queries.structure import priority_tree

        rows = self._selected()
        if not rows or self.window.plan_uuid is None:
            return
        objectives = [o for p in priority_tree(self.window.ctx.db, self.window.plan_uuid) for o in p.objectives]
        if not objectives:
            self.window.show_refusal("This plan has no objectives to move actions to.")
            return
        labels = [f"{o.ref} {o.text}"[:120] for o in objectives]
        chosen = prompts.choose(self.window, "Move to objective", "Move the selected actions to:", labels)
        if chosen is not None:
            self._run_bulk(move_command(rows, objectives[chosen].uuid, objectives[chosen].ref))

    def set_status_of_selected(self) -> None:
        from app.editing.action_commands import bulk_set_command

        rows = self._selected()
        if not rows:
            return
        statuses = list(Status)
        # Opens on the current status, so Enter out of habit changes nothing.
        current = next((n for n, s in enumerate(statuses) if s.value == rows[0].status), 0)
        chosen = prompts.choose(
            self.window, "Set status", f"Status for {len(rows)} action(s):", [s.label for s in statuses], current
        )
        if chosen is not None:
            self._run_bulk(bulk_set_command(rows, "status", statuses[chosen].value, "status"))

    def set_lead_of_selected(self) -> None:
        from app.editing.action_commands import bulk_set_command

        rows = self._selected()
        if not rows:
            return
        leads = self.window.leads()
        labels = [NO_LEAD_TEXT, *(lead.name for lead in leads)]
        current = next((n + 1 for n, lead in enumerate(leads) if lead.uuid == rows[0].lead_uuid), 0)
        chosen = prompts.choose(self.window, "Set lead", f"Lead for {len(rows)} action(s):", labels, current)
        if chosen is not None:
            lead_uuid = None if chosen == 0 else leads[chosen - 1].uuid
            self._run_bulk(bulk_set_command(rows, "lead_uuid", lead_uuid, "lead"))

    def renumber(self) -> None:
        from app.editing.renumber import renumber_command

        command = renumber_command(self.window.model.rows)
        if not command.commands:
            prompts.info(self.window, "Renumber action refs", "Every action's ref already follows its objective.")
            return
        if prompts.confirm(
            self.window,
            "Renumber action refs",
            f"Give {len(command.commands)} action(s) new refs numbered within their objective (e.g. 1.2.1, 1.2.2)?"
            "\n\nYou can undo this.",
            ok_text="Renumber",
        ):
            self._run_bulk(command)
