"""An error in a slot is logged to the rotating log file and shown with copyable details."""

from __future__ import annotations

import sys

from ui.common import prompts
from ui.window import errors


def test_unexpected_error_is_logged_and_shown(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        prompts, "error", lambda parent, title, text, details=None: shown.append((title, text, details))
    )
    log_path = errors.start_logging(tmp_path / "logs")
    monkeypatch.setattr(errors.log, "handlers", errors.log.handlers[-1:])
    try:
        raise ValueError("the printer caught fire")
    except ValueError:
        errors.report_unexpected_error(*sys.exc_info(), log_path=log_path)
    handler = errors.log.handlers[0]
    handler.flush()
    handler.close()
    logged = log_path.read_text(encoding="utf-8")
    assert "the printer caught fire" in logged and "Traceback" in logged
    title, text, details = shown[0]
    assert "carry on" in text and str(log_path) in text
    assert "ValueError: the printer caught fire" in details


def test_excepthook_reports_instead_of_exiting(tmp_path, monkeypatch):
    reported = []
    monkeypatch.setattr(errors, "report_unexpected_error", lambda *args: reported.append(args[1]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook(tmp_path / "x.log")
    failure = RuntimeError("slot failed")
    sys.excepthook(RuntimeError, failure, None)
    assert reported == [failure]
