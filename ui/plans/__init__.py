"""File menu dialogs for whole plans: new plan, open plan, plan properties."""
