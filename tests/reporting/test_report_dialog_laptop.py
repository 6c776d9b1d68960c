"""The report dialog on a council laptop: the date it really uses, sensible folders, a lasting notice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app.plan_setup.leads import lead_rows
from app.plan_setup.reference_data import meetings
from app.queries.structure import priority_tree
from app.reporting import ReportOptions, build_report, changes_since_date
from ui.common import prompts
from ui.reporting import menu as report_menu
from ui.reporting.dialog import ReportDialog

TODAY = date(2022, 1, 5)


def test_greyed_changes_since_shows_the_date_the_pack_uses(qtbot, ctx, demo_plan):
    dialog = ReportDialog(
        ReportOptions(),
        priority_tree(ctx.db, demo_plan.uuid),
        lead_rows(ctx.db, demo_plan.uuid),
        meetings(ctx.db, demo_plan.uuid),
        None,
        TODAY,
        since_for=lambda options: changes_since_date(ctx.db, demo_plan.uuid, options, TODAY),
    )
    qtbot.addWidget(dialog)
    assert dialog.since_last.isChecked() and not dialog.since.isEnabled()
    used = build_report(ctx.db, demo_plan.uuid, dialog.options(), TODAY).changes.since
    assert used != TODAY and dialog.since.date().toPython() == used


def test_file_dialogs_open_in_documents_then_in_the_folder_last_used(monkeypatch, tmp_path):
    asked: list[str] = []
    chosen = tmp_path / "papers" / "pack.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _c, where, _f: asked.append(where) or (str(chosen), "")
    )
    prompts.save_path(None, "Save", "PDF (*.pdf)", "pack.pdf")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]) == Path(documents) / "pack.pdf"
    prompts.save_path(None, "Save", "PDF (*.pdf)", "next.pdf")
    assert Path(asked[1]) == chosen.parent / "next.pdf"


def test_report_written_notice_keeps_the_whole_path_and_says_when_nothing_opens_pdfs(
    qtbot, main_window, demo_plan, tmp_path, monkeypatch
):
    main_window.today = lambda: TODAY
    main_window.open_plan(demo_plan.uuid)
    target = tmp_path / "a rather long folder name for board papers" / "board pack.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: target)
    monkeypatch.setattr(report_menu, "open_document", lambda path: False)  # no PDF viewer set

    def accept() -> None:
        next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog) and w.isVisible()).accept()

    QTimer.singleShot(0, accept)
    main_window.actions["progress_report"].trigger()

    def notice() -> QDialog | None:
        shown = [w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Progress report written"]
        return shown[0] if shown and shown[0].isVisible() else None

    qtbot.waitUntil(lambda: notice() is not None, timeout=30000)
    box = notice()
    assert f"Report written: {target}" in box.message.text()
    assert "Nothing on this computer opens .pdf files" in box.message.text()
    opened = []
    monkeypatch.setattr(report_menu, "open_document", lambda path: opened.append(path) or True)
    qtbot.mouseClick(box.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [target.parent]
