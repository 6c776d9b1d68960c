"""Ref lists and objective cells spread over several rows, and refs that number actions, not objectives.

- **A ref list spread over the rows below.** A spreadsheet pasted from a PDF, or a PDF's own text,
  often puts each line of a tall Ref cell on a row of its own: "1.2 1.3" on the group's first row,
  "1.5" and "1.6" on the rows under it, some of which hold actions of their own, and a page break
  may fall in between. Refs alone (no objective text, or only the objective's sentence going on in
  lower case) under a row that listed several, or under the rows that already went on with that
  list, belong to the list: the rows stay in that one group, not in groups of their own.
- **An objective cell wrapped over the rows below** ("Trauma informed interventions made" then
  "available to children…" then "by domestic abuse") is one objective's wording, not fragments.
- **Refs that number actions** (decided once the whole table is read; ``keep_own_refs``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.list_numbers import take_list_numbers
from app.importing.template_rows import list_goes_on
from app.importing.term_bands import date_rows_by_band
from app.importing.text import RefCell, parse_ref_cell, starts_as_continuation

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable
    from exports.importing.source import SourceLocation


def continues_ref_list(reader: ActionTable, index: int, ref: RefCell, objective: str) -> bool:
    """Whether row ``index``'s refs go on with the ref list above (joining it, and the action above,
    when they do): the row lists refs and no action ref, with no objective text of its own, and the
    list is still open (``reader.ref_list_row`` is the row just above)."""
    if not ref.objective_refs or ref.action_ref or reader.ref_list_row != index - 1:
        return False
    if objective and not starts_as_continuation(objective):
        return False  # a new objective's wording: a group of its own
    before = list(reader.group_refs)
    reader.group_refs = tuple(dict.fromkeys((*reader.group_refs, *ref.objective_refs)))
    for objective_ref in ref.objective_refs:
        reader.b.objective(objective_ref)
    group = []  # the actions read under the list so far: every one stands under the whole list
    for action, _cell in reversed(reader.made):
        if action.objective_refs != before:
            break
        group.append(action)
    for action in group:
        action.objective_refs.extend(r for r in ref.objective_refs if r not in action.objective_refs)
    continue_group_text(reader, objective)
    reader.ref_list_row = index
    return True


def keeps_list_open(reader: ActionTable, index: int, went_on: bool) -> None:
    """After row ``index``: a row that went on with the rows above (a continuation, a repeated header
    after a page break, an empty row) leaves an open ref list open for the row below."""
    if went_on and reader.ref_list_row == index - 1:
        reader.ref_list_row = index


def continue_group_text(reader: ActionTable, text: str) -> bool:
    """An objective cell going on mid-sentence ("available to children…") under a group whose wording
    it continues: the group's wording (and the outcome of the action above, which began with it) is
    the whole sentence. False when the text starts a wording of its own."""
    old = reader.group_text
    if not text or not old or not starts_as_continuation(text):
        return False
    reader.group_text = f"{old} {' '.join(text.split())}"
    last = reader.last
    if last is not None and last.objective_refs[:1] == list(reader.group_refs[:1]) and last.outcome.startswith(old):
        last.outcome = reader.group_text + last.outcome[len(old) :]
    return True


def finish_table(reader: ActionTable) -> None:
    """Once the whole table is read: refs that number the actions kept, merged cells noted."""
    take_list_numbers(reader)  # "1. Provide…", "2. Develop…" in the Action cells
    date_rows_by_band(reader)  # "SHORT TERM TARGETS (… by June 2006)." over the table
    keep_own_refs(reader)
    if reader.filled:
        reader.notes.append(
            f"{reader.table.location()}: cells merged down over several rows were read as the same for each "
            f"action ({', '.join(sorted(reader.filled))})."
        )


def keep_own_refs(reader: ActionTable) -> None:
    """A Ref column giving every action a ref of its own ("1.1", "1.2", "2.1", each once; or rows
    numbered 1, 2, 3) numbers the actions, not objectives: each action keeps its ref as written.
    With an Objective column too, so when each of those rows writes its own objective (a template
    numbering its rows, "2.1 | Reduce anti-social behaviour | Patrols"): the objective keeps the ref
    and the wording, the action the ref.
    A table of one such row is read by the same rule (its ref is written once), so a plan's refs do not
    depend on how many rows a page break left in a table."""
    if not reader.made:
        return
    cells = [parse_ref_cell(cell) for _action, cell in reader.made]
    wanted = [_own_ref(c) for c in cells]
    titled = [ref in reader.b.objectives and bool(reader.b.objectives[ref].text) for ref in wanted]
    # an Objective column empty on every row ("2.1 Reduce…" under an aim's label) names no objective
    if reader.mapping.column_of("objective") is not None and any(titled) and not all(titled):
        return
    taken = reader.b.action_refs - {action.ref for action, _cell in reader.made}
    if not all(wanted) or len(set(wanted)) != len(wanted) or taken & set(wanted):
        return
    renamed = {}
    for (action, _cell), ref in zip(reader.made, wanted, strict=True):
        reader.b.action_refs.discard(action.ref)
        reader.b.action_refs.add(ref)
        renamed[action.ref], action.ref = ref, ref
    for key, (role, made) in list(reader.b.result.rows.items()):
        if key[0] == reader.table.index and made in renamed:
            reader.b.result.rows[key] = (role, renamed[made])
    reader.notes.append(f"{reader.table.location()}: every action has a ref of its own; they are kept as written.")


def _own_ref(cell: RefCell) -> str:
    """The ref a row's cell gives its action alone: "2.1", or a lone number ("3"), else none."""
    if cell.action_ref:
        return ""
    if len(cell.objective_refs) == 1:
        return cell.objective_refs[0]
    return cell.priority_codes[0] if not cell.objective_refs and len(cell.priority_codes) == 1 else ""


def extend_objective(reader: ActionTable, where: SourceLocation, text: str) -> bool:
    """An objective cell continuing mid-sentence under the objective it began (a row cut by a page)
    finishes that objective's title rather than starting a fragment of one; so does one of bullet
    points under an objective whose cell ended in a list ("…under the headings of: • Tobacco…")."""
    if not text or len(reader.group_refs) != 1:
        return False
    objective = reader.b.objectives.get(reader.group_refs[0])
    if objective is None or not objective.text or objective.text != reader.group_text:
        return False
    goes_on = list_goes_on(objective.text, text)
    if not starts_as_continuation(text) and not goes_on:
        return False
    # the cell's own lines kept, so that a list it ends with can go on after the next page break too
    objective.text = reader.group_text = f"{objective.text}{chr(10) if goes_on else ' '}{text.strip()}"
    reader.notes.append(f"{where}: the objective cell continues the title of objective {objective.ref} above.")
    return True
