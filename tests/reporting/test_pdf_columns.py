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
