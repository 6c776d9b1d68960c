"""Real timescale wording (from the bundled demo plan and the reference plans) to mutate."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXTRA = (
    "Q3 2022/23",
    "By end of March 2024",
    "Quarterly from April 2022",
    "April 2022 - March 2023",
    "Annually (November)",
    "2021-2023",
    "TBC",
    "When funding allows",
    "Summer 2022",
    "31/03/2023",
    "Ongoing – reviewed every 6 months",
)


@cache
def real_timescales() -> tuple[str, ...]:
    plan = json.loads((ROOT / "resources" / "demo_plan.json").read_text(encoding="utf-8"))
    found = {action.get("timescale", "") for action in plan["actions"]}
    return tuple(sorted(t for t in found | set(EXTRA) if t))
