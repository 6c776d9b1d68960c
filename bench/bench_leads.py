"""Time the import wizard's lead-spelling suggestions for 500 lead names, beside every pair through SequenceMatcher.

Run by hand: `python bench/bench_leads.py [names ...] [--runs N]` (default 200 500, best of 5);
record the figures in bench/README.md. The names are distinct and plan-like ("Dorset Police
Community Safety Team", "BCP Council Housing Service (Poole)", ...) with a fifth of them respelled (a letter
dropped, doubled or swapped, an apostrophe, "Ops" for "Operational"), as lead columns are.
The baseline, timed in the same run, is the matcher before rapidfuzz: SequenceMatcher.ratio on
every pair of normalised names; the number of groups each suggests is printed beside it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.plan_setup.leads import is_joint_lead, normalise_lead_name, suggest_lead_groups  # noqa: E402

BODIES = ["Dorset Police", "BCP Council", "Dorset Council", "NHS Dorset", "Dorset & Wiltshire Fire",
          "Probation Service",
          "Youth Justice Service", "Public Health Dorset", "Safer Poole", "Bournemouth University", "Aster Housing",
          "Citizens Advice", "Victim Support", "Community Rehabilitation Company", "Dorset HealthCare"]  # fmt: skip
UNITS = ["Community Safety Team", "Operational Group", "Housing Service", "Licensing", "Neighbourhood Team",
         "Safeguarding Board", "Drug and Alcohol Team", "Anti-social Behaviour Unit", "Partnership Manager",
         "Domestic Abuse Lead", "Prevent Coordinator", "Trading Standards", "Road Safety", "Analysts"]  # fmt: skip

AREAS = ["", " (Poole)", " (Weymouth)", " North"]


def respell(name: str, rng: random.Random) -> str:
    choice = rng.randrange(4)
    position = rng.randrange(1, len(name) - 1)
    if choice == 0:
        return name[:position] + name[position + 1 :]
    if choice == 1:
        return name[:position] + name[position] + name[position:]
    if choice == 2:
        return name.replace("Operational", "Op's") if "Operational" in name else name.lower()
    return name[:position] + name[position + 1] + name[position] + name[position + 2 :]


def lead_names(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    distinct = [f"{body} {unit}{area}" for body in BODIES for unit in UNITS for area in AREAS]
    rng.shuffle(distinct)
    originals = distinct[: count - count // 5]
    return originals + [respell(rng.choice(originals), rng) for _ in range(count // 5)]


def every_pair(names: list[str], threshold: float = 0.9) -> list[tuple[str, ...]]:
    """The matcher before rapidfuzz (the baseline): SequenceMatcher on every pair of normalised names."""
    counts: dict[str, int] = defaultdict(int)
    for name in names:
        counts[name.strip()] += 1
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[normalise_lead_name(name)].append(name)
    keys = sorted(key for key in by_key if not any(is_joint_lead(n) for n in by_key[key]))
    parent = {key: key for key in by_key}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for i, left in enumerate(keys):
        for right in keys[i + 1 :]:
            if SequenceMatcher(None, left, right).ratio() >= threshold:
                parent[root(right)] = root(left)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_key):
        groups[root(key)].extend(by_key[key])
    return [tuple(members) for members in groups.values() if len(members) > 1]


def best_of(runs: int, work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", type=int, default=[200, 500])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    suggest_lead_groups(["warm", "warm up"])  # rapidfuzz's first import is not the matcher's time
    for count in args.names:
        names = lead_names(count)
        baseline, expected = best_of(max(1, args.runs // 2), lambda n=names: every_pair(n))
        fast, groups = best_of(args.runs, lambda n=names: suggest_lead_groups(n))
        print(
            f"{count:>4} names: every pair with SequenceMatcher {baseline:8.1f} ms | "
            f"rapidfuzz {fast:6.1f} ms ({baseline / fast:.0f}x faster); groups {len(expected)} / {len(groups)}"
        )


if __name__ == "__main__":
    main()
