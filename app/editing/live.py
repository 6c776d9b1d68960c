"""Live refresh on a team database: each command announces itself with PostgreSQL NOTIFY, and
every other officer's client LISTENs and refreshes what changed, naming who changed it.

The notification is sent inside the command's transaction, so PostgreSQL delivers it only if
the change commits. The listener runs on its own thread with its own connection; it hands each
change to a callback (the window relays it to the UI thread). When the server goes away it
reports "reconnecting", retries, and on its return announces a refresh of everything, since
notifications sent meanwhile were lost with the connection.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app.editing.events import Change

CHANNEL = "delivery_desk_changes"
# NOTIFY payloads stop at 8000 bytes; a change touching more records asks for a full refresh.
MAX_UUIDS = 100
RETRY_SECONDS = 1.0
CONNECTED = "connected"
RECONNECTING = "reconnecting"


def announce(session: Session, client_id: str, user: str, change: Change) -> None:
    """Queue the NOTIFY for ``change`` in the command's transaction (sent at commit)."""
    uuids = sorted(change.uuids) if len(change.uuids) <= MAX_UUIDS else []
    payload = {
        "client": client_id,
        "user": user,
        "plan": change.plan_uuid,
        "entities": sorted(change.entities),
        "uuids": uuids,
        "reason": change.reason[:300],
    }
    session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": json.dumps(payload)})


def change_from(payload: str) -> tuple[str, Change] | None:
    """The sending client's id and the change; None for a payload this version cannot read."""
    try:
        data = json.loads(payload)
        change = Change(
            plan_uuid=data.get("plan"),
            entities=frozenset(data.get("entities") or ()),
            uuids=frozenset(data.get("uuids") or ()),
            reason=str(data.get("reason") or ""),
            by=str(data.get("user") or ""),
        )
        return str(data["client"]), change
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def libpq_conninfo(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class ChangeListener:
    """LISTENs on its own thread; calls ``on_change`` for other clients' changes, ``on_state`` on (re)connection."""

    url: URL
    client_id: str
    on_change: Callable[[Change], None]
    on_state: Callable[[str], None] = lambda _state: None

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="delivery-desk-listen", daemon=True)
        self.state = RECONNECTING
        self._ready = threading.Event()

    def start(self, wait_seconds: float = 10.0) -> ChangeListener:
        """Start listening; returns once the first LISTEN is in place (or ``wait_seconds`` passed)."""
        self._thread.start()
        self._ready.wait(wait_seconds)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.on_state(state)

    def _run(self) -> None:
        import psycopg

        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(libpq_conninfo(self.url), autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._set_state(CONNECTED)
                    self._ready.set()
                    if not first:
                        # Whatever was announced while disconnected is gone: refresh everything.
                        self.on_change(Change(plan_uuid=None, reason="Reconnected to the team database"))
                    first = False
                    while not self._stop.is_set():
                        for notify in conn.notifies(timeout=0.25, stop_after=50):
                            parsed = change_from(notify.payload)
                            if parsed is not None and parsed[0] != self.client_id:
                                self.on_change(parsed[1])
            except psycopg.Error:
                self._set_state(RECONNECTING)
                self._ready.set()
                self._stop.wait(RETRY_SECONDS)


__all__ = ["CHANNEL", "CONNECTED", "RECONNECTING", "ChangeListener", "announce", "change_from"]
