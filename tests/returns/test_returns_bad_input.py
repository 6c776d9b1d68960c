"""Returned workbooks that are not what they claim: each gets a clear message and nothing changes."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from sample_plans import encrypt_office_file

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows
from app.returns import issue_requests, preview_returns
from exports.common.safe_xlsx import MAX_FILE_BYTES, open_workbook
from exports.returns.workbook import UPDATES_SHEET

BOMB_PROLOGUE = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


@pytest.fixture
def returned(ctx, small_plan, tmp_path):
    """A genuine return with one update filled in."""
    lead = lead_rows(ctx.db, small_plan)[0]
    path = issue_requests(ctx, small_plan, [lead.uuid], tmp_path).issued[0].workbook
    workbook = openpyxl.load_workbook(path)
    workbook[UPDATES_SHEET]["F2"] = "Complete"
    workbook.save(path)
    return path


def _rewrite_part(source, target, part: str, change) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, change(data) if item.filename == part else data)


def _with_bomb(data: bytes) -> bytes:
    text = data.decode("utf-8")
    body = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
    return (BOMB_PROLOGUE + body).encode("utf-8")


def _make_not_xlsx(path, returned):
    path.write_text("Ref,Action\n1,Do things\n", encoding="utf-8")


def _make_truncated(path, returned):
    data = returned.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _make_password_protected(path, returned):
    encrypt_office_file(returned, path)


def _make_old_xls(path, returned):
    # An old binary .xls is an OLE compound file too, but without an encryption stream.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))


def _make_empty(path, returned):
    path.write_bytes(b"")


def _make_huge(path, returned):
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)


def _make_zip_bomb(path, returned):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (5 * 1024 * 1024))


def _make_xml_bomb(path, returned):
    _rewrite_part(returned, path, "xl/worksheets/sheet2.xml", _with_bomb)


def _make_wrong_sheets(path, returned):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Plan"
    workbook.save(path)


def _make_moved_column(path, returned):
    workbook = openpyxl.load_workbook(returned)
    workbook[UPDATES_SHEET]["F1"] = "Status"
    workbook.save(path)


def _make_damaged_ids(path, returned):
    workbook = openpyxl.load_workbook(returned)
    workbook["_request"]["B3"] = None
    workbook.save(path)


CASES = [
    (_make_not_xlsx, "this is not an Excel .xlsx workbook."),
    (_make_truncated, "the file is damaged or incomplete"),
    (_make_password_protected, "the workbook is password-protected. Open it in Excel, remove the password"),
    (_make_old_xls, "the workbook is in the old .xls format. Open it in Excel and save it as an .xlsx workbook."),
    (_make_empty, "the file is empty."),
    (_make_huge, "the file is 20 MB; files over 20 MB are refused."),
    # The same wording as a plan or plan file: one guard (exports/common/untrusted_zip.py) checks every zip.
    (_make_zip_bomb, "part xl/worksheets/sheet1.xml would inflate"),
    (_make_xml_bomb, "part xl/worksheets/sheet2.xml declares a DTD or entities"),
    (_make_wrong_sheets, "sheet 'Updates' is missing, so this is not a Delivery Desk update return (sheets found: Pl"),
    (
        _make_moved_column,
        "sheet 'Updates', row 1, column F (New status): expected the heading 'New status', found 'Status'.",
    ),
    (_make_damaged_ids, "sheet '_request': 'request_id' is missing"),
]


@pytest.mark.parametrize(("make", "expected"), CASES, ids=[make.__name__.removeprefix("_make_") for make, _ in CASES])
def test_bad_return_is_refused_with_clear_message(ctx, small_plan, returned, tmp_path, make, expected):
    bad = tmp_path / "bad return.xlsx"
    make(bad, returned)
    before = action_rows(ctx.db, small_plan)
    preview = preview_returns(ctx, small_plan, [bad, returned])
    problems = [p for p in preview.problems if p.file == bad.name]
    assert len(problems) == 1, preview.problems
    assert problems[0].blocking
    assert expected in problems[0].describe()
    assert problems[0].describe().startswith("bad return.xlsx: ")
    # The good file beside it is still previewed, and nothing was written.
    assert [c.ref for c in preview.changes] == ["1.1.1"]
    assert action_rows(ctx.db, small_plan) == before


def test_openpyxl_itself_parses_with_defusedxml(returned, tmp_path):
    """Even without our DOCTYPE check, openpyxl (through defusedxml) refuses entity declarations."""
    bomb = tmp_path / "bomb.xlsx"
    _make_xml_bomb(bomb, returned)
    assert openpyxl.DEFUSEDXML
    with pytest.raises(ValueError) as caught:
        openpyxl.load_workbook(bomb)
    assert type(caught.value.__context__).__name__ == "EntitiesForbidden"


def test_open_workbook_reads_a_good_file(returned):
    assert UPDATES_SHEET in open_workbook(returned).sheetnames
