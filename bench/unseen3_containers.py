"""Containers for three plans keyed unseen that are written as headings and bullet lists, not tables
(lines in bench/container_rows_unseen3.py).

Each is a partnership's web page as a secretary receives it: copied into Word (headings and the
labels over each list bold, the list items Word's List Bullet paragraphs, no table), pasted into a
workbook and saved as CSV (each line in the first cell of its row, the list items with the "• " the
copied text carries), and printed to PDF from the Word file (headings, paragraphs, bulleted items).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from container_rows_unseen3 import BEXLEY_MS, CUMBERLAND, HORSHAM, Line
from container_writers import WordPlan, write_csv, write_sheet


def _word(lines: list[Line], path: Path) -> None:
    word = WordPlan()
    for kind, text in lines:
        if kind == "bullet":
            word.para(text, style="List Bullet")
        else:
            word.para(text, bold=kind in {"title", "heading", "label"})
    word.save(path)


def _pdf(lines: list[Line], path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    shapes = {"title": "Title", "heading": "Heading2", "label": "Heading4", "para": "BodyText"}
    # Word's List Bullet: the bullet at the margin, the item's lines indented after it
    item = ParagraphStyle("ListBullet", parent=styles["BodyText"], leftIndent=18, bulletIndent=4)
    story = [
        Paragraph(escape(text), item, bulletText="•")
        if kind == "bullet"
        else Paragraph(escape(text), styles[shapes[kind]])
        for kind, text in lines
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def list_plan(name: str, lines: list[Line], out: Path) -> list[Path]:
    """The four containers of a plan of headings and lists: Word, sheet, CSV, PDF."""
    docx, xlsx, csv_path, pdf = (out / f"{name}.{suffix}" for suffix in ("docx", "xlsx", "csv", "pdf"))
    _word(lines, docx)
    sheet = [[f"• {text}" if kind == "bullet" else text] for kind, text in lines]
    write_sheet(xlsx, sheet)
    write_csv(csv_path, sheet)
    _pdf(lines, pdf)
    return [docx, xlsx, csv_path, pdf]


UNSEEN3_BUILDERS = {
    "bexley-modern-slavery-2023-24": lambda out: list_plan("bexley-modern-slavery-2023-24", BEXLEY_MS, out),
    "horsham-csp-drugs-alcohol": lambda out: list_plan("horsham-csp-drugs-alcohol", HORSHAM, out),
    "cumberland-csp-priorities": lambda out: list_plan("cumberland-csp-priorities", CUMBERLAND, out),
}
