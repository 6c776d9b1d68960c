"""Email drafts of update requests: what goes into the headers, several addresses, and a request
recorded exactly when its workbook is kept."""

from __future__ import annotations

import sqlite3
from email.parser import BytesParser
from email.policy import default

import pytest

from app.editing.commands import CommandError, SetFields, StorageError
from app.plan_setup.leads import lead_rows
from app.returns import issue_requests, request_records
from app.returns.requests import recipients


def _lead(ctx, plan):
    return lead_rows(ctx.db, plan)[0]


def _draft_headers(issued):
    return BytesParser(policy=default).parsebytes(issued.email_draft.read_bytes())


@pytest.mark.parametrize(
    ("field", "value"),
    [("email", "cst@bcp.gov.uk\r\nBcc: everyone@example.org"), ("name", "Community Safety\nTeam")],
)
def test_a_line_break_in_a_lead_email_or_name_is_refused_with_a_message(ctx, small_plan, field, value):
    lead = _lead(ctx, small_plan)
    with pytest.raises(CommandError, match="cannot contain a line break"):
        ctx.commands.execute(SetFields("lead", lead.uuid, {field: value}))


def test_several_addresses_all_receive_the_draft(ctx, small_plan, tmp_path):
    lead = _lead(ctx, small_plan)
    ctx.commands.execute(SetFields("lead", lead.uuid, {"email": "cst@bcp.gov.uk;  housing@bcp.gov.uk ,"}))
    assert _lead(ctx, small_plan).email == "cst@bcp.gov.uk, housing@bcp.gov.uk"
    issued = issue_requests(ctx, small_plan, [lead.uuid], tmp_path, email_drafts=True).issued[0]
    assert issued.recipients == ("cst@bcp.gov.uk", "housing@bcp.gov.uk")
    assert [a.addr_spec for a in _draft_headers(issued)["To"].addresses] == list(issued.recipients)


def test_an_address_stored_before_the_check_never_reaches_a_header(ctx, small_plan, tmp_path):
    lead = _lead(ctx, small_plan)
    with sqlite3.connect(ctx.db.path) as conn:  # as an older version could have stored it
        conn.execute(
            "UPDATE lead SET email = ?, name = ? WHERE uuid = ?",
            ("cst@bcp.gov.uk\r\nBcc: all@example.org", "Community Safety\r\nTeam", lead.uuid),
        )
    issued = issue_requests(ctx, small_plan, [lead.uuid], tmp_path, email_drafts=True).issued[0]
    message = _draft_headers(issued)
    assert message["To"] == "cst@bcp.gov.uk" and message["Bcc"] is None
    assert "\n" not in message["Subject"] and "Community Safety Team" in message["Subject"]
    assert issued.unusable == ("Bcc: all@example.org",)
    assert [r.request_id for r in request_records(ctx.db, small_plan)] == [issued.request_id]


def test_a_request_that_cannot_be_recorded_keeps_no_workbook(ctx, small_plan, tmp_path, monkeypatch):
    lead = _lead(ctx, small_plan)

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("app.returns.requests.add_request_records", full_disk)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StorageError, match="disk .* is full.*No workbook or draft was kept"):
        issue_requests(ctx, small_plan, [lead.uuid], out, email_drafts=True)
    assert list(out.iterdir()) == []


def test_a_draft_that_cannot_be_written_takes_its_workbooks_with_it(ctx, small_plan, tmp_path, monkeypatch):
    leads = [lead.uuid for lead in lead_rows(ctx.db, small_plan)]

    def no_space(path, *args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.returns.requests.write_email_draft", no_space)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        issue_requests(ctx, small_plan, leads, out, email_drafts=True)
    assert list(out.iterdir()) == [] and request_records(ctx.db, small_plan) == []


def test_recipients_keep_addresses_and_set_aside_the_rest():
    assert recipients("") == ((), ())
    assert recipients("a@x.org, b@y.org") == (("a@x.org", "b@y.org"), ())
    assert recipients("Sam Smith; a@x.org") == (("a@x.org",), ("Sam Smith",))
