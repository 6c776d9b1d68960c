"""The committee paper's prose: purpose, executive summary, recommendations, progress per priority
with the officer's narrative, background papers. Decided here, numbered alike by every edition."""

from __future__ import annotations

from collections.abc import Sequence

from models.snapshots.paper import Narrative, Paper, PaperBlock, PaperSection, PaperTemplate, paragraphs
from models.snapshots.report import ExceptionItem, Summary, describe_exceptions
from models.snapshots.rows import PriorityNode

DEFAULT_COMMITTEE = "Board"
# Every paper opens with these numbered sections, before the tables the secretary chose.
OPENING_TITLES = ("Purpose of the report", "Executive summary", "Recommendations", "Progress on each priority")


def _priority_title(code: str, title: str) -> str:
    return f"Priority {code}: {title}" if code else title


def _purpose(template: PaperTemplate, committee: str, plan_title: str) -> PaperSection:
    texts = paragraphs(template.purpose) or (
        f"To provide the {committee} with an update on delivery of the {plan_title}: overall progress, "
        "the actions needing its attention, and what has changed since the last report.",
    )
    return PaperSection("purpose", OPENING_TITLES[0], "", tuple(PaperBlock(t) for t in texts))


def _executive_summary(
    summary: Summary, exceptions: Sequence[ExceptionItem], narrative: Narrative, sections: Sequence[str]
) -> PaperSection:
    facts = [f"This report covers {summary.sentence}.", describe_exceptions(tuple(exceptions))]
    if exceptions and "exceptions" in sections:
        number = len(OPENING_TITLES) + 1 + list(sections).index("exceptions")
        facts.append(f"They are listed in section {number}.")
    return PaperSection(
        "executive-summary",
        OPENING_TITLES[1],
        "",
        tuple(PaperBlock(t) for t in (*paragraphs(narrative.summary), *facts)),
    )


def _recommendations(template: PaperTemplate, committee: str, plan_title: str) -> PaperSection:
    items = template.recommendations or (
        f"note the progress made in delivering the {plan_title};",
        "consider the actions needing attention (off track, overdue, at risk, or with no update since "
        "the last meeting) and agree any remedial action with their leads.",
    )
    return PaperSection(
        "recommendations", OPENING_TITLES[2], f"The {committee} is asked to:", tuple(PaperBlock(t) for t in items)
    )


def _progress(
    priorities: Sequence[PriorityNode], summary: Summary, narrative: Narrative, chosen: Sequence[str]
) -> PaperSection:
    counts = {(p.code, p.title): p for p in summary.priorities}
    blocks: list[PaperBlock] = []
    for priority in priorities:
        if chosen and priority.uuid not in chosen:
            continue
        blocks.append(PaperBlock(heading=_priority_title(priority.code, priority.title)))
        words = paragraphs(narrative.for_priority(priority.uuid))
        blocks += [PaperBlock(t) for t in words]
        counted = counts.get((priority.code, priority.title))
        if counted is not None and counted.total:
            blocks.append(PaperBlock(f"Actions under this priority: {counted.sentence}."))
        elif not words:
            blocks.append(PaperBlock("No action in this report is filed under this priority."))
    return PaperSection("priority-progress", OPENING_TITLES[3], "", tuple(blocks))


def _background(template: PaperTemplate) -> tuple[PaperSection, ...]:
    if not template.background_papers:
        return ()
    blocks = tuple(PaperBlock(p) for p in template.background_papers)
    return (PaperSection("background-papers", "Background papers", "", blocks),)


def build_paper(
    template: PaperTemplate,
    narrative: Narrative,
    *,
    committee: str,
    plan_title: str,
    summary: Summary,
    exceptions: Sequence[ExceptionItem],
    priorities: Sequence[PriorityNode],
    chosen_priorities: Sequence[str],
    sections: Sequence[str] = (),
) -> Paper:
    committee = committee or template.committee or DEFAULT_COMMITTEE
    opening = (
        _purpose(template, committee, plan_title),
        _executive_summary(summary, exceptions, narrative, sections),
        _recommendations(template, committee, plan_title),
        _progress(priorities, summary, narrative, chosen_priorities),
    )
    return Paper(template, narrative, opening, _background(template))
