"""The report from the command line, and the Word version of the same report."""

from __future__ import annotations

from datetime import date

import docx
import pytest

import main
from app.context import AppContext
from app.plans.demo import ensure_demo_plan
from app.queries.actions import action_rows
from app.reporting import SECTION_TITLES, ReportOptions, build_report, last_report_date, load_report_options
from app.reporting.paper import OPENING_TITLES
from exports.reporting.docx_report import write_docx_report
from tests.report_helpers import pages_text

DEMO_TODAY = date(2022, 1, 5)


def test_docx_report_has_every_section_and_repeating_table_headers(ctx, demo_plan, tmp_path):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), DEMO_TODAY)
    document = docx.Document(str(write_docx_report(report, tmp_path / "pack.docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    first = len(OPENING_TITLES) + 1
    assert headings == [
        *(f"{n}. {t}" for n, t in enumerate(OPENING_TITLES, start=1)),
        *(f"{n}. {t}" for n, t in enumerate(SECTION_TITLES.values(), start=first)),
        "Appendix A. All exceptions",
    ]
    assert document.tables
    for table in document.tables:
        header = table.rows[0]._tr
        assert header.xpath("./w:trPr/w:tblHeader"), "header row must repeat on each page"
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    refs = {r.ref for r in action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY) if not r.confidential}
    assert refs <= cells
    assert any(text.endswith("Off track (Red)") for text in cells)


def test_docx_survives_control_characters(ctx, small_plan, tmp_path):
    from app.editing.commands import SetFields

    row = action_rows(ctx.db, small_plan)[0]
    ctx.commands.execute(SetFields("action", row.uuid, {"activity": "Bell\x07 & <b>tag</b> 😀"}))
    report = build_report(ctx.db, small_plan, ReportOptions(), date(2023, 1, 1))
    document = docx.Document(str(write_docx_report(report, tmp_path / "odd.docx")))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert "Bell & <b>tag</b> 😀" in cells


@pytest.fixture
def demo_dir(tmp_path):
    data = tmp_path / "data"
    context = AppContext.open(data, user="cli")
    ensure_demo_plan(context)
    context.close()
    return data


def test_cli_report_writes_pdf_and_remembers_the_date(demo_dir, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    argv = ["--data-dir", str(demo_dir), "report", "--plan", "Preventing", "-o", str(out)]
    assert main.main([*argv, "--since", "2021-10-01", "--meeting", "Board & Co"]) == 0
    assert "Wrote" in capsys.readouterr().out
    pages = pages_text(out.read_bytes())
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Board & Co" in pages[0] and "1 October 2021" in pages[0]
    context = AppContext.open(demo_dir)
    try:
        plan = ensure_demo_plan(context)[0]
        assert last_report_date(context.db, plan.uuid) == date.today()
    finally:
        context.close()


def test_cli_report_columns_show_evidence_and_resources(demo_dir, tmp_path, capsys):
    out = tmp_path / "columns.pdf"
    argv = ["--data-dir", str(demo_dir), "report", "-o", str(out), "--columns", "evidence,resources"]
    assert main.main(argv) == 0
    text = "\n".join(pages_text(out.read_bytes()))
    assert "Evidence /\nmeasure" in text and "Resources" in text and "Latest update" not in text
    assert "Timescale\n" in text  # never broken mid-word
    context = AppContext.open(demo_dir)
    try:
        plan = ensure_demo_plan(context)[0]
        assert load_report_options(context.db, plan.uuid).columns == ("evidence", "resources")
        row = next(r for r in action_rows(context.db, plan.uuid) if r.evidence and not r.confidential)
    finally:
        context.close()
    assert " ".join(row.evidence.split()[:3]) in " ".join(text.split())
    with pytest.raises(SystemExit) as refused:
        main.main(["--data-dir", str(demo_dir), "report", "-o", str(out), "--columns", "budget"])
    assert refused.value.code == 2
    assert "unknown column 'budget'" in capsys.readouterr().err


def test_cli_report_docx_by_extension_or_flag(demo_dir, tmp_path):
    assert main.main(["--data-dir", str(demo_dir), "report", "-o", str(tmp_path / "pack.docx")]) == 0
    assert docx.Document(str(tmp_path / "pack.docx")).tables
    assert main.main(["--data-dir", str(demo_dir), "report", "-o", str(tmp_path / "pack.out"), "--format", "docx"]) == 0
    assert (tmp_path / "pack.out").read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--plan", "No such plan", "-o", "x.pdf"], "No plan matches 'No such plan'"),
        (["-o", "pack.txt"], "name it .pdf or .docx"),
        (["-o", "missing-folder/pack.pdf"], "does not exist"),
    ],
)
def test_cli_report_errors_are_one_line(demo_dir, tmp_path, monkeypatch, capsys, extra, message):
    monkeypatch.chdir(tmp_path)
    assert main.main(["--data-dir", str(demo_dir), "report", *extra]) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
    assert not list(tmp_path.glob("*.pdf"))


def test_cli_report_rejects_impossible_since_date(demo_dir):
    with pytest.raises(SystemExit) as info:
        main.main(["--data-dir", str(demo_dir), "report", "-o", "x.pdf", "--since", "2024-02-30"])
    assert info.value.code == 2
