"""Pieces of the edition's HTML shared by its sections: safe user text, dates, status and update
cells, and data tables with their header cells marked."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape

from exports.common.pdf_text import plain
from exports.reporting.wording import short_date
from models.snapshots.report import status_label
from models.snapshots.rows import ActionRow

Cell = str  # already-escaped HTML


LONG_WORD = re.compile(r"\S{30,}")
# As in the print pack: a table row taller than a page cannot be laid out (WeasyPrint leaves blank
# pages), so a longer text ends with a note that the full text is in Delivery Desk.
TEXT_LIMIT = 1400


def _breakable(match: re.Match[str]) -> str:
    word = match.group()
    return "\u200b".join(word[i : i + 20] for i in range(0, len(word), 20))


def esc(text: object) -> str:
    """User text made safe: escaped, control characters dropped and any character the embedded
    font lacks replaced, so no fallback font (without a reliable Unicode map) is ever needed.
    A pasted URL or other unbroken run gets break opportunities, or it would push its table off
    the page (table columns are as wide as their longest word). Text is cut at ``TEXT_LIMIT``."""
    return escape(LONG_WORD.sub(_breakable, plain(text, TEXT_LIMIT)), quote=True)


def _row(row: Sequence[Cell], row_headers: bool) -> str:
    first, rest = row[0], row[1:]
    lead = f'<th scope="row">{first}</th>' if row_headers else f"<td>{first}</td>"
    return "<tr>" + lead + "".join(f"<td>{c}</td>" for c in rest) + "</tr>"


def _head(header: Sequence[str]) -> str:
    return "<thead><tr>" + "".join(f'<th scope="col">{esc(h)}</th>' for h in header) + "</tr></thead>"


def table(caption: str | None, header: Sequence[str], rows: Iterable[Sequence[Cell]], row_headers: bool = True) -> str:
    """A data table: column headers scoped to their columns and, by default, each row's first cell
    (the action ref) a row header, so a screen reader announces "1.2.3, Lead: …" cell by cell.
    ``caption`` None: the heading just above names the table, and a caption would only repeat it."""
    body = "".join(_row(row, row_headers) for row in rows)
    return f"<table><caption>{esc(caption)}</caption>{_head(header)}<tbody>{body}</tbody></table>"


def grouped_table(header: Sequence[str], groups: Iterable[tuple[str, Iterable[Sequence[Cell]]]]) -> str:
    """One table whose rows come in titled groups, as the print pack's spanning group rows: each
    group a body of its own, opened by a header cell scoped to that body, so a screen reader gives
    the group with each of its cells and the list stays one table however many pages it runs over."""
    bodies = "".join(
        f'<tbody><tr class="group"><th scope="rowgroup" colspan="{len(header)}">{esc(title)}</th></tr>'
        + "".join(_row(row, True) for row in rows)
        + "</tbody>"
        for title, rows in groups
    )
    return f"<table><caption></caption>{_head(header)}{bodies}</table>"


def status_cell(status: str, extra: str = "") -> Cell:
    text = esc(status_label(status))
    return text + (f"<br><strong>{esc(extra)}</strong>" if extra else "")


def update_cell(a: ActionRow) -> Cell:
    if not a.latest_update_note and not a.latest_update_date:
        return "No update recorded"
    stamp = " · ".join(p for p in (short_date(a.latest_update_date), esc(a.latest_update_author)) if p)
    return (f"<strong>{stamp}</strong><br>" if stamp else "") + esc(a.latest_update_note)
