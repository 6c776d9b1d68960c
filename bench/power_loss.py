"""Power loss for the crash harness: keep of each file only what was fsynced before the kill.

SIGKILL leaves the operating system's page cache intact, so every write a killed process made
reaches the disk and a build that never syncs (``synchronous = OFF``) passes a kill test. Power
loss drops what was not synced. This runs the worker under ``strace``, recording each write,
truncate and sync of the database files; after the kill it rebuilds each file as it was at its
last ``fsync``/``fdatasync`` (writes after that are lost, as LazyFS's "lose unsynced data"
mode does) and puts those images in place of the files the page cache kept.

Not modelled: the directory entry of a newly created file (taken as durable once the file's
data is synced) and torn sectors within a synced write.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

# strace's -xx prints every byte of a string as \xNN; -s is the longest string printed whole.
TRACED_CALLS = "openat,open,creat,pwrite64,write,ftruncate,fsync,fdatasync,close"
_STRING = re.compile(r'"((?:\\x[0-9a-f]{2})*)"(\.\.\.)?')
_CALL = re.compile(r"^(?P<name>\w+)\((?P<args>.*)\)\s+=\s+(?P<result>-?\d+)")
O_TRUNC = "O_TRUNC"


def strace_available() -> bool:
    return shutil.which("strace") is not None


def traced(argv: list[str], log: Path) -> list[str]:
    """``argv`` run under strace, writing its record of file calls to ``log``."""
    return ["strace", "-qq", "-o", str(log), "-e", f"trace={TRACED_CALLS}", "-xx", "-s", "1048576", *argv]


def _bytes(escaped: str) -> bytes:
    return bytes.fromhex(escaped.replace("\\x", ""))


class _File:
    def __init__(self, baseline: bytes | None) -> None:
        self.current = bytearray(baseline or b"")
        self.durable = baseline  # None: the file did not exist, and nothing was synced yet
        self.offset = 0

    def write(self, data: bytes, offset: int) -> None:
        end = offset + len(data)
        if len(self.current) < offset:
            self.current.extend(b"\x00" * (offset - len(self.current)))
        self.current[offset:end] = data

    def truncate(self, size: int) -> None:
        del self.current[size:]
        self.current.extend(b"\x00" * (size - len(self.current)))

    def sync(self) -> None:
        self.durable = bytes(self.current)


def durable_files(log: Path, watched: list[Path], baseline: dict[Path, bytes | None]) -> dict[Path, bytes | None]:
    """Each watched file as it was at its last sync in the strace record ``log`` (None: it never existed)."""
    files = {path: _File(baseline.get(path)) for path in watched}
    open_fds: dict[int, _File] = {}
    for line in log.read_text(encoding="ascii", errors="replace").splitlines():
        call = _CALL.match(line)
        if call is None or int(call["result"]) < 0:
            continue
        name, args, result = call["name"], call["args"], int(call["result"])
        if name in ("openat", "open", "creat"):
            found = _STRING.search(args)
            path = Path(_bytes(found.group(1)).decode("utf-8", "replace")) if found else None
            if path in files:
                open_fds[result] = files[path]
                if O_TRUNC in args or name == "creat":
                    files[path].truncate(0)
            else:
                open_fds.pop(result, None)
            continue
        fd = int(args.split(",", 1)[0])
        file = open_fds.get(fd)
        if file is None:
            continue
        if name == "close":
            del open_fds[fd]
        elif name in ("fsync", "fdatasync"):
            file.sync()
        elif name == "ftruncate":
            file.truncate(int(args.split(",")[1]))
        elif name in ("pwrite64", "write"):
            found = _STRING.search(args)
            if found is None or found.group(2):
                raise ValueError(f"strace cut a write short; raise -s: {line[:120]}")
            data = _bytes(found.group(1))[:result]
            if name == "pwrite64":
                file.write(data, int(args.rsplit(",", 1)[1]))
            else:
                file.write(data, file.offset)
                file.offset += len(data)
    return {path: file.durable for path, file in files.items()}


def lose_unsynced(log: Path, watched: list[Path], baseline: dict[Path, bytes | None]) -> int:
    """Replace each watched file by its durable image; return how many bytes the power loss dropped."""
    dropped = 0
    for path, data in durable_files(log, watched, baseline).items():
        kept = path.read_bytes() if path.exists() else b""
        dropped += sum(a != b for a, b in zip(kept, data or b"", strict=False)) + abs(len(kept) - len(data or b""))
        if data is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(data)
    return dropped


def baseline_of(watched: list[Path]) -> dict[Path, bytes | None]:
    return {path: path.read_bytes() if path.exists() else None for path in watched}


__all__ = ["baseline_of", "durable_files", "lose_unsynced", "strace_available", "traced"]
