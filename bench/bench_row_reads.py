"""Time reading a plan's rows both ways: start-up's first read over sqlite3 and the ORM's read.

Run by hand: `python bench/bench_row_reads.py [actions ...] [--runs N] [--before CHECKOUT]` (default
2000 10000, 15 runs); record the figures in bench/README.md. Each data folder holds one benchmark plan
(``bench_table_rows.big_draft``); ``read_first_plan`` (the plan list, tree, rows and leads) and
``action_rows`` (the table rows through SQLAlchemy's connection) are timed in a child process per
checkout, after one read that is not counted. ``--before`` also times another checkout (an export of
an earlier commit, same schema) on the same data, alternating with this one so a busy spell on the
shared machine lands on both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_startup import make_data_dir  # noqa: E402

# Runs in the checkout being timed: its own app and models, not this one's.
MEASURE = """
import json, sys, time
from datetime import date
sys.path.insert(0, sys.argv[1])
from app.context import AppContext
from app.plans.listing import list_plans
from app.queries.actions import action_rows
from app.queries.first_read import read_first_plan
runs, today = int(sys.argv[3]), date(2023, 6, 1)
ctx = AppContext.open(sys.argv[2], user="bench")
plan = list_plans(ctx.db)[0].uuid
def timed(read):
    read()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        read()
        times.append(time.perf_counter() - started)
    return times
first = timed(lambda: read_first_plan(ctx.paths, "", [plan], today))
orm = timed(lambda: action_rows(ctx.db, plan, today))
ctx.close()
print(json.dumps({"first": first, "orm": orm}))
"""


def measure(root: Path, data: Path, runs: int) -> dict[str, list[float]]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(root), str(data), str(runs)], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actions", nargs="*", type=int, default=[2000, 10_000])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", type=Path, help="another checkout to time beside this one (same schema)")
    args = parser.parse_args()
    checkouts = {"app": ROOT} | ({"before": args.before.resolve()} if args.before else {})
    print(f"runs: {args.runs} each, in two rounds (medians); load average at start {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="bench-rows-") as folder:
        for actions in args.actions:
            data = make_data_dir(Path(folder), actions)
            times: dict[str, dict[str, list[float]]] = {name: {"first": [], "orm": []} for name in checkouts}
            # Two rounds, alternating the checkouts, so neither has the quiet moments to itself.
            for _ in range(2):
                for name, root in checkouts.items():
                    for read, figures in measure(root, data, (args.runs + 1) // 2).items():
                        times[name][read] += figures
            print(f"{actions:>6} actions (load {os.getloadavg()[0]:.1f}):")
            for name in sorted(times):
                first, orm = times[name]["first"], times[name]["orm"]
                print(
                    f"  {name}: first read {statistics.median(first) * 1000:.0f} ms (best {min(first) * 1000:.0f}), "
                    f"ORM rows {statistics.median(orm) * 1000:.0f} ms (best {min(orm) * 1000:.0f})"
                )


if __name__ == "__main__":
    main()
