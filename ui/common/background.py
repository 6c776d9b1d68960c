"""Slow work (reading files, writing reports) on Qt's thread pool, with the result back on the UI thread.

The work function must not touch a widget; it gets its inputs up front and returns plain data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class BackgroundJob(QRunnable):
    def __init__(self, work: Callable[[], object], describe_failure: Callable[[Exception], str]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job until it reports (see _running)
        self.work = work
        self.describe_failure = describe_failure
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - the caller must always hear back, or its UI waits forever
            self.signals.failed.emit(self.describe_failure(exc))
            return
        self.signals.done.emit(result)


# Jobs (and their signal objects) stay referenced until they report; Qt must not outlive them.
_running: set[BackgroundJob] = set()


def run_in_background(
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None],
    describe_failure: Callable[[Exception], str] = str,
) -> BackgroundJob:
    """Run ``work()`` off the UI thread; ``on_done(result)`` or ``on_failed(message)`` runs on the UI thread."""
    job = BackgroundJob(work, describe_failure)
    _running.add(job)

    def finish(callback: Callable, value: object) -> None:
        _running.discard(job)
        callback(value)

    job.signals.done.connect(lambda result: finish(on_done, result))
    job.signals.failed.connect(lambda message: finish(on_failed, message))
    QThreadPool.globalInstance().start(job)
    return job
