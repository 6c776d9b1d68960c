"""Time loading the action table rows of a 10,000-action plan.

Run by hand: `python bench/bench_table_rows.py`; record the figures in bench/README.md.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.plans.draft import ActionDraft, LeadDraft, ObjectiveDraft, PlanDraft, PriorityDraft, ProgressDraft  # noqa: E402
from app.queries.actions import action_rows  # noqa: E402

TIMESCALES = ["April 2022", "Sept 2021", "Ongoing", "TBC", "Quarterly", "2021-22", "autumn 2022", "31/03/2023"]
STATUSES = ["Not started", "On track", "At risk", "Off track", "Complete"]


def big_draft(actions: int) -> PlanDraft:
    priorities = [
        PriorityDraft(
            str(p), f"Priority {p}", objectives=[ObjectiveDraft(f"{p}.{o}", f"Objective {p}.{o}") for o in range(1, 6)]
        )
        for p in range(1, 5)
    ]
    leads = [LeadDraft(f"Lead organisation {n}") for n in range(40)]
    return PlanDraft(
        title=f"Benchmark plan ({actions} actions)",
        period_start=date(2021, 4, 1),
        period_end=date(2024, 3, 31),
        priorities=priorities,
        leads=leads,
        actions=[
            ActionDraft(
                ref=f"{n % 4 + 1}.{n % 5 + 1}.{n}",
                activity=f"Activity number {n}: deliver training and review referral pathways with partners",
                objective_refs=[f"{n % 4 + 1}.{n % 5 + 1}"],
                lead=f"Lead organisation {n % 40}",
                timescale=TIMESCALES[n % len(TIMESCALES)],
                evidence="Quarterly reports to the board",
                status=STATUSES[n % len(STATUSES)],
                progress=[ProgressDraft(date(2022, 1 + n % 12, 1), "Officer", None, f"Update {n}")]
                if n % 3 == 0
                else [],
            )
            for n in range(actions)
        ],
    )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(folder, user="bench")
        started = time.perf_counter()
        applied = ctx.commands.execute(CreatePlan(big_draft(count)))
        created = time.perf_counter() - started
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            rows = action_rows(ctx.db, applied.inverse.uuid)
            timings.append(time.perf_counter() - started)
        ctx.close()
    print(f"actions: {len(rows)}")
    print(f"create plan in one transaction: {created:.2f} s")
    print(f"load table rows: best {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms (5 runs)")


if __name__ == "__main__":
    main()
