"""The minutes-ready PDF progress report pack, drawn with reportlab platypus from ReportData."""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.platypus import NextPageTemplate, PageBreak
from reportlab.platypus.doctemplate import LayoutError

from exports.reporting.pdf import body, exceptions, front, paper
from exports.reporting.pdf.columns import needs_landscape
from exports.reporting.pdf.document import LANDSCAPE, PageFacts, ReportDocTemplate
from exports.reporting.pdf.styles import make_styles
from exports.reporting.wording import long_date
from models.snapshots.report import ReportData

SECTION_WRITERS = {
    "summary": front.summary,
    "exceptions": exceptions.exceptions,
    "changes": front.changes,
    "progress": body.progress,
    "measures": body.measures,
    "glossary": body.glossary,
}


def _facts(report: ReportData) -> PageFacts:
    cover = report.cover
    meeting = " – ".join(p for p in (cover.meeting_body, long_date(cover.meeting_date)) if p)
    if cover.agenda_item:
        meeting += f" – agenda item {cover.agenda_item}"
    return PageFacts(
        plan_title=cover.plan_title,
        marking=cover.marking,
        meeting=meeting or "Progress report",
        generated=f"Generated {long_date(cover.generated_on)} by Delivery Desk",
    )


def render_pdf(report: ReportData) -> bytes:
    """The whole pack as PDF bytes; a row too tall for any page is split rather than failing."""
    try:
        return _render(report, split_in_row=False)
    except LayoutError:
        return _render(report, split_in_row=True)


def _render(report: ReportData, split_in_row: bool) -> bytes:
    buffer = io.BytesIO()
    # The document's Author property names the officer, as the Word and accessible editions do.
    author = report.paper.template.author.name or report.cover.author or report.cover.partnership
    doc = ReportDocTemplate(buffer, _facts(report), report.options.paper, author=author)
    styles = make_styles(split_in_row)
    story = front.cover(report, styles, doc.width)
    story += front.contents(styles)
    wide_progress = needs_landscape(report.options)
    number = 0
    for paper_section in report.paper.opening:
        number += 1
        story += paper.section(paper_section, number, styles)
    if report.paper.opening:
        story.append(PageBreak())  # the tables start on a page of their own, after the paper's prose
    if report.sections[:1] == ("timeline",) or (report.sections[:1] == ("progress",) and wide_progress):
        story.pop()  # the section turns its own page landscape; a second page break would leave a blank page
    turned = False  # the timeline turns the paper landscape; the next section turns it back on a new page
    for key in report.sections:
        if key == "timeline":
            number += 1
            story += body.timeline(report, number, styles, doc.landscape_width, doc.landscape_height)
            turned = True
        elif key == "progress" and wide_progress:  # many columns: the table turns landscape too
            number += 1
            story += [NextPageTemplate(LANDSCAPE), PageBreak()]
            story += body.progress(report, number, styles, doc.landscape_width)
            story.append(NextPageTemplate("body"))
            turned = True
        elif key in SECTION_WRITERS:
            number += 1
            story += [PageBreak()] if turned else []
            story += SECTION_WRITERS[key](report, number, styles, doc.width)
            turned = False
    closing: list = []
    for paper_section in report.paper.closing:
        number += 1
        closing += paper.section(paper_section, number, styles)
    closing += paper.officers(report, styles)
    story += [PageBreak(), *closing] if turned and closing else closing
    if "exceptions" in report.sections and report.exceptions:
        story += [NextPageTemplate(LANDSCAPE if wide_progress else "body")]
        story += exceptions.appendix(report, styles, doc.landscape_width if wide_progress else doc.width)
    doc.build_pack(story)
    return buffer.getvalue()


def write_pdf_report(report: ReportData, path: str | os.PathLike[str]) -> Path:
    """Write the pack to ``path`` (through a temporary file, so a failure leaves no half file)."""
    target = Path(path)
    data = render_pdf(report)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target
