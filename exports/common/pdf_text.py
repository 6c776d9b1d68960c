"""Making any user text safe for reportlab's Paragraph mini-markup.

Plan text arrives from spreadsheets and emails: ampersands, "<b>", stray control characters,
emoji and pasted 5,000-character URLs. Paragraph parses its input as markup, so everything is
escaped, characters the embedded font cannot draw are replaced, and very long texts are cut
(a table row taller than a page cannot be laid out at all).
"""

from __future__ import annotations

import re
from html import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.common.pdf_fonts import register_fonts

REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
TRUNCATION_NOTE = " … [shortened for print; full text in Delivery Desk]"


def plain(text: object, limit: int | None = None) -> str:
    """Text with control characters removed, unknown glyphs replaced and, if needed, shortened."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _CONTROL.sub("", value)
    drawable = register_fonts()
    if any(ord(ch) not in drawable for ch in value):
        value = "".join(ch if ord(ch) in drawable or ch == "\n" else REPLACEMENT for ch in value)
    if limit is not None and len(value) > limit:
        value = value[:limit].rstrip() + TRUNCATION_NOTE
    return value


def markup(text: object, limit: int | None = None) -> str:
    """Paragraph-ready markup showing ``text`` literally, line breaks kept."""
    lines = plain(text, limit).strip().split("\n")
    return "<br/>".join(escape(line, quote=False) for line in lines)


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """One line of text cut to ``width`` points with an ellipsis (for headers, footers and charts)."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
