"""Lead update returns: issuing request workbooks, filling them in as a lead would, importing them."""

from __future__ import annotations

import email
from datetime import date, datetime
from email import policy

import openpyxl
import pytest

from app.editing.commands import SetFields
from app.plan_setup.leads import lead_rows
from app.plans.builder import CreatePlan
from app.queries.actions import action_rows, progress_history
from app.returns import issue_requests, preview_returns, request_records, returns_command
from exports.returns.workbook import IDS_SHEET, UPDATES_SHEET
from models.status import Status
from tests.conftest import small_draft

LEAD_EMAIL = "cst@example.org"


@pytest.fixture
def lead(ctx, small_plan):
    row = lead_rows(ctx.db, small_plan)[0]
    ctx.commands.execute(SetFields("lead", row.uuid, {"email": LEAD_EMAIL}))
    return row


def issue(ctx, plan_uuid, lead_uuid, folder, **kwargs):
    folder.mkdir(exist_ok=True)
    outcome = issue_requests(ctx, plan_uuid, [lead_uuid], folder, **kwargs)
    assert len(outcome.issued) == 1
    return outcome.issued[0]


def fill_in(path, updates: dict[int, tuple[str | None, str | None, str | None]], edits=None):
    """Do what a lead does in Excel: type into the yellow columns (and, when asked, elsewhere)."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[UPDATES_SHEET]
    for row, (status, note, timescale) in updates.items():
        sheet.cell(row=row, column=6, value=status)
        sheet.cell(row=row, column=7, value=note)
        sheet.cell(row=row, column=8, value=timescale)
    for (row, column), value in (edits or {}).items():
        sheet.cell(row=row, column=column, value=value)
    workbook.save(path)
    return path


def test_request_workbook_locks_context_and_offers_status_list(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out")
    assert issued.workbook.name.startswith("Update request - Community Safety Team - ")
    workbook = openpyxl.load_workbook(issued.workbook)
    assert workbook.sheetnames == ["Instructions", UPDATES_SHEET, IDS_SHEET]
    assert workbook.security.lockStructure
    sheet = workbook[UPDATES_SHEET]
    assert sheet.protection.sheet
    assert [c.value for c in sheet[1]][:8] == [
        "Ref", "Action", "Timescale", "Current status", "Latest update", "New status", "Progress note",
        "Revised timescale",
    ]  # fmt: skip
    assert sheet.max_row == 4
    for row in range(2, 5):
        assert all(sheet.cell(row=row, column=c).protection.locked for c in (1, 2, 3, 4, 5, 9))
        assert not any(sheet.cell(row=row, column=c).protection.locked for c in (6, 7, 8))
    assert sheet.cell(row=2, column=4).value == "On track"
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1
    assert validations[0].type == "list"
    assert validations[0].formula1 == '"' + ",".join(s.value for s in Status) + '"'
    assert str(validations[0].sqref) == "F2:F4"
    assert sheet.column_dimensions["I"].hidden
    actions = action_rows(ctx.db, small_plan)
    assert [sheet.cell(row=r, column=9).value for r in range(2, 5)] == [a.uuid for a in actions]
    ids = workbook[IDS_SHEET]
    assert ids.sheet_state == "veryHidden"
    facts = {ids.cell(row=r, column=1).value: ids.cell(row=r, column=2).value for r in range(1, 11)}
    assert facts["request_id"] == issued.request_id
    assert facts["plan_uuid"] == small_plan
    assert facts["lead_uuid"] == lead.uuid
    assert datetime.fromisoformat(facts["issued_at"])
    assert [ids.cell(row=r, column=2).value for r in range(13, 16)] == [a.uuid for a in actions]
    records = request_records(ctx.db, small_plan)
    assert [(r.request_id, r.lead_uuid, r.action_count) for r in records] == [(issued.request_id, lead.uuid, 3)]


def test_email_draft_is_unsent_addressed_to_lead_with_workbook(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out", email_drafts=True)
    message = email.message_from_bytes(issued.email_draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == LEAD_EMAIL
    assert "Small plan" in message["Subject"]
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [issued.workbook.name]
    assert attachments[0].get_content() == issued.workbook.read_bytes()


def test_leads_without_open_actions_are_skipped(ctx, small_plan, lead, tmp_path):
    for action in action_rows(ctx.db, small_plan):
        ctx.commands.execute(SetFields("action", action.uuid, {"status": "Complete"}))
    outcome = issue_requests(ctx, small_plan, [lead.uuid], tmp_path)
    assert outcome.issued == ()
    assert outcome.skipped == ("Community Safety Team leads no open actions.",)
    assert request_records(ctx.db, small_plan) == []


def test_round_trip_applies_progress_by_lead_in_one_undo(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out")
    before = action_rows(ctx.db, small_plan)
    fill_in(
        issued.workbook,
        {2: ("Complete", "Contract awarded.", None), 3: (None, None, "March 2025"), 4: ("", "", "")},
    )
    preview = preview_returns(ctx, small_plan, [issued.workbook])
    assert preview.problems == ()
    assert [(c.ref, c.status_from, c.status_to, c.note, c.timescale_to) for c in preview.changes] == [
        ("1.1.1", "On track", "Complete", "Contract awarded.", None),
        ("1.1.2", "On track", None, "", "March 2025"),
    ]
    assert action_rows(ctx.db, small_plan) == before  # a preview changes nothing

    applied = ctx.commands.execute(returns_command(preview, today=date(2024, 5, 1)))
    after = {a.ref: a for a in action_rows(ctx.db, small_plan)}
    assert after["1.1.1"].status == "Complete"
    assert after["1.1.2"].timescale_text == "March 2025" and after["1.1.2"].due_date == date(2025, 3, 31)
    assert after["1.1.3"] == next(a for a in before if a.ref == "1.1.3")
    update = progress_history(ctx.db, after["1.1.1"].uuid)[0]
    assert (update.author, update.status, update.note, update.date) == (
        "Community Safety Team",
        "Complete",
        "Contract awarded.",
        date(2024, 5, 1),
    )
    assert update.source.startswith(f"Return {issued.workbook.name} [{issued.request_id}:")
    moved = progress_history(ctx.db, after["1.1.2"].uuid)[0]
    assert moved.note == "Revised timescale: March 2025 (was April 2023)."

    ctx.commands.execute(applied.inverse)
    assert [(a.status, a.timescale_text, a.due_date) for a in action_rows(ctx.db, small_plan)] == [
        (a.status, a.timescale_text, a.due_date) for a in before
    ]
    assert progress_history(ctx.db, after["1.1.1"].uuid) == []


def test_second_import_changes_nothing(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out")
    fill_in(issued.workbook, {2: ("At risk", "Slipping.", None)})
    ctx.commands.execute(returns_command(preview_returns(ctx, small_plan, [issued.workbook])))
    again = preview_returns(ctx, small_plan, [issued.workbook])
    assert again.changes == () and not again.can_apply
    assert [(p.row, p.message) for p in again.problems] == [
        (2, "action 1.1.1: this update was imported before; nothing changes.")
    ]
    # The same file picked twice in one go is also imported once.
    fresh = issue(ctx, small_plan, lead.uuid, tmp_path / "fresh")
    fill_in(fresh.workbook, {3: ("Off track", "Blocked.", None)})
    twice = preview_returns(ctx, small_plan, [fresh.workbook, fresh.workbook])
    assert [c.ref for c in twice.changes] == ["1.1.2"]


def test_unmatched_rows_and_deleted_actions_are_reported(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out")
    actions = action_rows(ctx.db, small_plan)
    ctx.commands.execute(SetFields("action", actions[2].uuid, {"deleted": True}))
    fill_in(
        issued.workbook,
        {2: ("Complete", "Done.", None), 4: ("Complete", "Done too.", None), 6: ("On track", "New thing", None)},
        edits={(6, 1): "7.7", (6, 2): "An action the lead added"},
    )
    preview = preview_returns(ctx, small_plan, [issued.workbook])
    assert [c.ref for c in preview.changes] == ["1.1.1"]
    messages = {(p.row, p.message) for p in preview.problems}
    assert (4, "action 1.1.3 is no longer in this plan (deleted?); skipped.") in messages
    assert (6, "row '7.7' is not one of the requested actions (added by hand?); skipped.") in messages


def test_edited_locked_cell_is_reported_and_ignored(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out")
    fill_in(issued.workbook, {2: ("Complete", "Done.", None)}, edits={(2, 2): "Rewritten action", (3, 4): "Complete"})
    preview = preview_returns(ctx, small_plan, [issued.workbook])
    assert [(p.row, p.column, p.blocking) for p in preview.problems] == [
        (2, "column B (Action)", False),
        (3, "column D (Current status)", False),
    ]
    assert "locked cell 'Action' of action 1.1.1 was edited" in preview.problems[0].describe()
    assert [c.ref for c in preview.changes] == ["1.1.1"]
    ctx.commands.execute(returns_command(preview))
    rows = {a.ref: a for a in action_rows(ctx.db, small_plan)}
    assert rows["1.1.1"].activity == "Activity 1" and rows["1.1.2"].status == "On track"


def test_workbook_from_another_plan_is_refused(ctx, small_plan, lead, tmp_path):
    other_plan = ctx.commands.execute(CreatePlan(small_draft())).inverse.uuid
    ctx.commands.execute(SetFields("plan", other_plan, {"title": "Other plan"}))
    other_lead = lead_rows(ctx.db, other_plan)[0]
    issued = issue(ctx, other_plan, other_lead.uuid, tmp_path / "out")
    fill_in(issued.workbook, {2: ("Complete", "Done.", None)})
    preview = preview_returns(ctx, small_plan, [issued.workbook])
    assert preview.changes == ()
    assert len(preview.problems) == 1 and preview.problems[0].blocking
    assert "belongs to another plan ('Test Partnership – Other plan')" in preview.problems[0].message


def test_old_request_is_flagged(ctx, small_plan, lead, tmp_path):
    old = issue(ctx, small_plan, lead.uuid, tmp_path / "old", now=datetime(2024, 1, 10, 9, 0))
    issue(ctx, small_plan, lead.uuid, tmp_path / "new", now=datetime(2024, 2, 10, 9, 0))
    fill_in(old.workbook, {2: ("Complete", "Done.", None)})
    preview = preview_returns(ctx, small_plan, [old.workbook])
    assert [p.message for p in preview.problems] == [
        "old request: issued 10/01/2024 09:00, superseded by the request sent to Community Safety Team on "
        "10/02/2024 09:00. Check this is the return you want."
    ]
    assert [c.ref for c in preview.changes] == ["1.1.1"]


def test_newer_return_wins_when_both_touch_an_action(ctx, small_plan, lead, tmp_path):
    old = issue(ctx, small_plan, lead.uuid, tmp_path / "old", now=datetime(2024, 1, 10, 9, 0))
    new = issue(ctx, small_plan, lead.uuid, tmp_path / "new", now=datetime(2024, 2, 10, 9, 0))
    fill_in(old.workbook, {2: ("At risk", "January.", None)})
    fill_in(new.workbook, {2: ("Complete", "February.", None)})
    preview = preview_returns(ctx, small_plan, [new.workbook, old.workbook])
    assert [(c.note, c.status_to) for c in preview.changes] == [("February.", "Complete")]
    assert any(p.file == old.workbook.name and p.blocking for p in preview.problems)


def test_not_a_status_names_file_row_and_column(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out")
    fill_in(issued.workbook, {3: ("Greenish", "Fine.", None)})
    preview = preview_returns(ctx, small_plan, [issued.workbook])
    assert preview.changes == ()
    assert preview.problems[0].describe() == (
        f"{issued.workbook.name}, sheet 'Updates', row 3, column F (New status): "
        "'Greenish' is not a status; this row is skipped."
    )


def test_status_words_leads_use_are_understood(ctx, small_plan, lead, tmp_path):
    issued = issue(ctx, small_plan, lead.uuid, tmp_path / "out")
    fill_in(issued.workbook, {2: ("red", None, None), 3: ("on track", None, None)})
    preview = preview_returns(ctx, small_plan, [issued.workbook])
    assert [(c.ref, c.status_to) for c in preview.changes] == [("1.1.1", "Off track")]


def test_request_reissued_within_the_same_second_still_supersedes(ctx, small_plan, lead, tmp_path):
    moment = datetime(2024, 3, 1, 12, 0, 0)
    old = issue(ctx, small_plan, lead.uuid, tmp_path / "old", now=moment)
    new = issue(ctx, small_plan, lead.uuid, tmp_path / "new", now=moment)
    fill_in(old.workbook, {2: ("Complete", "Done.", None)})
    fill_in(new.workbook, {2: ("Complete", "Done.", None)})
    problems = preview_returns(ctx, small_plan, [old.workbook]).problems
    assert len(problems) == 1 and problems[0].message.startswith("old request")
    assert preview_returns(ctx, small_plan, [new.workbook]).problems == ()


def test_instructions_print_on_a_portrait_page_with_a_long_title_in_full(ctx, small_plan, lead, tmp_path):
    from exports.returns.workbook import INSTRUCTIONS_SHEET

    long_title = "Domestic Abuse and Sexual Violence Partnership Board – Delivery Plan 2024-2027 (refreshed)"
    ctx.commands.execute(SetFields("plan", small_plan, {"title": long_title}))
    sheet = openpyxl.load_workbook(issue(ctx, small_plan, lead.uuid, tmp_path / "out").workbook)[INSTRUCTIONS_SHEET]
    assert long_title in sheet["A1"].value and sheet["A1"].alignment.wrap_text
    assert sheet.column_dimensions["A"].width <= 80  # about 6 inches: fits portrait A4 margins unscaled
    # Rows are sized for their wrapped lines (spreadsheet programs do not all do it on opening).
    assert sheet.row_dimensions[1].height >= 2 * 14 * 1.4
    assert sheet.row_dimensions[2].height < 2 * 11 * 1.4


def test_stopping_requests_part_way_leaves_no_file_and_no_record(ctx, small_plan, lead, tmp_path):
    from app.returns import RequestsStopped

    asked = []

    def keep_going(index: int, total: int, name: str) -> bool:
        asked.append((index, total, name))
        return index < 1  # the first lead's workbook and draft are written, then the user stops

    folder = tmp_path / "requests"
    folder.mkdir()
    with pytest.raises(RequestsStopped):
        issue_requests(ctx, small_plan, [lead.uuid, lead.uuid], folder, email_drafts=True, keep_going=keep_going)
    assert asked == [(0, 2, lead.name), (1, 2, lead.name)]
    assert list(folder.iterdir()) == []
    assert request_records(ctx.db, small_plan) == []
