"""Headers written with their plural in brackets ("date(s)", "officer(s)") name the column as the
plural does (an invented header row, not a plan's wording)."""

from exports.importing.headers import field_for_header, guess_mapping, normalise_header


def test_a_bracketed_plural_is_the_word_s_plural():
    assert normalise_header("Output target and date(s)") == "output target and dates"
    assert normalise_header("Lead Officer(s)") == "lead officers"


def test_a_header_ending_in_a_bracketed_plural_names_its_column():
    assert field_for_header("Output target and date(s)") == "timescale"
    assert field_for_header("Completion date(s)") == "timescale"
    assert guess_mapping(("Actions", "Lead Agency / Officer", "Funding", "Output target and date(s)")) == (
        "activity",
        "lead",
        "resources",
        "timescale",
    )


def test_brackets_around_other_words_are_not_plurals():
    assert field_for_header("Lead (s)") == "lead"
    assert normalise_header("Status (RAG)") == "status rag"
