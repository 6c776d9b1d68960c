"""Where Delivery Desk keeps its files. Resolved when called, never at import."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "DeliveryDesk"
DATA_DIR_ENV = "DELIVERY_DESK_DATA_DIR"
DATABASE_FILENAME = "delivery-desk.sqlite3"
# A team database server's URL (``app.storage.team_database``); here so that start-up can tell
# the data is in the folder's own file without loading the database code.
DATABASE_URL_ENV = "DELIVERY_DESK_DATABASE_URL"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """``--data-dir`` wins, then $DELIVERY_DESK_DATA_DIR, then the platform's user data folder."""
    if data_dir:
        return AppPaths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return AppPaths(Path(env).expanduser().resolve())
    import platformdirs

    return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)))
