"""A row holding one line that starts mid-sentence: the rest of a cell of the row above.

A paste can put such a line in whichever cell, so it was always joined to the action above's wording.
A page break cuts any cell, though: a PDF's table prints the rest of a long Progress cell at the top
of the next page, in the Progress column, and that text is progress, not the action's words. So the
line goes on in its own column's field when the action above has prose there cut mid-sentence
(several words, no full stop, colon or bracket closing it: "…this was due to young" / "people
missing appointments…"); otherwise, as before, in the action's wording. Leads and dates are never
prose cut mid-sentence, so a pasted line in the Lead column still joins the action.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

# the fields of prose a page can cut (each fills the ActionDraft attribute of its name)
_PROSE = ("outcome", "evidence", "resources", "comments")
MIN_CUT_WORDS = 6  # fewer words above are a name or a label, not a sentence a page cut


def join_run_on(table: ActionTable, where: str, cell: tuple[int, str]) -> None:
    """Join ``cell`` (column, text) to the action above: to its own column's text when that was cut
    mid-sentence, else to the action's wording; and say so in the notes."""
    column, text = cell
    words = " ".join(text.split())
    action = table.last
    for field in _PROSE:
        above = getattr(action, field).rstrip()
        if table.mapping.column_of(field) == column and _cut_mid_sentence(above):
            setattr(action, field, f"{above} {words}")
            table.notes.append(f"{where}: its one line goes on with the {field} of action {action.ref}; joined there.")
            return
    action.activity = f"{action.activity} {words}"
    table.notes.append(f"{where}: its one line continues mid-sentence; joined to action {action.ref}.")


def _cut_mid_sentence(text: str) -> bool:
    return len(text.split()) >= MIN_CUT_WORDS and text[-1:].isalnum()
