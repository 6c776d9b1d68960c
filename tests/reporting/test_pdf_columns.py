"""The print pack's narrow columns (lead, timescale, partners, resources) keep every word whole."""

from __future__ import annotations

from datetime import date

from app.reporting import ReportOptions, build_report
from exports.reporting.pdf import render_pdf
from tests.report_helpers import pages_text


def test_no_word_of_a_narrow_column_is_broken_in_two(ctx, demo_plan):
    options = ReportOptions(columns=("partners", "resources"))
    report = build_report(ctx.db, demo_plan.uuid, options, date(2022, 1, 5))
    # Every line of the pack as extracted, words separated: a word broken across two lines of a
    # cell comes out as its two halves and is not in this set.
    printed = {w.strip("(),.;:") for text in pages_text(render_pdf(report)) for w in text.split()}
    narrow = {
        w.strip("(),.;:")
        for a in report.actions
        for value in (a.lead_name, a.timescale_text, a.partners, a.resources)
        for w in (value or "").split()
    }
    long_words = {w for w in narrow if len(w) >= 9}
    assert "Implementation" in long_words
    assert long_words - printed == set()


def test_a_ref_wider_than_its_share_of_a_table_prints_whole():
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from exports.common.pdf_fonts import register_fonts
    from exports.reporting.pdf.cells import cell, data_table
    from exports.reporting.pdf.styles import make_styles

    register_fonts()
    styles = make_styles()
    refs = ["10.12.104", "2.4.21", "11.3.17b"]
    rows = [
        [cell(ref, styles, bold=True), cell("Agree the referral pathway with every partner", styles)] for ref in refs
    ]
    buffer = BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4)
    table = data_table(["Ref", "Action"], rows, [0.08, 0.92], document.width, styles)
    assert table._colWidths[0] > 0.08 * document.width
    assert sum(table._colWidths) == document.width
    document.build([table])
    printed = set(pages_text(buffer.getvalue())[0].split())
    assert set(refs) <= printed


def test_the_progress_tables_ref_column_fits_its_longest_ref_set_in_bold(ctx, demo_plan):
    from dataclasses import replace

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from exports.common.pdf_fonts import BOLD, register_fonts
    from exports.reporting.pdf.columns import CELL_PADDING, CELL_PT, action_columns, column_widths

    register_fonts()
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), date(2022, 1, 5))
    rows = tuple(replace(a, ref="1.1.220") if n == 0 else a for n, a in enumerate(report.actions))
    widths = column_widths(action_columns(ReportOptions()), 480, rows)
    assert widths[0] >= stringWidth("1.1.220", BOLD, CELL_PT) + CELL_PADDING
