"""Where and how the plan database lives: paths, opening and migrating, the data-folder lock,
backups and restore, plain-language storage errors, the synced-folder warning."""
