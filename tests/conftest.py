"""Shared fixtures: every test gets its own data folder and database."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.context import AppContext
from app.editing.commands import CreateRecord
from app.plans.builder import CreatePlan
from app.plans.draft import ActionDraft, LeadDraft, ObjectiveDraft, PlanDraft, PriorityDraft
from app.storage.paths import DATABASE_FILENAME
from tests.pg_fixtures import _pg_templates, officer_url, pg_server  # noqa: F401  (fixtures)


def _snapshot(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


@pytest.fixture(scope="session")
def _template_databases(tmp_path_factory) -> dict[str, Path]:
    """Migrated once per run: creating the schema through Alembic costs ~0.5 s a database."""
    from app.plans.demo import ensure_demo_plan

    folder = tmp_path_factory.mktemp("templates")
    empty = AppContext.open(folder / "empty", user="test-officer")
    empty.close()
    demo = AppContext.open(folder / "demo", user="test-officer")
    ensure_demo_plan(demo)
    demo.close()
    return {name: folder / name / DATABASE_FILENAME for name in ("empty", "demo")}


@pytest.fixture
def db_engine(request) -> str:
    """Which engine ``ctx`` opens: SQLite, unless the test is marked ``both_engines`` (then both).

    DELIVERY_DESK_TEST_ENGINE=postgresql runs every other ``ctx`` test on PostgreSQL too (slower;
    for checking the whole suite on the server now and then, not for CI).
    """
    return getattr(request, "param", None) or os.environ.get("DELIVERY_DESK_TEST_ENGINE", "sqlite")


def pytest_generate_tests(metafunc):
    both = metafunc.definition.get_closest_marker("both_engines")
    if both and not metafunc.definition.get_closest_marker("sqlite_only") and "db_engine" in metafunc.fixturenames:
        metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def ctx(tmp_path, request, db_engine):
    """An open AppContext on a fresh copy of a migrated database (with the demo plan if asked for):
    the SQLite file in the test's folder, or (``db_engine`` postgresql) a new database on the
    throwaway server, logged in as the officer ``test-officer``."""
    template = "demo" if "demo_plan" in request.fixturenames else "empty"
    if db_engine == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = server.create_database(request.getfixturevalue("_pg_templates")[template], owner="test-officer")
        context = AppContext.open(tmp_path / "data", database_url=officer_url(server, name))
        yield context
        context.close()
        server.drop_database(name)
        return
    _snapshot(request.getfixturevalue("_template_databases")[template], tmp_path / "data" / DATABASE_FILENAME)
    context = AppContext.open(tmp_path / "data", user="test-officer")
    yield context
    context.close()


@pytest.fixture(scope="session", autouse=True)
def _session_keyring():
    """Passwords met in tests (session fixtures included) go to an in-memory keyring, never the machine's own."""
    import keyring

    from tests.fake_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def memory_keyring(_session_keyring):
    """Each test starts with an empty in-memory keyring."""
    import keyring

    from tests.fake_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def demo_plan(ctx):
    """The bundled demo plan in the test's database."""
    from app.plans.demo import ensure_demo_plan

    plan, _created = ensure_demo_plan(ctx)
    return plan


def small_draft(actions: int = 3) -> PlanDraft:
    return PlanDraft(
        title="Small plan",
        partnership="Test Partnership",
        period_start=date(2022, 4, 1),
        period_end=date(2024, 3, 31),
        priorities=[
            PriorityDraft("1", "Prevention", objectives=[ObjectiveDraft("1.1", "Fewer victims")]),
            PriorityDraft("2", "Provision", objectives=[ObjectiveDraft("2.1", "Better services")]),
        ],
        leads=[LeadDraft("Community Safety Team", aliases=["Community Safety team", "CST"])],
        actions=[
            ActionDraft(
                ref=f"1.1.{n + 1}",
                activity=f"Activity {n + 1}",
                objective_refs=["1.1"] if n % 2 == 0 else ["1.1", "2.1"],
                lead="Community Safety team" if n % 2 else "Community Safety Team",
                timescale="April 2023",
                status="On track",
            )
            for n in range(actions)
        ],
    )


@pytest.fixture
def small_plan(ctx):
    """A three-action plan; returns its uuid."""
    applied = ctx.commands.execute(CreatePlan(small_draft()))
    return applied.inverse.uuid


@pytest.fixture
def make_action(ctx, small_plan):
    def make(**values):
        values = {"plan_uuid": small_plan, "ref": "9.9", "activity": "New action", **values}
        command = CreateRecord("action", values)
        ctx.commands.execute(command)
        return command.uuid

    return make


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    """Window geometry, column layout and recent plans go to the test's folder, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    # A team window copies each plan it opens to the laptop on the thread pool; tests not about that
    # copy turn it off so no job outlives them (tests/offline/test_copy_kept_by_default.py turns it on).
    from ui.offline.keep_copy import KEEP_COPIES_KEY
    from ui.window.settings import app_settings

    app_settings().setValue(KEEP_COPIES_KEY, False)
    yield


@pytest.fixture
def main_window(qtbot, ctx):
    """The main window on the test's database (empty unless another fixture added a plan first)."""
    from ui.window.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    return window


@pytest.fixture
def said(monkeypatch):
    """The window's information and error messages, as ("info"|"error", text), instead of boxes."""
    from ui.common import prompts

    messages = []
    monkeypatch.setattr(prompts, "info", lambda _p, _t, text: messages.append(("info", text)))
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text, details=None: messages.append(("error", text)))
    return messages


@pytest.fixture
def meetings_dialog(qtbot, ctx, small_plan):
    """Plan › Meetings on the small plan, shown and active, as a user opens it."""
    from PySide6.QtGui import QUndoStack

    from ui.plan_setup.meetings import MeetingsDialog

    dialog = MeetingsDialog(ctx, small_plan, QUndoStack())
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.fixture
def progress_date_edit(qtbot, main_window, small_plan):
    """The progress update's date in the details of the small plan's first action, set to
    3 Dec 2026 and focused, in an active window, as a user reaches it."""
    from PySide6.QtCore import QDate

    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    main_window.open_plan(small_plan)
    main_window.table.selectRow(0)
    edit = main_window.detail.progress.date
    edit.setDate(QDate(2026, 12, 3))
    edit.setFocus()
    return edit
