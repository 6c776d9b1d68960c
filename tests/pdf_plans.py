"""PDF plans built with reportlab, as councils publish them: ruled tables, a table running over a page
break with its header repeated, a row broken across the break, running page headers and footers."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HEADER = ("Ref", "Objective", "Action", "Lead", "By when")
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
TITLE = "Anytown Community Safety Partnership Delivery Plan 2022-25"


def _rows(count: int) -> list[tuple[str, ...]]:
    rows = []
    for number in range(1, count + 1):
        objective = "1.1" if number <= count // 2 else "1.2"
        rows.append(
            (
                f"{objective}.{number}",
                "Reduce repeat victimisation" if objective == "1.1" else "Improve support for families",
                f"Deliver workshop {number} on safeguarding for front line staff in every locality",
                "Community Safety Team" if number % 2 else "Anytown Police",
                "March 2023" if number % 3 else "Ongoing",
            )
        )
    return rows


def _furniture(pdf: canvas.Canvas, doc) -> None:
    """A running header and a page number on every page: the reader must not take them for content."""
    pdf.saveState()
    pdf.setFont("Helvetica", 8)
    pdf.drawString(2 * cm, doc.pagesize[1] - 1 * cm, "Anytown CSP - OFFICIAL")
    pdf.drawRightString(doc.pagesize[0] - 2 * cm, 1 * cm, f"Page {doc.page}")
    pdf.restoreState()


def plan_pdf(
    path: Path, actions: int = 30, glossary: bool = True, ruled: bool = True, repeat_header: bool = True
) -> Path:
    """A two-priority plan; priority 1's table has ``actions`` rows, enough to run over a page break.

    ``ruled=False`` draws the tables without lines, as plans laid out with tabs or a borderless
    table print; ``repeat_header=False`` prints the header row on the first page only."""
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=TITLE, topMargin=2 * cm, bottomMargin=2 * cm)

    def table(rows):
        body = [[Paragraph(text, cell) for text in row] for row in rows]
        flowable = Table(
            [list(HEADER), *body], colWidths=[2 * cm, 5 * cm, 10 * cm, 5 * cm, 3 * cm], repeatRows=int(repeat_header)
        )
        flowable.setStyle(GRID if ruled else TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return flowable

    story = [Paragraph(TITLE, styles["Title"]), Paragraph("Priority 1 – Protecting victims", styles["Heading2"])]
    story.append(table(_rows(actions)))
    story.append(Paragraph("Priority 2 – Tackling offending", styles["Heading2"]))
    story.append(
        table(
            [
                ("2.1.1", "Reduce reoffending", "Run the integrated offender management scheme", "Probation", "2024"),
                ("2.1.2", "", "Review the scheme with partners and publish the findings", "Probation", "June 2024"),
            ]
        )
    )
    if glossary:
        story.append(Spacer(1, cm))
        story.append(Paragraph("Glossary", styles["Heading2"]))
        terms = Table([["Acronym", "Meaning"], ["CSP", "Community Safety Partnership"]])
        terms.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.append(terms)
    doc.build(story, onFirstPage=_furniture, onLaterPages=_furniture)
    return path


def split_row_pdf(path: Path) -> Path:
    """One action whose activity runs over a page break, drawn as Word prints it: the row's first
    lines at the foot of page 1, the rest under the repeated header at the top of page 2."""
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Split row plan")

    def table(rows):
        body = [[Paragraph(text, styles["BodyText"]) for text in row] for row in rows]
        flowable = Table([list(HEADER), *body], colWidths=[1.5 * cm, 3 * cm, 8 * cm, 2.5 * cm, 2.5 * cm])
        flowable.setStyle(GRID)
        return flowable

    page_one = [
        ("1.1.1", "Know what exists", "Agree the scope of the mapping exercise", "CSP", "May 2022"),
        ("1.1.2", "", "Map the services that support victims of domestic abuse and sexual", "Police", "June 2022"),
    ]
    page_two = [
        ("", "", "violence, with the voluntary sector", "", ""),
        ("1.1.3", "", "Publish the map", "CSP", "July 2022"),
    ]
    doc.build([Spacer(1, 18 * cm), table(page_one), PageBreak(), table(page_two)])
    return path


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages that are pictures of text (a scan): no text layer at all."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(image).rectangle((40, 40, 560, 360), outline="black", width=3)
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        buffer.seek(0)
        from reportlab.lib.utils import ImageReader

        pdf.drawImage(ImageReader(buffer), 2 * cm, 10 * cm, width=16 * cm, height=11 * cm)
        pdf.showPage()
    pdf.save()
    return path


def many_pages_pdf(path: Path, pages: int) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(pages):
        pdf.drawString(72, 720, f"Page {number + 1}")
        pdf.showPage()
    pdf.save()
    return path


def encrypted_pdf(path: Path, source: Path, password: str = "board-2024") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password)
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def merged_pdf(path: Path) -> Path:
    """An objective and a lead merged down over several actions, and a priority heading across the table."""
    rows = [
        list(HEADER),
        ["1.1.1", "Reduce harm", "Review the referral pathway", "Police", "May 2022"],
        ["1.1.2", "", "Train call handlers", "", "June 2022"],
        ["1.1.3", "", "Publish the results", "CSP", "July 2022"],
        ["Priority 2 – Tackling offending", "", "", "", ""],
        ["2.1.1", "Reduce reoffending", "Run the offender scheme", "Probation", "2024"],
    ]
    table = Table(rows)
    spans = [("SPAN", (1, 1), (1, 3)), ("SPAN", (3, 1), (3, 2)), ("SPAN", (0, 4), (4, 4))]
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), *spans]))
    SimpleDocTemplate(str(path), pagesize=A4, title="Merged cells plan").build([table])
    return path


def bcp_pdf(path: Path) -> Path:
    """The BCP reference plan as its PDF would be printed from the Word file (tests/plan_files.py):
    the objective list as paragraphs, the table over two pages with its header repeated, a glossary."""
    from sample_plans import BCP_GLOSSARY, BCP_HEADER, BCP_OUTLINE, BCP_PAGE_ONE, BCP_PAGE_TWO

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    doc = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), title="BCP Preventing Domestic Abuse Delivery Plan 2021-2023"
    )

    def table(rows):
        body = [[Paragraph(text.replace("&", "&amp;"), small) for text in row] for row in rows]
        widths = [2.2 * cm, 4 * cm, 6.5 * cm, 3.5 * cm, 2.5 * cm, 4 * cm, 3.5 * cm]
        flowable = Table(body, colWidths=widths)
        flowable.setStyle(GRID)
        return flowable

    story = [Paragraph(text, styles["BodyText"]) for text in BCP_OUTLINE]
    story += [table([BCP_HEADER, *BCP_PAGE_ONE]), PageBreak(), table([BCP_HEADER, *BCP_PAGE_TWO])]
    story += [
        Paragraph("Glossary", styles["Heading2"]),
        *(Paragraph(text, styles["BodyText"]) for text in BCP_GLOSSARY),
    ]
    doc.build(story, onFirstPage=_furniture, onLaterPages=_furniture)
    return path
