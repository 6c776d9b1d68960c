"""Reports ▸ Progress report… as a user drives it: options remembered, file produced off the UI thread."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.plan_setup.leads import lead_rows
from app.plan_setup.reference_data import meetings
from app.queries.structure import priority_tree
from app.reporting import ReportOptions, last_report_date, load_report_options
from tests.report_helpers import pages_text
from ui.common import prompts
from ui.reporting import menu as report_menu
from ui.reporting.dialog import ReportDialog

TODAY = date(2022, 1, 5)


def make_dialog(qtbot, ctx, plan_uuid, options=None):
    dialog = ReportDialog(
        options or ReportOptions(),
        priority_tree(ctx.db, plan_uuid),
        lead_rows(ctx.db, plan_uuid),
        meetings(ctx.db, plan_uuid),
        None,
        TODAY,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_defaults_to_the_next_meeting_and_everything(qtbot, ctx, demo_plan):
    dialog = make_dialog(qtbot, ctx, demo_plan.uuid)
    options = dialog.options()
    assert options.meeting_body == "BCP Community Safety Partnership Board"
    assert options.meeting_date == date(2022, 1, 12)
    assert options.since is None and options.priority_uuids == () and options.lead_uuids == ()
    assert not dialog.since.isEnabled()


def test_dialog_reads_back_what_the_user_sets(qtbot, ctx, demo_plan):
    dialog = make_dialog(qtbot, ctx, demo_plan.uuid)
    dialog.agenda_item.clear()
    qtbot.keyClicks(dialog.agenda_item, "7b")
    qtbot.keyClicks(dialog.author, "Jo Bloggs")
    dialog.since_last.click()
    assert dialog.since.isEnabled()
    dialog.section_boxes["glossary"].click()
    dialog.priority_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.paper.setCurrentText("A3")
    dialog.confidential.click()
    options = dialog.options()
    assert (options.agenda_item, options.author, options.paper) == ("7b", "Jo Bloggs", "A3")
    assert options.since == TODAY and options.include_confidential
    assert "glossary" not in options.sections
    first = priority_tree(ctx.db, demo_plan.uuid)[0].uuid
    assert first not in options.priority_uuids and len(options.priority_uuids) == 3
    assert all(box.accessibleName() for box in dialog.section_boxes.values())


def test_dialog_columns_default_to_latest_update_and_read_back(qtbot, ctx, demo_plan):
    dialog = make_dialog(qtbot, ctx, demo_plan.uuid)
    assert dialog.options().columns == ("latest_update",)
    dialog.column_boxes["evidence"].click()
    dialog.column_boxes["resources"].click()
    dialog.column_boxes["latest_update"].click()
    assert dialog.options().columns == ("evidence", "resources")
    assert all(box.accessibleName() for box in dialog.column_boxes.values())
    restored = make_dialog(qtbot, ctx, demo_plan.uuid, ReportOptions(columns=("partners",))).options()
    assert restored.columns == ("partners",)


def test_dialog_restores_remembered_choices(qtbot, ctx, demo_plan):
    lead = lead_rows(ctx.db, demo_plan.uuid)[0].uuid
    remembered = ReportOptions(author="Sam", lead_uuids=(lead,), sections=("summary",), marking="OFFICIAL-SENSITIVE")
    options = make_dialog(qtbot, ctx, demo_plan.uuid, remembered).options()
    assert (options.author, options.lead_uuids, options.sections) == ("Sam", (lead,), ("summary",))
    assert options.marking == "OFFICIAL-SENSITIVE"


@pytest.fixture
def report_window(main_window, demo_plan, monkeypatch):
    main_window.today = lambda: TODAY
    main_window.open_plan(demo_plan.uuid)
    opened = []
    monkeypatch.setattr(report_menu, "open_document", opened.append)
    main_window.opened_reports = opened
    return main_window


def _accept_dialog_when_shown(edit):
    def accept():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog) and w.isVisible())
        edit(dialog)
        dialog.accept()

    QTimer.singleShot(0, accept)


def test_menu_produces_the_pack_off_the_ui_thread_and_opens_it(
    qtbot, report_window, ctx, demo_plan, tmp_path, monkeypatch
):
    target = tmp_path / "board pack"
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: target)
    threads = []
    real_produce = report_menu.produce_report

    def produce(*args):
        threads.append(threading.current_thread())
        return real_produce(*args)

    monkeypatch.setattr(report_menu, "produce_report", produce)
    action = report_window.actions["progress_report"]
    assert action in report_window.menus["reports"].actions() and action.isEnabled()

    _accept_dialog_when_shown(lambda dialog: qtbot.keyClicks(dialog.agenda_item, "9"))
    action.trigger()
    qtbot.waitUntil(lambda: bool(report_window.opened_reports), timeout=30000)

    produced = tmp_path / "board pack.pdf"
    assert report_window.opened_reports == [produced]
    pages = pages_text(produced.read_bytes())
    assert f"Page 1 of {len(pages)}" in pages[0] and "agenda item 9" in pages[1]
    # The agenda item is kept with the meeting, through the undo stack, not as a remembered option.
    assert next(m for m in meetings(ctx.db, demo_plan.uuid) if m.date == date(2022, 1, 12)).agenda_item == "9"
    assert load_report_options(ctx.db, demo_plan.uuid).agenda_item == ""
    report_window.undo_stack.undo()
    assert next(m for m in meetings(ctx.db, demo_plan.uuid) if m.date == date(2022, 1, 12)).agenda_item == ""
    assert last_report_date(ctx.db, demo_plan.uuid) == TODAY
    assert action.isEnabled()
    assert threads and threads[0] is not threading.main_thread()


def test_failure_is_reported_not_lost(qtbot, report_window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "no-such-folder" / "pack.pdf")
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, details=None: errors.append(details))
    _accept_dialog_when_shown(lambda dialog: None)
    report_window.actions["progress_report"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert "no-such-folder" in errors[0]
    assert report_window.opened_reports == []


def test_menu_entry_disabled_without_a_plan(main_window):
    assert not main_window.actions["progress_report"].isEnabled()


def _show_tab(dialog, text: str) -> None:
    dialog.tabs.setCurrentIndex(next(n for n in range(dialog.tabs.count()) if dialog.tabs.tabText(n) == text))


def test_narrative_typed_in_the_dialog_prints_and_prefills_the_next_report(
    qtbot, report_window, ctx, demo_plan, tmp_path, monkeypatch
):
    paths = iter([tmp_path / "january.pdf", tmp_path / "april.pdf"])
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: next(paths))
    first = priority_tree(ctx.db, demo_plan.uuid)[0].uuid
    seen = {}

    def write(dialog):
        _show_tab(dialog, "&Narrative")
        qtbot.keyClicks(dialog.narrative_tab.summary, "Delivery is broadly on track.")
        qtbot.keyClicks(dialog.narrative_tab.priority_edits[first], "MARAC referrals rose by 12%.")
        _show_tab(dialog, "&Paper")
        qtbot.keyClicks(dialog.paper_tab.author_name, "Jane Smith")
        qtbot.keyClicks(dialog.paper_tab.contact_email, "sam.patel@example.gov.uk")
        qtbot.keyClicks(dialog.paper_tab.recommendations, "note the progress made;")

    _accept_dialog_when_shown(write)
    report_window.actions["progress_report"].trigger()
    qtbot.waitUntil(lambda: len(report_window.opened_reports) == 1, timeout=30000)
    body = "\n".join(pages_text((tmp_path / "january.pdf").read_bytes()))
    assert "2.1 Delivery is broadly on track." in body and "4.1 MARAC referrals rose by 12%." in body
    assert "3.1 note the progress made;" in body and "Jane Smith" in body
    assert report_window.undo_stack.undoText() == "Save the report's paper"

    # A month later, the report to the next meeting starts from what was written for the last one.
    report_window.today = lambda: date(2022, 2, 1)

    def look(dialog):
        seen["summary"] = dialog.narrative_tab.summary.toPlainText()
        seen["priority"] = dialog.narrative_tab.priority_edits[first].toPlainText()
        seen["author"] = dialog.paper_tab.author_name.text()
        seen["carried"] = dialog.narrative_tab.carried.text()
        seen["meeting"] = dialog.options().meeting_date

    _accept_dialog_when_shown(look)
    report_window.actions["progress_report"].trigger()
    qtbot.waitUntil(lambda: len(report_window.opened_reports) == 2, timeout=30000)
    assert seen["summary"] == "Delivery is broadly on track."
    assert seen["priority"] == "MARAC referrals rose by 12%."
    assert seen["author"] == "Jane Smith"
    assert seen["meeting"] > date(2022, 1, 12)
    assert "meeting of 12 January 2022" in seen["carried"]


def test_moving_the_meeting_date_loads_that_meetings_narrative_until_the_officer_types(qtbot, ctx, demo_plan):
    from app.reporting.paper_store import load_paper, save_paper_command
    from models.snapshots.paper import Narrative, PaperTemplate

    for day, words in ((date(2022, 1, 12), "January words."), (date(2022, 4, 13), "April words.")):
        command = save_paper_command(ctx.db, demo_plan.uuid, PaperTemplate(), Narrative(words), day)
        ctx.commands.execute(command)
    dialog = make_dialog(qtbot, ctx, demo_plan.uuid)
    stored = load_paper(ctx.db, demo_plan.uuid, dialog.options().meeting_date)

    def narrative_for(day):
        other = load_paper(ctx.db, demo_plan.uuid, day)
        return other.narrative, other.narrative_meeting

    dialog.set_paper(stored.template, stored.narrative, stored.narrative_meeting, narrative_for)
    summary = dialog.narrative_tab.summary
    assert summary.toPlainText() == "January words."
    dialog.meeting_date.setDate(QDate(2022, 4, 13))
    assert summary.toPlainText() == "April words." and dialog.narrative_tab.carried.text() == ""
    dialog.meeting_date.setDate(QDate(2022, 6, 1))
    assert summary.toPlainText() == "April words." and "meeting of 13 April 2022" in dialog.narrative_tab.carried.text()
    qtbot.keyClicks(summary, " Edited.")
    dialog.meeting_date.setDate(QDate(2022, 1, 12))
    assert "Edited." in summary.toPlainText() and "April words." in summary.toPlainText()
