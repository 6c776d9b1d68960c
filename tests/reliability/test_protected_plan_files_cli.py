"""`export --passphrase-file` / `import --passphrase-file` for protected .dplan files."""

from __future__ import annotations

import main
from app.context import AppContext
from app.plan_files.crypto import is_encrypted
from app.plans.listing import list_plans


def _run(data, *argv):
    return main.main(["--data-dir", str(data), *argv])


def test_protected_export_then_import_elsewhere(tmp_path, capsys):
    source, target = tmp_path / "source", tmp_path / "target"
    assert _run(source, "demo") == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("board-papers-2024\n", encoding="utf-8")
    out = tmp_path / "plan.dplan"
    assert _run(source, "export", "-o", str(out), "--passphrase-file", str(secret)) == 0
    assert "protected with a passphrase" in capsys.readouterr().out
    assert is_encrypted(out.read_bytes())

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("guess\n", encoding="utf-8")
    assert _run(target, "import", str(out), "--passphrase-file", str(wrong)) == 1
    assert "passphrase is not right" in capsys.readouterr().err
    assert _run(target, "import", str(out)) == 1  # no terminal to ask on
    assert "--passphrase-file" in capsys.readouterr().err
    ctx = AppContext.open(target)
    try:
        assert list_plans(ctx.db) == []
    finally:
        ctx.close()

    assert _run(target, "import", str(out), "--passphrase-file", str(secret)) == 0
    ctx = AppContext.open(target)
    try:
        assert [p.action_count for p in list_plans(ctx.db)] == [67]
    finally:
        ctx.close()


def test_only_plan_files_can_be_protected(tmp_path, capsys):
    assert _run(tmp_path / "d", "demo") == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("x\n", encoding="utf-8")
    assert _run(tmp_path / "d", "export", "-o", str(tmp_path / "p.csv"), "--passphrase-file", str(secret)) == 1
    assert "Only .dplan" in capsys.readouterr().err


def test_a_weak_passphrase_is_refused_on_the_command_line(tmp_path, capsys):
    assert _run(tmp_path / "d", "demo") == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("x\n", encoding="utf-8")
    assert _run(tmp_path / "d", "export", "-o", str(tmp_path / "p.dplan"), "--passphrase-file", str(secret)) == 1
    err = capsys.readouterr().err
    assert "at least 10 characters" in err and err.strip().count("\n") == 0
    assert not (tmp_path / "p.dplan").exists()
