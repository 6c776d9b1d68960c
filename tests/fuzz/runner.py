"""Running one mutated file through one importer with a time limit, and judging the outcome."""

from __future__ import annotations

import signal
import traceback
from dataclasses import dataclass
from pathlib import Path

from tests.fuzz.corpus import Target


class Hang(BaseException):
    """Raised by the alarm; a BaseException so importers' ``except Exception`` cannot swallow it."""


@dataclass(frozen=True)
class Outcome:
    verdict: str  # "imported", "refused" (the importer's clear error) or "defect"
    detail: str = ""


def _alarm(_signum, _frame):
    raise Hang()


def run_case(target: Target, blob: bytes, folder: Path, seconds: float = 10.0) -> Outcome:
    path = folder / f"case{target.suffix}"
    path.write_bytes(blob)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        target.run(path)
    except Hang:
        return Outcome("defect", f"hang: no answer within {seconds} s")
    except target.allowed as exc:
        message = str(exc)
        if not message.strip():
            return Outcome("defect", f"{type(exc).__name__} with an empty message")
        return Outcome("refused", message)
    except MemoryError:
        return Outcome("defect", "memory exhausted")
    except Exception:  # noqa: BLE001 - any other exception is exactly what fuzzing looks for
        return Outcome("defect", traceback.format_exc(limit=6))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return Outcome("imported")
