"""The committee-paper parts of a report as plain data: what the secretary wrote, and the
numbered prose sections every edition (print PDF, Word, accessible PDF) lays out alike."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Officer:
    """The report's author or its contact officer, as a committee paper names them."""

    name: str = ""
    role: str = ""
    email: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.role or self.email)

    @property
    def line(self) -> str:
        """ "Jane Smith, Community Safety Manager (jane.smith@example.gov.uk)"."""
        text = ", ".join(p for p in (self.name, self.role) if p)
        if self.email:
            text = f"{text} ({self.email})" if text else self.email
        return text

    @classmethod
    def parse(cls, text: str) -> Officer:
        """ "Name, Role, email" as typed on the command line: the part with an @ is the email, the
        first other part the name, and the rest (commas and all: "Head of Service, Communities") the role."""
        parts = [p.strip() for p in text.split(",") if p.strip()]
        email = next((p for p in parts if "@" in p and " " not in p), "")
        others = [p for p in parts if p != email]
        return cls(others[0] if others else "", ", ".join(others[1:]), email)


@dataclass(frozen=True, slots=True)
class PaperTemplate:
    """What recurs from one report to the next, saved per plan."""

    committee: str = ""
    author: Officer = field(default_factory=Officer)
    contact: Officer = field(default_factory=Officer)
    purpose: str = ""
    recommendations: tuple[str, ...] = ()
    background_papers: tuple[str, ...] = ()

    def with_changes(self, **values: object) -> PaperTemplate:
        return replace(self, **values)


@dataclass(frozen=True, slots=True)
class Narrative:
    """The officer's words for one meeting's report: an executive summary and each priority's progress."""

    summary: str = ""
    # (priority uuid, text) in no particular order; a priority without words is simply absent.
    priorities: tuple[tuple[str, str], ...] = ()

    def for_priority(self, uuid: str) -> str:
        return next((text for key, text in self.priorities if key == uuid), "")

    def with_priority(self, uuid: str, text: str) -> Narrative:
        kept = tuple((k, t) for k, t in self.priorities if k != uuid)
        return replace(self, priorities=(*kept, (uuid, text)) if text.strip() else kept)

    @property
    def is_empty(self) -> bool:
        return not self.summary.strip() and not any(t.strip() for _, t in self.priorities)


def paragraphs(text: str) -> tuple[str, ...]:
    """Text split where the writer left a blank line; single line breaks join into one paragraph."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return tuple(blocks)


@dataclass(frozen=True, slots=True)
class PaperBlock:
    """One numbered paragraph, or a sub-heading inside a section (``heading`` set, ``text`` empty)."""

    text: str = ""
    heading: str = ""


@dataclass(frozen=True, slots=True)
class PaperSection:
    """A prose section of the paper; its paragraphs are numbered "N.1", "N.2"… by every edition."""

    key: str
    title: str
    # A line printed before the numbered paragraphs without a number ("The Board is asked to:").
    lead_in: str
    blocks: tuple[PaperBlock, ...]


@dataclass(frozen=True, slots=True)
class Paper:
    """The paper around the report's tables: numbered prose before them and after them."""

    template: PaperTemplate
    narrative: Narrative
    opening: tuple[PaperSection, ...]
    closing: tuple[PaperSection, ...]


def numbered(section_number: int, section: PaperSection) -> list[tuple[str, PaperBlock]]:
    """Each block with the number minutes cite it by ("3.2"); sub-headings get no number."""
    result, count = [], 0
    for block in section.blocks:
        if block.heading:
            result.append(("", block))
        else:
            count += 1
            result.append((f"{section_number}.{count}", block))
    return result


EMPTY_PAPER = Paper(PaperTemplate(), Narrative(), (), ())
