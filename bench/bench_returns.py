"""Time the lead update round trip and the plan exports on a 1,000-action plan.

Run by hand: `python bench/bench_returns.py [ACTIONS]`; record the figures in bench/README.md.
Every lead of the benchmark plan (40) gets a request; each lead's workbook is filled in on every
row (status, note, every third row a revised timescale), then all are previewed and applied.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.plan_setup.leads import lead_rows  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.plans.listing import get_plan  # noqa: E402
from app.queries.actions import action_rows  # noqa: E402
from app.returns import issue_requests, preview_returns, returns_command  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402
from exports.exporting.csv_export import write_actions_csv  # noqa: E402
from exports.exporting.ics_export import write_actions_ics  # noqa: E402
from exports.exporting.xlsx_export import write_actions_xlsx  # noqa: E402
from exports.returns.workbook import UPDATES_SHEET  # noqa: E402


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{label:<44} {1000 * (time.perf_counter() - start):8.0f} ms")
    return result


def fill_in(paths: list[Path]) -> None:
    for path in paths:
        workbook = openpyxl.load_workbook(path)
        sheet = workbook[UPDATES_SHEET]
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row=row, column=6, value="At risk")
            sheet.cell(row=row, column=7, value=f"Progress on row {row}.")
            if row % 3 == 0:
                sheet.cell(row=row, column=8, value="March 2025")
        workbook.save(path)


def main(actions: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        ctx = AppContext.open(base / "data", user="bench")
        plan_uuid = ctx.commands.execute(CreatePlan(big_draft(actions))).inverse.uuid
        plan = get_plan(ctx.db, plan_uuid)
        rows = action_rows(ctx.db, plan_uuid)
        timed(f"export .xlsx ({len(rows)} actions)", lambda: write_actions_xlsx(base / "p.xlsx", plan, rows))
        timed("export .csv", lambda: write_actions_csv(base / "p.csv", rows))
        timed("export .ics", lambda: write_actions_ics(base / "p.ics", plan, rows))
        leads = [lead.uuid for lead in lead_rows(ctx.db, plan_uuid)]
        out = base / "returns"
        out.mkdir()
        outcome = timed(
            f"issue requests ({len(leads)} leads, with .eml)",
            lambda: issue_requests(ctx, plan_uuid, leads, out, email_drafts=True),
        )
        paths = [r.workbook for r in outcome.issued]
        fill_in(paths)
        preview = timed(f"preview {len(paths)} returns", lambda: preview_returns(ctx, plan_uuid, paths))
        print(f"  {len(preview.changes)} changes, {len(preview.problems)} problems")
        applied = timed("apply (one command)", lambda: ctx.commands.execute(returns_command(preview)))
        timed("undo", lambda: ctx.commands.execute(applied.inverse))
        ctx.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
