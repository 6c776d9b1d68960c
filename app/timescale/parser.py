"""Phrases, ranges, recurrences and the never-guess rules that turn them into a ParsedTimescale."""

import datetime
import enum
import re
from dataclasses import dataclass
from typing import NamedTuple

from app.timescale.periods import single_period
from app.timescale.vocabulary import (
    AMBIGUOUS,
    DASHES,
    DATE_WORD,
    EVERY,
    FREQUENCY_CODES,
    FROM,
    HAS_YEAR,
    LEAD,
    MAX_LENGTH,
    NUMBER_WORDS,
    ONGOING_WORDS,
    ONWARDS,
    RECURRENCES,
    SEP,
    TBC_WORDS,
    TRAIL,
    UNTIL,
    WHY_UNKNOWN,
    YEARLESS,
)


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


def parse_timescale(text: str | None) -> ParsedTimescale:
    if not isinstance(text, str):  # spreadsheet imports hand over None or a bare int year
        text = "" if text is None else str(text)
    stripped = text.strip()
    if not stripped:
        result = _Result(TimescaleKind.UNKNOWN, note="no timescale given")
    elif len(stripped) > MAX_LENGTH:
        result = _Result(TimescaleKind.UNKNOWN, note=f"too long to be a timescale ({len(stripped)} characters)")
    else:
        result = _one_a_line(stripped) or _read(stripped)
    return ParsedTimescale(text, *result)


def _read(text: str) -> _Result:
    try:
        return _parse(_normalise(text))
    except ValueError as exc:  # impossible or ambiguous dates: the message says why
        return _Result(TimescaleKind.UNKNOWN, note=str(exc))


def _one_a_line(text: str) -> _Result | None:
    """A deadline cell listing a date a line, one for each milestone of the action ("March 2008",
    "June 2008", "April 2009"): the action is done when its last milestone is, so it is due at the
    latest. Only when every line is a date on its own; a line of anything else (Ongoing, a range,
    words) leaves the cell to be read whole, as before."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    dates = [_read(line) for line in lines]
    if any(found.kind is not TimescaleKind.DATED for found in dates):
        return None
    last = max(found.due for found in dates)
    return _Result(TimescaleKind.DATED, due=last, note=f"the last of {len(lines)} dates, one a line: {last:%d %B %Y}")


def _normalise(text: str) -> str:
    text = re.sub(r"[,;:()\[\]{}\"!?*_]", " ", text.lower().translate(DASHES))
    text = re.sub(r"\.(?=\s|$)", "", text)  # drops "Sept." and full stops but keeps "31.03.2023"
    return " ".join(text.split())


def _strip_fillers(core: str) -> tuple[str, list[str]]:
    ignored = []
    while match := LEAD.match(core) or TRAIL.search(core):
        ignored.append(match[0].strip(" -"))
        core = (core[: match.start()] + core[match.end() :]).strip(" -")
    return core, [word for word in ignored if word not in ("the", "in", "on", "at")]


def _range(core: str) -> _Result | None:
    error = None
    for sep in SEP.finditer(core):
        left, right = core[: sep.start()].strip(), core[sep.end() :].strip()
        try:
            end = single_period(right)
            begin = single_period(left) if end and left else None
            stated = (end,) if begin is None else (begin, end)  # an inherited year assumes nothing itself
            if end and begin is None and YEARLESS.fullmatch(left):  # "April to June 2022": year stated once
                begin = single_period(f"{left} {end.first.year}")
                if begin is not None and begin.first > end.first:  # "November to February 2023"
                    begin = single_period(f"{left} {end.first.year - 1}")
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
    for regex in (FROM, ONWARDS):  # "from X", "X onwards", or both at once
        if marker := regex.search(core):
            core, more = _strip_fillers(core[: marker.start()] + core[marker.end() :])
            opened, ignored = True, ignored + more
    aside = f" (ignoring {', '.join(repr(w) for w in ignored)})" if ignored else ""
    if (period := single_period(core)) is not None:
        if opened:  # "from April 2022" alone: a start with no end
            return _Result(TimescaleKind.ONGOING, period.first, note=f"starts {period.label}, no end given{aside}")
        if period.grain in ("day", "month"):
            return _Result(TimescaleKind.DATED, due=period.last, note=period.note + aside)
        return _Result(TimescaleKind.RANGE, period.first, period.last, note=period.note + aside)
    if (result := _range(core)) is not None:
        return result._replace(note=result.note + aside)
    why = next((why.format(m[0]) for regex, why in WHY_UNKNOWN if (m := regex.search(core))), None)
    if why is None:
        why = "no year given" if DATE_WORD.search(core) and not HAS_YEAR.search(core) else "not a recognised date"
    return _Result(TimescaleKind.UNKNOWN, note=why)


def _recurrence(text: str) -> tuple[str, str, re.Match[str]] | None:
    if match := AMBIGUOUS.search(text):
        raise ValueError(f"'{match[0]}' has no single agreed interval; write 'every N weeks' or 'every N months'")
    if match := EVERY.search(text):
        count, unit = match["n"] or "1", match["unit"]
        n = int(count) if count.isdigit() else NUMBER_WORDS[count]
        if n == 0:
            raise ValueError(f"'{match[0]}' is not a frequency")
    else:
        found = ((m, n, u) for regex, n, u in RECURRENCES if (m := regex.search(text)))
        match, n, unit = next(found, (None, 0, ""))
        if match is None:
            return None
    if unit == "quarter":
        n, unit = n * 3, "month"
    rule = f"FREQ={FREQUENCY_CODES[unit]}" + (f";INTERVAL={n}" if n > 1 else "")
    return rule, f"repeats every {n} {unit}s" if n > 1 else f"repeats every {unit}", match


def _parse(text: str) -> _Result:
    recurring = _recurrence(text)
    if recurring is None and not ONGOING_WORDS.search(text):
        if match := TBC_WORDS.search(text):
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
    rest = " ".join(TBC_WORDS.sub(" ", ONGOING_WORDS.sub(" ", text)).split()).strip(" -/&")
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
        when = "until" if UNTIL.match(rest) else "next due"
        return _Result(kind, None, found.due, rule, f"{note}, {when} {found.note}")
    if found.kind is TimescaleKind.DATED and UNTIL.match(rest):  # "ongoing until X" ends at X
        return found._replace(note=f"ongoing until {found.note}")
    note += "" if rule else ", no end date"
    if found.kind is TimescaleKind.DATED:
        note += f"; '{rest}' not used: unclear whether it is the start or the end"
    elif rest and (re.search(r"[0-9]", rest) or DATE_WORD.search(rest)):
        note += f"; could not read '{rest}' ({found.note})"
    return _Result(kind, recurrence=rule, note=note)
