"""`backups` and `restore` on the command line: they work when the database itself will not open."""

from __future__ import annotations

import main
from app.context import AppContext
from app.storage.backups import backup_before_change


def damage(database) -> None:
    data = bytearray(database.read_bytes())
    data[8192 : 8192 + 4096] = b"\xab" * 4096
    database.write_bytes(bytes(data))


def demo_with_a_backup(tmp_path):
    assert main.main(["--data-dir", str(tmp_path), "demo"]) == 0
    ctx = AppContext.open(tmp_path)
    backup = backup_before_change(ctx, "before-import")
    ctx.close()
    return backup


def test_a_damaged_database_is_restored_from_the_latest_good_backup(tmp_path, capsys):
    backup = demo_with_a_backup(tmp_path)
    database = tmp_path / "delivery-desk.sqlite3"
    damage(database)
    assert main.main(["--data-dir", str(tmp_path), "plans"]) == 1
    assert "`restore latest`" in capsys.readouterr().err

    assert main.main(["--data-dir", str(tmp_path), "backups"]) == 0
    listing = capsys.readouterr().out
    assert listing.splitlines()[0].startswith("  1  ") and "before-import" in listing and "67 actions" in listing

    assert main.main(["--data-dir", str(tmp_path), "restore", "latest", "--yes"]) == 0
    said = capsys.readouterr().out
    assert f"Restored {backup.name}" in said and "damaged database was kept aside" in said
    assert len(list(tmp_path.glob("delivery-desk.damaged-*.sqlite3"))) == 1
    assert main.main(["--data-dir", str(tmp_path), "plans"]) == 0
    assert "(67 actions)" in capsys.readouterr().out


def test_restore_needs_confirmation_and_a_known_backup(tmp_path, capsys, monkeypatch):
    demo_with_a_backup(tmp_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main.main(["--data-dir", str(tmp_path), "restore", "1"]) == 1
    assert "add --yes to confirm" in capsys.readouterr().err
    assert main.main(["--data-dir", str(tmp_path), "restore", "7", "--yes"]) == 1
    assert "no backup '7'" in capsys.readouterr().err
    # Restoring over a healthy database backs it up first, so the restore can itself be undone.
    assert main.main(["--data-dir", str(tmp_path), "restore", "1", "--yes"]) == 0
    assert "backed up as" in capsys.readouterr().out


def test_a_damaged_backup_is_refused(tmp_path, capsys):
    backup = demo_with_a_backup(tmp_path)
    damage(backup)
    assert main.main(["--data-dir", str(tmp_path), "restore", backup.name, "--yes"]) == 1
    assert "cannot be used" in capsys.readouterr().err


def test_restore_is_refused_while_the_app_has_the_data_folder_open(tmp_path, capsys):
    from app.storage.instance_lock import InstanceLock
    from app.storage.paths import resolve_paths

    demo_with_a_backup(tmp_path)
    with InstanceLock(resolve_paths(tmp_path)):
        assert main.main(["--data-dir", str(tmp_path), "restore", "1", "--yes"]) == 1
    assert "Close it before running `restore`" in capsys.readouterr().err
