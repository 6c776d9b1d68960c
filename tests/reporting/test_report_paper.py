"""The committee paper: template and narrative stored through the command path, numbered paragraphs
in the print pack, and the command line's --narrative, --author, --contact, --committee, --agenda-item."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

import main
from app.context import AppContext
from app.plans.demo import ensure_demo_plan
from app.queries.structure import priority_tree
from app.reporting import ReportOptions, build_report
from app.reporting.paper_store import load_paper, save_paper_command
from exports.reporting.narrative_file import NarrativeFileError, parse_narrative
from exports.reporting.pdf import render_pdf
from models import AuditEntry
from models.snapshots.paper import Narrative, Officer, PaperTemplate
from tests.report_helpers import pages_text

TODAY = date(2022, 1, 5)
MEETING = date(2022, 1, 20)
TEMPLATE = PaperTemplate(
    committee="Safer Communities Board",
    author=Officer("Jane Smith", "Community Safety Manager", "jane.smith@example.gov.uk"),
    contact=Officer("Sam Patel", "Partnership Officer", "sam.patel@example.gov.uk"),
    recommendations=("note the progress made;", "agree the revised timescale for action 2.3."),
    background_papers=("Safer Communities Plan 2021-24 (approved March 2021)",),
)


def _store(ctx, plan_uuid: str, narrative: Narrative, meeting: date = MEETING) -> None:
    command = save_paper_command(ctx.db, plan_uuid, TEMPLATE, narrative, meeting, "Safer Communities Board")
    assert command is not None
    ctx.commands.execute(command)


@pytest.mark.both_engines
def test_pdf_is_a_committee_paper_with_numbered_paragraphs(ctx, demo_plan):
    first = priority_tree(ctx.db, demo_plan.uuid)[0]
    narrative = Narrative("Delivery has recovered this quarter.", ((first.uuid, "MARAC referrals rose by 12%."),))
    _store(ctx, demo_plan.uuid, narrative)
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(meeting_date=MEETING, agenda_item="7"), TODAY)
    pages = pages_text(render_pdf(report))
    cover, body = pages[0], "\n".join(pages[2:])
    assert "Safer Communities Board" in cover and "Agenda item" in cover and "7" in cover
    assert "Jane Smith, Community Safety Manager" in cover
    assert "sam.patel@example.gov.uk" in cover
    assert "1. Purpose of the report" in body
    assert "2.1 Delivery has recovered this quarter." in body
    assert "are listed in section 6." in body and "6. Exceptions for discussion" in body
    assert "The Safer Communities Board is asked to:" in body
    assert "3.1 note the progress made;" in body and "3.2 agree the revised timescale" in body
    assert "Priority 1: Preventing Violence and Abuse" in body
    assert "4.1 MARAC referrals rose by 12%." in body
    assert "Background papers" in body and "Safer Communities Plan 2021-24" in body
    assert "Contact officer: Sam Patel" in body
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))


@pytest.mark.both_engines
def test_template_and_narrative_are_audited_and_the_next_report_starts_from_them(ctx, demo_plan):
    first = priority_tree(ctx.db, demo_plan.uuid)[0]
    _store(ctx, demo_plan.uuid, Narrative("Summary words.", ((first.uuid, "Priority words."),)))
    with ctx.db.read() as session:
        audited = {e.entity for e in session.scalars(select(AuditEntry).where(AuditEntry.user == "test-officer"))}
    assert {"report_template", "report_narrative", "meeting"} <= audited

    later = load_paper(ctx.db, demo_plan.uuid, date(2022, 4, 13))
    assert later.narrative_meeting == MEETING
    assert later.narrative.summary == "Summary words."
    assert later.narrative.for_priority(first.uuid) == "Priority words."
    assert later.template == TEMPLATE
    # Saving the same again changes nothing, so no empty undo step appears.
    assert save_paper_command(ctx.db, demo_plan.uuid, TEMPLATE, later.narrative, MEETING) is None
    # An earlier meeting's report does not see words written for a later one.
    assert load_paper(ctx.db, demo_plan.uuid, date(2021, 12, 1)).narrative.is_empty


@pytest.mark.both_engines
def test_clearing_a_priority_narrative_is_stored(ctx, demo_plan):
    first = priority_tree(ctx.db, demo_plan.uuid)[0]
    _store(ctx, demo_plan.uuid, Narrative("", ((first.uuid, "Words."),)))
    _store(ctx, demo_plan.uuid, Narrative("New summary.", ()))
    stored = load_paper(ctx.db, demo_plan.uuid, MEETING)
    assert stored.narrative.for_priority(first.uuid) == ""
    assert stored.narrative.summary == "New summary."


def test_officer_parsed_from_one_line():
    assert Officer.parse("Jane Smith, Head of Service, Communities, jane@x.gov.uk") == Officer(
        "Jane Smith", "Head of Service, Communities", "jane@x.gov.uk"
    )
    assert Officer.parse("Jane Smith").line == "Jane Smith"


def test_narrative_file_sections_and_mistakes():
    written = parse_narrative(
        "# a note\n[Summary]\nFirst line\njoined.\n\nSecond.\n[priority 2]\nWords\n[recommendations]\na;\n\nb.\n"
    )
    assert written.summary == "First line\njoined.\n\nSecond."
    assert written.priorities == (("2", "Words"),)
    assert written.recommendations == ("a;", "b.")
    assert written.purpose is None and written.background_papers is None
    with pytest.raises(NarrativeFileError, match="line 1: text before the first section"):
        parse_narrative("hello\n[summary]\n")
    with pytest.raises(NarrativeFileError, match=r"line 2: \[summery\] is not a section"):
        parse_narrative("[summary]\n[summery]\n")


@pytest.fixture
def demo_dir(tmp_path):
    data = tmp_path / "data"
    context = AppContext.open(data, user="cli")
    ensure_demo_plan(context)
    context.close()
    return data


def test_cli_stores_the_paper_and_prints_it(demo_dir, tmp_path, capsys):
    narrative = tmp_path / "words.txt"
    narrative.write_text(
        "[summary]\nThe partnership is broadly on track.\n\n[priority 1]\nReferrals rose.\n\n"
        "[recommendations]\nnote this report.\n\n[background papers]\nStrategic assessment 2021\n",
        encoding="utf-8",
    )
    out = tmp_path / "paper.pdf"
    argv = ["--data-dir", str(demo_dir), "report", "-o", str(out), "--meeting-date", "2030-01-20"]
    paper = [
        "--narrative",
        str(narrative),
        "--committee",
        "Safer Communities Board",
        "--agenda-item",
        "9",
        "--author",
        "Jane Smith, Community Safety Manager, jane.smith@example.gov.uk",
        "--contact",
        "Sam Patel, Partnership Officer, sam.patel@example.gov.uk",
    ]
    assert main.main([*argv, *paper]) == 0
    body = "\n".join(pages_text(out.read_bytes()))
    for text in (
        "Jane Smith, Community Safety Manager",
        "2.1 The partnership is broadly on track.",
        "4.1 Referrals rose.",
        "The Safer Communities Board is asked to:",
        "3.1 note this report.",
        "Strategic assessment 2021",
        "Contact officer: Sam Patel",
    ):
        assert text in body
    # The next run, to the next meeting, starts from what was stored.
    capsys.readouterr()
    later = tmp_path / "later.pdf"
    assert main.main(["--data-dir", str(demo_dir), "report", "-o", str(later), "--meeting-date", "2030-04-20"]) == 0
    assert "carried forward from the report to the meeting of 2030-01-20" in capsys.readouterr().out
    again = "\n".join(pages_text(later.read_bytes()))
    assert "Referrals rose." in again and "Jane Smith" in again


def test_cli_refuses_an_unknown_priority_in_the_narrative(demo_dir, tmp_path, capsys):
    narrative = tmp_path / "words.txt"
    narrative.write_text("[priority 99]\nWords\n", encoding="utf-8")
    argv = ["--data-dir", str(demo_dir), "report", "-o", str(tmp_path / "x.pdf"), "--meeting-date", "2030-01-20"]
    assert main.main([*argv, "--narrative", str(narrative)]) != 0
    assert "no priority '99'" in capsys.readouterr().err


def test_accessible_edition_carries_the_paper_and_still_passes_pdf_ua(ctx, demo_plan):
    from exports.reporting.accessible import AccessibleEditionUnavailable, render_accessible_pdf
    from exports.reporting.accessible.checks import pdf_ua_problems

    first = priority_tree(ctx.db, demo_plan.uuid)[0]
    _store(ctx, demo_plan.uuid, Narrative("Delivery has recovered this quarter.", ((first.uuid, "Referrals rose."),)))
    options = ReportOptions(meeting_date=MEETING, sections=("summary",))
    try:
        data = render_accessible_pdf(build_report(ctx.db, demo_plan.uuid, options, TODAY))
    except AccessibleEditionUnavailable as exc:
        pytest.skip(str(exc))
    assert pdf_ua_problems(data) == []
    text = "\n".join(pages_text(data))
    for expected in (
        "2.1  Delivery has recovered this quarter.",
        "The Safer Communities Board is asked to:",
        "3.2  agree the revised timescale for action 2.3.",
        "4.1  Referrals rose.",
        "5. Summary of progress",
        "6. Background papers",
        "Contact officer: Sam Patel, Partnership Officer (sam.patel@example.gov.uk)",
    ):
        assert expected in text, expected


def test_narrative_written_to_a_file_reads_back_the_same(demo_dir, tmp_path):
    words = tmp_path / "words.txt"
    words.write_text(
        "[summary]\nOn track.\n\nSecond paragraph.\n[priority 2]\nProvision words.\n[recommendations]\nnote it.\n",
        encoding="utf-8",
    )
    argv = ["--data-dir", str(demo_dir)]
    meeting = ["--meeting-date", "2030-01-20"]
    assert main.main([*argv, "report", "-o", str(tmp_path / "a.pdf"), *meeting, "--narrative", str(words)]) == 0
    out = tmp_path / "out.txt"
    assert main.main([*argv, "narrative", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "[priority 1]" in text and "[priority 3]" in text  # empty sections show where words go
    assert "Written for the meeting of 20 January 2030." in text
    written = parse_narrative(text)
    assert written.summary == "On track.\n\nSecond paragraph."
    assert dict(written.priorities)["2"] == "Provision words." and dict(written.priorities)["1"] == ""
    assert written.recommendations == ("note it.",)
    # Read back unchanged, it stores nothing new: no audit entries beyond the first run's.
    context = AppContext.open(demo_dir, user="second")
    try:
        with context.db.read() as session:
            before = len(session.scalars(select(AuditEntry)).all())
    finally:
        context.close()
    assert main.main([*argv, "report", "-o", str(tmp_path / "b.pdf"), *meeting, "--narrative", str(out)]) == 0
    context = AppContext.open(demo_dir, user="second")
    try:
        with context.db.read() as session:
            assert len(session.scalars(select(AuditEntry)).all()) == before
    finally:
        context.close()


@pytest.mark.both_engines
def test_saving_again_after_undo_brings_the_template_back(ctx, demo_plan):
    command = save_paper_command(ctx.db, demo_plan.uuid, TEMPLATE, Narrative("Words."), MEETING, "Board")
    applied = ctx.commands.execute(command)
    ctx.commands.execute(applied.inverse)  # what Edit ▸ Undo runs
    undone = load_paper(ctx.db, demo_plan.uuid, MEETING)
    assert undone.template == PaperTemplate() and undone.narrative.is_empty
    ctx.commands.execute(save_paper_command(ctx.db, demo_plan.uuid, TEMPLATE, Narrative("Words."), MEETING, "Board"))
    again = load_paper(ctx.db, demo_plan.uuid, MEETING)
    assert again.template == TEMPLATE and again.narrative.summary == "Words."
