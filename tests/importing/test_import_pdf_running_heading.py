"""A PDF printed from a Word plan whose pathway sits in the page header, on every page (invented plan)."""

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from app.importing.service import ImportOptions, preview_import
from exports.importing.running_headings import is_running_heading
from tests.pdf_plans import GRID

HEADER = ("Ref", "Action", "Lead", "By when")
RUNNING = ("Safer Town Reoffending Action Plan", "PATHWAY: Housing and Accommodation Needs")


def _plan(path, running=RUNNING):
    cell = getSampleStyleSheet()["BodyText"]

    def table(rows):
        flowable = Table(
            [[Paragraph(text, cell) for text in row] for row in rows], colWidths=[2 * cm, 12 * cm, 5 * cm, 4 * cm]
        )
        flowable.setStyle(GRID)
        return flowable

    def furniture(pdf, doc):
        pdf.setFont("Helvetica", 8)
        for number, line in enumerate(running):
            pdf.drawString(2 * cm, doc.pagesize[1] - (1 + 0.4 * number) * cm, line)

    page_1 = [HEADER, ("3.1", "Count prison leavers housed on release", "Probation", "June 2009")]
    page_2 = [("3.2", "Agree a hostel referral route with every provider", "Council Housing", "Sept 2009")]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=running[0], topMargin=2.5 * cm)
    doc.build([table(page_1), PageBreak(), table(page_2)], onFirstPage=furniture, onLaterPages=furniture)
    return path


def test_a_pathway_printed_on_every_page_names_the_priority_of_the_table_under_it(tmp_path):
    draft = preview_import(_plan(tmp_path / "plan.pdf"), ImportOptions()).draft
    assert [(p.code, p.title, [o.ref for o in p.objectives]) for p in draft.priorities] == [
        ("3", "Housing and Accommodation Needs", ["3.1", "3.2"])
    ]
    assert [a.ref for a in draft.actions] == ["3.1", "3.2"]  # still one table over the page break


def test_a_running_title_is_still_page_furniture():
    assert is_running_heading("PATHWAY: Housing and Accommodation Needs")
    assert is_running_heading("Theme 2 – Safer streets")
    assert not is_running_heading("Safer Town Reoffending Action Plan")
    assert not is_running_heading("Anytown CSP - OFFICIAL")
