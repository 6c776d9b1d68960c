"""Worst time of every importer reader and recogniser on 32 kB hostile cells (the largest a cell holds).

    python bench/bench_hostile_cells.py [--size N] [--all] [--text NAME ...]

Each public function of app/importing/ and exports/importing/ that reads a cell's or a line's text
gets each hostile text (runs of dots, spaces, tabs, blank lines, "1.1.1.", "(1a)", one long word,
"£", bullets, "a b a b", and a contents line of dots ending in a page number) in each of its text
arguments; the table readers get a table and a document whose one data cell, header cell or
paragraph holds it; preview_import reads a .docx and an .xlsx whose one cell holds it. Prints each
function's worst time and the text that gave it (only those over 0.05 s unless --all), slowest first.
A pattern that backtracks over the whole run from every position shows as seconds here.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = 32_000
HEADER = ("Ref", "Objective", "Action", "Lead", "Timescale", "Outcome", "Progress")


def hostile_texts(size: int) -> dict[str, str]:
    def run(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "dots": run("."),
        "spaces": run(" "),
        "tabs": run("\t"),
        "blank lines": run("\n"),
        "1.1.1.": run("1."),
        "(1a)": run("(1a)"),
        "one word": run("a"),
        "£": run("£"),
        "bullets": run("• "),
        "a b a b": run("a "),
        "dots, then x 5": run(".")[:-4] + "x 5",
        "spaced dots, then 4": run(". ")[:-2] + " 4",
        "spaces, then x": run(" ")[:-1] + "x",
        "digits": run("1"),
    }


def _text_functions() -> list[tuple[str, Callable, list[int]]]:
    """(name, function, positions of its str arguments) for every public function taking only text."""
    import importlib
    import pkgutil

    import app.importing
    import exports.importing

    found = []
    for package in (app.importing, exports.importing):
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            for name, function in inspect.getmembers(module, inspect.isfunction):
                if function.__module__ != module.__name__ or name.startswith("_"):
                    continue
                params = list(inspect.signature(function).parameters.values())
                required = [p for p in params if p.default is inspect.Parameter.empty]
                kinds = [str(p.annotation) for p in required]
                if required and all(k in ("str", "str | None") for k in kinds):
                    found.append((f"{module_info.name}.{name}", function, list(range(len(required)))))
    return found


def _list_functions() -> list[tuple[str, Callable, Callable[[str], tuple]]]:
    """Functions of a row, a list of lines or a header: each given the hostile text in every place."""
    from app.importing import row_shapes, run_together, template_rows, whole_plan
    from exports.importing import headers, title_lines

    return [
        ("headers.guess_mapping", headers.guess_mapping, lambda t: ((t,) * len(HEADER),)),
        ("headers.is_glossary_header", headers.is_glossary_header, lambda t: ((t, t),)),
        ("headers.header_texts", headers.header_texts, lambda t: ((HEADER, (t,) * len(HEADER)),)),
        ("template_rows.repeats_header_cells", template_rows.repeats_header_cells, lambda t: ((t,) * 7, HEADER)),
        ("whole_plan.plan_period", whole_plan.plan_period, lambda t: ([t],)),
        ("title_lines.title_line", title_lines.title_line, lambda t: ([t, t],)),
        ("run_together.recut", run_together.recut, lambda t: ([t, t], 2, True)),
        ("row_shapes.cut_at_refs", row_shapes.cut_at_refs, lambda t: (t, ["1.1", "1.2"])),
    ]


def _documents(text: str) -> dict[str, object]:
    from exports.importing.source import RawDocument, RawTable

    def table(rows: tuple[tuple[str, ...], ...]) -> RawTable:
        return RawTable("hostile", "table 1", 0, rows, tuple(range(1, len(rows) + 1)), preceding=(text,))

    plain = ("1.1", "Safer streets", "Patrol the town centre", "Police", "March 2025", "", "")
    return {
        "in every data cell": RawDocument("hostile", "docx", tables=(table((HEADER, plain, (text,) * 7)),)),
        "in the header row": RawDocument("hostile", "docx", tables=(table(((text,) * 7, plain)),)),
        "as a paragraph": RawDocument("hostile", "docx", tables=(table((HEADER, plain)),), paragraphs=(text,)),
    }


def _file(folder: Path, kind: str, text: str) -> Path:
    plain = ("1.1", "Safer streets", "Patrol the town centre", "Police", "March 2025", "", "")
    rows = (HEADER, plain, ("1.2", "Safer streets", text, "Police", "March 2025", "", ""))
    if kind == "docx":
        from docx import Document

        document = Document()
        document.add_paragraph(text)
        table = document.add_table(rows=len(rows), cols=len(HEADER))
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        path = folder / "hostile.docx"
        document.save(path)
        return path
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for values in rows:
        sheet.append(values)
    path = folder / "hostile.xlsx"
    workbook.save(path)
    return path


def _timed(call: Callable[[], object]) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        outcome = call()
        draft = getattr(outcome, "draft", None)
        said = f"a plan of {len(draft.actions)} actions" if draft else type(outcome).__name__
    except Exception as exc:  # a refusal is an answer too: what matters is that it comes quickly
        said = f"{type(exc).__name__}: {str(exc)[:70]}"
    return time.perf_counter() - started, said


def sweep(size: int, only: list[str] | None = None, imports: list | None = None) -> list[tuple[float, str, str, str]]:
    """Each function's (worst time, name, text, what it gave); ``imports`` gets each whole import."""
    from app.importing.outline import outline_document
    from app.importing.service import ImportOptions, preview_document, preview_import
    from exports.importing.table_guess import guess_table

    texts = {label: text for label, text in hostile_texts(size).items() if not only or label in only}
    worst: dict[str, tuple[float, str, str]] = {}
    imports = [] if imports is None else imports

    def note(name: str, label: str, call: Callable[[], object]) -> None:
        elapsed, said = _timed(call)
        if name not in worst or elapsed > worst[name][0]:
            worst[name] = (elapsed, label, said)

    for name, function, places in _text_functions():
        warm_up = ["x"] * len(places)
        _timed(lambda f=function, a=warm_up: f(*a))  # loads a dictionary or cache once, untimed
        if hasattr(function, "cache_clear"):
            function.cache_clear()
        for label, text in texts.items():
            for place in places:
                args = ["x"] * len(places)
                args[place] = text
                note(name, label, lambda f=function, a=args: f(*a))
    for name, function, make in _list_functions():
        for label, text in texts.items():
            args = make(text)
            note(name, label, lambda f=function, a=args: f(*a))
    for label, text in texts.items():
        for where, document in _documents(text).items():
            note("table_guess.guess_table", f"{label}, {where}", lambda d=document: guess_table(d.tables[0]))
            note("outline.outline_document", f"{label}, {where}", lambda d=document: outline_document(d))
            note(
                "service.preview_document",
                f"{label}, {where}",
                lambda d=document: preview_document(d, ImportOptions()),
            )
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as folder:
        for label, text in texts.items():
            for kind in ("docx", "xlsx"):
                path = _file(Path(folder), kind, text)
                elapsed, said = _timed(lambda p=path: preview_import(p))
                imports.append((kind, label, elapsed, said))
                name = f"service.preview_import (.{kind})"
                if name not in worst or elapsed > worst[name][0]:
                    worst[name] = (elapsed, label, said)
    return sorted(((t, name, label, said) for name, (t, label, said) in worst.items()), reverse=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--all", action="store_true", help="print every function, not only the slow")
    parser.add_argument("--text", action="append", help="only this text (repeatable): " + ", ".join(hostile_texts(1)))
    args = parser.parse_args(argv)
    imports: list[tuple[str, str, float, str]] = []
    rows = sweep(args.size, args.text, imports)
    print(f"{len(rows)} functions, {len(args.text or hostile_texts(1))} texts of {args.size:,} characters")
    print("| function | worst time | text | gave |")
    print("| --- | --- | --- | --- |")
    for elapsed, name, label, said in rows:
        if args.all or elapsed >= 0.05:
            print(f"| `{name}` | {elapsed:.2f} s | {label} | {said} |")
    print("\n| whole import | text | time | gave |\n| --- | --- | --- | --- |")
    for kind, label, elapsed, said in imports:
        print(f"| .{kind} | {label} | {elapsed:.2f} s | {said} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
