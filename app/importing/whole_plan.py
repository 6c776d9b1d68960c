"""Rules that need the whole plan read first.

- **The plan period.** "April 2009 – March 2010", "2012 – 2015" or "2019-20" in the title or the
  opening lines sets the plan's period (years alone are read as financial years, and the notes say
  so); a timescale with no year ("June", "by Sept", "Q3") is read in the one year of that period
  where it falls, keeping its words; one that falls in it more than once is left and listed.
- **Two leads run together.** A PDF prints a lead cell of two lines the same way as one name
  wrapped over two lines, so "Police Probation Service" may be two organisations. When the text is
  exactly a lead the plan names elsewhere followed by another of its leads or partners, it is the
  lead and a partner.
"""

from __future__ import annotations

import re
from datetime import date

from app.plans.draft import ActionDraft
from app.timescale import TimescaleKind, parse_timescale

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def split_joined_leads(actions: list[ActionDraft]) -> list[str]:
    """Split leads that are two of the plan's other leads joined; returns a note for each split."""
    known = {_key(action.lead) for action in actions if action.lead}
    # A partner the plan names is one of its organisations as surely as a lead is ("CDRP" a partner of
    # one action, joined to "Licensing" in another's lead cell).
    named = known | {_key(partner) for action in actions for partner in action.partners.split(";") if partner.strip()}
    notes = []
    for action in actions:
        words = action.lead.split()
        for cut in range(1, len(words)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            if _key(first) in known and _key(second) in named:
                action.lead = first
                action.partners = "; ".join(part for part in (second, action.partners) if part)
                which = "two leads" if _key(second) in known else "a lead and a partner"
                notes.append(
                    f"Action {action.ref}: its lead '{' '.join(words)}' is {which} the plan names elsewhere; "
                    f"{first} is the lead and {second} a partner."
                )
                break
    return notes


# -- the plan period, and bare months read inside it ---------------------------------------------
_PERIOD = re.compile(
    rf"(?:{_MONTH}\s+)?(?:19|20)\d\d\s*(?:[-–—/]|\bto\b)\s*(?:{_MONTH}\s+)?(?:(?:19|20)\d\d|\d\d)\b", re.IGNORECASE
)
_YEARS = re.compile(r"((?:19|20)\d\d)\s*(?:[-–—/]|\bto\b)\s*((?:19|20)\d\d|\d\d)$")


def plan_period(texts: list[str]) -> tuple[date, date, str] | None:
    """The period a plan's title or opening lines give ("April 2009 – March 2010", "2012 – 2015",
    "2019-20"), and how it was read; years with no months are read as financial years, and said so."""
    for text in texts:
        for match in _PERIOD.finditer(text):
            words = match.group(0)
            parsed = parse_timescale(words)
            if parsed.kind is TimescaleKind.RANGE and parsed.start and parsed.due:
                return parsed.start, parsed.due, f"'{words}' ({parsed.note})"
            years = _YEARS.search(words)
            if years:
                first, last = int(years.group(1)), int(years.group(2))
                last = last if last > 99 else first // 100 * 100 + last
                if first < last <= first + 10:
                    how = f"'{words}' read as financial years, 1 April {first} to 31 March {last}"
                    return date(first, 4, 1), date(last, 3, 31), how
    return None


def read_in_period(actions: list[ActionDraft], start: date, end: date) -> list[str]:
    """Timescales with no year ("June", "by Sept", "Q3") read in the one year of the period where
    they fall; one that falls inside it more than once is left as written and listed."""
    notes, unclear = [], []
    for action in actions:
        text = action.timescale.strip()
        if not text or parse_timescale(text).kind is not TimescaleKind.UNKNOWN:
            continue
        if parse_timescale(f"{text} {start.year}").kind is TimescaleKind.UNKNOWN:
            continue  # not a time at all ("when funding allows")
        fits = []
        for year in range(start.year - 1, end.year + 1):
            for candidate in (f"{text} {year}", f"{text} {year}/{(year + 1) % 100:02d}"):
                parsed = parse_timescale(candidate)
                due = parsed.due or parsed.start
                if parsed.kind is not TimescaleKind.UNKNOWN and due and start <= due <= end:
                    fits.append((candidate, due))
                    break
        if len({due for _, due in fits}) == 1:
            action.timescale_read = fits[0][0]
            notes.append(f"Action {action.ref}: '{text}' read as {fits[0][0]}, inside the plan period.")
        elif fits:
            unclear.append(f"{action.ref} '{text}'")
    if unclear:
        notes.append(
            f"Timescales with no year that fall more than once in the plan period are kept as written: "
            f"{', '.join(unclear)}."
        )
    return notes
