"""The Timeline tab: a custom-painted Gantt view of the plan's actions (see install.install)."""
