"""The report template and each meeting's narrative travel in plan files and merge like other records."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from dplan_helpers import plan_content, rewrite

from app.context import AppContext
from app.editing.commands import CreateRecord
from app.plan_files.service import apply_merge, export_plan_file, preview_plan_file
from app.plan_setup.reference_data import meetings
from app.queries.structure import priority_tree
from app.reporting.paper_store import load_paper, save_paper_command
from exports.plan_files.archive import PlanFileError
from models.paper import narrative_uuid, template_uuid
from models.snapshots.paper import Narrative, Officer, PaperTemplate

pytestmark = pytest.mark.both_engines

MEETING = date(2026, 3, 12)
TEMPLATE = PaperTemplate(
    committee="Safer Communities Board",
    author=Officer("Jane Smith", "Community Safety Manager", "jane.smith@example.gov.uk"),
    purpose="To update the Board.",
    recommendations=("note the progress made;", "agree the revised timescale."),
    background_papers=("Plan 2022-25",),
)


def _save(ctx, plan, template, narrative, meeting=MEETING):
    command = save_paper_command(ctx.db, plan, template, narrative, meeting, "Board")
    if command is not None:
        ctx.commands.execute(command)


def _first_priority(ctx, plan):
    return priority_tree(ctx.db, plan)[0].uuid


@pytest.fixture
def paper_plan(ctx, small_plan):
    first = _first_priority(ctx, small_plan)
    _save(ctx, small_plan, TEMPLATE, Narrative("Good progress overall.", ((first, "Prevention is on track."),)))
    return small_plan


@pytest.fixture
def officers(ctx, paper_plan, tmp_path):
    """Officer A (``ctx``) exports the plan with its paper; officer B imports it."""
    first = tmp_path / "from-a.dplan"
    export_plan_file(ctx.db, paper_plan, first, "A")
    other = AppContext.open(tmp_path / "officer-b", user="officer-b")
    apply_merge(other, preview_plan_file(other.db, first))
    yield ctx, other
    other.close()


def test_template_and_narrative_are_members_with_stable_ids_and_stamps(ctx, paper_plan, tmp_path):
    path = tmp_path / "paper.dplan"
    export_plan_file(ctx.db, paper_plan, path, "A")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        templates = json.loads(archive.read("records/report_template.json"))
        narratives = json.loads(archive.read("records/report_narrative.json"))
        meeting_records = json.loads(archive.read("records/meeting.json"))
    assert manifest["format_version"] == "1.1"
    assert manifest["counts"]["report_template"] == 1 and manifest["counts"]["report_narrative"] == 2
    (template,) = templates
    assert template["uuid"] == template_uuid(paper_plan) and template["plan_uuid"] == paper_plan
    assert template["recommendations"] == "note the progress made;\nagree the revised timescale."
    assert {"revision", "created_at", "modified_at", "deleted"} <= set(template)
    (meeting,) = meeting_records
    first = _first_priority(ctx, paper_plan)
    assert {(n["uuid"], n["priority_uuid"], n["text"]) for n in narratives} == {
        (narrative_uuid(meeting["uuid"], None), None, "Good progress overall."),
        (narrative_uuid(meeting["uuid"], first), first, "Prevention is on track."),
    }
    assert meeting["agenda_item"] == ""


def test_round_trip_carries_the_paper_byte_for_byte(ctx, paper_plan, tmp_path):
    first_file, second_file = tmp_path / "first.dplan", tmp_path / "second.dplan"
    export_plan_file(ctx.db, paper_plan, first_file, "A")
    other = AppContext.open(tmp_path / "other", user="other")
    try:
        apply_merge(other, preview_plan_file(other.db, first_file))
        export_plan_file(other.db, paper_plan, second_file, "B")
        with zipfile.ZipFile(first_file) as a, zipfile.ZipFile(second_file) as b:
            for name in ("records/report_template.json", "records/report_narrative.json", "records/meeting.json"):
                assert a.read(name) == b.read(name), name
        assert plan_content(other, paper_plan) == plan_content(ctx, paper_plan)
        assert load_paper(other.db, paper_plan, MEETING) == load_paper(ctx.db, paper_plan, MEETING)
    finally:
        other.close()


def test_edits_on_both_sides_merge_field_by_field(officers, paper_plan, tmp_path):
    a, b = officers
    first = _first_priority(a, paper_plan)
    stored = load_paper(a.db, paper_plan, MEETING)
    _save(a, paper_plan, stored.template.with_changes(purpose="A's purpose."), stored.narrative)
    _save(b, paper_plan, stored.template, stored.narrative.with_priority(first, "B's words on prevention."))
    export_plan_file(a.db, paper_plan, tmp_path / "a.dplan", "A")
    export_plan_file(b.db, paper_plan, tmp_path / "b.dplan", "B")
    at_a = preview_plan_file(a.db, tmp_path / "b.dplan")
    at_b = preview_plan_file(b.db, tmp_path / "a.dplan")
    assert not at_a.conflicts and not at_b.conflicts
    assert {(c.entity, c.changed) for c in at_a.changes} == {("report_narrative", 1)}
    apply_merge(a, at_a)
    apply_merge(b, at_b)
    assert plan_content(a, paper_plan) == plan_content(b, paper_plan)
    merged = load_paper(b.db, paper_plan, MEETING)
    assert merged.template.purpose == "A's purpose."
    assert merged.narrative.for_priority(first) == "B's words on prevention."


def test_the_same_narrative_written_differently_is_one_conflict(officers, paper_plan, tmp_path):
    a, b = officers
    stored = load_paper(a.db, paper_plan, MEETING)
    _save(a, paper_plan, stored.template, Narrative("A's summary.", stored.narrative.priorities))
    _save(b, paper_plan, stored.template, Narrative("B's summary.", stored.narrative.priorities))
    export_plan_file(b.db, paper_plan, tmp_path / "b.dplan", "B")
    preview = preview_plan_file(a.db, tmp_path / "b.dplan")
    assert [(c.entity, c.field, c.base, c.mine, c.theirs) for c in preview.conflicts] == [
        ("report_narrative", "text", "Good progress overall.", "A's summary.", "B's summary.")
    ]
    assert preview.conflicts[0].record_label.startswith("Report narrative: Executive summary, for Meeting")
    apply_merge(a, preview, {preview.conflicts[0].key: "theirs"})
    assert load_paper(a.db, paper_plan, MEETING).narrative.summary == "B's summary."


def test_templates_written_in_two_copies_are_one_record_not_two(ctx, small_plan, tmp_path):
    plain = tmp_path / "plain.dplan"
    export_plan_file(ctx.db, small_plan, plain, "A")
    other = AppContext.open(tmp_path / "other", user="other")
    try:
        apply_merge(other, preview_plan_file(other.db, plain))
        _save(ctx, small_plan, PaperTemplate(committee="Board", purpose="A's."), Narrative(), None)
        _save(other, small_plan, PaperTemplate(committee="Board", purpose="B's."), Narrative(), None)
        export_plan_file(other.db, small_plan, tmp_path / "b.dplan", "B")
        preview = preview_plan_file(ctx.db, tmp_path / "b.dplan")
        assert [(c.entity, c.field, c.mine, c.theirs) for c in preview.conflicts] == [
            ("report_template", "purpose", "A's.", "B's.")
        ]
        apply_merge(ctx, preview, {preview.conflicts[0].key: "mine"})
        assert load_paper(ctx.db, small_plan, None).template.purpose == "A's."
    finally:
        other.close()


def test_a_file_from_before_the_paper_still_opens_and_keeps_the_paper_held_here(officers, paper_plan, tmp_path):
    a, b = officers
    ids = {m.date: m.uuid for m in meetings(b.db, paper_plan)}
    b.commands.execute(
        CreateRecord("progress", {"action_uuid": _any_action(b, paper_plan), "date": date(2026, 3, 1), "note": "B"})
    )
    export_plan_file(b.db, paper_plan, tmp_path / "b.dplan", "B")

    def as_format_1_0(manifest, members):
        del members["records/report_template.json"], members["records/report_narrative.json"]
        for record in members["records/meeting.json"]:
            del record["agenda_item"]

    old = rewrite(tmp_path / "b.dplan", tmp_path / "old.dplan", as_format_1_0)
    preview = preview_plan_file(a.db, old)
    assert not preview.conflicts
    assert {(c.entity, c.added) for c in preview.changes} == {("progress", 1)}
    apply_merge(a, preview)
    assert load_paper(a.db, paper_plan, MEETING).narrative.summary == "Good progress overall."
    fresh = AppContext.open(tmp_path / "fresh", user="fresh")
    try:
        apply_merge(fresh, preview_plan_file(fresh.db, old))
        assert [(m.uuid, m.agenda_item) for m in meetings(fresh.db, paper_plan)] == [(ids[MEETING], "")]
        assert load_paper(fresh.db, paper_plan, MEETING).template == PaperTemplate()
    finally:
        fresh.close()


def _any_action(ctx, plan):
    from app.queries.actions import action_rows

    return action_rows(ctx.db, plan)[0].uuid


def test_a_template_under_another_id_is_refused(ctx, paper_plan, tmp_path):
    path = tmp_path / "paper.dplan"
    export_plan_file(ctx.db, paper_plan, path, "A")

    def forge(manifest, members):
        members["records/report_template.json"][0]["uuid"] = "00000000-0000-4000-8000-000000000001"

    forged = rewrite(path, tmp_path / "forged.dplan", forge)
    other = AppContext.open(tmp_path / "other", user="other")
    try:
        with pytest.raises(PlanFileError, match="report_template.json.*not the one Delivery Desk gives it"):
            preview_plan_file(other.db, forged)
    finally:
        other.close()
