"""Headers of a review's action plan: recommendations, and the actions proposed under each.

- "Proposed Actions/Progress", "Action / Update": two names joined by a slash, the actions and how
  they are getting on; the column holds the actions, each with its progress written under it
  later. Read by its last name alone it was a comments column, and the plan had no actions.
- "Recommendation" beside a column of actions: each row's recommendation (the review's finding)
  is what the actions proposed in its row answer, their objective. With no other column of
  actions the recommendations are themselves the actions (an improvement plan's "Recommendation |
  Responsible Officer"), and the column is left to the usual reading.

Headers are passed already normalised (``headers.normalise_header``: lower case, words only).
"""

from __future__ import annotations

_ACTIONS = ("action", "actions", "proposed action", "proposed actions", "agreed action", "agreed actions")
_PROGRESS = ("progress", "update", "updates", "progress update", "comments", "status")
_RECOMMENDATIONS = ("recommendation", "recommendations")


def joined_actions_header(parts: list[str]) -> bool:
    """ "Proposed Actions/Progress" (``parts``: the header's names either side of its slashes):
    the first of two names the actions, the second their progress."""
    return len(parts) == 2 and parts[0] in _ACTIONS and parts[1] in _PROGRESS


def recommendation_objectives(keys: list[str], named: list[str]) -> None:
    """A "Recommendation" column beside the actions' column is their objective (``named`` is
    changed in place; left alone when another column is already the objective)."""
    if "activity" not in named or "objective" in named:
        return
    for column, key in enumerate(keys):
        if key in _RECOMMENDATIONS and not named[column]:
            named[column] = "objective"
            return
