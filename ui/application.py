"""Starting the Qt application on an open AppContext."""

from __future__ import annotations

import sys


def run_gui(data_dir: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from app.context import AppContext
    from app.database import DatabaseError, DatabaseTooNewError
    from ui import prompts
    from ui.errors import install_excepthook, log, start_logging
    from ui.main_window import MainWindow
    from ui.settings import APPLICATION, ORGANISATION

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APPLICATION)
    try:
        ctx = AppContext.open(data_dir)
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        prompts.error(None, "Delivery Desk cannot open its data", str(exc))
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
