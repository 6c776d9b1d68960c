"""Stopping an export or a preview at any of its steps: no file, nothing written to the database."""

from __future__ import annotations

import pytest
from dplan_helpers import fingerprint

from app.plan_files.service import PlanFileStopped, export_plan_file, preview_plan_file


def _stop_at(step: int, seen: list):
    def keep_going(index: int, total: int, text: str) -> bool:
        seen.append((index, total, text))
        return index < step

    return keep_going


@pytest.mark.parametrize("passphrase", [None, "minutes-2024"])
def test_an_export_stopped_at_any_step_writes_no_file_and_remembers_nothing(ctx, small_plan, tmp_path, passphrase):
    before = fingerprint(ctx)
    out = tmp_path / "out"
    out.mkdir()
    steps = 4 if passphrase else 3
    for step in range(steps):
        seen: list = []
        with pytest.raises(PlanFileStopped):
            export_plan_file(ctx.db, small_plan, out / "x.dplan", "A", passphrase, keep_going=_stop_at(step, seen))
        assert [index for index, _total, _text in seen] == list(range(step + 1))
        assert {total for _index, total, _text in seen} == {steps}
        assert list(out.iterdir()) == [] and fingerprint(ctx) == before
    seen = []
    export_plan_file(ctx.db, small_plan, out / "x.dplan", "A", passphrase, keep_going=_stop_at(steps, seen))
    assert seen[-1] == (steps - 1, steps, "Writing x.dplan…") and (out / "x.dplan").is_file()


def test_a_preview_stopped_at_any_step_raises_and_touches_nothing(ctx, small_plan, tmp_path):
    path = tmp_path / "x.dplan"
    export_plan_file(ctx.db, small_plan, path, "A")
    before = fingerprint(ctx)
    for step in range(4):
        seen: list = []
        with pytest.raises(PlanFileStopped):
            preview_plan_file(ctx.db, path, keep_going=_stop_at(step, seen))
        assert len(seen) == step + 1 and fingerprint(ctx) == before
    seen = []
    assert preview_plan_file(ctx.db, path, keep_going=_stop_at(4, seen)).plan_uuid == small_plan
    assert [text for _index, _total, text in seen] == [
        "Reading x.dplan…",
        "Reading this copy of the plan…",
        "Comparing 3 actions…",
        "Checking the file's record ids…",
    ]
