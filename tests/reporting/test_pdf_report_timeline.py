"""The pack's timeline section is the app's own timeline drawing, on pages turned landscape."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.lib.pagesizes import A3, A4

from app.queries.actions import action_rows
from app.reporting import ReportOptions, build_report
from app.timeline.rows import UNSCHEDULED_LANE
from exports.reporting.pdf import render_pdf
from tests.report_helpers import pdf_reader

DEMO_TODAY = date(2022, 1, 5)


def timeline_pages(data: bytes) -> list[tuple[tuple[int, int], str]]:
    pages = pdf_reader(data).pages
    return [
        ((round(float(p.mediabox.width)), round(float(p.mediabox.height))), text)
        for p in pages
        if "timeline by lead" in (text := p.extract_text() or "")
    ]


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("A3", A3)])
def test_timeline_pages_are_landscape_and_show_every_lead_and_ref(ctx, demo_plan, paper, size):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(paper=paper), DEMO_TODAY)
    pages = timeline_pages(render_pdf(report))
    assert pages
    assert {page_size for page_size, _text in pages} == {(round(size[1]), round(size[0]))}
    text = "\n".join(t for _s, t in pages)
    for lane in report.timeline.lanes:
        assert lane.title in text
    shown = {r.ref for r in report.actions}
    assert all(f"{ref} " in text for ref in shown)
    # Every tile names its part, so a printed pack can be laid out in order.
    total = len(pages)
    assert all(f"part {n} of {total}" in t for n, (_s, t) in enumerate(pages, start=1))


@pytest.mark.both_engines
def test_confidential_actions_stay_off_the_timeline_unless_ticked(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY)
    secret = [r for r in rows if r.confidential]
    assert secret
    hidden = build_report(ctx.db, demo_plan.uuid, ReportOptions(sections=("timeline",)), DEMO_TODAY)
    shown = build_report(
        ctx.db, demo_plan.uuid, ReportOptions(sections=("timeline",), include_confidential=True), DEMO_TODAY
    )
    hidden_refs = {bar.ref for lane in hidden.timeline.lanes for bar in lane.bars}
    shown_refs = {bar.ref for lane in shown.timeline.lanes for bar in lane.bars}
    assert not hidden_refs & {r.ref for r in secret}
    assert {r.ref for r in secret} <= shown_refs
    assert shown_refs == {r.ref for r in rows}


def test_long_lanes_repeat_their_label_on_the_next_tile(ctx, demo_plan):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(sections=("timeline",)), DEMO_TODAY)
    text = "\n".join(t for _s, t in timeline_pages(render_pdf(report)))
    assert "(continued)" in text


def test_paper_turns_back_to_portrait_after_the_timeline(ctx, demo_plan):
    options = ReportOptions(sections=("timeline", "glossary"))
    reader = pdf_reader(render_pdf(build_report(ctx.db, demo_plan.uuid, options, DEMO_TODAY)))
    last = reader.pages[-1]
    assert "Glossary" in last.extract_text()
    assert (round(float(last.mediabox.width)), round(float(last.mediabox.height))) == (round(A4[0]), round(A4[1]))


def test_timeline_as_the_last_section_leaves_no_blank_page(ctx, demo_plan):
    options = ReportOptions(sections=("summary", "timeline"))
    reader = pdf_reader(render_pdf(build_report(ctx.db, demo_plan.uuid, options, DEMO_TODAY)))
    assert "timeline by lead" in reader.pages[-1].extract_text()


def test_unscheduled_actions_are_listed_with_their_timescale(ctx, demo_plan):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(sections=("timeline",)), DEMO_TODAY)
    unscheduled = next(lane for lane in report.timeline.lanes if lane.unscheduled)
    text = "\n".join(t for _s, t in timeline_pages(render_pdf(report)))
    assert unscheduled.bars and UNSCHEDULED_LANE in text
    assert all(f"timescale: {bar.timescale_text or 'none given'}"[:30] in text for bar in unscheduled.bars)
