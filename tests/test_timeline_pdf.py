"""The timeline PDF: landscape A4/A3 pages, the chart tiled across them, lane labels on every page."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.platypus import PageBreak

from app.timeline.rows import GroupBy, load_timeline
from exports.timeline.pdf import TimelinePage, timeline_flowables, write_timeline_pdf

TODAY = date(2022, 2, 14)


@pytest.fixture
def demo_timeline(ctx, demo_plan):
    return load_timeline(ctx.db, demo_plan.uuid, GroupBy.LEAD, TODAY)


@pytest.mark.parametrize(("pagesize", "name"), [(landscape(A4), "A4"), (landscape(A3), "A3")])
def test_pages_are_landscape_and_every_page_names_its_lanes(tmp_path, demo_timeline, pagesize, name):
    path = tmp_path / f"timeline-{name}.pdf"
    pages = write_timeline_pdf(path, demo_timeline, pagesize)
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 2
    lane_titles = [lane.title for lane in demo_timeline.lanes]
    seen = set()
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (round(pagesize[0]), round(pagesize[1]))
        text = page.extract_text()
        assert "timeline by lead" in text
        on_page = [title for title in lane_titles if title in text]
        assert on_page, "every page repeats the labels of the lanes it shows"
        seen.update(on_page)
        assert "Financial year" in text or "2021-22" in text
    assert seen == set(lane_titles)
    every_ref = " ".join(page.extract_text() for page in reader.pages)
    assert all(bar.ref in every_ref for bar in demo_timeline.bars)


def test_a4_tiles_the_plan_period_across_pages_side_by_side(tmp_path, demo_timeline):
    path = tmp_path / "timeline.pdf"
    write_timeline_pdf(path, demo_timeline, landscape(A4))
    texts = [page.extract_text() for page in PdfReader(path).pages]
    assert any("(Apr 2021 to Mar 2022)" in text for text in texts)
    assert any("(Apr 2022 to Mar 2023)" in text for text in texts)


def test_a_lane_split_over_pages_repeats_its_label(demo_timeline):
    flowables = timeline_flowables(demo_timeline, 700, 200)
    pages = [f for f in flowables if isinstance(f, TimelinePage)]
    assert all(f.wrap(700, 200)[1] <= 200 for f in pages)
    assert all(isinstance(f, PageBreak) for f in flowables[1::2])
    continued = [row for page in pages for row in page.rows if row.continued]
    assert continued and all(page.rows[0].bar is None for page in pages)
