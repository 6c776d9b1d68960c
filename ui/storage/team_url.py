"""The team database the window opened last, remembered in the user's settings (address only; the
password stays in the keyring). Its own module so start-up reads it before any database code loads."""

from __future__ import annotations

from ui.window.settings import app_settings

TEAM_URL_KEY = "team_database/url"


def remembered_team_url() -> str | None:
    value = app_settings().value(TEAM_URL_KEY, "")
    return value if isinstance(value, str) and value else None
