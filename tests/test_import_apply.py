"""Storing an import: a new plan in one undoable command, or new refs into an existing plan; and the CLI."""

from __future__ import annotations

from plan_files import bcp_docx, bcp_xlsx, oxfordshire_docx

from app.cli import parse_args, run_command
from app.importing.service import ImportOptions, apply_import, import_command, plan_addition, preview_import
from app.plan_setup.leads import lead_rows
from app.plan_setup.reference_data import glossary
from app.plans.listing import list_plans
from app.queries.actions import action_rows
from app.queries.structure import priority_tree


def test_new_plan_is_one_command_that_one_undo_takes_back(ctx, tmp_path):
    path = bcp_docx(tmp_path / "bcp.docx")
    preview = preview_import(path, ImportOptions(merge_lead_groups=preview_import(path).lead_groups))
    plan_uuid = apply_import(ctx, preview)
    rows = action_rows(ctx.db, plan_uuid)
    assert [r.ref for r in rows] == [a.ref for a in preview.draft.actions]
    assert next(r for r in rows if r.ref == "1.1.1").objective_refs == ("1.1", "2.1")
    assert next(r for r in rows if r.ref == "1.1.2").lead_name == "DA OP's Group"  # merged spelling
    ops = next(lead for lead in lead_rows(ctx.db, plan_uuid) if lead.name == "DA OP's Group")
    assert set(ops.aliases) >= {"DA Operational Group"}
    assert len(glossary(ctx.db, plan_uuid)) == 3

    # Once the database holds a plan, an import first takes a backup.
    apply_import(ctx, preview)
    assert [p.name for p in ctx.paths.backups.iterdir() if p.name.endswith("before-import.sqlite3")]
    # The same command path the window's undo stack uses: applying the inverse removes the plan.
    applied = ctx.commands.execute(import_command(preview, ctx.db))
    assert len(list_plans(ctx.db)) == 3
    ctx.commands.execute(applied.inverse)
    assert len(list_plans(ctx.db)) == 2


def test_import_into_an_existing_plan_adds_new_refs_and_reports_differences(ctx, tmp_path):
    first = preview_import(bcp_xlsx(tmp_path / "bcp.xlsx"))
    plan_uuid = apply_import(ctx, first)
    before = len(action_rows(ctx.db, plan_uuid))
    oxon = preview_import(oxfordshire_docx(tmp_path / "oxon.docx"))
    # Change one BCP action in the file so it differs from the plan.
    changed = preview_import(bcp_docx(tmp_path / "bcp.docx"))
    changed.draft.actions[0].timescale = "May 2023"
    addition = plan_addition(ctx.db, plan_uuid, changed.draft)
    assert addition.added_refs == ()
    [difference] = [d for d in addition.existing if d.ref == "1.1.1"]
    assert ("Timescale", "April 2022", "May 2023") in difference.fields

    applied = ctx.commands.execute(import_command(oxon, ctx.db, plan_uuid))
    rows = action_rows(ctx.db, plan_uuid)
    # Oxfordshire's refs 1.1.1 and 1.2.1 exist in BCP already, so only its other refs are added.
    assert len(rows) == before + 3
    assert {p.code for p in priority_tree(ctx.db, plan_uuid)} == {"1", "2", "3", "4"}
    ctx.commands.execute(applied.inverse)
    assert len(action_rows(ctx.db, plan_uuid)) == before


def cli(ctx, *args: str) -> int:
    return run_command(parse_args(["--data-dir", str(ctx.paths.data_dir), *args]))


def test_cli_dry_run_prints_everything_and_changes_nothing(ctx, tmp_path, capsys):
    path = bcp_docx(tmp_path / "bcp.docx")
    assert cli(ctx, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Priorities: 4" in out and "  1 Preventing Violence and Abuse" in out
    assert "Objectives: 9" in out and "Actions: 9" in out
    assert "probably the same lead: DA OP's Group / DA Op's group / DA Operational Group" in out
    assert "Unparsed timescales: 1" in out and "2.2.1 'When the funding allows'" in out
    assert "Would import as a new plan: BCP Preventing Domestic Abuse Delivery Plan 2021-2023" in out
    assert list_plans(ctx.db) == []


def test_cli_imports_under_a_new_name_then_adds_to_it(ctx, tmp_path, capsys):
    assert cli(ctx, "import", str(bcp_docx(tmp_path / "bcp.docx")), "--plan", "BCP plan", "--merge-leads") == 0
    [plan] = list_plans(ctx.db)
    assert plan.title == "BCP plan" and plan.action_count == 9
    capsys.readouterr()
    assert cli(ctx, "import", str(oxfordshire_docx(tmp_path / "oxon.docx")), "--plan", "BCP plan") == 0
    out = capsys.readouterr().out
    assert "Into existing plan: BCP plan" in out
    assert "Imported 3 new actions: 2.1.1, 3.1.1, 3.1.2" in out
    assert list_plans(ctx.db)[0].action_count == 12


def test_cli_reports_a_bad_file_on_one_line(ctx, tmp_path, capsys):
    path = tmp_path / "plan.xlsx"
    path.write_text("not a workbook")
    assert cli(ctx, "import", str(path)) == 1
    assert capsys.readouterr().err.strip() == (
        "delivery-desk: error: plan.xlsx: the file is named .xlsx but is not one (it is not a zip package)."
    )


def test_a_plan_whose_leads_are_all_to_be_agreed_imports_without_leads(ctx, tmp_path):
    from plan_files import write_csv

    rows = [
        ("Ref", "Action", "By whom", "By when"),
        ("1.1", "Set up the task and finish group", "To be agreed", "June 2024"),
        ("", "Agree the terms of reference", "TBC", "July 2024"),
        ("1.2", "Commission the needs assessment", "tba", "Q3 2024/25"),
    ]
    preview = preview_import(write_csv(tmp_path / "tba.csv", rows))
    assert preview.leads == () and preview.lead_groups == ()
    assert [a.comments for a in preview.draft.actions] == ["Lead: To be agreed", "Lead: TBC", "Lead: tba"]
    plan_uuid = apply_import(ctx, preview)
    assert lead_rows(ctx.db, plan_uuid) == []
    assert {r.lead_uuid for r in action_rows(ctx.db, plan_uuid)} == {None}
