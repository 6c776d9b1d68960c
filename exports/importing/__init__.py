"""Reading plan files (.docx, .xlsx, .pdf, .csv) into raw tables, safely: no Qt, no database."""

from __future__ import annotations

import re
from pathlib import Path

from exports.importing.budget import ReadBudget, RowLimits
from exports.importing.csv_reader import read_csv
from exports.importing.docx_reader import read_docx
from exports.importing.pdf_reader import read_pdf
from exports.importing.pdf_safety import check_pdf
from exports.importing.safety import ImportLimits, check_package, check_size, sniff_kind
from exports.importing.source import PlanFileError, RawDocument, RawTable, SourceLocation
from exports.importing.xlsx_reader import read_xlsx

_LIST_ITEM = re.compile(r"^\s*[•\-*▪◦‣●]\s+\S")
SUPPORTED_SUFFIXES = (".docx", ".xlsx", ".xlsm", ".pdf", ".csv", ".txt")
_READERS = {"docx": read_docx, "xlsx": read_xlsx, "csv": read_csv}


def read_plan_file(path: Path | str, limits: ImportLimits | None = None) -> RawDocument:
    """Every table in ``path``; raises PlanFileError (naming file/sheet/row/column) on bad input."""
    path = Path(path)
    limits = limits or ImportLimits()
    check_size(path, limits)
    try:
        kind = sniff_kind(path)
        if kind == "pdf":
            check_pdf(path, limits)
        elif kind != "csv":
            check_package(path, limits)
        budget = ReadBudget(limits.rows)
        if kind == "pdf":  # bounded by its page limits while read; its rows are counted once assembled
            document = read_pdf(path)
            _count_rows(document, budget)
        else:
            document = _READERS[kind](path, budget)
    except PlanFileError:
        raise
    except OSError as exc:
        raise PlanFileError(f"the file cannot be read ({exc.strerror or exc}).", SourceLocation(path.name)) from None
    except Exception as exc:  # noqa: BLE001 - a third-party parser failing on a broken file
        raise PlanFileError(
            f"the file cannot be read ({type(exc).__name__}: {exc}).", SourceLocation(path.name)
        ) from None
    if not any(table.rows for table in document.tables) and not _has_list(document.paragraphs):
        raise PlanFileError("no tables were found in the file.", SourceLocation(path.name))
    return document


def _has_list(paragraphs: tuple[str, ...]) -> bool:
    """Two bullet paragraphs or more: a plan written as lists, which the plan builder reads as tables."""
    return sum(bool(_LIST_ITEM.match(text)) for text in paragraphs) >= 2


def _count_rows(document: RawDocument, budget: ReadBudget) -> None:
    for table in document.tables:
        for index, row in enumerate(table.rows):
            budget.take(row, table.location(index))


__all__ = [
    "ImportLimits",
    "PlanFileError",
    "RawDocument",
    "RawTable",
    "ReadBudget",
    "RowLimits",
    "SourceLocation",
    "SUPPORTED_SUFFIXES",
    "read_plan_file",
]
