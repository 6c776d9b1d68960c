"""The one way a feature puts itself on the main window.

A feature declares each action once (its menu and section, shortcut, tip, and whether it needs a
plan or a selection); the window enables every declared action from one place when the plan or
the selection changes. Menus are split into named sections, so a feature says where its entry
belongs instead of finding another feature's separator or rewiring another feature's action.

Actions are declared over start-up's first read, before the data is open: a declared action's
trigger first waits for the data (the window's ``wait_for_data``, a fraction of a second under a busy
cursor) and runs once it is open, or not at all when it could not be opened. An action that only
moves around the window (Find, Copy rows) says ``needs_data=False`` and runs at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

Shortcut = str | QKeySequence | QKeySequence.StandardKey


class Needs(Enum):
    NOTHING = "nothing"
    PLAN = "plan"
    SELECTION = "selection"


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    trigger: Callable[[], object]
    menu: str
    section: str
    shortcut: Shortcut | None = None
    tip: str = ""
    needs: Needs = Needs.NOTHING
    # A further condition (a report already running, say), checked whenever the window refreshes actions.
    available: Callable[[], bool] | None = None
    # False for an action touching only the window, never the data: it need not wait for it.
    needs_data: bool = True


class WindowActions:
    """Declared actions and sectioned menus of one window, and the one place they are enabled."""

    def __init__(self, owner: QWidget, data_ready: Callable[[], bool]) -> None:
        """``data_ready``: waits for the owner's data if it is still opening; False if it could not be."""
        self._owner = owner
        self._data_ready = data_ready
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._section_ends: dict[tuple[str, str], QAction] = {}

    def add_menu(self, key: str, menu: QMenu, sections: tuple[str, ...]) -> QMenu:
        """Register ``menu`` under ``key``; each section ends in a separator (Qt hides the spare ones)."""
        menu.setObjectName(f"menu_{key}")
        menu.setSeparatorsCollapsible(True)
        for section in sections:
            self._section_ends[(key, section)] = menu.addSeparator()
        self.menus[key] = menu
        return menu

    def add_submenu(self, key: str, title: str, parent: str, section: str, sections: tuple[str, ...]) -> QMenu:
        """A submenu in ``parent``'s ``section``, itself sectioned; the first feature to ask creates it."""
        if key in self.menus:
            return self.menus[key]
        menu = QMenu(title, self.menus[parent])
        self.place(parent, section, menu.menuAction())
        return self.add_menu(key, menu, sections)

    def place(self, menu: str, section: str, action: QAction) -> None:
        self.menus[menu].insertAction(self._section_ends[(menu, section)], action)

    def declare(self, spec: ActionSpec) -> QAction:
        if spec.key in self.actions:
            raise ValueError(f"action {spec.key!r} is declared twice")
        action = QAction(spec.text, self._owner)
        action.setObjectName(spec.key)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.triggered.connect(lambda _checked=False: self._trigger(spec))
        self.place(spec.menu, spec.section, action)
        self.actions[spec.key] = action
        self._specs[spec.key] = spec
        return action

    def _trigger(self, spec: ActionSpec) -> None:
        if not spec.needs_data or self._data_ready():
            spec.trigger()

    def adopt(self, key: str, action: QAction, menu: str, section: str) -> QAction:
        """An action Qt made (undo, a dock's toggle), placed and enabled like a declared one."""
        self.place(menu, section, action)
        self.actions[key] = action
        return action

    def refresh(self, has_plan: bool, has_selection: bool) -> None:
        met = {Needs.NOTHING: True, Needs.PLAN: has_plan, Needs.SELECTION: has_plan and has_selection}
        for key, spec in self._specs.items():
            extra = spec.available() if spec.available is not None else True
            self.actions[key].setEnabled(met[spec.needs] and extra)
