"""PDF plans read through the same pipeline as Word and Excel; scans and hostile PDFs explained in one line."""

from __future__ import annotations

import zlib

import pytest
from pdf_plans import bcp_pdf, encrypted_pdf, many_pages_pdf, merged_pdf, plan_pdf, scanned_pdf, split_row_pdf

from app.importing.service import ImportOptions, preview_import
from exports.importing import ImportLimits, PlanFileError, read_plan_file


def test_a_table_over_three_pages_is_one_table_without_its_repeated_headers(tmp_path):
    document = read_plan_file(plan_pdf(tmp_path / "plan.pdf"))
    assert document.kind == "pdf"
    assert document.title == "Anytown Community Safety Partnership Delivery Plan 2022-25"
    first, second, glossary = document.tables
    assert first.part == "table 1 (pages 1-3)"
    assert [row[0] for row in first.rows] == ["Ref", *(f"1.{1 if n <= 15 else 2}.{n}" for n in range(1, 31))]
    assert "a header row repeated at the top of page 2 was dropped" in first.notes
    assert first.preceding[-1] == "Priority 1 – Protecting victims"
    # the running header "Anytown CSP - OFFICIAL" and "Page N" are page furniture, not headings
    assert not any("OFFICIAL" in text or text.startswith("Page") for text in document.paragraphs)
    assert second.preceding == ("Priority 2 – Tackling offending",)
    assert glossary.rows[1] == ("CSP", "Community Safety Partnership")


def test_a_pdf_plan_becomes_the_same_draft_as_any_other_file(tmp_path):
    preview = preview_import(plan_pdf(tmp_path / "plan.pdf"))
    assert (preview.priorities, preview.actions, preview.glossary) == (2, 32, 1)
    wrapped = preview.draft.actions[0]
    # a cell wrapped over two printed lines reads as one line of text
    assert wrapped.activity == "Deliver workshop 1 on safeguarding for front line staff in every locality"
    assert (wrapped.ref, wrapped.lead, wrapped.timescale) == ("1.1.1", "Community Safety Team", "March 2023")
    assert [p.title for p in preview.draft.priorities] == ["Protecting victims", "Tackling offending"]


def plan_as_read(path) -> tuple:
    preview = preview_import(path)
    actions = [(a.ref, a.activity, a.lead, a.timescale, tuple(a.objective_refs)) for a in preview.draft.actions]
    priorities = [(p.code, p.title, [(o.ref, o.text) for o in p.objectives]) for p in preview.draft.priorities]
    return actions, priorities, preview.glossary


def test_a_table_printed_without_lines_reads_as_the_same_plan_from_its_header_row(tmp_path):
    ruled = plan_as_read(plan_pdf(tmp_path / "ruled.pdf"))
    assert plan_as_read(plan_pdf(tmp_path / "unruled.pdf", ruled=False)) == ruled
    # without the header repeated, the columns found on page 1 carry over to the pages after it
    assert plan_as_read(plan_pdf(tmp_path / "once.pdf", ruled=False, repeat_header=False)) == ruled


def test_the_bcp_reference_plan_printed_to_pdf_imports_as_its_word_file_does(tmp_path):
    from sample_plans import bcp_docx

    from_pdf = preview_import(bcp_pdf(tmp_path / "bcp.pdf"))
    from_word = preview_import(bcp_docx(tmp_path / "bcp.docx"))
    assert plan_as_read(tmp_path / "bcp.pdf") == plan_as_read(tmp_path / "bcp.docx")
    assert from_pdf.title == from_word.title == "BCP Preventing Domestic Abuse Delivery Plan 2021-2023"
    # "•3.3 Good practice…": reportlab's bullet has no character in the font's map ("(cid:127)")
    assert from_pdf.draft.priorities[2].objectives[0].text.startswith("Good practice will be highlighted")
    assert [(g.term, g.meaning) for g in from_pdf.draft.glossary] == [
        (g.term, g.meaning) for g in from_word.draft.glossary
    ]


def test_a_row_broken_by_the_page_break_is_joined_to_the_action_above(tmp_path):
    preview = preview_import(split_row_pdf(tmp_path / "split.pdf"))
    activities = {action.ref: action.activity for action in preview.draft.actions}
    assert activities == {
        "1.1.1": "Agree the scope of the mapping exercise",
        "1.1.2": "Map the services that support victims of domestic abuse and sexual violence, "
        "with the voluntary sector",
        "1.1.3": "Publish the map",
    }


def test_merged_cells_read_as_word_merges_are_and_a_full_width_row_is_a_heading(tmp_path):
    preview = preview_import(merged_pdf(tmp_path / "merged.pdf"))
    actions = [(a.ref, a.lead, a.objective_refs) for a in preview.draft.actions]
    assert actions == [
        ("1.1.1", "Police", ["1.1"]),
        ("1.1.2", "Police", ["1.1"]),  # the lead cell merged down over two actions is the lead of both
        ("1.1.3", "CSP", ["1.1"]),
        ("2.1.1", "Probation", ["2.1"]),
    ]
    assert [(p.code, p.title) for p in preview.draft.priorities][1] == ("2", "Tackling offending")


def refused(path, match: str, limits: ImportLimits | None = None) -> str:
    with pytest.raises(PlanFileError, match=match) as caught:
        preview_import(path, ImportOptions(limits=limits or ImportLimits()))
    message = str(caught.value)
    assert message.startswith(path.name) and "\n" not in message
    return message


def test_a_scanned_pdf_says_why_it_cannot_be_read_and_what_to_do(tmp_path):
    message = refused(scanned_pdf(tmp_path / "scan.pdf"), "pictures of pages")
    assert "Ask for the Word or Excel original" in message


def test_a_password_protected_pdf_is_refused(tmp_path):
    source = split_row_pdf(tmp_path / "open.pdf")
    refused(encrypted_pdf(tmp_path / "locked.pdf", source), "password-protected")


def test_a_pdf_that_opens_without_a_password_is_read_even_if_editing_is_restricted(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(split_row_pdf(tmp_path / "open.pdf")))
    writer.encrypt(user_password="", owner_password="secretariat")
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    assert preview_import(path).actions == 3


def test_scanned_pages_inside_a_text_pdf_are_named_in_the_notes(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.append(split_row_pdf(tmp_path / "text.pdf"))
    writer.append(scanned_pdf(tmp_path / "scan.pdf", pages=1))
    path = tmp_path / "mixed.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    notes = preview_import(path).notes
    expected = "mixed.pdf, table 1 (pages 1-2): page(s) 3 hold only pictures (scanned), so nothing on them was read."
    assert expected in notes


def test_a_truncated_pdf_is_refused(tmp_path):
    data = plan_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    refused(path, "damaged or incomplete|cannot be read")


def test_a_pdf_with_too_many_pages_is_refused_before_reading(tmp_path):
    path = many_pages_pdf(tmp_path / "long.pdf", 12)
    refused(path, "more than 10 pages", ImportLimits(max_pdf_pages=10))


def bomb_pdf(path, inflated_bytes: int):
    """One page whose content stream is ``inflated_bytes`` of zeros, compressed a thousandfold."""
    bomb = zlib.compress(b"\0" * inflated_bytes, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(body)
    return path


def test_a_compression_bomb_is_refused_before_pdfplumber_inflates_it(tmp_path):
    path = bomb_pdf(tmp_path / "bomb.pdf", 3 * 1024 * 1024)
    refused(path, "compression bomb", ImportLimits(max_unpacked_bytes=1024 * 1024))


def test_a_page_too_big_to_lay_out_is_refused_naming_the_page(tmp_path):
    path = bomb_pdf(tmp_path / "dense.pdf", 3 * 1024 * 1024)
    message = refused(path, "page 1 holds more than 2 MB", ImportLimits(max_pdf_page_bytes=2 * 1024 * 1024))
    assert message.startswith("dense.pdf, page 1: ")


def test_a_pdf_is_recognised_by_its_bytes_whatever_its_name(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(plan_pdf(tmp_path / "plan.pdf").read_bytes())
    assert read_plan_file(path).kind == "pdf"
