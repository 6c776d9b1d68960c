"""Which opening line of a document is its title.

Plans sent as committee papers open with the paper's labels ("Item No: 10", "Appendix 8", "Agenda
item 5", "Annex B"), a date ("March 2009"), a page number or a protective marking ("OFFICIAL", often
in the page header) before the plan's own title; a plan named "Item No: 10" tells the user nothing.
The title is the first line that is none of those. A line giving only the plan's period ("2019 –
2021 (2019 – 2020 Version)", "2021/22 refresh", "Version 3 2024-2027") labels the paper as its date
does: no title and no heading (a priority is named in words, never by years alone).
"""

from __future__ import annotations

import re

from exports.importing.heading_words import PAGE_NUMBER

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_NOT_A_TITLE = re.compile(
    r"^\s*(?:"
    r"(?:agenda\s+)?item(?:\s+no\.?)?\s*[:.]?\s*\d+[a-z]?"  # "Item No: 10", "Agenda item 5"
    r"|(?:appendix|annex|enclosure|attachment)\s*[:.]?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})"  # "Appendix 8", "Annex B"
    rf"|(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+\d{{4}}"  # "March 2009", "3 March 2009"
    r"|official(?:[\s-]+sensitive)?|protect|restricted|unclassified|not\s+protectively\s+marked"  # markings
    r")\s*$",
    re.IGNORECASE,
)


# "… Partnership Action Plan", "Year 1 (2019-20) Delivery Plan", "Prevent action plan February 2017":
# a line naming the plan itself. A sheet often carries two title lines (the partnership, then the
# plan) above its headers; the second is the document's title too, not a heading of its rows.
_NAMES_THE_PLAN = re.compile(r"\b(?:action|delivery|partnership|implementation|improvement)\s+plan\b", re.IGNORECASE)


def names_the_plan(text: str) -> bool:
    """ "Appendix B - BCSP VAWG Partnership Action Plan": a title line naming the plan document."""
    return bool(_NAMES_THE_PLAN.search(text))


# A year, or a span of years ("2019 – 2021", "2019-20", "2021/22"), in a period line.
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*(?:[-–—/]|to)\s*(?:(?:19|20)\d{2}|\d{2}))?\b", re.IGNORECASE)
# What a period line has besides its years: the version it is, and the marks around them.
_PERIOD_REST = re.compile(
    r"^(?:version|draft|update[ds]?|refresh(?:ed)?|revised|revision|final|v?\d{1,2}(?:\.\d{1,2})?|[-–—/().,:\s])*$",
    re.IGNORECASE,
)


def is_period_line(text: str) -> bool:
    """ "2019 – 2021 (2019 – 2020 Version)", "2021/22 refresh": a line of years and a version only."""
    return bool(_YEARS.search(text)) and bool(_PERIOD_REST.match(_YEARS.sub(" ", text)))


def is_paper_label(text: str) -> bool:
    """ "Item No: 10", "Appendix 8", "March 2009", "-1-", "2019 – 2021": a label of the paper, not the
    plan's title."""
    return bool(_NOT_A_TITLE.match(text) or PAGE_NUMBER.match(text) or is_period_line(text))


def title_line(lines: list[str] | tuple[str, ...]) -> str:
    """The first line that is not a paper label; the first line when all are."""
    return next((line for line in lines if not is_paper_label(line)), lines[0] if lines else "")


# What a PDF's producer writes as its title when the document set none: reportlab's "(anonymous)",
# "untitled", Word's "Document1", a slide's "PowerPoint Presentation", and the printed file's name
# ("Microsoft Word - CSP Action Plan v3.docx", "plan_final.pdf"). None names the plan.
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:\(?anonymous\)?|untitled(?:\s+document)?|document\s*\d*|title|slide\s*\d+|powerpoint\s+presentation"
    r"|microsoft\s+(?:word|excel|powerpoint)\s+-.*|.*\.(?:docx?|xlsx?|pptx?|pdf|rtf|odt))$",
    re.IGNORECASE,
)


def metadata_title(text: str) -> str:
    """A file's stored title ("Title" in a PDF's properties), or "" when it is a placeholder that
    names no plan, so that the first line of the document is taken instead."""
    text = text.strip()
    return "" if _PLACEHOLDER_TITLE.match(text) else text
