"""Summary charts as SVG images with alternative text that says what the bars say, number by number.

Each chart also has its figures in a table beside it, so the alternative text can stay one sentence.
"""

from __future__ import annotations

import base64
from html import escape

from exports.common.contrast import readable_ink
from models.snapshots.report import PrioritySummary, StatusCounts, describe_counts, status_colour, status_label

WIDTH = 480
BAR = 14
GAP = 6
LABEL = 150
FONT = 'font-family="DejaVu Sans, sans-serif" font-size="9"'


def _figure(svg: str, alt: str, caption: str) -> str:
    source = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (
        f'<figure><img src="{source}" alt="{escape(alt, quote=True)}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def _svg(height: int, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}">{"".join(body)}</svg>'
    )


def status_chart(counts: StatusCounts) -> str:
    """One bar per status, labelled with its name, RAG word and count (colour is never the only signal)."""
    biggest = max((n for _, n in counts), default=1) or 1
    space = WIDTH - LABEL - 40
    body = []
    for index, (name, count) in enumerate(counts):
        y = GAP + index * (BAR + GAP)
        length = max(space * count / biggest, 2)
        body += [
            f'<text x="0" y="{y + 10}" {FONT}>{escape(status_label(name))}</text>',
            f'<rect x="{LABEL}" y="{y}" width="{length:.1f}" height="{BAR}" fill="{status_colour(name)}"/>',
            f'<text x="{LABEL + length + 4:.1f}" y="{y + 10}" {FONT} font-weight="bold">{count}</text>',
        ]
    total = sum(n for _, n in counts)
    alt = "Bar chart of actions by status. " + describe_counts(total, counts) + "."
    return _figure(_svg(GAP + len(counts) * (BAR + GAP), body), alt, "Actions by status")


def priority_chart(priorities: tuple[PrioritySummary, ...]) -> str:
    """Each priority as a bar split by status; the alternative text reads each priority's counts."""
    space = WIDTH - LABEL
    body = []
    for index, priority in enumerate(priorities):
        y = GAP + index * (BAR + GAP)
        label = f"{priority.code} {priority.title}".strip()
        short = label if len(label) <= 26 else label[:25] + "…"
        body.append(f'<text x="0" y="{y + 10}" {FONT}>{escape(short)}</text>')
        x = float(LABEL)
        for name, count in priority.counts:
            width = space * count / (priority.total or 1)
            fill = status_colour(name)
            body.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR}" fill="{fill}" '
                'stroke="#ffffff" stroke-width="1"/>'
            )
            if width >= 14:  # the count in the segment, in whichever ink reads on its colour
                body.append(
                    f'<text x="{x + width / 2:.1f}" y="{y + 10}" {FONT} font-weight="bold" text-anchor="middle" '
                    f'fill="{readable_ink(fill)}">{count}</text>'
                )
            x += width
    names = list(dict.fromkeys(name for p in priorities for name, _ in p.counts))
    legend_y = GAP + len(priorities) * (BAR + GAP) + 4
    x = 0.0
    for name in names:  # the legend names each colour, so a segment never depends on colour alone
        label = status_label(name)
        if x + 14 + len(label) * 5.5 > WIDTH:
            x, legend_y = 0.0, legend_y + 14
        body += [
            f'<rect x="{x:.1f}" y="{legend_y}" width="10" height="10" fill="{status_colour(name)}"/>',
            f'<text x="{x + 13:.1f}" y="{legend_y + 9}" {FONT}>{escape(label)}</text>',
        ]
        x += 13 + len(label) * 5.5 + 12
    sentences = " ".join(f"Priority {p.code or p.title}: {p.sentence}." for p in priorities)
    alt = "Stacked bar chart of each priority's actions by status. " + sentences
    return _figure(_svg(legend_y + 14, body), alt, "Each priority's actions by status")
