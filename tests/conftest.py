"""Shared fixtures: every test gets its own data folder and database."""

from __future__ import annotations

from datetime import date

import pytest

from app.commands import CreateRecord
from app.context import AppContext
from app.plan_builder import CreatePlan
from app.plan_draft import ActionDraft, LeadDraft, ObjectiveDraft, PlanDraft, PriorityDraft


@pytest.fixture
def ctx(tmp_path):
    context = AppContext.open(tmp_path / "data", user="test-officer")
    yield context
    context.close()


@pytest.fixture
def demo_plan(ctx):
    """The bundled demo plan, created in the test's database."""
    from app.demo import ensure_demo_plan

    plan, _created = ensure_demo_plan(ctx)
    return plan


def small_draft(actions: int = 3) -> PlanDraft:
    return PlanDraft(
        title="Small plan",
        partnership="Test Partnership",
        period_start=date(2022, 4, 1),
        period_end=date(2024, 3, 31),
        priorities=[
            PriorityDraft("1", "Prevention", objectives=[ObjectiveDraft("1.1", "Fewer victims")]),
            PriorityDraft("2", "Provision", objectives=[ObjectiveDraft("2.1", "Better services")]),
        ],
        leads=[LeadDraft("Community Safety Team", aliases=["Community Safety team", "CST"])],
        actions=[
            ActionDraft(
                ref=f"1.1.{n + 1}",
                activity=f"Activity {n + 1}",
                objective_refs=["1.1"] if n % 2 == 0 else ["1.1", "2.1"],
                lead="Community Safety team" if n % 2 else "Community Safety Team",
                timescale="April 2023",
                status="On track",
            )
            for n in range(actions)
        ],
    )


@pytest.fixture
def small_plan(ctx):
    """A three-action plan; returns its uuid."""
    applied = ctx.commands.execute(CreatePlan(small_draft()))
    return applied.inverse.uuid


@pytest.fixture
def make_action(ctx, small_plan):
    def make(**values):
        values = {"plan_uuid": small_plan, "ref": "9.9", "activity": "New action", **values}
        command = CreateRecord("action", values)
        ctx.commands.execute(command)
        return command.uuid

    return make


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    """Window geometry, column layout and recent plans go to the test's folder, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def main_window(qtbot, ctx):
    """The main window on the test's database (empty unless another fixture added a plan first)."""
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    return window
