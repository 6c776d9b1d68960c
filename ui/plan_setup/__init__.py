"""The plan management dialogs opened from the File and Plan menus (one module per dialog)."""
