"""The PDF pack read back with pypdf: pages, furniture, sections, every action, links, hostile text."""

from __future__ import annotations

import re
from datetime import date

import pytest
from reportlab.lib.pagesizes import A3, A4

from app.editing.commands import CreateRecord
from app.plans.builder import CreatePlan
from app.queries.actions import action_rows
from app.reporting import SECTION_TITLES, ReportOptions, build_report
from app.reporting.paper import OPENING_TITLES
from exports.reporting.pdf import render_pdf, write_pdf_report
from tests.conftest import small_draft
from tests.report_helpers import pages_text, pdf_reader, refs_in_order, refs_in_table, section_text

DEMO_TODAY = date(2022, 1, 5)
PAPER_HEADINGS = [f"{n}. {title}" for n, title in enumerate(OPENING_TITLES, start=1)]
# The tables follow the paper's numbered prose sections.
HEADINGS = [f"{n}. {title}" for n, title in enumerate(SECTION_TITLES.values(), start=len(OPENING_TITLES) + 1)]


@pytest.fixture
def demo_pack(ctx, demo_plan):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(agenda_item="7", author="J. Smith"), DEMO_TODAY)
    return report, render_pdf(report)


def test_a4_pages_numbered_page_x_of_y(demo_pack):
    _report, data = demo_pack
    reader = pdf_reader(data)
    pages = pages_text(data)
    total = len(reader.pages)
    assert total > 5
    portrait = tuple(round(v) for v in A4)
    turned = []
    for page, text in zip(reader.pages, pages, strict=True):
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        # Only the timeline's pages are turned landscape, to give the chart its width.
        assert size == (portrait[::-1] if "timeline by lead" in text else portrait)
        turned.append(size != portrait)
    assert any(turned)
    assert f"Page 1 of {total}" in pages[0]
    assert f"Page {total} of {total}" in pages[-1]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert "OFFICIAL" in text


def test_document_properties_name_title_and_author(demo_pack):
    report, data = demo_pack
    info = pdf_reader(data).metadata
    assert info.title == report.cover.plan_title
    assert info.author == "J. Smith"


def test_running_header_and_meeting_footer_on_body_pages(demo_pack):
    report, data = demo_pack
    for text in pages_text(data)[1:]:
        assert report.cover.plan_title in text
        assert "agenda item 7" in text and "Generated 5 January 2022" in text


@pytest.mark.both_engines
def test_every_section_heading_in_contents_and_body(demo_pack):
    _report, data = demo_pack
    pages = pages_text(data)
    body = "\n".join(pages[2:])
    for heading in HEADINGS:
        assert heading in pages[1], heading
        assert heading in body, heading


@pytest.mark.both_engines
def test_every_non_confidential_demo_ref_in_the_progress_table(ctx, demo_plan, demo_pack):
    _report, data = demo_pack
    rows = action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY)
    table = refs_in_table(section_text(pages_text(data), HEADINGS[3], HEADINGS[4]))
    assert table == {r.ref for r in rows if not r.confidential}
    assert "Confidential items excluded: 2" in pages_text(data)[0]


@pytest.mark.both_engines
def test_confidential_refs_appear_when_ticked(ctx, demo_plan):
    options = ReportOptions(include_confidential=True, sections=("progress",))
    data = render_pdf(build_report(ctx.db, demo_plan.uuid, options, DEMO_TODAY))
    table = refs_in_table(section_text(pages_text(data), "5. Full progress table", None))
    assert table == {r.ref for r in action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY)}


@pytest.mark.both_engines
def test_exceptions_in_the_chairs_order_with_the_full_list_in_an_appendix(ctx, demo_plan):
    options = ReportOptions(meeting_date=date(2022, 1, 12), meeting_body="BCP Community Safety Partnership Board")
    report = build_report(ctx.db, demo_plan.uuid, options, DEMO_TODAY)
    pages = pages_text(render_pdf(report))
    attention = section_text(pages, HEADINGS[1], HEADINGS[2])
    assert refs_in_order(attention) == [i.action.ref for i in report.attention]
    assert len(report.attention) < len(report.exceptions)
    assert f"the other {len(report.exceptions) - len(report.attention)} actions" in attention
    # Group headings in the chair's order: red, overdue, amber, then no recent update.
    marks = [attention.index(f"{title} · Priority") for title in ("Off track (Red)", "Overdue")]
    assert marks == sorted(marks)
    first_attention_page = next(i for i, text in enumerate(pages) if HEADINGS[1] in text and i > 1)
    assert HEADINGS[2] in pages[first_attention_page + 1] or HEADINGS[2] in pages[first_attention_page + 2]
    appendix = section_text(pages, "Appendix A. All exceptions\nListed", None)
    assert refs_in_order(appendix) == [i.action.ref for i in report.exceptions]
    for title in ("Off track (Red)", "Overdue", "At risk (Amber)", "No update since the last meeting"):
        assert f"{title} · Priority 1" in appendix
    assert "No update\nsince 13\nOctober" in appendix  # in the narrow status column


def test_contents_links_and_outline_point_at_the_sections(demo_pack):
    _report, data = demo_pack
    reader = pdf_reader(data)
    links = [a.get_object() for a in reader.pages[1].get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"]
    assert len(links) >= len(HEADINGS)
    top_level = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top_level == [*PAPER_HEADINGS, *HEADINGS, "Appendix A. All exceptions"]
    pages = pages_text(data)
    for item in (i for i in reader.outline if not isinstance(i, list)):
        assert item.title in pages[reader.get_destination_page_number(item)]


def test_contents_lists_every_heading_the_outline_has(demo_pack):
    _report, data = demo_pack
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(item.title)

    walk(pdf_reader(data).outline)
    contents = " ".join(pages_text(data)[1].split())
    assert "Priority 1: Preventing Violence and Abuse" in titles  # a sub-heading of the paper's prose
    assert [t for t in titles if " ".join(t.split()) not in contents] == []


def test_font_is_embedded(demo_pack):
    _report, data = demo_pack
    page = pdf_reader(data).pages[3]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert fonts and all(
        str(f["/BaseFont"]).endswith(("+DejaVuSans", "+DejaVuSans-Bold", "+DejaVuSans-Oblique")) for f in fonts
    )
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts)


def test_a3_paper_and_chosen_sections_only(ctx, demo_plan, tmp_path):
    options = ReportOptions(paper="A3", sections=("summary", "glossary"), marking="OFFICIAL-SENSITIVE")
    path = write_pdf_report(build_report(ctx.db, demo_plan.uuid, options, DEMO_TODAY), tmp_path / "a3.pdf")
    data = path.read_bytes()
    page = pdf_reader(data).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == tuple(round(v) for v in A3)
    text = "\n".join(pages_text(data))
    assert "5. Summary of progress" in text and "6. Glossary" in text
    assert "Full progress table" not in text and "OFFICIAL-SENSITIVE" in text
    assert not list(tmp_path.glob("*.part"))


HOSTILE = "Fish & chips <b>bold</b> <para> </para> <font name=x> 50% 😀🦄 £ – ’ “ ” • é ł ñ \x00\x07\x1b"


@pytest.mark.both_engines
def test_hostile_text_plan_still_produces_a_valid_pdf(ctx):
    draft = small_draft()
    draft.title = "Plan <i>of</i> & " + HOSTILE
    draft.actions[0].activity = HOSTILE + " " + "x" * 5000
    draft.actions[0].status = "Off track"
    draft.actions[1].lead = "<Lead & Co>" + "y" * 280  # names are capped at 300 characters
    draft.actions[2].timescale = "%s %d %(x)s " + "z" * 900
    applied = ctx.commands.execute(CreatePlan(draft))
    plan_uuid = applied.inverse.uuid
    action = action_rows(ctx.db, plan_uuid)[0]
    note = {"action_uuid": action.uuid, "date": date(2023, 5, 1), "note": "<br/>" * 50 + "w" * 5000 + HOSTILE}
    ctx.commands.execute(CreateRecord("progress", note))
    ctx.commands.execute(CreateRecord("glossary", {"plan_uuid": plan_uuid, "term": "<b>", "meaning": HOSTILE}))

    data = render_pdf(build_report(ctx.db, plan_uuid, ReportOptions(marking="<OFFICIAL & co>"), date(2023, 6, 1)))
    pages = pages_text(data)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    text = "\n".join(pages)
    assert "Fish & chips <b>bold</b>" in text
    assert "£ – ’ “ ” • é ł ñ" in text
    assert "\x00" not in text and "\x1b" not in text
    assert refs_in_table(section_text(pages, HEADINGS[3], HEADINGS[4])) == {"1.1.1", "1.1.2", "1.1.3"}
    assert re.search(r"shortened for print", text)


def test_every_page_of_the_progress_table_says_which_priority_and_objective_it_shows(demo_pack):
    _report, data = demo_pack
    pages = pages_text(data)
    start = next(n for n, text in enumerate(pages) if n > 1 and HEADINGS[3] in text)
    end = next(n for n, text in enumerate(pages) if n > start and HEADINGS[4] in text)
    assert end - start >= 3
    for text in pages[start + 1 : end]:  # pages the table runs onto
        assert re.search(r"Priority \d+ › Objective \d+\.\d+", text), text[:300]
        assert "Ref\nAction" in text or "Ref Action" in text


def test_many_columns_turn_the_progress_table_landscape(ctx, demo_plan):
    options = ReportOptions(columns=("partners", "evidence", "resources", "latest_update"), sections=("progress",))
    data = render_pdf(build_report(ctx.db, demo_plan.uuid, options, DEMO_TODAY))
    reader = pdf_reader(data)
    texts = pages_text(data)
    body = [(page, text) for page, text in zip(reader.pages, texts, strict=True) if "Objective" in text]
    assert body and all(float(page.mediabox.width) > float(page.mediabox.height) for page, _ in body)
    assert all("Partners" in text and "Evidence / measure" in text for _, text in body)
    assert not any(text.strip() == "" for text in texts)
