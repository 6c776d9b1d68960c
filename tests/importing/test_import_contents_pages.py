"""A contents list naming each entry's page in words ("1. Cross Cutting Issues Page 3") above the
first section's heading and table (an invented plan written as a Word file)."""

from docx import Document

from app.importing.contents_pages import names_its_page
from app.importing.service import ImportOptions, preview_import


def _plan(path, contents):
    document = Document()
    document.add_paragraph("Contents:")
    for line in contents:
        document.add_paragraph(line)
    document.add_paragraph().add_run("CROSS CUTTING ISSUES").bold = True
    table = document.add_table(rows=0, cols=2)
    for cells in (("Action", "Lead"), ("Run a schools awareness programme", "Community Safety Unit")):
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(path))
    return preview_import(path, ImportOptions())


def test_the_rows_under_a_section_heading_are_not_read_under_the_contents_list_s_last_entry(tmp_path):
    preview = _plan(tmp_path / "plan.docx", ("1. Cross Cutting Issues Page 3", "2. Hate Crime Page 21"))
    assert [p.title for p in preview.draft.priorities] == ["CROSS CUTTING ISSUES"]


def test_a_line_naming_its_page_is_a_contents_entry():
    assert names_its_page("6. Hate Crime Page 21")
    assert names_its_page("2 Nuisance and Disorder p. 6")
    assert not names_its_page("2. Keep the town centre safe")
    assert not names_its_page("Page 21")  # a page number alone is page furniture, read elsewhere
