"""The one "something changed" notification views listen to (bridged to a Qt signal in ui/)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Change:
    """What a command or import changed, so each view can decide whether to refresh."""

    plan_uuid: str | None
    entities: frozenset[str] = frozenset()
    uuids: frozenset[str] = frozenset()
    reason: str = ""
    # Another officer's login when the change came from their client (live refresh), else "".
    by: str = ""


Listener = Callable[[Change], None]


@dataclass
class ChangeBus:
    _listeners: list[Listener] = field(default_factory=list)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
