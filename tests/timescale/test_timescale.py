"""The fuzzy timescale parser: real plan wording, impossible dates, and properties."""

import time
from datetime import date as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.timescale import ParsedTimescale, TimescaleKind, describe_due, parse_timescale

K = TimescaleKind
QUARTERLY, SIX_MONTHLY, YEARLY = "FREQ=MONTHLY;INTERVAL=3", "FREQ=MONTHLY;INTERVAL=6", "FREQ=YEARLY"

# text, kind, start, due, recurrence
CASES = [
    # Seen in real plans.
    ("April 2022", K.DATED, None, D(2022, 4, 30), None),
    ("Sept 2021", K.DATED, None, D(2021, 9, 30), None),
    ("May 2021", K.DATED, None, D(2021, 5, 31), None),
    ("Ongoing", K.ONGOING, None, None, None),
    ("TBC", K.TBC, None, None, None),
    ("Annual", K.RECURRING, None, None, YEARLY),
    ("Quarterly", K.RECURRING, None, None, QUARTERLY),
    ("December 2021", K.DATED, None, D(2021, 12, 31), None),
    ("2019-20", K.RANGE, D(2019, 4, 1), D(2020, 3, 31), None),
    ("early 2020", K.RANGE, D(2020, 1, 1), D(2020, 4, 30), None),
    ("autumn 2020", K.RANGE, D(2020, 9, 1), D(2020, 11, 30), None),
    ("no later than autumn 2020", K.RANGE, D(2020, 9, 1), D(2020, 11, 30), None),
    ("Final report March 2020", K.DATED, None, D(2020, 3, 31), None),
    ("from the end of week 4 of Quarter 2", K.UNKNOWN, None, None, None),
    ("July / August", K.UNKNOWN, None, None, None),
    ("October 2022", K.DATED, None, D(2022, 10, 31), None),
    ("June 2021", K.DATED, None, D(2021, 6, 30), None),
    ("January 2022", K.DATED, None, D(2022, 1, 31), None),
    ("September 2021", K.DATED, None, D(2021, 9, 30), None),
    ("", K.UNKNOWN, None, None, None),
    # What plan writers plausibly type.
    ("Q3 2022/23", K.RANGE, D(2022, 10, 1), D(2022, 12, 31), None),
    ("by 31/03/2023", K.DATED, None, D(2023, 3, 31), None),
    ("Spring term 2022", K.RANGE, D(2022, 1, 1), D(2022, 3, 31), None),
    ("Every 6 months", K.RECURRING, None, None, SIX_MONTHLY),
    ("Mid-2023", K.RANGE, D(2023, 5, 1), D(2023, 8, 31), None),
    ("2022", K.RANGE, D(2022, 1, 1), D(2022, 12, 31), None),
    ("2021/22", K.RANGE, D(2021, 4, 1), D(2022, 3, 31), None),
    ("end of March 2022", K.DATED, None, D(2022, 3, 31), None),
    ("Summer 2021", K.RANGE, D(2021, 6, 1), D(2021, 8, 31), None),
    ("Monthly", K.RECURRING, None, None, "FREQ=MONTHLY"),
    ("Annually", K.RECURRING, None, None, YEARLY),
    ("Bi-monthly", K.RECURRING, None, None, "FREQ=MONTHLY;INTERVAL=2"),
    ("weekly", K.RECURRING, None, None, "FREQ=WEEKLY"),
    ("31 March 2023", K.DATED, None, D(2023, 3, 31), None),
    ("31st March 2023", K.DATED, None, D(2023, 3, 31), None),
    ("March 2022 \u2013 June 2022", K.RANGE, D(2022, 3, 1), D(2022, 6, 30), None),
    ("April to June 2022", K.RANGE, D(2022, 4, 1), D(2022, 6, 30), None),
    ("Q1 2023", K.RANGE, D(2023, 4, 1), D(2023, 6, 30), None),
    ("Apr-22", K.DATED, None, D(2022, 4, 30), None),
    ("03/2022", K.DATED, None, D(2022, 3, 31), None),
    ("2023-03-31", K.DATED, None, D(2023, 3, 31), None),
    ("tbc", K.TBC, None, None, None),
    ("To be confirmed", K.TBC, None, None, None),
    ("To be agreed", K.TBC, None, None, None),
    ("N/A", K.TBC, None, None, None),
    ("As required", K.UNKNOWN, None, None, None),
    ("Ongoing - reviewed quarterly", K.RECURRING, None, None, QUARTERLY),
    ("Ongoing from April 2021", K.ONGOING, D(2021, 4, 1), None, None),
    ("Year 1", K.UNKNOWN, None, None, None),
    ("asap", K.UNKNOWN, None, None, None),
    ("Immediate", K.UNKNOWN, None, None, None),
    # Further spellings and edge cases.
    ("2019/20", K.RANGE, D(2019, 4, 1), D(2020, 3, 31), None),
    ("2019/2020", K.RANGE, D(2019, 4, 1), D(2020, 3, 31), None),
    ("FY2019/20", K.RANGE, D(2019, 4, 1), D(2020, 3, 31), None),
    ("Q4 2022/23", K.RANGE, D(2023, 1, 1), D(2023, 3, 31), None),
    ("Q3 22/23", K.RANGE, D(2022, 10, 1), D(2022, 12, 31), None),
    ("July-August 2020", K.RANGE, D(2020, 7, 1), D(2020, 8, 31), None),
    ("November to February 2023", K.RANGE, D(2022, 11, 1), D(2023, 2, 28), None),
    ("late 2020", K.RANGE, D(2020, 9, 1), D(2020, 12, 31), None),
    ("end of 2020", K.RANGE, D(2020, 9, 1), D(2020, 12, 31), None),
    ("winter 2020", K.RANGE, D(2020, 12, 1), D(2021, 2, 28), None),
    ("summer term 2022", K.RANGE, D(2022, 4, 1), D(2022, 7, 31), None),
    ("autumn term 2022", K.RANGE, D(2022, 9, 1), D(2022, 12, 31), None),
    ("end of Q2 2022/23", K.DATED, None, D(2022, 9, 30), None),
    ("deadline: 15th June 2022", K.DATED, None, D(2022, 6, 15), None),
    ("July 2017 launch", K.DATED, None, D(2017, 7, 31), None),
    ("May 2024 sign-off", K.DATED, None, D(2024, 5, 31), None),
    ("March 2025 completion", K.DATED, None, D(2025, 3, 31), None),
    ("SEPT. 2021", K.DATED, None, D(2021, 9, 30), None),
    ("01/04/2023", K.DATED, None, D(2023, 4, 1), None),
    ("Fortnightly", K.RECURRING, None, None, "FREQ=WEEKLY;INTERVAL=2"),
    ("Six-monthly", K.RECURRING, None, None, SIX_MONTHLY),
    ("twice yearly", K.RECURRING, None, None, SIX_MONTHLY),
    ("every 4 weeks", K.RECURRING, None, None, "FREQ=WEEKLY;INTERVAL=4"),
    ("Yearly", K.RECURRING, None, None, YEARLY),
    ("Quarterly from April 2021", K.RECURRING, D(2021, 4, 1), None, QUARTERLY),
    ("Ongoing until March 2023", K.DATED, None, D(2023, 3, 31), None),
    ("From April 2022 to March 2023", K.RANGE, D(2022, 4, 1), D(2023, 3, 31), None),
    ("April 2022 onwards", K.ONGOING, D(2022, 4, 1), None, None),
    ("From autumn 2020 onwards", K.ONGOING, D(2020, 9, 1), None, None),
    ("Ongoing 2022/23", K.RANGE, D(2022, 4, 1), D(2023, 3, 31), None),
    ("Ongoing March 2022", K.ONGOING, None, None, None),  # start or end? not used
    ("Annual report March 2023", K.RECURRING, None, D(2023, 3, 31), YEARLY),
    ("Quarterly 2022/23", K.RECURRING, D(2022, 4, 1), D(2023, 3, 31), QUARTERLY),
    ("Q3 - Q4 2022/23", K.RANGE, D(2022, 10, 1), D(2023, 3, 31), None),
    ("Q4 to Q1 2023/24", K.RANGE, D(2023, 1, 1), D(2023, 6, 30), None),
    ("Autumn/Winter 2022", K.RANGE, D(2022, 9, 1), D(2023, 2, 28), None),
    ("winter 2022/23", K.RANGE, D(2022, 12, 1), D(2023, 2, 28), None),
    ("summer term 2022/23", K.RANGE, D(2023, 4, 1), D(2023, 7, 31), None),
    ("to be completed by March 2023", K.DATED, None, D(2023, 3, 31), None),
    ("End March 2022", K.DATED, None, D(2022, 3, 31), None),
    ("31.03.23", K.DATED, None, D(2023, 3, 31), None),
    ("Continuous", K.ONGOING, None, None, None),
    ("throughout", K.ONGOING, None, None, None),
    ("TBA", K.TBC, None, None, None),
    ("To be determined", K.TBC, None, None, None),
    ("   ", K.UNKNOWN, None, None, None),
    ("March", K.UNKNOWN, None, None, None),
    ("Quarter 2", K.UNKNOWN, None, None, None),
    ("bi-weekly", K.UNKNOWN, None, None, None),  # twice a week or every two weeks?
    ("2020-2023", K.UNKNOWN, None, None, None),  # calendar or financial years?
    ("Apr 22", K.UNKNOWN, None, None, None),  # 22nd April or April 2022?
    ("spring 2022/23", K.UNKNOWN, None, None, None),
]


@pytest.mark.parametrize(("text", "kind", "start", "due", "recurrence"), CASES, ids=[c[0] or "<empty>" for c in CASES])
def test_parses_plan_wording(text, kind, start, due, recurrence):
    result = parse_timescale(text)
    assert (result.kind, result.start, result.due, result.recurrence) == (kind, start, due, recurrence)
    assert result.text == text
    assert result.note
    assert result.flagged is (kind is K.UNKNOWN)


def test_table_is_large_enough():
    assert len(CASES) >= 45


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("31/02/2023", "no day 31"),
        ("30 February 2024", "no day 30"),
        ("2023-02-29", "no day 29"),
        ("0 April 2023", "no day 0"),
        ("00/04/2023", "no day 0"),
        ("00/2023", "no month 0"),
        ("13/2022", "no month 13"),
        ("2023-13-01", "no month 13"),
        ("Q5 2022/23", "no quarter 5"),
        ("2019-21", "not one financial year"),
        ("June 2022 - April 2022", "before it starts"),
        ("March 3022", "typo"),
        ("every 0 weeks", "not a frequency"),
    ],
)
def test_impossible_dates_are_flagged_with_a_reason(text, why):
    result = parse_timescale(text)
    assert result.kind is K.UNKNOWN and result.flagged
    assert result.start is None and result.due is None
    assert why in result.note


def test_leap_day_is_real_in_a_leap_year():
    assert parse_timescale("29/02/2024").due == D(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "no timescale given"),
        ("July / August", "no year given"),
        ("Final report March 2020", "final report"),
        ("2019-20", "UK financial year 2019-20"),
        ("April 2022", "last day of April 2022"),
        ("Q1 2023", "assumed 2023 means the financial year starting April 2023"),
        ("01/04/2023", "day-first"),
        ("from the end of week 4 of Quarter 2", "week 4"),
        ("Q1-Q2 2023", "assumed 2023 means the financial year starting April 2023"),
    ],
)
def test_notes_explain(text, fragment):
    assert fragment in parse_timescale(text).note


def test_a_year_shared_across_a_range_is_not_reported_as_an_assumption():
    assert "assumed" not in parse_timescale("Q3 - Q4 2022/23").note


@pytest.mark.parametrize("text", ["  April 2022 ", "\tTBC\n", "ongoing  ", " ", "Sept 2021\r\n"])
def test_original_text_is_preserved_exactly(text):
    assert parse_timescale(text).text == text


def test_whitespace_does_not_change_the_reading():
    assert parse_timescale("  April 2022 ").due == parse_timescale("April 2022").due


def test_none_is_treated_as_empty():
    result = parse_timescale(None)
    assert result == ParsedTimescale("", K.UNKNOWN, None, None, None, "no timescale given")


def test_result_is_immutable():
    with pytest.raises(AttributeError):
        parse_timescale("April 2022").due = None  # type: ignore[misc]


def test_huge_input_returns_quickly():
    started = time.perf_counter()
    result = parse_timescale("April 2022 " * 100_000)
    assert time.perf_counter() - started < 0.5
    assert result.flagged and "too long" in result.note


def test_kind_values_match_the_database_choices():
    assert [k.value for k in K] == ["dated", "range", "ongoing", "recurring", "tbc", "unknown"]


@pytest.mark.parametrize(
    ("due", "text"),
    [
        (D(2023, 3, 31), "March 2023"),
        (D(2023, 3, 15), "15 March 2023"),
        (D(2024, 2, 29), "February 2024"),
        (D(2023, 2, 28), "February 2023"),
        (D(2024, 2, 28), "28 February 2024"),
        (D(2022, 4, 1), "1 April 2022"),
    ],
)
def test_describe_due(due, text):
    assert describe_due(due) == text


# ----------------------------------------------------------------- properties
# Plan-like fragments mixed with noise find far more corners than random text alone.
WORDS = st.sampled_from(
    [
        "april",
        "sept",
        "march",
        "2022",
        "2021/22",
        "2019-20",
        "22",
        "q3",
        "quarter",
        "spring",
        "winter",
        "term",
        "early",
        "mid",
        "end of",
        "by",
        "from",
        "to",
        "-",
        "/",
        "ongoing",
        "quarterly",
        "every",
        "6",
        "months",
        "tbc",
        "n/a",
        "31",
        "31st",
        "02",
        "13",
        "2023-02-31",
        "fy",
        "and",
        "the",
        "week 4",
        "0",
        "00",
        "29",
        "feb",
        "9999",
        "1899",
        "onwards",
        "until",
        "annual",
        "every 0",
        "'",
        ".",
        "term",
        "q5",
        "2019-2021",
        "\u2013",
    ]
)
PLANLIKE = st.lists(WORDS, max_size=8).map(" ".join)
ANY_TEXT = st.one_of(st.text(), PLANLIKE, st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=8).map("".join))


@given(ANY_TEXT)
@settings(max_examples=600, deadline=None)
def test_never_raises_and_is_self_consistent(text):
    result = parse_timescale(text)
    assert result.text is text
    assert isinstance(result.kind, K)
    if result.start and result.due:
        assert result.start <= result.due
    if result.kind is K.UNKNOWN:
        assert result.note.strip()
        assert result.start is None and result.due is None and result.recurrence is None
    if result.kind is K.DATED:
        assert result.due is not None and result.start is None
    if result.kind is K.RANGE:
        assert result.start is not None and result.due is not None
    if result.kind is K.RECURRING:
        assert result.recurrence and result.recurrence.startswith("FREQ=")
    else:
        assert result.recurrence is None


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31)))
def test_describe_due_reads_back_to_the_same_date(due):
    result = parse_timescale(describe_due(due))
    assert (result.kind, result.due) == (K.DATED, due)
