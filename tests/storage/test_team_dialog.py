"""File ▸ Connect to team database…: typing the address and password connects a window to the server."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.plans.builder import CreatePlan
from tests.conftest import small_draft
from tests.pg_fixtures import OFFICER, OFFICER_PASSWORD, officer_url
from ui.storage.team_dialog import TEAM_URL_KEY, show_connect_dialog, use_laptop_database
from ui.window.settings import app_settings


def test_typing_the_address_connects_the_window_to_the_team_plan(
    qtbot, main_window, pg_server, _pg_templates, memory_keyring, tmp_path
):
    team_db = pg_server.create_database(_pg_templates["empty"], owner=OFFICER)
    try:
        _work_on_the_team_database(qtbot, main_window, pg_server, team_db, memory_keyring, tmp_path)
    finally:
        pg_server.drop_database(team_db)


def _work_on_the_team_database(qtbot, main_window, pg_server, team_db, memory_keyring, tmp_path):
    from app.context import AppContext

    seed = AppContext.open(tmp_path / "seed", database_url=officer_url(pg_server, team_db))
    seed.commands.execute(CreatePlan(small_draft()))
    seed.close()
    memory_keyring.passwords.clear()

    assert main_window.panels["team_location"].text() == "This laptop's database"
    main_window.actions["connect_team_database"].trigger()
    dialog = main_window.findChild(type(show_connect_dialog(main_window)))
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, officer_url(pg_server, team_db, password=None))
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "cannot connect to the team database" in dialog.message.text()
    assert dialog.isVisible()

    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, OFFICER_PASSWORD)
    with qtbot.waitSignal(dialog.connected, timeout=20000) as connected:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    ctx = connected.args[0]
    team_window = main_window.panels["successor"]
    qtbot.addWidget(team_window)
    assert team_window.ctx is ctx and ctx.db.is_server
    assert team_window.plan_uuid is not None and team_window.model.rowCount() == 3
    assert team_window.panels["team_location"].text().endswith(f"/{team_db} as {OFFICER}")
    # The address is remembered for the next start, the password only in the keyring.
    remembered = app_settings().value(TEAM_URL_KEY)
    assert team_db in remembered and OFFICER_PASSWORD not in remembered
    assert list(memory_keyring.passwords.values()) == [OFFICER_PASSWORD]
    assert not any(OFFICER_PASSWORD in p.read_text(errors="ignore") for p in tmp_path.rglob("*.ini"))

    laptop_window = use_laptop_database(team_window)
    qtbot.addWidget(laptop_window)
    assert not laptop_window.ctx.db.is_server
    assert app_settings().value(TEAM_URL_KEY) is None
    laptop_window.ctx.close()


def test_a_remembered_team_database_out_of_reach_opens_the_laptop_database_instead(tmp_path, monkeypatch, qapp):
    import socket

    from ui.common import prompts
    from ui.window.startup_checks import open_remembered_team

    with socket.socket() as sock:  # a loopback port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    told: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, title, text, details=None: told.append(f"{title}: {text}"))
    from app.storage.paths import resolve_paths

    ctx = open_remembered_team(resolve_paths(tmp_path / "data"), f"postgresql://ann@127.0.0.1:{port}/plans")
    try:
        assert ctx is not None and not ctx.db.is_server
        assert len(told) == 1 and "opens this laptop's copy instead" in told[0]
        # It works in place of the team database: edits are queued, and the window watches for the server.
        assert ctx.standing_in_for is not None and ctx.commands.journal is not None
    finally:
        ctx.close()
