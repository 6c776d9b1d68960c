"""`export -o FILE.dplan` and `import FILE.dplan` from the command line."""

from __future__ import annotations

import main
from app.context import AppContext
from app.editing.commands import SetFields
from app.plans.listing import list_plans
from app.queries.actions import action_rows


def _run(capsys, *argv):
    code = main.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_then_import_into_another_data_folder(tmp_path, capsys):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    main.main(["--data-dir", a, "demo"])
    path = str(tmp_path / "bcp.dplan")
    code, out, _ = _run(capsys, "export", "--data-dir", a, "--plan", "BCP", "-o", path)
    assert code == 0 and "plan file with 67 actions" in out

    code, out, _ = _run(capsys, "import", path, "--dry-run", "--data-dir", b)
    assert code == 0
    assert "This plan is not held here" in out and "Actions: 67 added" in out and "nothing was changed" in out
    code, out, _ = _run(capsys, "plans", "--data-dir", b)
    assert out == ""

    code, out, _ = _run(capsys, "import", path, "--data-dir", b)
    assert code == 0 and "Imported bcp.dplan." in out
    code, out, _ = _run(capsys, "plans", "--data-dir", b)
    assert "(67 actions)" in out
    code, out, _ = _run(capsys, "import", path, "--data-dir", b)
    assert code == 0 and "Nothing to change" in out


def test_conflicts_need_prefer_on_the_command_line(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    main.main(["--data-dir", str(a), "demo"])
    first, back = str(tmp_path / "first.dplan"), str(tmp_path / "back.dplan")
    main.main(["export", "--data-dir", str(a), "-o", first])
    main.main(["import", first, "--data-dir", str(b)])
    for folder, status in ((a, "At risk"), (b, "Off track")):
        ctx = AppContext.open(folder, user=folder.name)
        try:
            plan_uuid = list_plans(ctx.db)[0].uuid
            action = action_rows(ctx.db, plan_uuid)[0]
            ctx.commands.execute(SetFields("action", action.uuid, {"status": status}))
        finally:
            ctx.close()
    main.main(["export", "--data-dir", str(b), "-o", back])
    capsys.readouterr()

    code, out, err = _run(capsys, "import", back, "--data-dir", str(a))
    assert code == 1 and "1 conflicts: add --prefer mine or --prefer theirs" in err
    assert "shared 'On track' / mine 'At risk' / theirs 'Off track'" in out
    code, out, _ = _run(capsys, "import", back, "--prefer", "theirs", "--data-dir", str(a))
    assert code == 0 and "Merged back.dplan." in out
    ctx = AppContext.open(a)
    try:
        assert action_rows(ctx.db, list_plans(ctx.db)[0].uuid)[0].status == "Off track"
    finally:
        ctx.close()


def test_a_damaged_plan_file_is_a_one_line_error(tmp_path, capsys):
    path = tmp_path / "bad.dplan"
    path.write_text("not a plan")
    code, _, err = _run(capsys, "import", str(path), "--data-dir", str(tmp_path / "d"))
    assert code == 1
    assert err.strip() == "delivery-desk: error: bad.dplan is not a Delivery Desk plan file (it is not a zip archive)."
