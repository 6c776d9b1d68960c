"""The fidelity bench's due-date measure (bench/import_fidelity.py): what Delivery Desk would store
for an action's timescale, against the answer key's."""

from types import SimpleNamespace

from app.plans.draft import ActionDraft, PlanDraft
from bench.import_fidelity import score


def _key(*actions: dict) -> dict:
    return {"name": "k", "options": {}, "priorities": [], "objectives": [], "actions": list(actions)}


def _measures(key: dict, *actions: ActionDraft) -> dict[str, float]:
    draft = PlanDraft(title="Plan", actions=list(actions))
    return score(key, SimpleNamespace(draft=draft))[1]


def test_the_due_date_is_the_key_timescale_parsed_the_same_way():
    key = _key(
        {"ref": "1", "activity": "Map services", "lead": "", "timescale": "April 2022"},
        {"ref": "2", "activity": "Agree pathway", "lead": "", "timescale": "Apr-25"},
    )
    right = ActionDraft(ref="1", activity="Map services", timescale="end of April 2022")
    wrong = ActionDraft(ref="2", activity="Agree pathway", timescale="Apr-26")
    measures = _measures(key, right, wrong)
    assert measures["due"] == 0.5
    assert measures["timescale"] == 0.0  # the words differ, the date agrees for the first


def test_no_date_must_agree_in_kind_and_unreadable_timescales_are_left_out():
    key = _key(
        {"ref": "1", "activity": "Keep the forum", "lead": "", "timescale": "Ongoing"},
        {"ref": "2", "activity": "Review", "lead": "", "timescale": "when funding allows"},
    )
    measures = _measures(
        key,
        ActionDraft(ref="1", activity="Keep the forum", timescale="TBC"),
        ActionDraft(ref="2", activity="Review", timescale="anything"),
    )
    assert measures["due"] == 0.0  # TBC is not Ongoing, and the unreadable one is not counted


def test_a_key_due_date_checks_a_yearless_timescale_read_inside_the_plan_period():
    key = _key({"ref": "1", "activity": "Publish", "lead": "", "timescale": "June", "due": "2009-06-30"})
    read = ActionDraft(ref="1", activity="Publish", timescale="June", timescale_read="June 2009")
    unread = ActionDraft(ref="1", activity="Publish", timescale="June")
    assert _measures(key, read)["due"] == 1.0
    assert _measures(key, unread)["due"] == 0.0
    assert "due" not in _measures(_key({"ref": "1", "activity": "Publish", "lead": "", "timescale": ""}), read)
