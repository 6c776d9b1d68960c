"""The pack's timeline pages: the plan period only, outliers in a note, each lane once, 7 pt text, nothing cut."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf.generic import ContentStream

from app.editing.commands import SetFields
from app.queries.actions import action_rows
from app.reporting import ReportOptions, build_report
from app.timeline.rows import GroupBy, load_timeline
from exports.reporting.pdf import render_pdf
from exports.reporting.pdf.document import MARGIN
from exports.timeline.pdf import TimelinePage, timeline_flowables, write_timeline_pdf
from tests.report_helpers import pdf_reader

DEMO_TODAY = date(2022, 1, 5)
TIMELINE_ONLY = ReportOptions(sections=("timeline",))


def _timeline_pages(data: bytes) -> list:
    return [page for page in pdf_reader(data).pages if "timeline by lead" in (page.extract_text() or "")]


def _revise_far_away(ctx, demo_plan) -> str:
    """The issue's reproduction: one action's timescale revised to a date six years after the plan."""
    action = action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY)[5]
    ctx.commands.execute(SetFields("action", action.uuid, {"timescale_text": "March 2029"}))
    return action.ref


def test_a_far_revised_date_goes_in_a_note_and_does_not_add_pages(ctx, demo_plan):
    before = len(_timeline_pages(render_pdf(build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, DEMO_TODAY))))
    ref = _revise_far_away(ctx, demo_plan)
    pages = _timeline_pages(render_pdf(build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, DEMO_TODAY)))
    assert len(pages) == before <= 4
    text = "\n".join(page.extract_text() for page in pages)
    # the axis spans the plan period, not the six years to the outlier
    assert "2028-29" not in text and "2023-24" not in text
    assert "Outside the period shown (April 2021 to March 2023)" in text
    assert f"{ref}: due 31 March 2029" in text


def test_every_lane_is_printed_once(ctx, demo_plan):
    _revise_far_away(ctx, demo_plan)
    report = build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, DEMO_TODAY)
    text = "\n".join(page.extract_text() for page in _timeline_pages(render_pdf(report)))
    for lane in report.timeline.lanes:
        fresh = re.findall(re.escape(lane.title) + r"(?! \(continued\))", text)
        assert len(fresh) == 1, f"{lane.title} printed {len(fresh)} times"
    assert text.count("Unscheduled (") == 1


def _operations(page) -> list:
    """The page's drawing operations with each form it uses (the axis and legend, drawn once per
    document and reused on every page) inlined where it is used, inside q/Q as the PDF runs it."""
    forms = page["/Resources"].get("/XObject", {})
    inlined = []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"Do" and forms[operands[0]].get_object().get("/Subtype") == "/Form":
            form = forms[operands[0]].get_object()
            inlined += [([], b"q"), *ContentStream(form, page.pdf).operations, ([], b"Q")]
        else:
            inlined.append((operands, operator))
    return inlined


def _font_sizes(page) -> set[float]:
    return {float(operands[1]) for operands, operator in _operations(page) if operator == b"Tf"}


def test_no_timeline_text_is_smaller_than_7_pt(ctx, demo_plan):
    _revise_far_away(ctx, demo_plan)
    pages = _timeline_pages(render_pdf(build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, DEMO_TODAY)))
    sizes = set().union(*(_font_sizes(page) for page in pages))
    assert sizes and min(sizes) >= 7


def test_every_timeline_page_shows_the_axis_and_legend_drawn_once_for_the_document(ctx, demo_plan):
    pages = _timeline_pages(render_pdf(build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, DEMO_TODAY)))
    assert len(pages) >= 3
    for page in pages:
        text = page.extract_text()
        assert "Lanes by lead" in text and "Q1 2021-22" in text and "Deferred (Purple)" in text
    # Pages after the first (which is shorter) use one axis form and one legend form between them
    # (and the pack's page furniture and bar patterns); each page's "Page X of Y" is its own form.
    used = [
        {
            str(operands[0])
            for operands, operator in ContentStream(p.get_contents(), p.pdf).operations
            if operator == b"Do"
        }
        for p in pages[1:]
    ]
    shared = set.intersection(*used)
    assert [sum(kind in name for name in shared) for kind in ("timeline-axis", "timeline-legend")] == [1, 1]
    assert not any("page-label" in name for name in shared)


def test_a_long_plan_title_wraps_instead_of_being_cut(ctx, demo_plan):
    data = load_timeline(ctx.db, demo_plan.uuid, GroupBy.LEAD, DEMO_TODAY)
    long_title = "Preventing Domestic Abuse and Sexual Violence Strategy Delivery Plan for the Partnership 2021-2023"
    data = data.__class__(**{**{f: getattr(data, f) for f in data.__slots__}, "plan_title": long_title})
    page = next(f for f in timeline_flowables(data, 560, 400) if isinstance(f, TimelinePage))
    assert len(page.title) >= 2
    assert " ".join(page.title).startswith(long_title)
    assert "…" not in " ".join(page.title)


def _drawn_x_extent(page) -> tuple[float, float]:
    """The leftmost and rightmost x of every path point on the page, through the q/Q/cm transforms."""
    operations = _operations(page)
    ctm, stack, xs = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), [], []
    for operands, operator in operations:
        values = [float(v) for v in operands] if operator in (b"cm", b"m", b"l", b"c", b"re") else []
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = values
            A, B, C, D, E, F = ctm
            ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)
        elif values:
            points = list(zip(values[0::2], values[1::2], strict=True))
            if operator == b"re":
                (x, y), (w, _h) = points
                points = [(x, y), (x + w, y)]
            xs += [ctm[0] * x + ctm[2] * y + ctm[4] for x, y in points]
    return min(xs), max(xs)


def test_nothing_on_a_timeline_page_runs_past_the_frame(ctx, demo_plan):
    # after the plan's end most milestones sit on its last months with an overdue mark beside them
    late = date(2023, 6, 1)
    _revise_far_away(ctx, demo_plan)
    data = render_pdf(build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, late))
    for page in _timeline_pages(data):
        left, right = _drawn_x_extent(page)
        width = float(page.mediabox.width)
        assert left >= MARGIN - 0.5 and right <= width - MARGIN + 0.5


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_demo_timeline_is_one_slice_across(ctx, demo_plan, paper):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(sections=("timeline",), paper=paper), DEMO_TODAY)
    texts = [page.extract_text() for page in _timeline_pages(render_pdf(report))]
    assert all("(Apr 2021 to Mar 2023)" in text for text in texts)


def test_the_stand_alone_export_is_not_widened_by_a_far_date_either(ctx, demo_plan, tmp_path):
    unrevised = load_timeline(ctx.db, demo_plan.uuid, GroupBy.LEAD, DEMO_TODAY)
    before = write_timeline_pdf(tmp_path / "before.pdf", unrevised)
    ref = _revise_far_away(ctx, demo_plan)
    data = load_timeline(ctx.db, demo_plan.uuid, GroupBy.LEAD, DEMO_TODAY)
    assert write_timeline_pdf(tmp_path / "after.pdf", data) == before
    text = "\n".join(page.extract_text() for page in pdf_reader((tmp_path / "after.pdf").read_bytes()).pages)
    assert f"{ref}: due 31 March 2029" in text


def test_a_pack_opening_on_the_timeline_has_no_blank_page(ctx, demo_plan):
    pages = pdf_reader(render_pdf(build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, DEMO_TODAY))).pages
    texts = [page.extract_text() for page in pages]
    first = next(n for n, text in enumerate(texts) if "timeline by lead" in text)
    assert all("timeline by lead" in text for text in texts[first:])
    # Before it: the cover, the contents and the paper's prose, each page with words of its own.
    assert all(len(text.split()) > 30 for text in texts[:first])


def test_a_six_year_plan_still_prints_each_lane_once_in_the_pack(ctx, demo_plan):
    ctx.commands.execute(SetFields("plan", demo_plan.uuid, {"period_end": date(2027, 3, 31)}))
    report = build_report(ctx.db, demo_plan.uuid, TIMELINE_ONLY, DEMO_TODAY)
    pages = _timeline_pages(render_pdf(report))
    text = "\n".join(page.extract_text() for page in pages)
    assert all("(Apr 2021 to Mar 2027)" in page.extract_text() for page in pages)  # one slice across
    assert "2026-27" in text and len(pages) <= 4
    for lane in report.timeline.lanes:
        assert len(re.findall(re.escape(lane.title) + r"(?! \(continued\))", text)) == 1, lane.title


def test_a_sliced_stand_alone_export_lists_the_unscheduled_lane_once(ctx, demo_plan, tmp_path):
    ctx.commands.execute(SetFields("plan", demo_plan.uuid, {"period_end": date(2027, 3, 31)}))
    data = load_timeline(ctx.db, demo_plan.uuid, GroupBy.LEAD, DEMO_TODAY)
    pages = write_timeline_pdf(tmp_path / "long.pdf", data)
    texts = [page.extract_text() for page in pdf_reader((tmp_path / "long.pdf").read_bytes()).pages]
    assert len(texts) == pages and any("part 2 of" in text for text in texts)  # sliced in time
    assert "\n".join(texts).count("Unscheduled (") == 1
    assert all(f"of {pages} (" in text for text in texts)
