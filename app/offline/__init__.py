"""The offline copy of a team plan: kept in the laptop's own database, edited on a train, and
merged back into the team database (and refreshed from it) by the plan-file merge's rules."""
