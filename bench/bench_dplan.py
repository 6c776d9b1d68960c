"""Time exporting, importing and merging a 1,000-action plan file (.dplan).

Run by hand: `python bench/bench_dplan.py [ACTIONS]`; record the figures in bench/README.md.
Officer A exports; officer B imports it; both edit a tenth of the actions (some the same
fields, so there are conflicts) and add progress updates; A previews and applies B's file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.context import AppContext  # noqa: E402
from app.editing.commands import Batch, CreateRecord, SetFields  # noqa: E402
from app.plan_files.service import apply_merge, export_plan_file, preview_plan_file  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.queries.actions import action_rows  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{label:<42} {1000 * (time.perf_counter() - start):8.0f} ms")
    return result


def edit_tenth(ctx: AppContext, plan_uuid: str, status: str, who: str) -> None:
    rows = action_rows(ctx.db, plan_uuid)[::10]
    commands = []
    for row in rows:
        commands.append(SetFields("action", row.uuid, {"status": status, f"{who}": f"{who} {row.ref}"}))
        commands.append(CreateRecord("progress", {"action_uuid": row.uuid, "date": date(2023, 5, 1), "note": who}))
    ctx.commands.execute(Batch(f"{who} edits", tuple(commands)))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        a = AppContext.open(root / "a", user="A")
        b = AppContext.open(root / "b", user="B")
        plan_uuid = a.commands.execute(CreatePlan(big_draft(count))).inverse.uuid
        first = root / "first.dplan"
        timed(f"export {count} actions", lambda: export_plan_file(a.db, plan_uuid, first, "A"))
        print(f"{'file size':<42} {first.stat().st_size / 1024:8.0f} KiB")
        preview = timed("preview import into an empty database", lambda: preview_plan_file(b.db, first))
        timed("apply import (one command)", lambda: apply_merge(b, preview))
        edit_tenth(a, plan_uuid, "At risk", "evidence")
        edit_tenth(b, plan_uuid, "Off track", "comments")
        back = root / "back.dplan"
        export_plan_file(b.db, plan_uuid, back, "B")
        merge = timed("preview merge (three-way)", lambda: preview_plan_file(a.db, back))
        print(f"{'conflicts':<42} {len(merge.conflicts):8d}")
        resolutions = {conflict.key: "theirs" for conflict in merge.conflicts}
        timed("apply merge (one command, backup first)", lambda: apply_merge(a, merge, resolutions))
        a.close()
        b.close()


if __name__ == "__main__":
    main()
