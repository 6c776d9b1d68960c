"""Warn when the data folder lives inside a cloud-synced folder, a known cause of SQLite corruption.

Sync clients copy the database file while it is being written, and may restore an older copy
or make "conflicted copy" duplicates; SQLite's locking does not reach across machines.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PurePath

from app.storage.paths import DATA_DIR_ENV

_ENV_FOLDERS = {
    "OneDrive": "OneDrive",
    "OneDriveCommercial": "OneDrive",
    "OneDriveConsumer": "OneDrive",
}

# Folder names (lower case) that sync clients create, matched as whole path components or prefixes.
_NAME_PREFIXES = (
    ("onedrive", "OneDrive"),  # "OneDrive", "OneDrive - Council Name", macOS "OneDrive-Personal"
    ("dropbox", "Dropbox"),  # "Dropbox", "Dropbox (Council)"
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),  # macOS ~/Library/CloudStorage/GoogleDrive-name@example.org
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),  # Windows %USERPROFILE%\iCloudDrive
    ("mobile documents", "iCloud Drive"),  # macOS ~/Library/Mobile Documents
    ("box sync", "Box"),
)


def _parts(path: PurePath) -> list[str]:
    return [part.lower() for part in path.parts]


def _is_within(path: PurePath, folder: PurePath) -> bool:
    inner, outer = _parts(path), _parts(folder)
    return len(inner) >= len(outer) and inner[: len(outer)] == outer


def synced_provider(path: PurePath, environ: Mapping[str, str] | None = None) -> str | None:
    """The sync service whose folder contains ``path``, or None."""
    environ = os.environ if environ is None else environ
    for variable, provider in _ENV_FOLDERS.items():
        folder = environ.get(variable)
        if folder and _is_within(path, type(path)(folder)):
            return provider
    for part in _parts(path):
        for prefix, provider in _NAME_PREFIXES:
            if part == prefix or part.startswith((prefix + " ", prefix + "-", prefix + " (")):
                return provider
    return None


def synced_folder_warning(data_dir: Path, environ: Mapping[str, str] | None = None) -> str | None:
    """A plain-language warning with how to move the data, or None when the folder is not synced."""
    provider = synced_provider(data_dir, environ)
    if provider is None:
        return None
    return (
        f"Delivery Desk's data folder is inside {provider}:\n{data_dir}\n\n"
        f"{provider} copies the database while it is being written, which can damage it or bring back "
        "an older copy. Keep the data in a folder that is not synced (backups are made automatically).\n\n"
        "To move it: close Delivery Desk, move the folder somewhere local (for example Documents outside "
        f'{provider}), then start Delivery Desk with --data-dir "new folder", or set the environment '
        f"variable {DATA_DIR_ENV} to the new folder."
    )


__all__ = ["synced_folder_warning", "synced_provider"]
