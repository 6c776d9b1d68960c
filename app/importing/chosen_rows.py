"""Rows whose role the user chose in the import review: read as that role, whatever they look like."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.corrections import RowRole
from app.importing.text import parse_priority_heading, parse_ref_cell

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable


def read_chosen(reader: ActionTable, index: int, row: tuple[str, ...], role: RowRole) -> tuple[RowRole, str]:
    """Row ``index`` of the table ``reader`` reads, whose role the user chose in the review, read as that role."""
    where = reader.table.location(index)
    values, _merged = reader.values(index, row)
    text = " ".join(" ".join(cell.split()) for cell in row if cell.strip())  # a heading may span cells
    ref = parse_ref_cell(values["ref"])
    if role is RowRole.CONTINUATION and reader.last is not None:
        action, lead = reader.last, values["lead"]
        if lead and action.lead and lead != action.lead:  # two organisations, never one glued-up name
            values = {**values, "lead": ""}
            reader.join(where, values, ref, f"you joined it to the row above; its lead {lead} is kept as a partner")
            action.partners = "; ".join(part for part in (action.partners, lead) if part)
        else:
            reader.join(where, values, ref, "you joined it to the row above")
        return role, action.ref
    if role is RowRole.HEADING and text:
        heading = parse_priority_heading(text) or (reader.b.next_priority_code(), text)
        reader.priority_code = reader.b.priority(*heading).code
        reader.group_refs, reader.group_text = (), ""
        return role, reader.priority_code
    if role is RowRole.OBJECTIVE and text:
        wording = values["objective"] or values["activity"] or text
        if ref.objective_refs:
            reader.start_group(ref, wording)
        else:
            code = reader.priority_code or (reader.group_refs[0].split(".")[0] if reader.group_refs else "1")
            reader.group_refs, reader.group_text = (reader.b.new_objective(code, wording),), wording
        return role, " ".join(reader.group_refs)
    if role is RowRole.ACTION and text:
        reader.start_group(ref, values["objective"])
        activity = values["activity"] or text
        return role, reader.add_action(where, values, activity, ref.action_ref).ref
    if role is not RowRole.LEFT_OUT:
        reader.notes.append(f"{where}: cannot be read as {role} (nothing above to join, or no text); left out.")
    return RowRole.LEFT_OUT, "chosen by you" if role is RowRole.LEFT_OUT else ""
