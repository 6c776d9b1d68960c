"""File → Export: the plan as an Excel workbook, a CSV file or a calendar of due dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ui.common import prompts
from ui.common.background import run_with_progress
from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from app.storage.database import Database
    from ui.window.main_window import MainWindow

EXPORT_SECTIONS = ("spreadsheets", "plan_files")

# The writers (openpyxl for .xlsx), and the queries over the ORM, are imported when an export is
# chosen, not at start-up: the menu is installed before SQLAlchemy loads.


def export_menu(window: MainWindow) -> str:
    """File → Export, shared by every feature that exports; returns its key for ``ActionSpec.menu``."""
    window.declared.add_submenu("export", "&Export", "file", "export", EXPORT_SECTIONS)
    return "export"


def _xlsx(db: Database, plan_uuid: str, today: date, user: str, path: Path) -> str:
    from app.plans.listing import get_plan
    from app.queries.actions import action_rows
    from exports.exporting.xlsx_export import write_actions_xlsx

    rows = action_rows(db, plan_uuid, today)
    write_actions_xlsx(path, get_plan(db, plan_uuid), rows, exported_by=user)
    return f"{len(rows)} actions"


def _csv(db: Database, plan_uuid: str, today: date, user: str, path: Path) -> str:
    from app.queries.actions import action_rows
    from exports.exporting.csv_export import write_actions_csv

    rows = action_rows(db, plan_uuid, today)
    write_actions_csv(path, rows)
    return f"{len(rows)} actions"


def _ics(db: Database, plan_uuid: str, today: date, user: str, path: Path) -> str:
    from app.plans.listing import get_plan
    from app.queries.actions import action_rows
    from exports.exporting.ics_export import write_actions_ics

    rows = action_rows(db, plan_uuid, today)
    events = write_actions_ics(path, get_plan(db, plan_uuid), rows)
    return f"{events} due dates"


Writer = Callable[["Database", str, date, str, Path], str]

# key, menu text, file filter, extension, writer
FORMATS: tuple[tuple[str, str, str, str, Writer], ...] = (
    ("export_xlsx", "&Excel workbook…", "Excel workbook (*.xlsx)", ".xlsx", _xlsx),
    ("export_csv", "&CSV…", "CSV, UTF-8 (*.csv)", ".csv", _csv),
    ("export_ics", "Calendar (.&ics)…", "iCalendar (*.ics)", ".ics", _ics),
)


def export_plan(window: MainWindow, file_filter: str, suffix: str, writer: Writer) -> None:
    """Ask for a file, then write it off the UI thread (styling a big workbook takes seconds)."""
    from app.plans.listing import get_plan
    from app.returns.requests import safe_file_stem

    if window.plan_uuid is None:
        return
    plan = get_plan(window.ctx.db, window.plan_uuid)
    suggested = f"{safe_file_stem(plan.title)} {date.today():%Y-%m-%d}{suffix}"
    path = prompts.save_path(window, "Export plan", file_filter, suggested)
    if path is None:
        return
    if path.suffix.casefold() != suffix:
        path = path.with_name(path.name + suffix)
    db, plan_uuid, today, user = window.ctx.db, window.plan_uuid, window.today(), window.ctx.signature
    run_with_progress(
        window,
        "Exporting the plan",
        lambda _progress: writer(db, plan_uuid, today, user, path),
        lambda described: window.statusBar().showMessage(f"Exported {described} to {path}", 10000),
        lambda message: prompts.error(window, "Export", message),
        lambda exc: f"Could not write {path}: {exc.strerror or exc}" if isinstance(exc, OSError) else str(exc),
    )


def install(window: MainWindow) -> None:
    menu = export_menu(window)
    for key, text, file_filter, suffix, writer in FORMATS:
        window.declare(
            ActionSpec(
                key,
                text,
                lambda f=file_filter, s=suffix, w=writer: export_plan(window, f, s, w),
                menu,
                "spreadsheets",
                needs=Needs.PLAN,
            )
        )
