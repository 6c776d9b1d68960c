"""Two columns whose headers both name the actions, and which of them holds them.

- "Recommendation/ Overarching Action | Sub-Action": the sub-actions are the actions; the action
  they come under is their objective (``app/importing/sub_actions.py`` reads a row with no step).
  The same when the steps are headed plainly ("Overarching Action | Action", "… | What we will
  do"): "overarching" says which of the two is the level above.
- "What will we do | How will we do it": the hows are the actions, the what they serve (written
  once, merged down over its hows) their objective.
- "Project | Key Activities": each row is one project (a Northern Ireland PCSP plan's "SP1.1
  Facilitate PCSP Meetings and Events"), the project is the action and its key activities the
  detail under it (``app/importing/project_rows.py``); "Project | Action": each row is an action and
  the project names their group, the objective.

Headers are passed already normalised (``headers.normalise_header``: lower case, words only).
"""

from __future__ import annotations

_STEPS = ("action", "actions", "activity", "activities", "task", "tasks")
_PROJECTS = ("project", "projects", "project name", "project title", "name of project")
_DETAIL = ("activities", "key activities", "main activities", "tasks", "key tasks")


def is_sub_action_header(key: str) -> bool:
    """ "sub action", "subactions", "sub task": the column of the steps under an action."""
    words = key.split()
    if not words or not words[0].startswith("sub"):
        return False
    rest = [words[0][3:], *words[1:]] if words[0] != "sub" else words[1:]
    return " ".join(word for word in rest if word) in _STEPS


def is_how_header(key: str) -> bool:
    """ "How will we do it", "How we will achieve this": the steps that carry out a "what"."""
    return key.split()[:1] == ["how"]


def is_overarching_header(key: str) -> bool:
    """ "Recommendation/ Overarching Action", "Overarching action": the action the steps come under."""
    return "overarching" in key.split()


def is_project_header(key: str) -> bool:
    return key in _PROJECTS


def is_project_detail_header(key: str) -> bool:
    return key in _DETAIL


def choose_action_column(keys: list[str], named: list[str]) -> None:
    """With two or more columns read as the actions, keep the one that holds them (``named`` is
    changed in place; the first "activity" left is the action column)."""
    columns = [column for column, field in enumerate(named) if field == "activity"]
    finer = [column for column in columns if is_sub_action_header(keys[column])]
    if not finer and len(columns) > 1:
        finer = [column for column in columns if is_how_header(keys[column])]
    if not finer and any(is_overarching_header(keys[c]) for c in columns):
        finer = [column for column in columns if not is_overarching_header(keys[column])]
    if finer:
        coarser = [column for column in columns if column != finer[0]]
    elif is_project_header(keys[columns[0]]) and not all(is_project_detail_header(keys[c]) for c in columns[1:]):
        coarser = columns[:1]  # "Project | Action": the project names the group
    else:
        return
    for column in coarser:
        named[column] = "objective" if "objective" not in named else ""
