"""One officer for tests/editing/test_four_officers.py: edits two actions of one plan COUNT times.

Usage: officer_process.py DATA_DIR DATABASE_URL PLAN_UUID TAG COUNT SEED
Each edit says what the officer saw (read, then a short pause so colleagues get in between). A
clash is logged with both values and settled as an officer would: every other one keeps mine.
Prints one JSON line per attempt: what was seen, what was written or clashed, the command id.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.context import AppContext  # noqa: E402
from app.editing.commands import EditConflict, SetFields  # noqa: E402
from app.editing.concurrency import seen_in  # noqa: E402
from app.queries.actions import action_rows  # noqa: E402

FIELDS = {
    "comments": lambda tag, n, rng: f"{tag}{n}",
    "status": lambda tag, n, rng: rng.choice(["On track", "At risk", "Complete", "Not started"]),
    "percent_complete": lambda tag, n, rng: rng.randrange(101),
}


def main(argv: list[str]) -> int:
    data_dir, url, plan_uuid, tag, count, seed = argv
    rng = random.Random(int(seed))
    ctx = AppContext.open(data_dir, database_url=url)
    log = []
    try:
        for n in range(int(count)):
            rows = sorted(action_rows(ctx.db, plan_uuid), key=lambda r: r.ref)[:2]
            row = rng.choice(rows)
            name = rng.choice(sorted(FIELDS))
            values = {name: FIELDS[name](tag, n, rng)}
            seen = seen_in(row, values)
            time.sleep(rng.uniform(0, 0.02))
            command = SetFields("action", row.uuid, values, seen=seen)
            entry = {"uuid": row.uuid, "field": name, "seen": seen.values[name], "mine": values[name]}
            try:
                applied = ctx.commands.execute(command)
                log.append({**entry, "kind": "written", "command_id": applied.command_id})
            except EditConflict as clash:
                [conflict] = clash.conflicts
                log.append({**entry, "kind": "conflict", "theirs": conflict.theirs, "by": conflict.changed_by})
                if n % 2 == 0:
                    resolved = clash.resolved(keep_mine={name})
                    try:
                        applied = ctx.commands.execute(resolved)
                    except EditConflict:
                        continue  # changed yet again meanwhile: shown again, nothing written
                    log.append(
                        {**entry, "seen": conflict.theirs, "kind": "written", "command_id": applied.command_id}
                    )
    finally:
        ctx.close()
    for line in log:
        print(json.dumps(line))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
