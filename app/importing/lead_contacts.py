"""A lead cell's contact details: the lead officer's name, post and email written under the agency.

Plans whose Lead column asks for "name, post & agency and email address" carry lines such as
"National Probation Service Teesside⏎R.Portues / Service IT team⏎r.portues@probation.gov.uk".
The agency leads; the officer and the address are how to reach them, not partner organisations.
"""

from __future__ import annotations

import re

# From the start of a word only: from each letter of a long word with no @ the search ran to its end
_EMAIL = re.compile(r"(?<!\S)\S+@\S+")
_INITIAL = re.compile(r"^[A-Z]\.$")  # "R." before "Portues"
MIN_NAME_PART = 3  # "al" in "al.smith@…" is too short to look for in the text


def split_lead_contact(text: str) -> tuple[str, str]:
    """(the lead cell without its contact, the contact) from a lead cell naming an email address.

    The contact runs from the email to the end of its line, and back to the officer's name when a
    word before it holds the surname the address ends with ("R.Portues" for "russell.portues@…", or a
    first name and "Smith" for "j.smith@…"). A cell naming only the officer keeps the name as the lead.
    """
    match = _EMAIL.search(text)
    if not match:
        return text, ""
    line_end = text.find("\n", match.end())
    end = len(text) if line_end < 0 else line_end
    start = _name_start(text[: match.start()], match.group().split("@")[0])
    before = text[:start].rstrip()
    if not before.strip():  # the officer is the only one named: they lead
        before, start = text[: match.start()].rstrip(), match.start()
    kept = f"{before}{text[end:]}".strip()
    return kept, " ".join(text[start:end].split())


def _name_start(before: str, local_part: str) -> int:
    """Where the officer's name starts in the text before their email (its length when none is found)."""
    parts = re.split(r"[._-]+", local_part.casefold())
    surname = parts[-1]  # "russell.portues", "j.smith": a person's address ends with their surname
    if len(parts) < 2 or len(surname) < MIN_NAME_PART:  # "cst@…", "info@…": a team's address, no name
        return len(before)
    tokens = list(re.finditer(r"\S+", before))
    for index in range(len(tokens) - 1, max(len(tokens) - 8, -1), -1):
        token = tokens[index]
        if surname not in token.group().casefold():
            continue
        first = index
        previous = tokens[index - 1] if index else None
        same_line = previous is not None and "\n" not in before[previous.end() : token.start()]
        if (
            same_line
            and "." not in token.group()
            and (previous.group()[0].isupper() or _INITIAL.match(previous.group()))
        ):
            first = index - 1  # "Jane Smith", "R. Portues": the first name or initial too
        return tokens[first].start()
    return len(before)
