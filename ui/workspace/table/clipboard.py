"""Selected rows as a table that pastes cleanly into Word (HTML) and Excel (tab-separated text)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData

from models.snapshots.rows import ActionRow
from ui.workspace.table.model import HEADERS, full_text


def _cell_for_tsv(text: str) -> str:
    """Excel reads a quoted field as one cell even with tabs or line breaks inside."""
    if any(ch in text for ch in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def rows_as_tsv(rows: Sequence[ActionRow], columns: Sequence[int]) -> str:
    lines = ["\t".join(HEADERS[c] for c in columns)]
    lines += ["\t".join(_cell_for_tsv(full_text(row, c)) for c in columns) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def rows_as_html(rows: Sequence[ActionRow], columns: Sequence[int]) -> str:
    from html import escape  # here, not at the top: html.entities is 10 ms of start-up before the rows show

    head = "".join(f"<th>{escape(HEADERS[c])}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(full_text(row, c)).replace(chr(10), '<br>')}</td>" for c in columns) + "</tr>"
        for row in rows
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="3"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def rows_mime_data(rows: Sequence[ActionRow], columns: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setText(rows_as_tsv(rows, columns))
    mime.setHtml(rows_as_html(rows, columns))
    return mime
