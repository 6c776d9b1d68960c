"""Word variants for bench/layout_variants.py: the same plan's .docx as another officer's copy.

Each variant opens the built document, changes its plan tables (a table whose first row is a header
with an Action column, found by its words as in variant_sheets) and saves it under a new name; None
when the document has nothing the variant changes.
"""

from __future__ import annotations

import copy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from variant_sheets import SYNONYMS, action_column, header_roles, moved_order, opens_action

W_TC, W_TR, W_P, W_R, W_T = qn("w:tc"), qn("w:tr"), qn("w:p"), qn("w:r"), qn("w:t")


def _cells(tr) -> list:
    return tr.findall(W_TC)


def _text(tc) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(W_T)) for p in tc.findall(W_P))


def _plan_tables(doc, openings: list[str]) -> list[tuple[object, dict[str, int]]]:
    """The plan tables and their header roles, the action column being where the key's actions are."""
    found = []
    for table in doc.tables:
        if not table.rows:
            continue
        grid = [[_text(tc) for tc in _cells(tr)] for tr in table._tbl.tr_lst]
        roles = header_roles(grid[0], action_column(grid, openings))
        # A table right after a plan table (empty paragraphs between), as wide and with no header,
        # is the rest of it (a row the page cut goes on there): it is changed as the table above.
        before = table._tbl.getprevious()
        while before is not None and before.tag == W_P and not "".join(t.text or "" for t in before.iter(W_T)).strip():
            before = before.getprevious()
        after = found and before is found[-1][0]._tbl
        if not roles and after and len(grid[0]) == len(_header(found[-1][0])):
            roles = found[-1][1]
        if roles:
            found.append((table, roles))
    return found


def _set_text(tc, text: str) -> None:
    paragraphs = tc.findall(W_P)
    for extra in paragraphs[1:]:
        tc.remove(extra)
    first = paragraphs[0]
    for run in first.findall(W_R):
        first.remove(run)
    run = copy.deepcopy(_blank_run())
    run.find(W_T).text = text
    first.append(run)


def _blank_run():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"></w:t></w:r>')


def _header(table) -> list[str]:
    return [_text(tc) for tc in _cells(table._tbl.tr_lst[0])]


def reorder(doc, openings: list[str], moved: str) -> bool:
    """The columns moved (``variant_sheets.moved_order``) in every plan table, rows of one cell
    across the table kept as they are."""
    changed = False
    for table, roles in _plan_tables(doc, openings):
        order = moved_order(roles, len(_header(table)), moved)
        if order is None:
            continue
        for tr in table._tbl.tr_lst:
            cells = _cells(tr)
            if len(cells) != len(order):
                continue
            for tc in cells:
                tr.remove(tc)
            for column in order:
                tr.append(cells[column])
        changed = True
    return changed


def extra_columns(doc, openings: list[str]) -> bool:
    """A "RAG" column after the action (Amber on action rows) and an empty "Notes" column at the end."""
    changed = False
    for table, roles in _plan_tables(doc, openings):
        header = _header(table)
        action = roles["action"]
        grid = table._tbl.tblGrid
        for _ in range(2):
            grid.append(copy.deepcopy(grid.findall(qn("w:gridCol"))[-1]))
        for tr in table._tbl.tr_lst:
            cells = _cells(tr)
            if len(cells) != len(header):
                span = cells[-1].tcPr.find(qn("w:gridSpan")) if cells[-1].tcPr is not None else None
                if span is not None:
                    span.set(qn("w:val"), str(int(span.get(qn("w:val"))) + 2))
                continue
            is_header = bool(header_roles([_text(tc) for tc in cells], action))
            rag, notes = copy.deepcopy(cells[action]), copy.deepcopy(cells[-1])
            filled = opens_action(_text(cells[action]))
            _set_text(rag, "RAG" if is_header else ("Amber" if filled else ""))
            _set_text(notes, "Notes" if is_header else "")
            for vmerge in (*rag.iter(qn("w:vMerge")), *notes.iter(qn("w:vMerge"))):
                vmerge.getparent().remove(vmerge)
            cells[action].addnext(rag)
            tr.append(notes)
        changed = True
    return changed


def header_words(doc, openings: list[str]) -> bool:
    """Action / Lead / Timescale headers (first rows and their repeats) as "What we will do",
    "Responsible", "By when"."""
    tables = _plan_tables(doc, openings)
    for table, roles in tables:
        for tr in table._tbl.tr_lst:
            cells = _cells(tr)
            if header_roles([_text(tc) for tc in cells], roles["action"]):
                for name, column in roles.items():
                    if name in SYNONYMS:
                        _set_text(cells[column], SYNONYMS[name])
    return bool(tables)


def split_table(doc, openings: list[str]) -> bool:
    """Each plan table of four rows or more split in two at a page break near its middle (never
    inside a vertically merged cell), the header row repeated at the top of the second table."""
    changed = False
    for table, _roles in _plan_tables(doc, openings):
        rows = table._tbl.tr_lst
        cuts = [
            i
            for i in range(2, len(rows) - 1)
            if not any(v.get(qn("w:val")) in (None, "continue") for v in rows[i].iter(qn("w:vMerge")))
        ]
        if len(rows) < 5 or not cuts:
            continue
        cut = min(cuts, key=lambda i: abs(i - len(rows) / 2))
        second = copy.deepcopy(table._tbl)
        for tr in second.tr_lst[1:]:
            second.remove(tr)
        for tr in rows[cut:]:
            second.append(tr)
        page = doc.add_paragraph()
        page.add_run().add_break(WD_BREAK.PAGE)
        table._tbl.addnext(page._p)
        page._p.addnext(second)
        changed = True
    return changed


def soft_breaks(doc, openings: list[str]) -> bool:
    """A cell's separate paragraphs typed as one paragraph with soft line breaks (Shift+Enter), a
    bulleted paragraph's bullet typed as "• "."""
    changed = False
    for table, _roles in _plan_tables(doc, openings):
        for tr in table._tbl.tr_lst:
            for tc in _cells(tr):
                paragraphs = tc.findall(W_P)
                if len(paragraphs) < 2:
                    continue
                first = paragraphs[0]
                for paragraph in paragraphs:
                    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
                    bullet = style is not None and "List" in (style.get(qn("w:val")) or "")
                    if paragraph is not first:
                        first.append(copy.deepcopy(_blank_run()))
                        first[-1].remove(first[-1].find(W_T))
                        first[-1].append(first.makeelement(qn("w:br"), {}))
                    if bullet:
                        run = copy.deepcopy(_blank_run())
                        run.find(W_T).text = "• "
                        opening = paragraph.find(W_R)
                        if opening is not None:
                            opening.addprevious(run)
                    if paragraph is not first:
                        for run in paragraph.findall(W_R):
                            first.append(run)
                        tc.remove(paragraph)
                if first.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") is not None:
                    first.find(qn("w:pPr")).remove(first.find(f"{qn('w:pPr')}/{qn('w:pStyle')}"))
                changed = True
    return changed


def title_above(doc, openings: list[str]) -> bool:
    """Two bold paragraphs at the top of the document, above everything, naming the plan and its
    date (a copy retitled for a meeting): a title, not a priority."""
    if not _plan_tables(doc, openings):
        return False
    first = doc.element.body[0]
    for text in ("Community Safety Partnership – Delivery Plan", "December 2026"):
        paragraph = doc.add_paragraph()
        paragraph.add_run(text).bold = True
        first.addprevious(paragraph._p)
    return True


WORD_VARIANTS = {
    "Lead moved before Action": lambda doc, openings: reorder(doc, openings, "lead"),
    "Timescale column first": lambda doc, openings: reorder(doc, openings, "time"),
    "RAG and Notes columns": extra_columns,
    "header words (What we will do / Responsible / By when)": header_words,
    "table split at a page break": split_table,
    "soft line breaks in cells": soft_breaks,
    "title above": title_above,
}


def word_variant(source: Path, target: Path, change, openings: list[str]) -> Path | None:
    doc = Document(str(source))
    if not change(doc, openings):
        return None
    doc.save(str(target))
    return target
