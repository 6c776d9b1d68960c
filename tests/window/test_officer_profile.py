"""The officer's own details, asked once, used instead of the computer's login name."""

from __future__ import annotations

from datetime import datetime
from email.parser import BytesParser
from email.policy import default

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.context import AppContext
from app.editing.commands import SetFields
from app.editing.history import change_history
from app.plan_setup.leads import lead_rows
from app.profile import OfficerProfile, load_profile
from app.returns import issue_requests
from ui.window.profile_dialog import ProfileDialog, ask_once


def test_first_start_asks_once_and_history_and_requests_use_the_officer(qtbot, main_window, ctx, small_plan, tmp_path):
    main_window.show()
    dialog = ask_once(main_window)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Welcome to Delivery Desk"
    QTest.keyClicks(dialog.name, "Jo Bloggs")
    QTest.keyClick(dialog.name, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.role, "Community Safety Officer")
    QTest.keyClick(dialog.role, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.email, "jo.bloggs@council.gov.uk")
    QTest.keyClick(dialog.email, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert load_profile(ctx.paths) == OfficerProfile(
        "Jo Bloggs", "Community Safety Officer", "jo.bloggs@council.gov.uk"
    )
    assert ask_once(main_window) is None  # asked once only
    assert main_window.detail.progress.author.text() == "Jo Bloggs"

    main_window.open_plan(small_plan)
    ctx.commands.execute(SetFields("plan", small_plan, {"version_label": "v2"}))
    assert change_history(ctx.db, small_plan)[0].user == "Jo Bloggs"

    lead = lead_rows(ctx.db, small_plan)[0]
    issued = issue_requests(ctx, small_plan, [lead.uuid], tmp_path, email_drafts=True, now=datetime(2026, 12, 3, 9))
    sheet = openpyxl.load_workbook(issued.issued[0].workbook).worksheets[0]
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "by Jo Bloggs, Community Safety Officer (jo.bloggs@council.gov.uk)" in cells
    message = BytesParser(policy=default).parsebytes(issued.issued[0].email_draft.read_bytes())
    body = message.get_body(("plain",)).get_content()
    assert "by Thursday 17 December 2026" in body and "Jo Bloggs, Community Safety Officer" in body


def test_details_are_editable_and_a_name_is_required(qtbot, ctx):
    dialog = ProfileDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Your name is needed" in dialog.message.text()
    QTest.keyClicks(dialog.name, "Sam Patel")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert ctx.user == "Sam Patel" and ctx.profile.name == "Sam Patel"


def test_a_saved_profile_names_the_next_session(tmp_path):
    first = AppContext.open(tmp_path / "data")
    first.set_profile(OfficerProfile("Jo Bloggs", "Officer"))
    first.close()
    again = AppContext.open(tmp_path / "data")
    try:
        assert again.user == "Jo Bloggs" and again.signature == "Jo Bloggs, Officer"
    finally:
        again.close()
