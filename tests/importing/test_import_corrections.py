"""The review's corrections as data: a chosen role, an edited cell or a split row change the draft built."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.corrections import EditCell, RowRole, SetRole, SplitRow, split_points
from app.importing.service import ImportOptions, preview_import

ROWS = [
    ("Ref", "Objective", "Action", "Lead", "Timescale"),
    ("1.1", "Reduce repeat victimisation", "Map the services 1.1.2 Agree the referral pathway", "CSP", "June 2022"),
    ("", "", "Train front line staff\nPublish the guidance", "Police", "2023"),
    ("", "", "and its easy-read version", "", ""),
    ("", "Tackling offending", "", "", ""),  # a heading the importer cannot tell from an objective
    ("", "Reduce reoffending", "Run the offender scheme", "Probation", "2024"),
]


def preview(tmp_path, *corrections):
    path = tmp_path / "plan.csv"
    if not path.exists():
        write_csv(path, ROWS)
    return preview_import(path, ImportOptions(corrections=tuple(corrections)))


def key(row: int, piece: int = 0) -> tuple[int, int, int]:
    return (0, row, piece)


def roles(result) -> list[tuple[str, str]]:
    return [(row.role.value, row.made) for row in result.rows]


def test_every_row_is_shown_with_the_role_the_importer_gave_it(tmp_path):
    result = preview(tmp_path)
    assert roles(result) == [
        ("column headers", ""),
        ("action", "1.1.1"),
        ("action", "1.1.2"),
        ("continuation", "1.1.2"),
        ("objective", "1.1"),  # a heading in the Objective column, taken for the group above: the user corrects it
        ("action", "1.1.3"),
    ]
    assert result.rows[3].cells[2] == "and its easy-read version"
    assert result.action_rows == (key(1), key(2), key(5))


def test_a_row_chosen_as_a_priority_heading_starts_a_priority(tmp_path):
    result = preview(tmp_path, SetRole(key(4), RowRole.HEADING))
    assert [(p.code, p.title) for p in result.draft.priorities] == [("1", "Priority 1"), ("2", "Tackling offending")]
    assert roles(result)[4:] == [("priority heading", "2"), ("action", "2.1.1")]
    assert result.rows[4].chosen and not result.rows[5].chosen
    assert result.draft.priorities[1].objectives[0].text == "Reduce reoffending"


def test_joining_a_row_to_the_one_above_and_making_a_continuation_an_action(tmp_path):
    result = preview(tmp_path, SetRole(key(2), RowRole.CONTINUATION), SetRole(key(3), RowRole.ACTION))
    activities = [(a.ref, a.activity, a.lead) for a in result.draft.actions]
    assert activities[:2] == [
        (
            "1.1.1",
            "Map the services 1.1.2 Agree the referral pathway Train front line staff\nPublish the guidance",
            "CSP",
        ),
        ("1.1.2", "and its easy-read version", ""),
    ]
    assert result.draft.actions[0].partners == "Police"  # a second organisation is a partner, not "CSP Police"
    assert (
        "plan.csv, row 4: joined to action 1.1.1 above "
        "(you joined it to the row above; its lead Police is kept as a partner)."
    ) in result.notes


def test_an_edited_cell_is_read_as_typed_and_a_left_out_row_is_gone(tmp_path):
    result = preview(tmp_path, EditCell(key(5), 3, "Probation Service"), SetRole(key(3), RowRole.LEFT_OUT))
    assert result.draft.actions[-1].lead == "Probation Service"
    assert result.draft.actions[1].activity == "Train front line staff\nPublish the guidance"
    assert result.rows[3].role is RowRole.LEFT_OUT and result.rows[3].chosen


def test_splitting_at_an_inline_ref_gives_the_new_action_that_ref_and_the_same_lead(tmp_path):
    text = ROWS[1][2]
    ((at, label),) = [(at, label) for at, label in split_points(text) if "ref 1.1.2" in label]
    assert label == "before ref 1.1.2: “1.1.2 Agree the referral pathway”"
    result = preview(tmp_path, SplitRow(key(1), 2, at))
    first, second = result.draft.actions[:2]
    assert (first.ref, first.activity) == ("1.1.1", "Map the services")
    assert (second.ref, second.activity, second.lead, second.timescale) == (
        "1.1.2",
        "Agree the referral pathway",
        "CSP",
        "June 2022",
    )
    assert [row.key for row in result.rows[1:3]] == [key(1), key(1, 1)]


def test_splitting_at_a_line_then_editing_the_new_piece(tmp_path):
    text = ROWS[2][2]
    ((at, label),) = split_points(text)
    assert label == "before line 2: “Publish the guidance”"
    result = preview(tmp_path, SplitRow(key(2), 2, at), EditCell(key(2, 1), 3, "Council"))
    pieces = [(a.activity, a.lead) for a in result.draft.actions[1:3]]
    assert pieces == [
        ("Train front line staff", "Police"),
        ("Publish the guidance and its easy-read version", "Council"),
    ]


def test_a_correction_for_a_row_that_is_not_there_changes_nothing(tmp_path):
    assert roles(preview(tmp_path, SetRole((3, 1, 0), RowRole.ACTION))) == roles(preview(tmp_path))


def test_splitting_at_a_ref_splits_the_cells_written_with_the_same_refs(tmp_path):
    path = write_csv(
        tmp_path / "inline.csv",
        [
            ("Ref", "Action", "Lead", "Timescale"),
            ("2.4.1", "Map the services 2.4.2 Agree the pathway", "CSP", "June 20212.4.2 Ongoing"),
        ],
    )
    text = "Map the services 2.4.2 Agree the pathway"
    ((at, _label),) = split_points(text)
    result = preview_import(path, ImportOptions(corrections=(SplitRow(key(1), 1, at),)))
    actions = [(a.ref, a.activity, a.lead, a.timescale) for a in result.draft.actions]
    assert actions == [
        ("2.4.1", "Map the services", "CSP", "June 2021"),
        ("2.4.2", "Agree the pathway", "CSP", "Ongoing"),  # the year glued to the next ref is split off
    ]
