"""Long fuzz run over every importer on main and the timescale parser (figures: docs/reliability.md).

    python bench/fuzz_run.py --cases 2000          # per importer; ~10 minutes for 12,000+ cases

Each case mutates a real seed file (bytes, or one XML part inside the zip) and runs the real
importer with a 10-second alarm, in this process, under an address-space limit so a blow-up
shows as MemoryError instead of taking the machine down. Allowed: imported, or refused with
the importer's own error class. Failing inputs are saved for replay.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEMORY_LIMIT = 3 * 1024**3


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000, help="cases per importer (default 2000)")
    parser.add_argument("--timescales", type=int, default=20000, help="timescale parser cases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="folder for failing inputs (default: a temporary folder)")
    args = parser.parse_args(argv)

    from tests.fuzz.corpus import build_targets
    from tests.fuzz.mutations import apply, random_case
    from tests.fuzz.runner import run_case

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    folder = Path(tempfile.mkdtemp(prefix="fuzz-run-"))
    keep = args.keep or folder / "failures"
    keep.mkdir(parents=True, exist_ok=True)
    targets = build_targets(folder / "corpus")
    rng = random.Random(args.seed)
    defects = 0
    print(f"{'importer':<18}{'cases':>7}{'imported':>10}{'refused':>9}{'defects':>9}{'slowest s':>11}")
    for name, target in targets.items():
        counts: Counter[str] = Counter()
        slowest = 0.0
        for case in range(args.cases):
            blob = apply(target.seed, *random_case(rng))
            started = time.perf_counter()
            outcome = run_case(target, blob, folder)
            slowest = max(slowest, time.perf_counter() - started)
            counts[outcome.verdict] += 1
            if outcome.verdict == "defect":
                defects += 1
                saved = keep / f"{name}-{case}{target.suffix}"
                saved.write_bytes(blob)
                print(f"  DEFECT {saved}: {outcome.detail.strip().splitlines()[-1]}", file=sys.stderr)
        print(
            f"{name:<18}{args.cases:>7}{counts['imported']:>10}{counts['refused']:>9}"
            f"{counts['defect']:>9}{slowest:>11.2f}"
        )
    defects += _timescales(args.timescales, rng)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB; defects {defects}; failing inputs in {keep}")
    return 1 if defects else 0


def _timescales(cases: int, rng: random.Random) -> int:
    from app.timescale import parse_timescale
    from tests.fuzz.timescales import real_timescales

    seeds = real_timescales()
    alphabet = "0123456789 /-–Q.,()abcdefghijklmnopqrstuvwxyzAJMSOND"
    failures = 0
    slowest = 0.0
    for _ in range(cases):
        text = rng.choice(seeds)
        for _step in range(rng.randint(1, 4)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + "".join(rng.choices(alphabet, k=rng.randint(0, 6))) + text[at + rng.randint(0, 3) :]
        started = time.perf_counter()
        try:
            parsed = parse_timescale(text * rng.choice((1, 1, 1, 20)))
            if parsed.start and parsed.due and parsed.start > parsed.due:
                raise AssertionError(f"start after due: {parsed}")
        except Exception as exc:  # noqa: BLE001 - counting every failure is the point
            failures += 1
            print(f"  DEFECT timescale {text!r}: {exc!r}", file=sys.stderr)
        slowest = max(slowest, time.perf_counter() - started)
    print(f"{'timescale parser':<18}{cases:>7}{cases - failures:>10}{0:>9}{failures:>9}{slowest:>11.3f}")
    return failures


if __name__ == "__main__":
    sys.exit(main())
