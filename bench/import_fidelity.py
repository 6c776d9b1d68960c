"""Score importing real plans against answer keys written by reading them.

    python bench/import_fidelity.py [-v] [--table] [NAME ...]

For each plan in bench/answer_keys/, the containers of bench/build_containers.py (.docx, .xlsx,
.csv, .pdf as they would be sent) are imported through the real path (``preview_import``: a dry run, no
database) with the options the key names (what a user ticks), and scored out of 100:

- actions found: F1 of recall and precision; a key action is found when an imported action's
  activity starts with the key's opening words (case and spacing ignored); each imported action
  matches at most one key action;
- for each found action: its own lead (the organisations named, lead plus partners, as a set),
  its timescale as written, its due date, its objective (by ref, or by the objective's title as
  written), its ref (when the plan prints one);
- due dates: what the app stores for the action (``parse_timescale`` of the timescale as read in
  the plan period, as ``CreatePlan`` does) against the key's ``due`` (an ISO date, for timescales
  whose year only the plan period gives: "June" in a 2009-10 plan) or else the key's timescale
  parsed by the same parser; the kind must agree too (Ongoing, TBC, a yearly recurrence), so "no
  date" is scored as well. Key actions with no timescale, or one the parser cannot read, are left
  out of this measure;
- priorities and objectives named as written (an imported title equal to the key's).

A measure the key does not define (a plan with no objectives) is left out and the weights of the
rest are scaled up. Prints one score line per container, one line per measure with -v, and with
--table the rows of the bench/README.md table (score and each measure out of 100).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.importing.service import ImportOptions, preview_import  # noqa: E402
from app.timescale.parser import TimescaleKind, parse_timescale  # noqa: E402
from bench.build_containers import build_all  # noqa: E402
from exports.importing import PlanFileError  # noqa: E402

KEYS = Path(__file__).resolve().parent / "answer_keys"
WEIGHTS = {
    "actions": 30,
    "lead": 15,
    "timescale": 15,
    "due": 10,
    "objective": 15,
    "ref": 5,
    "priorities": 10,
    "objectives": 10,
}


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w&/+.'-]+", " ", text.casefold()).split())


def organisations(text: str) -> frozenset[str]:
    parts = re.split(r"\s*(?:/|;|\n|,)\s*", text)
    return frozenset(norm(part) for part in parts if norm(part) and norm(part) not in {"n/a", "na", "tbc"})


def expected_due(expected: dict) -> tuple[TimescaleKind | None, date | None] | None:
    """What the key says the stored due date is: (kind, date), kind None when only the date is given;
    None when the key sets no expectation (no timescale, or words the parser cannot read)."""
    if expected.get("due"):
        return None, date.fromisoformat(expected["due"])
    parsed = parse_timescale(expected["timescale"])
    return None if parsed.kind is TimescaleKind.UNKNOWN else (parsed.kind, parsed.due)


def due_matches(wanted: tuple[TimescaleKind | None, date | None], action) -> bool:
    parsed = parse_timescale(action.timescale_read or action.timescale)
    kind, due = wanted
    return parsed.due == due and (kind is None or parsed.kind is kind)


def match_actions(key_actions: list[dict], actions: list) -> dict[int, object]:
    """Key action index -> the imported action found for it (first unused whose activity starts alike)."""
    used: set[int] = set()
    found: dict[int, object] = {}
    for index, expected in enumerate(key_actions):
        opening = norm(expected["activity"])
        for position, action in enumerate(actions):
            if position not in used and norm(action.activity).startswith(opening):
                used.add(position)
                found[index] = action
                break
    return found


def score(key: dict, preview) -> tuple[float, dict[str, float]]:
    draft = preview.draft
    objectives = {o.ref: o for p in draft.priorities for o in p.objectives}
    found = match_actions(key["actions"], draft.actions)
    measures: dict[str, float] = {}
    recall = len(found) / len(key["actions"])
    precision = len(found) / len(draft.actions) if draft.actions else 0.0
    measures["actions"] = 2 * recall * precision / (recall + precision) if found else 0.0
    leads = timescales = dues = objective_hits = refs = 0
    wanted_dues = {i: wanted for i, a in enumerate(key["actions"]) if (wanted := expected_due(a)) is not None}
    with_objective = [i for i, a in enumerate(key["actions"]) if "objective" in a]
    with_ref = [i for i, a in enumerate(key["actions"]) if a["ref"]]
    for index, action in found.items():
        expected = key["actions"][index]
        wanted = organisations(expected["lead"]) | organisations(expected.get("partners", ""))
        own_lead = "partners" not in expected or organisations(action.lead) == organisations(expected["lead"])
        leads += own_lead and organisations(action.lead) | organisations(action.partners) == wanted
        timescales += norm(action.timescale) == norm(expected["timescale"])
        dues += index in wanted_dues and due_matches(wanted_dues[index], action)
        refs += bool(expected["ref"]) and norm(action.ref) == norm(expected["ref"])
        if "objective" in expected and action.objective_refs:
            objective = objectives.get(action.objective_refs[0])
            wanted_objective = norm(expected["objective"])
            objective_hits += objective is not None and (
                norm(objective.ref) == wanted_objective or norm(objective.text).startswith(wanted_objective)
            )
    total = len(key["actions"])
    measures["lead"] = leads / total
    measures["timescale"] = timescales / total
    if wanted_dues:
        measures["due"] = dues / len(wanted_dues)
    if with_objective:
        measures["objective"] = objective_hits / len(with_objective)
    if with_ref:
        measures["ref"] = refs / len(with_ref)
    if key["priorities"]:
        titles = {norm(p.title) for p in draft.priorities}
        measures["priorities"] = sum(norm(t) in titles for t in key["priorities"]) / len(key["priorities"])
    if key["objectives"]:
        texts = {(o.ref, norm(o.text)) for o in objectives.values()}
        hits = 0
        for objective in key["objectives"]:
            wanted = norm(objective["title"])
            hits += any(text == wanted and (not objective.get("ref") or ref == objective["ref"]) for ref, text in texts)
        measures["objectives"] = hits / len(key["objectives"])
    return weighted(measures), measures


def weighted(measures: dict[str, float], leave_out: str = "") -> float:
    kept = {name: value for name, value in measures.items() if name != leave_out}
    weight = sum(WEIGHTS[name] for name in kept)
    return 100 * sum(WEIGHTS[name] * value for name, value in kept.items()) / weight


def table_row(name: str, measures: dict[str, float]) -> str:
    """One row of the bench/README.md table: the score, the score before due dates were scored
    (comparable with the earlier columns), then each measure ("—" where the key defines none)."""
    cells = [name, f"{weighted(measures):.1f}", f"{weighted(measures, 'due'):.1f}"]
    cells += [f"{100 * measures[m]:.1f}" if m in measures else "—" for m in WEIGHTS]
    return "| " + " | ".join(cells) + " |"


def run(names: list[str], verbose: bool, table: bool = False) -> list[tuple[str, float]]:
    results, rows = [], []
    with tempfile.TemporaryDirectory() as folder:
        containers = build_all(Path(folder))
        for key_path in sorted(KEYS.glob("*.json")):
            key = json.loads(key_path.read_text())
            if names and key["name"] not in names:
                continue
            options = ImportOptions(split_bullets=key["options"].get("split_bullets", False))
            for path in containers[key["name"]]:
                try:
                    total, measures = score(key, preview_import(path, options))
                except PlanFileError as exc:
                    total, measures = 0.0, {"refused": 0.0}
                    print(f"  {path.name}: refused: {exc.reason}")
                results.append((path.name, total))
                print(f"{path.name:40} {total:5.1f}")
                if verbose:
                    for name, value in measures.items():
                        print(f"    {name:12} {100 * value:5.1f}")
                if "refused" not in measures:
                    rows.append(table_row(path.name, measures))
    print(f"{'lowest':40} {min(t for _, t in results):5.1f}")
    if table:
        print("| container | score | without due | " + " | ".join(WEIGHTS) + " |")
        print("| --- " * (len(WEIGHTS) + 3) + "|")
        print("\n".join(rows))
    return results


if __name__ == "__main__":
    arguments = sys.argv[1:]
    run([a for a in arguments if not a.startswith("-")], "-v" in arguments, "--table" in arguments)
