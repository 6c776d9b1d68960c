"""One Delivery Desk per data folder: an OS file lock, released by the system when the holder dies.

Because the operating system drops the lock when the process ends (even by a crash or SIGKILL),
a stale lock never blocks the next start; the owner file beside it only says who holds it.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from app.storage.paths import AppPaths

LOCK_NAME = "delivery-desk.lock"
OWNER_NAME = "delivery-desk.lock.owner"


class AlreadyOpenError(RuntimeError):
    """Another Delivery Desk has this data folder open; the message says who and what to do."""


class InstanceLock:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._lock = FileLock(paths.data_dir / LOCK_NAME, timeout=0, thread_local=False)

    @property
    def owner_file(self) -> Path:
        return self.paths.data_dir / OWNER_NAME

    def acquire(self) -> InstanceLock:
        """Take the lock or raise AlreadyOpenError naming the other instance."""
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise AlreadyOpenError(self._describe_holder()) from None
        self.owner_file.write_text(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "user": os.environ.get("DELIVERY_DESK_USER") or os.environ.get("USER", ""),
                    "since": datetime.now().isoformat(timespec="seconds"),
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

    def _describe_holder(self) -> str:
        who = "another copy of Delivery Desk"
        try:
            owner = json.loads(self.owner_file.read_text(encoding="utf-8"))
            since = datetime.fromisoformat(owner["since"]).strftime("%H:%M on %d %b")
            who = f"another copy of Delivery Desk (process {owner['pid']} on {owner['host']}, open since {since})"
        except (OSError, ValueError, KeyError, TypeError):
            pass
        return (
            f"The data folder {self.paths.data_dir} is already open in {who}. "
            "Switch to that window instead: two copies writing to one plan would overwrite each other's "
            "changes. If you are sure it is closed, wait a moment and start again."
        )

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


__all__ = ["AlreadyOpenError", "InstanceLock"]
