"""Checks on the bundled demo plan (resources/demo_plan.json).

The demo plan carries the whole BCP Community Safety Partnership "Preventing Domestic
Abuse Strategy Delivery Plan 2021-2023" (see /work/shared/reference/), with an invented
progress state as at January 2022. Only the standard library is used to read it.
"""

import datetime
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DEMO_PATH = Path(__file__).resolve().parents[2] / "resources" / "demo_plan.json"

# Number of activity rows in the plan's delivery table. Counted by hand from the
# extracted text: every line that carries its own activity plus a lead/timescale is one
# action; lines that only continue a cell across a page break (for example "to be repeated
# in 12 months...", "pandemic such as "Ask Ani".", "working in silos", "perpetrators to
# see if we can replicate in BCP") are joined back and not counted. Lines holding two rows
# ("working in silos MARAC training...", "consistent responses ... Specific course...",
# "court waiting times ... Service Map created...") count as one continuation plus one new
# row. Per ref group, in table order:
#   1.1 2.1 -> 7          1.2 2.2 2.3 3.3 -> 3     1.3 -> 5
#   1.4 2.4 3.3 -> 8      1.5 2.2 3.1 3.2 -> 4     1.2 1.3 1.5 1.6 -> 5
#   1.6 2.3 2.4 3.1 4.3 -> 3                       1.2 2.2 2.4 3.1 -> 3
#   2.2 4.2 4.4 -> 5      2.1 2.2 2.3 2.4 -> 1     4.1 -> 5
#   4.1 4.2 4.3 4.4 4.5 2.4 -> 18
# Total 67 (38 under a priority 1 first ref, 6 under priority 2, 23 under priority 4).
EXPECTED_ACTION_COUNT = 67
EXPECTED_PER_PRIORITY = {"1": 38, "2": 6, "4": 23}

EXPECTED_OBJECTIVES = {
    "1": ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"],
    "2": ["2.1", "2.2", "2.3", "2.4", "2.5"],
    "3": ["3.1", "3.2", "3.3"],
    "4": ["4.1", "4.2", "4.3", "4.4", "4.5"],
}
EXPECTED_PRIORITY_TITLES = {
    "1": "Preventing Violence and Abuse",
    "2": "Provision of Service",
    "3": "Partnership Working",
    "4": "Responding to perpetrators",
}
STATUSES = {"Not started", "On track", "At risk", "Off track", "Complete", "Deferred", "Cancelled"}
LEAD_KINDS = {"organisation", "group", "post"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_iso_date(value):
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@pytest.fixture(scope="module")
def demo():
    with DEMO_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def objective_refs(demo):
    return {o["ref"] for p in demo["priorities"] for o in p["objectives"]}


def test_loads_with_format_header(demo):
    assert demo["format"] == "delivery-desk-demo"
    assert demo["format_version"] == 1
    plan = demo["plan"]
    assert plan["partnership"] == "BCP Community Safety Partnership"
    assert is_iso_date(plan["period_start"]) and is_iso_date(plan["period_end"])
    assert plan["period_start"] < plan["period_end"]


def test_priorities_and_19_objectives(demo):
    priorities = demo["priorities"]
    assert [p["code"] for p in priorities] == ["1", "2", "3", "4"]
    for p in priorities:
        assert p["title"] == EXPECTED_PRIORITY_TITLES[p["code"]]
        assert [o["ref"] for o in p["objectives"]] == EXPECTED_OBJECTIVES[p["code"]]
        for o in p["objectives"]:
            assert o["text"].strip()
            assert "•" not in o["text"]
    # "Our Priorities" lists 6 + 5 + 3 + 5 = 19 objectives (1.1-1.6, 2.1-2.5, 3.1-3.3, 4.1-4.5).
    all_refs = [o["ref"] for p in priorities for o in p["objectives"]]
    assert len(all_refs) == len(set(all_refs)) == 19


def test_action_count(demo):
    assert len(demo["actions"]) == EXPECTED_ACTION_COUNT
    per_priority = Counter(a["ref"].split(".")[0] for a in demo["actions"])
    assert dict(per_priority) == EXPECTED_PER_PRIORITY


def test_actions_have_unique_refs_and_content(demo, objective_refs):
    refs = [a["ref"] for a in demo["actions"]]
    assert len(refs) == len(set(refs))
    for a in demo["actions"]:
        assert a["activity"].strip(), a["ref"]
        assert a["outcome"].strip(), a["ref"]
        assert a["objective_refs"], a["ref"]
        assert set(a["objective_refs"]) <= objective_refs, a["ref"]
        # action ref is "<first objective ref>.<n>"
        first, _, n = a["ref"].rpartition(".")
        assert first == a["objective_refs"][0], a["ref"]
        assert n.isdigit() and int(n) >= 1
        assert isinstance(a["confidential"], bool)


def test_action_numbering_is_consecutive(demo):
    by_first = {}
    for a in demo["actions"]:
        first, _, n = a["ref"].rpartition(".")
        by_first.setdefault(first, []).append(int(n))
    for first, numbers in by_first.items():
        assert numbers == list(range(1, len(numbers) + 1)), first


def test_every_lead_resolves_to_exactly_one_lead(demo):
    leads = demo["leads"]
    names = [l["name"] for l in leads]
    assert len(names) == len(set(names))
    for lead in leads:
        assert lead["kind"] in LEAD_KINDS
        assert lead["email"] == "" or lead["email"].endswith("@example.org.uk")
    for a in demo["actions"]:
        matches = [l["name"] for l in leads if a["lead"] == l["name"] or a["lead"] in l["aliases"]]
        assert len(matches) == 1, (a["ref"], a["lead"], matches)


def test_aliases_are_all_used(demo):
    used = {a["lead"] for a in demo["actions"]}
    for lead in demo["leads"]:
        for alias in lead["aliases"]:
            assert alias in used, (lead["name"], alias)


def test_statuses_and_percentages(demo):
    for a in demo["actions"]:
        assert a["status"] in STATUSES, a["ref"]
        pc = a["percent_complete"]
        assert isinstance(pc, int) and 0 <= pc <= 100, a["ref"]
        if a["status"] == "Complete":
            assert pc == 100, a["ref"]
        if a["status"] == "Not started":
            assert pc == 0, a["ref"]
    counts = Counter(a["status"] for a in demo["actions"])
    assert 6 <= counts["At risk"] <= 10
    assert 3 <= counts["Off track"] <= 5
    assert counts["Deferred"] == 2
    assert counts["Not started"] >= 1


def test_exactly_two_confidential_with_reason(demo):
    confidential = [a for a in demo["actions"] if a["confidential"]]
    assert len(confidential) == 2
    for a in confidential:
        assert a["comments"].strip()


def test_progress_updates(demo):
    lead_names = {l["name"] for l in demo["leads"]}
    with_progress = 0
    for a in demo["actions"]:
        if a["progress"]:
            with_progress += 1
            assert 1 <= len(a["progress"]) <= 3, a["ref"]
        for update in a["progress"]:
            assert is_iso_date(update["date"]), (a["ref"], update["date"])
            assert "2021-06-01" <= update["date"] <= "2022-01-31", (a["ref"], update["date"])
            assert update["status"] in STATUSES
            assert update["note"].strip()
            assert update["author"] in lead_names
        dates = [u["date"] for u in a["progress"]]
        assert dates == sorted(dates), a["ref"]
    assert with_progress >= len(demo["actions"]) // 4


def test_glossary_meetings_measures(demo):
    terms = {g["term"] for g in demo["glossary"]}
    for term in (
        "DAA",
        "Drive Programme",
        "Escape the Trap",
        "IOM",
        "Operation Encompass",
        "MARAC",
        "MARMM",
        "Up2U",
        "DA",
        "DHR",
        "CSC",
        "ASC",
        "MASH",
        "IDVA",
        "OPCC",
    ):
        assert term in terms, term
    for g in demo["glossary"]:
        assert g["meaning"].strip()
    for m in demo["meetings"]:
        assert is_iso_date(m["date"])
        assert m["body"] and m["title"]
    for m in demo["measures"]:
        assert m["unit"] in {"number", "%"}
        assert m["direction"] in {"up", "down"}
        assert m["values"]
