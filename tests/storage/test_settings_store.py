"""One settings store for plan records and app preferences."""

from __future__ import annotations

from app.plans.listing import plan_id_for
from app.storage.settings import read_setting, write_setting
from models import Setting


def test_write_then_read_per_plan_and_app_wide_without_crossing(ctx, small_plan):
    with ctx.db.transaction() as session:
        plan_id = plan_id_for(session, small_plan)
        write_setting(session, plan_id, "k", "plan value")
        write_setting(session, None, "k", "app value")
    with ctx.db.transaction() as session:
        write_setting(session, plan_id, "k", "replaced")
    with ctx.db.read() as session:
        assert read_setting(session, plan_id, "k") == "replaced"
        assert read_setting(session, None, "k") == "app value"
        assert read_setting(session, plan_id, "missing") is None
        assert session.query(Setting).filter(Setting.key == "k").count() == 2


def test_two_app_wide_rows_for_one_key_read_the_oldest_and_replace_it(ctx):
    # NULL plan ids escape SQLite's unique constraint, so an old database may hold two rows.
    with ctx.db.transaction() as session:
        session.add_all(
            [Setting(plan_id=None, key="dup", value="first"), Setting(plan_id=None, key="dup", value="second")]
        )
    with ctx.db.transaction() as session:
        write_setting(session, None, "dup", "new")
    with ctx.db.read() as session:
        assert read_setting(session, None, "dup") == "new"
