"""Reading a file someone sent us only up to a size limit.

Every reader of untrusted files (plans, workbooks, narrative files, plan files) refuses one that
is too large before reading it. Checking the size on disk is not enough on its own: a file can
grow between the check and the read, so ``read_capped`` also stops reading one byte past the
limit. Each caller words the refusal itself, because each limit means something different to
the user.
"""

from __future__ import annotations

import os
from pathlib import Path


class FileTooLarge(Exception):
    """``path`` holds more than ``limit`` bytes (``size`` is at least what was found)."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path.name} is {size:,} bytes; the limit is {limit:,}.")
        self.path = path
        self.size = size
        self.limit = limit


def capped_size(path: str | os.PathLike[str], limit: int) -> int:
    """The size of ``path`` in bytes; FileTooLarge over ``limit``, OSError when it cannot be read."""
    source = Path(path)
    size = source.stat().st_size
    if size > limit:
        raise FileTooLarge(source, size, limit)
    return size


def read_capped(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of ``path``; FileTooLarge over ``limit``, OSError when it cannot be read."""
    source = Path(path)
    with source.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise FileTooLarge(source, size, limit)
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(source, len(data), limit)
    return data
