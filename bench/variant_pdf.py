"""PDF variants for bench/layout_variants.py: the same plan's PDF as another officer printed it.

The bench's PDFs are printed by ``container_writers.write_pdf`` from each plan's sections (heading,
paragraphs, header row, rows). ``recording`` keeps each call's arguments while the containers are
built, and each variant prints the same sections again another way, every word of every cell kept:

- portrait page: A4 the other way round, so every column is narrower and cells wrap differently;
- Action column wider: the column holding the key's actions given 40% of the width (as Word's
  autofit prints it), the others narrower;
- header row not repeated: the table's header printed on its first page only (Word's "Repeat as
  header row" off), for plans whose table runs over a page;
- page footer (title, Page N of M): a footer line naming the plan and its date on every page and
  "Page N of M" page numbers;
- Lead moved before Action; Timescale column first: one column moved in the header and in every
  row of the table (rows of one cell across the table left as they are), as in variant_sheets.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import container_writers
from container_writers import Printing
from variant_sheets import action_column, header_roles, moved_order, single

Section = tuple[str, list[str], list[str] | None, list[list[str]]]


@contextmanager
def recording() -> Iterator[dict[Path, dict]]:
    """While the containers are built: PDF path -> the arguments ``write_pdf`` printed it from."""
    calls: dict[Path, dict] = {}
    original = container_writers.write_pdf

    def keep(path, title, sections, running=None, across=False, printing=None):
        calls[Path(path)] = {"title": title, "sections": sections, "running": running, "across": across}
        return original(path, title, sections, running, across, printing)

    # Each builder module imported the writer by name: it is swapped where it was imported.
    users = [m for m in list(sys.modules.values()) if getattr(m, "write_pdf", None) is original]
    for module in users:
        module.write_pdf = keep
    try:
        yield calls
    finally:
        for module in users:
            module.write_pdf = original


def _action(sections: list[Section], openings: list[str]) -> int | None:
    grid = [row for _h, _p, header, rows in sections for row in ([header] if header else []) + rows]
    return action_column(grid, openings)


def _roles(sections: list[Section], openings: list[str]) -> dict[str, int]:
    action = _action(sections, openings)
    return next((r for _h, _p, header, _rows in sections if header and (r := header_roles(header, action))), {})


def moved(sections: list[Section], openings: list[str], column: str) -> list[Section] | None:
    """The Lead column before the Action column, or the Timescale column first, in every table."""
    roles = _roles(sections, openings)
    width = next((len(header) for _h, _p, header, _r in sections if header), 0)
    order = moved_order(roles, width, column) if roles else None
    if order is None:
        return None

    def row(cells: list[str]) -> list[str]:
        return [cells[c] for c in order] if len(cells) == width and not single(cells) else cells

    return [
        (heading, paragraphs, row(header) if header else header, [row(r) for r in rows])
        for heading, paragraphs, header, rows in sections
    ]


def _plain(call: dict, sections: list[Section], printing: Printing, target: Path) -> int:
    return container_writers.write_pdf(target, call["title"], sections, call["running"], call["across"], printing)


def pdf_variants(call: dict, source: Path, out: Path, openings: list[str]) -> list[tuple[str, Path]]:
    """The variants of one PDF container (its recorded ``write_pdf`` call), written under ``out``."""
    sections: list[Section] = call["sections"]
    stem = source.stem
    made: list[tuple[str, Path]] = []

    def printed(variant: str, printing: Printing, changed: list[Section] | None = None) -> None:
        target = out / f"{stem}.p{len(made)}.pdf"
        _plain(call, changed or sections, printing, target)
        made.append((variant, target))

    printed("portrait page", Printing(portrait=True))
    action = _action(sections, openings)
    if action is not None:
        printed("Action column wider", Printing(action=action, action_share=0.4))
    probe = out / f"{stem}.pages.pdf"
    pages = _plain(call, sections, Printing(), probe)
    probe.unlink()
    if pages > 1 and any(header for _h, _p, header, _r in sections):
        printed("header row not repeated", Printing(repeat_header=False))
    title = call["title"] or "Community Safety Partnership delivery plan"
    footer = Printing(footer=(f"{title} – published December 2026",), pages=pages)
    # The footer's extra line shortens every page, so the count is taken again with it.
    probe_pages = _plain(call, sections, footer, probe)
    probe.unlink()
    printed("page footer (title, Page N of M)", replace(footer, pages=probe_pages))
    for variant, column in (("Lead moved before Action", "lead"), ("Timescale column first", "time")):
        if (changed := moved(sections, openings, column)) is not None:
            printed(variant, Printing(), changed)
    return made
