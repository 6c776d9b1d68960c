"""Read the free-text timescales people type into delivery plans.

Plans say "Sept 2021", "Q3 2022/23", "autumn 2020" or "Ongoing". The app needs a
due date it can chase, or an honest flag saying a person must look. The rule
throughout is *never guess*: anything ambiguous comes back UNKNOWN with a note,
because a wrong date silently entering a plan is worse than a visible question.
"""

import calendar
import datetime
import enum
import re
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["ParsedTimescale", "TimescaleKind", "describe_due", "parse_timescale"]

# A timescale is a phrase; anything longer is pasted prose. The cap also bounds
# regex work, so a megabyte of text costs no more than a sentence.
MAX_LENGTH = 200
# Years outside this window are typos ("2202") far more often than real plans.
MIN_YEAR, MAX_YEAR = 1990, 2099
# Hard-coded rather than calendar.month_name, which follows the process locale
# (Qt sets it at start-up), so a French desktop would stop reading "March".
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_KEYS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}


class TimescaleKind(enum.StrEnum):
    DATED = "dated"
    RANGE = "range"
    ONGOING = "ongoing"
    RECURRING = "recurring"
    TBC = "tbc"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ParsedTimescale:
    text: str
    kind: TimescaleKind
    start: datetime.date | None
    due: datetime.date | None
    recurrence: str | None
    note: str

    @property
    def flagged(self) -> bool:
        return self.kind is TimescaleKind.UNKNOWN


class _Result(NamedTuple):
    kind: TimescaleKind
    start: datetime.date | None = None
    due: datetime.date | None = None
    recurrence: str | None = None
    note: str = ""


class _Period(NamedTuple):
    first: datetime.date
    last: datetime.date
    grain: str  # "day" or "month" become DATED; "year", "fy" and "span" become RANGE
    label: str
    note: str


def parse_timescale(text: str | None) -> ParsedTimescale:
    if not isinstance(text, str):  # spreadsheet imports hand over None or a bare int year
        text = "" if text is None else str(text)
    stripped = text.strip()
    if not stripped:
        result = _Result(TimescaleKind.UNKNOWN, note="no timescale given")
    elif len(stripped) > MAX_LENGTH:
        result = _Result(TimescaleKind.UNKNOWN, note=f"too long to be a timescale ({len(stripped)} characters)")
    else:
        try:
            result = _parse(_normalise(stripped))
        except ValueError as exc:  # impossible or ambiguous dates: the message says why
            result = _Result(TimescaleKind.UNKNOWN, note=str(exc))
    return ParsedTimescale(text, *result)


def describe_due(due: datetime.date) -> str:
    month = MONTH_NAMES[due.month - 1]
    if due.day == calendar.monthrange(due.year, due.month)[1]:
        return f"{month} {due.year}"
    return f"{due.day} {month} {due.year}"


# ---------------------------------------------------------------- vocabulary
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)  # ASCII so "٢٠٢٢" is not silently read as 2022


_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_FYP = r"(?:fy|financial year|fin year|f/y)"
_Y2, _Y4 = "[0-9]{2}", "[0-9]{4}"
# A financial year ("2022/23", "fy22-23") or a lone calendar year: quarters accept either.
_YEARISH = rf"(?:{_FYP} ?)?(?:(?P<a>{_Y4}|{_Y2})[/-](?P<b>{_Y4}|{_Y2})|(?P<y>{_Y4}))"
_AMBIGUOUS = _rx(r"\b(?:bi-?weekly|bi-?annual(?:ly)?|twice (?:a |per |each )?(?:week|month|day)(?:ly)?)\b")
_RECURRENCES = [
    (_rx(rf"\b(?:{words})\b"), n, unit)
    for words, n, unit in (
        (r"fortnightly|alternate weeks", 2, "week"),
        (r"weekly", 1, "week"),
        (r"bi-?monthly|alternate months", 2, "month"),
        (r"(?:six|6|half)[- ]?(?:monthly|yearly)|twice (?:a |per |each )?year(?:ly)?|semi-?annual(?:ly)?", 6, "month"),
        (r"(?:three|3)[- ]?monthly|quarterly", 3, "month"),
        (r"monthly", 1, "month"),
        (r"biennial(?:ly)?", 2, "year"),
        (r"annual(?:ly)?|yearly|per annum|per year", 1, "year"),
        (r"daily", 1, "day"),
    )
]
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "other": 2,
    "second": 2,
}
_EVERY = _rx(
    rf"\b(?:every|each) (?:(?P<n>[0-9]{{1,3}}|{'|'.join(_NUMBERS)}) )?"
    r"(?P<unit>day|week|month|quarter|year)s?\b"
)
_FREQ = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
_ONGOING = _rx(
    r"\b(?:on-?going|on going|continuous(?:ly)?|continual(?:ly)?|continuing|throughout|rolling"
    r"|business as usual|bau|in progress|open[- ]ended)\b"
)
_TBC = _rx(
    r"\b(?:tb[acd]|to be (?:confirmed|agreed|determined|decided|arranged|advised|set|scheduled)"
    r"|not (?:yet )?(?:known|agreed|confirmed|set)|unknown|n/a|not applicable)\b|^na$"
)
# Words around a date that change nothing about it ("by", "Final report", ...).
_LEAD = _rx(
    r"(?:no later than|not later than|nlt|by|before|until|till|til|up to|up until|final report|reports?"
    r"|deadline|due|target|date|completion|completed?|to be completed|in|during|within|approx(?:imately)?"
    r"|around|circa|c|on|at|the|between|expected|estimated|to)\b[ -]*"
)  # "to" last: after "to be completed"
_TRAIL = _rx(
    r"[ -]*\b(?:deadline|due|target|target date|at the latest|at latest|latest|or earlier|or sooner"
    r"|approx(?:imately)?)$"
)
_ONWARDS = _rx(r" ?\bonwards?$")  # "April 2022 onwards" opens like "from April 2022"
_FROM = _rx(r"^(?:from|starting(?: from| in)?|commencing|beginning(?! of)|start(?:s|ing)?(?! of)(?: in)?)\b ?")
_UNTIL = _rx(r"(?:until|till|til|up to|up until|to|through|thru|by|no later than|the end of|end of)\b")
_QUALIFIER = _rx(r"(early|mid|late|start of|beginning of|end(?: of)?)(?:[ -]|(?=[0-9]))(?:the )?")
_PARTS = {
    "early": (1, 4),
    "start of": (1, 4),
    "beginning of": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "end of": (9, 12),
}
_SEP = _rx(r" ?(?:-|/|&|\+) ?| (?:to|until|till|through|thru|and) ")
_YEARLESS = _rx(rf"{_MON}|(?:spring|summer|autumn|fall|winter)(?: term)?|(?:q|quarter ?)[1-4]")
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_TERMS = {"spring": (1, 3), "summer": (4, 7), "autumn": (9, 12)}  # spring term ends ~Easter: taken as 31 March
_DATE_WORD = _rx(rf"\b(?:{_MON}|spring|summer|autumn|fall|winter|quarter|q[0-9]|fy|financial year)\b")
_HAS_YEAR = _rx(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_WHY_UNKNOWN = [
    (_rx(regex), why)
    for regex, why in (
        (rf"\b{_MON} [0-9]{{2}}$", "'{}': unclear whether the number is a day or a year"),
        (
            r"\b(?:asap|as soon as possible|immediate(?:ly)?|urgent(?:ly)?|now|straight ?away)\b",
            "'{}' is not a date: a due date needs agreeing",
        ),
        (
            r"\b(?:as (?:and when )?(?:required|needed|necessary|appropriate)|when (?:required|needed)|if required"
            r"|ad[ -]?hoc|on demand)\b",
            "'{}' is event-driven, so there is no date to track",
        ),
        (r"\b(?:year|yr|week|wk|month|phase|stage|day|term) ?[0-9]+\b", "'{}' counts from an unstated start date"),
    )
]
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"} | {"\u2018": "'", "\u2019": "'"})


def _normalise(text: str) -> str:
    text = re.sub(r"[,;:()\[\]{}\"!?*_]", " ", text.lower().translate(_DASHES))
    text = re.sub(r"\.(?=\s|$)", "", text)  # drops "Sept." and full stops but keeps "31.03.2023"
    return " ".join(text.split())


# ------------------------------------------------------------- single periods
def _year(digits: str) -> int:
    year = int(digits) + (2000 if len(digits) == 2 else 0)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}; probably a typo")
    return year


def _month_number(text: str) -> int:
    number = int(text) if text.isdigit() else _MONTH_KEYS[text[:3]]
    if not 1 <= number <= 12:
        raise ValueError(f"there is no month {number}")
    return number


def _months(y1: int, m1: int, y2: int, m2: int, grain: str, label: str, note: str) -> _Period:
    last = datetime.date(y2, m2, calendar.monthrange(y2, m2)[1])
    return _Period(datetime.date(y1, m1, 1), last, grain, label, note)


def _span_note(y1: int, m1: int, y2: int, m2: int) -> str:
    return f"{MONTH_NAMES[m1 - 1]} {y1} to {MONTH_NAMES[m2 - 1]} {y2}"


def _month(year: str, month: str) -> _Period:
    y, m = _year(year), _month_number(month)
    label = f"{MONTH_NAMES[m - 1]} {y}"
    return _months(y, m, y, m, "month", label, f"last day of {label}")


def _day(year: str, month: str, day: str, how: str = "") -> _Period:
    y, m, d = _year(year), _month_number(month), int(day)
    days = calendar.monthrange(y, m)[1]
    if not 1 <= d <= days:
        raise ValueError(f"{MONTH_NAMES[m - 1]} {y} has no day {d} (it has {days} days)")
    label = f"{d} {MONTH_NAMES[m - 1]} {y}"
    return _Period(datetime.date(y, m, d), datetime.date(y, m, d), "day", label, label + how)


def _fy_start(first: str, second: str) -> int:
    start = _year(first)
    if len(second) == 4 and int(second) > start + 1:  # "2020-2023" is a strategy period: calendar or financial?
        raise ValueError(f"'{first}-{second}' spans several years: unclear whether calendar or financial years")
    if int(second) != (start + 1 if len(second) == 4 else (start + 1) % 100):
        raise ValueError(f"'{first}-{second}' is not one financial year (years must run on, e.g. 2019-20)")
    return start


def _fy(start: int) -> _Period:
    label = f"{start}-{(start + 1) % 100:02d}"
    return _months(start, 4, start + 1, 3, "fy", label, f"UK financial year {label} (1 April to 31 March)")


def _calendar_year(year: int) -> _Period:
    return _months(year, 1, year, 12, "year", str(year), f"calendar year {year}")


def _season(m: re.Match[str]) -> _Period:
    name, year = "autumn" if m["s"] == "fall" else m["s"], _year(m["y"])
    if m["b"]:  # "2022/23" is an academic year for terms; of the seasons only winter straddles it
        year = _fy_start(m["y"], m["b"])
        if not m["t"] and name != "winter":
            raise ValueError(f"'{name} {m['y']}/{m['b']}' names two years; unclear which")
    if m["t"]:
        if name not in _TERMS:
            raise ValueError("UK schools have no winter term")
        year += bool(m["b"]) and name != "autumn"
        (m1, m2), label = _TERMS[name], f"{name} term {year}"
        return _months(year, m1, year, m2, "span", label, f"{label} (school term: {_span_note(year, m1, year, m2)})")
    (m1, m2), end, label = _SEASONS[name], year + (name == "winter"), f"{name} {year}"
    return _months(year, m1, end, m2, "span", label, f"{label} (UK meteorological: {_span_note(year, m1, end, m2)})")


def _quarter(m: re.Match[str]) -> _Period:
    quarter, assumed = int(m["q"]), ""
    if not 1 <= quarter <= 4:
        raise ValueError(f"there is no quarter {quarter}")
    if m["y"]:  # "Q1 2023": a plan's quarters are financial, so read the year as the one starting in April
        start = _year(m["y"])
        assumed = f"; assumed {start} means the financial year starting April {start}"
    else:
        start = _fy_start(m["a"], m["b"])
    month = 4 + 3 * (quarter - 1)
    year, month = start + (month > 12), (month - 1) % 12 + 1
    label = f"Q{quarter} {_fy(start).label}"
    return _months(
        year,
        month,
        year,
        month + 2,
        "span",
        label,
        f"{label} financial quarter: {_span_note(year, month, year, month + 2)}{assumed}",
    )


_PLAIN = [
    (_rx(regex), handler)
    for regex, handler in (
        (rf"(?P<y>{_Y4})-(?P<m>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}})", lambda m: _day(m["y"], m["m"], m["d"])),
        (
            rf"(?P<d>[0-9]{{1,2}})(?P<s>[/.-])(?P<m>[0-9]{{1,2}})(?P=s)(?P<y>{_Y4}|{_Y2})",
            lambda m: _day(m["y"], m["m"], m["d"], " (read day-first, UK style)"),
        ),
        (
            rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?: of)?[ -]?{_MON}[ -]?(?P<y>{_Y4}|{_Y2})",
            lambda m: _day(m["y"], m["mon"], m["d"]),
        ),
        (rf"{_MON} (?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)? (?P<y>{_Y4})", lambda m: _day(m["y"], m["mon"], m["d"])),
        # A two-digit year needs a mark ("Apr-22", "Apr '22"): in "April 22" the 22 may be a day.
        (rf"{_MON}[ /'-]*(?P<y>{_Y4}|(?<=[/'-]){_Y2})", lambda m: _month(m["y"], m["mon"])),
        (rf"(?P<m>[0-9]{{1,2}})[/.-](?P<y>{_Y4})", lambda m: _month(m["y"], m["m"])),
        (
            rf"(?:{_FYP} ?)?(?P<a>{_Y4})[/-](?P<b>{_Y4}|{_Y2})|{_FYP} ?(?P<c>{_Y2})[/-](?P<d>{_Y2})",
            lambda m: _fy(_fy_start(m["a"], m["b"]) if m["a"] else _fy_start(m["c"], m["d"])),
        ),
        (
            rf"(?P<s>spring|summer|autumn|fall|winter)(?P<t> term)? (?:of )?(?P<y>{_Y4})(?:[/-](?P<b>{_Y4}|{_Y2}))?",
            _season,
        ),
        (rf"(?:q|quarter ?)(?P<q>[0-9])[ /-]?(?:of )?{_YEARISH}", _quarter),
        (rf"{_YEARISH}[ /-]?(?:q|quarter ?)(?P<q>[0-9])", _quarter),
        (rf"(?:calendar year |cy ?|year )?(?P<y>{_Y4})", lambda m: _calendar_year(_year(m["y"]))),
    )
]


def _single(core: str) -> _Period | None:
    qualified = _QUALIFIER.match(core)
    rest = core[qualified.end() :] if qualified else core
    period = next((handler(m) for regex, handler in _PLAIN if (m := regex.fullmatch(rest))), None)
    if period is None or qualified is None:
        return period
    word = "end of" if qualified[1] == "end" else qualified[1]
    if period.grain == "year":
        (m1, m2), year = _PARTS[word], period.first.year
        label = f"{word} {year}"
        return _months(year, m1, year, m2, "span", label, f"{label} ({_span_note(year, m1, year, m2)})")
    if period.grain == "month":  # due by the month's end: the reading that never chases too early
        return period._replace(note=f"{word} {period.label}: due by the last day of {period.label}")
    if word == "end of" and period.grain in ("fy", "span"):
        return _Period(
            period.last,
            period.last,
            "day",
            f"end of {period.label}",
            f"end of {period.label}: {describe_due(period.last)}",
        )
    raise ValueError(f"'{word} {period.label}' is too vague to give a date")


# --------------------------------------------------------- phrases and ranges
def _strip_fillers(core: str) -> tuple[str, list[str]]:
    ignored = []
    while match := _LEAD.match(core) or _TRAIL.search(core):
        ignored.append(match[0].strip(" -"))
        core = (core[: match.start()] + core[match.end() :]).strip(" -")
    return core, [word for word in ignored if word not in ("the", "in", "on", "at")]


def _range(core: str) -> _Result | None:
    error = None
    for sep in _SEP.finditer(core):
        left, right = core[: sep.start()].strip(), core[sep.end() :].strip()
        try:
            end = _single(right)
            begin = _single(left) if end and left else None
            stated = (end,) if begin is None else (begin, end)  # an inherited year assumes nothing itself
            if end and begin is None and _YEARLESS.fullmatch(left):  # "April to June 2022": year stated once
                begin = _single(f"{left} {end.first.year}")
                if begin is not None and begin.first > end.first:  # "November to February 2023"
                    begin = _single(f"{left} {end.first.year - 1}")
            if end is None or begin is None:
                continue
            if begin.grain == end.grain == "year":
                raise ValueError(f"'{begin.label} to {end.label}': unclear whether calendar or financial years")
            if begin.first > end.last:
                raise ValueError(f"the range ends ({end.label}) before it starts ({begin.label})")
            # Keep any "Q1 2023" assumption visible: the labels alone would hide it.
            assumed = next((p.note[p.note.index("; assumed") :] for p in stated if "; assumed" in p.note), "")
            return _Result(TimescaleKind.RANGE, begin.first, end.last, note=f"{begin.label} to {end.label}{assumed}")
        except ValueError as exc:
            error = error or exc  # a later split may still succeed; if none does, report the first problem
    if error:
        raise error
    return None


def _span(text: str) -> _Result:
    core, ignored = _strip_fillers(text)
    opened = False
    for regex in (_FROM, _ONWARDS):  # "from X", "X onwards", or both at once
        if marker := regex.search(core):
            core, more = _strip_fillers(core[: marker.start()] + core[marker.end() :])
            opened, ignored = True, ignored + more
    aside = f" (ignoring {', '.join(repr(w) for w in ignored)})" if ignored else ""
    if (period := _single(core)) is not None:
        if opened:  # "from April 2022" alone: a start with no end
            return _Result(TimescaleKind.ONGOING, period.first, note=f"starts {period.label}, no end given{aside}")
        if period.grain in ("day", "month"):
            return _Result(TimescaleKind.DATED, due=period.last, note=period.note + aside)
        return _Result(TimescaleKind.RANGE, period.first, period.last, note=period.note + aside)
    if (result := _range(core)) is not None:
        return result._replace(note=result.note + aside)
    why = next((why.format(m[0]) for regex, why in _WHY_UNKNOWN if (m := regex.search(core))), None)
    if why is None:
        why = "no year given" if _DATE_WORD.search(core) and not _HAS_YEAR.search(core) else "not a recognised date"
    return _Result(TimescaleKind.UNKNOWN, note=why)


def _recurrence(text: str) -> tuple[str, str, re.Match[str]] | None:
    if match := _AMBIGUOUS.search(text):
        raise ValueError(f"'{match[0]}' has no single agreed interval; write 'every N weeks' or 'every N months'")
    if match := _EVERY.search(text):
        count, unit = match["n"] or "1", match["unit"]
        n = int(count) if count.isdigit() else _NUMBERS[count]
        if n == 0:
            raise ValueError(f"'{match[0]}' is not a frequency")
    else:
        found = ((m, n, u) for regex, n, u in _RECURRENCES if (m := regex.search(text)))
        match, n, unit = next(found, (None, 0, ""))
        if match is None:
            return None
    if unit == "quarter":
        n, unit = n * 3, "month"
    rule = f"FREQ={_FREQ[unit]}" + (f";INTERVAL={n}" if n > 1 else "")
    return rule, f"repeats every {n} {unit}s" if n > 1 else f"repeats every {unit}", match


def _parse(text: str) -> _Result:
    recurring = _recurrence(text)
    if recurring is None and not _ONGOING.search(text):
        if match := _TBC.search(text):
            if match[0] in ("n/a", "na", "not applicable"):
                return _Result(TimescaleKind.TBC, note="marked not applicable: no date to track")
            return _Result(TimescaleKind.TBC, note=f"'{match[0]}': to be confirmed, no date yet")
        return _span(text)

    # Recurring or ongoing: whatever is left may still say when it starts or ends.
    if recurring:
        rule, note, match = recurring
        note, text = f"{note} ('{match[0]}')", text[: match.start()] + " " + text[match.end() :]
    else:
        rule, note = None, "ongoing"
    rest = " ".join(_TBC.sub(" ", _ONGOING.sub(" ", text)).split()).strip(" -/&")
    try:
        found = _span(rest) if rest else _Result(TimescaleKind.UNKNOWN)
    except ValueError as exc:
        found = _Result(TimescaleKind.UNKNOWN, note=str(exc))
    kind = TimescaleKind.RECURRING if rule else TimescaleKind.ONGOING
    if found.kind is TimescaleKind.ONGOING or (found.kind is TimescaleKind.RANGE and rule):
        return _Result(kind, found.start, found.due, rule, f"{note}; {found.note}")
    if found.kind is TimescaleKind.RANGE:  # "Ongoing 2022/23" has both ends, so it is a plain range
        return found._replace(note=f"ongoing through {found.note}")
    if found.kind is TimescaleKind.DATED and rule:  # a recurring item's single date: next due, or last
        when = "until" if _UNTIL.match(rest) else "next due"
        return _Result(kind, None, found.due, rule, f"{note}, {when} {found.note}")
    if found.kind is TimescaleKind.DATED and _UNTIL.match(rest):  # "ongoing until X" ends at X
        return found._replace(note=f"ongoing until {found.note}")
    note += "" if rule else ", no end date"
    if found.kind is TimescaleKind.DATED:
        note += f"; '{rest}' not used: unclear whether it is the start or the end"
    elif rest and (re.search(r"[0-9]", rest) or _DATE_WORD.search(rest)):
        note += f"; could not read '{rest}' ({found.note})"
    return _Result(kind, recurrence=rule, note=note)
