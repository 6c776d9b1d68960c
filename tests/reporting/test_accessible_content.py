"""The accessible edition carries what the print pack carries: the attention list in the chair's
order, every exception in Appendix A, and the columns the user chose, read back from its text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.context import AppContext
from app.plans.demo import ensure_demo_plan
from app.reporting import SECTION_TITLES, ReportOptions, build_report
from exports.reporting.accessible import render_accessible_pdf
from exports.reporting.accessible.checks import pdf_ua_problems
from tests.report_helpers import pages_text, pdf_reader

try:
    import weasyprint  # noqa: F401
except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
    pytest.skip(f"WeasyPrint or its Pango libraries are not installed ({exc})", allow_module_level=True)

DEMO_TODAY = date(2022, 1, 5)
APPENDIX = "Appendix A. All exceptions"
# WeasyPrint's text runs a row's cells together, so a row's line opens with its ref.
ROW_REF = re.compile(r"^(\d+(?:\.\d+)+) ", re.MULTILINE)


def refs_in_order(text: str) -> list[str]:
    return ROW_REF.findall(text)


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    context = AppContext.open(tmp_path_factory.mktemp("content"), user="test-officer")
    plan, _created = ensure_demo_plan(context)
    yield lambda options: build_report(context.db, plan.uuid, options, DEMO_TODAY)
    context.close()


@pytest.fixture(scope="module")
def with_columns(build):
    """Only the sections with action tables, with three columns chosen, rendered once."""
    options = ReportOptions(sections=("exceptions", "progress"), columns=("partners", "evidence", "resources"))
    report = build(options)
    return report, render_accessible_pdf(report)


def _heading(report, key: str) -> str:
    return f"{len(report.paper.opening) + report.sections.index(key) + 1}. {SECTION_TITLES[key]}"


def _between(text: str, start: str, end: str | None) -> str:
    """From the last ``start`` (the body heading, not its contents entry) to the next ``end``."""
    begin = text.rindex(start)
    return text[begin : text.index(end, begin) if end else len(text)]


def test_attention_list_in_the_chairs_order_and_every_exception_in_the_appendix(build):
    report = build(ReportOptions(meeting_date=date(2022, 1, 12)))
    text = "\n".join(pages_text(render_accessible_pdf(report)))
    assert text.count(APPENDIX) >= 2  # in the contents and as the appendix's heading
    attention = _between(text, _heading(report, "exceptions"), _heading(report, "changes"))
    assert refs_in_order(attention) == [i.action.ref for i in report.attention]
    assert 0 < len(report.attention) < len(report.exceptions)
    assert f"the other {len(report.exceptions) - len(report.attention)} actions" in attention
    marks = [attention.index(f"{title} · Priority") for title in ("Off track (Red)", "Overdue")]
    assert marks == sorted(marks)
    appendix = _between(text, APPENDIX + "\nListed", None)
    assert refs_in_order(appendix) == [i.action.ref for i in report.exceptions]
    for title in ("Off track (Red)", "Overdue", "At risk (Amber)", "No update since the last meeting"):
        assert f"{title} · Priority 1" in appendix


def test_chosen_columns_head_the_progress_table_and_the_appendix(with_columns):
    report, data = with_columns
    pages = pages_text(data)
    text = "\n".join(pages)
    progress = _between(text, _heading(report, "progress"), APPENDIX + "\nListed")
    appendix = _between(text, APPENDIX + "\nListed", None)
    for part in (progress, appendix):
        assert all(title in part for title in ("Partners", "Evidence / measure", "Resources"))
        assert "Latest update" not in part  # not chosen this time
    evidence = next(a.evidence for g in report.groups for o in g.objectives for a in o.actions if a.evidence)
    assert evidence.split()[0] in progress
    assert pdf_ua_problems(data) == []


def test_more_than_two_chosen_columns_turn_the_action_tables_landscape(with_columns):
    report, data = with_columns
    pages = pages_text(data)
    sizes = [(page.mediabox.width, page.mediabox.height) for page in pdf_reader(data).pages]
    wide = [w > h for w, h in sizes]
    attention = max(i for i, text in enumerate(pages) if _heading(report, "exceptions") in text)
    progress = max(i for i, text in enumerate(pages) if _heading(report, "progress") in text)
    assert not wide[attention]  # the attention list has its own few columns
    assert all(wide[progress:])  # the progress table, then the appendix


def test_default_columns_leave_out_evidence(build):
    report = build(ReportOptions(sections=("progress",)))
    text = "\n".join(pages_text(render_accessible_pdf(report)))
    assert "Latest update" in text and "Evidence / measure" not in text
    assert APPENDIX not in text  # no exceptions section, no appendix
