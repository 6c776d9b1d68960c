"""What WeasyPrint's PDF/UA-1 output still lacks, added with pikepdf after rendering.

- Page furniture. WeasyPrint gives the running header and the page numbers marked content whose
  structure elements hang from nothing (it says the PDF 1.7 way to make them artifacts is not
  its own); a screen reader may then read "Page 3 of 19" as body text. They become /Artifact
  marked content of type /Pagination and leave the parent tree.
- Elements over several pages. WeasyPrint tags each page apart; ``stitching.stitch_pages`` joins
  each section and table into one element, and a table's heading row repeated on each page
  becomes an artifact like the running header.
- Table header scope. Header cells get /Scope /Column (in the table head) or /Row (first cell of
  a body row), as the HTML says, so a reader announces the right headers for every cell.
- The outline opens with the document (/PageMode /UseOutlines), so its bookmarks are the first
  way round a long report.
- Empty captions. WeasyPrint gives every table a Caption element, empty when the table has no
  caption; a reader may announce an empty caption, so they are removed.
- Printable links. Link annotations get the Print flag, so print and screen say the same.
- Links' descriptions. WeasyPrint describes an internal link by its target's id ("section-summary");
  PDF/UA asks for a description a person can hear ("Go to 1. Summary of progress").
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name

from exports.reporting.accessible.stitching import stitch_pages
from exports.reporting.accessible.tree import kids_of, parent_tree_entries, structure_elements


def _furniture_to_artifacts(pdf: pikepdf.Pdf, reachable: set[tuple[int, int]]) -> None:
    entries = parent_tree_entries(pdf)
    for page in pdf.pages:
        mapping = entries.get(int(page.obj.get("/StructParents", -1)))
        if not isinstance(mapping, Array):
            continue
        orphans = {
            index
            for index, element in enumerate(mapping)
            if isinstance(element, Dictionary) and element.objgen not in reachable
        }
        if not orphans:
            continue
        operations = []
        for operands, operator in pikepdf.parse_content_stream(page):
            if str(operator) == "BDC" and isinstance(operands[1], Dictionary):
                mcid = operands[1].get("/MCID")
                if mcid is not None and int(mcid) in orphans:
                    operands = [Name.Artifact, Dictionary(Type=Name.Pagination)]
            operations.append(pikepdf.ContentStreamInstruction(operands, operator))
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(operations))
        for index in orphans:
            mapping[index] = None  # a PDF null: the MCID no longer belongs to any element


def _scope_header_cells(elements: list[Dictionary]) -> None:
    for element in elements:
        if element.get("/S") != Name.TH:
            continue
        row = element.get("/P")
        section = row.get("/P") if row is not None else None
        scope = Name.Column if section is not None and section.get("/S") == Name.THead else Name.Row
        attributes = element.get("/A")
        if isinstance(attributes, Dictionary) and attributes.get("/O") == Name.Table:
            attributes.Scope = scope
        else:
            element.A = Dictionary(O=Name.Table, Scope=scope)


PRINT_FLAG = 4


def _describe_links(pdf: pikepdf.Pdf, link_names: dict[str, str]) -> None:
    for page in pdf.pages:
        for annotation in page.obj.get("/Annots", Array()):
            annotation.F = int(annotation.get("/F", 0)) | PRINT_FLAG
            if annotation.get("/Subtype") == Name.Link and str(annotation.get("/Contents", "")) in link_names:
                annotation.Contents = pikepdf.String(link_names[str(annotation.Contents)])


def _drop_empty_captions(elements: list[Dictionary]) -> None:
    for element in elements:
        if element.get("/S") != Name.Caption or kids_of(element):
            continue
        parent = element.get("/P")
        kids = parent.get("/K") if parent is not None else None
        if isinstance(kids, Array):
            kept = [kid for kid in kids if not (isinstance(kid, Dictionary) and kid.objgen == element.objgen)]
            parent.K = Array(kept)


def finish(data: bytes, link_names: dict[str, str] | None = None) -> bytes:
    """The rendered PDF with furniture as artifacts, header scopes set, the outline open and each
    internal link described by ``link_names`` (target id -> what the link says)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        document = kids_of(pdf.Root.StructTreeRoot)
        if document:
            stitch_pages(document[0])
        elements = structure_elements(pdf)  # after stitching: a repeated heading row is no longer in the tree
        _furniture_to_artifacts(pdf, {element.objgen for element in elements})
        _scope_header_cells(elements)
        _describe_links(pdf, link_names or {})
        _drop_empty_captions(elements)
        if "/Outlines" in pdf.Root:
            pdf.Root.PageMode = Name.UseOutlines
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
