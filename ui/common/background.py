"""Slow work (reading files, writing reports, applying big commands) on Qt's thread pool, with the
result back on the UI thread: the one way the window runs anything that could take over 100 ms.

The work function must not touch a widget; it gets its inputs up front and returns plain data.
``run_task`` hands it a ``Progress`` to report how far it has got and to learn the user cancelled;
``run_with_progress`` adds the window-modal progress dialog with its Cancel button.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int, str)


class Progress:
    """The work's side of a job: ``report`` is thread-safe (a queued signal); ``cancelled`` is a flag."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class BackgroundJob(QRunnable):
    def __init__(self, work: Callable[[Progress], object], describe_failure: Callable[[Exception], str]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job until it reports (see _running)
        self.work = work
        self.describe_failure = describe_failure
        self.signals = _Signals()
        self.progress = Progress(self.signals)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as exc:  # noqa: BLE001 - the caller must always hear back, or its UI waits forever
            self.signals.failed.emit(self.describe_failure(exc))
            return
        self.signals.done.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


# Jobs (and their signal objects) stay referenced until they report; Qt must not outlive them.
_running: set[BackgroundJob] = set()


def run_task(
    work: Callable[[Progress], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None],
    describe_failure: Callable[[Exception], str] = str,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> BackgroundJob:
    """Run ``work(progress)`` off the UI thread; ``on_done(result)``, ``on_failed(message)`` and
    ``on_progress(done, total, text)`` run on the UI thread."""
    job = BackgroundJob(work, describe_failure)
    _running.add(job)

    def finish(callback: Callable, value: object) -> None:
        _running.discard(job)
        callback(value)

    job.signals.done.connect(lambda result: finish(on_done, result))
    job.signals.failed.connect(lambda message: finish(on_failed, message))
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return job


def run_in_background(
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None],
    describe_failure: Callable[[Exception], str] = str,
) -> BackgroundJob:
    """``run_task`` for work that reports no progress."""
    return run_task(lambda _progress: work(), on_done, on_failed, describe_failure)


def run_with_progress(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None],
    describe_failure: Callable[[Exception], str] = str,
) -> BackgroundJob:
    """``run_task`` behind a window-modal progress dialog: the window keeps painting and the user
    can cancel, but cannot change the plan underneath the work. The bar is busy (moving) until the
    work reports a total."""
    dialog = QProgressDialog(f"{title}…", "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    def close_then(callback: Callable, value: object) -> None:
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
        if getattr(parent, "progress_dialog", None) is dialog:
            parent.progress_dialog = None
        callback(value)

    job = run_task(
        work,
        lambda result: close_then(on_done, result),
        lambda message: close_then(on_failed, message),
        describe_failure,
        progressed,
    )
    parent.progress_dialog = dialog  # while it runs: the caller (and tests) can find and cancel it

    def cancel() -> None:
        dialog.setLabelText("Cancelling…")
        dialog.setCancelButton(None)
        job.cancel()

    dialog.canceled.connect(cancel)
    dialog.open()
    return job
