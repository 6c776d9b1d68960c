"""Unexpected errors: logged to a rotating file in the data folder and shown with copyable details.

A slot that raises must not end the day's work, so the hook reports and returns; Qt carries on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_NAME = "delivery-desk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger("delivery_desk")


def start_logging(logs_dir: Path) -> Path:
    """Send the app's log to ``logs_dir/delivery-desk.log``, rotated at 1 MB with five old files kept."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / LOG_NAME
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def report_unexpected_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log_path: Path | None = None
) -> None:
    from ui.common import prompts  # here: start-up shows the window before any dialog class loads

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", details)
    where = f"\n\nThe details are also in the log file:\n{log_path}" if log_path else ""
    prompts.error(
        None,
        "Something went wrong",
        f"Delivery Desk hit an unexpected problem: {exc}\n\nYour saved work is safe; you can carry on.{where}",
        details=details,
    )


def install_excepthook(log_path: Path) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_unexpected_error(exc_type, exc, tb, log_path)

    sys.excepthook = hook
