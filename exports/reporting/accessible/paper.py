"""The committee paper's prose in the accessible edition: numbered sections and paragraphs, the
number written as text so a screen reader says "4.2" as the minutes cite it."""

from __future__ import annotations

from collections.abc import Callable

from exports.reporting.wording import officer_lines
from models.snapshots.paper import PaperSection, numbered
from models.snapshots.report import ReportData


def section_id(section: PaperSection) -> str:
    return f"paper-{section.key}"


def section_html(section: PaperSection, number: int, escape: Callable[[object], str]) -> str:
    parts = [f'<section class="paper" id="{section_id(section)}"><h2>{number}. {escape(section.title)}</h2>']
    if section.lead_in:
        parts.append(f"<p>{escape(section.lead_in)}</p>")
    for label, block in numbered(number, section):
        if block.heading:
            parts.append(f"<h3>{escape(block.heading)}</h3>")
        else:
            parts.append(f'<p class="numbered"><span class="number">{label}</span> {escape(block.text)}</p>')
    return "".join(parts) + "</section>"


def officers_html(report: ReportData, escape: Callable[[object], str]) -> str:
    """Who wrote the paper and whom to ask, closing it as committee papers do."""
    lines = [f"<p><strong>{label}:</strong> {escape(text)}</p>" for label, text in officer_lines(report)]
    if not lines:
        return ""
    return '<section class="paper" id="paper-officers"><h2>Author and contact</h2>' + "".join(lines) + "</section>"


CSS = """
section.paper + section.paper { break-before: auto; }
p.numbered { padding-left: 11mm; text-indent: -11mm; }
p.numbered .number { display: inline-block; width: 11mm; text-indent: 0; font-weight: bold; }
"""
