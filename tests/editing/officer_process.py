"""One officer's (or the chair's) process on a team database, for the tests that run several at once
(tests/editing/test_four_officers.py, tests/editing/test_team_with_a_chair.py); ``launch`` starts one.

Usage: officer_process.py MODE DATA_DIR DATABASE_URL PLAN_UUID TAG [--count N] [--seed S] [--refs REF ...]
[--together]

- ``online``: edits the progress fields of the actions REFS (default: the plan's first two) COUNT
  times. Each edit says what the officer saw (read, then a short pause so colleagues get in
  between). A clash is logged with both values and settled as an officer would: every other one
  keeps mine.
- ``offline``: keeps the laptop copy of the plan, then finds the server gone (its address answers
  no more: a closed loopback port), edits the copy COUNT times (each edit queued by the app's
  offline queue), and on "reconnect" sends the queue (``catch_up``) settling each clash shown in
  turn: keep mine, then the colleague's.
- ``viewer`` (the chair): listens for colleagues' changes, tries to change an action (through the
  command path and by plain SQL; the server refuses both), and reads the plan until told to stop.

Prints one JSON line per event (what was seen, written, queued or clashed, with the command id).
With ``--together`` the process also prints marks ({"kind": "mark"}) and waits at each step for a
line on its stdin: to start and to save its first edit (online; that edit is of the first
action's comments, so colleagues told at once clash), to "reconnect" (offline), and to make its
final read ("final" event); the viewer's line maps each login to how many of its commands its
listener must have heard first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.context import AppContext  # noqa: E402
from app.editing.commands import CommandError, EditConflict, SetFields  # noqa: E402
from app.editing.concurrency import seen_in  # noqa: E402
from app.queries.actions import action_rows  # noqa: E402

STATUSES = ["On track", "At risk", "Complete", "Not started"]
FIELDS = {
    "comments": lambda tag, n, rng, now: f"{tag}{n}",
    "status": lambda tag, n, rng, now: rng.choice([s for s in STATUSES if s != now]),
    "percent_complete": lambda tag, n, rng, now: rng.choice([p for p in range(101) if p != now]),
}
WAIT_SECONDS = 60  # the longest a process waits for its next line: it never hangs the tests
ROOT = Path(__file__).resolve().parents[2]


def launch(mode, data_dir, url, plan, tag, password, *options, stdin=None, stderr=subprocess.PIPE):
    """Start one officer's process; its keyring is switched off, libpq takes the password from PGPASSWORD."""
    env = {**os.environ, "PGPASSWORD": password, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.Popen(
        [sys.executable, __file__, mode, str(data_dir), url, plan, tag, *map(str, options)],
        stdin=stdin, stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=ROOT, env=env,
    )  # fmt: skip


def emit(**event) -> None:
    print(json.dumps(event), flush=True)


class Steps:
    """Marks and waits at each step, when run ``--together`` (else neither)."""

    def __init__(self, together: bool) -> None:
        self.together = together

    def mark(self, name: str) -> None:
        if self.together:
            emit(kind="mark", name=name)

    def told(self, timeout: float = 0) -> str | None:
        """The next line on stdin, waiting up to ``timeout`` seconds; None if none came."""
        if not self.together or not select.select([sys.stdin], [], [], timeout)[0]:
            return None
        return sys.stdin.readline().strip()

    def wait(self) -> str:
        line = self.told(WAIT_SECONDS)
        if self.together and line is None:
            raise SystemExit(f"no word from the test within {WAIT_SECONDS} s")
        return line or ""


def _rows(ctx, plan_uuid, refs):
    rows = sorted(action_rows(ctx.db, plan_uuid), key=lambda r: r.ref)
    return [r for r in rows if r.ref in refs] if refs else rows[:2]


def _state(ctx, plan_uuid):
    """Every action's progress as this officer reads it now."""
    return {r.uuid: {name: getattr(r, name) for name in FIELDS} for r in action_rows(ctx.db, plan_uuid)}


def _edit(ctx, args, rng, n, first=False):
    """One edit of a progress field (``first``: the first action's comments): the command and what
    the officer saw and wrote."""
    row = rng.choice(_rows(ctx, args.plan, args.refs))
    name = rng.choice(sorted(FIELDS))
    if first:
        row, name = _rows(ctx, args.plan, args.refs)[0], "comments"
    values = {name: FIELDS[name](args.tag, n, rng, getattr(row, name))}
    seen = seen_in(row, values)
    entry = {"uuid": row.uuid, "field": name, "seen": seen.values[name], "mine": values[name]}
    return SetFields("action", row.uuid, values, seen=seen), entry


def online(args, steps: Steps) -> None:
    rng = random.Random(args.seed)
    ctx = AppContext.open(args.data_dir, database_url=args.url)
    try:
        steps.mark("ready")
        steps.wait()
        for n in range(args.count):
            if n == args.count // 2:
                steps.mark("halfway")
            command, entry = _edit(ctx, args, rng, n, first=n == 0 and steps.together)
            if n == 0:
                steps.mark("seen")  # together, colleagues read the same comment before anyone saves
                steps.wait()
            time.sleep(rng.uniform(0, 0.02))
            try:
                applied = ctx.commands.execute(command)
                emit(**entry, kind="written", command_id=applied.command_id)
            except EditConflict as clash:
                [conflict] = clash.conflicts
                emit(**entry, kind="conflict", theirs=conflict.theirs, by=conflict.changed_by)
                if n % 2 == 0:
                    try:
                        applied = ctx.commands.execute(clash.resolved(keep_mine={entry["field"]}))
                    except EditConflict:
                        continue  # changed yet again meanwhile: shown again, nothing written
                    emit(**{**entry, "seen": conflict.theirs}, kind="written", command_id=applied.command_id)
        steps.mark("done")
        steps.wait()
        emit(kind="final", rows=_state(ctx, args.plan))
    finally:
        ctx.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def offline(args, steps: Steps) -> None:
    from app.offline.queue import open_laptop, queued_changes, stand_in, waiting_count
    from app.offline.sync import catch_up, keep_laptop_copy
    from app.storage.database import DatabaseError
    from app.storage.team_database import parse_team_url

    rng = random.Random(args.seed)
    team = AppContext.open(args.data_dir, database_url=args.url)
    login = team.user
    if not keep_laptop_copy(team, args.plan):
        raise SystemExit("the laptop copy was not kept")
    team.close()
    # The train leaves: the server's address answers no more, so the laptop copy stands in for it.
    try:
        AppContext.open(args.data_dir, database_url=parse_team_url(args.url).set(port=_closed_port())).close()
    except DatabaseError as exc:
        emit(kind="offline", reason=str(exc))
    laptop = stand_in(open_laptop(Path(args.data_dir), login), parse_team_url(args.url))
    try:
        steps.mark("offline")
        for n in range(args.count):
            command, entry = _edit(laptop, args, rng, n)
            emit(**entry, kind="queued", command_id=laptop.commands.execute(command).command_id)
        order = list(dict.fromkeys(change.command_id for change in queued_changes(laptop.db)))
        emit(kind="waiting", count=waiting_count(laptop.db))
        steps.mark("queued")
        steps.wait()
        team = AppContext.open(args.data_dir, database_url=args.url)
        sent, shown = [0], [0]

        def resolve(clash):
            keep_mine = set()
            for conflict in clash.conflicts:
                kept = "mine" if shown[0] % 2 == 0 else "theirs"
                shown[0] += 1
                emit(
                    kind="conflict", command_id=order[sent[0]], uuid=conflict.uuid, field=conflict.field,
                    seen=conflict.seen, mine=conflict.mine, theirs=conflict.theirs, by=conflict.changed_by, kept=kept,
                )  # fmt: skip
                if kept == "mine":
                    keep_mine.add(conflict.field)
            return keep_mine

        def on_sent(count, _waiting):
            sent[0] = count

        outcome = catch_up(laptop, team, resolve, on_sent=on_sent)
        emit(
            kind="replayed", sent=outcome.sent, refused=outcome.refused, stopped=outcome.stopped,
            waiting=waiting_count(laptop.db),
        )  # fmt: skip
        steps.mark("done")
        steps.wait()
        # Opening the plan again refreshes the laptop copy (nothing waits to be sent now).
        kept = keep_laptop_copy(team, args.plan)
        emit(kind="final", rows=_state(team, args.plan), laptop=_state(laptop, args.plan), kept=kept)
        team.close()
    finally:
        laptop.close()


def viewer(args, steps: Steps) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    from app.editing.live import ChangeListener

    chair = AppContext.open(args.data_dir, database_url=args.url)
    heard = Counter()
    listener = ChangeListener(chair.db.engine.url, "chair", lambda change: heard.update([change.by])).start()
    try:
        row = _rows(chair, args.plan, args.refs)[0]
        try:
            chair.commands.execute(SetFields("action", row.uuid, {"status": "Complete"}, seen=seen_in(row, ["status"])))
            emit(kind="written", how="command")
        except CommandError as exc:
            emit(kind="refused", how="command", message=str(exc))
        try:
            with chair.db.transaction() as session:
                session.execute(text("UPDATE action SET comments = 'Written by the chair'"))
            emit(kind="written", how="sql")
        except ProgrammingError as exc:
            emit(kind="refused", how="sql", sqlstate=exc.orig.sqlstate)
        reads = 0
        told = None
        while told is None and reads < 100 * WAIT_SECONDS:
            _state(chair, args.plan)
            reads += 1
            told = steps.told(0.01)
        emit(kind="reads", count=reads)
        expected = json.loads(told or "{}")
        for _ in range(WAIT_SECONDS * 20):
            if all(heard[login] >= count for login, count in expected.items()):
                break
            time.sleep(0.05)
        emit(kind="heard", counts=dict(heard))
        emit(kind="final", rows=_state(chair, args.plan))
    finally:
        listener.stop()
        chair.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["online", "offline", "viewer"])
    parser.add_argument("data_dir")
    parser.add_argument("url")
    parser.add_argument("plan")
    parser.add_argument("tag")
    parser.add_argument("--count", type=int, default=25)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--refs", nargs="*", default=[])
    parser.add_argument("--together", action="store_true")
    args = parser.parse_args(argv)
    {"online": online, "offline": offline, "viewer": viewer}[args.mode](args, Steps(args.together))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
