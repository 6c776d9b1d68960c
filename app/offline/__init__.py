"""The offline copy of a team plan: kept in the laptop's own database, edited on a train with each
command queued (``queue``), replayed on the server by the same merge rules on reconnection
(``replay``), and refreshed from it (``sync``)."""
