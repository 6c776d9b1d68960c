"""File > Restore from backup… and the start-up checks that belong with backups."""
