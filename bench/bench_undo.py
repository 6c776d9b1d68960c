"""Time applying and undoing a status change of N actions on a 10,000-action plan (one command each).

Run by hand: `python bench/bench_undo.py [ACTIONS]`; record the figures in bench/README.md. They set
``ui.editing.undo_steps.UI_THREAD_RECORDS``: a step bigger than that runs off the UI thread.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.context import AppContext  # noqa: E402
from app.editing.action_commands import bulk_set_command  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.queries.actions import action_rows  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(Path(folder) / "a", user="A")
        plan = ctx.commands.execute(CreatePlan(big_draft(count))).inverse.uuid
        rows = action_rows(ctx.db, plan)
        for n in (10, 50, 100, 1000, count):
            command = bulk_set_command(rows[:n], "status", "At risk" if n % 2 else "Off track", "status")
            start = time.perf_counter()
            applied = ctx.commands.execute(command)
            middle = time.perf_counter()
            ctx.commands.execute(applied.inverse)
            end = time.perf_counter()
            print(f"{n:>6} actions: apply {1000 * (middle - start):7.0f} ms, undo {1000 * (end - middle):7.0f} ms")
        ctx.close()


if __name__ == "__main__":
    main()
