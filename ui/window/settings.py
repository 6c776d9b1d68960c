"""Per-user window preferences (geometry, column layout, recent plans) kept in QSettings, not the database."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "DeliveryDesk"
APPLICATION = "Delivery Desk"
RECENT_PLANS_KEY = "recent_plans"
RECENT_PLANS_LIMIT = 8


def app_settings() -> QSettings:
    """INI format everywhere so tests can redirect it with QSettings.setPath."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def recent_plan_uuids() -> list[str]:
    value = app_settings().value(RECENT_PLANS_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [v for v in value or [] if isinstance(v, str)]


def remember_recent_plan(plan_uuid: str) -> list[str]:
    recent = [plan_uuid, *(u for u in recent_plan_uuids() if u != plan_uuid)][:RECENT_PLANS_LIMIT]
    app_settings().setValue(RECENT_PLANS_KEY, recent)
    return recent
