"""Crash harness: SIGKILL a process applying edits and imports, restart, check nothing was lost.

    python bench/crash_harness.py --kills 200            # the long run (figures: docs/reliability.md)
    python bench/crash_harness.py --kills 15 --json      # what tests/reliability/test_crash_safety.py runs
    python bench/crash_harness.py --kills 40 --power-loss                   # lose what was not fsynced
    python bench/crash_harness.py --kills 3 --power-loss --synchronous OFF  # proves it would notice

A worker process applies a deterministic series of commands through the real command path:
single-field edits, progress updates, five-action bulk edits and whole-plan imports (CreatePlan
of a generated draft, as every importer ends). After each command returns it prints ``ACK n``:
the point where the window would say "saved". The parent kills it with SIGKILL after a random
number of acknowledgements plus a random few milliseconds (sometimes during start-up), opens the
database through the normal open path and checks: ``PRAGMA integrity_check`` is ok, every
acknowledged command is there, and the command in flight at the kill is either wholly there or
wholly absent, and the audit trail holds an entry for exactly the commands that are there.
Exit code 1 and ``losses``/``half_applied``/``audit_failures`` above zero mean a failure.

With ``--power-loss`` the worker runs under strace and, after the kill, each database file is
put back as it was at its last fsync (``bench/power_loss.py``): a kill then behaves like pulling
the plug, which SIGKILL alone does not (the page cache survives it). ``--synchronous`` overrides
the app's PRAGMA in the worker, to show the power-loss mode catches a build that does not sync.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMESPACE = uuid.UUID("4a8f0a53-1a7c-4d0e-9d55-6b7a2f7f0c11")
BASE_ACTIONS = 40
IMPORT_ACTIONS = 25
BATCH_SIZE = 5


def _op(seed: int, index: int) -> tuple[str, list[int]]:
    """Which command number ``index`` is and which base actions it touches (same in both processes)."""
    rng = random.Random(seed * 1_000_003 + index)
    roll = rng.random()
    if roll < 0.55:
        return "edit", [rng.randrange(BASE_ACTIONS)]
    if roll < 0.75:
        return "progress", [rng.randrange(BASE_ACTIONS)]
    if roll < 0.90:
        return "batch", rng.sample(range(BASE_ACTIONS), BATCH_SIZE)
    return "import", []


def _uuid(kind: str, index: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}-{index}"))


def _draft(title: str, actions: int):
    from app.plans.draft import ActionDraft, ObjectiveDraft, PlanDraft, PriorityDraft

    return PlanDraft(
        title=title,
        partnership="Crash Test Partnership",
        priorities=[PriorityDraft("1", "Safety", objectives=[ObjectiveDraft("1.1", "Safer streets")])],
        actions=[
            ActionDraft(ref=f"1.1.{n:03d}", activity=f"Activity {n} " + "words " * 30, objective_refs=["1.1"])
            for n in range(actions)
        ],
    )


def _command(seed: int, index: int, actions: list[str]):
    from app.editing.commands import Batch, CreateRecord, SetFields
    from app.plans.builder import CreatePlan

    kind, targets = _op(seed, index)
    if kind == "edit":
        return SetFields("action", actions[targets[0]], {"evidence": f"e{index}"})
    if kind == "progress":
        values = {"action_uuid": actions[targets[0]], "date": date(2024, 1, 1), "note": f"p{index}"}
        return CreateRecord("progress", values, uuid=_uuid("progress", index))
    if kind == "batch":
        return Batch("Bulk edit", tuple(SetFields("action", actions[t], {"comments": f"b{index}"}) for t in targets))
    return CreatePlan(_draft(f"Import {index}", IMPORT_ACTIONS), source="crash harness", uuid=_uuid("plan", index))


def _base_actions(database: Path, base_uuid: str) -> list[str]:
    with closing(sqlite3.connect(database)) as conn:
        rows = conn.execute(
            "SELECT a.uuid FROM action a JOIN plan p ON p.id = a.plan_id WHERE p.uuid = ? ORDER BY a.ref",
            (base_uuid,),
        ).fetchall()
    return [uuid for (uuid,) in rows]


def worker(data_dir: Path, seed: int, start: int, base_uuid: str, synchronous: str = "") -> None:
    from sqlalchemy import event

    from app.context import AppContext

    ctx = AppContext.open(data_dir, user="crash-harness")
    if synchronous:  # after the app's own settings, on every connection from now on
        pragma = f"PRAGMA synchronous = {synchronous}"
        event.listen(ctx.db.engine, "connect", lambda connection, _record: connection.execute(pragma))
        ctx.db.engine.dispose()
    actions = _base_actions(ctx.paths.database, base_uuid)
    print("READY", flush=True)
    index = start
    while True:
        ctx.commands.execute(_command(seed, index, actions))
        print(f"ACK {index}", flush=True)
        index += 1


@dataclass
class Figures:
    kills: int = 0
    kills_during_startup: int = 0
    commands_acknowledged: int = 0
    imports_acknowledged: int = 0
    in_flight_committed: int = 0
    in_flight_absent: int = 0
    checks: int = 0
    losses: int = 0
    half_applied: int = 0
    integrity_failures: int = 0
    audit_failures: int = 0
    bytes_lost_to_power_loss: int = 0
    seconds: float = 0.0


class Model:
    """What the database must contain: for each base action the values it may hold, and the rest."""

    def __init__(self) -> None:
        self.evidence: dict[int, set[str]] = {n: {""} for n in range(BASE_ACTIONS)}
        self.comments: dict[int, set[str]] = {n: {""} for n in range(BASE_ACTIONS)}
        self.progress: set[str] = set()
        self.imports: set[str] = set()
        self.committed: set[int] = set()

    def acknowledge(self, seed: int, index: int) -> None:
        self.committed.add(index)
        kind, targets = _op(seed, index)
        if kind == "edit":
            self.evidence[targets[0]] = {f"e{index}"}
        elif kind == "batch":
            for t in targets:
                self.comments[t] = {f"b{index}"}
        elif kind == "progress":
            self.progress.add(f"p{index}")
        else:
            self.imports.add(f"Import {index}")


def _snapshot(database: Path, base_uuid: str) -> dict:
    # Closed, not just committed: a connection left open would keep the -wal index of a database the
    # power-loss mode rewrites under it (and keep the WAL from ever being checkpointed).
    with closing(sqlite3.connect(database)) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        actions = conn.execute(
            "SELECT a.evidence, a.comments FROM action a JOIN plan p ON p.id = a.plan_id "
            "WHERE p.uuid = ? ORDER BY a.ref",
            (base_uuid,),
        ).fetchall()
        notes = {note for (note,) in conn.execute("SELECT note FROM progress_update")}
        plans = dict(
            conn.execute(
                "SELECT p.title, COUNT(a.id) FROM plan p LEFT JOIN action a ON a.plan_id = p.id "
                "WHERE p.uuid != ? GROUP BY p.id",
                (base_uuid,),
            ).fetchall()
        )
        audit = conn.execute("SELECT field, new_value FROM audit_entry WHERE user = 'crash-harness'").fetchall()
    return {"integrity": integrity, "actions": actions, "notes": notes, "plans": plans, "audited": _audited(audit)}


def _audited(entries: list[tuple[str, str | None]]) -> set[int]:
    """The command numbers the audit trail records, from the marks each kind of command writes: an
    edited field's new value, or a created record's values (a progress note, an imported plan's title)."""
    found = set()
    for field, value in entries:
        if field in ("evidence", "comments"):
            mark = re.fullmatch(r'"[eb](\d+)"', value or "")
        else:
            mark = re.search(r'"note": "p(\d+)"|"title": "Import (\d+)"', value or "") if field == "" else None
        if mark:
            found.add(int(next(group for group in mark.groups() if group)))
    return found


def check(model: Model, figures: Figures, seed: int, in_flight: int | None, snap: dict, log) -> None:
    """Compare the database with the model; settle the in-flight command's outcome into the model."""
    if snap["integrity"] != [("ok",)]:
        figures.integrity_failures += 1
        log(f"integrity_check failed: {snap['integrity'][:3]}")
    flight_kind, flight_targets = _op(seed, in_flight) if in_flight is not None else ("", [])
    flight_marks = {"edit": f"e{in_flight}", "batch": f"b{in_flight}", "progress": f"p{in_flight}"}
    committed = None
    for n, (evidence, comments) in enumerate(snap["actions"]):
        touched = n in flight_targets
        allowed_e = model.evidence[n] | ({flight_marks["edit"]} if flight_kind == "edit" and touched else set())
        allowed_c = model.comments[n] | ({flight_marks["batch"]} if flight_kind == "batch" and touched else set())
        figures.checks += 2
        if evidence not in allowed_e or comments not in allowed_c:
            figures.losses += 1
            log(f"action {n}: evidence {evidence!r} not in {allowed_e} or comments {comments!r} not in {allowed_c}")
    if flight_kind in ("edit", "batch"):
        column = 0 if flight_kind == "edit" else 1
        hits = [snap["actions"][t][column] == flight_marks[flight_kind] for t in flight_targets]
        if any(hits) and not all(hits):
            figures.half_applied += 1
            log(f"bulk command {in_flight} half applied: {hits}")
        committed = all(hits)
    missing_notes = model.progress - snap["notes"]
    figures.checks += len(model.progress)
    if missing_notes:
        figures.losses += len(missing_notes)
        log(f"progress updates lost: {sorted(missing_notes)[:5]}")
    if flight_kind == "progress":
        committed = flight_marks["progress"] in snap["notes"]
    for title in model.imports:
        figures.checks += 1
        if snap["plans"].get(title) != IMPORT_ACTIONS:
            figures.losses += 1
            log(f"acknowledged import {title} has {snap['plans'].get(title)} actions")
    for title, count in snap["plans"].items():
        if count != IMPORT_ACTIONS:
            figures.half_applied += 1
            log(f"import {title} half applied: {count} actions")
    if flight_kind == "import":
        committed = f"Import {in_flight}" in snap["plans"]
    if in_flight is not None and committed is not None:
        if committed:
            figures.in_flight_committed += 1
            model.acknowledge(seed, in_flight)
        else:
            figures.in_flight_absent += 1
    # The audit trail is written in the same transaction: an entry for each command there, none for others.
    unaudited, phantom = model.committed - snap["audited"], snap["audited"] - model.committed
    figures.checks += len(model.committed)
    if unaudited or phantom:
        figures.audit_failures += len(unaudited) + len(phantom)
        log(f"audit trail: no entry for {sorted(unaudited)[:5]}, entries for absent {sorted(phantom)[:5]}")


def _setup(data_dir: Path) -> str:
    from app.context import AppContext
    from app.plans.builder import CreatePlan

    ctx = AppContext.open(data_dir, user="crash-harness")
    try:
        return ctx.commands.execute(CreatePlan(_draft("Base plan", BASE_ACTIONS))).inverse.uuid
    finally:
        ctx.close()


def _reopen_through_app(data_dir: Path) -> None:
    """Open as the app would after a crash: quick check, migrations, daily backup."""
    from app.context import AppContext

    AppContext.open(data_dir, user="crash-harness").close()


def run(kills: int, seed: int, data_dir: Path, log=print, power_loss: bool = False, synchronous: str = "") -> Figures:
    started = time.monotonic()
    rng = random.Random(seed)
    base_uuid = _setup(data_dir)
    database = data_dir / "delivery-desk.sqlite3"
    watched = [database, database.with_name(database.name + "-wal")]
    trace = data_dir / "worker.strace"
    model, figures, start = Model(), Figures(), 0
    for _round in range(kills):
        argv = [sys.executable, __file__, "--worker", str(data_dir), str(seed), str(start), base_uuid, synchronous]
        baseline = power_loss_module().baseline_of(watched) if power_loss else {}
        process = subprocess.Popen(
            power_loss_module().traced(argv, trace) if power_loss else argv,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        during_startup = rng.random() < 0.1
        acks_wanted = 0 if during_startup else rng.randint(0, 25)
        ready, acked = False, start - 1
        if during_startup:
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            while line := process.stdout.readline():
                ready = ready or line.startswith("READY")
                if line.startswith("ACK"):
                    acked = int(line.split()[1])
                    model.acknowledge(seed, acked)
                    figures.commands_acknowledged += 1
                    figures.imports_acknowledged += _op(seed, acked)[0] == "import"
                    if acked - start + 1 >= acks_wanted:
                        break
                elif ready and acks_wanted == 0:
                    break
            time.sleep(rng.uniform(0.0, 0.040))
        _kill_worker(process, power_loss)
        rest = process.communicate()[0]
        # strace reports its SIGKILLed child in more than one way ("Unexpected wait status 0x9", exit 1).
        if not power_loss and process.returncode != -signal.SIGKILL:
            raise RuntimeError(f"the worker stopped on its own (exit code {process.returncode}); see its error above")
        figures.kills += 1
        for line in rest.splitlines():  # acknowledgements already written before the kill count too
            ready = ready or line.startswith("READY")
            if line.startswith("ACK"):
                acked = int(line.split()[1])
                model.acknowledge(seed, acked)
                figures.commands_acknowledged += 1
                figures.imports_acknowledged += _op(seed, acked)[0] == "import"
        if not ready:
            figures.kills_during_startup += 1
        if power_loss:
            figures.bytes_lost_to_power_loss += power_loss_module().lose_unsynced(trace, watched, baseline)
            database.with_name(database.name + "-shm").unlink(missing_ok=True)  # memory, never durable
        in_flight = acked + 1 if ready else None
        _reopen_through_app(data_dir)
        check(model, figures, seed, in_flight, _snapshot(database, base_uuid), log)
        start = acked + 2 if ready else start
    figures.seconds = round(time.monotonic() - started, 1)
    return figures


def power_loss_module():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import power_loss

    return power_loss


def _kill_worker(process: subprocess.Popen, traced: bool) -> None:
    """SIGKILL the worker; under strace that is strace's child (killing strace would let it run on)."""
    pid = process.pid
    if traced:
        children = Path(f"/proc/{pid}/task/{pid}/children")
        deadline = time.monotonic() + 10
        while not (found := children.read_text().split() if children.exists() else []):
            if time.monotonic() > deadline:
                raise RuntimeError("strace started no worker")
            time.sleep(0.01)
        pid = int(found[0])
    os.kill(pid, signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, help="default: a new temporary folder")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--power-loss", action="store_true", help="drop what was not fsynced at each kill (strace)")
    parser.add_argument("--synchronous", default="", help="override the app's PRAGMA synchronous in the worker")
    parser.add_argument("--worker", nargs=5, metavar=("DIR", "SEED", "START", "BASE", "SYNC"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        data_dir, seed, start, base, synchronous = args.worker
        worker(Path(data_dir), int(seed), int(start), base, synchronous)
        return 0
    if args.power_loss and not power_loss_module().strace_available():
        parser.error("--power-loss needs strace (Debian: apt-get install strace)")
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="crash-harness-"))
    figures = run(
        args.kills,
        args.seed,
        data_dir,
        log=lambda message: print(message, file=sys.stderr),
        power_loss=args.power_loss,
        synchronous=args.synchronous,
    )
    if args.json:
        print(json.dumps(asdict(figures)))
    else:
        for name, value in asdict(figures).items():
            print(f"{name:>24}: {value}")
        print(f"{'data folder':>24}: {data_dir}")
    return 1 if figures.losses or figures.half_applied or figures.integrity_failures or figures.audit_failures else 0


if __name__ == "__main__":
    sys.exit(main())
