"""Small pieces every window feature uses: modal prompts, background work, listing dialogs,
the record-dialog base and form widgets."""
