"""The narrative file: the words of a committee paper written in any text editor.

``python main.py report --narrative FILE`` reads it. The format, meant to be typed by hand::

    # Lines starting with # are notes to yourself and are left out.
    [summary]
    The executive summary. A blank line starts a new numbered paragraph.

    [priority 1]
    Progress under priority 1 (name a priority by its code, e.g. "1", or by its title).

    [purpose]
    Why the paper comes to the committee.

    [recommendations]
    note the progress made in delivering the plan;
    agree the revised timescale for action 2.3.

    [background papers]
    Safer Communities Plan 2024-27 (approved March 2024)

Every section is optional; one left out of the file keeps what is stored, one present but empty
clears it. In ``[recommendations]`` and ``[background papers]`` each line is one item.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from exports.common.capped_read import FileTooLarge, read_capped

MAX_BYTES = 1_000_000
HEADING = re.compile(r"^\[\s*(?P<name>[^\]]+?)\s*\]\s*$")
PRIORITY = re.compile(r"^priority\s+(?P<key>.+)$", re.IGNORECASE)
PLAIN_SECTIONS = ("summary", "purpose", "recommendations", "background papers")


class NarrativeFileError(ValueError):
    """The file cannot be read as a narrative; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class NarrativeFile:
    """What the file says; None for a section it leaves out."""

    summary: str | None = None
    purpose: str | None = None
    recommendations: tuple[str, ...] | None = None
    background_papers: tuple[str, ...] | None = None
    # (code or title as written, text), in file order.
    priorities: tuple[tuple[str, str], ...] = ()


def parse_narrative(text: str, name: str = "narrative file") -> NarrativeFile:
    sections: dict[str, list[str]] = {}
    priorities: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.lstrip().startswith("#"):
            continue
        heading = HEADING.match(line.strip())
        if heading:
            title = " ".join(heading.group("name").split())
            priority = PRIORITY.match(title)
            if priority:
                current = []
                priorities.append((priority.group("key").strip(), current))
            elif title.casefold() in PLAIN_SECTIONS:
                key = title.casefold()
                if key in sections:
                    raise NarrativeFileError(f"{name}, line {number}: [{title}] appears twice.")
                current = sections[key] = []
            else:
                known = ", ".join(f"[{s}]" for s in PLAIN_SECTIONS)
                raise NarrativeFileError(
                    f"{name}, line {number}: [{title}] is not a section. Use {known} or [priority CODE]."
                )
            continue
        if current is None:
            if line.strip():
                raise NarrativeFileError(
                    f"{name}, line {number}: text before the first section heading; start with e.g. [summary]."
                )
            continue
        current.append(line)

    def body(key: str) -> str | None:
        return "\n".join(sections[key]).strip() if key in sections else None

    def items(key: str) -> tuple[str, ...] | None:
        if key not in sections:
            return None
        return tuple(line.strip() for line in sections[key] if line.strip())

    return NarrativeFile(
        summary=body("summary"),
        purpose=body("purpose"),
        recommendations=items("recommendations"),
        background_papers=items("background papers"),
        priorities=tuple((key, "\n".join(lines).strip()) for key, lines in priorities),
    )


def read_narrative(path: str | os.PathLike[str]) -> NarrativeFile:
    """Read ``path`` (UTF-8, with or without a byte-order mark, at most 1 MB)."""
    source = Path(path)
    try:
        data = read_capped(source, MAX_BYTES)
    except OSError as exc:
        raise NarrativeFileError(f"Cannot read {source}: {exc.strerror or exc}") from exc
    except FileTooLarge as exc:
        raise NarrativeFileError(f"{source.name} is {exc.size // 1000} KB; a narrative file is at most 1 MB.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NarrativeFileError(f"{source.name} is not UTF-8 text (byte {exc.start}); save it as UTF-8.") from exc
    if "\x00" in text:
        raise NarrativeFileError(f"{source.name} is not a text file.")
    return parse_narrative(text, source.name)


def format_narrative(
    summary: str,
    purpose: str,
    recommendations: tuple[str, ...],
    background_papers: tuple[str, ...],
    priorities: tuple[tuple[str, str, str], ...],
    heading_note: str = "",
) -> str:
    """A narrative file holding what is stored, with an empty section for every priority not yet
    written about, so the officer sees where the words go. ``priorities``: (key, title, text), the
    key being the priority's code (or its title when it has none)."""
    lines = ["# Narrative for the progress report. Lines starting with # are left out."]
    if heading_note:
        lines.append(f"# {heading_note}")
    lines += [
        "# A blank line starts a new numbered paragraph. Read back with:",
        "#   python main.py report --narrative THIS-FILE --meeting-date YYYY-MM-DD -o paper.pdf",
        "",
        "[summary]",
        summary.strip(),
        "",
    ]
    for key, title, text in priorities:
        if key != title:
            lines.append(f"# Priority {key}: {title}")
        lines += [f"[priority {key}]", text.strip(), ""]
    lines += ["[purpose]", purpose.strip(), "", '# One a line, after "The Board is asked to:"', "[recommendations]"]
    lines += [*recommendations, "", "# One a line", "[background papers]", *background_papers, ""]
    return "\n".join(lines)
