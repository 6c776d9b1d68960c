"""Score importing real plans against answer keys written by reading them.

    python bench/import_fidelity.py [-v] [NAME ...]

For each plan in bench/answer_keys/, the containers of bench/build_containers.py (.docx, .xlsx,
.csv as they would be sent) are imported through the real path (``preview_import``: a dry run, no
database) with the options the key names (what a user ticks), and scored out of 100:

- actions found: F1 of recall and precision; a key action is found when an imported action's
  activity starts with the key's opening words (case and spacing ignored); each imported action
  matches at most one key action;
- for each found action: its own lead (the organisations named, lead plus partners, as a set),
  its timescale as written, its objective (by ref, or by the objective's title as written), its
  ref (when the plan prints one);
- priorities and objectives named as written (an imported title equal to the key's).

A measure the key does not define (a plan with no objectives) is left out and the weights of the
rest are scaled up. Prints one line per measure with -v, and one score line per container.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.importing.service import ImportOptions, preview_import  # noqa: E402
from bench.build_containers import build_all  # noqa: E402
from exports.importing import PlanFileError  # noqa: E402

KEYS = Path(__file__).resolve().parent / "answer_keys"
WEIGHTS = {"actions": 30, "lead": 15, "timescale": 15, "objective": 15, "ref": 5, "priorities": 10, "objectives": 10}


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w&/+.'-]+", " ", text.casefold()).split())


def organisations(text: str) -> frozenset[str]:
    parts = re.split(r"\s*(?:/|;|\n|,)\s*", text)
    return frozenset(norm(part) for part in parts if norm(part) and norm(part) not in {"n/a", "na", "tbc"})


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
    leads = timescales = objective_hits = refs = 0
    with_objective = [i for i, a in enumerate(key["actions"]) if "objective" in a]
    with_ref = [i for i, a in enumerate(key["actions"]) if a["ref"]]
    for index, action in found.items():
        expected = key["actions"][index]
        wanted = organisations(expected["lead"]) | organisations(expected.get("partners", ""))
        own_lead = "partners" not in expected or organisations(action.lead) == organisations(expected["lead"])
        leads += own_lead and organisations(action.lead) | organisations(action.partners) == wanted
        timescales += norm(action.timescale) == norm(expected["timescale"])
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
    weight = sum(WEIGHTS[name] for name in measures)
    return 100 * sum(WEIGHTS[name] * value for name, value in measures.items()) / weight, measures


def run(names: list[str], verbose: bool) -> list[tuple[str, float]]:
    results = []
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
    print(f"{'lowest':40} {min(t for _, t in results):5.1f}")
    return results


if __name__ == "__main__":
    arguments = sys.argv[1:]
    run([a for a in arguments if a != "-v"], "-v" in arguments)
