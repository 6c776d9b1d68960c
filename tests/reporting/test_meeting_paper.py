"""The agenda item and committee are kept with the meeting through the command path (audited,
undoable), not as a remembered report option; the next report to that meeting shows them again."""

from __future__ import annotations

from datetime import date

import pytest

import main
from app.context import AppContext
from app.plan_setup.reference_data import meetings
from app.plans.demo import ensure_demo_plan
from app.plans.listing import resolve_plan
from app.queries.actions import audit_trail
from app.queries.structure import priority_tree
from app.reporting import ReportOptions, build_report
from app.reporting.paper_store import load_paper, save_paper_command
from models.snapshots.paper import Narrative, PaperTemplate
from tests.report_helpers import pages_text

TODAY = date(2022, 1, 5)
BOARD_MEETING = date(2022, 1, 12)  # the demo plan's next meeting, of the BCP Community Safety Partnership Board
BOARD = "BCP Community Safety Partnership Board"


def _meeting_on(ctx, plan_uuid, day):
    return next(m for m in meetings(ctx.db, plan_uuid) if m.date == day)


@pytest.mark.both_engines
def test_agenda_item_is_stored_with_the_meeting_audited_and_undone(ctx, demo_plan):
    command = save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), None, BOARD_MEETING, BOARD, "7b")
    applied = ctx.commands.execute(command)
    meeting = _meeting_on(ctx, demo_plan.uuid, BOARD_MEETING)
    assert meeting.agenda_item == "7b"
    trail = audit_trail(ctx.db, demo_plan.uuid, meeting.uuid)
    assert [(e.field, e.new_value) for e in trail] == [("agenda_item", '"7b"')]  # stored as JSON
    # Without the option, the report to that meeting prints the stored agenda item.
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), TODAY)
    assert (report.cover.meeting_date, report.cover.agenda_item) == (BOARD_MEETING, "7b")
    ctx.commands.execute(applied.inverse)
    assert _meeting_on(ctx, demo_plan.uuid, BOARD_MEETING).agenda_item == ""
    # Storing what is already there is no command, so no empty undo step.
    assert save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), None, BOARD_MEETING, BOARD, "") is None


@pytest.mark.both_engines
def test_an_agenda_item_for_a_meeting_not_on_the_list_records_the_meeting(ctx, small_plan):
    day = date(2024, 5, 1)
    ctx.commands.execute(save_paper_command(ctx.db, small_plan, PaperTemplate(), None, day, "Board", "4"))
    assert [(m.date, m.body, m.agenda_item) for m in meetings(ctx.db, small_plan)] == [(day, "Board", "4")]


@pytest.mark.both_engines
def test_two_boards_meeting_the_same_day_keep_their_own_agenda_items(ctx, small_plan):
    day = date(2024, 5, 1)
    for body, item in (("Board", "4"), ("Executive Group", "9")):
        ctx.commands.execute(save_paper_command(ctx.db, small_plan, PaperTemplate(), None, day, body, item))
    ctx.commands.execute(save_paper_command(ctx.db, small_plan, PaperTemplate(), None, day, "Board", "5"))
    assert {(m.body, m.agenda_item) for m in meetings(ctx.db, small_plan)} == {("Board", "5"), ("Executive Group", "9")}


@pytest.mark.both_engines
def test_another_committee_on_the_same_day_is_another_meeting_and_the_listed_one_is_not_renamed(ctx, demo_plan):
    other = "Safer Communities Board"
    assert save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), None, BOARD_MEETING, other) is None
    ctx.commands.execute(save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), None, BOARD_MEETING, other, "3"))
    held = {(m.body, m.agenda_item) for m in meetings(ctx.db, demo_plan.uuid) if m.date == BOARD_MEETING}
    assert held == {(BOARD, ""), (other, "3")}
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(meeting_date=BOARD_MEETING, meeting_body=other), TODAY)
    assert report.cover.agenda_item == "3"


@pytest.fixture
def demo_dir(tmp_path):
    data = tmp_path / "data"
    context = AppContext.open(data, user="cli")
    ensure_demo_plan(context)
    context.close()
    return data


def _run(demo_dir, out, *extra):
    return main.main(["--data-dir", str(demo_dir), "report", "-o", str(out), "--meeting-date", "2030-01-20", *extra])


def test_cli_agenda_item_is_kept_with_the_meeting_and_leaves_the_narrative(demo_dir, tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("[summary]\nBroadly on track.\n", encoding="utf-8")
    assert _run(demo_dir, tmp_path / "first.pdf", "--agenda-item", "9", "--narrative", str(words)) == 0
    # Later runs to the same meeting: the agenda item comes from the meeting, and changing only
    # the committee leaves the meeting's narrative as it was.
    assert _run(demo_dir, tmp_path / "second.pdf", "--committee", "Safer Communities Board") == 0
    assert "agenda item 9" in pages_text((tmp_path / "second.pdf").read_bytes())[1]
    context = AppContext.open(demo_dir, user="check")
    try:
        plan = resolve_plan(context.db, None)
        meeting = _meeting_on(context, plan.uuid, date(2030, 1, 20))
        # Recorded by the first run with no committee named; the second names it.
        assert (meeting.agenda_item, meeting.body) == ("9", "Safer Communities Board")
        assert load_paper(context.db, plan.uuid, date(2030, 1, 20)).narrative.summary == "Broadly on track."
    finally:
        context.close()


def test_dialog_shows_the_agenda_item_of_the_chosen_meeting(qtbot, ctx, demo_plan):
    from PySide6.QtCore import QDate

    from app.plan_setup.leads import lead_rows
    from ui.reporting.dialog import ReportDialog

    ctx.commands.execute(save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), None, BOARD_MEETING, BOARD, "6"))
    plan_meetings = meetings(ctx.db, demo_plan.uuid)
    later = next(m for m in plan_meetings if m.date > BOARD_MEETING)
    dialog = ReportDialog(
        ReportOptions(),
        priority_tree(ctx.db, demo_plan.uuid),
        lead_rows(ctx.db, demo_plan.uuid),
        plan_meetings,
        None,
        TODAY,
    )
    qtbot.addWidget(dialog)
    assert dialog.options().agenda_item == "6"
    dialog.meeting_date.setDate(QDate(later.date.year, later.date.month, later.date.day))
    assert dialog.agenda_item.text() == ""
    qtbot.keyClicks(dialog.agenda_item, "3")
    dialog.meeting_date.setDate(QDate(BOARD_MEETING.year, BOARD_MEETING.month, BOARD_MEETING.day))
    assert dialog.options().agenda_item == "3"  # typed by the officer: never replaced behind their back


@pytest.mark.both_engines
def test_narrative_none_leaves_stored_words(ctx, demo_plan):
    first = priority_tree(ctx.db, demo_plan.uuid)[0].uuid
    narrative = Narrative("Summary.", ((first, "Words."),))
    ctx.commands.execute(save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), narrative, BOARD_MEETING, BOARD))
    ctx.commands.execute(save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), None, BOARD_MEETING, BOARD, "2"))
    assert load_paper(ctx.db, demo_plan.uuid, BOARD_MEETING).narrative == narrative
