"""A deadline cell listing a date a line, one for each of an action's milestones."""

from datetime import date as D

from app.timescale import TimescaleKind, parse_timescale


def test_a_date_a_line_is_due_at_the_last():
    parsed = parse_timescale("March 2008\nJune 2008\nApril 2009")
    assert (parsed.kind, parsed.due) == (TimescaleKind.DATED, D(2009, 4, 30))
    assert "last of 3 dates" in parsed.note


def test_the_same_date_for_each_milestone_is_that_date():
    assert parse_timescale("December 2008\nDecember 2008").due == D(2008, 12, 31)


def test_the_latest_wins_whatever_the_order():
    assert parse_timescale("31/03/2023\r\n30/09/2022").due == D(2023, 3, 31)


def test_a_line_that_is_not_a_date_leaves_the_cell_read_whole():
    assert parse_timescale("March 2008\nOngoing").kind is TimescaleKind.ONGOING
    assert parse_timescale("March 2008\nsee note").due is None
