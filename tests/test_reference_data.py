"""Reading glossary, meetings and measures back as rows."""

from app.plan_setup.reference_data import measures


def test_demo_measures_load_with_their_period_values(ctx, demo_plan):
    rows = measures(ctx.db, demo_plan.uuid)
    first = rows[0]
    assert first.name == "Referrals to MARAC from agencies other than Police"
    assert [(v.period, v.value) for v in first.values] == [("2021-22 Q1", 29), ("2021-22 Q2", 31), ("2021-22 Q3", 34)]
    assert first.latest.period == "2021-22 Q3"
