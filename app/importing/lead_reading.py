"""An action's lead and partners from its row's Lead and Partners cells, and what else those cells hold.

A Lead cell may say more than who leads: a contact ("Jo Bloggs, jo.bloggs@…"), who funds the work
("EQUIP – commissioned by NBBC and WCC"), "to be agreed", several bodies one a line, or debris a PDF's
text left there (a page number). Each is kept where it belongs, the comments or the partners, and
noted in the preview, so the lead is one body's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.importing.delivery_lines import split_means
from app.importing.funder_clauses import split_funder_clause
from app.importing.lead_cells import without_debris
from app.importing.lead_contacts import split_lead_contact
from app.importing.text import read_lead_cell
from exports.importing.name_lists import without_closing_stop
from exports.importing.source import SourceLocation

MAX_LEAD = 300


@dataclass(frozen=True)
class LeadReading:
    lead: str
    partners: str  # one a line
    comments: str  # the row's comments with what the lead cell said beside the lead


def without_name_debris(values: dict[str, str], where: SourceLocation, notes: list[str]) -> None:
    """The Lead and Partners cells in ``values`` without what names no one (a page number, figures)."""
    for name in ("lead", "partners"):
        values[name], debris = without_debris(values[name])
        if debris:
            notes.append(
                f"{where}: '{debris}' in the {name} cell names no one (a page number or "
                "figures a PDF's text left there); left out."
            )


def read_lead(values: dict[str, str], where: SourceLocation, notes: list[str]) -> LeadReading:
    """The lead, partners and comments of the row whose cells are ``values``."""
    lead_text, contact = split_lead_contact(values["lead"])
    lead_text, funder = split_funder_clause(lead_text)
    cell, comments = read_lead_cell(lead_text), values["comments"]
    if contact:
        comments = f"Lead contact: {contact}\n{comments}".strip()
    if funder:  # who pays for the work, not who does it
        comments = f"{funder[:1].upper()}{funder[1:]}\n{comments}".strip()
        notes.append(f"{where}: '{funder}' in the lead cell names who funds the action; kept in its comments.")
    lead, partners = cell.lead[:MAX_LEAD], without_closing_stop(values["partners"])
    if cell.no_lead:
        comments = f"Lead: {cell.no_lead}\n{comments}".strip()
    bodies, means = split_means(cell.partners)
    if means:  # "In Service training programme and Healthy Scheme": how it is delivered, no partner
        comments = "\n".join((*(f"Delivered through: {line}" for line in means), comments)).strip()
        notes.append(
            f"{where}: '{'; '.join(means)}' in the lead cell names how the action is delivered; kept in its comments."
        )
    if bodies:
        partners = "; ".join((*bodies, *([partners] if partners else [])))
        notes.append(
            f"{where}: the lead cell names {len(bodies) + 1} organisations on separate "
            f"lines; {lead} is the lead, the others partners."
        )
    return LeadReading(lead, partners, comments)
