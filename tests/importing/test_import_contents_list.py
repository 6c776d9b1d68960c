"""Priorities and objectives named only in a contents list before the tables (invented plans)."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.importing.service import ImportOptions, preview_document, preview_import
from exports.importing.source import RawDocument, RawTable

ROWS = (
    ("1.1.1", "Run a youth diversion scheme", "YOS", "2025"),
    ("1.2.1", "Walk school routes with parents", "Council", "2026"),
    ("2.1.1", "Call every victim within a day", "Police", "2025"),
)
WANTED = [
    (
        "1",
        "Prevention and early help",
        [("1.1", "Fewer young people drawn into crime"), ("1.2", "Safer school routes")],
    ),
    ("2", "Protecting victims", [("2.1", "Faster support after a report")]),
]


def _entry(number: str, title: str, page: int, level: int) -> str:
    """A contents line as Word writes it: a hyperlink, tabs, and the page number as a PAGEREF field."""
    return (
        f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/></w:pPr><w:hyperlink w:anchor="_Toc{page}{level}">'
        f'<w:r><w:t xml:space="preserve">{number}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{title}</w:t></w:r>'
        '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
    )


def _plan_of(preview):
    return [(p.code, p.title, [(o.ref, o.text) for o in p.objectives]) for p in preview.draft.priorities]


def test_a_word_contents_list_names_the_priorities_and_objectives_the_action_refs_point_to(tmp_path):
    document = Document()
    document.add_paragraph("Safer Together Community Safety Plan")
    entries = [("1", WANTED[0][1], 3, 1), *((ref, title, 3, 2) for ref, title in WANTED[0][2])]
    entries += [("2", WANTED[1][1], 5, 1), *((ref, title, 5, 2) for ref, title in WANTED[1][2])]
    contents = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p>"
        + "".join(_entry(*entry) for entry in entries)
        + "</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(1, parse_xml(contents))  # Word keeps its contents list in a content control
    document.add_paragraph("Delivery plan")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Lead", "Timescale"), strict=True):
        cell.text = text
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    preview = preview_import(path)
    assert _plan_of(preview) == WANTED
    assert [(a.ref, a.objective_refs) for a in preview.draft.actions] == [
        ("1.1.1", ["1.1"]),
        ("1.2.1", ["1.2"]),
        ("2.1.1", ["2.1"]),
    ]


def test_a_typed_contents_list_with_dotted_leaders_and_unnumbered_priorities_names_them_too():
    table = RawTable("plan.pdf", "table 1", 0, (("Ref", "Action", "Lead", "Timescale"), *ROWS), (1, 2, 3, 4))
    paragraphs = (
        "Contents",
        "Prevention and early help ........ 3",
        "Objective 1.1: Fewer young people drawn into crime ........ 3",
        "Objective 1.2: Safer school routes . . . . 4",
        "Priority 2 – Protecting victims …… 5",
        "2.1. Faster support after a report\t5",
    )
    preview = preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), paragraphs), ImportOptions())
    assert _plan_of(preview) == WANTED
