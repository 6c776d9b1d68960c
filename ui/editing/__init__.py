"""Edit menu: operations on the selected actions, the undo stack wrapper, change history."""
