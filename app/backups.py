"""Consistent copies of the live database, taken with SQLite's online backup API."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def backup_database(database: Path, backup_dir: Path, reason: str) -> Path:
    """Copy ``database`` into ``backup_dir`` and return the copy's path.

    The backup API copies a consistent snapshot even while another connection writes,
    which a plain file copy of a WAL database does not.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{stamp}-{_UNSAFE.sub('-', reason).strip('-') or 'backup'}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    partial.replace(target)
    return target
