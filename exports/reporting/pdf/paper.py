"""The committee paper's prose in the print pack: numbered sections and paragraphs minutes can cite
("paragraph 4.3"), and the author and contact officer at the end."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph

from exports.common.pdf_text import markup
from exports.reporting.pdf.document import Heading
from exports.reporting.pdf.styles import Styles
from exports.reporting.wording import officer_lines
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
    run: list = []  # the paragraphs before any sub-heading, then each sub-heading with its own
    runs = [run]
    for index, (label, block) in enumerate(numbered(number, paper_section)):
        if block.heading:
            run = [Heading(markup(block.heading, 300), styles.h2, 1, f"paper-{paper_section.key}-{index}")]
            runs.append(run)
        else:
            run.append(Paragraph(markup(block.text, 6000), style, bulletText=label))
    for run in runs:
        _keep_ends_together(run)
        story += run
    return story


def _keep_ends_together(run: list) -> None:
    """A sub-heading never sits alone at the foot of a page, nor a run's last paragraph alone at
    the top of the next: each is kept with its neighbour. reportlab's keepWithNext groups them as
    it lays the page out, so the story stays flat and the contents find every heading in it."""
    if len(run) < 2:
        return
    if isinstance(run[0], Heading):
        run[0].keepWithNext = True
    run[-2].keepWithNext = True


def officers(report: ReportData, styles: Styles) -> list:
    """The Durham-style close of a paper: who wrote it and whom to ask."""
    lines = officer_lines(report)
    if not lines:
        return []
    body = [Paragraph(f"<b>{markup(label)}:</b> {markup(text, 600)}", styles.body) for label, text in lines]
    # Under the background papers when there are some, else a heading of its own.
    level = 1 if report.paper.closing else 0
    heading = Heading("Author and contact", styles.h2 if level else styles.h1, level, "paper-officers")
    block = [heading, *body]
    for flowable in block[:-1]:  # one block, as _keep_ends_together keeps a run's ends
        flowable.keepWithNext = True
    return [CondPageBreak(60), *block]
