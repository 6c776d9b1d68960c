"""The bundled demo plan (BCP Community Safety Partnership, 2021-23)."""

from __future__ import annotations

import json
from importlib import resources

from app.context import AppContext
from app.plans.builder import CreatePlan
from app.plans.draft import PlanDraft, plan_draft_from_dict
from app.plans.listing import list_plans
from models.snapshots.rows import PlanSummary

DEMO_SOURCE = "Demo plan (BCP delivery plan 2021-23)"


def load_demo_draft() -> PlanDraft:
    text = resources.files("resources").joinpath("demo_plan.json").read_text(encoding="utf-8")
    return plan_draft_from_dict(json.loads(text))


def ensure_demo_plan(ctx: AppContext) -> tuple[PlanSummary, bool]:
    """The demo plan, created on first call; the flag says whether it was created now."""
    draft = load_demo_draft()
    for plan in list_plans(ctx.db):
        if plan.title == draft.title and plan.partnership == draft.partnership:
            return plan, False
    applied = ctx.commands.execute(CreatePlan(draft, source=DEMO_SOURCE, label="Create demo plan"))
    created = next(p for p in list_plans(ctx.db) if p.uuid == applied.inverse.uuid)
    return created, True
