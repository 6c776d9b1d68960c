"""The main window shell: application start, menus and the feature installers, settings,
error hook, start-up checks, the empty state and the shortcuts list."""
