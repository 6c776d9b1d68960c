"""Rows a council's action plan template adds around its actions (an invented neighbourhood plan): a row
of progress across the table under each action, a header line printed again in part, refs written
"3.1." in a column with no header, a list in the objective cell going on over a page break, and a
numbered theme as the only line above a sheet's headers."""

from app.importing.service import ImportOptions, preview_document
from app.importing.shifted_rows import realign
from exports.importing.source import RawDocument, RawTable

HEADER = ("", "", "Objective", "Action", "Delivery Led By", "Outcomes", "Targets", "Status")


def _preview(*rows, header=HEADER, paragraphs=()):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), paragraphs)
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def _row(ref, objective, action, lead, outcome=""):
    return (ref, "", objective, action, lead, outcome, "", "")


def _across(text):
    return (text,) + ("",) * (len(HEADER) - 1)


def test_a_progress_row_across_the_table_is_the_comments_of_the_action_above():
    draft = _preview(
        _row("3.1.", "Fewer empty shops", "Find a tenant for the old bank", "Town Centre Team"),
        _across("Progress Two offers have been received and the landlord is choosing between them."),
        _row("3.2.", "Cleaner streets", "Add litter bins on the high street", "Street Scene"),
        _across("Progress: Report"),
    ).draft
    assert [(a.activity, a.lead, a.comments) for a in draft.actions] == [
        (
            "Find a tenant for the old bank",
            "Town Centre Team",
            "Progress Two offers have been received and the landlord is choosing between them.",
        ),
        ("Add litter bins on the high street", "Street Scene", ""),
    ]


def test_refs_with_a_closing_point_in_an_unheaded_column_are_the_refs_among_progress_rows():
    preview = _preview(
        _row("3.1.", "Fewer empty shops", "Find a tenant", "Town Centre Team"),
        _across("Progress Two offers have been received and the landlord is choosing between them."),
        _row("3.2.", "Cleaner streets", "Patrols", "Police"),
        _across("Progress Patrols now run on Friday and Saturday evenings in the town centre."),
    )
    assert preview.tables[0].mapping.fields[0] == "ref"
    assert [(a.activity, a.lead, a.objective_refs) for a in preview.draft.actions] == [
        ("Find a tenant", "Town Centre Team", ["3.1"]),
        ("Patrols", "Police", ["3.2"]),
    ]


def test_a_ref_written_with_a_closing_point_keeps_a_short_row_where_it_is():
    columns = {"ref": 0, "activity": 3, "lead": 4}
    row = ("3.2.", "", "Make the high street cleaner and safer", "Add bins", "Street Scene", "", "", "")
    assert realign(row, columns).cells == 0


def test_a_header_printed_again_in_part_is_a_header_row_not_an_objective():
    preview = _preview(
        ("", "", "", "", "", "", "Targets", "Status"),
        _row("3.1.", "Fewer empty shops", "Find a tenant", "Town Centre Team"),
    )
    roles = [row.role.value for row in preview.rows]
    assert roles == ["column headers", "column headers", "action"]
    assert [o.text for p in preview.draft.priorities for o in p.objectives] == ["Fewer empty shops"]


def test_bullet_points_going_on_after_a_page_break_finish_the_objective_above():
    preview = _preview(
        _row("1.1", "Support the health forum's plan under the headings of:\n• Smoking\n• Diet", "Attend", "Officer"),
        HEADER,
        ("", "", "• Exercise\n• Sleep", "", "", "", "", ""),
    )
    objectives = [o.text for p in preview.draft.priorities for o in p.objectives]
    assert len(objectives) == 1
    wanted = "Support the health forum's plan under the headings of: • Smoking • Diet • Exercise • Sleep"
    assert " ".join(objectives[0].split()) == wanted


def test_a_list_whose_opening_line_a_page_cut_still_goes_on_after_the_next_page_break():
    # page 1 ends mid-sentence; page 2 holds the rest of that line and the list's first points (and the
    # rest of another cell); the header typed again, then the list's last points
    preview = _preview(
        _row("1.1", "Support the health forum's plan under", "Attend", "Officer", "Fewer"),
        ("", "", "the headings of:\n• Smoking\n• Diet", "", "", "smokers", "", ""),
        HEADER,
        ("", "", "• Exercise\n• Sleep", "", "", "", "", ""),
    )
    objectives = [o.text for p in preview.draft.priorities for o in p.objectives]
    assert objectives == [
        "Support the health forum's plan under the headings of:\n• Smoking\n• Diet\n• Exercise\n• Sleep"
    ]


def test_a_numbered_theme_as_the_only_line_above_a_sheets_headers_names_the_priority():
    header = ("Ref", "Objective", "Action", "Lead")
    rows = (("2. A Safer Town", "", "", ""), header, ("2.1", "Fewer empty shops", "Find a tenant", "Town Centre Team"))
    table = RawTable("plan.xlsx", "sheet Plan", 0, rows, (1, 2, 3), ())
    draft = preview_document(RawDocument("plan.xlsx", "xlsx", "", (table,), ()), ImportOptions()).draft
    assert [(p.code, p.title) for p in draft.priorities] == [("2", "A Safer Town")]


def test_refs_numbering_rows_that_each_write_their_objective_are_the_actions_refs_too():
    draft = _preview(
        _row("3.1", "Fewer empty shops", "Find a tenant", "Town Centre Team"),
        _row("3.2", "Fewer empty shops", "Open a pop-up market", "Markets Team"),
        _row("3.3", "Cleaner streets", "Add litter bins", "Street Scene"),
    ).draft
    assert [(a.ref, a.objective_refs) for a in draft.actions] == [("3.1", ["3.1"]), ("3.2", ["3.2"]), ("3.3", ["3.3"])]


def test_refs_of_objectives_whose_rows_leave_the_objective_cell_empty_still_number_the_objectives():
    draft = _preview(
        _row("3.1", "Fewer empty shops", "Find a tenant", "Town Centre Team"),
        _row("3.2", "", "Open a pop-up market", "Markets Team"),
    ).draft
    assert [a.ref for a in draft.actions] == ["3.1.1", "3.2.1"]


def test_the_rest_of_a_row_a_page_cut_in_every_column_joins_the_action_above():
    draft = _preview(
        _row("3.1", "Reduce anti-social", "Use the Criminal Justice", "Local Partnership"),
        ("", "", "behaviour", "System and Action Planning", "Delivery Group", "", "", ""),
        _row("3.2", "Cleaner streets", "Add litter bins", "Street Scene"),
    ).draft
    assert [(a.activity, a.lead) for a in draft.actions] == [
        ("Use the Criminal Justice System and Action Planning", "Local Partnership Delivery Group"),
        ("Add litter bins", "Street Scene"),
    ]
    objectives = [o.text for p in draft.priorities for o in p.objectives]
    assert objectives == ["Reduce anti-social behaviour", "Cleaner streets"]


def test_lead_lines_ended_by_semicolons_are_names_without_them():
    draft = _preview(_row("3.1", "Safer parks", "Patrol the parks", "Youth Service;\nPolice;\nParks Team")).draft
    assert [(a.lead, a.partners) for a in draft.actions] == [("Youth Service", "Police; Parks Team")]
