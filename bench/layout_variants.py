"""Layout variants: each keyed plan's Word, workbook and CSV containers re-rendered as another
officer's copy of the same plan, scored against the same answer key.

    python bench/layout_variants.py [--table] [NAME ...]

bench/import_fidelity.py scores one rendering of each plan; an importer can be fitted to it. The
variants are what the same plan looks like when it arrives by email from someone else, each keeping
every word of every cell (so the key still holds):

Workbook and CSV (variant_sheets.py):
- Lead moved before Action; Timescale column first: one column moved, the others kept in their
  order (a copy re-sorted for a leads' meeting; grouping columns such as Stage stay on the left).
  Not for the BCP sheets pasted from a PDF (their rows sit cells to the left of their headers;
  moving columns in them makes rows no copy has);
- RAG and Notes columns: a "RAG" column after the action (Amber on each row opening an action) and an empty
  "Notes" column at the end, the two columns officers add most (not for the BCP sheets either: a
  column put in the middle of rows that sit to the left of their headers lands in the wrong place);
- header words: Action / Lead / Timescale headers (and their repeats) as "What we will do" /
  "Responsible" / "By when", and as "Action" / "Owner" / "Target date";
- title and blank row above: the header no longer on the first row (a title line, a blank row);
- priority column (variant_priorities.py): the priority heading rows made a first column headed
  "Priority", the name written on each row opening an action (.xlsx and .csv), or in the first
  with the cell merged down over the rest (.xlsx); and headed "Theme", repeated on each row. Only
  plans whose sheet names its priorities in heading rows have it;
- first column merged down (.xlsx only): a first-column cell followed by empty cells (an objective
  or stage named once) or by the same text repeated merged vertically over its rows;
- two sheets (.xlsx only): the plan split over two sheets near its middle at the heading row of a
  priority (one the key names), or, for a plan the key gives no priorities, where the refs' first
  number changes; the header row copied to the top of the second sheet.

Word (variant_word.py):
- Lead moved before Action, Timescale column first, RAG and Notes columns, header words: as for
  sheets, in every plan table (and in a table of the same width right after it that goes on
  without a header);
- table split at a page break: each plan table cut near its middle (never inside a merged cell)
  into two tables with a page break between, the header row repeated in the second;
- soft line breaks in cells: a cell's paragraphs typed as one paragraph with Shift+Enter breaks,
  bullets typed as "• ";
- title above: two bold paragraphs at the top naming the plan and its date.

PDF (variant_pdf.py, each PDF container printed again from its recorded sections): portrait page,
Action column wider, header row not repeated, page footer (title, Page N of M), and the two
column moves.

The Action column is the one holding the key's actions (by their opening words), whatever its
header says; the other columns are found by their header words. A variant that changes nothing in
a container (no Lead or Timescale column to move, no merged cells to make) is not scored for it.
Prints key, container, variant, score and the original container's score, then a summary per
variant; with --table every copy as a Markdown row too (bench/README.md, "Layout variants").
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from build_containers import build_all  # noqa: E402
from import_fidelity import KEYS, score  # noqa: E402
from variant_pdf import pdf_variants, recording  # noqa: E402
from variant_priorities import priority_column, two_sheets  # noqa: E402
from variant_sheets import (  # noqa: E402
    MOVES_COLUMNS,
    PASTED,
    SHEET_VARIANTS,
    action_column,
    merged_down,
    norm,
    read_grid,
    write_book,
    write_csv,
)
from variant_word import WORD_VARIANTS, word_variant  # noqa: E402

from app.importing.service import ImportOptions, preview_import  # noqa: E402
from exports.importing import PlanFileError  # noqa: E402


def sheet_variants(key: dict, path: Path, out: Path, openings: list[str]) -> list[tuple[str, Path]]:
    name, grid = key["name"], read_grid(path)
    # In a sheet pasted from a PDF the key's actions sit in several columns: its headers say which.
    action = None if PASTED.match(name) else action_column(grid, openings)
    made: list[tuple[str, Path]] = []
    for number, (variant, change) in enumerate(SHEET_VARIANTS.items()):
        if variant in MOVES_COLUMNS and PASTED.match(name):
            continue
        changed = change(grid, action)
        if changed is None:
            continue
        target = out / f"{path.stem}.v{number}{path.suffix}"
        write_csv(target, changed) if path.suffix == ".csv" else write_book(target, [changed])
        made.append((variant, target))
    repeated = priority_column(grid, action, key["priorities"], merge=False)
    if repeated is not None:
        target = out / f"{path.stem}.priorities{path.suffix}"
        write_csv(target, repeated[0]) if path.suffix == ".csv" else write_book(target, [repeated[0]])
        made.append(("priority column, repeated on each row", target))
    themed = priority_column(grid, action, key["priorities"], merge=False, header="Theme")
    if themed is not None:
        target = out / f"{path.stem}.themes{path.suffix}"
        write_csv(target, themed[0]) if path.suffix == ".csv" else write_book(target, [themed[0]])
        made.append(("priority column headed Theme, repeated on each row", target))
    if path.suffix == ".xlsx":
        if (merged := priority_column(grid, action, key["priorities"], merge=True)) is not None:
            target = out / f"{path.stem}.priorities-merged.xlsx"
            write_book(target, [merged[0]], [merged[1]])
            made.append(("priority column, merged down", target))
        if (merged := merged_down(grid, action)) is not None:
            target = out / f"{path.stem}.merged.xlsx"
            write_book(target, [merged[0]], [merged[1]])
            made.append(("first column merged down", target))
        if (sheets := two_sheets(grid, action, key["priorities"])) is not None:
            target = out / f"{path.stem}.sheets.xlsx"
            write_book(target, sheets)
            made.append(("two sheets", target))
    return made


def variants_of(key: dict, path: Path, out: Path, printed: dict[Path, dict]) -> list[tuple[str, Path]]:
    # The key's actions' opening words (as the scorer matches them) find the action column.
    openings = [" ".join(norm(a["activity"]).split()[:6]) for a in key["actions"]]
    if path.suffix in (".xlsx", ".csv"):
        return sheet_variants(key, path, out, openings)
    if path.suffix == ".docx":
        made = []
        for number, (variant, change) in enumerate(WORD_VARIANTS.items()):
            target = word_variant(path, out / f"{path.stem}.v{number}.docx", change, openings)
            if target is not None:
                made.append((variant, target))
        return made
    if path.suffix == ".pdf" and path in printed:
        return pdf_variants(printed[path], path, out, openings)
    return []


def scored(key: dict, path: Path) -> str:
    options = ImportOptions(split_bullets=key["options"].get("split_bullets", False))
    try:
        return f"{score(key, preview_import(path, options))[0]:.1f}"
    except PlanFileError as exc:
        return f"0.0 (refused: {exc.reason[:40]})"


def run(names: list[str]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with recording() as printed:
            containers = build_all(out / "original")
        (out / "variants").mkdir()
        for key_path in sorted(KEYS.glob("*.json")):
            key = json.loads(key_path.read_text())
            if names and key["name"] not in names:
                continue
            for path in containers[key["name"]]:
                made = variants_of(key, path, out / "variants", printed)
                if not made:
                    continue
                original = scored(key, path)
                for variant, target in made:
                    rows.append((key["name"], path.suffix[1:], variant, scored(key, target), original))
                    print(f"{key['name']:34} {path.suffix[1:]:5} {variant:56} {rows[-1][3]:>6} {original:>6}")
    return rows


def summary(rows: list[tuple[str, str, str, str, str]]) -> list[str]:
    """Per variant: how many containers scored, how many lost points against their original, and the
    lowest score."""
    lines = ["| variant | containers | below original | lowest |", "| --- | --- | --- | --- |"]
    for variant in dict.fromkeys(r[2] for r in rows):
        mine = [r for r in rows if r[2] == variant]
        lost = [r for r in mine if float(r[3].split()[0]) < float(r[4].split()[0])]
        lowest = min(mine, key=lambda r: float(r[3].split()[0]))
        lines.append(f"| {variant} | {len(mine)} | {len(lost)} | {lowest[3]} ({lowest[0]}.{lowest[1]}) |")
    return lines


if __name__ == "__main__":
    arguments = sys.argv[1:]
    results = run([a for a in arguments if not a.startswith("-")])
    if "--table" in arguments:
        print("| key | container | variant | score | original |")
        print("| --- | --- | --- | --- | --- |")
        for row in results:
            print("| " + " | ".join(row) + " |")
    print("\n".join(summary(results)))
