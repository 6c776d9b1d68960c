"""Rules that need the whole plan read first.

- **Two leads run together.** A PDF prints a lead cell of two lines the same way as one name
  wrapped over two lines, so "Police Probation Service" may be two organisations. When the text is
  exactly two leads the plan names elsewhere, one after the other, it is the lead and a partner.
"""

from __future__ import annotations

from app.plans.draft import ActionDraft


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def split_joined_leads(actions: list[ActionDraft]) -> list[str]:
    """Split leads that are two of the plan's other leads joined; returns a note for each split."""
    known = {_key(action.lead) for action in actions if action.lead}
    notes = []
    for action in actions:
        words = action.lead.split()
        for cut in range(1, len(words)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            if _key(first) in known and _key(second) in known:
                action.lead = first
                action.partners = "; ".join(part for part in (second, action.partners) if part)
                notes.append(
                    f"Action {action.ref}: its lead '{' '.join(words)}' is two leads the plan names elsewhere; "
                    f"{first} is the lead and {second} a partner."
                )
                break
    return notes
