"""Type, colours and paragraph styles shared by every section of the pack."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from exports.common.pdf_fonts import BOLD, ITALIC, REGULAR, register_fonts

NAVY = colors.HexColor("#1f3864")
TEAL = colors.HexColor("#2f6f8f")
RULE = colors.HexColor("#b8c4d6")
ZEBRA = colors.HexColor("#f2f5fa")
GROUP_FILL = colors.HexColor("#dfe7f2")
MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    header_cell: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_partnership: ParagraphStyle
    cover_title: ParagraphStyle
    cover_fact: ParagraphStyle
    marking: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]
    # Rows split across pages only when one is taller than a page (pathological text); else they stay whole.
    split_in_row: bool = False


def make_styles(split_in_row: bool = False) -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, spaceAfter=6, textColor=colors.black)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    return Styles(
        body=body,
        muted=ParagraphStyle("muted", parent=body, fontSize=9, leading=12, textColor=MUTED, fontName=ITALIC),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=BOLD, textColor=colors.white),
        h1=ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=16, leading=20, textColor=NAVY, spaceBefore=4, spaceAfter=10
        ),
        h2=ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=12, leading=15, textColor=NAVY, spaceBefore=10, spaceAfter=4
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=9.5, leading=12, textColor=TEAL, spaceBefore=6, spaceAfter=3
        ),
        cover_partnership=ParagraphStyle(
            "cover_partnership", parent=body, fontName=BOLD, fontSize=15, leading=19, textColor=TEAL, spaceAfter=14
        ),
        cover_title=ParagraphStyle(
            "cover_title", parent=body, fontName=BOLD, fontSize=24, leading=30, textColor=NAVY, spaceAfter=10
        ),
        cover_fact=ParagraphStyle("cover_fact", parent=body, fontSize=11, leading=15, alignment=TA_LEFT),
        marking=ParagraphStyle("marking", parent=body, fontName=BOLD, fontSize=10, alignment=TA_CENTER),
        toc_levels=(
            ParagraphStyle(
                "toc1", parent=body, fontName=BOLD, fontSize=11, leading=16, leftIndent=0, firstLineIndent=0
            ),
            ParagraphStyle("toc2", parent=body, fontSize=9.5, leading=13, leftIndent=16, firstLineIndent=0),
        ),
        split_in_row=split_in_row,
    )
