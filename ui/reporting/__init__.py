"""Reports > Progress report…: the options dialog and writing the pack off the UI thread."""
