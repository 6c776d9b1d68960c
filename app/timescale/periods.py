"""Single periods: a day, a month, a season, a quarter, a financial or calendar year."""

import calendar
import datetime
import re
from typing import NamedTuple

from app.timescale.vocabulary import (
    FYP,
    MAX_YEAR,
    MIN_YEAR,
    MON,
    MONTH_KEYS,
    MONTH_NAMES,
    PARTS,
    QUALIFIER,
    SEASONS,
    TERMS,
    Y2,
    Y4,
    YEARISH,
    ascii_regex,
)


class Period(NamedTuple):
    first: datetime.date
    last: datetime.date
    grain: str  # "day" or "month" become DATED; "year", "fy" and "span" become RANGE
    label: str
    note: str


def describe_due(due: datetime.date) -> str:
    month = MONTH_NAMES[due.month - 1]
    if due.day == calendar.monthrange(due.year, due.month)[1]:
        return f"{month} {due.year}"
    return f"{due.day} {month} {due.year}"


def checked_year(digits: str) -> int:
    year = int(digits) + (2000 if len(digits) == 2 else 0)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}; probably a typo")
    return year


def month_number(text: str) -> int:
    number = int(text) if text.isdigit() else MONTH_KEYS[text[:3]]
    if not 1 <= number <= 12:
        raise ValueError(f"there is no month {number}")
    return number


def month_span(y1: int, m1: int, y2: int, m2: int, grain: str, label: str, note: str) -> Period:
    last = datetime.date(y2, m2, calendar.monthrange(y2, m2)[1])
    return Period(datetime.date(y1, m1, 1), last, grain, label, note)


def span_note(y1: int, m1: int, y2: int, m2: int) -> str:
    return f"{MONTH_NAMES[m1 - 1]} {y1} to {MONTH_NAMES[m2 - 1]} {y2}"


def month_period(year: str, month: str) -> Period:
    y, m = checked_year(year), month_number(month)
    label = f"{MONTH_NAMES[m - 1]} {y}"
    return month_span(y, m, y, m, "month", label, f"last day of {label}")


def day_period(year: str, month: str, day: str, how: str = "") -> Period:
    y, m, d = checked_year(year), month_number(month), int(day)
    days = calendar.monthrange(y, m)[1]
    if not 1 <= d <= days:
        raise ValueError(f"{MONTH_NAMES[m - 1]} {y} has no day {d} (it has {days} days)")
    label = f"{d} {MONTH_NAMES[m - 1]} {y}"
    return Period(datetime.date(y, m, d), datetime.date(y, m, d), "day", label, label + how)


def fy_start_year(first: str, second: str) -> int:
    start = checked_year(first)
    if len(second) == 4 and int(second) > start + 1:  # "2020-2023" is a strategy period: calendar or financial?
        raise ValueError(f"'{first}-{second}' spans several years: unclear whether calendar or financial years")
    if int(second) != (start + 1 if len(second) == 4 else (start + 1) % 100):
        raise ValueError(f"'{first}-{second}' is not one financial year (years must run on, e.g. 2019-20)")
    return start


def fy_period(start: int) -> Period:
    label = f"{start}-{(start + 1) % 100:02d}"
    return month_span(start, 4, start + 1, 3, "fy", label, f"UK financial year {label} (1 April to 31 March)")


def calendar_year_period(year: int) -> Period:
    return month_span(year, 1, year, 12, "year", str(year), f"calendar year {year}")


def season_period(m: re.Match[str]) -> Period:
    name, year = "autumn" if m["s"] == "fall" else m["s"], checked_year(m["y"])
    if m["b"]:  # "2022/23" is an academic year for terms; of the seasons only winter straddles it
        year = fy_start_year(m["y"], m["b"])
        if not m["t"] and name != "winter":
            raise ValueError(f"'{name} {m['y']}/{m['b']}' names two years; unclear which")
    if m["t"]:
        if name not in TERMS:
            raise ValueError("UK schools have no winter term")
        year += bool(m["b"]) and name != "autumn"
        (m1, m2), label = TERMS[name], f"{name} term {year}"
        return month_span(year, m1, year, m2, "span", label, f"{label} (school term: {span_note(year, m1, year, m2)})")
    (m1, m2), end, label = SEASONS[name], year + (name == "winter"), f"{name} {year}"
    return month_span(year, m1, end, m2, "span", label, f"{label} (UK meteorological: {span_note(year, m1, end, m2)})")


def quarter_period(m: re.Match[str]) -> Period:
    quarter, assumed = int(m["q"]), ""
    if not 1 <= quarter <= 4:
        raise ValueError(f"there is no quarter {quarter}")
    if m["y"]:  # "Q1 2023": a plan's quarters are financial, so read the year as the one starting in April
        start = checked_year(m["y"])
        assumed = f"; assumed {start} means the financial year starting April {start}"
    else:
        start = fy_start_year(m["a"], m["b"])
    month = 4 + 3 * (quarter - 1)
    year, month = start + (month > 12), (month - 1) % 12 + 1
    label = f"Q{quarter} {fy_period(start).label}"
    return month_span(
        year,
        month,
        year,
        month + 2,
        "span",
        label,
        f"{label} financial quarter: {span_note(year, month, year, month + 2)}{assumed}",
    )


PLAIN_PERIODS = [
    (ascii_regex(regex), handler)
    for regex, handler in (
        (rf"(?P<y>{Y4})-(?P<m>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}})", lambda m: day_period(m["y"], m["m"], m["d"])),
        (
            rf"(?P<d>[0-9]{{1,2}})(?P<s>[/.-])(?P<m>[0-9]{{1,2}})(?P=s)(?P<y>{Y4}|{Y2})",
            lambda m: day_period(m["y"], m["m"], m["d"], " (read day-first, UK style)"),
        ),
        (
            rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?: of)?[ -]?{MON}[ -]?(?P<y>{Y4}|{Y2})",
            lambda m: day_period(m["y"], m["mon"], m["d"]),
        ),
        (rf"{MON} (?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)? (?P<y>{Y4})", lambda m: day_period(m["y"], m["mon"], m["d"])),
        # A two-digit year needs a mark ("Apr-22", "Apr '22"): in "April 22" the 22 may be a day.
        (rf"{MON}[ /'-]*(?P<y>{Y4}|(?<=[/'-]){Y2})", lambda m: month_period(m["y"], m["mon"])),
        (rf"(?P<m>[0-9]{{1,2}})[/.-](?P<y>{Y4})", lambda m: month_period(m["y"], m["m"])),
        (
            rf"(?:{FYP} ?)?(?P<a>{Y4})[/-](?P<b>{Y4}|{Y2})|{FYP} ?(?P<c>{Y2})[/-](?P<d>{Y2})",
            lambda m: fy_period(fy_start_year(m["a"], m["b"]) if m["a"] else fy_start_year(m["c"], m["d"])),
        ),
        (
            rf"(?P<s>spring|summer|autumn|fall|winter)(?P<t> term)? (?:of )?(?P<y>{Y4})(?:[/-](?P<b>{Y4}|{Y2}))?",
            season_period,
        ),
        (rf"(?:q|quarter ?)(?P<q>[0-9])[ /-]?(?:of )?{YEARISH}", quarter_period),
        (rf"{YEARISH}[ /-]?(?:q|quarter ?)(?P<q>[0-9])", quarter_period),
        (rf"(?:calendar year |cy ?|year )?(?P<y>{Y4})", lambda m: calendar_year_period(checked_year(m["y"]))),
    )
]


def single_period(core: str) -> Period | None:
    qualified = QUALIFIER.match(core)
    rest = core[qualified.end() :] if qualified else core
    period = next((handler(m) for regex, handler in PLAIN_PERIODS if (m := regex.fullmatch(rest))), None)
    if period is None or qualified is None:
        return period
    word = "end of" if qualified[1] == "end" else qualified[1]
    if period.grain == "year":
        (m1, m2), year = PARTS[word], period.first.year
        label = f"{word} {year}"
        return month_span(year, m1, year, m2, "span", label, f"{label} ({span_note(year, m1, year, m2)})")
    if period.grain == "month":  # due by the month's end: the reading that never chases too early
        return period._replace(note=f"{word} {period.label}: due by the last day of {period.label}")
    if word == "end of" and period.grain in ("fy", "span"):
        return Period(
            period.last,
            period.last,
            "day",
            f"end of {period.label}",
            f"end of {period.label}: {describe_due(period.last)}",
        )
    raise ValueError(f"'{word} {period.label}' is too vague to give a date")
