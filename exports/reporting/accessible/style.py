"""The edition's stylesheet: the print pack's type and colours, A4 pages with furniture in the margins."""

from __future__ import annotations

import re

NAVY = "#1f3864"
TEAL = "#2f6f8f"
RULE = "#b8c4d6"
ZEBRA = "#f2f5fa"
MUTED = "#555555"


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string, safe inside a <style> element."""
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)
    return '"' + re.sub(r'[\\"<>]', lambda m: f"\\{ord(m.group()):x} ", text) + '"'


def stylesheet(font_folder: str, running_head: str) -> str:
    """``running_head`` prints at the top of every page after the cover (as an artifact, not body text)."""
    return f"""
@font-face {{ font-family: DeskSans; src: url("{font_folder}/DejaVuSans.ttf"); }}
@font-face {{ font-family: DeskSans; font-weight: bold; src: url("{font_folder}/DejaVuSans-Bold.ttf"); }}
@font-face {{ font-family: DeskSans; font-style: italic; src: url("{font_folder}/DejaVuSans-Oblique.ttf"); }}
@page {{
  size: A4; margin: 22mm 18mm 24mm 18mm;
  @top-left {{ content: {css_string(running_head)}; font: 8.5pt DeskSans; color: {NAVY};
               border-bottom: 1pt solid {NAVY}; width: 100%; vertical-align: bottom; padding-bottom: 2mm; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: bold 8pt DeskSans; color: {NAVY}; }}
}}
/* As in the print pack: tables with more than two chosen columns turn their pages landscape. */
@page wide {{ size: A4 landscape; }}
section.wide {{ page: wide; }}
@page :first {{ @top-left {{ content: none; border: none; }} }}
html {{ font-family: DeskSans; font-size: 10pt; line-height: 1.4; color: #000; }}
h1 {{ font-size: 24pt; line-height: 1.25; color: {NAVY}; margin: 0 0 8pt; }}
h2 {{ font-size: 16pt; color: {NAVY}; margin: 14pt 0 8pt; break-after: avoid; }}
h3 {{ font-size: 12pt; color: {NAVY}; margin: 12pt 0 4pt; break-after: avoid; }}
h4 {{ font-size: 10pt; color: {TEAL}; margin: 10pt 0 3pt; break-after: avoid; }}
section {{ break-before: page; }}
nav {{ break-before: page; }}
.cover .partnership {{ font-size: 15pt; font-weight: bold; color: {TEAL}; margin-top: 20mm; }}
.cover .subtitle {{ font-size: 12pt; font-weight: bold; color: {NAVY}; }}
ol.contents {{ padding-left: 0; list-style: none; }}
ol.contents a {{ color: {NAVY}; text-decoration: none; }}
ol.contents a::after {{ content: leader(".") target-counter(attr(href), page); }}
table {{ width: 100%; border-collapse: collapse; font-size: 8pt; line-height: 1.3; margin: 4pt 0 10pt; }}
caption {{ break-after: avoid; text-align: left; font-weight: bold; font-size: 8.5pt; color: {MUTED};
           padding-bottom: 2pt; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
th, td {{ overflow-wrap: break-word; text-align: left; vertical-align: top; padding: 3pt 4pt;
          border-bottom: 0.4pt solid {RULE}; }}
thead th {{ background: {NAVY}; color: #fff; }}
tbody th {{ font-weight: bold; }}
tr.group th {{ background: #dfe7f2; color: {NAVY}; }}
tbody tr:nth-child(even) {{ background: {ZEBRA}; }}
figure {{ margin: 6pt 0 10pt; break-inside: avoid; }}
figure img {{ width: 100%; }}
figcaption {{ font-size: 8.5pt; color: {MUTED}; }}
"""
