"""The action table model and proxy on their own, without a window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.editing.commands import Batch, SetFields
from app.editing.concurrency import seen_in
from app.queries.actions import action_rows
from app.queries.filters import ActionFilter
from ui.workspace.table.model import (
    COL_DUE,
    COL_LEAD,
    COL_PERCENT,
    COL_REF,
    COL_STATUS,
    COLUMN_COUNT,
    HEADERS,
    ActionTableModel,
    LeadChoice,
    RowRole,
    SortRole,
    edit_command,
    natural_key,
)
from ui.workspace.table.proxy import ActionFilterProxy

TODAY = date(2022, 6, 1)


@pytest.fixture
def rows(ctx, demo_plan):
    return action_rows(ctx.db, demo_plan.uuid, TODAY)


@pytest.fixture
def model(qapp, rows, demo_plan):
    model = ActionTableModel()
    model.set_rows(rows, demo_plan.uuid)
    return model


def test_cells_show_plain_text_and_status_words(model, rows):
    assert model.rowCount() == len(rows) and model.columnCount() == COLUMN_COUNT
    first = rows[0]
    assert model.index(0, COL_REF).data() == first.ref
    assert model.index(0, COL_STATUS).data() == first.status
    assert model.index(0, COL_PERCENT).data() == f"{first.percent_complete}%"
    assert model.index(0, 0).data(RowRole) is first
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole).endswith(")")  # "On track (Green)"
    assert model.headerData(COL_DUE, Qt.Orientation.Horizontal) == "Due"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_filtering_keeps_the_selected_row_selected_and_current_wherever_it_moves(qtbot, model, rows):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setColumnHidden(COL_LEAD, True)
    chosen = max(range(len(rows)), key=lambda n: n if rows[n].status == "Complete" else -1)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(proxy.index(chosen, 0), flags)

    proxy.set_filter(ActionFilter(statuses=frozenset({"Complete"})), TODAY)
    shown = [proxy.index(n, 0).data(RowRole) for n in range(proxy.rowCount())]
    assert shown == [r for r in rows if r.status == "Complete"]  # plan order kept
    assert view.verticalHeader().count() == len(shown) and view.isColumnHidden(COL_LEAD)
    assert view.currentIndex().data(RowRole) == rows[chosen]
    assert [i.data(RowRole) for i in view.selectionModel().selectedRows()] == [rows[chosen]]

    proxy.set_filter(ActionFilter(text="nothing-matches-this"), TODAY)
    assert proxy.rowCount() == 0 and not view.selectionModel().hasSelection()
    proxy.set_filter(ActionFilter(), TODAY)
    assert proxy.rowCount() == len(rows)


def test_overdue_is_written_not_just_coloured(model, rows):
    overdue = next(n for n, r in enumerate(rows) if r.overdue)
    assert model.index(overdue, COL_DUE).data().endswith("(overdue)")


def test_refs_sort_naturally():
    assert sorted(["1.10", "1.9", "1.2.1", "A"], key=natural_key) == ["1.2.1", "1.9", "1.10", "A"]


def test_proxy_sorts_by_sort_role_and_filters(model, rows):
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    dues = [proxy.index(n, COL_DUE).data(SortRole) for n in range(proxy.rowCount())]
    assert dues == sorted(dues)
    proxy.set_filter(ActionFilter(statuses=frozenset({"Complete"})), TODAY)
    assert 0 < proxy.rowCount() < len(rows)
    assert all(proxy.index(n, COL_STATUS).data() == "Complete" for n in range(proxy.rowCount()))
    model.set_rows([replace(r, status="Complete") for r in rows], model.plan_uuid)
    assert proxy.rowCount() == len(rows)


def test_same_actions_refresh_without_a_reset(model, rows):
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows([replace(rows[0], status="At risk"), *rows[1:]], model.plan_uuid)
    assert resets == [] and model.index(0, COL_STATUS).data() == "At risk"
    model.set_rows(rows[1:], model.plan_uuid)
    assert resets == [1]


def test_set_data_hands_one_command_to_the_runner(model, rows):
    seen = []
    model.command_runner = lambda command: seen.append(command) or True
    assert model.flags(model.index(0, COL_STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, COL_STATUS), "At risk")
    # The command names what the table showed, so a colleague's change since is not overwritten.
    status_seen = seen_in(rows[0], ["status"])
    expected = SetFields("action", rows[0].uuid, {"status": "At risk"}, seen[0].label, seen=status_seen)
    assert seen == [expected]
    assert not model.setData(model.index(0, COL_STATUS), rows[0].status)  # unchanged: no command
    assert len(seen) == 1


def test_a_new_lead_is_created_and_assigned_in_one_step(rows):
    command = edit_command(rows[0], "plan-uuid", COL_LEAD, LeadChoice(new_name="Housing Options"))
    assert isinstance(command, Batch)
    create, assign = command.commands
    assert create.values == {"plan_uuid": "plan-uuid", "name": "Housing Options"}
    assert assign.values == {"lead_uuid": create.uuid}


def test_read_only_without_a_command_runner(model):
    assert not model.flags(model.index(0, COL_STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, COL_STATUS), "At risk")


def test_twenty_thousand_data_and_header_calls_do_not_crash(model):
    """PySide6 6.12 corrupted None's refcount when a model called the base data()/headerData()."""
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
    ]
    nones = 0
    for n in range(10_000):
        role = roles[n % len(roles)]
        nones += model.index(n % model.rowCount(), n % COLUMN_COUNT).data(role) is None
        nones += model.headerData(n % (COLUMN_COUNT + 2), Qt.Orientation.Horizontal, role) is None
    assert nones > 10_000
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)] == list(HEADERS)
