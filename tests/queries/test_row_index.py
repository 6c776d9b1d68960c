"""The row index answers every filter exactly as ActionFilter.matches does row by row."""

from __future__ import annotations

from datetime import date

from app.queries.actions import action_rows
from app.queries.filters import ActionFilter, DueBucket
from app.queries.row_index import RowIndex

TODAY = date(2022, 5, 10)


def _filters(rows) -> list[ActionFilter]:
    leads = sorted({r.lead_uuid for r in rows if r.lead_uuid})
    priorities = sorted({r.priority_uuid for r in rows if r.priority_uuid})
    objectives = sorted({u for r in rows for u in r.objective_uuids})
    statuses = sorted({r.status for r in rows})
    filters = [
        ActionFilter(),
        ActionFilter(text="the"),
        ActionFilter(text="THE partner"),
        ActionFilter(text="nothing-matches-this"),
        ActionFilter(lead_uuids=frozenset(leads[:2])),
        ActionFilter(priority_uuids=frozenset(priorities[:1])),
        ActionFilter(objective_uuids=frozenset(objectives[:3])),
        ActionFilter(statuses=frozenset(statuses[:2])),
        ActionFilter(changed_since=date(2000, 1, 1)),
        ActionFilter(changed_since=date(2099, 1, 1)),
        ActionFilter(text="e", lead_uuids=frozenset(leads[:3]), statuses=frozenset(statuses[:3])),
    ]
    filters += [ActionFilter(due=bucket) for bucket in DueBucket]
    return filters


def test_row_index_agrees_with_matches_for_every_part_and_combination(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid, TODAY)
    index = RowIndex(rows)
    answers = set()
    for action_filter in _filters(rows):
        expected = [n for n, row in enumerate(rows) if action_filter.matches(row, TODAY)]
        assert index.matching(action_filter, TODAY) == expected, action_filter
        answers.add(len(expected))
    assert len(answers) > 4  # the filters above really do tell rows apart
