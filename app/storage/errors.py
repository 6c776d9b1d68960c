"""Plain-language messages for what the disk can do to a database: full, read-only, gone, failing."""

from __future__ import annotations

from pathlib import Path

from app.storage.files import folder_is_read_only

# SQLite's own wording (lower case) → what the secretary is told. Nothing was saved when these occur:
# the transaction is rolled back, so each message can promise that earlier work is safe.
_MESSAGES: tuple[tuple[str, str], ...] = (
    (
        "database or disk is full",
        "The disk holding {folder} is full, so the change was not saved. "
        "Free some space and try again; everything saved before is safe.",
    ),
    (
        "readonly database",
        "{folder} is read-only, so the change was not saved. Make the folder writable, or start "
        "Delivery Desk with --data-dir pointing at a writable folder; everything saved before is safe.",
    ),
    (
        "disk i/o error",
        "The disk or network drive holding {folder} reported an error, so the change was not saved. "
        "Check the drive is connected and try again; everything saved before is safe.",
    ),
    (
        "unable to open database file",
        "Delivery Desk cannot reach its database at {path}: the folder may have been moved, deleted or "
        "disconnected. Reconnect it, or restart Delivery Desk to restore the latest backup.",
    ),
    (
        "database is locked",
        "Another program is holding the database at {path}, so the change was not saved. "
        "Close other copies of Delivery Desk (or backup tools using the file) and try again.",
    ),
)


READ_ONLY_FOLDER = (
    "The data folder {folder} is read-only, so Delivery Desk cannot save changes there. Make the folder "
    "writable (or move it off the read-only drive), or start Delivery Desk with --data-dir pointing at a "
    'writable folder. Its plans can still be listed and exported: `delivery-desk --data-dir "{folder}" plans`.'
)


def describe_storage_error(exc: BaseException, database: Path) -> str | None:
    """The friendly message for a storage failure, or None when ``exc`` is something else."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    # SQLite says "unable to open" for a folder it may not write its journal into, too.
    if ("unable to open database file" in text or "readonly" in text) and folder_is_read_only(database.parent):
        return READ_ONLY_FOLDER.format(folder=database.parent)
    for fragment, message in _MESSAGES:
        if fragment in text:
            return message.format(folder=database.parent, path=database)
    return None


__all__ = ["READ_ONLY_FOLDER", "describe_storage_error"]
