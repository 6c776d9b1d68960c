"""The rest of a bullet list a page break cut out of the action cell, in a row of its own (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Action", "Lead", "Deadline")


def _draft(*rows):
    table = RawTable("plan.pdf", "table 1 (pages 1-2)", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), ()), ImportOptions()).draft


def test_the_rest_of_a_cut_list_opening_with_a_capital_goes_on_with_the_action_above():
    draft = _draft(
        ("A1", "Map the borough's parks\n• Survey complete.", "Parks Team", "May 2009"),
        (
            "A2",
            "Publish the green space plan\n• Draft agreed by the board\n• Consultation on the",
            "Parks Team",
            "June 2009",
        ),
        ("", "Draft Plan\n• Final plan published.", "", ""),
        ("A3", "Review play areas\n• Audit done.", "Play Service", "July 2009"),
    )
    assert [action.ref for action in draft.actions] == ["A1", "A2", "A3"]
    assert draft.actions[1].activity.endswith("• Consultation on the Draft Plan\n• Final plan published.")
    # where the plan leaves some actions unnumbered, a row with no ref is an action, as before
    unnumbered = _draft(
        ("", "Map the borough's parks\n• Survey complete.", "Parks Team", "May 2009"),
        ("A2", "Publish the green space plan\n• Draft agreed by the board", "Parks Team", "June 2009"),
        ("", "Review play areas", "", ""),
    )
    assert len(unnumbered.actions) == 3
    # and after a cell with no list, as before
    no_list = _draft(
        ("A1", "Map the borough's parks", "Parks Team", "May 2009"),
        ("", "Review play areas", "", ""),
    )
    assert len(no_list.actions) == 2


def test_the_rest_of_a_whole_cut_row_with_its_objective_going_on_joins_the_action_above():
    # The page cut the objective mid-sentence and the action after "including;": its rest is a
    # sentence of its own, capitalised and ending in a full stop, yet no new action.
    header = ("Ref", "Objective", "Action", "Status")
    rows = (
        ("P1", "Keep every victim informed", "Send each victim a letter.", "Complete"),
        ("P2", "We recommend that, within three", "Send guidance to officers including;", "Complete"),
        ("", "months, every record notes the child's needs", "Recording the child's behaviour.", ""),
    )
    table = RawTable("plan.pdf", "table 1 (pages 1-2)", 0, (header, *rows), (1, 2, 3, 4), ())
    draft = preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), ()), ImportOptions()).draft
    assert [action.ref for action in draft.actions] == ["P1", "P2"]
    assert draft.actions[1].activity == "Send guidance to officers including; Recording the child's behaviour."
    # a row with its own status is an action of its own, as before
    own = (*rows[:2], ("", "months, every record notes the child's needs", "Audit the records.", "Open"))
    table = RawTable("plan.pdf", "table 1 (pages 1-2)", 0, (header, *own), (1, 2, 3, 4), ())
    draft = preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), ()), ImportOptions()).draft
    assert len(draft.actions) == 3
