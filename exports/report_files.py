"""Writing a progress report in the format asked for."""

from __future__ import annotations

import os
from pathlib import Path

from app.reporting import ReportData


def write_report(report: ReportData, path: str | os.PathLike[str], fmt: str) -> Path:
    if fmt == "pdf":
        from exports.pdf_report import write_pdf_report

        return write_pdf_report(report, path)
    if fmt == "docx":
        from exports.docx_report import write_docx_report

        return write_docx_report(report, path)
    raise ValueError(f"Unknown report format {fmt!r}")
