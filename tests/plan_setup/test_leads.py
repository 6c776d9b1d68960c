from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from app.editing.commands import CreateRecord
from app.plan_setup.leads import (
    lead_rows,
    merge_leads_command,
    normalise_lead_name,
    similar_pairs,
    suggest_lead_groups,
)
from app.queries.actions import action_rows


def test_spellings_of_da_operational_group_are_one_suggestion():
    names = ["DA OP's Group", "DA Op's Group", "DA op's group", "DA Ops Group", "DA Operational Group", "Dorset Police"]
    groups = suggest_lead_groups(names)
    assert len(groups) == 1
    assert set(groups[0]) == set(names) - {"Dorset Police"}


def test_joint_leads_and_distinct_bodies_are_not_merged():
    names = ["Community Safety Team", "Community Safety Team + BCP Housing", "Safer Schools Team", "YJS"]
    assert suggest_lead_groups(names) == []


def test_case_and_punctuation_fold_in_normalised_name():
    assert normalise_lead_name("Community Safety team") == normalise_lead_name("Community  Safety Team.")


def test_most_common_spelling_comes_first():
    groups = suggest_lead_groups(["DA Ops Group", "DA OP's Group", "DA OP's Group"])
    assert groups == [("DA OP's Group", "DA Ops Group")]


def test_merge_moves_actions_and_keeps_names_as_aliases_and_undoes(ctx, small_plan):
    other = CreateRecord("lead", {"plan_uuid": small_plan, "name": "Comm. Safety Team"})
    ctx.commands.execute(other)
    first = action_rows(ctx.db, small_plan)[0]
    from app.editing.commands import SetFields

    ctx.commands.execute(SetFields("action", first.uuid, {"lead_uuid": other.uuid}))
    keep = next(l for l in lead_rows(ctx.db, small_plan) if l.name == "Community Safety Team")
    applied = ctx.commands.execute(merge_leads_command(ctx.db, keep.uuid, [other.uuid]))
    leads = lead_rows(ctx.db, small_plan)
    assert [l.name for l in leads] == ["Community Safety Team"]
    assert "Comm. Safety Team" in leads[0].aliases
    assert {r.lead_name for r in action_rows(ctx.db, small_plan)} == {"Community Safety Team"}
    ctx.commands.execute(applied.inverse)
    assert {l.name for l in lead_rows(ctx.db, small_plan)} == {"Community Safety Team", "Comm. Safety Team"}
    assert next(r for r in action_rows(ctx.db, small_plan) if r.uuid == first.uuid).lead_name == "Comm. Safety Team"


@st.composite
def _spellings(draw) -> list[str]:
    """A few names and near-spellings of each (one letter changed, added or dropped)."""
    names = set()
    for base in draw(st.lists(st.text(alphabet="abcde &'", min_size=6, max_size=24), min_size=1, max_size=6)):
        names.add(base)
        for position, letter, kind in draw(
            st.lists(
                st.tuples(st.integers(0, len(base) - 1), st.sampled_from("abcxyz'"), st.integers(0, 2)), max_size=5
            )
        ):
            cut = base[position + 1 :] if kind != 1 else base[position:]
            names.add(base[:position] + ("" if kind == 2 else letter) + cut)
    return sorted(names)


@settings(max_examples=60, deadline=None)
@given(_spellings())
def test_rapidfuzz_prefilter_finds_exactly_the_pairs_sequencematcher_would(keys):
    expected = [
        (left, right)
        for i, left in enumerate(keys)
        for right in keys[i + 1 :]
        if SequenceMatcher(None, left, right).ratio() >= 0.9
    ]
    assert similar_pairs(keys, 0.9) == expected


def test_similar_pairs_finds_near_spellings():
    assert similar_pairs(["community safety team", "community safety teams", "youth service"], 0.9) == [
        ("community safety team", "community safety teams")
    ]
