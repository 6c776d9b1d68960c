"""The committee paper's prose in the print pack: numbered sections and paragraphs minutes can cite
("paragraph 4.3"), and the author and contact officer at the end."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph

from exports.common.pdf_text import markup
from exports.reporting.pdf.document import Heading
from exports.reporting.pdf.styles import Styles
from models.snapshots.paper import PaperSection, numbered
from models.snapshots.report import ReportData

# Wide enough for "12.10" in 10 pt bold beside the paragraph it numbers.
NUMBER_WIDTH = 30


def _numbered_style(styles: Styles) -> ParagraphStyle:
    return ParagraphStyle(
        "numbered", parent=styles.body, leftIndent=NUMBER_WIDTH, bulletIndent=0, bulletFontName=styles.h3.fontName
    )


def section(paper_section: PaperSection, number: int, styles: Styles) -> list:
    story: list = [
        CondPageBreak(90),
        Heading(f"{number}. {markup(paper_section.title)}", styles.h1, 0, f"paper-{paper_section.key}"),
    ]
    if paper_section.lead_in:
        story.append(Paragraph(markup(paper_section.lead_in, 600), styles.body))
    style = _numbered_style(styles)
    pending_heading = None
    for index, (label, block) in enumerate(numbered(number, paper_section)):
        if block.heading:
            pending_heading = Heading(markup(block.heading, 300), styles.h2, 1, f"paper-{paper_section.key}-{index}")
            continue
        paragraph = Paragraph(markup(block.text, 6000), style, bulletText=label)
        # A priority's heading never sits alone at the foot of a page.
        story.append(KeepTogether([pending_heading, paragraph]) if pending_heading else paragraph)
        pending_heading = None
    if pending_heading is not None:
        story.append(pending_heading)
    return story


def officers(report: ReportData, styles: Styles) -> list:
    """The Durham-style close of a paper: who wrote it and whom to ask."""
    template = report.paper.template
    lines = [
        (label, officer.line)
        for label, officer in (("Author", template.author), ("Contact officer", template.contact))
        if not officer.is_empty
    ]
    if not lines:
        return []
    body = [Paragraph(f"<b>{markup(label)}:</b> {markup(text, 600)}", styles.body) for label, text in lines]
    # Under the background papers when there are some, else a heading of its own.
    level = 1 if report.paper.closing else 0
    heading = Heading("Author and contact", styles.h2 if level else styles.h1, level, "paper-officers")
    return [CondPageBreak(60), KeepTogether([heading, *body])]
