"""A PDF/UA-1 check that runs here: no veraPDF is to be had from PyPI, Debian or npm, so these are
the concrete requirements of ISO 14289-1 (and the Matterhorn Protocol's machine-checkable points)
that this edition relies on, tested with pikepdf. It is not a full validator: it does not judge
whether alternative text is meaningful or the reading order sensible, which need a person.
"""

from __future__ import annotations

import io
import re

import pikepdf
from pikepdf import Array, Dictionary, Name

from exports.reporting.accessible.tree import kids_of, parent_tree_entries, structure_elements

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


def _metadata_problems(pdf: pikepdf.Pdf) -> list[str]:
    problems = []
    xmp = pdf.open_metadata()
    if str(xmp.get("pdfuaid:part", "")) != "1":
        problems.append("XMP metadata lacks pdfuaid:part 1 (ISO 14289-1 5)")
    if not str(xmp.get("dc:title", "")).strip():
        problems.append("XMP metadata has no dc:title (ISO 14289-1 7.1)")
    preferences = pdf.Root.get("/ViewerPreferences", Dictionary())
    if not bool(preferences.get("/DisplayDocTitle", False)):
        problems.append("ViewerPreferences DisplayDocTitle is not true (ISO 14289-1 7.1)")
    if not bool(pdf.Root.get("/MarkInfo", Dictionary()).get("/Marked", False)):
        problems.append("MarkInfo Marked is not true (ISO 14289-1 7.1)")
    if not re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*", str(pdf.Root.get("/Lang", ""))):
        problems.append("the catalog has no natural language /Lang (ISO 14289-1 7.2)")
    return problems


def _structure_problems(elements: list[Dictionary]) -> list[str]:
    problems = []
    if not elements or elements[0].get("/S") != Name.Document:
        problems.append("the structure tree does not start with a Document element")
    levels = [int(str(e.S)[2:]) for e in elements if re.fullmatch(r"/H[1-6]", str(e.get("/S")))]
    if not levels or levels[0] != 1:
        problems.append("the first heading is not H1 (Matterhorn 14-002)")
    for before, after in zip(levels, levels[1:], strict=False):
        if after > before + 1:
            problems.append(f"heading level jumps from H{before} to H{after} (Matterhorn 14-003)")
            break
    for element in elements:
        tag = element.get("/S")
        if tag == Name.Figure and not str(element.get("/Alt", "")).strip():
            problems.append("a Figure has no alternative text (ISO 14289-1 7.3)")
        if tag == Name.TH:
            attributes = element.get("/A")
            items = list(attributes) if isinstance(attributes, Array) else [attributes]
            if not any(isinstance(a, Dictionary) and "/Scope" in a for a in items):
                problems.append("a table header cell has no Scope (ISO 14289-1 7.5)")
        if tag == Name.Table and not any(e.get("/S") == Name.TH for e in _descendants(element)):
            problems.append("a Table has no header cells (ISO 14289-1 7.5)")
        if tag == Name.Caption and not kids_of(element):
            problems.append("an empty Caption element: a reader announces a caption with nothing in it")
    return sorted(set(problems), key=problems.index)


def _descendants(element: Dictionary) -> list[Dictionary]:
    found, stack = [], [element]
    while stack:
        kids = stack.pop().get("/K")
        for kid in list(kids) if isinstance(kids, Array) else [kids] if kids is not None else []:
            if isinstance(kid, Dictionary) and "/S" in kid:
                found.append(kid)
                stack.append(kid)
    return found


def _content_problems(pdf: pikepdf.Pdf, reachable: set[tuple[int, int]]) -> list[str]:
    """Every piece of text is either tagged into the structure tree or an artifact (ISO 14289-1 7.1)."""
    problems = []
    entries = parent_tree_entries(pdf)
    for number, page in enumerate(pdf.pages, start=1):
        mapping = entries.get(int(page.obj.get("/StructParents", -1)), Array())
        stack: list[str] = []  # "tagged", "artifact" or "other" per open marked-content sequence
        loose_text = untracked = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                if operands[0] == Name.Artifact:
                    stack.append("artifact")
                elif op == "BDC" and isinstance(operands[1], Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
                    element = mapping[mcid] if mcid < len(mapping) else None
                    if not isinstance(element, Dictionary) or element.objgen not in reachable:
                        untracked += 1
                    stack.append("tagged")
                else:
                    stack.append("other")
            elif op == "EMC" and stack:
                stack.pop()
            elif op in TEXT_OPERATORS and not {"tagged", "artifact"} & set(stack):
                loose_text += 1
        if loose_text:
            problems.append(f"page {number}: {loose_text} text runs are neither tagged nor artifacts")
        if untracked:
            problems.append(f"page {number}: {untracked} marked-content items belong to no structure element")
        if "/Annots" in page.obj and page.obj.get("/Tabs") != Name.S:
            problems.append(f"page {number}: annotations present but tab order is not the structure order")
        annotations = list(page.obj.get("/Annots", Array()))
        if any(a.get("/Subtype") == Name.Link and " " not in str(a.get("/Contents", "")).strip() for a in annotations):
            problems.append(f"page {number}: a link has no description in words (ISO 14289-1 7.18.5)")
        if any(not int(a.get("/F", 0)) & 4 for a in annotations):
            problems.append(f"page {number}: an annotation is not printed, so print and screen differ")
    return problems


def _font_problems(pdf: pikepdf.Pdf) -> list[str]:
    missing, unmapped = set(), set()
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", Dictionary()).get("/Font", Dictionary())
        for font in fonts.values():
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0] if descendants else font).get("/FontDescriptor")
            if font.get("/Subtype") == Name.Type3:
                continue
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
            if "/ToUnicode" not in font:
                unmapped.add(str(font.get("/BaseFont")))
    return [f"font {name} is not embedded (ISO 14289-1 7.21.4.1)" for name in sorted(missing)] + [
        f"font {name} has no ToUnicode map, so its text cannot be read out (ISO 14289-1 7.21.7)"
        for name in sorted(unmapped)
    ]


def pdf_ua_problems(data: bytes) -> list[str]:
    """What keeps ``data`` from meeting the PDF/UA-1 requirements checked here; empty when none."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/StructTreeRoot" not in pdf.Root:
            return ["the PDF is not tagged: it has no structure tree (ISO 14289-1 7.1)"]
        elements = structure_elements(pdf)
        problems = _metadata_problems(pdf) + _structure_problems(elements)
        problems += _content_problems(pdf, {element.objgen for element in elements}) + _font_problems(pdf)
        if "/Outlines" not in pdf.Root:
            problems.append("the PDF has no bookmarks (outline)")
        elif pdf.Root.get("/PageMode") != Name.UseOutlines:
            problems.append("the bookmarks are not shown when the PDF opens (PageMode UseOutlines)")
        return problems
