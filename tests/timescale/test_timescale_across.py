"""'Across financial year 2012/13': the action runs through that year, due at its end."""

from __future__ import annotations

from datetime import date

from app.timescale import TimescaleKind, parse_timescale


def test_across_a_financial_year_is_that_year():
    parsed = parse_timescale("across financial year 2012/13")
    assert parsed.kind is TimescaleKind.RANGE
    assert parsed.due == date(2013, 3, 31)


def test_across_a_place_is_no_date():
    assert parse_timescale("across the county").kind is TimescaleKind.UNKNOWN
