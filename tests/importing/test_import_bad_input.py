"""Bad plan files: each refused with a message naming the file (and sheet/row/column), the database untouched."""

from __future__ import annotations

import datetime
import zipfile

import openpyxl
import pytest
from openpyxl import Workbook
from sample_plans import bcp_docx, bcp_xlsx, encrypt_office_file, write_csv

from app.importing.service import ImportOptions, preview_import
from app.plans.listing import list_plans
from exports.importing import ImportLimits, PlanFileError
from exports.importing.safety import OLE_MAGIC


def refused(path, match: str, options: ImportOptions | None = None) -> PlanFileError:
    with pytest.raises(PlanFileError, match=match) as caught:
        preview_import(path, options)
    assert str(caught.value).startswith(path.name)
    return caught.value


def test_a_broken_pdf_renamed_docx_is_read_as_the_pdf_its_bytes_say(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    refused(path, "the PDF is damaged or incomplete")


def test_an_image_renamed_docx_is_recognised_by_its_bytes(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 100)
    refused(path, "this is a PNG image, not a Word document, workbook, PDF or CSV file")


def test_a_text_file_named_xlsx_is_refused(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_text("Ref,Action\n1,Do it\n")
    refused(path, "named .xlsx but is not one")


def test_a_zip_that_is_not_an_office_file_is_refused(tmp_path):
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    refused(path, "neither a Word document")


def test_a_truncated_workbook_is_refused(tmp_path):
    source = bcp_xlsx(tmp_path / "full.xlsx").read_bytes()
    path = tmp_path / "plan.xlsx"
    path.write_bytes(source[: len(source) // 2])
    refused(path, "damaged or incomplete")


def test_a_corrupt_member_is_refused(tmp_path):
    path = bcp_docx(tmp_path / "plan.docx")
    data = bytearray(path.read_bytes())
    start = data.find(b"word/document.xml") + 40  # inside the compressed document body
    data[start : start + 200] = b"\x00" * 200
    path.write_bytes(bytes(data))
    refused(path, "part word/document.xml is damaged")


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_password_protected_plans_say_so_and_change_nothing(ctx, tmp_path, kind):
    source = bcp_xlsx(tmp_path / "plan.xlsx") if kind == "xlsx" else bcp_docx(tmp_path / "plan.docx")
    locked = encrypt_office_file(source, tmp_path / f"locked.{kind}")
    assert locked.read_bytes().startswith(OLE_MAGIC)  # really encrypted, as Office saves it
    before = list_plans(ctx.db)
    refused(locked, "password-protected. Open it in Word or Excel, remove the password")
    assert list_plans(ctx.db) == before


def test_old_binary_excel_files_ask_to_be_saved_as_xlsx(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(OLE_MAGIC + b"\x00" * 2048)
    refused(path, r"old-format Word or Excel file \(.doc/.xls\)")


def test_an_empty_file_and_an_empty_table(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused(empty, "the file is empty")
    blank = write_csv(tmp_path / "blank.csv", [("", ""), ("", "")])
    refused(blank, "no tables were found")
    workbook = Workbook()
    workbook.active.append(["Ref", "Action", "Lead"])
    workbook.save(tmp_path / "headers-only.xlsx")
    refused(tmp_path / "headers-only.xlsx", "no actions were found")


def test_a_200_mb_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:  # sparse: no disk space used, and never read
        stream.truncate(200 * 1024 * 1024)
    refused(path, "the file is 200 MB; plans larger than 50 MB are not read")
    small_limit = ImportOptions(limits=ImportLimits(max_file_bytes=1024))
    refused(write_csv(tmp_path / "plan.csv", [("Ref", "Action")] * 100), "larger than 0 MB", small_limit)


def test_an_entity_bomb_in_a_word_document_is_refused(tmp_path):
    source = bcp_docx(tmp_path / "source.docx")
    path = tmp_path / "bomb.docx"
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    _rewrite_member(source, path, "word/document.xml", bomb)
    refused(path, "word/document.xml declares a DTD or entities")


def test_an_entity_bomb_in_a_workbook_is_refused(tmp_path):
    source = bcp_xlsx(tmp_path / "source.xlsx")
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(source) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]>' + body
    _rewrite_member(source, path, "xl/worksheets/sheet1.xml", bomb)
    refused(path, "sheet1.xml declares a DTD or entities")
    assert openpyxl.DEFUSEDXML  # openpyxl itself parses with defusedxml as a second line of defence


def test_a_zip_bomb_is_refused_from_its_declared_sizes(tmp_path):
    source = bcp_docx(tmp_path / "source.docx")
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in original.infolist():
            bomb.writestr(item, original.read(item))
        bomb.writestr("word/media/padding.xml", b"<a>" + b" " * (30 * 1024 * 1024) + b"</a>")
    refused(path, "would inflate")
    total_limit = ImportOptions(limits=ImportLimits(max_unpacked_bytes=10 * 1024, max_part_ratio=10**9))
    refused(path, "would unpack to", total_limit)


def test_an_absurd_date_names_sheet_row_and_column(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Actions"
    sheet.append(["Ref", "Action", "Lead", "Deadline"])
    sheet.append(["1.1", "Train staff", "CST", datetime.datetime(2022, 4, 30)])
    sheet.append(["1.2", "Review", "CST", datetime.datetime(2202, 4, 30)])
    workbook.save(tmp_path / "dates.xlsx")
    error = refused(tmp_path / "dates.xlsx", "30 April 2202 is not a plausible plan date")
    assert str(error.location) == "dates.xlsx, sheet 'Actions', row 3, column D"


def test_refused_files_leave_the_database_untouched(ctx, tmp_path):
    from app.cli import parse_args, run_command

    path = tmp_path / "plan.docx"
    path.write_bytes(b"%PDF-1.4 not a plan")
    code = run_command(parse_args(["--data-dir", str(ctx.paths.data_dir), "import", str(path)]))
    assert code == 1
    assert list_plans(ctx.db) == []
    assert not ctx.paths.backups.exists() or not any(ctx.paths.backups.iterdir())


def _rewrite_member(source, target, name: str, data: bytes) -> None:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            copy.writestr(item, data if item.filename == name else original.read(item))


def test_control_characters_in_a_csv_are_dropped_so_the_excel_export_works(tmp_path, capsys):
    from sample_plans import bcp_rows

    import main

    rows = [list(row) for row in bcp_rows()]
    rows[4][2] = "Safe\x1b routes\x0b to\x07 school"
    data = tmp_path / "data"
    assert main.main(["--data-dir", str(data), "import", str(write_csv(tmp_path / "plan.csv", rows))]) == 0
    out = tmp_path / "plan.xlsx"
    assert main.main(["--data-dir", str(data), "export", "-o", str(out)]) == 0, capsys.readouterr().err
    cells = [c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
    assert any(isinstance(v, str) and "Safe routes to school" in v for v in cells)


@pytest.mark.parametrize(
    ("make", "suffix", "member"),
    [(bcp_docx, ".docx", "word/document.xml"), (bcp_xlsx, ".xlsx", "xl/worksheets/sheet1.xml")],
)
def test_a_member_inflating_past_what_it_declares_is_refused_without_being_inflated(tmp_path, make, suffix, member):
    import tracemalloc

    from zip_helpers import zip_with_liar

    liar = zip_with_liar(tmp_path / f"plan{suffix}", make(tmp_path / f"source{suffix}"), member, 128 * 1024 * 1024)
    tracemalloc.start()
    try:
        refused(liar, f"part {member} declares 1,024 bytes but inflates to more")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # the reader it replaced inflated all 128 MB at once


def test_a_dtd_in_a_part_not_named_xml_or_after_a_long_comment_is_refused(tmp_path):
    source = bcp_docx(tmp_path / "source.docx")
    with zipfile.ZipFile(source) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    for name, data in [
        ("word/media/image1.bin", b"<?xml version='1.0'?>" + bomb),
        ("customXml/item1.xml", b"<?xml version='1.0'?><!--" + b"c" * 8192 + b"-->" + bomb),
    ]:
        path = tmp_path / f"{name.split('/')[-1]}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, content in {**members, name: data}.items():
                archive.writestr(member, content)
        refused(path, f"part {name} declares a DTD or entities")
