"""Reading for the views: frozen row snapshots of actions, the plan's structure, filters and
saved filters. Nothing here changes the database."""
