"""A lead cell's "+ lead for each agency" on the part of a row a page or a PDF's line cut off.

A lead line opened with "+" is one more body, whatever its case (``text.read_lead_cell``). When the
row is cut (a PDF's row printed over two bands, a page break) that line arrives in the row under
the action and is joined to it; joined onto the lead's name it made one body of two ("Paul Grimsey
+ lead for each agency"). Such a line is one more partner of the action; any other text joins the
cell above as before.
"""

from __future__ import annotations

from app.plans.draft import ActionDraft


def join_cell(action: ActionDraft, attribute: str, text: str) -> None:
    """``text`` from the row under ``action`` added to its ``attribute``."""
    current = getattr(action, attribute)
    if attribute == "lead" and current and text.lstrip().startswith("+"):
        added = text.lstrip("+ ").strip()
        action.partners = "; ".join(part for part in (action.partners, added) if part)
        return
    setattr(action, attribute, f"{current} {text}".strip() if current else text)
