"""The accessible edition for publishing: PDF/UA-1 structure, the same content as the print pack,
from the command line and from the Reports dialog."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest
from PySide6.QtCore import Qt

import main
from app.context import AppContext
from app.plans.demo import ensure_demo_plan
from app.reporting import SECTION_TITLES, ReportOptions, build_report
from exports.reporting.accessible import AccessibleEditionUnavailable, render_accessible_pdf
from exports.reporting.accessible.checks import pdf_ua_problems
from exports.reporting.accessible.html import SECTION_BODIES
from exports.reporting.accessible.tree import kids_of, structure_elements
from exports.reporting.pdf import render_pdf
from tests.report_helpers import pages_text, pdf_reader
from tests.timeline.test_timeline_pdf_pages import _drawn_x_extent

try:
    import weasyprint
except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
    pytest.skip(f"WeasyPrint or its Pango libraries are not installed ({exc})", allow_module_level=True)

DEMO_TODAY = date(2022, 1, 5)


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    """The demo plan's edition, rendered once for the module (WeasyPrint takes seconds)."""
    context = AppContext.open(tmp_path_factory.mktemp("edition"), user="test-officer")
    try:
        plan, _created = ensure_demo_plan(context)
        report = build_report(context.db, plan.uuid, ReportOptions(), DEMO_TODAY)
    finally:
        context.close()
    return report, render_accessible_pdf(report)


def test_every_section_of_the_pack_has_its_accessible_form():
    # a section added to the pack must be added here too, or the published edition would lack it
    assert set(SECTION_BODIES) == set(SECTION_TITLES)


def test_the_edition_meets_the_pdf_ua_requirements_checked_here(edition):
    _report, data = edition
    assert pdf_ua_problems(data) == []


def test_an_independent_pdf_ua_checker_agrees(edition, tmp_path):
    """pdfua (a separate pikepdf-based checker of part of PDF/UA-1) finds nothing in the edition
    and finds the untagged print pack wanting, so the two checks are not the same blind spot."""
    pdfua = pytest.importorskip("pdfua", reason="pdfua (a test extra) is not installed")
    report, data = edition
    published, printed = tmp_path / "published.pdf", tmp_path / "printed.pdf"
    published.write_bytes(data)
    printed.write_bytes(render_pdf(report))
    findings = pdfua.validate(str(published)).findings
    assert [(f.rule_id, f.message) for f in findings if f.severity >= pdfua.Severity.WARNING] == []
    failed = {f.rule_id for f in pdfua.validate(str(printed)).findings if f.severity is pdfua.Severity.ERROR}
    assert failed, "the untagged pack must fail"


def test_the_check_fails_untagged_and_unfinished_pdfs(edition):
    report, _data = edition
    assert pdf_ua_problems(render_pdf(report)) == ["the PDF is not tagged: it has no structure tree (ISO 14289-1 7.1)"]
    html = "<html lang='en-GB'><head><title>T</title><style>@page { @bottom-right { content: counter(page) } }</style>"
    html += "</head><body><h1>T</h1><table><tr><th>Ref</th></tr><tr><td>1</td></tr></table><img alt=''>"
    html += "<p><a href='#end'>To the end</a></p><p id='end'>End</p></body></html>"
    raw = weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    problems = " | ".join(pdf_ua_problems(raw))
    assert "Scope" in problems  # WeasyPrint alone gives header cells no scope
    assert "belong to no structure element" in problems  # nor makes the page number an artifact
    assert "bookmarks" in problems
    assert "a link has no description in words" in problems  # it is described by its target's id


def test_catalogue_says_language_title_and_opens_the_bookmarks(edition):
    report, data = edition
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert pdf.Root.PageMode == pikepdf.Name.UseOutlines
        title = str(pdf.open_metadata()["dc:title"])
        assert title.startswith(report.cover.plan_title) and "progress report" in title
        with pdf.open_outline() as outline:
            stack, titles = list(outline.root), []
            while stack:
                item = stack.pop()
                titles.append(item.title)
                stack += list(item.children)
    first = len(report.paper.opening) + 1
    for number, section in enumerate(report.paper.opening, start=1):
        assert f"{number}. {section.title}" in titles
    for number, key in enumerate(report.sections, start=first):
        assert f"{number}. {SECTION_TITLES[key]}" in titles


def test_a_table_over_several_pages_is_one_table_with_one_heading_row(edition):
    report, data = edition
    with pikepdf.open(io.BytesIO(data)) as pdf:
        sections = [e for e in structure_elements(pdf) if e.get("/S") == pikepdf.Name.Sect]
        # One per section, not one per page: the paper's prose sections, then the tables.
        assert len(sections) == len(report.paper.opening) + len(report.sections)
        section = sections[len(report.paper.opening) + report.sections.index("exceptions")]
        tables = [e for e in _descendants(section) if e.get("/S") == pikepdf.Name.Table]
        assert len(tables) == 1  # the exceptions run over two pages
        parts = _descendants(tables[0])
        heads = [e for e in parts if e.get("/S") == pikepdf.Name.THead]
        rows = [e for e in parts if e.get("/S") == pikepdf.Name.TR]
    assert len(heads) == 1 and len(rows) == 1 + len(report.exceptions)


def _descendants(element):
    found, stack = [], [element]
    while stack:
        for kid in kids_of(stack.pop()):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                found.append(kid)
                stack.append(kid)
    return found


def test_charts_have_alternative_text_with_their_numbers(edition):
    report, data = edition
    with pikepdf.open(io.BytesIO(data)) as pdf:
        alts = [str(e.Alt) for e in structure_elements(pdf) if e.get("/S") == pikepdf.Name.Figure]
    assert any(report.summary.sentence in alt for alt in alts)
    assert any(all(p.sentence in alt for p in report.summary.priorities) for alt in alts)


def test_page_furniture_is_an_artifact_not_body_text(edition):
    _report, data = edition
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[2]
        artifacts = [
            ops for ops, op in pikepdf.parse_content_stream(page) if str(op) == "BDC" and ops[0] == "/Artifact"
        ]
        assert artifacts, "the running header and page number are artifacts"
        header_cells = [e for e in structure_elements(pdf) if e.get("/S") == pikepdf.Name.TH]
        scopes = {str(e.A.Scope) for e in header_cells}
    assert scopes == {"/Column", "/Row"}


def test_the_edition_carries_every_section_priority_and_action_of_the_pack(edition):
    report, data = edition
    text = "\n".join(pages_text(data))
    for key in report.sections:
        assert SECTION_TITLES[key] in text
    for group in report.groups:
        assert group.title in text
    for action in report.actions:
        assert action.ref in text


def test_cli_writes_the_accessible_edition(tmp_path, capsys):
    data = tmp_path / "data"
    context = AppContext.open(data, user="cli")
    ensure_demo_plan(context)
    context.close()
    out = tmp_path / "published.pdf"
    assert main.main(["--data-dir", str(data), "report", "--plan", "Preventing", "--accessible", "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert pdf_ua_problems(out.read_bytes()) == []
    assert main.main(["--data-dir", str(data), "report", "--accessible", "-o", str(tmp_path / "x.docx")]) == 1
    assert "accessible edition is a PDF" in capsys.readouterr().err


def test_a_missing_engine_is_a_clear_message(ctx, demo_plan, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_weasyprint(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_weasyprint)
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(sections=("glossary",)), DEMO_TODAY)
    with pytest.raises(AccessibleEditionUnavailable, match="libpango"):
        render_accessible_pdf(report)


@pytest.fixture
def report_window(main_window, demo_plan, monkeypatch):
    from ui.reporting import menu as report_menu

    main_window.today = lambda: DEMO_TODAY
    main_window.open_plan(demo_plan.uuid)
    opened = []
    monkeypatch.setattr(report_menu, "open_document", opened.append)
    main_window.opened_reports = opened
    return main_window


def _accept_dialog_when_shown(edit):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.reporting.dialog import ReportDialog

    def accept():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog) and w.isVisible())
        edit(dialog)
        dialog.accept()

    QTimer.singleShot(0, accept)


def test_the_reports_dialog_also_writes_the_accessible_edition(qtbot, report_window, tmp_path, monkeypatch):
    from ui.common import prompts

    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: tmp_path / "board pack.pdf")

    def choose(dialog):
        for key, box in dialog.section_boxes.items():  # a short report: the summary alone
            if key != "summary":
                box.setChecked(False)
        assert dialog.accessible.accessibleName() == "Also write the accessible edition"
        qtbot.mouseClick(dialog.accessible, Qt.MouseButton.LeftButton, pos=dialog.accessible.rect().center())

    _accept_dialog_when_shown(choose)
    report_window.actions["progress_report"].trigger()
    qtbot.waitUntil(lambda: bool(report_window.opened_reports), timeout=60000)
    published = tmp_path / "board pack (accessible).pdf"
    assert (tmp_path / "board pack.pdf").exists() and published.exists()
    assert pdf_ua_problems(published.read_bytes()) == []
    assert "accessible edition" in report_window.statusBar().currentMessage()


def test_pasted_markup_control_characters_and_a_huge_url_stay_on_the_page(ctx, small_plan, make_action):
    url = "https://example.org/" + "x" * 3000
    make_action(activity=f"Tab\there \x00nul \x0bvt </style><script>alert(1)</script> & <b>bold</b> see {url}")
    report = build_report(ctx.db, small_plan, ReportOptions(sections=("progress",)), DEMO_TODAY)
    data = render_accessible_pdf(report)
    assert pdf_ua_problems(data) == []
    text = " ".join(pages_text(data)).replace("\n", " ").replace("\u200b", "")
    assert "</script> & <b>bold</b>" in text  # shown as the user typed it, never interpreted
    assert "shortened for print" in text
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) <= 5  # no run of blank pages pushed out by one tall row
        width = float(pdf.pages[0].mediabox[2])
    for page in pdf_reader(data).pages:  # every table rule and cell fill inside the page
        left, right = _drawn_x_extent(page)
        assert left >= 0 and right <= width


def test_without_the_engine_the_pack_is_still_saved_and_the_message_says_so(ctx, demo_plan, tmp_path, monkeypatch):
    from app.reporting.files import produce_report
    from exports.reporting import accessible

    def unavailable():
        raise AccessibleEditionUnavailable("The accessible edition needs WeasyPrint (no libpango here)")

    monkeypatch.setattr(accessible, "_weasyprint", unavailable)
    pack, published = tmp_path / "pack.pdf", tmp_path / "pack (accessible).pdf"
    options = ReportOptions(sections=("glossary",))
    with pytest.raises(AccessibleEditionUnavailable, match=r"saved to .*pack\.pdf, but not its accessible edition"):
        produce_report(ctx.db, demo_plan.uuid, options, pack, "pdf", DEMO_TODAY, published)
    assert pack.exists() and not published.exists()
