"""One writer per data folder: an OS file lock, released by the system when the holder dies.

The window holds it for as long as it is open; every command-line command that changes
anything (import, demo, restore, a .dplan export, a report) holds it for its run. Because the
operating system drops the lock when the process ends (even by a crash or SIGKILL), a stale
lock never blocks the next start; the owner file beside it only says who holds it.

A command meeting another command waits for it (commands are short); a command meeting the
window, or the window meeting anything, is refused at once with the holder named: the
window can stay open for days.
"""

from __future__ import annotations

import json
import os
import socket
import time
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from app.storage.paths import AppPaths

LOCK_NAME = "delivery-desk.lock"
OWNER_NAME = "delivery-desk.lock.owner"
WINDOW = "the window"
# Long enough for another command's import or restore to finish; a wait past this is refused.
COMMAND_WAIT_SECONDS = 120.0
_POLL_SECONDS = 0.1


class AlreadyOpenError(RuntimeError):
    """Another Delivery Desk has this data folder open; the message says who and what to do."""

    def __init__(self, message: str, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder or WINDOW


class InstanceLock:
    def __init__(self, paths: AppPaths, holder: str = WINDOW) -> None:
        """``holder`` says who takes the lock, as another process's refusal names it ("the window",
        "the command `import`")."""
        self.paths = paths
        self.holder = holder
        self._lock = FileLock(paths.data_dir / LOCK_NAME, timeout=0, thread_local=False)

    @property
    def owner_file(self) -> Path:
        return self.paths.data_dir / OWNER_NAME

    def acquire(self, wait_for_commands: float = 0.0) -> InstanceLock:
        """Take the lock or raise AlreadyOpenError naming the other holder.

        While the holder is a command-line command, wait up to ``wait_for_commands`` seconds
        for it to finish; a window is never waited for.
        """
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + wait_for_commands
        while True:
            try:
                self._lock.acquire()
                break
            except Timeout:
                owner = self._read_owner()
                if owner.get("holder", WINDOW) == WINDOW or time.monotonic() >= deadline:
                    raise AlreadyOpenError(self._describe(owner), owner.get("holder", WINDOW)) from None
                time.sleep(_POLL_SECONDS)
        self.owner_file.write_text(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "user": os.environ.get("DELIVERY_DESK_USER") or os.environ.get("USER", ""),
                    "since": datetime.now().isoformat(timespec="seconds"),
                    "holder": self.holder,
                }
            ),
            encoding="utf-8",
        )
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self.owner_file.unlink(missing_ok=True)
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def _read_owner(self) -> dict:
        try:
            owner = json.loads(self.owner_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return owner if isinstance(owner, dict) else {}

    def _describe(self, owner: dict) -> str:
        holder = owner.get("holder", WINDOW)
        try:
            since = datetime.fromisoformat(owner["since"]).strftime("%H:%M on %d %b")
            process = f"process {owner['pid']} on {owner['host']}, since {since}"
        except (ValueError, KeyError, TypeError):
            process = ""
        if holder == WINDOW:
            who = "another copy of Delivery Desk" + (f" ({process})" if process else "")
            return (
                f"The data folder {self.paths.data_dir} is already open in {who}. "
                "Switch to that window instead: two copies writing to one plan would overwrite each other's "
                "changes. If you are sure it is closed, wait a moment and start again."
            )
        return (
            f"The data folder {self.paths.data_dir} is still in use by {holder} on the command line"
            + (f" ({process})" if process else "")
            + ". Try again when it has finished."
        )

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


__all__ = ["AlreadyOpenError", "COMMAND_WAIT_SECONDS", "InstanceLock", "WINDOW"]
