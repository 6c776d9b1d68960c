"""Opens the day's windows filled with realistic content and prints their sizes as JSON (a script).

fit_probe.py measures every dialog as it opens; this fills them first, the way a real plan does:
lead names of a hundred characters, a 60-row plan in the import review, a return with a row for
each of a lead's actions, and a long narrative in the report. Run one process per screen:

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen:configfile=screen.json python tests/window/fit_probe_filled.py [SHOTS]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_probe import measure  # noqa: E402 - beside this script, found once the path is set

LONG_LEADS = (
    "Bournemouth, Christchurch and Poole Community Safety Partnership Domestic Abuse Strategic Delivery Group",
    "Dorset Healthcare University NHS Foundation Trust — Adult Safeguarding and Mental Health Services",
    "Office of the Police and Crime Commissioner for Dorset (Commissioning and Partnerships Team)",
)
PARAGRAPH = (
    "Referrals to the MARAC rose by a fifth this quarter, mostly from health settings after the "
    "training programme; the Steering Group agreed to add a second monthly meeting from January. "
)


def wait_until(done: Callable[[], bool], seconds: float = 20) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def modal(trigger: Callable[[], object], fill: Callable[[QDialog], object], name: str, shots) -> dict:
    """Trigger a dialog that may run modally; fill it once it shows, measure it, close it."""
    before = set(QApplication.topLevelWidgets())
    found: list[dict] = []
    poll = QTimer()
    poll.setInterval(5)

    def catch() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget not in before and isinstance(widget, QDialog) and widget.isVisible():
                poll.stop()
                fill(widget)
                found.append(measure(name, widget, shots))
                widget.reject()
                return

    poll.timeout.connect(catch)
    poll.start()
    trigger()
    QApplication.processEvents()
    if poll.isActive():
        catch()
    poll.stop()
    return found[0]


def give_leads_long_names(ctx, plan_uuid: str) -> None:
    from app.editing.commands import SetFields
    from app.plan_setup.leads import lead_rows

    busiest = sorted(lead_rows(ctx.db, plan_uuid), key=lambda lead: -lead.action_count)
    for lead, name in zip(busiest, LONG_LEADS, strict=False):
        ctx.commands.execute(SetFields("lead", lead.uuid, {"name": name}))


def sixty_row_plan(folder: Path) -> Path:
    from sample_plans import BCP_HEADER, write_csv

    rows = [BCP_HEADER]
    for n in range(60):
        rows.append(
            (
                f"{n // 10 + 1}.{n % 10 + 1}",
                f"{n // 10 + 1}. Victims, families and friends know where to go for help and support",
                f"Action {n + 1}: " + PARAGRAPH,
                LONG_LEADS[n % len(LONG_LEADS)],
                "Q3 2022/23",
                "Quarterly MARAC data and the training evaluation returns",
                "Within existing budgets",
            )
        )
    return write_csv(folder / "sixty.csv", rows)


def wizard_pages(window, folder: Path, shots) -> list[dict]:
    """The import wizard on its Rows and Review pages with a 60-row plan."""
    from ui.importing.wizard import ImportWizard

    window.actions["import_plan"].trigger()
    wizard = window.findChild(ImportWizard)
    wizard.file_page.path_edit.setText(str(sixty_row_plan(folder)))
    found = []
    for page, name in (
        (wizard.tables_page, None),
        (wizard.mapping_page, None),
        (wizard.rows_page, "Import wizard, Rows page, 60 rows"),
        (wizard.review_page, "Import wizard, Review page, 60 rows"),
    ):
        wizard.button(QWizard.WizardButton.NextButton).click()
        wait_until(lambda page=page: wizard.currentPage() is page and wizard.currentPage().isComplete())
        if name:
            found.append(measure(name, wizard, shots))
    wizard.reject()
    return found


def many_rows_return(window, ctx, folder: Path) -> Path:
    from app.plan_setup.leads import lead_rows
    from app.returns import issue_requests
    from exports.returns.workbook import UPDATES_SHEET

    busiest = max(lead_rows(ctx.db, window.plan_uuid), key=lambda lead: lead.action_count)
    path = issue_requests(ctx, window.plan_uuid, [busiest.uuid], folder).issued[0].workbook
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[UPDATES_SHEET]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 7, PARAGRAPH)
    workbook.save(path)
    return path


def main() -> None:
    shots = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    from app.context import AppContext
    from app.plans.demo import ensure_demo_plan
    from ui.common import prompts
    from ui.window.main_window import MainWindow

    ctx = AppContext.open(folder / "data", user="probe")
    plan, _created = ensure_demo_plan(ctx)
    give_leads_long_names(ctx, plan.uuid)
    returned = None
    prompts.open_paths = lambda *args, **kwargs: [returned] if returned else []
    for name in ("open_path", "save_path", "open_folder"):
        setattr(prompts, name, lambda *args, **kwargs: None)
    window = MainWindow(ctx)
    window.show()
    window.open_plan(plan.uuid)
    QApplication.processEvents()
    window.table.selectRow(0)
    QApplication.processEvents()
    windows = [measure("Main window, long lead names", window, shots)]
    rows_seen = window.table.viewport().height() // max(1, window.table.rowHeight(0))
    tree = window.plan_tree
    # The share of the tree's height its tallest name takes (a wrapped objective's title).
    tree_items = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    tree_items += [top.child(c) for top in tree_items for c in range(top.childCount())]
    tree_tallest = max(tree.visualItemRect(item).height() for item in tree_items) / tree.viewport().height()
    # Status-bar parts whose text is cut ("67 of …"), beyond the plan's name, which may shorten.
    status_cut = [
        label.accessibleName()
        for label in (window.count_label, window.save_label)
        if label.text() and label.contentsRect().width() < label.fontMetrics().horizontalAdvance(label.text())
    ]
    windows.append(modal(lambda: window.actions["edit_leads"].trigger(), lambda d: None, "Leads, long names", shots))
    windows.append(
        modal(lambda: window.actions["request_updates"].trigger(), lambda d: None, "Request updates, long", shots)
    )
    returned = many_rows_return(window, ctx, folder)

    returns_cut: list[str] = []
    changes_fit: dict = {}

    def read_return(dialog: QDialog) -> None:
        wait_until(lambda: dialog.changes_model.rowCount() > 0)
        listed = dialog.returns_list
        QApplication.processEvents()
        # A return's line taller or wider than the list shows (its verdict cut off below, as at 200%,
        # or beyond a sideways scroll).
        room = listed.viewport().size()
        returns_cut.extend(
            listed.item(n).text()
            for n in range(listed.count())
            if listed.visualItemRect(listed.item(n)).height() > room.height()
            or listed.visualItemRect(listed.item(n)).width() > room.width()
        )
        # The changes table: how many of its tallest rows it shows at once, and how many average
        # characters wide its "From" column is.
        table = dialog.changes
        tallest = max(table.rowHeight(n) for n in range(table.model().rowCount()))
        changes_fit["rows_seen"] = table.viewport().height() / tallest
        changes_fit["from_chars"] = table.columnWidth(5) / table.fontMetrics().averageCharWidth()

    windows.append(modal(lambda: window.actions["import_returns"].trigger(), read_return, "Import returns", shots))

    def long_narrative(dialog: QDialog) -> None:
        tab = dialog.narrative_tab
        tab.summary.setPlainText((PARAGRAPH * 6 + "\n\n") * 4)
        for box in tab.priority_edits.values():
            box.setPlainText(PARAGRAPH * 8)
        dialog.tabs.setCurrentIndex(2)

    windows.append(modal(lambda: window.actions["progress_report"].trigger(), long_narrative, "Report", shots))
    windows.extend(wizard_pages(window, folder, shots))
    screen = app.primaryScreen().availableGeometry()
    found = {"screen": [screen.width(), screen.height()], "windows": windows}
    print(
        json.dumps(
            {
                **found,
                "status_cut": status_cut,
                "returns_cut": returns_cut,
                "rows_seen": rows_seen,
                "tree_tallest": tree_tallest,
                "changes_fit": changes_fit,
            }
        )
    )
    sys.stdout.flush()
    os._exit(0)  # as fit_probe: tearing down Qt after nested dialogs can crash; the results are out


if __name__ == "__main__":
    main()
