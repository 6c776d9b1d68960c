"""A PDF's stored title when its producer wrote a placeholder (invented plans): the plan is named by
its first line instead."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.importing.service import preview_import

HEADING = "Anytown Community Safety Partnership Action Plan 2026-27"


def _pdf(path, title: str | None):
    styles = getSampleStyleSheet()
    table = Table([["Action", "Lead", "Timescale"], ["Open a youth hub in each town", "Youth Service", "March 2027"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    options = {} if title is None else {"title": title}
    SimpleDocTemplate(str(path), pagesize=A4, **options).build([Paragraph(HEADING, styles["Title"]), table])
    return path


@pytest.mark.parametrize(
    "stored",
    [None, "untitled", "Microsoft Word - CSP Action Plan v3.docx", "action_plan_final.pdf", "Document1"],
)
def test_a_placeholder_title_gives_way_to_the_first_line_and_a_real_one_is_kept(tmp_path, stored):
    assert preview_import(_pdf(tmp_path / "plan.pdf", stored)).title == HEADING
    assert preview_import(_pdf(tmp_path / "set.pdf", "Safer Anytown Plan")).title == "Safer Anytown Plan"
