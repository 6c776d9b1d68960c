"""Starting the Qt application on an open AppContext."""

from __future__ import annotations

import sys


def run_gui(data_dir: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

    from app.context import AppContext
    from app.database import DatabaseError, DatabaseTooNewError

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Delivery Desk")
    app.setOrganizationName("DeliveryDesk")
    try:
        ctx = AppContext.open(data_dir)
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        QMessageBox.critical(None, "Delivery Desk cannot open its data", str(exc))
        return 1
    window = QMainWindow()
    window.setWindowTitle("Delivery Desk")
    window.setCentralWidget(QLabel("Delivery Desk is being built: use the command line for now."))
    window.show()
    try:
        return app.exec()
    finally:
        ctx.close()
