"""Starting the real app in a child process: `--exit-when-shown` exits 0, and only what the first
window needs is imported (file formats, reports and migrations load when first used)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.paths import DATABASE_FILENAME

ROOT = Path(__file__).resolve().parents[2]

# Imported only by the features that use them; any of these at start-up costs 0.1-0.5 s.
LOADED_ON_FIRST_USE = (
    "alembic",
    "openpyxl",
    "reportlab",
    "docx",
    "pdfplumber",
    "pdfminer",
    "weasyprint",
    "pikepdf",
    "cryptography",
    "rapidfuzz",
    "exports.importing",
    "exports.returns",
    "exports.reporting",
    "exports.exporting",
    "exports.timeline.pdf",
    "app.importing",
    "app.returns",
    "app.plan_files",
    "models.migrations",
    "ui.timeline.panel",
    "ui.plan_setup.priorities",
    "ui.plan_setup.leads",
    "ui.plans.new_plan",
)

# Not even the shell's first paint waits for these: the window shows, then they load off the UI thread.
LOADED_AFTER_THE_WINDOW_SHOWS = (
    "sqlalchemy",
    "models",
    "app.context",
    "app.queries",
    "ui.workspace",
    "ui.window.features",
    "ui.common.prompts",
)

# Nor do the plan's rows: start-up's first read (plain sqlite3) draws them before these load.
LOADED_AFTER_THE_ROWS_SHOW = (
    "sqlalchemy",
    "alembic",
    "models.base",
    "models.entities",
    "app.context",
    "app.storage.database",
    "app.editing.commands",
    "app.editing.service",
    "ui.window.features",
    "ui.editing.undo",
    "app.timescale",
    "html",
)

REPORT_MODULES = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import main
code = main.main(["--data-dir", sys.argv[2], "--exit-when-shown"])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "source_lines_kept": sorted(linecache.cache)}))
"""

MODULES_WHEN_SHOWN = """
import json, sys
sys.path.insert(0, sys.argv[1])
import main
from ui.window.main_window import MainWindow
when_shown = []
real_show = MainWindow.show
def show(window):
    when_shown.append(sorted(sys.modules))
    real_show(window)
MainWindow.show = show
code = main.main(["--data-dir", sys.argv[2], "--exit-when-shown"])
print(json.dumps({"code": code, "modules": when_shown[0]}))
"""


ROWS_WHEN_SHOWN = """
import json, sys
sys.path.insert(0, sys.argv[1])
import main
from ui.window.main_window import MainWindow
when_shown = []
real_show_first_read = MainWindow.show_first_read
def show_first_read(window, view):
    real_show_first_read(window, view)
    window.repaint()
    when_shown.append({"rows": window.model.rowCount(), "modules": sorted(sys.modules)})
MainWindow.show_first_read = show_first_read
code = main.main(["--data-dir", sys.argv[2], "--exit-when-shown"])
print(json.dumps({"code": code, "shown": when_shown}))
"""

# The menus and every feature's entries come next, on the rows, still before the database code.
MENUS_WHEN_INSTALLED = """
import json, sys
sys.path.insert(0, sys.argv[1])
import main
from ui.window.main_window import MainWindow
installed = []
real_install_commands = MainWindow.install_commands
def install_commands(window):
    first = not window.commands_installed
    real_install_commands(window)
    if first:
        installed.append(
            {"data_open": window.ctx is not None, "actions": sorted(window.actions), "modules": sorted(sys.modules)}
        )
MainWindow.install_commands = install_commands
code = main.main(["--data-dir", sys.argv[2], "--exit-when-shown"])
print(json.dumps({"code": code, "installed": installed}))
"""


@pytest.fixture
def data_dir(tmp_path, _template_databases) -> Path:
    """A data folder holding the demo plan, at the current schema."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(_template_databases["demo"], folder / DATABASE_FILENAME)
    return folder


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "settings"))
    env.pop("DELIVERY_DESK_DATA_DIR", None)
    return env


def _run(argv: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120)


def test_exit_when_shown_opens_the_window_on_the_plan_and_exits_0(data_dir, tmp_path):
    done = _run([sys.executable, "main.py", "--data-dir", str(data_dir), "--exit-when-shown"], tmp_path)
    assert done.returncode == 0, done.stderr
    log = "\n".join(path.read_text() for path in (data_dir / "logs").glob("*.log"))
    assert f"Started with data folder {data_dir}" in log


def test_starting_the_window_imports_no_file_format_report_or_migration_module(data_dir, tmp_path):
    done = _run([sys.executable, "-c", REPORT_MODULES, str(ROOT), str(data_dir)], tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    loaded = [
        name for name in LOADED_ON_FIRST_USE if any(m == name or m.startswith(name + ".") for m in report["modules"])
    ]
    assert loaded == []


def test_starting_the_window_keeps_no_module_sources_in_memory(data_dir, tmp_path):
    """PySide6's import hook would read every later module's source into linecache (10-20 MiB)."""
    done = _run([sys.executable, "-c", REPORT_MODULES, str(ROOT), str(data_dir)], tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    ours = [name for name in report["source_lines_kept"] if name.startswith(str(ROOT))]
    assert ours == []


def test_the_window_is_shown_before_any_database_code_is_imported(data_dir, tmp_path):
    done = _run([sys.executable, "-c", MODULES_WHEN_SHOWN, str(ROOT), str(data_dir)], tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    loaded = [
        name
        for name in LOADED_AFTER_THE_WINDOW_SHOWS
        if any(m == name or m.startswith(name + ".") for m in report["modules"])
    ]
    assert loaded == []


def test_the_plan_rows_are_on_screen_before_any_sqlalchemy_module_is_imported(data_dir, tmp_path):
    done = _run([sys.executable, "-c", ROWS_WHEN_SHOWN, str(ROOT), str(data_dir)], tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    [shown] = report["shown"]
    assert shown["rows"] > 50  # the demo plan's actions
    loaded = [
        name
        for name in LOADED_AFTER_THE_ROWS_SHOW
        if any(m == name or m.startswith(name + ".") for m in shown["modules"])
    ]
    assert loaded == []


def test_the_menus_and_every_feature_are_installed_on_the_rows_before_any_sqlalchemy_module(data_dir, tmp_path):
    done = _run([sys.executable, "-c", MENUS_WHEN_INSTALLED, str(ROOT), str(data_dir)], tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    [installed] = report["installed"]
    assert not installed["data_open"]
    # The window's own commands and one entry of each kind of feature: editing, dialogs, files, reports.
    for key in ("add_action", "undo", "history", "open_plan", "export_xlsx", "progress_report", "import_plan"):
        assert key in installed["actions"]
    loaded = [
        name
        for name in LOADED_AFTER_THE_ROWS_SHOW
        if name != "ui.window.features" and any(m == name or m.startswith(name + ".") for m in installed["modules"])
    ]
    assert loaded == []
