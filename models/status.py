"""Action statuses with their RAG colour and a text label (colour is never the only signal)."""

from __future__ import annotations

import enum
import functools


class Status(enum.StrEnum):
    NOT_STARTED = "Not started"
    ON_TRACK = "On track"
    AT_RISK = "At risk"
    OFF_TRACK = "Off track"
    COMPLETE = "Complete"
    DEFERRED = "Deferred"
    CANCELLED = "Cancelled"

    @property
    def rag(self) -> str:
        """The RAG word boards use: Red, Amber, Green, plus Blue for done and Grey for inactive."""
        return _RAG[self]

    @property
    def colour(self) -> str:
        """Fill colour (hex) chosen to stay distinguishable for common colour-vision deficiencies."""
        return _COLOUR[self]

    @property
    def label(self) -> str:
        return f"{self.value} ({self.rag})"

    @property
    def is_open(self) -> bool:
        """Still expected to be delivered: counts towards overdue."""
        return self in (Status.NOT_STARTED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK)

    @classmethod
    def parse(cls, text: str | None) -> Status | None:
        """Accept the usual ways people write a status ("red", "R", "complete", "on-track")."""
        return None if text is None else _parse(text)


_RAG = {
    Status.NOT_STARTED: "Grey",
    Status.ON_TRACK: "Green",
    Status.AT_RISK: "Amber",
    Status.OFF_TRACK: "Red",
    Status.COMPLETE: "Blue",
    Status.DEFERRED: "Purple",
    Status.CANCELLED: "Grey",
}

# Every fill is at least 3:1 against white paper and the pale chart backgrounds (WCAG 1.4.11), so
# a bar or chip never fades into the page; amber and grey are darker than their usual tones for
# that reason. Deferred is purple, its own hue (a blue grey read as one more grey beside not started
# and cancelled, and earlier tones read as brown beside amber).
_COLOUR = {
    Status.NOT_STARTED: "#8a8a8a",
    Status.ON_TRACK: "#2e7d32",
    Status.AT_RISK: "#c07000",
    Status.OFF_TRACK: "#c62828",
    Status.COMPLETE: "#1565c0",
    Status.DEFERRED: "#7b1fa2",
    Status.CANCELLED: "#616161",
}

_ALIASES: dict[str, Status] = {s.value.casefold(): s for s in Status}
_ALIASES.update(
    {
        "green": Status.ON_TRACK,
        "g": Status.ON_TRACK,
        "amber": Status.AT_RISK,
        "a": Status.AT_RISK,
        "red": Status.OFF_TRACK,
        "r": Status.OFF_TRACK,
        "blue": Status.COMPLETE,
        "b": Status.COMPLETE,
        "completed": Status.COMPLETE,
        "done": Status.COMPLETE,
        "achieved": Status.COMPLETE,
        "not yet started": Status.NOT_STARTED,
        "in progress": Status.ON_TRACK,
        "ongoing": Status.ON_TRACK,
        "delayed": Status.OFF_TRACK,
        "behind": Status.OFF_TRACK,
        "postponed": Status.DEFERRED,
        "on hold": Status.DEFERRED,
        "withdrawn": Status.CANCELLED,
        "cancelled": Status.CANCELLED,
        "canceled": Status.CANCELLED,
    }
)


@functools.lru_cache(maxsize=1024)
def _parse(text: str) -> Status | None:
    # Cached: a plan has a handful of distinct status spellings, asked for once per action per view.
    key = " ".join(text.replace("-", " ").replace("_", " ").split()).casefold()
    return _ALIASES.get(key) if key else None
