"""Features reach the window only through declared actions, sections, dialogs and panels."""

from __future__ import annotations

import pytest

from ui.window import features
from ui.window.feature_api import ActionSpec, Needs
from ui.window.main_window import MainWindow


def _menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_features_add_no_attributes_of_their_own(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(features, "INSTALLERS", [])
    bare = MainWindow(ctx)
    qtbot.addWidget(bare)
    bare_names = set(vars(bare))
    monkeypatch.undo()
    full = MainWindow(ctx)
    qtbot.addWidget(full)
    assert set(vars(full)) - bare_names == set()


def test_feature_entries_land_in_their_sections(main_window):
    file_entries = _menu_texts(main_window.menus["file"])
    order = ["&New plan…", "&Open plan…", "&Recent plans", "&Import plan…", "&Export", "Restore from &backup…", "&Quit"]
    positions = [file_entries.index(text) for text in order]
    assert positions == sorted(positions)
    assert file_entries[-1] == "&Quit"
    export_entries = _menu_texts(main_window.menus["export"])
    assert export_entries.index("&Excel workbook…") < export_entries.index("&Plan file to merge (.dplan)…")


def test_actions_that_need_a_plan_follow_the_open_plan(main_window, small_plan, qtbot):
    needs_plan = ["plan_properties", "edit_priorities", "history", "progress_report", "export_xlsx", "request_updates"]
    assert main_window.plan_uuid is None
    assert not any(main_window.actions[key].isEnabled() for key in needs_plan)
    main_window.open_plan(small_plan)
    assert all(main_window.actions[key].isEnabled() for key in needs_plan)
    assert not main_window.actions["delete"].isEnabled()  # nothing selected yet
    main_window.table.setFocus()
    main_window.table.selectRow(0)
    assert main_window.actions["delete"].isEnabled()
    main_window.open_plan(None)
    assert not any(main_window.actions[key].isEnabled() for key in needs_plan)


def test_a_declared_action_runs_from_its_menu_and_is_enabled_by_its_condition(main_window, small_plan):
    ran: list[str] = []
    ready = {"value": False}
    action = main_window.declare(
        ActionSpec(
            "probe",
            "Probe",
            lambda: ran.append("probe"),
            "plan",
            "setup",
            "Ctrl+Alt+P",
            "",
            Needs.PLAN,
            lambda: ready["value"],
        )
    )
    main_window.open_plan(small_plan)
    assert action in main_window.menus["plan"].actions()
    assert action.shortcut().toString() == "Ctrl+Alt+P"
    assert not action.isEnabled()
    ready["value"] = True
    main_window.refresh_actions()
    assert action.isEnabled()
    action.trigger()
    assert ran == ["probe"]


def test_declaring_a_key_twice_is_refused(main_window):
    with pytest.raises(ValueError, match="import_plan"):
        main_window.declare(ActionSpec("import_plan", "Again", lambda: None, "file", "import"))


def test_open_plan_uses_the_plan_chooser(main_window, small_plan):
    from ui.plans.open_plan import OpenPlanDialog

    main_window.actions["open_plan"].trigger()
    dialog = main_window.findChild(OpenPlanDialog)
    assert dialog is not None and dialog.isVisible()
