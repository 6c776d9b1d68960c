from app.editing.commands import CreateRecord
from app.plan_setup.leads import lead_rows, merge_leads_command, normalise_lead_name, suggest_lead_groups
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


def test_lead_suggestions_compare_each_name_only_with_names_of_a_similar_length(monkeypatch):
    from rapidfuzz import process

    compared = []
    real = process.extract_iter

    def counting(query, choices, **kwargs):
        compared.append(len(choices))
        return real(query, choices, **kwargs)

    monkeypatch.setattr(process, "extract_iter", counting)
    names = [f"Team {'x' * (n % 400)} {n}" for n in range(2_000)] + ["Community Safety Team", "Community Safety Teem"]
    groups = suggest_lead_groups(names)
    assert ("Community Safety Team", "Community Safety Teem") in groups or (
        "Community Safety Teem",
        "Community Safety Team",
    ) in groups
    # All pairs would be 2 million comparisons (98 s with difflib for 2,000 names); near neighbours only:
    assert sum(compared) < 2_002 * 2_001 // 2 // 4
