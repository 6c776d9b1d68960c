"""The Word edition as a clerk receives it, read back with python-docx: the same headings and words
as the PDF, widths by content, whole rows, repeated headers, page X of Y, contents, en-GB, properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import docx
import pytest
from docx.oxml.ns import qn
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.queries.structure import priority_tree
from app.reporting import ReportOptions, build_report
from app.reporting.paper_store import save_paper_command
from exports.common.pdf_fonts import BOLD, REGULAR, register_fonts
from exports.reporting.docx_layout import BREAKS, CELL_PADDING, TABLE_TEXT_PT, column_widths, text_width
from exports.reporting.docx_report import write_docx_report
from exports.reporting.pdf import render_pdf
from models.snapshots.paper import Narrative, Officer, PaperTemplate
from tests.report_helpers import pdf_reader

TODAY = date(2022, 1, 5)
MEETING = date(2022, 1, 20)


@pytest.fixture
def paper(ctx, demo_plan, tmp_path):
    first = priority_tree(ctx.db, demo_plan.uuid)[0]
    template = PaperTemplate(
        committee="Safer Communities Board",
        author=Officer("Jane Smith", "Community Safety Manager", "jane.smith@example.gov.uk"),
        contact=Officer("Sam Patel", "Partnership Officer", "sam.patel@example.gov.uk"),
        recommendations=("note the progress made;",),
        background_papers=("Strategic assessment 2021",),
    )
    narrative = Narrative("Delivery has recovered.", ((first.uuid, "MARAC referrals rose by 12%."),))
    ctx.commands.execute(save_paper_command(ctx.db, demo_plan.uuid, template, narrative, MEETING))
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(meeting_date=MEETING, agenda_item="7"), TODAY)
    return report, docx.Document(str(write_docx_report(report, tmp_path / "paper.docx")))


def _outline_titles(data: bytes) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(pdf_reader(data).outline)
    return titles


@pytest.mark.both_engines
def test_same_headings_in_the_same_order_as_the_pdf(paper):
    report, document = paper
    headings = [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert headings == _outline_titles(render_pdf(report))
    assert headings[:4] == [
        "1. Purpose of the report",
        "2. Executive summary",
        "3. Recommendations",
        "4. Progress on each priority",
    ]
    assert "12. Background papers" in headings


@pytest.mark.both_engines
def test_numbered_paragraphs_narrative_recommendations_and_officers(paper):
    _report, document = paper
    text = [p.text for p in document.paragraphs]
    assert "2.1\tDelivery has recovered." in text
    assert "The Safer Communities Board is asked to:" in text
    assert "3.1\tnote the progress made;" in text
    assert "4.1\tMARAC referrals rose by 12%." in text
    assert "12.1\tStrategic assessment 2021" in text
    assert "Contact officer: Sam Patel, Partnership Officer (sam.patel@example.gov.uk)" in text
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Committee"] == "Safer Communities Board"
    assert cover["Agenda item"] == "7"
    assert cover["Report of"] == "Jane Smith, Community Safety Manager (jane.smith@example.gov.uk)"


def test_every_table_keeps_rows_whole_repeats_its_header_and_fills_the_page_width(paper):
    _report, document = paper
    section = document.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) / 12700  # points
    for table in document.tables:
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        rows = table._tbl.findall(qn("w:tr"))
        assert rows[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        assert all(r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)
        grid = [int(c.get(qn("w:w"))) / 20 for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) == pytest.approx(text_width, abs=2)


def test_columns_are_as_wide_as_their_longest_word(paper):
    _report, document = paper
    progress = next(t for t in document.tables if [c.text for c in t.rows[1].cells][3:4] == ["Timescale"])
    grid = [int(c.get(qn("w:w"))) / 20 for c in progress._tbl.tblGrid.findall(qn("w:gridCol"))]
    ref, action = grid[0], grid[1]
    assert action > 3 * ref  # equal widths would give the action text no more room than "1.1.1"
    for number, row in enumerate(progress.rows[1:]):  # row 0 is the objective title, across every column
        for column, (cell, width) in enumerate(zip(row.cells, grid, strict=True)):
            for word in BREAKS.split(cell.text):
                needed = text_width(word, TABLE_TEXT_PT, bold=number == 0 or column == 0) + CELL_PADDING
                assert needed <= width + 0.5, (word, width)


def test_a_word_fits_its_column_in_arial_and_in_the_dejavu_sans_libreoffice_puts_in_its_place():
    # Word's cell margins are 5.4 pt a side; a ref or heading must not break in either font.
    header = ["Ref", "Action", "Lead", "Timescale", "Status"]
    rows = [["1.2.10", "Deliver training " * 20, "DA Operational Group", "Sept 2021", "Complete"]]
    widths = column_widths(header, rows, 480)
    register_fonts()
    for column, word, bold in ((0, "1.2.10", True), (3, "Timescale", True), (4, "Complete", False)):
        for face in (("Helvetica", "Helvetica-Bold"), (REGULAR, BOLD)):
            assert stringWidth(word, face[bold], TABLE_TEXT_PT) + 10.8 <= widths[column], (word, face)


def test_column_widths_share_room_by_content_and_never_below_a_word():
    widths = column_widths(["Ref", "Action"], [["1.2.3", "A long description " * 10]], 400)
    assert sum(widths) == pytest.approx(400)
    assert widths[0] < 60 < widths[1]
    assert column_widths(["Due", "Due"], [["x", "x"]], 100, bold_first=False) == pytest.approx([50, 50])


def test_page_x_of_y_footer_contents_language_and_properties(paper):
    report, document = paper
    footer = document.sections[0].footer.paragraphs[0]
    codes = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Safer Communities Board – 20 January 2022 – agenda item 7\tPage ")
    marks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    toc = [p for p in document.paragraphs if p.style.name.startswith("toc")]
    assert [p.text.split("\t")[0] for p in toc][:2] == ["1. Purpose of the report", "2. Executive summary"]
    for line in toc:
        (code,) = [t.text.split()[1] for t in line._p.iter(qn("w:instrText"))]
        assert code in marks
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    assert document.settings.element.find(qn("w:updateFields")) is not None
    props = document.core_properties
    assert props.title == f"{report.cover.plan_title}: progress report, 20 January 2022"
    assert props.author == props.last_modified_by == "Jane Smith"
    assert props.language == "en-GB"
    now = datetime.now(UTC).replace(tzinfo=None)
    assert now - props.created.replace(tzinfo=None) < timedelta(minutes=5)
    assert "python-docx" not in (props.comments + props.author)


def _repeats(row) -> bool:
    properties = row.find(qn("w:trPr"))
    return properties is not None and properties.find(qn("w:tblHeader")) is not None


def test_each_progress_table_repeats_its_objective_title_and_column_headings(paper):
    report, document = paper
    objectives = [o for g in report.groups for o in g.objectives]
    progress = [t for t in document.tables if t.rows[0].cells[0].text.startswith(("Objective ", "Not filed"))]
    assert len(progress) == len(objectives)
    for table, objective in zip(progress, objectives, strict=True):
        rows = table._tbl.findall(qn("w:tr"))
        title = table.rows[0].cells[0]
        assert title.text == f"Objective {objective.ref}: {objective.text}"
        assert all(cell.text == title.text for cell in table.rows[0].cells)  # one cell across the table
        assert [c.text for c in table.rows[1].cells][:5] == ["Ref", "Action", "Lead", "Timescale", "Status"]
        assert [_repeats(r) for r in rows[:3]] == [True, True, False]
        assert all(r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)


def test_many_columns_turn_the_progress_table_and_appendix_landscape_with_no_word_broken(ctx, demo_plan, tmp_path):
    options = ReportOptions(columns=("partners", "evidence", "resources", "latest_update"))
    report = build_report(ctx.db, demo_plan.uuid, options, TODAY)
    document = docx.Document(str(write_docx_report(report, tmp_path / "wide.docx")))
    turns = [s.page_width > s.page_height for s in document.sections]
    assert turns == [False, True, False, True]  # progress landscape, back to portrait, appendix landscape
    for section in document.sections:
        assert not section.footer.is_linked_to_previous or section is document.sections[0]
        stops = section.footer.paragraphs[0].paragraph_format.tab_stops
        right = (section.page_width - section.left_margin - section.right_margin) / 12700
        assert any(abs(stop.position / 12700 - right) < 1 for stop in stops)  # page number at this margin
    wide = [t for t in document.tables if t.rows[0].cells[0].text.startswith("Objective ")]
    assert wide
    for table in wide:
        grid = [int(c.get(qn("w:w"))) / 20 for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert len(grid) == 9
        for number, row in enumerate(table.rows[1:]):
            if len({id(cell._tc) for cell in row.cells}) == 1:
                continue  # a "see 1.2.3" line across every column, not in the widths
            for column, (cell, width) in enumerate(zip(row.cells, grid, strict=True)):
                for word in BREAKS.split(cell.text):
                    needed = text_width(word, TABLE_TEXT_PT, bold=number == 0 or column == 0) + CELL_PADDING
                    assert needed <= width + 0.5, (word, width)
