"""A band heading over the table says when its targets fall due (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import
from app.importing.term_bands import band_date


def test_the_band_s_date_is_the_timescale_of_rows_without_one(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("IMPROVEMENT PLAN", "", ""),
            ("SHORT TERM TARGETS (Achievable within 6 months ie, by June 2006).", "", ""),
            ("Recommendation", "Responsible Officer", "Date"),
            ("Establish a safeguarding lead in each directorate", "Directors of Services", ""),
            ("Refresh the roles and responsibilities document", "Head of Safeguarding", "April 2006"),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [a.timescale for a in draft.actions] == ["by June 2006", "April 2006"]
    assert not any("term targets" in p.title.casefold() for p in draft.priorities)


def test_a_band_naming_no_date_gives_none():
    assert band_date("LONG TERM TARGETS") == ""
    assert band_date("MEDIUM TERM TARGETS (by December 2006)") == "by December 2006"
