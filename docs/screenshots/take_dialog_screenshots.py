"""Re-create the plan dialog screenshots: `python docs/screenshots/take_dialog_screenshots.py [out_dir]`.

The demo plan, plus one lead an import spelled differently ("DA Operations Group"), so the
Leads dialog shows a suggested merge.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    app = QApplication([])
    from app.context import AppContext
    from app.editing.commands import CreateRecord, SetFields
    from app.plans.demo import ensure_demo_plan
    from app.queries.actions import action_rows
    from ui.plan_setup.leads import LeadsDialog
    from ui.plan_setup.priorities import PrioritiesDialog

    ctx = AppContext.open(Path(tempfile.mkdtemp()) / "data", user="Secretariat Officer")
    plan, _created = ensure_demo_plan(ctx)
    lead = CreateRecord("lead", {"plan_uuid": plan.uuid, "name": "DA Operations Group"})
    ctx.commands.execute(lead)
    for row in [r for r in action_rows(ctx.db, plan.uuid) if r.lead_name == "DA Operational Group"][:3]:
        ctx.commands.execute(SetFields("action", row.uuid, {"lead_uuid": lead.uuid}))
    stack = QUndoStack()

    leads = LeadsDialog(ctx, plan.uuid, stack)
    leads.select_lead(next(r.uuid for r in leads.rows if r.name == "DA Operational Group"))
    leads.show()
    app.processEvents()
    leads.grab().save(str(out / "leads-dialog.png"))

    priorities = PrioritiesDialog(ctx, plan.uuid, stack)
    priorities.select(priorities.tree_nodes[1].objectives[0].uuid)
    priorities.show()
    app.processEvents()
    priorities.grab().save(str(out / "priorities-dialog.png"))
    ctx.close()


if __name__ == "__main__":
    main()
