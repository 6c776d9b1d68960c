"""File ▸ Keep an offline copy / Sync the offline copy, on a window connected to a team database."""
