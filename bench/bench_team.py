"""Team database: 5 officers on one 10,000-action plan on a throwaway local PostgreSQL server.

Times, per edit, the round trip of one SetFields through the command path (lock, merge check,
audit, NOTIFY, commit) and the time until every other officer's listener has the change (what
their window refreshes from), and until one other window has reloaded its 10,000 table rows.
Officers take turns, each editing a different action 20 times.

Then takes an offline copy into a laptop database, makes 500 queued edits there and times their
replay on the server and the refresh of the copy.

    python bench/bench_team.py [ACTIONS] [OFFICERS] [EDITS_EACH] [OFFLINE_EDITS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.context import AppContext  # noqa: E402
from app.editing.commands import SetFields  # noqa: E402
from app.editing.concurrency import seen_in  # noqa: E402
from app.editing.live import ChangeListener  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.queries.actions import action_rows  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402
from tests.postgres_server import remove_server, start_server  # noqa: E402


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def _offline_sync(team: AppContext, plan_uuid: str, folder: Path, edits: int) -> None:
    """An offline copy of the whole plan, ``edits`` queued edits on the laptop, then the queue
    replayed on the server and the copy refreshed (what the window does on reconnection)."""
    from app.offline.queue import start_queueing
    from app.offline.replay import replay_queue
    from app.offline.sync import take_offline_copy

    laptop = AppContext.open(folder / "laptop", user="bench", database_url="")
    started = time.perf_counter()
    take_offline_copy(team, laptop, plan_uuid)
    print(f"take the offline copy: {time.perf_counter() - started:.1f} s")
    start_queueing(laptop)
    rows = action_rows(laptop.db, plan_uuid)
    started = time.perf_counter()
    for n, row in enumerate(rows[:edits]):
        laptop.commands.execute(
            SetFields("action", row.uuid, {"comments": f"offline {n}"}, seen=seen_in(row, ["comments"]))
        )
    print(f"{edits} offline edits on the laptop copy, each queued: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    outcome = replay_queue(laptop, team, lambda clash: set())
    assert outcome.sent == edits and not outcome.conflicts
    print(f"replay {edits} queued edits on the server: {time.perf_counter() - started:.1f} s")
    laptop.commands.journal = None
    started = time.perf_counter()
    take_offline_copy(team, laptop, plan_uuid)
    print(f"refresh the copy from the server afterwards: {time.perf_counter() - started:.1f} s")
    laptop.close()


def main(actions: int = 10_000, officers: int = 5, edits_each: int = 20, offline_edits: int = 500) -> None:
    import keyring
    from keyring.backends.fail import Keyring

    keyring.set_keyring(Keyring())  # the password stays in the URL for this run
    server = start_server()
    folder = Path(tempfile.mkdtemp(prefix="dd-bench-team-"))
    try:
        name = server.create_database()
        url = server.url(name)
        started = time.perf_counter()
        first = AppContext.open(folder / "officer-0", database_url=url)
        plan_uuid = first.commands.execute(CreatePlan(big_draft(actions))).inverse.uuid
        print(f"migrate + create {actions:,}-action plan: {time.perf_counter() - started:.1f} s")
        contexts = [first] + [AppContext.open(folder / f"officer-{n}", database_url=url) for n in range(1, officers)]
        arrivals: dict[tuple[int, str], float] = {}
        arrived = threading.Condition()

        def heard(listener_index: int):
            def on_change(change) -> None:
                with arrived:
                    arrivals[(listener_index, change.reason)] = time.perf_counter()
                    arrived.notify_all()

            return on_change

        listeners = [
            ChangeListener(ctx.db.engine.url, ctx.commands.client_id, heard(n)).start()
            for n, ctx in enumerate(contexts)
        ]
        started = time.perf_counter()
        rows = action_rows(first.db, plan_uuid)
        print(f"load {len(rows):,} table rows: {(time.perf_counter() - started) * 1000:.0f} ms")
        round_trips: list[float] = []
        shown_after: list[float] = []
        on_screen: list[float] = []
        for turn in range(edits_each):
            for n, ctx in enumerate(contexts):
                row = rows[n * 100 + turn]
                reason = f"bench {turn} by {n}"
                edit = SetFields("action", row.uuid, {"comments": reason}, reason, seen=seen_in(row, ["comments"]))
                sent = time.perf_counter()
                ctx.commands.execute(edit)
                round_trips.append(time.perf_counter() - sent)
                others = [m for m in range(len(contexts)) if m != n]
                with arrived:
                    arrived.wait_for(lambda r=reason, o=others: all((m, r) in arrivals for m in o), timeout=10)
                shown_after.append(max(arrivals[(m, reason)] for m in others) - sent)
                if n == 0:
                    # What a window then does with the notice: reload its table rows (the whole plan).
                    watcher = contexts[1]
                    reloaded = [r for r in action_rows(watcher.db, plan_uuid) if r.uuid == row.uuid]
                    assert reloaded[0].comments == reason
                    on_screen.append(time.perf_counter() - sent)
        print(f"{officers} officers, {len(round_trips)} edits")
        print(f"edit round trip: {_ms(round_trips)}")
        print(f"until every other officer has the notice: {_ms(shown_after)}")
        print(f"until another window has reloaded its rows: {_ms(on_screen)}")
        for listener in listeners:
            listener.stop()
        _offline_sync(first, plan_uuid, folder, offline_edits)
        for ctx in contexts:
            ctx.close()
    finally:
        remove_server(server)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
