"""Starting the Qt application on an open AppContext."""

from __future__ import annotations

import sys


def run_gui(data_dir: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from app.storage.paths import resolve_paths
    from ui.window.errors import install_excepthook, log, start_logging
    from ui.window.main_window import MainWindow
    from ui.window.settings import APPLICATION, ORGANISATION
    from ui.window.startup_checks import open_context, take_instance_lock

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APPLICATION)
    paths = resolve_paths(data_dir)
    lock = take_instance_lock(paths)
    if lock is None:
        return 1
    ctx = open_context(paths)
    if ctx is None:
        lock.release()
        return 1
    log_path = start_logging(ctx.paths.logs)
    install_excepthook(log_path)
    log.info("Started with data folder %s", ctx.paths.data_dir)
    window = MainWindow(ctx)
    window.show()
    try:
        return app.exec()
    finally:
        ctx.close()
        lock.release()
