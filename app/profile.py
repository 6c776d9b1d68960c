"""The officer using this copy of Delivery Desk: name, role, email and partnership, asked once.

History, update-request workbooks, email drafts and the report's author line use it instead of
the operating-system login (a council laptop's login is often "root", "admin" or a staff number).
It is kept beside the database in the user's data folder, so each officer has their own.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.storage.paths import AppPaths

PROFILE_FILENAME = "officer.json"


@dataclass(frozen=True, slots=True)
class OfficerProfile:
    name: str
    role: str = ""
    email: str = ""
    partnership: str = ""

    @property
    def signature(self) -> str:
        """How the officer signs: "Jo Bloggs, Community Safety Officer (jo@council.gov.uk)"."""
        text = ", ".join(part for part in (self.name, self.role) if part)
        return f"{text} ({self.email})" if self.email else text

    @property
    def author_line(self) -> str:
        """The report's author line: name and role."""
        return ", ".join(part for part in (self.name, self.role) if part)


def profile_path(paths: AppPaths) -> Path:
    return paths.data_dir / PROFILE_FILENAME


def load_profile(paths: AppPaths) -> OfficerProfile | None:
    """The saved profile, or None when it was never given (or the file is unreadable)."""
    try:
        data = json.loads(profile_path(paths).read_text(encoding="utf-8"))
        profile = OfficerProfile(
            **{key: str(data.get(key, "")).strip() for key in ("name", "role", "email", "partnership")}
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    return profile if profile.name else None


def save_profile(paths: AppPaths, profile: OfficerProfile) -> None:
    if not profile.name.strip():
        raise ValueError("Your name is needed: it is written beside every change you make.")
    target = profile_path(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(profile), ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(target)
