"""The secretary's workspace inside the window: plan tree, filter bar, action table, detail pane
and progress panel."""
