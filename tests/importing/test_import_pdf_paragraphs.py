"""A PDF's free paragraphs read whole, as Word gives them: the printed lines of a wrapped paragraph
joined, a paragraph that ends short, a heading and each list item kept apart (an invented plan,
laid out by reportlab as a word processor prints it)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exports.importing.pdf_reader import read_pdf

AIM = (
    "To make the town centre a place where everyone feels safe at night, working with the venues, the "
    "licensing team, the street pastors and the bus companies on the routes home."
)
ITEM = (
    "Open a night-time hub in each town with first aid, somewhere to charge a phone and a safe place to wait "
    "for a lift home."
)


def test_wrapped_lines_of_a_paragraph_are_one_paragraph_and_list_items_stay_apart(tmp_path):
    styles = getSampleStyleSheet()
    item = ParagraphStyle("ListBullet", parent=styles["BodyText"], leftIndent=18, bulletIndent=4)
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [
            Paragraph("Outcome 1: Safer nights in the town centre", styles["Heading2"]),
            Paragraph(AIM, styles["BodyText"]),
            Paragraph("Actions", styles["Heading4"]),
            Paragraph(ITEM, item, bulletText="•"),
            Paragraph("Train door staff in first aid.", item, bulletText="•"),
            Paragraph("Short line.", styles["BodyText"]),
            Paragraph("Another short line.", styles["BodyText"]),
        ]
    )
    assert read_pdf(path).paragraphs == (
        "Outcome 1: Safer nights in the town centre",
        AIM,
        "Actions",
        f"• {ITEM}",
        "• Train door staff in first aid.",
        "Short line.",
        "Another short line.",
    )
